"""Clause level: where one clause of a sentence says the event happened.

Split from `clause_parts` (sides, people and day of a clause) because the venue has its own grammar:
a place is the venue after "in"/"at"/"visited", never where a side's office sits, where a title is
accredited, what the talks were about, or where a journey began or went back to.
"""
from __future__ import annotations

import re

from .clause_parts import within
from .clauses import Masked
from .entities import Ent
from .gazetteer import CITY, COUNTRY, gazetteer

_OTHER_TRIP = re.compile(r"\b(?:before|after|ahead\s+of|following|prior\s+to)\s+(?:his|her|their|its|the)\s+(?:[\w\-]+\s+)?(?:visit|trip|arrival)\s+(?:to|in)\s+$", re.I)
_PREP_PLACE = re.compile(r"\b(?:in|at|to|into|inside|near|outside)\s+(?:the\s+)?(?:[\w\u2019'\-]+\s+){0,4}$", re.I)

_UNKNOWN_TOWN = re.compile(r"\b(?:in|at)\s+(?P<town>[A-Z][a-z\u00e0-\u00ff'\u2019\-]{3,}(?:[\s\-](?:al|el|ad|as|ar)?[\s\-]?[A-Z][a-z\u00e0-\u00ff'\u2019\-]{2,})?)(?=\s*(?:[,.;]|on\b|in\b|at\b|for\b|to\b|near\b|south\b|north\b|east\b|west\b|$))")


def _unknown_towns(text: str, ents: list[Ent], base: int, a: int, b: int) -> list[Ent]:
    """A capitalised word after "in"/"at" that names nothing we know: a town our lists lack."""
    g = gazetteer()
    out = []
    for m in _UNKNOWN_TOWN.finditer(text, a, b):
        s, e = m.start("town") + base, m.end("town") + base
        name = m.group("town")
        if any(x.start < e and s < x.end for x in ents) or any(w.lower() in g.blocked or w.lower() in g.not_places for w in re.split(r"[\s\-]", name) if w):
            continue
        out.append(Ent(s, e, -1, -1, CITY, name, name))
    return out


def clause_places(text: str, ents: list[Ent], base: int, a: int, b: int, masked: Masked) -> list[Ent]:
    found = _known_places(text, ents, base, a, b, masked)
    return found or _unknown_towns(text, ents, base, a, b)


_SEAT_OF = re.compile(r"(?:\b(?i:head|chief|leader|leaders|representative|representatives|ambassador|envoy|office|bureau)\s+of\s+(?:the\s+)?"
                      r"(?:[A-Z][\w\-\u2019']*\s+){1,3}|['\u2019]s\s+(?:head|chief|leader|representative|envoy|ambassador)\s+)in\s+$")


# "a delegation from the Taliban's political office in Doha": where the sender's office sits ("at his office in Doha" is a venue)
_BASED_FROM = re.compile(r"\b(?:from|of)\s+(?:the\s+)?(?:[\w\-\u2019']+\s+){0,3}(?:office|bureau|embassy|mission|headquarters)\s+in\s+$", re.I)


# "the Saudi Ambassador to Yemen, X, held talks": the country a title is accredited to, not the venue
_ACCREDITED_TO = re.compile(r"\b(?:ambassador|ambassadors|envoy|envoys|emissary|representative|consul|charg\u00e9\s+d'affaires)\s+to\s+(?:the\s+)?$", re.I)
# "the Houthi delegation residing in Muscat arrived in Sanaa", "X, who is based in Istanbul, met Y": where a side lives
_RESIDENT_IN = re.compile(r"\b(?:(?:is|are|was|were)\s+)?(?:based|residing|resident|stationed|living|exiled)\s+in\s+$|\b(?:who|which)\s+(?:lives?|resides?)\s+in\s+$", re.I)


# "on a proposed ceasefire in Gaza", "about the war in Sudan": a place inside the topic of the talks
_TOPIC_IN = re.compile(r"\b(?:on|about|over|regarding|concerning|discussed|discussing)\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,3}?(?:ceasefire|cease-fire|truce|war|situation|crisis|conflict|"
                       r"aid|fighting|offensive|developments|reconstruction|hostages?|captives|escalation|attacks?|strikes?|deal|agreement)\s+(?:in|on|for|to)\s+$", re.I)


# "left Kabul for Tehran for talks" names the venue of the journey (see below); only a way back is not one
# "invited X to pay an official visit to Cairo": the trip the invitation proposes, not where it was made
_INVITED_TO = re.compile(r"\binvit(?:ed|es|ing|ation)\b[^.;]{0,90}?\b(?:visit|trip)\s+(?:to\s+)?(?:the\s+)?$", re.I)
_GONE_BACK = re.compile(r"\b(?:back|home|returned|returning)\s+to\s+$", re.I)


def _known_places(text: str, ents: list[Ent], base: int, a: int, b: int, masked: Masked) -> list[Ent]:
    out = []
    for e in ents:
        if e.kind not in (CITY, COUNTRY) or not within(e, base, a, b) or masked.hidden(e.start - base, e.end - base):
            continue
        if e.modifier:
            continue
        if e.kind == COUNTRY and not re.search(r"\b(?:in|to|into|visit(?:ed|ing|s)?|toured)\s+$", text[max(0, e.start - base - 30):e.start - base], re.I):
            continue
        if re.match(r"^[\-\u2010\u2011]\w", text[e.end - base:]):
            continue  # "Moscow-format talks", "Doha-based": an adjective, not the venue
        if re.search(r"\bfrom\s+(?:the\s+)?$", text[max(a, e.start - base - 12):e.start - base], re.I):
            continue  # "flew in from Muscat": where the journey began, not where the event was
        if _GONE_BACK.search(text[max(a, e.start - base - 30):e.start - base]):
            continue  # "concluded its visit ... and flew back to Sanaa": where they went afterwards
        if _SEAT_OF.search(text, max(a, e.start - base - 60), e.start - base) or _BASED_FROM.search(text, max(a, e.start - base - 70), e.start - base) \
                or _RESIDENT_IN.search(text, max(a, e.start - base - 30), e.start - base) or _ACCREDITED_TO.search(text, max(a, e.start - base - 30), e.start - base):
            continue  # "led by the head of Hamas in Gaza", "the Political Bureau of X in Qatar": where an office sits, not where the event was
        if _TOPIC_IN.search(text, max(a, e.start - base - 70), e.start - base):
            continue  # "held talks with X on a proposed ceasefire in Gaza": what was discussed, not where
        if _OTHER_TRIP.search(text, max(a, e.start - base - 45), e.start - base):
            continue  # "Before his visit to Istanbul, X met Y in Qatar": the trip it is dated by, not its venue
        if _INVITED_TO.search(text, max(a, e.start - base - 130), e.start - base):
            continue
        if e.kind == CITY and not (_PREP_PLACE.search(text[a:e.start - base]) or e.surface.lower().startswith("the")
                                   or re.search(r"\b(?:visit(?:ed|ing|s)?|toured|reached)\s+$|\bcapital,?\s+$|\bin\s+[A-Z][\w\-'\u2019 ]{1,25},\s+$"
                                                r"|\b(?:left|leaves|departed|departs)\s+(?:[\w\-]+\s+){1,2}for\s+$", text[a:e.start - base], re.I)):  # "left Kabul for Doha"
            continue
        out.append(e)
    return out
