"""The one denial layer: is the report at start..end what a denial in its sentence denies?

A denial verb (resources/triggers.json modality "denial_verbs") governs a report through what it
takes as its object: a hearsay noun and its 'that' clause or 'of' phrase ("denied reports that X
had met Y", "dismissed as baseless a report that ..."), a 'that' clause of its own ("denied on
Tuesday that its leaders had met ..."), a clause without 'that' ("denied its leaders had met"), a
gerund ("denied meeting X", "denies having visited"), or the meeting's noun ("denied any meeting
took place"); or the sentence ends by denying it ("..., a claim Hamas dismissed as fabricated").

Its scope ends where the main clause goes on: "denied reports of a rift and met X on Sunday" and
"denied that there was a rift and met X" deny the rift, not the meeting. Before this module the
same class was read from two vocabularies in two places (a list of "denied reports" phrases in
the modal check, and denial verbs with hearsay nouns in the hedged reports); both now ask here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .resources import load_json, phrase_alternatives

# what a hearsay noun (or hedged_reports' 'speculation') governs up to the report: a 'that' clause, or an 'of' noun phrase that ends
# at a comma and is not followed by the main clause's own verb ('denied reports of a rift and met X')
COMPLEMENT = r"(?:(?P<that>that\b[^.;:]{0,120})|of\b(?![^.;:,]*\band\s+(?:also\s+|then\s+|later\s+)?$)[^.;:,]{0,120})$"
# "denied that there was a rift and met X": a 'that' clause about a state (its own copula) ends at 'and' + the report
_STATE_THEN_AND = re.compile(r"\b(?:was|were|is|are|had\s+been|has\s+been|have\s+been|existed|exists)\b[^.;:]*\band\s+(?:also\s+|then\s+|later\s+|on\s+\w+\s+)?$", re.I)
# "Hamas denied its leaders had met ...": a clause without 'that', its subject then an auxiliary before the report
_BARE_CLAUSE = r"(?:[\w\-\u2019']+\s+){1,5}?(?:had|has|have|was|were|ever|actually)\s+(?:(?:ever|secretly|actually|already|recently)\s+)?$"
_ADVERBIAL = r"(?:(?:on|late|early|last)\s+\w+\s+|(?:\w+ly|also|again|flatly|strongly)\s+)?"


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    modality = (load_json("triggers.json") or {}).get("modality", {})
    denial = phrase_alternatives(modality.get("denial_verbs", ["denied"]))
    # the verbs that deny an occasion itself, not only a report of it ("denied meeting X", "ruled out any meeting")
    deny = phrase_alternatives([w for w in modality.get("denial_verbs", ["denied"]) if w.lower().startswith(("den", "rul"))] or ["denied"])
    hearsay = phrase_alternatives(modality.get("hearsay_nouns", ["reports"]))
    return {
        # "dismissed as baseless a report that", "denied Israeli media reports that": the report is denied
        "hearsay": re.compile(r"\b(?:" + denial + r")\s+" + _ADVERBIAL + r"(?:as\s+(?:[\w\-]+\s+){1,2})?(?:(?:a|an|the|these|those|such|any)\s+)?(?:[\w\-\u2019']+\s+){0,3}?(?:"
                              + hearsay + r")\s+(?:on\s+\w+\s+)?" + COMPLEMENT, re.I),
        # "denied on Tuesday that its leaders had met": the denial's own 'that' clause
        "that": re.compile(r"\b(?:" + denial + r")\s+" + _ADVERBIAL + r"(?P<that>that\b[^.;:]{0,120})$", re.I),
        # "denied its leaders had met", "denied there had been a meeting", "denies ever having visited", "denied meeting X"
        "bare": re.compile(r"\b(?:" + deny + r")\s+" + _ADVERBIAL + r"(?:" + _BARE_CLAUSE + r"|there\s+(?:was|were|had\s+been|has\s+been)\s+(?:[\w\-]+\s+){0,2}$"
                           r"|(?:ever\s+)?(?:having\s+)?(?:ever\s+)?$|(?:any|a|that\s+a|the)\s+(?:[\w\-]+\s+){0,2}?$)", re.I),
        # "..., a claim Hamas dismissed as fabricated", "a report denied by X": the sentence's last word on it
        "after": re.compile(r"[^.;:]{0,200}?,\s+(?:a|an|the)\s+(?:[\w\-]+\s+)?(?:" + hearsay + r")\s+(?:that\s+|which\s+)?(?:(?:[\w\-\u2019\']+\s+){0,4}?(?:"
                            + denial + r")|(?:was\s+|were\s+)?(?:" + denial + r")\s+by)\b", re.I),
    }


@lru_cache(maxsize=1)
def _cues() -> tuple[str, ...]:
    """The first letters of every denial verb: each pattern needs one of the verbs, so a sentence
    holding none of these (most sentences) holds no denial, and substring tests run in C. Taken
    from the vocabulary, so a verb added to resources/triggers.json is never filtered out here."""
    verbs = (load_json("triggers.json") or {}).get("modality", {}).get("denial_verbs", ["denied"])
    return tuple(sorted({v.lower()[:4] for v in verbs}))


@lru_cache(maxsize=64)
def _has_cues(text: str) -> bool:
    low = text.lower()
    return any(c in low for c in _cues())


def _open(m: re.Match[str] | None, window: str) -> bool:
    """A match whose 'that' clause, if any, still holds the report (not cut by 'was ... and met')."""
    if m is None:
        return False
    that = m.groupdict().get("that")
    return not (that and _STATE_THEN_AND.search(window, m.start("that")))


def denied(text: str, start: int, end: int) -> bool:
    """The report at start..end (a verb or a noun) is what a denial in its sentence denies."""
    if not _has_cues(text):
        return False
    pat = _patterns()
    window = text[max(0, start - 160):start]
    if _open(pat["hearsay"].search(window), window) or _open(pat["that"].search(window), window):
        return True
    if pat["bare"].search(window):
        return True
    return bool(pat["after"].match(text, end))
