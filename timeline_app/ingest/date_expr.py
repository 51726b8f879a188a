"""What a date expression found in text is, and the calendar date it resolves to.

Why apart: the finders (dates.py), the resolution (date_resolution.py) and every later stage
(dating, grouping, placement, storage) share these two values and the bounds of a plausible date.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

MIN_YEAR = 1900


@dataclass(frozen=True)
class DateExpr:
    start: int
    end: int
    kind: str  # full | month_year | year | month_day | dom | month | weekday | relday | relperiod | anaphoric
    year: int | None = None
    month: int | None = None
    day: int | None = None  # for "anaphoric": the offset in days from the event it refers to
    weekday: int | None = None
    rel: str | None = None  # last | this | next | early | late ... or the relative phrase
    text: str = ""
    undisclosed: bool = False  # "without giving the date": the text says it does not give the day (see date_scope)

    @property
    def key(self) -> str:
        """Comparable form of the expression itself (two unresolved "Sunday"s are the same)."""
        return f"{self.kind}:{self.year}:{self.month}:{self.day}:{self.weekday}:{self.rel}"


@dataclass(frozen=True)
class ResolvedDate:
    value: str  # 2021-02-04 | 2021-02 | 2021
    precision: str  # day | month | year
    basis: str  # explicit | relative

    def month_only(self) -> ResolvedDate:
        """The month of a day (a report "within that trip" knows no more); a coarser date as it is."""
        return ResolvedDate(self.value[:7], "month", "relative") if self.precision == "day" else self


def _valid_year(year: int | None, today: date | None = None) -> bool:
    today = today or date.today()
    return year is not None and MIN_YEAR <= year <= today.year + 1


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
