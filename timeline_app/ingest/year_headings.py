"""A chronology's year headings: a line that is nothing but a year ("2023") above the entries of that year.

Why: reference pages and timelines tell a year's events under a bare year line ("2023", then "On 9
April, a delegation arrived ...", "Five days later ...", "In December, the envoy held meetings");
the entries name day and month only. Their year is the heading's, not the publication's (a page
updated in January 2024 tells 2023's April under "2023"), and a page with no date of its own can
still date them. A heading counts only up to the next one (the "2024" section that follows).

What it gives is an anchor to resolve year-less dates against: the last day of the heading's year
(so "9 April" and "in December" fall in that year), or the publication day when the page was
published during that year (its months after the publication day are still last year's). Weekdays
and "yesterday" mean nothing against such an anchor: `year_only` tells the dating step so.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

# the whole line: "2023", "2023:", "2023 -", "In 2023" is prose (no heading)
_YEAR_LINE = re.compile(r"^[ \t]*(?P<year>(?:19|20)\d\d)[ \t]*[:\u2013\u2014\-]?[ \t]*$", re.M)


class YearHeadings:
    """The year headings of one article, by position."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.starts: list[int] = []
        self.years: list[int] = []
        for m in _YEAR_LINE.finditer(text, start, end):
            self.starts.append(m.start())
            self.years.append(int(m.group("year")))

    def __bool__(self) -> bool:
        return bool(self.starts)

    def year_at(self, position: int) -> int | None:
        """The year of the last heading above `position`, or None (no heading above it)."""
        k = bisect_right(self.starts, position) - 1
        return self.years[k] if k >= 0 else None

    def anchor(self, position: int, published: date | None) -> tuple[date, bool] | None:
        """The day year-less dates at `position` count back from, and whether it is only a year's
        end (no real day: weekdays cannot be counted from it); None when no heading applies or the
        heading's year is after the publication (a plan's year, not a chronology's)."""
        year = self.year_at(position)
        if year is None:
            return None
        if published is not None:
            if year > published.year:
                return None
            if year == published.year:
                return published, False
        return date(year, 12, 31), True
