"""The day of a live blog's entry from the run of its clocks ("16:40 ...", "11:15 ...", "08:50 ...",
then "19:05 ...").

Why: a live blog prints its entries newest first (or oldest first) under the one day its page
shows, each opening with the time of day only. When a page newest first shows a clock later than
the entry above it ("08:50" then "19:05"), that entry and those under it are of the day before;
oldest first, a clock earlier than the one above it is of the next day. Without this, the day
before's entries ("President X met Y at 13:20", "called this evening") take the page's day.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

# "19:05 Cyprus President ...": an entry opening with a 24-hour clock, its text starting capitalised
_ENTRY_CLOCK = re.compile(r"(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)\s+(?=[A-Z\"'\u201c])")
# "19:05" on a line of its own right above the entry
_CLOCK_LINE = re.compile(r"\s*(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:\s*(?:[A-Z]{2,4}|local\s+time))?\s*")


class ClockDays:
    """Follows a blog's entry clocks down one article; the page's day moves one back (newest first)
    or on (oldest first) each time the clocks turn round midnight."""

    def __init__(self, published: date | None) -> None:
        self.reset(published)

    def reset(self, day: date | None) -> None:
        """A day heading names the entries' day: the clocks count from it afresh."""
        self.base = self.day = day
        self.last: int | None = None  # the previous entry's minute of the day
        self.direction = 0  # -1 newest first, +1 oldest first, 0 not yet known

    def entry_day(self, text: str, start: int) -> date | None:
        """The day of the entry opening at `start` when the clocks have turned round midnight
        since the page's (or heading's) day, else None: that day holds."""
        minute = _entry_minute(text, start)
        if minute is None or self.day is None:
            return None
        if self.last is not None and _heading_between(text, start):
            self.day = None  # "DAY 3 - WEDNESDAY" between the entries: the page names its days in words of its own
            return None
        if self.last is not None and minute != self.last:
            step = -1 if minute < self.last else 1
            if self.direction == 0:
                self.direction = step
            elif step != self.direction:  # (after the turn the clocks run on the same way: 19:05, 13:20, 12:10)
                self.day += timedelta(days=self.direction)
        self.last = minute
        return self.day if self.day != self.base else None


def _entry_minute(text: str, start: int) -> int | None:
    """The minute of the day an entry opening a line at `start` is stamped with, inline or on the line above."""
    if start and text[start - 1] != "\n":
        return None
    m = _ENTRY_CLOCK.match(text, start)
    if m is None and start:
        line_start = text.rfind("\n", 0, max(0, start - 1)) + 1
        above = text[line_start:start - 1]
        if not above.strip():  # a blank line between the clock and its entry
            line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1
            above = text[line_start:text.find("\n", line_start)]
        m = _CLOCK_LINE.fullmatch(above)
    return int(m["h"]) * 60 + int(m["m"]) if m else None


def _heading_between(text: str, start: int) -> bool:
    """Whether the nearest line above the entry at `start` is a short line that is no entry of its
    own and no clock (a heading of the blog's own: 'DAY 3 - WEDNESDAY', 'Earlier')."""
    end = start - 1
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip()
        if line:
            return len(line) <= _HEADING_MAX and not _ENTRY_CLOCK.match(line + " ") and not _CLOCK_LINE.fullmatch(line)
        end = line_start - 1
    return False


_HEADING_MAX = 60
