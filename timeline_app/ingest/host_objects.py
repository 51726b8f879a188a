"""A host verb whose object is no guest: 'received' a thing, 'hosted' a conference on a topic.

'X received Y' is a meeting when Y is a person or a delegation; wire copy just as often writes
'China's diplomacy received a boost', 'Hamas received a letter from the mediators', 'the minister
received an invitation to visit Cairo', 'Iran received assurances'. Those objects are things,
and the sentence reports no encounter (a call is the exception: 'received a phone call from X'
is a call, and stays with the call triggers). The object nouns are knowledge
(resources/triggers.json 'received_things'); the structure is the object right after the verb:
a determiner or a quantity, at most two modifiers, the noun.

Likewise 'Tashkent hosted a conference on Afghanistan in March at which President X offered to
broker talks between the government and the Taliban': the object is a gathering on a topic, whose
sides the sentence never names (the names after 'at which' are what was said there). A gathering
told with its guests ('between A and B', 'attended by', 'with', 'brought together') stays a report.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .resources import load_json, phrase_alternatives


@lru_cache(maxsize=1)
def _thing_object() -> re.Pattern[str]:
    things = phrase_alternatives((load_json("triggers.json") or {}).get("modality", {}).get("received_things", ["boost"]))
    return re.compile(r"\s+(?:(?:on|late\s+on|early\s+on)\s+\w+\s+)?(?:(?:a|an|the|its|his|her|their|fresh|new|further|strong|written|formal|official|no|some|several|many|\d+)\s+)?"
                      r"(?:(?!(?:delegation|delegations|team|envoy|envoys|minister|ministers|president|leader|leaders|officials?|visitors?|guests?|counterparts?|ambassadors?|head|heads)\b)[\w\-\u2019']+\s+){0,2}?"
                      r"(?:" + things + r")\b", re.I)


# "received a written message from the emir, delivered by his envoy Y": the messenger was received
_MESSENGER = re.compile(r"[^.;]{0,160}?\b(?:(?:delivered|handed(?:\s+over)?|conveyed|carried|brought|presented)\s+(?:to\s+him\s+|to\s+her\s+)?by|from\s+the\s+hands\s+of|during\s+(?:a|the|his|her)\s+(?:meeting|audience)|when\s+(?:he|she)\s+(?:met|received))\b", re.I)


def received_thing(text: str, start: int, end: int) -> bool:
    """'received a boost', 'received a letter from X': the verb's object is a thing, not a guest
    (unless a messenger handed it over: 'received a message from X, delivered by his envoy Y')."""
    if text[start:end].lower() not in ("received", "receives", "receiving"):
        return False
    m = _thing_object().match(text, end)
    return bool(m) and not _MESSENGER.match(text, m.end())


_GATHERING_ON_TOPIC = re.compile(r"\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w\-]+\s+){0,3}?(?:conference|forum|summit|symposium|seminar|congress|gathering)\s+(?:on|about)\s+", re.I)
_GUESTS_TOLD = re.compile(r"\b(?:between|with|attended|bringing\s+together|brought\s+together|gathering|grouping|among\s+them|including)\b", re.I)
_MET_THERE = re.compile(r"\b(?:met|meets|held\s+(?:talks|a\s+meeting|meetings)|received|sat\s+down|talked|spoke)\b", re.I)
_SAID_THERE = re.compile(r"\b(?:at|during|in)\s+which\b|,\s*where\b", re.I)


def hosted_topic_gathering(text: str, start: int, end: int, c1: int) -> bool:
    """'Doha hosted a conference on Afghanistan in February at which X urged the Taliban ...': a
    gathering on a topic whose guests are not told (only what was said there)."""
    if not text[start:end].lower().startswith("host") or not (m := _GATHERING_ON_TOPIC.match(text, end)):
        return False
    said = _SAID_THERE.search(text, m.end(), c1)
    if said and _MET_THERE.search(text, said.end(), _sentence_end(text, said.end())):
        return False  # "hosted a conference on Afghanistan at which X met Y": the meeting there is told
    return not _GUESTS_TOLD.search(text, m.end(), said.start() if said else c1)


def _sentence_end(text: str, at: int) -> int:
    """The end of the sentence (the clause may stop at the next trigger, the relative clause goes on)."""
    m = re.compile(r"[.;!?](?:\s|$)").search(text, at)
    return m.start() if m else len(text)
