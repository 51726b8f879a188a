"""Run a vocabulary pattern only on text that holds one of the words its matches need.

Python's `re` has no fast path for a case-insensitive pattern that opens with a word boundary and
an alternation (`\\b(?:met|meets|held\\s+talks|...)\\b`): it tries the pattern at every word of
the text. Most sentences hold none of a pattern's words, so reading those words off the pattern
once (`key_words`) and the sentence's words once (`words`) answers most patterns of most sentences
with a set lookup. Nothing is lost: every match of the pattern holds one of its key words as a
whole word (or a digit, key `DIGIT`), so a text without any of them has no match
(tests/test_vocab_matcher.py checks this against the patterns themselves).

Key words are read from the parsed pattern (pattern_keys.py), so the knowledge stays in resources/
as regular expressions; a pattern with a way to match that needs no literal word (`[A-Z]\\w+ talks`)
has no key words and always runs. The filter only holds for a search over the whole text whose words
were taken: a search from an offset sees a word boundary there that the text does not have.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import pattern_keys
from .first_of import FirstOf
from .pattern_keys import DIGIT, Keys, key_words  # noqa: F401 - the filter's vocabulary, asked for here

_WORD = re.compile(r"\w+")
_WORD_ASCII = re.compile(r"[A-Za-z0-9_]+")  # \w on ASCII text (a range tests faster than the Unicode category)
_DIGIT_CHAR = re.compile(r"\d")
# The only characters whose lower case is not one character of the same kind, or that a
# case-insensitive pattern matches to an ASCII letter (dotted and dotless i, long s, Kelvin sign):
# a text holding one is not answered from its lower-cased words (tests pin this list).
FOLDING_ODDITIES = "\u0130\u0131\u017f\u212a"
_ODD = re.compile("[" + FOLDING_ODDITIES + "]")


@lru_cache(maxsize=256)
def words(text: str) -> frozenset[str] | None:
    """The lower-cased words (\\w+) of `text`, and DIGIT when it has a digit; None when its case
    folding is not plain (then every pattern runs). Cached: several layers ask for one sentence."""
    if not text.isascii() and _ODD.search(text):  # (isascii: a flag of the string, no scan)
        return None
    found = set((_WORD_ASCII if text.isascii() else _WORD).findall(text.lower()))
    if _DIGIT_CHAR.search(text):
        found.add(DIGIT)
    return frozenset(found)


def may_match(keys: Keys | None, text_words: frozenset[str] | None) -> bool:
    """False only when a pattern with these keys cannot match the text with these words."""
    if keys is None or text_words is None:
        return True
    for clause in keys:
        if clause.isdisjoint(text_words):
            return False
    return True


class KeyedPatterns:
    """Patterns asked together which of them may match one text: one set intersection with the
    text's words instead of a check per pattern (the trigger layer has dozens)."""

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.keys = [key_words(p) for p in patterns]
        self._all = list(range(len(patterns)))
        self._always = [i for i, k in enumerate(self.keys) if k is None]
        self._by_word: dict[str, list[int]] = {}
        for i, k in enumerate(self.keys):
            for word in k[0] if k is not None else ():
                self._by_word.setdefault(word, []).append(i)
        self._vocabulary = frozenset(self._by_word)
        self._further = {i: k[1:] for i, k in enumerate(self.keys) if k is not None and len(k) > 1}

    @property
    def vocabulary(self) -> frozenset[str] | None:
        """Every key word some pattern needs; None when a pattern always runs (no key words)."""
        return None if self._always else self._vocabulary

    def runnable(self, text_words: frozenset[str] | None) -> list[int]:
        """Indexes, in order, of the patterns that may match a text with these words."""
        if text_words is None:
            return self._all
        common = self._vocabulary.intersection(text_words)
        if not common:  # most sentences, for most layers
            return self._always
        hit = set(self._always)
        for word in common:
            hit.update(self._by_word[word])
        further = self._further
        if not further:
            return sorted(hit)
        return sorted(i for i in hit if i not in further or all(not c.isdisjoint(text_words) for c in further[i]))


class Alternation:
    """`\\b(?:a|b|...)\\b` over a vocabulary list, run on a text with only the alternatives whose
    key words the text holds. An alternative that can match nowhere in the text never decides a
    match (re takes, at the leftmost position, the first alternative that matches), so the smaller
    pattern finds exactly the same matches while trying far fewer alternatives at each word."""

    _MAX_CACHED = 1024

    def __init__(self, alternatives: list[str], flags: int = re.I, group: str | None = None) -> None:
        self.alternatives = list(alternatives)
        self.flags = flags
        self.opening = r"\b(?:" if group is None else rf"\b(?P<{group}>"  # a named group: what a caller reads
        self.pattern = re.compile(self._source(range(len(self.alternatives))), flags)
        singles = [re.compile(self._source([i]), flags) for i in range(len(self.alternatives))]
        self._keyed = KeyedPatterns(singles)
        self._singles = singles if all(_never_empty(p) for p in singles) else None  # (first_of.py: why)
        self._cache: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        self._met: set[tuple[int, ...]] = set()

    @property
    def vocabulary(self) -> frozenset[str] | None:
        """The words one of which a text needs for any alternative to match (None: always runs)."""
        return self._keyed.vocabulary

    def _source(self, indexes) -> str:
        return self.opening + "|".join(self.alternatives[i] for i in indexes) + r")\b"

    def on(self, text_words: frozenset[str] | None) -> re.Pattern[str] | FirstOf | None:
        """The pattern to run over the whole of a text with these words (its finditer and search);
        None: nothing can match. A combination of alternatives met for the first time runs them as
        they are (first_of.py), a pattern is compiled for it only when it comes again."""
        if text_words is None:
            return self.pattern
        chosen = tuple(self._keyed.runnable(text_words))
        if self._singles is not None and chosen not in self._cache:
            if len(chosen) < 2:
                return self._singles[chosen[0]] if chosen else None
            if chosen not in self._met:  # met once (most, on real pages): run as is; met again: compiled
                self._met.add(chosen)
                return FirstOf([self._singles[i] for i in chosen])
        if chosen not in self._cache:
            if len(self._cache) >= self._MAX_CACHED:
                self._cache.clear()
                self._met.clear()
            self._cache[chosen] = re.compile(self._source(chosen), self.flags) if chosen else None
        return self._cache[chosen]


def _never_empty(pattern: re.Pattern[str]) -> bool:
    try:
        return pattern_keys._sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[0] > 0
    except Exception:  # noqa: BLE001 - no parser (see above): compiled alternations, as before
        return False


def top_level_alternatives(source: str) -> list[str]:
    """The alternatives of a pattern source at its top level ('a|(?:b|c)|d' -> a, (?:b|c), d)."""
    out, depth, start, escaped, in_class = [], 0, 0, False, False
    for k, ch in enumerate(source):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(source[start:k])
            start = k + 1
    return out + [source[start:]]
