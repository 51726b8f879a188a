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
from functools import lru_cache

from .date_expr import DateExpr
from .resources import load_json

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


# "a week after the strike on Doha on Tuesday", "ahead of the vote on Sunday", "amid the fighting that broke
# out on Monday": a time phrase that sets the report apart from another happening named by a noun; a day
# inside it (no comma or clause between) is that happening's. (A bare "after the prayers on Friday" is
# left alone: a report told after a rite is often of its very day.)
_OTHER_HAPPENING = re.compile(
    r"\b(?:(?:(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?)|hours|a\s+day|a\s+week|a\s+month)\s+(?:after|before|following)"
    r"|ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to|amid)\s+"
    r"(?:the|a|an|its|his|her|their|this|last|(?-i:[A-Z])[\w\-]*['\u2019]s?)\s+[^,;()\"\u201c\u201d]*$", re.I)


def in_other_happening(text: str, trigger_end: int, date_start: int) -> bool:
    """Whether a date after the trigger stands in a time phrase setting the report apart from another
    happening named by its noun ('met X in Doha a week after the strike on Y on Tuesday'): that
    happening's day, not the report's."""
    return _OTHER_HAPPENING.search(text, trigger_end, date_start) is not None


@lru_cache(maxsize=1)
def _undisclosed() -> re.Pattern[str]:
    cues = load_json("date_cues.json")["undisclosed_day"]
    alt = lambda words: "|".join(map(re.escape, words))  # noqa: E731
    return re.compile(rf"\bwithout (?:{alt(cues['without_verbs'])}) (?:the|a|its|their) (?:{alt(cues['without_objects'])})\b|"
                      rf"\b(?:did not|didn't|does not) (?:{alt(cues['did_not_verbs'])}) when\b", re.I)


def undisclosed_day(text: str) -> DateExpr | None:
    """'..., without giving the date of that meeting' (phrases in resources/date_cues.json): a date
    expression of its own kind, some day of the month reported (`DateExpr.undisclosed`), so later
    stages read what it is, not its words."""
    m = _undisclosed().search(text)
    return DateExpr(m.start(), m.end(), "relperiod", rel="this month", text=m.group(0), undisclosed=True) if m else None
