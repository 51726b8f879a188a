"""Topic terms of an article: the content words that say what a meeting was about.

Only used to decide whether an undated report belongs to a dated event (merge stage), so it
favours words that distinguish stories ("elections", "legislative", "hostages") over the
vocabulary every diplomatic report shares ("delegation", "talks", "Palestinian").
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .resources import load_lines

_WORD = re.compile(r"[a-z][a-z\-]{3,}")
# on ASCII text: a word that opens after a capital ("Ebrahim": "brahim") is taken whole by the first
# branch (its group empty), so what the group holds are the words _WORD finds after no letter
_LOWER_WORD_ASCII = re.compile(r"[A-Z][a-z][a-z\-]{3,}|([a-z][a-z\-]{3,})")
MAX_TERMS = 200  # all distinctive words of a news article; the cap only bounds pathological files


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    return frozenset(w.lower() for line in load_lines("topic_stopwords.txt") for w in line.split())


def stem(word: str) -> str:
    """A crude English stem, enough to meet "elections"/"election", "discussed"/"discuss"."""
    for suffix in ("ations", "ation", "ings", "ing", "ies", "ied", "es", "ed", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def topic_terms(texts: list[str]) -> tuple[str, ...]:
    """The article's distinctive lower-case words (names and places are capitalised: skipped),
    most frequent first when a file is too long to keep them all."""
    found: list[str] = []
    for text in texts:
        if text.isascii():  # (no Python step per word: ~25% less)
            found += filter(None, map(_term, filter(None, _LOWER_WORD_ASCII.findall(text))))
            continue
        for m in _WORD.finditer(text):
            start = m.start()
            if start > 0 and text[start - 1].isalpha():
                continue
            term = _term(m.group(0))
            if term is not None:
                found.append(term)
    counts: Counter[str] = Counter(found)
    return tuple(sorted(w for w, _ in counts.most_common(MAX_TERMS)))


@lru_cache(maxsize=65536)
def _term(word: str) -> str | None:
    """The stem a word counts as, None for a stop word (cached: a page repeats its words, and
    the stop list and stemming cost more than the lookup)."""
    stop = _stopwords()
    if word in stop:
        return None
    stemmed = stem(word)
    return None if stemmed in stop else stemmed
