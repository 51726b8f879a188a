"""'Received' with a thing for its object: no guest, no meeting.

'X received Y' is a meeting when Y is a person or a delegation; wire copy just as often writes
'China's diplomacy received a boost', 'Hamas received a letter from the mediators', 'the minister
received an invitation to visit Cairo', 'Iran received assurances'. Those objects are things,
and the sentence reports no encounter (a call is the exception: 'received a phone call from X'
is a call, and stays with the call triggers). The object nouns are knowledge
(resources/triggers.json 'received_things'); the structure is the object right after the verb:
a determiner or a quantity, at most two modifiers, the noun.
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
