"""The verb that governs an event noun, when it says the noun is no report of its own.

Real reports name a meeting told elsewhere as the object of someone's reaction ("Israel's foreign
ministry condemned Erdogan's meeting with Haniyeh on Sunday", "summoned the ambassador over the
visit", "Asked about the talks, the spokesman said ...") or of a deal's terms ("the framework
envisages a meeting between A and B on March 10"). The clause around such a noun is the
reaction's or the plan's: its day is when the critic spoke or when the meeting is due, its
subject is the critic, never a participant. The noun is then no report; the meeting, if it
happened, is reported by its own sentence. The verbs are knowledge (resources/triggers.json
'reaction_verbs', 'reaction_over_heads', 'terms_verbs'); the structure is the object noun phrase
between the verb and the noun: determiners, a possessor, at most two modifiers, no preposition.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .pattern_keys import key_words
from .resources import load_json, phrase_alternatives
from .span_keys import may_search
from .vocab_matcher import words

# the words a noun phrase may hold before its head: a determiner or a possessor ("Erdogan's", "the
# Turkish president's"), then at most two modifiers that are not prepositions or conjunctions ("the
# welcomed the delegation for talks" keeps its talks: 'for' opens another phrase)
_NOT_MODIFIER = r"(?!(?:for|to|in|on|at|with|of|by|from|and|or|after|before|during|over|about|that|which|who|as)\b)"
NP = _NP = (r"(?:(?:the|a|an|this|that|these|those|his|her|its|their|our|any|such)\s+)?"
       r"(?:(?:[\w\-]+\s+){0,2}?[\w\-]+['\u2019]s?\s+)?"
       r"(?:" + _NOT_MODIFIER + r"[\w\-]+\s+){0,2}"
       r"(?:(?:round|rounds|resumption|start|launch|holding|opening|outcome|results?|significance|importance|timing|purpose)\s+of\s+(?:the\s+)?(?:[\w\-]+\s+)?)?$")
# "told a joint news conference with X": an audience shared with a guest is a meeting with him
_WITH_AFTER = re.compile(r"\S*\s+(?:with|between)\b", re.I)
# "condemned on Sunday the meeting ...": a day or place between the verb and its object
_ADVERBIAL = r"(?:(?:on|late\s+on|early\s+on|in|from)\s+(?:[\w\-]+\s+){1,2}?)?"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    modality = (load_json("triggers.json") or {}).get("modality", {})
    # ("Iran's foreign ministry announced on Sunday the visit of X to Riyadh": the announcement's day, a visit ahead or told elsewhere)
    reaction = phrase_alternatives(modality.get("reaction_verbs", ["condemned"]) + modality.get("announcement_verbs", []))
    evaluation = phrase_alternatives(modality.get("reaction_verbs", ["condemned"]))
    heads = phrase_alternatives(modality.get("reaction_over_heads", ["summoned"]))
    briefing = phrase_alternatives(modality.get("briefing_verbs", ["briefed"]))
    terms = phrase_alternatives(modality.get("terms_verbs", ["envisages"]))
    # "Egypt called on Monday for a meeting between A and B": an appeal, its day between the verb and 'for'
    call_for = phrase_alternatives(modality.get("call_for_verbs", ["called"]))
    plan = phrase_alternatives(modality.get("plan_nouns", ["preparations"]))
    # ("X told a gathering of clerics on Saturday", "addressed the conference's opening session": the noun is an audience)
    audience = phrase_alternatives(modality.get("audience_verbs", ["told"]))
    return (re.compile(r"\b(?:" + reaction + r")\s+" + _ADVERBIAL + _NP, re.I),
            re.compile(r"\b(?:" + audience + r")\s+" + _ADVERBIAL + _NP, re.I),
            # "summoned the ambassador over the visit", "Israel's anger at X's trip" ('at' only after a feeling:
            # "faced criticism at the meeting" is at a meeting that happened); "briefed Y on Monday on his talks
            # with Z", "informed Y of the results of the talks": the briefing's day, Y was not at the talks
            re.compile(r"\b(?:" + heads + r")\b[^.;:!?]{0,70}?\b(?:over|against)\s+" + _NP
                       + r"|\b(?:anger|outrage|fury|dismay|indignation)\s+(?:at|over)\s+" + _NP
                       # "recalled its ambassador in protest of the visit by X": a protest's object, told elsewhere
                       + r"|\bin\s+protest\s+(?:of|at|over|against)\s+" + _NP
                       + r"|\b(?:" + briefing + r")\b[^.;:!?,]{0,60}?\b(?:on|about|of)\s+" + _NP
                       # "condemned Uganda for hosting X, known as Y, and his meeting with Z": the noun joined to the reason
                       + r"|\b(?:" + evaluation + r")\s+[^.;:!?]{1,60}?\bfor\s+[^.;:!?]{0,120}?,?\s+and\s+" + _NP, re.I),
            re.compile(r"\b(?:" + terms + r")\s+" + _ADVERBIAL + _NP
                       + r"|\b(?:" + call_for + r")\s+" + _ADVERBIAL + r"for\s+" + _NP
                       # "Preparations were under way on Monday for a meeting ...", "amid expectations of talks", "efforts to arrange a visit"
                       + r"|\b(?:" + plan + r")\s+(?:(?:is|are|was|were)\s+(?:now\s+|already\s+)?(?:under\s*way|being\s+made|continuing|in\s+progress|growing|mounting)\s+)?"
                       + _ADVERBIAL + r"(?:for|of|to\s+(?:arrange|organise|organize|hold|set\s+up|broker|convene|secure|host)|to)\s+" + _NP, re.I))


def governed(text: str, start: int) -> str | None:
    """Why the event noun at `start` is no report: 'reaction' (the object of an evaluation or a
    question about it), 'audience' (whom a speaker told or addressed) or 'terms' (the object of a
    deal's or proposal's terms, or of a plan named by a noun), else None."""
    window = max(0, start - 200)
    reaction, audience, over, terms = _patterns()
    # (a pattern none of whose cue words the sentence holds is not run: see span_keys)
    seen = words(text)
    k_reaction, k_audience, k_over, k_terms = _keys()
    if (may_search(k_reaction, seen, text, window, start) and reaction.search(text, window, start)) \
            or (may_search(k_over, seen, text, window, start) and over.search(text, window, start)):
        return "reaction"
    if may_search(k_audience, seen, text, window, start) and audience.search(text, window, start) and not _WITH_AFTER.match(text, start):
        return "audience"
    if may_search(k_terms, seen, text, window, start) and terms.search(text, window, start):
        return "terms"
    return None


@lru_cache(maxsize=1)
def _keys() -> tuple:
    """The cue words each of the four patterns needs (vocab_matcher.key_words)."""
    return tuple(key_words(p) for p in _patterns())


@lru_cache(maxsize=1)
def briefed_after() -> re.Pattern[str]:
    """', and later briefed Y on the talks': a briefing after a report, whose object heard of the event and was not at it."""
    briefing = phrase_alternatives((load_json("triggers.json") or {}).get("modality", {}).get("briefing_verbs", ["briefed"]))
    return re.compile(r",?\s+(?:and|before|after)\s+(?:(?:later|then|afterwards|subsequently|also)\s+)?(?:" + briefing + r")\b", re.I)


@lru_cache(maxsize=1)
def other_happening() -> re.Pattern[str]:
    """A verb of another happening ('were freed', 'was announced', 'killed') whose day, told before an event noun, is its own."""
    verbs = phrase_alternatives((load_json("triggers.json") or {}).get("modality", {}).get("other_happening_verbs", ["freed"]))
    return re.compile(r"\b(?:" + verbs + r")\b", re.I)


@lru_cache(maxsize=1)
def _go_between() -> re.Pattern[str]:
    cues = phrase_alternatives((load_json("triggers.json") or {}).get("modality", {}).get("go_between_cues", ["mediated between"]))
    return re.compile(r",\s+(?:who|which)\s+(?:[\w\-]+\s+){0,3}?(?:" + cues + r")\b[^,;]*,", re.I)


def go_between(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """'X, who has mediated between A and B for years, travelled to Y' (between start and end, the report's
    verb): the spans of closed relative clauses that tell whom X deals with; who they name is no side of X's."""
    return [m.span() for m in _go_between().finditer(text, start, end)]
