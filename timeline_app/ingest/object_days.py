"""One verb, several counterparts, each with a day of its own: several meetings.

"X met A, the deputy prime minister, on Tuesday and B, the first deputy, on Wednesday" is one
clause and one trigger, but two meetings on two days. The trigger stage reads one report per
clause and dates it by the day nearest its verb, so B's meeting took A's day (or merged with
another report of that day). Here the report is split at the "and" that follows the first
counterpart's day: each part keeps the clause's subject and takes the counterparts and the day
named between its own bounds.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .candidate import VERB, Candidate
from .clauses import Masked
from .dates import DateExpr

_DAY_KINDS = frozenset({"full", "month_day", "dom", "weekday"})
# "on Tuesday and B", "on Tuesday morning, and with B": the link between two dated counterparts
_LINK = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?\s*,?\s+and\s+(?:also\s+|then\s+|later\s+)?(?:with\s+)?", re.I)


def split_by_object_days(cand: Candidate, masked: Masked, dates: list[DateExpr]) -> list[Candidate] | None:
    """The reports of 'met A on Tuesday and B on Wednesday' (one per dated counterpart), or None when
    the clause's counterparts do not each carry a day of their own."""
    if cand.kind != VERB or cand.type == "visit" or cand.date is None or cand.past_perfect:
        return None
    base = cand.sentence.start
    trig_end, end = cand.trigger[1] - base, cand.clause[1] - base
    days = [d for d in dates if trig_end <= d.start and d.end <= end and d.kind in _DAY_KINDS and not masked.hidden(d.start, d.end)]
    if len(days) != 2 or days[0].key == days[1].key or cand.date.start != days[0].start:
        return None
    first, second = days
    text = cand.sentence.text
    link = _LINK.match(text, first.end)
    if link is None:
        return None
    mine = [p for p in cand.people if trig_end <= p.start - base < first.start]
    theirs = [p for p in cand.people if link.end() <= p.start - base < second.start]
    if not mine or not theirs or not all(p.start - base < trig_end or p in mine or p in theirs for p in cand.people):
        return None  # (a counterpart named past the second day: the split would lose it)
    subject = [p for p in cand.people if p.start - base < trig_end]
    their_orgs = [o for o in cand.orgs if link.end() <= o.start - base < second.start]
    my_orgs = [o for o in cand.orgs if o not in their_orgs]
    return [replace(cand, people=subject + mine, orgs=my_orgs, date=first),
            replace(cand, people=subject + theirs, orgs=[o for o in cand.orgs if not trig_end <= o.start - base < link.start()],
                    date=second, also=True)]
