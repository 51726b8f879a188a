"""Which order a page writes its numeric dates in: "10/3/2019" is 3 October on a US wire.

Why: a slashed date whose two numbers are both 12 or less reads either way. The date patterns
(date_patterns.py) read day first, as European, Middle-East and most English-language sites in
the region write; a US agency (AP, UPI) writes month first, and its 10/3/2019 read day first puts
a meeting seven months off. The page itself says which: an unambiguous slashed date elsewhere on it
(a number above 12 can only be the day), the same day spelled out with its month's name, a weekday printed with the date that fits one reading
only, or a month-first source (resources/date_cues.json) named where a dateline names it ("DTN
(AP), 10/3/2019", "ISLAMABAD (AP) --"). Without such evidence the page keeps the day-first
reading. Dots and dashes ("03.10.2019", "03-10-2019") are left alone: they are day first.

The decision is applied once to the matching text (the text every date reader sees): a month-first
page's slashed dates have their two numbers swapped ("10/3/2019" -> "3/10/2019"), which keeps the
length, so every offset still points at the same place of the stored text.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .date_patterns import FULL_WEEKDAYS, WEEKDAYS
from .dates import DateExpr, find_dates, full_dates
from .resources import load_json

# "10/3/2019", "04/20/2024": two numbers and a four-digit year, slashes only (not part of a longer run).
# Each pattern here opens with its first digit and looks behind it ("\d(?<![\d/.\-]\d)\d?" is
# "(?<![\d/.\-])\d{1,2}", the same matches): re then skips to the digits of the page instead of
# trying the look-behind at every character (on a page with a slash ~155 -> ~30 us, ~85 -> ~30 us)
_SLASHED = re.compile(r"(?P<a>\d(?<![\d/.\-]\d)\d?)/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d\d)(?![\d/])")
_WEEKDAY_NEAR = re.compile(r"\b(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b\.?", re.I)
# "on 10/3": the yearless numeric day of date_patterns (after "on"), its two numbers as a and b
_YEARLESS = re.compile(r"(?P<a>\d(?<=\bon \d)\d?)/(?P<b>\d{1,2})(?![\d/]|\.\d|\s+of\b)", re.I)  # ((?<=\bon )\d{1,2})
_WEEKS_BEFORE = 45  # how far before the page's day a day it tells by numbers alone lies
_YEAR_FIRST = re.compile(r"\d{4}[\-./]")  # "2019-10-03": year, month, day
_HEAD_CHARS = 600  # the header and dateline of a page: where its own day is printed
_NEAR = 16  # characters either side of a date where a printed weekday belongs to it ("Thu, 10/3/2019", "10/3/2019 Thursday")


@lru_cache(maxsize=1)
def _bare_weekday() -> re.Pattern[str]:
    """A weekday straight after a verb of reporting or meeting, without "on" ("met Thursday", "said
    Friday"): US wire style, which dates the report's own day this way (see `month_first`); the
    verbs are listed in resources/date_cues.json."""
    verbs = load_json("date_cues.json")["bare_weekday_verbs"]["verbs"]
    return re.compile(r"\b(?:" + "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True)) + r")\s+"
                      r"(?P<weekday>" + FULL_WEEKDAYS + r")\b")


@lru_cache(maxsize=1)
def _sources() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A month-first source named as a dateline names it (in brackets after a capitalised word),
    and the same names as words (read only on the line of a date)."""
    names = sorted(load_json("date_cues.json")["month_first_sources"]["names"], key=len, reverse=True)
    alternation = "|".join(re.escape(n) for n in names)
    bracketed = re.compile(r"\b[A-Z][A-Za-z.\-]*\s*\((?:" + alternation + r")\)\s*(?:--|[\u2013\u2014\-,:_])")
    word = re.compile(r"(?<![\w/])(?:" + alternation + r")(?![\w/])")
    return bracketed, word


def _spelled_month_days(text: str) -> list[DateExpr]:
    """The days a page spells with a month's name and no year ("Dec 1", "1 December"), on the
    lines of its dateline and header (the first lines: a body's "on December 1" may be another day)."""
    head = text[:_HEAD_CHARS]
    return [e for e in find_dates(head) if e.kind == "month_day" and e.month and e.day]


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def month_first(text: str) -> bool:
    """Whether the page's ambiguous slashed dates are month first (see the module's docstring)."""
    found = list(_SLASHED.finditer(text))
    ambiguous = [m for m in found if 1 <= int(m["a"]) <= 12 and 1 <= int(m["b"]) <= 12 and m["a"].lstrip("0") != m["b"].lstrip("0")]
    if not ambiguous:
        return False
    # an unambiguous date of the same page: "25/10/2019" is day first, "10/25/2019" month first
    day_first_seen = any(int(m["a"]) > 12 and int(m["b"]) <= 12 for m in found)
    month_first_seen = any(int(m["b"]) > 12 and int(m["a"]) <= 12 for m in found)
    if day_first_seen != month_first_seen:
        return month_first_seen
    # the same day spelled out with its month's name, or year first, elsewhere on the page ("10/3/2019"
    # over "ISLAMABAD, October 3, 2019", a stamp "2019-10-03T09:12"): the reading that names it
    spelled = {(e.year, e.month, e.day) for e in full_dates(text) if _YEAR_FIRST.match(e.text) or any(c.isalpha() for c in e.text)}
    named = 0
    for m in ambiguous:
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        named += ((year, a, b) in spelled) - ((year, b, a) in spelled)
    if named:
        return named > 0
    # the same day spelled without its year ("12/1/2021 2:38 PM" over "DOHA, Dec 1 (Reuters) -"): the
    # reading whose month and day the page names, when only one of them is named
    yearless = {(e.month, e.day) for e in _spelled_month_days(text)}
    for m in ambiguous:
        a, b = int(m["a"]), int(m["b"])
        named += ((a, b) in yearless) - ((b, a) in yearless)
    if named:
        return named > 0
    # a weekday printed with the date itself that fits one reading only ("Thu 10/3/2019")
    votes = 0
    for m in ambiguous:
        a, b, year = int(m["a"]), int(m["b"]), int(m["year"])
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        around = text[max(line_start, m.start() - _NEAR):m.start()] + " " + text[m.end():min(line_end, m.end() + _NEAR)]
        for w in _WEEKDAY_NEAR.finditer(around):
            weekday = WEEKDAYS[w["weekday"].lower()]
            as_dm, as_md = _day(year, b, a), _day(year, a, b)
            fits_dm, fits_md = as_dm is not None and as_dm.weekday() == weekday, as_md is not None and as_md.weekday() == weekday
            votes += (fits_md and not fits_dm) - (fits_dm and not fits_md)
    if votes:
        return votes > 0
    # the first ambiguous date is the page's dateline: a weekday told bare after a verb ("met Thursday",
    # wire style for the report's own day) that is its weekday in one reading only ("on Thursday" is
    # not read: news tells the day before that way as often as the day itself)
    told = {WEEKDAYS[w["weekday"].lower()] for w in _bare_weekday().finditer(text)}
    first = ambiguous[0]
    as_dm, as_md = _day(int(first["year"]), int(first["b"]), int(first["a"])), _day(int(first["year"]), int(first["a"]), int(first["b"]))
    fits_dm, fits_md = as_dm is not None and as_dm.weekday() in told, as_md is not None and as_md.weekday() in told
    if fits_dm != fits_md:
        return fits_md
    # the source: a month-first agency named as a dateline names it, or on the line of the date
    bracketed, word = _sources()
    if bracketed.search(text):
        return True
    for m in ambiguous:
        line_start, line_end = text.rfind("\n", 0, m.start()) + 1, text.find("\n", m.end())
        if word.search(text, line_start, len(text) if line_end < 0 else line_end):
            return True
    return False


def yearless_month_first(text: str, with_years: bool) -> bool:
    """Whether the page's ambiguous "on 10/3" (no year) is month first: the reading that falls in the
    weeks up to the page's own day ("Ankara, 12 October" over "received him on 10/10 and 11/10"),
    else the page's convention (`with_years`: its slashed dates with a year read month first, or a
    month-first source named as a dateline names it)."""
    found = [m for m in _YEARLESS.finditer(text) if m["a"].lstrip("0") != m["b"].lstrip("0")
             and 1 <= int(m["a"]) <= 12 and 1 <= int(m["b"]) <= 12]
    if not found:
        return False
    head = text[:_HEAD_CHARS]
    page = next((date(e.year, e.month, e.day) for e in find_dates(head) if e.kind == "full" and e.year and e.month and e.day), None)
    votes = 0
    for m in found if page is not None else []:
        a, b = int(m["a"]), int(m["b"])
        fits_dm, fits_md = _shortly_before(page, b, a), _shortly_before(page, a, b)  # type: ignore[arg-type]
        votes += (fits_md and not fits_dm) - (fits_dm and not fits_md)
    if votes:
        return votes > 0
    return with_years or bool(_sources()[0].search(text))


def _shortly_before(page: date, month: int, day: int) -> bool:
    """Whether month/day is the page's day or one of the weeks before it (the year around the turn too)."""
    for year in (page.year, page.year - 1):
        told = _day(year, month, day)
        if told is not None and 0 <= (page - told).days <= _WEEKS_BEFORE:
            return True
    return False


def day_first_text(text: str) -> str:
    """`text` with the slashed dates of a month-first page written day first (same length, same
    offsets); any other text unchanged."""
    if "/" not in text:
        return text
    with_years = month_first(text)
    if with_years:
        text = _SLASHED.sub(lambda m: f"{m['b']}/{m['a']}/{m['year']}" if int(m["a"]) <= 12 else m.group(0), text)
    if yearless_month_first(text, with_years):
        text = _YEARLESS.sub(lambda m: f"{m['b']}/{m['a']}" if int(m["a"]) <= 12 and int(m["b"]) <= 12 else m.group(0), text)
    return text
