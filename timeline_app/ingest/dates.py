"""Find date expressions in text (extraction stage 6).

The patterns live in date_patterns.py, the values in date_expr.py, and their resolution against
the publication date in date_resolution.py (re-exported here: callers ask this module for dates).
Dates outside 1900..next year are treated as noise, never as events.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .date_expr import MIN_YEAR, DateExpr, ResolvedDate, _valid_day, _valid_year
from .date_patterns import (
    _FIRST_OF_SPAN, _PATTERNS, _SHORT_HEADER, _Y, _Y_ISO, MONTHS, WEEKDAYS, _anaphoric, _compiled, _keyed, _names_in,
    _narrowed, month_number,
)
from .date_resolution import resolve
from .number_words import count_of
from .vocab_matcher import words

__all__ = [
    "MIN_YEAR", "MONTHS", "WEEKDAYS", "DateExpr", "ResolvedDate", "find_dates", "full_dates", "has_full_date", "resolve",
]

_NARROW_FROM = 400  # characters (a longer text runs the patterns cut to the names it holds)

# the patterns that make full dates come first, and a pattern only gives way to earlier ones: the
# full dates of a text are found by these alone (the page-year vote reads whole articles)
_FULL_KINDS = ("iso", "numeric", "dmy", "mdy")
assert tuple(kind for kind, _ in _PATTERNS[:len(_FULL_KINDS)]) == _FULL_KINDS
# each of them (and the short header) spells out a four-digit year: a text without four digits
# in a row has no full date (most short lines of a page are answered by this one scan)
assert all(_Y in source or _Y_ISO in source for _, source in _PATTERNS[:len(_FULL_KINDS)]) and _Y in _SHORT_HEADER.pattern
_FOUR_DIGITS = re.compile(r"\d{4}")
_NO_NAMES: tuple[tuple[str, ...], ...] = ((), (), ())
_OTHER_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_ASCII_DIGITS = {**{0x0660 + i: 0x30 + i for i in range(10)}, **{0x06F0 + i: 0x30 + i for i in range(10)}}


# "3 March 2021", "Wed, March 3rd, 2021": a match of these ends with its year, after a separator,
# and holds at most 24 characters that are not separators (a weekday and a month of nine letters,
# a day with its ending, "of") before it; the separators are [\s\-/.,] (any number of them).
_YEAR_ENDED = ("dmy", "mdy")
_YEAR_AT = re.compile(r"\d{4}(?<=[\s\-/.,]\d{4})(?!\d)")  # (the digits first: re skips to them, not a look-behind at every character)
_BEFORE_YEAR = 32  # (24 and a margin)


def _year_windows(text: str) -> list[tuple[int, int]]:
    """Spans of `text` (in order, apart) holding every match of the `_YEAR_ENDED` patterns: from
    where `_BEFORE_YEAR` characters other than separators precede a year, to the character after
    it (what the year's look-ahead reads). A match starts and ends inside one span, and a match
    over the whole text cannot start before a span and end inside it (it would end at a year of
    its own, whose span overlaps this one, so the two are one span): searching the spans finds
    the same matches as searching the text, without trying every character of an article (and
    without a pattern cut to its month names to compile for each article, ~0.1 ms each)."""
    windows: list[tuple[int, int]] = []
    for m in _YEAR_AT.finditer(text):
        k = _window_start(text, m.start())
        if windows and k <= windows[-1][1]:
            windows[-1] = (windows[-1][0], m.end() + 1)
        else:
            windows.append((k, m.end() + 1))
    return windows


# what the walk back from a year crosses, read backwards: up to `_BEFORE_YEAR` characters other than
# separators, each after any separators, then the separators before the last of them
_BACK = re.compile(r"(?:[\s\-/.,]*[^\s\-/.,]){0,%d}[\s\-/.,]*" % _BEFORE_YEAR)
_BACK_CHUNK = 200  # characters read backwards at once (more only after a run of separators this long)


def _window_start(text: str, year_at: int) -> int:
    """Where the window of the year at `year_at` opens: from the year back over separators and at
    most `_BEFORE_YEAR` other characters, up to the one before which another would be needed. The
    characters before the year are matched reversed by one regex (not a Python step per character)."""
    start = max(0, year_at - _BACK_CHUNK)
    crossed = _BACK.match(text[start:year_at][::-1]).end()  # type: ignore[union-attr]
    if crossed < year_at - start or start == 0:
        return year_at - crossed
    k, budget = year_at, _BEFORE_YEAR  # (a run of separators as long as the chunk: the walk, one by one)
    while k > 0:
        c = text[k - 1]
        if not (c.isspace() or c in "-/.,"):
            if budget == 0:
                break
            budget -= 1
        k -= 1
    return k


def find_dates(text: str, *, patterns_used: int = len(_PATTERNS)) -> list[DateExpr]:
    """All date expressions in text, longest first where they overlap, in text order
    (`patterns_used`: only the first so many patterns, as `full_dates` needs)."""
    if not text.isascii() and _OTHER_DIGITS.search(text):  # "٠٥/٠٧/٢٠٢٣": Arabic-Indic and Persian digits, one for one (offsets hold)
        text = text.translate(_ASCII_DIGITS)
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    patterns = _compiled()
    # a long text read for its full dates only (the page-year vote) runs the four patterns without its
    # words: two open with a digit (re skips to the digits), two run only in the year windows, and the
    # words of 3,000 characters cost more than that (~130 us); a pattern its words would have kept
    # from running finds nothing anyway
    whole = patterns_used <= len(_FULL_KINDS) and len(text) > _NARROW_FROM
    seen = None if whole else words(text)
    runnable = list(range(patterns_used)) if whole else _keyed().runnable(seen)  # a pattern runs only on text holding the words it needs
    # a long text (an article for the page-year vote) runs them with only the month and weekday
    # names it holds (all of them when its case folding is odd); on a sentence that costs more than it saves
    # (the full-date patterns name no month or weekday outside the year windows: they need no names, only the windows)
    names = _NO_NAMES if whole else _names_in(text.lower()) if len(text) > _NARROW_FROM and runnable and seen is not None else None
    windows: list[tuple[int, int]] | None = None
    for i in runnable:
        if i >= patterns_used:
            break
        kind = patterns[i][0]
        if kind in _YEAR_ENDED:  # (only around the text's years: a sentence without a four-digit year runs neither, and a long text needs no pattern to compile)
            windows = _year_windows(text) if windows is None else windows
            matches: Iterable[re.Match[str]] = (m for a, b in windows for m in patterns[i][1].finditer(text, a, b))
        else:
            pattern = patterns[i][1] if names is None else _narrowed(i, names)
            if kind == "anaphoric":
                pattern = _anaphoric().on(seen)  # (the whole pattern when the text's words are unknown)
            matches = pattern.finditer(text) if pattern is not None else ()
        for m in matches:
            start, end = m.span()
            if any(start < e and s < end for s, e in taken):
                continue
            expr = _build(kind, m)
            if expr is None:
                if kind in ("iso", "numeric", "dmy", "mdy"):
                    taken.append((start, end))  # "31 February 2023" is no date, nor is its "February 2023"
                continue
            found.append(expr)
            taken.append((start, end))
    found.sort(key=lambda e: e.start)
    # "We met today, Monday 7 June 2021": a relative day the full date after it spells out is that date
    return [e for e, nxt in zip(found, found[1:] + [None])
            if not (e.kind == "relday" and nxt is not None and nxt.kind == "full"
                    and re.fullmatch(r"\s*,?\s*", text[e.end:nxt.start]))]


def _build(kind: str, m: re.Match[str]) -> DateExpr | None:
    g = m.groupdict()
    text = m.group(0)
    start, end = m.span()
    if kind in ("iso", "numeric", "dmy", "mdy"):
        year = int(g["year"])
        if kind in ("iso", "numeric"):
            a, b = int(g["dnum"]), int(g["mnum"])
            day, month = (a, b)
            if kind == "numeric" and b > 12 and a <= 12:
                day, month = b, a  # 04/20/2024 written US-style
        else:
            month, day = month_number(g["month"]), _first_day(m)
        if not _valid_year(year) or not 1 <= month <= 12 or not _valid_day(year, month, day):
            return None
        return DateExpr(start, end, "full", year, month, day, text=text)
    if kind == "month_year":
        year = int(g["year"])
        if not _valid_year(year):
            return None
        return DateExpr(start, end, "month_year", year, MONTHS[g["month"].lower()], text=text)
    if kind == "dm" or kind == "md":
        month, day = MONTHS[g["month"].lower()], _first_day(m)
        if g["month"].lower() == "may" and kind == "md" and not text[0].isupper():
            return None  # "may 12" in lower case is a verb, not a month
        if not 1 <= day <= 31 or not _valid_day(2000, month, day):  # 2000 is a leap year: allows Feb 29
            return None
        return DateExpr(start, end, "month_day", None, month, day, text=text)
    if kind in ("last_month", "in_month"):
        month_word = g["month2"]
        if month_word.lower() == "may" and not month_word[0].isupper():
            return None
        if month_word.lower() in ("mar", "jun", "jan", "sat", "sun") and not month_word[0].isupper():
            return None
        rel = (g.get("rel") or "in").lower()
        return DateExpr(start, end, "month", None, MONTHS[month_word.lower()], rel=rel, text=text)
    if kind == "year":
        year = int(g["year"])
        if not _valid_year(year):
            return None
        return DateExpr(start, end, "year", year, rel=g["prep"].lower().rstrip("-"), text=text)
    if kind == "numeric_dm":
        day, month = int(g["ndnum"]), int(g["nmnum"])
        if month > 12 and day <= 12:
            day, month = month, day  # "on 10/25": month first, whatever the page
        if not 1 <= month <= 12 or not 1 <= day <= 31 or not _valid_day(2000, month, day):
            return None
        first = m.start("ndnum")
        return DateExpr(first, end, "month_day", None, month, day, text=m.string[first:end])
    if kind == "dom":
        return DateExpr(start, end, "dom", day=int(g["dom"]), rel="this month" if "this month" in text.lower() else "on", text=text)
    if kind == "anaphoric":
        phrase = g["anaphoric"].lower()
        # "two days before", "four days after the Tuesday meeting": so many days from the day counted from
        count = count_of(phrase.split()[0]) if phrase.split()[1:2] == ["days"] else 0
        offset = -count if ("earlier" in phrase or "before" in phrase) else count
        said = set(phrase.split())  # (words: "the same afternoon" holds "after" but says the same day)
        if not offset and not phrase.startswith(("hours", "minutes")) and " in the " not in phrase and "that" not in said:
            if said & {"earlier", "before", "previous", "preceding"}:
                offset = -1
            elif said & {"later", "after", "next", "following"}:
                offset = 1
        if (nth := trip_day(phrase)) is not None:
            offset = nth  # "the second day of his visit": the day after the trip's first (see dating)
        if phrase.startswith("the eve of"):
            offset = -1  # "on the eve of his departure": the day before the day he left (see continuation.departure_day)
        return DateExpr(start, end, "anaphoric", day=offset, rel=phrase, text=text)
    if kind == "weekday":
        rel = "last week" if g.get("lastweek") else (g.get("rel") or "").lower() or None  # "on Monday last week"
        return DateExpr(start, end, "weekday", weekday=WEEKDAYS[g["weekday"].lower()], rel=rel, text=text)
    if kind == "relday":
        return DateExpr(start, end, "relday", rel=g["relday"].lower(), text=text)
    if kind == "relperiod":
        return DateExpr(start, end, "relperiod", rel=g["relperiod"].lower(), text=text)
    return None


# "the third day of his visit": the ordinal counts the trip's days from its first (one pattern for the
# date layer, which reads the count, and for dating, which counts it from the trip's first day)
_NTH_DAY_OF_TRIP = re.compile(r"\bthe (\w+) day of (?:his|her|their|the|a)\b")
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5, "5th": 5}


def trip_day(phrase: str) -> int | None:
    """Which day of a trip an anaphoric phrase names, counted from 0 ("the second day of his visit": 1);
    None for any other phrase."""
    nth = _NTH_DAY_OF_TRIP.search(phrase)
    return _ORDINALS[nth.group(1)] - 1 if nth is not None and nth.group(1) in _ORDINALS else None


def _first_day(m: re.Match[str]) -> int:
    """The day of a date, the first of a span ('28-29 June', 'June 28-29, 2024'): only a span that runs forward."""
    day = int(m.group("day"))
    span = _FIRST_OF_SPAN.search(m.string, max(0, m.start("day") - 12), m.start("day"))
    return int(span.group(1)) if span and 1 <= int(span.group(1)) < day else day


def has_full_date(text: str) -> bool:
    if not _FOUR_DIGITS.search(text):
        return False
    return bool(full_dates(text)) or bool(_SHORT_HEADER.search(text))


def full_dates(text: str) -> list[DateExpr]:
    if not _FOUR_DIGITS.search(text):
        return []
    return list(_full_dates(text))


@lru_cache(maxsize=16)
def _full_dates(text: str) -> tuple[DateExpr, ...]:
    """Cached: a page's article is read for its full dates by several date rules (the page year,
    the dateline's year, background days), a line by the line classes and then the dateline
    rules; over a whole article the four patterns cost about a millisecond."""
    return tuple(e for e in find_dates(text, patterns_used=len(_FULL_KINDS)) if e.kind == "full")

