"""Split paragraphs into sentences, keeping character offsets into the stored text."""
from __future__ import annotations

import re
from dataclasses import dataclass

_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr gen lt col maj capt sgt cmdr adm rep sen gov pres prof rev hon no nos vs etc inc ltd co corp "
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun "
    "u.s u.k u.n e.u e.g i.e a.m p.m approx dept est fig al ft mt op vol art sec res ret brig".split()
)
_BOUNDARY = re.compile(r"[.!?\u2026]+[\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9\u0400-\u04ff])")
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")  # "M.L. Bogdanov", "U.N." (lower-cased, last dot stripped)
# "wrote on X. The ..." and '...," he wrote on X. "We ...': a platform's one-letter name ends the
# sentence, and an initial is never followed by an opening quote
_PLATFORM = re.compile(r"\b(?:on|via)\s+[A-Z]\.[\"'\u201d\u2019)\]]*\s+$")
# an ellipsis right after a word that cannot end a sentence ("of", "the", "and") marks words left out of a quote
_ELIDED_AFTER = frozenset("of the a an and or his its their".split())
_ELLIPSIS = re.compile(r"(?:\.\.\.|\u2026)")
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?\u2026]+[\"'\u201d\u2019)\]]*\s+$")


# "... started several years ago.During the visit ...": a page that lost the space after a full stop; a lower-case
# word, the stop, then a capitalised word of lower-case letters ("U.S.", "M.L." and "p.m." hold no such pair)
_GLUED = re.compile(r"(?<=[a-z]{2})[.!?](?=[A-Z][a-z]+[\s,])")
_GLUED_WORD = re.compile(r"([\w.]+)[.!?]$")


def _glued(chunk: str) -> list[re.Match[str]]:
    if "." not in chunk and "!" not in chunk and "?" not in chunk:
        return []
    return [m for m in _GLUED.finditer(chunk) if not re.match(r"(?:com|org|net|gov|html?|php|aspx?)\b", chunk[m.end():], re.I)]


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def split_sentences(text: str, start: int, end: int) -> list[Sentence]:
    """Sentences of text[start:end] with absolute offsets, whitespace trimmed."""
    chunk = text[start:end]
    out: list[Sentence] = []
    pos = 0
    for m in sorted([*_BOUNDARY.finditer(chunk), *_glued(chunk)], key=lambda b: b.start()):
        before = _WORD_BEFORE.search(chunk[max(pos, m.start() - 30):m.end()]) or _GLUED_WORD.search(chunk, max(pos, m.start() - 30), m.end())
        if before:
            word = before.group(1).lower().rstrip(".")
            letter = len(word) == 1 and word.isalpha() and not _PLATFORM.search(chunk, 0, m.end()) \
                and not chunk.startswith(("\"", "\u201c"), m.end())
            if word in _ABBREVIATIONS or letter or _INITIALS.fullmatch(word):
                continue
            if word in _ELIDED_AFTER and _ELLIPSIS.match(chunk, m.start()):
                continue  # '"... received the delegation of... Hamas for the talks"': words left out, the sentence goes on
        _append(out, text, start + pos, start + m.end())
        pos = m.end()
    _append(out, text, start + pos, end)
    return out


def _append(out: list[Sentence], text: str, s: int, e: int) -> None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e > s:
        out.append(Sentence(s, e, text[s:e]))
