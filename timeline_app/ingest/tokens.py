"""Word tokens with character offsets (letters only; "'s" is not part of a name)."""
from __future__ import annotations

import re
from typing import NamedTuple

_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019](?![sS]\b)[^\W\d_]+)*")


class Token(NamedTuple):
    """A word with its offsets (a tuple: made for every word of every sentence, so it is cheap)."""

    text: str
    start: int
    end: int
    capitalized: bool = False  # computed once by tokens_and_gaps: asked for every token many times


_new = tuple.__new__  # a Token made without the Python-level __new__ of NamedTuple (half the cost)


def tokens_and_gaps(text: str) -> tuple[list[Token], list[str]]:
    """The words of `text` with their offsets, and the text between each word and the next (what
    decides whether two words join into one name), in one pass. findall and str.find, not a match
    object per word (~18% less): every letter of the text is in some word, so the next occurrence
    of a word after the previous one's end is where it matched."""
    out: list[Token] = []
    gaps: list[str] = []
    pos = 0
    find = text.find
    add, gap = out.append, gaps.append
    for word in _TOKEN.findall(text):
        start = find(word, pos)
        gap(text[pos:start])
        pos = start + len(word)
        add(_new(Token, (word, start, pos, word[0].isupper())))
    return out, gaps[1:]  # (the first slice is before the first word: no gap)


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
