"""Which stretch of a clause a report's day is read from.

The clause the trigger stage hands to `clause_parts.clause_date` is cut only between two
triggers, so a verb that is no trigger ("brokered", "signed", "mediated") shares the clause of the
trigger coordinated with it: "China brokered the deal in March 2023, and hosted a meeting of the
three ministers in Beijing on March 14" is one clause whose nearest date to "hosted" is the
deal's. Coordinated verbs tell different happenings; when the trigger's own coordinate names a
day, that day is the report's, whatever lies nearer in the other coordinate.
"""
from __future__ import annotations

import re

# ", and hosted", ", but later received": the trigger's coordinate opens after the last one before it
# (no comma between it and the trigger: ", and, on Monday, held" is not read as a coordinate)
_LEFT = re.compile(r",\s+(?:and|but)\s+[^,;()\"\u201c\u201d]*$", re.I)
# ", and signed a deal on Friday": a later coordinate with a verb of its own (a past form) closes the trigger's
_RIGHT = re.compile(r",\s+(?:and|but)\s+(?:(?:also|later|then|subsequently|afterwards|separately)\s+)?(?-i:[a-z]{3,}ed)\b", re.I)


def own_coordinate(text: str, a: int, b: int, anchor: int) -> tuple[int, int]:
    """The part of the clause text[a:b] the trigger at `anchor` stands in, between the coordinating
    ", and" / ", but" before it and the next coordinate with a verb of its own after it
    ((a, b) itself when the clause has no such coordinates)."""
    left = _LEFT.search(text, a, anchor)
    start = left.start() if left is not None else a
    right = _RIGHT.search(text, anchor, b)
    end = right.start() if right is not None else b
    return start, end
