"""Word tokens with character offsets (letters only; "'s" is not part of a name)."""
from __future__ import annotations

import re
from itertools import accumulate, repeat
from operator import itemgetter
from typing import NamedTuple

_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019](?![sS]\b)[^\W\d_]+)*")
_SPLIT = re.compile("(" + _TOKEN.pattern + ")").split  # (never an empty match: split finds what findall does)
# the same on ASCII text, where a letter ([^\W\d_]) is [A-Za-z]: a range is tested faster than the
# Unicode categories (~30% less for the split)
_SPLIT_ASCII = re.compile("(" + _TOKEN.pattern.replace(r"[^\W\d_]", "[A-Za-z]") + ")").split
_first = itemgetter(0)


class Token(NamedTuple):
    """A word with its offsets (a tuple: made for every word of every sentence, so it is cheap)."""

    text: str
    start: int
    end: int
    capitalized: bool = False  # computed once by tokens_and_gaps: asked for every token many times


_new = tuple.__new__  # a Token made without the Python-level __new__ of NamedTuple (half the cost)


def tokens_and_gaps(text: str) -> tuple[list[Token], list[str]]:
    """The words of `text` with their offsets, and the text between each word and the next (what
    decides whether two words join into one name), in one pass. One `split` on the word pattern
    gives the gaps and the words in turn (gap, word, gap, ..., word, gap), the running sum of their
    lengths every offset, and the tokens are built without a Python statement per word (~10% less
    than findall with a str.find per word, which was ~18% less than a match object per word)."""
    parts = _SPLIT_ASCII(text) if text.isascii() else _SPLIT(text)  # (isascii: a flag of the string, no scan)
    ends = list(accumulate(map(len, parts)))  # ends[2k]: where word k opens; ends[2k+1]: where it ends
    words = parts[1::2]
    tokens = list(map(_new, repeat(Token), zip(words, ends[0::2], ends[1::2], map(str.isupper, map(_first, words)))))
    return tokens, parts[2:-1:2]  # (the first and last parts are before the first word and after the last: no gaps)


def token_texts(text: str) -> list[str]:
    """The words of `text`, as `tokens_and_gaps` reads them, without their offsets."""
    return _TOKEN.findall(text)


def last_word(text: str, start: int, end: int) -> tuple[str, int] | None:
    r"""The word (letters, digits, '_', apostrophes, hyphens, dots) just before the whitespace that
    closes text[start:end], and its offset; None without such whitespace or word. What
    re.search(r"([\w\u2019'\-.]+)(['\u2019]s)?(\s+)$", text[start:end]) finds as its first group
    (the possessive group never takes part: the word takes the "'s"), in time proportional to the
    word rather than to the window (the regex tries every place of it)."""
    j = end
    while j > start and text[j - 1].isspace():
        j -= 1
    k = j
    while k > start and (text[k - 1].isalnum() or text[k - 1] in "_\u2019'-."):
        k -= 1
    if j == end or k == j:
        return None
    return text[k:j], k
