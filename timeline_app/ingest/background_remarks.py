"""Sentences that talk about meetings without reporting one of this news (issue 9, real reports).

Real reports surround the day's meeting with remarks a reader does not take for new events:
- one more entry of a record, told in the perfect with no day ("Qatari officials have also held talks
  with Israeli officials, a diplomat said"; "A, B and C have all hosted meetings since then");
- a question left open ("..., without specifying when the sides had met"; "it is unclear where they met"):
  the meeting asked about is the one already told, or one nobody dates;
- a remark on the trip just told ("This is the first visit of Afghan officials to Pakistan since ...";
  spelling slips in the ordinal do not matter, the copula and the demonstrative do);
- a process and its start ("Talks between A and B, which began in 2019, have been held in ..."), a body's
  founding ("The X format, created in 2017, brings together ...");
- the stops before this one ("Before coming to Pakistan, the delegation travelled to A, B and C").
The trigger stage asks these of its verbs (`undated_record`, `open_question`, `earlier_legs`,
`discussed_with_pronoun`: "received X, and discussed with him ..." is the meeting just told) and
nouns (`remark_on_trip`, `process_start`, `founding_sentence`). Cue words live in triggers.json
("modality": record_adverbs, open_question_verbs, founding_verbs, process_start_verbs, leg_verbs).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from .date_patterns import FULL_MONTHS, FULL_WEEKDAYS
from .resources import load_json, phrase_alternatives

if TYPE_CHECKING:
    from .candidate import Candidate

_MONTHS = FULL_MONTHS
# any word that dates a clause (a day, a month, a year, a relative day): a record has none
_DATED = re.compile(r"\b(?:" + FULL_WEEKDAYS + r"|today|yesterday|tonight|" + _MONTHS + r"|\d{4})\b"
                    r"|\b(?:this|last|earlier\s+this|earlier\s+in\s+the)\s+(?:week|month|year|weekend)\b", re.I)


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    modality = (load_json("triggers.json") or {}).get("modality", {})
    record = phrase_alternatives(modality.get("record_adverbs", ["also"]))
    asked = phrase_alternatives(modality.get("open_question_verbs", ["specifying"]))
    founded = phrase_alternatives(modality.get("founding_verbs", ["established"]))
    started = phrase_alternatives(modality.get("process_start_verbs", ["began"]))
    legs = phrase_alternatives(modality.get("leg_verbs", ["coming"]))
    return {
        # "have also held", "has already met", "have all hosted": the perfect of one more entry of a record
        "record": re.compile(r"\b(?:has|have)\s+(?:(?:" + record + r")\s+){1,2}$", re.I),
        "record_trigger": re.compile(r"(?:has|have)\s+(?:(?:" + record + r")\s+){1,2}", re.I),  # the trigger's own words: "has already held talks"
        # "without specifying when", "did not say where", "it is unclear whether": an open question, then the verb
        "open_question": re.compile(r"(?:\b(?:without|not|never|declined\s+to|refused\s+to|n['\u2019]t)\s+(?:\w+\s+){0,2}?(?:" + asked + r")"
                                    r"|\b(?:unclear|not\s+clear|not\s+known|unknown|no\s+word\s+on|asked)"
                                    r")\s+(?:exactly\s+)?(?:when|where|whether|if|how\s+long|how\s+often)\b[^.;:!?]*$", re.I),
        # "The Moscow format, created in 2017,", "has been established in 2017": a body's founding
        "founding": re.compile(r"(?:\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+|,\s*(?:(?:which|that)\s+(?:was|were)\s+)?)(?:first\s+|originally\s+|officially\s+)?"
                               r"(?:" + founded + r")\s+(?:in\s+|back\s+in\s+)?(?:(?:early|late|mid-?)\s*)?\d{4}\b", re.I),
        # "Talks ..., which began in 2019,": a process and the year (or month) it started in
        "process_start": re.compile(r"(?:\s+(?:between|with|among|on|over)\s+[^.;,:!?]{1,80}?)?,\s+(?:which|that)\s+(?:first\s+)?(?:" + started + r")\s+(?:in\s+|back\s+in\s+)"
                                    r"(?:(?:early|late|mid-?)\s*)?(?:(?:" + _MONTHS + r")\s+)?\d{4}\b", re.I),
        # "Before coming to Pakistan, the delegation travelled to ...": the legs of a tour before the stop the news is about
        "legs": re.compile(r"\b(?:before|prior\s+to|ahead\s+of)\s+(?:" + legs + r")\s+(?:to|in)\s+[^.;:!?]{1,60},\s*[^.;:!?]*$", re.I),
    }


# "This is the first visit of ...", "It was Haniyeh's second trip to ...", "That marked the fist visit": the copula of a remark
_REMARK = re.compile(r"[\s\"\u201c]*(?:It|This|That)\s+(?:is|was|marks|marked|had\s+been|has\s+been|will\s+be|would\s+be|becomes|became)\s+(?:also\s+)?"
                     r"(?:the|a|an|his|her|their|its|[A-Z][\w\-]*['\u2019]s)\s+(?:[\w\-]+\s+){0,3}$")


def undated_record(cand: Candidate, text: str, start: int, c0: int, c1: int) -> bool:
    """'X have also held talks with Y, a diplomat said' with no day in its clause: one more entry of a record (a
    present perfect with 'also', 'already', 'all'...), no event of this news. ('Haniyeh had also met X': the past
    perfect of the story's own sequence, left to the grouper.)"""
    if cand.date is not None or _DATED.search(text, c0, c1):
        return False
    return bool(_cues()["record"].search(text, max(c0, start - 30), start) or _cues()["record_trigger"].match(text, start))


def open_question(text: str, start: int) -> bool:
    """'..., without specifying when the sides had met': the verb is inside an open question."""
    return bool(_cues()["open_question"].search(text, max(0, start - 120), start))


def earlier_legs(cand: Candidate, text: str, start: int) -> bool:
    """'Before coming to Pakistan, the Taliban delegation travelled to Russia, China and Iran' (no day):
    the stops before the one the news is about, told in passing."""
    return cand.type == "visit" and cand.date is None and bool(_cues()["legs"].search(text, 0, start))


def remark_on_trip(text: str, start: int, content_start: int) -> bool:
    """'This is the first visit of X to Y since ...': a remark on the trip told, no event of its own."""
    return bool(_REMARK.fullmatch(text, content_start, start))


def process_start(text: str, end: int) -> bool:
    """'Talks between A and B, which began in 2019, ...': a process dated by its start, no one meeting."""
    return bool(_cues()["process_start"].match(text, end))


def founding_sentence(text: str) -> bool:
    """'The X format has been established in 2017, based on consultations between ...': a body's history."""
    return bool(_cues()["founding"].search(text))


_WITH_PRONOUN = re.compile(r"discuss\w*\s+with\s+(?:him|her|them)\b", re.I)


def discussed_with_pronoun(text: str, start: int) -> bool:
    """'received X in Amman on Tuesday, and discussed with him the situation in Gaza': the talk of the meeting
    just told in the same sentence (the caller knows one was), no meeting of its own."""
    return bool(_WITH_PRONOUN.match(text, start))
