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
    capitalized: bool = False  # computed once by word_tokens: asked for every token many times


def word_tokens(text: str, offset: int = 0) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group()
        start = m.start() + offset
        out.append(Token(word, start, start + len(word), word[0].isupper()))
    return out
