"""Find date expressions in text and resolve them against an article's publication date.

Rules (extraction stage 6): a full date stands on its own; a weekday is the latest such day on or
before publication; "last May" / "in October" / "September 12" take the latest matching month or
day on or before publication, with the precision the words support. Nothing is ever filled in
from today's date: without a publication date a relative expression stays unresolved. Dates
outside 1900..next year are treated as noise, never as events.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .vocab_matcher import Alternation, KeyedPatterns, top_level_alternatives, words

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3,
    "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}
MIN_YEAR = 1900
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

_MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
_WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WEEKDAY_SHORT = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
_M = r"(?P<month>" + _MONTH_NAMES + r")\.?"
_M2 = _M.replace("?P<month>", "?P<month2>")
_D = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_Y = r"(?P<year>\d{4})"
_WD = r"(?P<weekday>" + _WEEKDAY_NAMES + r")"
_WD_SHORT = r"(?P<weekday>" + _WEEKDAY_SHORT + r")\.?"
_WD_ANY = r"(?:" + _WEEKDAY_NAMES + "|" + _WEEKDAY_SHORT + r")\.?"
# the first day of "28-29 June", "1 to 3 March", read back from where the date's own day starts
_FIRST_OF_SPAN = re.compile(r"(?<![\d])([0-3]?\d)(?:st|nd|rd|th)?(?:[\-\u2013]|\s+(?:to|and)\s+)$")

# The two numeric forms open with their first digit, the check on the character before it coming
# after that digit ("\d(?<![\d\-./]\d)" is "(?<![\d\-./])\d"): re then skips straight to the digits
# of a text instead of trying the pattern at every character (about 4x faster over an article).
_Y_ISO = r"(?P<year>\d(?<![\d\-./]\d)\d{3})"
_PATTERNS: list[tuple[str, str]] = [
    # "2024-02-14", and year first in a site's stamp: "2013-4-13 17:56", "2024.10.09 13:15", "Date: 2024/03/14"
    ("iso", _Y_ISO + r"(?P<isep>[\-./])(?P<mnum>[01]?\d)(?P=isep)(?P<dnum>[0-3]?\d)(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+\-][0-2]\d:?[0-5]\d)?)?(?![\d]|[.\-/]\d)"),
    # "07-04-2024" in a site's stamp: dashes as well, the same separator twice
    # ("\d(?<![\d/.\-]\d)(?:(?<=[0-3])\d)?" is "(?<![\d/.\-])[0-3]?\d", two digits tried first)
    ("numeric", r"(?P<dnum>\d(?<![\d/.\-]\d)(?:(?<=[0-3])\d)?)(?P<sep>[/.\-])(?P<mnum>[01]?\d)(?P=sep)" + _Y + r"(?![\d/]|[.\-]\d)"),  # ("on 8/3/2021." ends a sentence)
    # ("Sunday 20, January 2019": a comma may follow the day)
    # ("28-29 June 2024", "1 to 3 March": a span of days is dated by its first, see _first_day)
    ("dmy", r"(?:\b" + _WD_ANY + r",?\s+)?(?<![\d])" + _D + r",?(?:\s+of)?[\s\-/.]*" + _M + r"[\s\-/.,]+" + _Y + r"(?!\d)"),
    # ("Published March 24,2021": no space after the comma)
    ("mdy", r"(?:\b" + _WD_ANY + r",?\s+)?\b" + _M + r",?\s+" + _D + r"(?:(?:[\-\u2013]|\s+(?:to|and)\s+)[0-3]?\d(?:st|nd|rd|th)?)?(?:,\s*|\s+)" + _Y + r"(?!\d)"),
    ("month_year", r"\b" + _M + r"(?:\s+of)?,?\s+" + _Y + r"(?!\d)"),
    ("dm", r"(?:\b" + _WD_ANY + r",?\s+)?(?<![\d])" + _D + r"(?:\s+of)?[\s\-]+" + _M + r"(?![\s\-/.,]*\d)\b"),
    ("md", r"(?:\b" + _WD_ANY + r",?\s+)?\b" + _M + r"\s+" + _D + r"(?![\d:])\b(?!,?\s*\d{4})"),
    ("last_month", r"\b(?P<rel>last|this|next|early|mid|late|earlier this|later this)[\s\-]+" + _M2 + r"\b(?!\s+\d)"),
    ("in_month", r"\b(?:in|during|since|until|by|throughout|at the (?:end|start|beginning|turn) of|(?:in|by|until|during) the (?:middle|end|first half|second half|(?:first|second|third|fourth|last|final|closing|opening) (?:week|weeks|days|fortnight)) of)\s+(?:early\s+|mid-?\s*|late\s+)?" + _M2 + r"\b(?!\s+\d)"),
    ("year", r"\b(?P<prep>in|since|during|until|by|of|from|early|late|mid-?)(?:\s+|(?<=-))(?:(?:early|late|mid)(?:\s+|-))?" + _Y + r"\b(?![\-/]\d)"),
    ("weekday", r"\b(?:(?P<rel>last|this|next|on|earlier on|late on|early on)\s+)?" + _WD + r"(?:'s|\u2019s)?\b(?P<lastweek>\s+(?:of\s+)?last\s+week\b)?"),
    # "on the 8th", "on the 8th of this month": a day of the publication's month (or of the month before)
    ("dom", r"\bon\s+the\s+(?P<dom>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)(?:\s+of\s+(?:this|the)\s+month)?\b(?!\s+(?:of\b|[A-Za-z]+\s+(?:round|session|anniversary)|round|session|anniversary|century|time|floor|edition|summit|meeting|conference))"),
    ("relday", r"\b(?P<relday>the day before yesterday|yesterday|today|tonight|last night|this morning|this afternoon|this evening|earlier today|overnight|(?:a|one|two|three|four|five|six|[1-6]) days? ago)\b"),
    ("relperiod", r"\b(?P<relperiod>last week|this week|earlier this week|earlier in the week|last month|this month|earlier this month|last year|this year|earlier this year)\b"),
    ("anaphoric", r"\b(?P<anaphoric>(?:a|one) day (?:earlier|before|later|after)|(?:two|2) days (?:earlier|before|later|after)|the (?:previous|preceding) (?:day|night|evening)|the day before|the (?:next|following) (?:day|morning|evening)|the day after|(?:on )?the same (?:day|night|evening|morning|afternoon)|(?:later|earlier) (?:that|in the) (?:day|night|evening|morning)|(?:hours|minutes) (?:later|earlier)|hours after (?:his|her|their) arrival|that (?:same )?(?:day|night|evening)|the eve of (?:his|her|their|the) (?:departure|talks|meeting|meetings|negotiations|summit|conference|session|visit|trip))\b"),
]
_SHORT_HEADER = re.compile(
    r"\b" + _WD_SHORT + r"[\s,]+" + _D + r"[\s\-/.]*" + _M + r"[\s\-/.,]+" + _Y, re.I
)


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, re.compile(pattern, re.I)) for kind, pattern in _PATTERNS]


_NARROW_FROM = 400  # characters


def _names_in(lowered: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The month and weekday names (of the patterns' lists) that occur in a lower-cased text."""
    return tuple(tuple(n for n in names.split("|") if n in lowered) for names in (_MONTH_NAMES, _WEEKDAY_NAMES, _WEEKDAY_SHORT))


@lru_cache(maxsize=2048)
def _narrowed(index: int, names: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    """Pattern `index` with only the month and weekday names the text holds. A name that is not
    in the text (case aside) matches nowhere in it, so leaving it out of its alternation changes
    no match; re then tries a few names at each place instead of forty."""
    source = _PATTERNS[index][1]
    for listed, held in zip((_MONTH_NAMES, _WEEKDAY_NAMES, _WEEKDAY_SHORT), names):
        source = source.replace(listed, "|".join(held) or "(?!x)x")
    return _compiled()[index][1] if source == _PATTERNS[index][1] else re.compile(source, re.I)


@lru_cache(maxsize=1)
def _keyed() -> KeyedPatterns:
    """The patterns with the words their matches need (a month name and a digit, a weekday...)."""
    return KeyedPatterns([pattern for _, pattern in _compiled()])


@lru_cache(maxsize=1)
def _anaphoric() -> Alternation:
    """The anaphoric phrases ("the day before", "hours later") as an alternation cut to the phrases
    whose words a text holds: keyed by some thirty common words (day, after, talks ...), the whole
    pattern ran on one sentence in nine, trying its fifteen phrases at every word."""
    source, head, tail = dict(_PATTERNS)["anaphoric"], r"\b(?P<anaphoric>", r")\b"
    assert source.startswith(head) and source.endswith(tail)
    return Alternation(top_level_alternatives(source[len(head):-len(tail)]), re.I, group="anaphoric")


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

    @property
    def key(self) -> str:
        """Comparable form of the expression itself (two unresolved "Sunday"s are the same)."""
        return f"{self.kind}:{self.year}:{self.month}:{self.day}:{self.weekday}:{self.rel}"


@dataclass(frozen=True)
class ResolvedDate:
    value: str  # 2021-02-04 | 2021-02 | 2021
    precision: str  # day | month | year
    basis: str  # explicit | relative


def _valid_year(year: int | None, today: date | None = None) -> bool:
    today = today or date.today()
    return year is not None and MIN_YEAR <= year <= today.year + 1


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


# the patterns that make full dates come first, and a pattern only gives way to earlier ones: the
# full dates of a text are found by these alone (the page-year vote reads whole articles)
_FULL_KINDS = ("iso", "numeric", "dmy", "mdy")
assert tuple(kind for kind, _ in _PATTERNS[:len(_FULL_KINDS)]) == _FULL_KINDS
# each of them (and the short header) spells out a four-digit year: a text without four digits
# in a row has no full date (most short lines of a page are answered by this one scan)
assert all(_Y in source or _Y_ISO in source for _, source in _PATTERNS[:len(_FULL_KINDS)]) and _Y in _SHORT_HEADER.pattern
_FOUR_DIGITS = re.compile(r"\d{4}")
_OTHER_DIGITS = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_ASCII_DIGITS = {**{0x0660 + i: 0x30 + i for i in range(10)}, **{0x06F0 + i: 0x30 + i for i in range(10)}}


# "3 March 2021", "Wed, March 3rd, 2021": a match of these ends with its year, after a separator,
# and holds at most 24 characters that are not separators (a weekday and a month of nine letters,
# a day with its ending, "of") before it; the separators are [\s\-/.,] (any number of them).
_YEAR_ENDED = ("dmy", "mdy")
_YEAR_AT = re.compile(r"(?<=[\s\-/.,])\d{4}(?!\d)")
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
        k, budget = m.start(), _BEFORE_YEAR
        while k > 0:
            c = text[k - 1]
            if not (c.isspace() or c in "-/.,"):
                if budget == 0:
                    break
                budget -= 1
            k -= 1
        if windows and k <= windows[-1][1]:
            windows[-1] = (windows[-1][0], m.end() + 1)
        else:
            windows.append((k, m.end() + 1))
    return windows


def find_dates(text: str, *, patterns_used: int = len(_PATTERNS)) -> list[DateExpr]:
    """All date expressions in text, longest first where they overlap, in text order
    (`patterns_used`: only the first so many patterns, as `full_dates` needs)."""
    if _OTHER_DIGITS.search(text):  # "٠٥/٠٧/٢٠٢٣": Arabic-Indic and Persian digits, one for one (offsets hold)
        text = text.translate(_ASCII_DIGITS)
    found: list[DateExpr] = []
    taken: list[tuple[int, int]] = []
    patterns = _compiled()
    seen = words(text)
    runnable = _keyed().runnable(seen)  # a pattern runs only on text holding the words it needs
    # a long text (an article for the page-year vote) runs them with only the month and weekday
    # names it holds (all of them when its case folding is odd); on a sentence that costs more than it saves
    names = _names_in(text.lower()) if len(text) > _NARROW_FROM and runnable and seen is not None else None
    windows: list[tuple[int, int]] | None = None
    for i in runnable:
        if i >= patterns_used:
            break
        kind = patterns[i][0]
        if names is not None and kind in _YEAR_ENDED:  # (a long text: only around its years, no pattern to compile)
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
            month, day = MONTHS[g["month"].lower()], _first_day(m)
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
    if kind == "dom":
        return DateExpr(start, end, "dom", day=int(g["dom"]), rel="this month" if "this month" in text.lower() else "on", text=text)
    if kind == "anaphoric":
        phrase = g["anaphoric"].lower()
        offset = -2 if phrase.startswith(("two", "2")) and ("earlier" in phrase or "before" in phrase) else 2 if phrase.startswith(("two", "2")) else 0
        if not offset and not phrase.startswith(("hours", "minutes")) and " in the " not in phrase:
            if any(w in phrase for w in ("earlier", "before", "previous", "preceding")) and "that" not in phrase:
                offset = -1
            elif any(w in phrase for w in ("later", "after", "next", "following")) and "that" not in phrase:
                offset = 1
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


def resolve(expr: DateExpr, published: date | None, *, future: bool = False) -> ResolvedDate | None:
    """The calendar date an expression means, or None when it cannot be known (or is absurd)."""
    resolved = _resolve(expr, published, future=future)
    if resolved is None or not _valid_year(int(resolved.value[:4])):
        return None
    return resolved


def _resolve(expr: DateExpr, published: date | None, *, future: bool = False) -> ResolvedDate | None:
    if expr.kind == "full":
        return ResolvedDate(f"{expr.year:04d}-{expr.month:02d}-{expr.day:02d}", "day", "explicit")
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
        if rel.endswith((" days ago", " day ago")):  # "met X two days ago": counted back from the publication day
            count = rel.split()[0]
            offset = -(int(count) if count.isdigit() else _COUNTS[count])
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
