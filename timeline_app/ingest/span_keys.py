"""The key-word filter of vocab_matcher for a search over part of a sentence.

`may_match(key_words(p), words(sentence))` answers "can `p` match anywhere in the sentence?" with
one set test; the clause checks of the trigger stage instead search a window of it
(`p.search(text, pos, endpos)` or `p.search(text[pos:endpos])`). A match inside a window is a
match of the sentence's text unless a window end cuts a word: `re` reads the real character
before `pos` for a word boundary, but it sees the text end at `endpos`, and a slice ends at both
sides. So the filter holds whenever no end of the window falls inside a word, and the search
runs as before when one does. Most windows hold none of a check's cue words: the check is then
one set test instead of a regex scan (the trigger stage runs dozens per trigger sentence).
"""
from __future__ import annotations

import re

from .vocab_matcher import Keys, KeyedPatterns, may_match

_WORD_PAIR = re.compile(r"\w\w")


def _cuts_word(text: str, at: int) -> bool:
    """Does a window end at `at` fall between two word characters of the text?"""
    return 0 < at < len(text) and _WORD_PAIR.match(text, at - 1, at + 1) is not None


def may_search(keys: Keys | None, text_words: frozenset[str] | None, text: str, pos: int, endpos: int, *, sliced: bool = False) -> bool:
    """False only when `pattern.search(text, pos, endpos)` (or, sliced, `pattern.search(text[pos:endpos])`)
    cannot match: `keys` are the pattern's key words, `text_words` the words of the whole text."""
    if keys is None or text_words is None:
        return True
    if _cuts_word(text, endpos) or (sliced and _cuts_word(text, pos)):
        return True
    return may_match(keys, text_words)


class LeftmostOf:
    """Where the leftmost match of `\\b(?:A|B|...)` in a window starts, found with the alternatives'
    own patterns, only those the sentence's words allow. At the leftmost place where the alternation
    matches, some alternative matches; no alternative matches further left; so the least start of
    the alternatives' own matches is the alternation's. A 70-word marker list then costs a set test
    and a search for each of the few markers a sentence holds, not 70 tries at each of its words."""

    def __init__(self, whole: re.Pattern[str], singles: list[re.Pattern[str]]) -> None:
        self.whole, self.singles, self.keyed = whole, singles, KeyedPatterns(singles)

    def start(self, text: str, pos: int, endpos: int, text_words: frozenset[str] | None) -> int | None:
        """The start of `whole.search(text, pos, endpos)`, None when it finds nothing."""
        if text_words is None or _cuts_word(text, endpos):
            m = self.whole.search(text, pos, endpos)
            return m.start() if m else None
        best = None
        for i in self.keyed.runnable(text_words):
            m = self.singles[i].search(text, pos, endpos)
            if m is not None and (best is None or m.start() < best):
                best = m.start()
        return best
