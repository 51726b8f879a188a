"""The week a page without a publication date tells its weekdays in.

A feature or a blog post printed without a dateline ("Hossein Amir-Abdollahian landed in Beirut on
Friday evening ... The centrepiece of the trip came on Saturday, 2 September 2023") names its
weekdays within the week of a day it prints in full *with its weekday*: the writer is counting the
days of one trip. Nothing else dates those weekdays (there is no publication day to count back
from), so the day the page prints with its weekday anchors them: a weekday is the day of that
name nearest the anchor (the day before or after it, not a week away). A full date printed without
its weekday (a vote 'on 31 August 2023', a war's start) is history, and anchors nothing.
"""
from __future__ import annotations

from datetime import date, timedelta

from .date_expr import DateExpr, ResolvedDate
from .date_patterns import FULL_WEEKDAYS
from .dates import full_dates

_WEEKDAYS = tuple(FULL_WEEKDAYS.lower().split("|"))
_NEAR = 3  # the nearest day of a weekday lies at most three days from any day


def told_weekdays(text: str, offset: int = 0) -> list[tuple[int, date]]:
    """The full dates `text` prints with their own (right) weekday ('Saturday, 2 September 2023'),
    as (position in the document, day); `offset` is where `text` starts in the document."""
    anchors = []
    for e in full_dates(text):
        if not (e.year and e.month and e.day):
            continue
        words = e.text.lower().split()
        day = date(e.year, e.month, e.day)
        if words and words[0].strip(",.") == _WEEKDAYS[day.weekday()]:
            anchors.append((offset + e.start, day))
    return anchors


def weekday_near_anchor(expr: DateExpr, at: int, anchors: list[tuple[int, date]]) -> ResolvedDate | None:
    """'on Friday' in a page without a publication date, told at position `at`: the Friday nearest
    the anchor printed nearest to it in the text ('last Friday' the one before it, 'next Friday' the
    one after it). None when the page prints no day with its weekday."""
    if expr.kind != "weekday" or expr.weekday is None or not anchors or expr.rel in ("last week", "next week"):
        return None
    anchor = min(anchors, key=lambda a: abs(a[0] - at))[1]
    after = (expr.weekday - anchor.weekday()) % 7
    before = (anchor.weekday() - expr.weekday) % 7
    if expr.rel == "last":
        shift = -(before or 7)
    elif expr.rel == "next":
        shift = after or 7
    else:
        shift = after if after <= _NEAR else -before
    return ResolvedDate((anchor + timedelta(days=shift)).isoformat(), "day", "relative")
