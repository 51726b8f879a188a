"""Word tokens with character offsets (letters only; "'s" is not part of a name)."""
from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019](?![sS]\b)[^\W\d_]+)*")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


def word_tokens(text: str, offset: int = 0) -> list[Token]:
    return [Token(m.group(0), m.start() + offset, m.end() + offset) for m in _TOKEN.finditer(text)]
