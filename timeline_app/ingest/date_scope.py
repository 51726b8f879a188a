"""Which stretch of a clause a report's day is read from.

The clause the trigger stage hands to `clause_parts.clause_date` is cut only between two
triggers, so a verb that is no trigger ("brokered", "signed", "mediated") shares the clause of the
trigger coordinated with it: "China brokered the deal in March 2023, and hosted a meeting of the
three ministers in Beijing on March 14" is one clause whose nearest date to "hosted" is the
deal's. Coordinated verbs tell different happenings; when the trigger's own coordinate names a
day, that day is the report's, whatever lies nearer in the other coordinate.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from .date_expr import DateExpr, ResolvedDate
from .dates import find_dates, resolve
from .resources import load_json

# ", and hosted", ", but later received": the trigger's coordinate opens after the last one before it
# (no comma between it and the trigger: ", and, on Monday, held" is not read as a coordinate)
_LEFT = re.compile(r",\s+(?:and|but)\s+[^,;()\"\u201c\u201d]*$", re.I)
# ", and signed a deal on Friday": a later coordinate with a verb of its own (a past form) closes the trigger's
_RIGHT = re.compile(r",\s+(?:and|but)\s+(?:(?:also|later|then|subsequently|afterwards|separately)\s+)?(?-i:[a-z]{3,}ed)\b", re.I)


def own_coordinate(text: str, a: int, b: int, anchor: int) -> tuple[int, int]:
    """The part of the clause text[a:b] the trigger at `anchor` stands in, between the coordinating
    ", and" / ", but" before it and the next coordinate with a verb of its own after it
    ((a, b) itself when the clause has no such coordinates)."""
    left = _LEFT.search(text, a, anchor)
    start = left.start() if left is not None else a
    right = _RIGHT.search(text, anchor, b)
    end = right.start() if right is not None else b
    return start, end


# "a week after the strike on Doha on Tuesday", "ahead of the vote on Sunday", "amid the fighting that broke
# out on Monday": a time phrase that sets the report apart from another happening named by a noun; a day
# inside it (no comma or clause between) is that happening's. (A bare "after the prayers on Friday" is
# left alone: a report told after a rite is often of its very day.)
_OTHER_HAPPENING = re.compile(
    r"\b(?:(?:(?:a|one|two|three|four|five|six|several|a\s+few|\d+)\s+(?:days?|weeks?|months?)|hours|a\s+day|a\s+week|a\s+month)\s+(?:after|before|following)"
    r"|ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to|amid)\s+"
    r"(?:the|a|an|its|his|her|their|this|last|(?-i:[A-Z])[\w\-]*['\u2019]s?)\s+[^,;()\"\u201c\u201d]*$", re.I)

# "hosted talks that led to the Doha agreement of February 29, 2020": the day that names a deal is the deal's
_DEAL_OF = re.compile(r"\b(?:agreement|accord|deal|treaty|declaration|pact|memorandum|truce|ceasefire)\s+(?:of|dated|signed\s+(?:on|in))\s+$", re.I)


def in_other_happening(text: str, trigger_end: int, date_start: int) -> bool:
    """Whether a date after the trigger stands in a time phrase setting the report apart from another
    happening named by its noun ('met X in Doha a week after the strike on Y on Tuesday'): that
    happening's day, not the report's."""
    return _OTHER_HAPPENING.search(text, trigger_end, date_start) is not None or _DEAL_OF.search(text, trigger_end, date_start) is not None


@lru_cache(maxsize=1)
def _other_clause() -> tuple[re.Pattern[str], frozenset[str]]:
    cues = load_json("date_cues.json")["other_clause"]
    conj = re.compile(r"\b(?:%s)\s+" % "|".join(map(re.escape, cues["conjunctions"])))
    return conj, frozenset(cues["irregular_past"])


_MODIFIER = re.compile(r"(?:a|an|the|this|that|its|his|her|their|[\w\-]+['\u2019]s)", re.I)
# "after talks held in Doha on Monday", "after a meeting hosted by Qatar": a participle after its noun, not a clause's verb
_PARTICIPLE_AFTER = frozenset({"by", "in", "at", "on", "during", "for"})


def in_other_clause(text: str, trigger_end: int, date_start: int) -> bool:
    """Whether a date after the trigger stands in a time clause with a subject and a verb of its own,
    'arrived in Islamabad on a three-day visit after the group seized power in August' (conjunctions and
    past forms in resources/date_cues.json): the day of that other happening, not the report's. A
    participle after its noun ('after talks held in Doha on Monday') or after an article ('after the
    expanded session') is no such clause."""
    conj, irregular = _other_clause()
    span = text[trigger_end:date_start]
    if re.search(r"[,;()\"\u201c\u201d]", span):
        return False
    for m in conj.finditer(span):
        words = re.findall(r"[\w'\u2019\-]+", span[m.end():])[:7]
        for i in range(1, len(words)):
            verb = words[i]
            if not (verb in irregular or (len(verb) > 4 and verb.endswith("ed") and verb.islower())):
                continue
            if _MODIFIER.fullmatch(words[i - 1]) or (i + 1 < len(words) and words[i + 1].lower() in _PARTICIPLE_AFTER):
                break
            return True
    return False


@lru_cache(maxsize=1)
def _undisclosed() -> re.Pattern[str]:
    cues = load_json("date_cues.json")["undisclosed_day"]
    alt = lambda words: "|".join(map(re.escape, words))  # noqa: E731
    return re.compile(rf"\bwithout (?:{alt(cues['without_verbs'])}) (?:(?:the|a|its|their) (?:{alt(cues['without_objects'])})\b|when\b)|"
                      rf"\b(?:did not|didn't|does not) (?:{alt(cues['did_not_verbs'])}) when\b", re.I)


def undisclosed_day(text: str) -> DateExpr | None:
    """'..., without giving the date of that meeting' (phrases in resources/date_cues.json): a date
    expression of its own kind, some day of the month reported (`DateExpr.undisclosed`), so later
    stages read what it is, not its words."""
    m = _undisclosed().search(text)
    return DateExpr(m.start(), m.end(), "relperiod", rel="this month", text=m.group(0), undisclosed=True) if m else None


@lru_cache(maxsize=1)
def _recently() -> re.Pattern[str]:
    words = load_json("date_cues.json")["undisclosed_day"].get("recent_adverbs", ["recently"])
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\s+(?:[\w\-]+\s+)?$", re.I)


def recent_undated(text: str, trigger: int, after: tuple[int, int] | None = None) -> DateExpr | None:
    """'X and Y recently came to Beijing for talks': the report happened lately, its day untold
    (some day of the month reported, like `undisclosed_day`); not the day it was told. With `after`
    (the trigger's end and its clause's), the adverb may follow the verb's object too ('visited
    Afghanistan recently and met ...')."""
    m = _recently().search(text, max(0, trigger - 30), trigger)
    if m is None and after is not None:
        m = _recently_after().match(text, after[0], after[1])
    return DateExpr(m.start(), m.end(), "relperiod", rel="this month", text=m.group(0), undisclosed=True) if m else None


@lru_cache(maxsize=1)
def _recently_after() -> re.Pattern[str]:
    words = load_json("date_cues.json")["undisclosed_day"].get("recent_adverbs", ["recently"])
    return re.compile(r"[^,;.\"\u201c]{0,40}?\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)


# "TEHRAN (Aug. 14, 2019) - ", "CAIRO, Nov 12 (Reuters) -- ": a place and a day opening the lede, then a dash
_DATELINE_AFTER = re.compile(r"\s*\)?\s*(?:\([^()]{1,40}\)\s*)?(?:-{1,3}|\u2013|\u2014)\s")
_DATELINE_BEFORE = re.compile(r"\W*(?-i:[A-Z])[\w .,'/\-]{1,40}?[,(]\s*", re.I)


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date text[start:end] is the dateline printed at the head of a lede sentence (a
    place, the day, a dash): the day the report was filed, which the lede's own 'on Tuesday' beats."""
    return (start <= 48 and _DATELINE_BEFORE.fullmatch(text, 0, start) is not None and _DATELINE_AFTER.match(text, end) is not None) \
        or (start <= 80 and _STAMP_BEFORE.fullmatch(text, 0, start) is not None and _STAMP_AFTER.match(text, end) is not None)


# "MOSCOW (UrduPoint News / Sputnik - 14th September, 2019) Russian ...": the agencies and the filing day in brackets
_STAMP_BEFORE = re.compile(r"\W*(?-i:[A-Z])[\w .,'\-]{1,40}?\s*\([^()]{2,50}?\s[-\u2013\u2014]\s*", re.I)
_STAMP_AFTER = re.compile(r"\s*\)\s")


_DAY_KINDS = frozenset({"full", "month_day", "dom", "weekday"})
_COUNTED_FROM = re.compile(r"\b(?:before|after|ahead\s+of|following)$", re.I)


def named_anchor(text: str, expr: DateExpr, published: date | None) -> ResolvedDate | None:
    """'The day before Monday's meeting', 'two days after the March 3 talks': a day counted from a day
    the phrase itself names, not from the event the article told last. `text` is the sentence,
    `expr` its anaphoric date."""
    if expr.kind != "anaphoric" or expr.day is None or not _COUNTED_FROM.search(expr.text):
        return None
    window = text[expr.end:expr.end + 40]
    named = next((d for d in find_dates(window) if d.kind in _DAY_KINDS and re.fullmatch(r"\s+(?:the\s+)?", window[:d.start])), None)
    resolved = resolve(named, published, future=False) if named is not None else None
    if resolved is None or resolved.precision != "day":
        return None
    return ResolvedDate((date.fromisoformat(resolved.value) + timedelta(days=expr.day)).isoformat(), "day", "relative")


_LAST_WEEK = re.compile(r"\b(?:last|previous)\s+week\b(?!['\u2019])", re.I)


def weekday_of_last_week(text: str, expr: DateExpr, resolved: ResolvedDate | None, published: date | None, trigger: int) -> ResolvedDate | None:
    """'He had visited Riyadh last week and met officials on Wednesday' (published on a Wednesday or
    later in the week): a weekday of a report told in last week's clause is that week's, not this week's. (Not a 'last week'
    of another clause: 'met X on Monday, as the region braced for a strike last week'.) `trigger` is the
    report's verb in `text`. The resolved date as it is otherwise."""
    if expr.kind != "weekday" or resolved is None or published is None or resolved.precision != "day":
        return resolved
    own = any(not re.search(r"[,;:()]", text[m.end():trigger]) for m in _LAST_WEEK.finditer(text, 0, trigger))
    if not own:
        return resolved
    day = date.fromisoformat(resolved.value)
    if day < published - timedelta(days=published.weekday()):
        return resolved
    return ResolvedDate((day - timedelta(days=7)).isoformat(), "day", resolved.basis)


# the adjectives of an earlier occasion ('the previous round', 'last week's talks'): history, not the report
EARLIER_OCCASION = "previous|last|earlier|prior|past|former|preceding|first"


@lru_cache(maxsize=1)
def _opened_relative() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The gathering nouns (gatherings.json, its nouns only), a relative 'which opened/began (in X)'
    right after a clause, and an earlier occasion's adjective before the noun."""
    forms = [f for g in (load_json("gatherings.json") or {}).get("gatherings", []) if g["head"] not in ("visit", "meeting")
             for f in g["forms"]] + ["meeting", "meetings", "round"]
    noun = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, forms), key=len, reverse=True)) + r")\b[^,;]{0,70}$", re.I)
    opened = re.compile(r",?\s+(?:which|that)\s+(?:first\s+)?(?:opened|began|started|kicked\s+off|got\s+under\s*way|convened|(?:was|were)\s+held|took\s+place|ended|concluded|closed|wrapped\s+up)"
                        r"(?:\s+(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2})?\s+", re.I)
    earlier = re.compile(r"\b(?:" + EARLIER_OCCASION + r")\s+(?:[\w\-]+\s+){0,2}$", re.I)
    return noun, opened, earlier


def gathering_opened_day(text: str, trigger: int, end: int, limit: int, dates: list[DateExpr]) -> DateExpr | None:
    """'took part in a meeting of envoys in Doha, which opened on Sunday': the day a gathering the
    clause names (ending at `end`) opened, told in the relative clause right after it, is the day of
    the report about that gathering (a day only, never a month; never for a previous round)."""
    noun, opened, earlier = _opened_relative()
    gathering = noun.search(text, trigger, end)
    m = opened.match(text, end, limit) if gathering else None
    if m is None or earlier.search(text[max(0, gathering.start() - 40):gathering.start()]):
        return None
    return next((d for d in dates if d.start >= m.end() and re.fullmatch(r"(?:(?:late|early)\s+)?(?:on\s+)?", text[m.end():d.start], re.I)
                 and d.kind in ("full", "month_day", "dom", "weekday")), None)
