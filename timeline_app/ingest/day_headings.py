"""A line that is only a day ("Fri 4 Oct", "Wednesday 9 October:", "Tuesday, March 3", "Monday:") heading
the entries of a live blog, a minister's diary or a chronology.

Why: such pages tell their entries without a date of their own ("Safadi received Fidan in Amman.")
under a heading naming the day; the entry is on that day, not on the page's publication day, and
every entry down to the next heading is too. The digest headings with a bar ("IRAN-LEBANON |
Saturday 23 November") are read in extract.py; this module reads the bare day line, which may sit
one or more blank lines above the entry (a blog's heading is a block of its own).

The page's own dateline ("Tuesday 9 March 2021" above the lede) is no heading: the line that holds
the publication date, and a first line that names the publication day itself, are left out.
"""
from __future__ import annotations

import re
from datetime import date

from .dates import find_dates, resolve

_MAX_LINE = 40  # a day heading is short: "Wednesday, 9 October 2024 -" at most, with some room
_MAX_BLANK_LINES = 6  # blank and clock lines between the heading and its first entry ("Fri 4 Oct\n\n19:40\n\nQatar ...")
_TRAIL = " \t:\u2013\u2014-.,|"  # what a heading may end with ("Wednesday 9 October:", "Sat 5 Oct -")
_DAY_KINDS = ("full", "month_day")
_DAY_NUMBER = re.compile(r"^(?i:day)\s+\d{1,2}\s*[\-\u2013\u2014:,|]\s*(?=\w)")
# a live blog entry's clock: "18:20", "9.05am", "Updated 11:58 GMT"
TIME_STAMP = re.compile(r"(?:(?:updated|posted)\s*:?\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:[A-Z]{2,4}|local\s+time))?", re.I)


def heading_above(text: str, start: int) -> tuple[int, str] | None:
    """The nearest line above the line `start` opens that is neither blank nor an entry's time
    stamp ("18:20", "09:05 GMT": a blog entry's own clock, under the day's heading), within a few
    such lines: its start and its text; None when `start` opens no line or nothing else lies above."""
    if start == 0 or text[start - 1] != "\n":
        return None
    end = start - 1
    for _ in range(_MAX_BLANK_LINES + 2):
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end].strip()
        if line and not TIME_STAMP.fullmatch(line):
            return line_start, line
        if line_start == 0:
            return None
        end = line_start - 1
    return None


def time_stamp_above(text: str, start: int) -> bool:
    """Whether the line right above `start` is an entry's time stamp (no heading: the day goes on)."""
    if start == 0 or text[start - 1] != "\n":
        return False
    line_start = text.rfind("\n", 0, start - 1) + 1
    return TIME_STAMP.fullmatch(text[line_start:start - 1].strip()) is not None


def day_of_heading(line: str, published: date | None) -> date | None:
    """The day a line names when the line is nothing but that day (a weekday before it allowed)."""
    if len(line) > _MAX_LINE:
        return None
    # "DAY 3 - WEDNESDAY", "Day 2: Tuesday, 7 October": a multi-day blog numbers its days before naming them
    core = _DAY_NUMBER.sub("", line, count=1).rstrip(_TRAIL)
    found = find_dates(core)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(core) \
            or not (found[0].kind in _DAY_KINDS or (found[0].kind == "weekday" and found[0].rel is None)):
        return None  # ("Wednesday:" alone heads a week's diary: that weekday of the page's week)
    resolved = resolve(found[0], published, future=False)
    if resolved is None or resolved.precision != "day":
        return None
    return date.fromisoformat(resolved.value)


def day_heading(text: str, start: int, published: date | None, pub_span: tuple[int, int] | None,
                first_sentence: bool) -> date | None:
    """The day of a bare day heading above the paragraph opening at `start`, or None (no such
    heading, or the heading is the page's own dateline)."""
    above = heading_above(text, start)
    if above is None:
        return None
    line_start, line = above
    if pub_span is not None and line_start <= pub_span[0] <= line_start + len(text[line_start:start].split("\n", 1)[0]):
        return None  # the dateline itself
    day = day_of_heading(line, published)
    if day is None or (first_sentence and day == published):
        return None
    return day
