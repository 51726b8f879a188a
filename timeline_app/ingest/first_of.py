"""The matches of an alternation found with its alternatives' own compiled patterns.

`re` tries an alternation `\\b(?:A|B|C)\\b` at each place of a text, and at the leftmost place
where some alternative matches takes the first one (in order) that does. So the leftmost of the
alternatives' own matches (`\\b(?:A)\\b`, `\\b(?:B)\\b`, ...), the earlier alternative on a tie,
is the alternation's match, and searching on from its end gives the next. Vocabulary
alternations cut to the alternatives a sentence's words allow (vocab_matcher.Alternation) then
need no pattern compiled for each new combination: on real pages nearly every page brings one,
and compiling it cost more than running it (about 0.7 ms for three alternatives with re.I,
11% of the extraction of the test sets' pages).

Only for alternatives that never match an empty string (an empty match changes where re
searches next); the caller checks that. Match objects are the alternatives' own: their span,
text and named groups are those of the alternation; numbered groups inside an alternative are
numbered as in the alternative alone.
"""
from __future__ import annotations

import re
from collections.abc import Iterator


class FirstOf:
    """Searches like the compiled alternation of `patterns` (one per alternative, in order)."""

    __slots__ = ("patterns",)

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.patterns = patterns

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        best = None
        for pattern in self.patterns:
            m = pattern.search(text, pos)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        patterns = self.patterns
        ahead = [pattern.search(text) for pattern in patterns]  # each alternative's next match
        pos = 0
        while True:
            best = None
            for k, m in enumerate(ahead):
                if m is not None and m.start() < pos:  # overtaken: its next match from here
                    m = ahead[k] = patterns[k].search(text, pos)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            if best is None:
                return
            yield best
            pos = best.end()
