"""Noun and attachment reports: "during their meeting with X", "the talks opened on Sunday",
"the delegation included A and B". A noun refers to an event (created only with its own date or
when nothing else does); an attachment adds participants to the event under discussion."""
from __future__ import annotations

import re

from .candidate import ATTACH, NOUN, Candidate
from .date_scope import gathering_opened_day
from .clause_parts import clause_date, clause_groups, clause_people, with_groups
from .clause_places import clause_places
from .clauses import Masked, topic_cut
from .dates import DateExpr
from .entities import Ent
from .gazetteer import CITY, PERSON
from .governing_verbs import other_happening
from .sentences import Sentence
from .trigger_words import patterns, speech, words_before

_FRONTED_TRIP = re.compile(r"^\s*(?:before|after|ahead\s+of|following|prior\s+to)\s+(?:his|her|their|its|the)\s+(?:[\w\-]+\s+)?$", re.I)
_FRONTED_MEETING = re.compile(r"^\s*(?:speaking\s+)?(?:in|during|at)\s+(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+){0,2}$", re.I)
_HELD = re.compile(r"\s*(?:,\s*(?:which|that)\s+)?(?:took place|was held|were held|happened|was convened)\b", re.I)  # "The meeting ... took place in Cairo"
# "Talks between A and B began in Istanbul on Monday": the town the talks opened in is theirs, as for "took place in"
_OPENED_IN = re.compile(r"\s*(?:(?:has|have|had)\s+)?(?:formally\s+|officially\s+)?(?:began|begun|begins|opened|opens|started|starts|resumed|resumes|"
                        r"got\s+under\s*way|kicked\s+off)\s+(?:on\s+\w+\s+|today\s+|yesterday\s+)?(?:in|at)\b", re.I)
_HELD_BETWEEN = re.compile(r"\s*(?:was|were)\s+(?:held|convened)\b[^.;]{0,60}?(?:\bbetween\b"
                           # "talks were held in Moscow with the Taliban", "..., in which representatives of X took part"
                           r"|\bwith(?:\s+the\s+participation\s+of)?(?=\s+(?:the\s+|a\s+|an\s+)?(?:[\w\-]+\s+){0,3}?(?-i:[A-Z]))|,\s*in\s+which\b(?=[^.;]{3,160}?\b(?:took|take|takes)\s+part\b))", re.I)
_SPOKE_WITH = re.compile(r"\b(?:also\s+)?(?:spoke|talked|conferred)\s+(?:with|to)\b", re.I)
CONTACTS = re.compile(r"\b(?:who|which|that)\s+(?:have|has|had)\s+(?:long\s+)?been\s+in\s+(?:contact|touch)\s+with\b", re.I)
_HAD_SPENT = re.compile(r"\bhad\s+(?:already\s+|also\s+|previously\s+)?(?:spent|been|held|attended|joined)\b(?![^,;]*\b(?:when|before|after)\b)", re.I)
# "issued a statement about the latest visit": the day before the verb is the statement's, as for "pointed to"
_REPORTED_NOUN = re.compile(
    r"\b(?:pointed to|referred to|cited|mentioned|confirmed|recalled|revealed|disclosed|highlighted|"
    r"(?:issued|released|published|made|gave)\s+(?:an?\s+)?(?:official\s+|joint\s+|written\s+|brief\s+)?"
    r"(?:statement|readout|communiqu[e\u00e9]|comments?|remarks|briefing)\s+(?:about|on|regarding|concerning))\s+"
    r"(?P<det>a|an|the|[A-Z][a-z]+day[\u2019']s|last\s+\w+[\u2019']s)\s+(?:[\w\-]+\s+){0,2}$", re.I)

_NOUN_PHRASE_STOP = re.compile(
    # ('during a visit to Moscow "the need to pressure" X and Y': a quoted clause after the noun is
    # what the sentence's verb said, its objects are no side of the visit)
    r",\s+(?:the|which|who|where|when|as|but|a|an)\b|;|,?\s+and\s+(?=(?:(?:a|an|the|their|his|her|its)\s+)?(?:[\w\-]+\s+){0,2}?(?:talks|meetings?|visits?|trips?|negotiations|consultations)\s+(?:between|with|by|to|in)\b)|(?<![.\s][A-Z])\.\s|\s\(|\s[\"\u201c](?=[a-z])|\b(?-i:coincides?|comes?|came|was|were|is|are|took|lasted|ended|"
    # (lower-case only: "Said" in "Haitham bin Tariq Al Said" or "Said Jalili" is a name, not the verb)
    r"began|focused|followed|follows|occurred|builds|built|marked|marks|has|had|will|would|said|says)\b"
    r"|\b(?:discussed|addressed|covered|tackled)\b(?!\s+by\b)"  # "the meeting with X discussed Y" (not "addressed by X")
    # ("the second visit of X following the cancellation of talks by Y": that happening's sides are not the visit's)
    r"|,?\s+(?:following|after|amid)\s+(?:the|a|an)\s+(?:[\w\-]+\s+)?(?:cancell?ation|collapse|suspension|breakdown|failure|killing|assassination|death|announcement|decision|election|withdrawal)\s+of\b"
    r"|\bsince\b(?!\s+(?:(?:last|this|early|late|mid)\b|\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December))",
    re.I,
)


# "The visit came days after the accord was signed by A and B on May 2": what the clause after
# "came days after" tells is another happening, its sides and day are not the visit's
_CAME_AFTER = re.compile(r"\b(?:came|comes|followed|follows|took place|happened|occurred|was held|were held)\s+(?:[\w\-]+\s+){0,3}?(?:after|before|since|amid)\b"
                         # "X's visit is taking place as a follow-up to Y's visit to Kabul on October 21": Y's visit, Y's day
                         r"|\b(?:(?:is|was|are|were)\s+taking\s+place|takes\s+place|took\s+place|comes?|came)\s+as\s+a\s+follow[\s\-]?up\s+to\b"
                         r"|\b(?:follows|followed)\s+(?=(?:a|an|the)\s+(?:[\w\-]+\s+){0,2}(?:visit|trip|tour|meeting|talks)\b)", re.I)  # "X's visit follows a visit by Y last week"

_TAKING_PART = re.compile(r"[^.;,]{0,60}?,\s+with\s+[^.;]{3,120}?\s+(?:taking part|participating)(?:\s+alongside\s+[^.;,]{3,80})?", re.I)

_OUTCOME = re.compile(r"\s+(?:that|which)\s+(?:eventually\s+|later\s+|ultimately\s+)?(?:led|paved\s+the\s+way|resulted|yielded|produced|secured|brought\s+about)\b")
_OTHER_HAPPENING = re.compile(r"\b(?:announced|unveiled|proposed|launched|declared|killed|assassinated|imposed|signed|reached|struck|brokered)"
                              r"\s+(?:in\s+[A-Z][\w\-]+\s+)?(?:in|on|at|last|earlier|this)\b"
                              # "the talks that led to the release of two hostages on October 23": the release's day
                              r"|\b" + _OUTCOME.pattern[3:])


# "told Y in a phone call", "told his guest during their meeting": the noun after is the occasion of the telling
_TOLD_IN = re.compile(r"\s+(?:also\s+)?(?:told|assured|informed|briefed)\s+[^,;.]{1,90}?\s+(?:in|during|over|on)\s+(?:a|an|the|their|his|her)\s+(?:[\w\-]+\s+){0,2}$", re.I)

# "They were released during the three-week visit of X to Cairo": the visit is the time of another
# happening told before it, an earlier occasion whose day the sentence does not tell
_FRAME_OF_OTHER = re.compile(r"\b(?:were|was|had\s+been|have\s+been)\s+(?:freed|released|expelled|executed|handed\s+over)\s+(?:[\w\-]+\s+){0,3}?during\s+(?:the|a|an|his|her|their|its)\s+(?:[\w\-]+\s+){0,3}$", re.I)


def _subordinate_start(text: str, end: int, b: int) -> int:
    """'The meeting builds on the agreement reached in Beijing on March 10': that clause's day is not the meeting's."""
    sub = _OTHER_HAPPENING.search(text, end, b)
    return sub.start() if sub else b


def _noun_phrase_end(text: str, end: int, limit: int) -> int:
    """Where 'the meeting between X and Y in Dubai on Wednesday' ends: at the next clause or verb."""
    m = _NOUN_PHRASE_STOP.search(text, end, min(limit, end + 220))
    return m.start() if m else min(limit, end + 220)


def noun_report(sentence: Sentence, masked: Masked, ents: list[Ent], start: int, end: int, etype: str, speaker: Ent | None,
          dates: list[DateExpr]) -> Candidate | None:
    text, base = sentence.text, sentence.start
    a, b = masked.content
    came_after = _CAME_AFTER.search(text, end, b)
    if came_after and not text[end:came_after.start()].strip():
        return None  # "The visit followed days after X rejected ...": only when the told visit fell
    b = came_after.start() if came_after else b
    right_end = _noun_phrase_end(text, end, b)
    if _FRONTED_TRIP.match(text[a:start]) and "," in text[end:right_end]:
        right_end = text.index(",", end)  # "Before his visit to Istanbul, X met Y in Qatar": the trip ends at its comma
    cut = topic_cut(text, end, end, right_end)
    people, orgs = clause_people(ents, base, end, cut, masked, text)
    held_between = _HELD_BETWEEN.match(text, right_end, b)
    if held_between:  # "talks were held in Muscat today between the delegation of A, headed by X, and ...": the sides
        cut_between = topic_cut(text, held_between.end(), held_between.end(), b)
        hp, ho = clause_people(ents, base, held_between.end(), cut_between, masked, text)
        people += [p for p in hp if p not in people]
        orgs += [o for o in ho + clause_groups(text, ents, base, held_between.end(), cut_between, masked) if o.name not in {x.name for x in orgs}]
    taking = _TAKING_PART.match(text, right_end, b)
    if taking:  # "the meeting was held in X, with A taking part alongside B and C": they were there
        people += [p for p in clause_people(ents, base, taking.start(), taking.end(), masked, text)[0] if p not in people]
    orgs = with_groups(orgs, clause_groups(text, ents, base, start, cut, masked))
    before = words_before(text, start, 1)
    at_event = bool(re.search(r"\b(?:at|during|in|on the sidelines of)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}$", text[a:start], re.I))
    # ("spokesman X confirmed Sunday's meeting": a day's possessive; a spokesman who confirms it only reports it)
    day_possessive = bool(re.fullmatch(r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|week|month)['\u2019]s", before, re.I))
    # ("X's first visit to Lebanon", "X's two-day trip": the possessor made it)
    possessor = bool(re.search(r"['\u2019]s\s+(?:first|second|third|latest|current|official|surprise|rare|unannounced|ongoing|[\w]+-day)\s+$", text[a:start], re.I))
    if before in ("their", "his", "her", "its") or before.endswith(("'s", "\u2019s")) or at_event or possessor:
        # "during their meeting with X", "X appealed ... at an international conference"
        sp, so = clause_people(ents, base, a, start, masked, text)
        sp = [p for p in sp if not (day_possessive and p.title and re.search(r"\bspokes", p.title, re.I))]
        # "X said Y's visit was unwelcome": who speaks of another's visit was not on it
        # ("X told Y in a phone call that ...": the call or meeting is where X told it, so X was on it)
        sp = [p for p in sp if not (speech().match(text[p.end - base:start]) and any(q.start > p.end for q in sp))
              or _TOLD_IN.match(text, p.end - base, start)]
        people = sp + people
        orgs = so + orgs
    if re.search(r"\b(?:after|before|while|upon|when)\s+$", text[max(0, start - 10):start], re.I) \
            and text[start:end].lower() in ("meeting", "meeting with", "talking with", "talking to"):
        # "X said after meeting Y", "X, speaking after meeting Y": X met Y (the subject may sit in a masked attribution)
        before_people = [e for e in ents if e.kind == PERSON and not e.modifier and e.end - base <= start]
        people = before_people[-1:] + [p for p in people if p not in before_people[-1:]]
    if _FRONTED_MEETING.match(text[a:start]):
        # "In a meeting with the visitors on Sunday, Foreign Minister X underlined ...": X was the other side
        relative = re.match(r"\s*,\s*(?:which|that)\b[^,;]*,", text[end:])  # "In the meeting, which was held on Sunday, X and Y discussed"
        comma = end + relative.end() - 1 if relative else text.find(",", end)  # (the speaker after it may be masked as an attribution)
        after = [e for e in ents if e.kind == PERSON and not e.modifier and comma != -1 and comma < e.start - base <= comma + 60]
        subject = after[:1]
        for e in after[1:]:  # "X and Y discussed ...": both were at the meeting
            if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[subject[-1].end - base:e.start - base]):
                break
            subject.append(e)
        people += [p for p in subject if p not in people]
    attach = patterns()["attach"]
    if attach is not None:
        m = attach.search(text, a, b)
        if m:
            ap, ao = clause_people(ents, base, m.end(), b, masked, text)
            ao += clause_groups(text, ents, base, m.start(), b, masked)
            people += [x for x in ap if x not in people]
            orgs += [x for x in ao if x.name not in {o.name for o in orgs}]
    anaphoric_start = bool(re.match(
        r"^(?:(?:during|at|in|after|before|throughout)\s+)?(?:the|this|that|both|saturday's|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's)\b",
        text[a:start].strip() + " ", re.I)) and start - a < 45
    reported = _REPORTED_NOUN.search(text, a, start)
    # "officials on Thursday pointed to Monday's meeting": the day before the reporting verb is the statement's
    date_from = reported.start("det") if reported else a
    if other_happening().search(text, date_from, start):  # "were freed on Monday as part of a deal reached during a visit by X": Monday is the release's
        date_from = start
    visitors = re.match(r"(?:\s+with)?\s+(?P<a>the\s+(?:visitors|guests|delegation|visiting\s+delegation))\b", text[end:cut])
    cand = Candidate(
        NOUN, etype, sentence, (a + base, b + base), (start + base, end + base), people=people, orgs=orgs,
        anaphor=visitors.group("a").lower() if visitors and not orgs else (
            # "In their previous conversation held on June 17, the two ministers ...": the two named before
            "their" if not people and not orgs and re.search(r"\btheir\s+(?:previous|last|earlier|latest|recent|first|second|third)\s+(?:[\w\-]+\s+)?$", text[a:start], re.I) else None),
        places=(_named_venue(text, ents, base, start) if etype != "visit" else []) or clause_places(text, ents, base, end, cut, masked) or (
            clause_places(text, ents, base, right_end, b, masked) if _HELD.match(text, right_end) or _OPENED_IN.match(text, right_end) else []), date=clause_date(text, date_from, _subordinate_start(text, end, b), start, masked, dates) or (
            gathering_opened_day(text, start, _noun_phrase_end(text, end, masked.content[1]), masked.content[1], dates) if etype != "call" else None), speaker=speaker,
        reported=bool(reported) and bool(re.match(r"\s*(?:in\s+[\w\-]+\s+)?between\b", text[end:cut])),
        told_elsewhere=bool(reported),
        sentence_start_anaphoric=anaphoric_start,
        # ("the talks that led to the release of two hostages on October 23": earlier talks, their day untold)
        past_perfect=bool(_HAD_SPENT.search(text, a, start)) or bool(_OUTCOME.match(text, end)) or _FRAME_OF_OTHER.search(text, a, start) is not None,
        separate=bool(re.search(r"\bseparate\s+$", text[max(a, start - 12):start], re.I)),  # "In a separate meeting, X ..."
        continuation=bool(re.search(r"\b(?:a|the)\s+(?:second|third|fourth|fifth|further|new|fresh|final|another|follow-up)\s+(?:round\s+of\s+)?$|\banother\s+$", text[max(a, start - 30):start], re.I)),
    )
    _speaker_after_meeting(cand, text, base, ents, start, dates)
    return cand


# "X said in a statement Thursday following a meeting in Pretoria with Y that ...": the speaker's own meeting
_SAID_FOLLOWING = re.compile(r"\b(?:said|stated)\b(?P<when>[^.;,\"\u201c]{0,40}?),?\s+(?:following|after)\s+(?:a|an|his|her|their)\s+(?:[\w\-]+\s+){0,2}$", re.I)


def _speaker_after_meeting(cand: Candidate, text: str, base: int, ents: list[Ent], start: int, dates: list[DateExpr]) -> None:
    """'X said on Thursday, following a meeting with Y, that ...': X met Y, just before he spoke (that day)."""
    said = _SAID_FOLLOWING.search(text, max(0, start - 90), start)
    if said is None:
        return
    subject = next((e for e in reversed(ents) if e.kind == PERSON and not e.modifier and e.end - base <= said.start()
                    and re.fullmatch(r"[\s,]*", text[e.end - base:said.start()])), None)
    if subject is None or any(p.name == subject.name for p in cand.people):
        return
    cand.people.insert(0, subject)
    if cand.date is None:
        cand.date = next((d for d in dates if said.start("when") <= d.start and d.end <= said.end("when")
                          and d.kind in ("weekday", "full", "month_day", "dom", "relday")), None)


# "X, who attended the meeting, told reporters": the cue in the relative clause of the one who speaks
WHO_ATTENDED = re.compile(r",\s+who\s+(?:also\s+|had\s+|personally\s+)?$", re.I)
# "..., according to a statement, which said the delegation included A and B": the source reports who came
# ("..., the statement said, adding that the delegation was led by X": the gerund's clause says who came, too)
SOURCE_SAYS = re.compile(r"\b(?:(?:which|that|who)\s+(?:also\s+)?(?:said|says|added|noted)|adding|noting|saying)\s+(?:that\s+)?(?:the|its|his|her|their)\s+(?:[\w\-]+\s+)?$", re.I)
_BUT_NOT = re.compile(r",?\s+(?:but|and|yet)\s+(?:he|she|they|it|(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+)?\s*(?:did\s+not|didn't|was\s+not|were\s+not|had\s+not|has\s+not|never)\b", re.I)


def attach_report(sentence: Sentence, masked: Masked, ents: list[Ent], start: int, end: int,
                  dates: list[DateExpr] | None = None) -> Candidate | None:
    text, base = sentence.text, sentence.start
    a, b = masked.content
    who = WHO_ATTENDED.search(text, 0, start) if start < a else None
    if who is not None:
        # "X, who attended the meeting, told reporters that ...": the speaker himself was there (his words are the content)
        speaker = [e for e in ents if e.kind == PERSON and not e.modifier and e.end - base <= who.start()][-1:]
        return Candidate(ATTACH, "meeting", sentence, (speaker[0].start, end + base), (start + base, end + base), people=speaker) if speaker else None
    if start >= b and SOURCE_SAYS.search(text, b, start):
        # "..., according to a statement, which said the delegation included A and B": the source's own
        # report of who came (its words are masked as the source's): the people named after the cue
        people = [e for e in ents if e.kind == PERSON and not e.modifier and e.start - base >= end]
        return Candidate(ATTACH, "meeting", sentence, (start + base, len(text) + base), (start + base, end + base), people=people) if people else None
    if re.search(r"\b(?:not|never|no longer|neither|nor)\s+(?:[\w\-]+\s+)?$|\bn[\u2019']t\s+$|^\W*neither\b[^.;]*\bnor\b", text[a:start], re.I):
        return None  # "The delegation did not include representatives of X", "Neither X nor Y attended": they were not there
    if _CAME_AFTER.search(text, a, start):
        return None  # "The visit came days after the accord was signed by X": the other happening's signatories
    contacts = CONTACTS.search(text, end, b)
    b = contacts.start() if contacts else b
    refused = _BUT_NOT.search(text, end, b)
    b = refused.start() if refused else b  # "attended the summit but did not hold talks with X": X was not met
    spoke = _SPOKE_WITH.search(text, end, b)
    b = spoke.start() if spoke else b  # "Members of the delegation also spoke with Indian representatives": whom they spoke to
    relative = re.search(r",\s*who\s+(?:[\w\-]+\s+){0,5}?(?:met|received|held|visited|travelled|traveled|spoke)\b", text[end:b])
    b = end + relative.start() if relative else b  # "represented by X, who later met Y": Y is X's other meeting  # "officials who have been in contact with X for weeks": X was not there
    people, orgs = clause_people(ents, base, a, b, masked)
    # "spokesman X confirms the two men talked in the presence of Y": who reports it was not there
    people = [p for p in people if not (p.end - base <= start and speech().match(text[p.end - base:start]))]
    orgs = with_groups(orgs, clause_groups(text, ents, base, a, b, masked))
    if not people and not orgs:
        return None
    cue = text[start:end].lower()
    etype = "visit" if re.search(r"travel|accompan", cue) else "meeting"
    # "also attended Tuesday's meeting": the day in the cue names which of the article's meetings
    day = next((d for d in dates or [] if start <= d.start < end and d.kind == "weekday"), None)
    return Candidate(ATTACH, etype, sentence, (a + base, b + base), (start + base, end + base), people=people, orgs=orgs, date=day)


def _named_venue(text: str, ents: list[Ent], base: int, start: int) -> list[Ent]:
    """'In the Beirut meeting on Friday', 'the Doha talks': the town named before the noun is its venue
    ('the Sanaa visit' is where a trip went, said of other meetings before it: no venue of its own)."""
    return [e for e in ents if e.kind == CITY and e.end - base <= start and re.fullmatch(r"\s+", text[e.end - base:start])
            and re.search(r"\b(?:the|a|an|their|his|her|its|this|that|last|first)\s+$", text[max(0, e.start - base - 8):e.start - base], re.I)][-1:]
