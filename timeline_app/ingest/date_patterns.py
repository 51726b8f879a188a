"""The vocabulary and regular expressions of date expressions, and the ways they are cut to a text.

Why apart: what a date looks like in news text (month and weekday names, the numeric, spelled-out
and relative forms) is one job, and the speed devices that run these patterns on only the names
and words a text holds are tied to the pattern texts; finding (dates.py) and resolving
(date_resolution.py) read them.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .vocab_matcher import Alternation, KeyedPatterns, top_level_alternatives

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3, "thu": 3,
    "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}

# the twelve months and seven days written out, capitalised as news prints them: for regexes of clause
# rules that must not take "may" or "sun" for a date (the abbreviations above are for date readers)
FULL_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
FULL_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"

_MONTH_NAMES = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
_WEEKDAY_NAMES = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_WEEKDAY_SHORT = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
_M = r"(?P<month>" + _MONTH_NAMES + r")\.?"
_M2 = _M.replace("?P<month>", "?P<month2>")
# The Levantine (Syriac) names of the Gregorian months, as Syrian, Lebanese and Iraqi sources write them
# in Latin letters: read only in a full date (a day and a four-digit year), where no other word fits.
LEVANTINE_MONTHS = {
    "kanun al-thani": 1, "kanoun al-thani": 1, "kanun ath-thani": 1, "shubat": 2, "shbat": 2, "adhar": 3, "azar": 3,
    "nisan": 4, "naysan": 4, "ayyar": 5, "ayar": 5, "haziran": 6, "hazeeran": 6, "tammuz": 7, "tamuz": 7, "tammouz": 7,
    "ab": 8, "aab": 8, "aylul": 9, "ayloul": 9, "eylul": 9, "tishrin al-awwal": 10, "tishreen al-awwal": 10,
    "tishrin al-thani": 11, "tishreen al-thani": 11, "kanun al-awwal": 12, "kanoun al-awwal": 12,
}
_LEVANTINE_NAMES = "|".join(sorted((name.replace("-", r"[\-\s]?").replace(" ", r"\s+") if name != "ab" else "(?-i:Ab)"
                                    for name in LEVANTINE_MONTHS), key=len, reverse=True))
_M_LEVANTINE = r"(?P<month>" + _MONTH_NAMES + "|" + _LEVANTINE_NAMES + r")\.?"


def month_number(word: str) -> int:
    """The month a name found by the patterns stands for ('Sept.', 'Tishrin al-Thani', 'Tishreen Al Thani')."""
    key = word.lower().rstrip(".")
    if key in MONTHS:
        return MONTHS[key]
    return LEVANTINE_MONTHS[re.sub(r"^(\w+)[\s\-]*al[\s\-]*", r"\1 al-", re.sub(r"\s+", " ", key)).replace("ath-", "al-").replace(" ath-", " al-")]
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
    # ("12 Tammuz 2023", "Tuesday 5 Tishrin al-Awwal 2024": a Levantine month name, only with its year)
    ("dmy", r"(?:\b" + _WD_ANY + r",?\s+)?(?<![\d])" + _D + r",?(?:\s+of)?[\s\-/.]*" + _M_LEVANTINE + r"[\s\-/.,]+" + _Y + r"(?!\d)"),
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
    # "on 10/3": a day and month in numbers without a year, day first as the "numeric" form (a month-first
    # page's are turned day first beforehand, numeric_dates.day_first_text); only after "on", where no
    # score, fraction or ratio ("3/4 of", "24/7") is written
    ("numeric_dm", r"\bon\s+(?P<ndnum>[0-3]?\d)/(?P<nmnum>[0-3]?\d)(?![\d/]|\.\d|\s+of\b)"),
    # ("ten days ago", "a week ago", "a fortnight ago", "48 hours ago", "over the weekend": counted back from the publication day;
    # "at the weekend" and "this weekend" are left out: news uses them for plans as often as for what was done)
    ("relday", r"\b(?P<relday>the day before yesterday|yesterday|today|tonight|last night|this morning|this afternoon|this evening|earlier today|overnight|"
               r"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|[1-9]|[12]\d|30) days? ago|(?:a|one|two|three|[1-3]) weeks? ago|a fortnight ago|(?:24|48|72) hours ago|"
               r"over the weekend|(?:last|this past|past) weekend)\b"),
    ("relperiod", r"\b(?P<relperiod>last week|this week|earlier this week|earlier in the week|last month|this month|earlier this month|last year|this year|earlier this year)\b"),
    ("anaphoric", r"\b(?P<anaphoric>(?:a|one) day (?:earlier|before|later|after)|(?:two|three|four|five|six|seven|[2-7]) days (?:earlier|before|later|after)|the (?:previous|preceding) (?:day|night|evening|morning|afternoon)|the day before|the (?:next|following) (?:day|morning|afternoon|evening)|the day after|(?:on )?the same (?:day|night|evening|morning|afternoon)|(?:later|earlier) (?:that|in the) (?:day|night|evening|morning|afternoon)|(?:hours|minutes) (?:later|earlier)|hours after (?:his|her|their) arrival|that (?:same )?(?:day|night|evening)|the eve of (?:his|her|their|the) (?:departure|talks|meeting|meetings|negotiations|summit|conference|session|visit|trip)|the (?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th) day of (?:his|her|their|the|a) (?:[\w\-]+ )?(?:visit|tour|trip|stay))\b"),
]
_SHORT_HEADER = re.compile(
    r"\b" + _WD_SHORT + r"[\s,]+" + _D + r"[\s\-/.]*" + _M + r"[\s\-/.,]+" + _Y, re.I
)


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, re.Pattern[str]]]:
    return [(kind, re.compile(pattern, re.I)) for kind, pattern in _PATTERNS]



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

