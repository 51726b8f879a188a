"""A sentence that opens on a time before the one just told ('Weeks before that, ...'), and the
meeting a trip opened with, told at the trip's end ('met X on Thursday at the end of a two-day
visit that began with talks with Y': Y was met on the trip's first day, `opening_meeting_day`).

"The two sides met in Doha last week. ... Weeks before that, X had travelled to Doha, where he was
received by Y": the fronted lag says the sentence tells another, earlier occasion, so its report
joins no event told before it (placement), and it is dated from the day it counts back from: that
day minus the lag when the lag is counted in days or weeks ('Two days before that': the day;
'Three weeks earlier': that day's month), the month of that day when the lag is vague ('Weeks
before that', 'Days earlier', 'Before that'), the year for 'Months earlier'; 'Years before' gives
no date. Never the publication day, which is later than the day it counts back from.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .candidate import Candidate
from .number_words import NUMBER_WORDS, count_of
from .dates import DateExpr, ResolvedDate
from .entities import Ent

if TYPE_CHECKING:
    from .dating import Dating

_ANOTHER_TIME = re.compile(
    r"\W*(?:(?:just\s+|only\s+)?(?P<n>a|one|two|three|four|five|six|several|some|a\s+few|many)\s+)?(?P<u>days?|weeks?|months?|years?)\s+"
    r"(?:before|earlier|prior)(?:\s+(?:that|this|then|to\s+that|to\s+this))?\s*,"
    r"|\W*(?:before\s+(?:that|then)|prior\s+to\s+that)\s*,", re.I)


def another_time(cand: Candidate) -> bool:
    """Does the report's sentence open on a time before the one just told ('Weeks before that, ...')?"""
    m = _ANOTHER_TIME.match(cand.sentence.text)
    return m is not None and m.end() <= cand.trigger[0] - cand.sentence.start


def earlier_day(dating: Dating, cand: Candidate) -> tuple[DateExpr, ResolvedDate] | None:
    """The date of a report whose sentence opens on an earlier time, counted back from the day the
    article told last (see the module's docstring); None when there is none or the lag is years."""
    m = _ANOTHER_TIME.match(cand.sentence.text)
    if m is None or m.end() > cand.trigger[0] - cand.sentence.start:
        return None
    told = [d for d in dating.drafts if d.resolved is not None and d.date_expr is not None and not d.background]
    if not told:
        return None
    anchor = max(told, key=lambda d: (d.last_sentence, d.order)).resolved
    assert anchor is not None
    unit, count = (m.group("u") or "").lower(), NUMBER_WORDS.get((m.group("n") or "").lower())
    text = m.group(0).strip(" ,")
    if unit.startswith("year"):
        return None
    if unit.startswith("month"):
        year = int(anchor.value[:4])
        return DateExpr(m.start(), m.end(), "year", year=year, text=text), ResolvedDate(f"{year:04d}", "year", "relative")
    if anchor.precision == "day" and count is not None and unit:
        back = date.fromisoformat(anchor.value) - timedelta(days=count * (7 if unit.startswith("week") else 1))
        if unit.startswith("day"):
            return DateExpr(m.start(), m.end(), "full", back.year, back.month, back.day, text=text), ResolvedDate(back.isoformat(), "day", "relative")
        value = back.isoformat()[:7]
    else:
        value = anchor.value[:7]
    if len(value) < 7:
        return None  # (a year told last: no month to give)
    year, month = int(value[:4]), int(value[5:7])
    return DateExpr(m.start(), m.end(), "month_year", year, month, text=text), ResolvedDate(value, "month", "relative")


_TRIP_OPENED_WITH = re.compile(
    r"\b(?:at\s+the\s+end\s+of|wrapping\s+up|wrapped\s+up|concluding|concluded|ending|ended|rounding\s+off)\s+(?:a|an|his|her|their|its)\s+"
    r"(?P<n>two|three|four|five|2|3|4|5)-day\s+(?:[\w\-]+\s+)?(?:visit|trip|tour|stay)\b[^.;]{0,40}?\s+(?:that|which)\s+"
    r"(?:began|started|opened|kicked\s+off)\s+with\b", re.I)


def opening_meeting_day(cand: Candidate, group: list[Ent]) -> DateExpr | None:
    """For a report split into meetings, the date of the one with `group`, when all whom it met are
    named after '... at the end of a two-day visit that began with ...': the trip's first day,
    counted back from the day the report tells (an 'anaphoric' offset from the meeting just placed)."""
    m = _TRIP_OPENED_WITH.search(cand.sentence.text)
    if m is None or not group or cand.date is None or cand.date.kind == "anaphoric":
        return None
    base = cand.sentence.start
    met = [p for p in group if p.start - base >= cand.trigger[1] - base]  # (the subject, named before the verb, came on both days)
    if not met or not all(p.start - base >= m.end() for p in met):
        return None
    n = m.group("n").lower()
    back = count_of(n) - 1
    return DateExpr(m.start(), m.end(), "anaphoric", day=-back, rel="the trip's first day", text=m.group(0))


# ", the ministry said on Saturday" closing the sentence: the day of the saying
_SAID_ON = re.compile(r"\b(?:said|says|reported|announced|added|stated|confirmed|disclosed|revealed)\s+(?:late\s+|early\s+)?(?:on\s+)?$", re.I)


def told_day_of_sequel(cand: Candidate) -> bool:
    """Is the report's only day the day a source told it, after the verb ('X also met Y, the ministry said
    on Saturday')? Then a report that continues the narrative ('also', 'then') is of the day it continues
    (the caller asks `continuation.continues`), not of the saying."""
    if cand.date is None or cand.date.start < cand.trigger[1] - cand.sentence.start:
        return False
    return bool(_SAID_ON.search(cand.sentence.text, max(0, cand.date.start - 40), cand.date.start))
