"""Why a verb that reads like a report is disowned by its own sentence: the report is denied
(`denials`, the one denial layer) or called false ("dismissed as baseless a report that X visited ...", "Reports that X met Y were
false", "..., a claim Hamas dismissed"), only rumoured ("There was speculation that X had received
Y"), told in the present of a timetable ("X heads to Beirut on Friday for talks"), a deal's signing
told as what the news came after ("The talks come a year after A and B signed the deal"), or a
commemoration someone hosted ("hosted a memorial ceremony for X"). The trigger stage asks
`unreal` of each verb; what it disowns makes no event, and neither do the nouns in its span."""
from __future__ import annotations

import re
from functools import lru_cache

from .denials import COMPLEMENT, denied
from .governing_verbs import go_between, governed
from .passing_visits import compared, last_in_a_year, venue_visit
from .host_objects import hosted_topic_gathering, received_thing
from .not_reports import INVERTED_CONDITION, future_noun, hypothetical, modal_ok, tallied
from .date_patterns import FULL_MONTHS, FULL_WEEKDAYS
from .resources import load_json, phrase_alternatives

_WEEKDAY = r"(?:" + FULL_WEEKDAYS + r")"
# "on Friday", "tomorrow", "next week", "later this month": a day still ahead of a present-tense verb
_AHEAD = re.compile(r"\b(?:on\s+" + _WEEKDAY + r"|tomorrow|next\s+(?:week|month|" + _WEEKDAY + r")|later\s+(?:this|in\s+the)\s+(?:week|month)|this\s+(?:coming\s+)?weekend)\b")
# "when X arrives", "after X meets": a present tense that is a time clause, not a timetable
_TIME_CLAUSE = re.compile(r"\b(?:when|whenever|after|before|until|once|as|if|each\s+time|every\s+time)\s+(?:[\w\-\u2019']+\s+){0,5}$", re.I)
# "The talks come a year after ...", "The visit followed ... since ...": what the news came after
_CAME_AFTER = re.compile(r"\b(?:comes?|came|follows?|followed|coming)\s+(?:(?:just|only|barely|nearly|almost|more\s+than|a|an|one|two|three|four|five|six|few|several|days?|weeks?|months?|years?|hours?)\s+){0,4}(?:after|since)\b[^,;:]*$", re.I)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    modality = (load_json("triggers.json") or {}).get("modality", {})
    hearsay = phrase_alternatives(modality.get("hearsay_nouns", ["reports"]))
    falsity = phrase_alternatives(modality.get("falsity_words", ["false"]))
    return {
        # "There was speculation that", "rumours that": a report nobody gives as one
        "rumour_before": re.compile(r"\b(?:" + phrase_alternatives(modality.get("rumour_heads", ["speculation"])) + r")\s+(?:[\w\-]+\s+){0,3}?" + COMPLEMENT, re.I),
        # "has not confirmed that", "would neither confirm nor deny that", "According to unverified reports,": not given as a report
        "unconfirmed_before": re.compile(r"(?:\b(?:not|neither|never|declined\s+to|refused\s+to)\s+(?:[\w\-]+\s+){0,2}?(?:confirm|confirmed|verify|verified)(?:\s+(?:or|nor)\s+(?:deny|denied))?"
                                         r"\s+(?:[\w\-]+\s+){0,2}?(?:that|whether)|\baccording\s+to\s+(?:unverified|unconfirmed|uncorroborated)\s+(?:[\w\-]+\s+)?(?:" + hearsay + r"))\b[^.;:]{0,120}$", re.I),
        # "Reports that X met Y ... were false", "called the story of a meeting ... a lie": the hearsay head and its verdict later in the sentence
        "hearsay_head": re.compile(r"\b(?:" + hearsay + r")\s+(?:[\w\-]+\s+){0,2}?" + COMPLEMENT, re.I),
        "false_after": re.compile(r"[^.;:]{0,160}?\b(?:" + falsity + r")\b", re.I),
        "schedule_verb": re.compile(r"(?:" + phrase_alternatives(modality.get("schedule_verbs", ["heads"])) + r")\b", re.I),
        # "chaired a meeting of security chiefs", "a session of the cabinet": one government's own officials, no diplomatic meeting
        "domestic": re.compile(r"\s+of\s+(?:(?:the|its|his|her)\s+)?(?:(?:country|government|nation)['\u2019]s\s+)?(?:top\s+|senior\s+)?(?:"
                               + phrase_alternatives(modality.get("domestic_bodies", ["security chiefs"])) + r")\b", re.I),
        # "The Taliban's cabinet met in Kandahar", "Hamas's political bureau convened": one side's own body by itself
        "own_body": re.compile(r"(?:[A-Z][\w\-]*(?:['\u2019]s|s['\u2019])\s+|\bthe\s+(?:[\w\-]+\s+){0,2}?)(?:" + phrase_alternatives(modality.get("own_bodies", ["cabinet"]))
                               + r")\s+(?:also\s+|again\s+|then\s+|later\s+)?$", re.I),
        # "The Turkish parliament held a session on Tuesday to debate X's visit": the body's own sitting, held by it alone
        "own_session": re.compile(r"(?:[A-Z][\w\-]*(?:['\u2019]s|s['\u2019])\s+|\bthe\s+(?:[\w\-]+\s+){0,2}?)(?:" + phrase_alternatives(modality.get("own_bodies", ["cabinet"]))
                                  + r")\s+(?:also\s+|again\s+|then\s+|later\s+)?(?:held|holds|holding|convened|convenes|opened|opens|began|begins)\s+"
                                  r"(?:a|an|its|their|the)\s+(?:[\w\-]+\s+){0,2}?$", re.I),
        "commemoration": re.compile(r"\s+(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w\-]+\s+){0,2}?(?:" + phrase_alternatives(modality.get("commemorations", ["memorial"])) + r")\b", re.I),
    }


# the stem of a word one of the hearsay, rumour or non-confirmation patterns needs: most sentences hold none
_CUES = ("report", "claim", "rumo", "alleg", "suggestion", "speculat", "account", "assertion", "stor", "confirm", "verif", "according")


@lru_cache(maxsize=64)
def _has_cues(text: str) -> bool:
    """Asked once per sentence (its verbs and nouns share the answer); substring tests run in C."""
    low = text.lower()
    return any(c in low for c in _CUES)


def disowned(text: str, start: int, end: int) -> bool:
    """The sentence denies the report, calls it false, or gives it only as a rumour."""
    if denied(text, start, end):  # the one denial layer (its own cue words)
        return True
    if not _has_cues(text):
        return False
    pat = _patterns()
    window = text[max(0, start - 160):start]
    if pat["rumour_before"].search(window) or pat["unconfirmed_before"].search(window):
        return True
    return bool(pat["hearsay_head"].search(window) and pat["false_after"].match(text, end))


def timetable(text: str, start: int, end: int, c1: int) -> bool:
    """'X heads to Beirut on Friday for talks', 'Y arrives in Doha tomorrow': the present tense of a
    schedule, a plan told before it happens (never in a time clause: 'when X arrives')."""
    if not _patterns()["schedule_verb"].match(text, start):
        return False
    if _TIME_CLAUSE.search(text, max(0, start - 60), start) or re.search(r"\b(?:who|which|that)\s+$", text[max(0, start - 8):start], re.I):
        return False
    return bool(_AHEAD.search(text, start, min(c1, end + 120)))  # (the verb's own match may hold the day)


def background_signing(text: str, start: int) -> bool:
    """'The talks come a year after A and B signed the Doha agreement', 'The visit followed days after X
    hosted Y': what the news came after is told as its backdrop (undated, in passing), no event of this report
    ('came three days after X travelled to Doha on Wednesday, where he met Y': with a day of its own, it is one)."""
    cue = _CAME_AFTER.search(text, max(0, start - 160), start)
    if cue is None:
        return False
    if text[start:start + 6].lower() == "signed":
        return True
    if re.search(r"\b(?:a|an|one|two|three|four|five|six)\s+(?:days?|weeks?|hours?)\b", cue.group(0), re.I):
        return False  # "This comes a day after X held a meeting with Y": a counted lag dates it
    stop = re.compile(r";").search(text, start)
    return _DAYISH.search(text, cue.start(), stop.start() if stop else len(text)) is None


def commemoration(text: str, start: int, end: int) -> bool:
    """'Hezbollah hosted a memorial ceremony for X', 'held a rally marking the anniversary': a
    commemoration, nobody's meeting."""
    return text[start:start + 4].lower() in ("host", "held", "hold") and bool(_patterns()["commemoration"].match(text, end))


_ALONE_AFTER = re.compile(r"\s*(?:[,.;:]|$|(?:in|on|at|late|early|for|to|behind|again|briefly|today|yesterday|overnight)\b)", re.I)


def own_body(text: str, start: int, end: int, c0: int) -> bool:
    """'The Taliban's cabinet met in Kandahar on Monday': an intransitive meeting verb (no counterpart after it)
    whose subject is one side's own body; no diplomatic meeting."""
    return text[start:end].lower() in ("met", "meets", "convened", "convenes", "gathered") and bool(_ALONE_AFTER.match(text, end)) \
        and bool(_patterns()["own_body"].search(text, max(c0, start - 80), start))


def own_session(text: str, start: int, end: int) -> bool:
    """'The Turkish parliament held a session on Tuesday to debate the visit': a sitting its own body holds, with
    nobody after it ('held a session with X' is a meeting); whoever the rest of the sentence names was not there."""
    return re.fullmatch(r"(?:session|sessions|sitting|meeting|meetings)", text[start:end], re.I) is not None \
        and not re.match(r"\s+(?:(?:[\w\-]+\s+){0,3}?)(?:with|between|among)\b", text[end:end + 60], re.I) \
        and bool(_patterns()["own_session"].search(text, max(0, start - 80), start))


def domestic(text: str, end: int) -> bool:
    """'Hariri chaired a meeting of security chiefs': the meeting (a verb's span or a noun ending at `end`) is of one side's own body."""
    return re.search(r"(?:meeting|meetings|session|sessions)$", text[max(0, end - 10):end], re.I) is not None and bool(_patterns()["domestic"].match(text, end))


# "have visited Moscow twice", "has met him at least five times": a count of occasions since some day, no one event
_COUNTED = re.compile(r"[^.;:]{0,80}?\b(?:twice|thrice|(?:at\s+least\s+|more\s+than\s+)?(?:\d+|three|four|five|six|seven|eight|nine|ten|several|many|a\s+dozen|dozens\s+of|scores\s+of|hundreds\s+of|countless|numerous)\s+times)\b", re.I)


def counted(text: str, start: int, end: int, c1: int) -> bool:
    return bool(re.search(r"\b(?:has|have)\s+(?:(?:also|already|since|now)\s+)?$", text[max(0, start - 20):start], re.I)) and bool(_COUNTED.match(text, end, c1)) \
        and not _DAY.search(text, end, c1)  # ("has met him twice this week, most recently on Tuesday": a report)


# "..., most recently on Tuesday", "the last of them on 3 May": the one occasion a habit or a count names by its day
# (a month or a year only, "most recently in September 2022", leaves the habit a summary)
MOST_RECENT_OCCASION = re.compile(r"\b(?:most\s+recently|(?:the\s+)?(?:latest|last|most\s+recent)\s+(?:one|time|occasion|of\s+(?:which|them|these|those)))\s+(?:being\s+|was\s+|coming\s+)?(?:in\s+[A-Z][\w\-]+\s+)?"
                                  r"(?:on\s+(?:\w+\s+)?(?:" + FULL_WEEKDAYS + r"|\d{1,2}\b|January|February|March|April|May|June|July|August|September|October|November|December)"
                                  r"|yesterday|today|last\s+(?:" + FULL_WEEKDAYS + r"))", re.I)


# a 'since' clause dates a change, not a habit ("the first time since it seized power three years ago");
# it ends at punctuation or at "and" + a new verb phrase ("since 2012 and are received ... regularly")
_SINCE_CLAUSE = re.compile(r"\bsince\s+(?:(?!\band\s+(?:are|is|were|was|have|has)\b)[^,;.])*", re.I)
# "(a deal was) closer than at any point in the past year": a comparison's span of time, no habit
_THAN_ANY = re.compile(r"\bthan\s+(?:at\s+any\s+(?:other\s+)?(?:point|time|stage)|ever(?:\s+before)?)\b[^,;.]*", re.I)
_CLOSED_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;]*,")
# "met X on Monday, as he does every week": the habit of a comparison after the report
_AS_HE_DOES = re.compile(r",\s+as\s+(?:he|she|they|it|we|both|the\s+two)\s+(?:\w+ly\s+)?(?:does|do|did|has|have|had)\b[^.;]*", re.I)


def habit_span(text: str, habitual: re.Pattern[str]) -> tuple[int, int] | None:
    """Where a habit word ('regularly', 'every year') governs: the whole sentence, or only the closed
    relative clause or the trailing 'as he does' comparison it stands in ('Erdogan, who regularly hosts Hamas leaders, received X on
    Saturday' keeps its report). None when the only habit word is inside a 'since' clause."""
    cut = _SINCE_CLAUSE.sub(lambda m: " " * len(m.group(0)), text)  # (blanks keep the offsets and join no words)
    cut = _THAN_ANY.sub(lambda m: " " * len(m.group(0)), cut)
    m = habitual.search(cut)
    if m is None or MOST_RECENT_OCCASION.search(text, m.end()):
        return None  # ("meet regularly in Doha, most recently on Tuesday": the last occasion is a report)
    rel = next((r for r in _CLOSED_RELATIVE.finditer(text) if r.start() < m.start() < r.end()), None) \
        or next((r for r in _AS_HE_DOES.finditer(text) if r.start() < m.start() < r.end()), None)
    return (rel.start(), rel.end()) if rel else (0, len(text))


# "held numerous meetings with both sides throughout the war": a vague count of occasions with no day of its own
_VAGUE_COUNT = re.compile(r"\b(?:many|several|numerous|countless|multiple|dozens\s+of|scores\s+of|a\s+number\s+of|frequent|regular|repeated)\s+(?:[\w\-]+\s+)?"
                          r"(?:meetings|talks|rounds|sessions|visits|calls|conversations|consultations|contacts|discussions)\b", re.I)
_DAY = re.compile(r"\b(?:" + FULL_WEEKDAYS + r"|today|yesterday|tonight)\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
                  r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b")
# "have been holding talks in Cairo since January": a running process, no dated event
_RUNNING_SINCE = re.compile(r"[^.;:]{0,80}?\bsince\s+(?:(?:early|late|mid-?|the\s+start\s+of|the\s+beginning\s+of)\s*)?(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4}|last\s+(?:year|month|summer|spring|autumn|winter)|the\s+(?:war|start|beginning))\b", re.I)


def vague_count(text: str, start: int, end: int, c0: int, c1: int) -> bool:
    count = _VAGUE_COUNT.search(text, start, min(c1, end + 40))
    if count is None or _DAY.search(text, c0, c1):
        return False
    # "The visiting delegation held several meetings with A and B": the meetings of one trip, told in
    # the simple past with whom they were held; a perfect tense or a span of time keeps it a tally
    return not (_TRIP_COUNT.match(count.group(0)) and _WITH_NAME.match(text, count.end())
                and not _PERFECT.search(text, max(c0, start - 12), start) and not _SPAN.search(text, c0, c1))


_TRIP_COUNT = re.compile(r"(?:several|multiple|a\s+number\s+of)\s+(?:[\w\-]+\s+)?meetings\b", re.I)
_WITH_NAME = re.compile(r"\s+with\s+(?:the\s+)?(?-i:[A-Z])")
_PERFECT = re.compile(r"\b(?:has|have|had|having)\s+(?:also\s+)?$", re.I)
_SPAN = re.compile(r"\b(?:over|throughout|during|in)\s+(?:the\s+)?(?:past|last|recent|years|months|weeks|war|conflict|course)\b|\bsince\b|\bfor\s+(?:years|months|weeks)\b", re.I)


# "Iraq hosted five rounds of talks, and Oman hosted others": an object standing for more of a tally, no one event
_OTHERS_OBJECT = re.compile(r"\s+(?:the\s+)?(?:others|rest|several\s+more|more\s+of\s+them|some\s+of\s+them)\s*(?:[,.;]|$)", re.I)


def running_since(text: str, start: int, end: int, c1: int) -> bool:
    return text[start:end].split(" ", 1)[0].lower().endswith("ing") and bool(re.search(r"\b(?:has|have|had)\s+been\s+$", text[max(0, start - 16):start], re.I)) \
        and bool(_RUNNING_SINCE.match(text, end, c1))


# "Thursday marks the fifth anniversary of X's visit to Moscow", "two years since X's meeting with Y": the
# occasion is remembered on that day, it did not happen then
_ANNIVERSARY_OF = re.compile(r"\b(?:anniversary|anniversaries)\s+of\s+(?:[\w\-\u2019']+\s+){0,5}?$"
                             r"|\b(?:years?|months?|decades?)\s+since\s+(?:[\w\-\u2019']+\s+){0,5}?$", re.I)


def unreal_noun(text: str, start: int, end: int, content_start: int, p: dict) -> bool:
    """A noun that names no event that happened: a plan ('the planned visit'), a tally of rounds,
    an occasion whose anniversary is marked, or a meeting the sentence denies or only rumours ('the story of a secret meeting ... was fabricated')."""
    return future_noun(text, start, end, p) or not modal_ok(text, start, content_start, p) or tallied(text, start, p) or disowned(text, start, end) \
        or hypothetical(text, start, content_start, p) or background_signing(text, start) or bool(_JOINED_AHEAD.search(text, max(0, start - 140), start)) \
        or bool(_ANNIVERSARY_OF.search(text, max(0, start - 80), start)) \
        or bool(_ROLE_IN_RELATIVE.search(text, max(0, start - 90), start)) or bool(_INVOLVED_IN.search(text, max(0, start - 40), start)) \
        or bool(_AN_EARLIER.search(text, max(0, start - 30), start)) or (bool(_GOING_ON.match(text, end)) and not _DAY.search(text)) \
        or press_event(text, start, end) or election_forum(text, start, end) or domestic(text, end) or own_session(text, start, end) or governed(text, start) is not None or compared(text, start, end) \
        or any(r0 <= start < r1 for r0, r1 in go_between(text, content_start, len(text)))  # 'X, who brokered talks between A and B, met Y'
    # ("Imagine a meeting between X and Y"; "the anniversary of X's visit"; "A and B were both involved in the talks that led to ...")


# "freed six prisoners in May, during an earlier visit by a Hamas team": an indefinite earlier occasion, the setting of
# another happening told in passing ("their previous conversation held on June 17" is definite and stays a report)
_AN_EARLIER = re.compile(r"\b(?:during|on|in\s+the\s+course\s+of)\s+(?:an\s+earlier|a\s+(?:previous|prior))\s+$", re.I)
# "Ceasefire negotiations mediated by A and B are continuing": a process still going on, no dated event (unless a day is told)
_GOING_ON = re.compile(r"[^.;:!?]{0,100}?\b(?:is|are)\s+(?:still\s+)?(?:continuing|ongoing|under\s*way|going\s+on)\b", re.I)
# "said at his weekly news conference on Monday that ...": the speaker's own press event, no meeting ("a joint press
# conference with X" is left to the clause's meeting adverbial)
_PRESS_BEFORE = re.compile(r"\b(?:news|press|media)\s+$", re.I)
_JOINT_BEFORE = re.compile(r"\bjoint\s+(?:[\w\-]+\s+)?$", re.I)


@lru_cache(maxsize=1)
def _election() -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = phrase_alternatives((load_json("triggers.json") or {}).get("modality", {}).get("election_verbs", ["elected"]))
    return (re.compile(r"\b(?:" + verbs + r")\b[^.;:]{0,90}?\b(?:at|during)\s+(?:the\s+)?(?:[\w.\-]+\s+){0,3}$", re.I),
            re.compile(r"\s+(?:members?\s+|delegates?\s+|participants?\s+)?(?:(?:have|has|had)\s+)?(?:" + verbs + r")\b", re.I))


def election_forum(text: str, start: int, end: int) -> bool:
    """'after his election by the delegates at peace talks in Geneva', 'the forum's members elected X': the
    noun is where a vote was held, an election and no meeting of sides (its day is the vote's)."""
    before, after = _election()
    return bool(before.search(text, max(0, start - 120), start)) or bool(after.match(text, end))


def press_event(text: str, start: int, end: int) -> bool:
    return text[start:start + 10].lower().startswith("conference") and bool(_PRESS_BEFORE.search(text, max(0, start - 8), start)) \
        and not _JOINT_BEFORE.search(text, max(0, start - 24), start) and not re.match(r"\s*(?:with|between)\b", text[end:])


_INVOLVED_IN = re.compile(r"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:both\s+|also\s+|closely\s+|deeply\s+|heavily\s+)?involved\s+in\s+(?:the\s+)?$", re.I)
# "X, who has been at the centre of the negotiations between A and B": what the man is, not an event
_ROLE_IN_RELATIVE = re.compile(r",\s+who\s+(?:has\s+been|have\s+been|had\s+been|is|was|are|were)\s+(?:(?:long|also|closely|deeply|heavily)\s+)?"
                               r"(?:at\s+the\s+(?:centre|center|heart|forefront)\s+of|involved\s+in|a\s+(?:key\s+|main\s+)?(?:player|figure|mediator)\s+in)\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$", re.I)


def unreal(text: str, start: int, end: int, c0: int, c1: int, p: dict) -> str | None:
    """Why the verb at start..end reports nothing that happened: 'plan' (a plan, a condition, a
    timetable, an appeal), 'disowned' (denied or rumoured), 'background', or None when it is a report."""
    if not modal_ok(text, start, c0, p) or hypothetical(text, start, c0, p) or INVERTED_CONDITION.match(text, 0, start) or timetable(text, start, end, c1):
        return "plan"
    if text[start:end].lower().startswith("called on") and re.search(r"\bto\s+[\"\u201c]?[a-z]+", text[end:min(c1 + 16, end + 70)] if re.search(r"\bto\s+$", text[end:c1]) else text[end:min(c1, end + 70)]):
        return "plan"  # "called on Israel to stop", 'called on X in a televised address to "stop ..."': an appeal
    if disowned(text, start, end):
        return "disowned"
    if background_signing(text, start) or commemoration(text, start, end) or domestic(text, end) or own_body(text, start, end, c0) or counted(text, start, end, c1) or _OTHERS_OBJECT.match(text, end) \
            or vague_count(text, start, end, c0, c1) or running_since(text, start, end, c1) or venue_visit(text, start, end) or last_in_a_year(text, start, end) \
            or received_thing(text, start, end) or hosted_topic_gathering(text, start, end, c1) or call_content(text, start, end) \
            or led_to_deal(text, end, c0):
        return "background"
    return None


# "Putin would be joined by X during his meeting with Y": who was to come, not who came (the meeting is told elsewhere)
_JOINED_AHEAD = re.compile(r"\b(?:would|will|could|might|may|is\s+to|was\s+to)\s+be\s+(?:joined|accompanied)\s+by\b[^.;]{0,100}?\b(?:during|at|in|for)\s+(?:his|her|their|its|the)\s+(?:[\w\-]+\s+)?$", re.I)
# "hosted talks that led to the Doha agreement of ...": the process a deal came out of, history told for the deal
_LED_TO = re.compile(r"\s+(?:[\w\-]+\s+){1,4}?(?:that|which)\s+(?:eventually\s+|ultimately\s+|later\s+)?(?:led\s+to|produced|resulted\s+in|culminated\s+in|paved\s+the\s+way\s+for)"
                     r"\s+(?:the|a|an)\s+(?:[\w\-]+\s+){0,3}?(?:agreement|accord|deal|treaty|declaration|pact)\b", re.I)
_DAYISH = re.compile(r"\b(?:" + FULL_WEEKDAYS + "|" + FULL_MONTHS + r"|yesterday|today|tonight|last\s+(?:week|month))\b|\b\d{4}\b")


def led_to_deal(text: str, end: int, c0: int) -> bool:
    """'Qatar hosted US-Taliban talks that led to the Doha agreement of February 29, 2020': with no day
    of its own before the deal is named, the verb recalls how the deal came about, no event of the news."""
    m = _LED_TO.match(text, end)
    return m is not None and _DAYISH.search(text, c0, m.start()) is None


# "received a phone call from X, who offered condolences ... and discussed the latest developments with him"
_CALL_BEFORE = re.compile(r"\b(?:(?:tele)?phone\s+(?:call|conversation)|video\s+call|call\s+(?:from|with)|spoke\s+(?:by|over\s+the|on\s+the)\s+(?:tele)?phone|telephoned|phoned)\b[^.;]*$", re.I)


_WITH_THE_CALLER = re.compile(r"[^.;]{0,160}?\bwith\s+(?:him|her|them|each\s+other|one\s+another)\b", re.I)


def call_content(text: str, start: int, end: int) -> bool:
    """'discussed ... with him' after a call told in the same sentence: what the call was about, no meeting."""
    return text[start:end].lower().startswith("discuss") and bool(_CALL_BEFORE.search(text, 0, start)) \
        and bool(_WITH_THE_CALLER.match(text, end))  # ("later discussed Gaza with B in Doha": a further meeting)


def span_of(text: str, start: int, c1: int) -> tuple[int, int]:
    """The words a set-aside verb governs: to the next comma or semicolon of its clause ('will hold
    talks with X during the two-day visit, which ...'), where a noun belongs to the same plan."""
    m = re.compile(r"[,;]").search(text, start, c1)
    return (start, m.start() if m else c1)
