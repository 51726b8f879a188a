"""Visits a sentence tells only in passing: no diplomatic event of their own.

Wire copy often names a trip that is no event for the timeline: a stop at a venue inside a visit
told elsewhere ("Araghchi also visited a hospital in Beirut where victims of the blasts are being
treated"; the day in such a sentence is often the venue's, not the visit's), a background line
with a bare year ("Abbas last visited Ankara in 2022") and a comparison ("the visit, like
Erdogan's trip to Tehran in 2022, was symbolic"). The words are knowledge (resources/triggers.json
'venue_nouns'); the structure is the object right after the verb, 'last' before it, and
'like'/'unlike' before the noun phrase.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .date_patterns import FULL_WEEKDAYS
from .governing_verbs import NP
from .resources import load_json, phrase_alternatives

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
# "last visited Ankara in 2022", "had last travelled to Cairo back in 2019": a bare year before the clause ends
_LAST_BEFORE = re.compile(r"\blast\s+$", re.I)
_YEAR_ONLY = re.compile(r"[^,;.:!?]{0,70}?\b(?:back\s+)?in\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d\b", re.I)
_MONTH_OR_DAY = re.compile(r"\b" + _MONTH + r"|\b(?:" + FULL_WEEKDAYS + r")\b")
# "like Erdogan's trip to Tehran", "unlike his visit to Cairo", "as with the talks in Doha": an aside that compares
_COMPARED = re.compile(r"(?:^|[,(\u2014\u2013-]\s*)(?:just\s+)?(?:like|unlike|as\s+with|similar\s+to|as\s+was\s+the\s+case\s+with)\s+" + NP, re.I)


@lru_cache(maxsize=1)
def _venue() -> re.Pattern[str]:
    nouns = phrase_alternatives((load_json("triggers.json") or {}).get("modality", {}).get("venue_nouns", ["hospital"]))
    # "visited a hospital", "toured the Al-Aqsa mosque", "visited a refugee camp on the border": the object is a place of no counterpart
    return re.compile(r"\s+(?:(?:a|an|the|one|two|several|some)\s+)?(?:[\w\-\u2019']+\s+){0,2}?(?:" + nouns + r")\b(?!\s+with\b)", re.I)


def venue_visit(text: str, start: int, end: int) -> bool:
    """'visited a hospital in Beirut': a visit verb whose object is a venue, not a country, city or host."""
    return text[start:end].lower().startswith(("visit", "tour")) and bool(_venue().match(text, end))


def last_in_a_year(text: str, start: int, end: int) -> bool:
    """'Abbas last visited Ankara in 2022': the previous trip named by a bare year is background to this one."""
    if not _LAST_BEFORE.search(text, max(0, start - 12), start):
        return False
    m = _YEAR_ONLY.match(text, end)
    return bool(m) and not _MONTH_OR_DAY.search(m.group(0))


# "the visit, like Erdogan's trip to Tehran in 2022, was symbolic": 'the visit' is judged, the aside only compares
_COMPARED_AFTER = re.compile(r",\s+(?:just\s+)?(?:like|unlike|as\s+with|similar\s+to)\s+", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def compared(text: str, start: int, end: int | None = None) -> bool:
    """'like Erdogan's trip to Tehran in 2022': the noun is an aside's point of comparison; 'the visit,
    like ...,' is the event told elsewhere, now judged (the aside lends it neither names nor a year)."""
    if _COMPARED.search(text, max(0, start - 80), start):
        return True
    return end is not None and bool(_THE_BEFORE.search(text, max(0, start - 4), start)) and bool(_COMPARED_AFTER.match(text, end))
