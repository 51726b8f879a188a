"""Resolve a date expression against an article's publication date.

Rules: a full date stands on its own; a weekday is the latest such day on or before publication;
"last May" / "in October" / "September 12" take the latest matching month or day on or before
publication, with the precision the words support. Nothing is ever filled in from today's date:
without a publication date a relative expression stays unresolved. Dates outside 1900..next year
are treated as noise, never as events.
"""
from __future__ import annotations

from datetime import date, timedelta

from .date_expr import DateExpr, ResolvedDate, _valid_day, _valid_year
from .number_words import count_of

_UNIT_DAYS = {"day": 1, "days": 1, "week": 7, "weeks": 7, "fortnight": 14, "hours": 1 / 24}


def resolve(expr: DateExpr, published: date | None, *, future: bool = False) -> ResolvedDate | None:
    """The calendar date an expression means, or None when it cannot be known (or is absurd)."""
    resolved = _resolve(expr, published, future=future)
    if resolved is None or not _valid_year(int(resolved.value[:4])):
        return None
    return resolved


def _resolve(expr: DateExpr, published: date | None, *, future: bool = False) -> ResolvedDate | None:
    if expr.kind == "full":  # (a lede's dateline day, "MOSCOW (Sputnik - 14th September, 2019)", dates as the publication does)
        return ResolvedDate(f"{expr.year:04d}-{expr.month:02d}-{expr.day:02d}", "day", "publication" if expr.rel == "dateline" else "explicit")
    if expr.kind == "month_year":
        return ResolvedDate(f"{expr.year:04d}-{expr.month:02d}", "month", "explicit")
    if expr.kind == "year":
        return ResolvedDate(f"{expr.year:04d}", "year", "explicit")
    if published is None:
        return None
    if expr.kind == "month_day":
        assert expr.month is not None and expr.day is not None
        year = published.year
        if not _valid_day(year, expr.month, expr.day) or date(year, expr.month, expr.day) > published + timedelta(days=1):
            year -= 1
        if future and _valid_day(published.year, expr.month, expr.day) and date(published.year, expr.month, expr.day) >= published:
            year = published.year
        if not _valid_day(year, expr.month, expr.day):
            return None
        return ResolvedDate(date(year, expr.month, expr.day).isoformat(), "day", "relative")
    if expr.kind == "dom":  # "on the 8th": this month's 8th, or last month's when that lies ahead
        assert expr.day is not None
        year, month = published.year, published.month
        if expr.day > published.day + 1 and expr.rel != "this month":
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return ResolvedDate(date(year, month, expr.day).isoformat(), "day", "relative") if _valid_day(year, month, expr.day) else None
    if expr.kind == "month":
        assert expr.month is not None
        year = published.year
        if expr.rel == "last":
            if expr.month >= published.month:
                year -= 1
        elif expr.rel == "next":
            if expr.month <= published.month:
                year += 1
        elif expr.month > published.month:
            year -= 1
        return ResolvedDate(f"{year:04d}-{expr.month:02d}", "month", "relative")
    if expr.kind == "weekday":
        assert expr.weekday is not None
        if expr.rel == "last week":  # that weekday of the week before the publication's
            monday = published - timedelta(days=published.weekday() + 7)
            return ResolvedDate((monday + timedelta(days=expr.weekday)).isoformat(), "day", "relative")
        delta = (published.weekday() - expr.weekday) % 7
        if expr.rel == "last" and delta == 0:
            delta = 7
        if expr.rel == "next" or (future and expr.rel != "last"):
            ahead = (expr.weekday - published.weekday()) % 7 or 7
            return ResolvedDate((published + timedelta(days=ahead)).isoformat(), "day", "relative")
        return ResolvedDate((published - timedelta(days=delta)).isoformat(), "day", "relative")
    if expr.kind == "relday":
        rel = expr.rel or ""
        offset = {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "overnight": -1}.get(rel, 0)
        if rel.endswith(" ago"):  # "met X two days ago", "a week ago", "48 hours ago": counted back from the publication day
            count, unit = rel.split()[:2]
            offset = -round(count_of(count) * _UNIT_DAYS[unit])
        elif rel.endswith("weekend"):
            return ResolvedDate(_weekend_saturday(rel, published, future).isoformat(), "day", "relative")
        return ResolvedDate((published + timedelta(days=offset)).isoformat(), "day", "relative")
    if expr.kind == "anaphoric":
        return None  # relative to another event, resolved by the caller that knows it
    if expr.kind == "relperiod":
        rel = expr.rel or ""
        if rel.endswith("week"):
            anchor = published - timedelta(days=7) if rel.startswith("last") else published
            return ResolvedDate(f"{anchor.year:04d}-{anchor.month:02d}", "month", "relative")
        if rel.endswith("month"):
            if rel.startswith("last"):
                year, month = (published.year, published.month - 1) if published.month > 1 else (published.year - 1, 12)
            else:
                year, month = published.year, published.month
            return ResolvedDate(f"{year:04d}-{month:02d}", "month", "relative")
        year = published.year - 1 if rel.startswith("last") else published.year
        return ResolvedDate(f"{year:04d}", "year", "relative")
    return None


def _weekend_saturday(rel: str, published: date, future: bool) -> date:
    """The Saturday of the weekend meant: 'over the weekend' in a Monday's report is the Saturday
    before (its Sunday is as likely: the day is the weekend's first); read on a Saturday or Sunday,
    that weekend, and 'last weekend' then the one before; a plan's weekend is the coming one."""
    if future and rel.startswith("over"):
        return published + timedelta(days=(5 - published.weekday()) % 7)
    saturday = published - timedelta(days=(published.weekday() - 5) % 7)
    if rel.startswith("last") and published.weekday() >= 5:
        saturday -= timedelta(days=7)
    return saturday
