"""One trigger in its clause -> one Candidate: who reported it, who took part, where and when.

`triggers.candidates` finds the words that report an event; this module reads the clause around
each one (subordinate clauses and fronted "after ..." phrases cut away, purpose clauses, itinerary
stops, relative clauses, object groups such as "the two delegations") and fills the Candidate.
Kept apart from the trigger search so that each stays small enough to read whole.
"""
from __future__ import annotations

import re

from .clauses import Masked, in_relative, topic_cut, where_antecedent
from .clause_parts import SUBORDINATE, clause_date, clause_groups, clause_people, with_groups
from .clause_places import clause_places
from .date_scope import gathering_opened_day, recent_undated, undisclosed_day
from .entities import Ent
from .dates import DateExpr
from .gazetteer import CITY, COUNTRY, PERSON
from .number_words import count_of
from .noun_reports import CONTACTS
from .governing_verbs import briefed_after, go_between
from .trigger_words import honorific_subject, refine_type, object_role, speech
from .sentences import Sentence
from .candidate import VERB, Candidate
from .subjects import AIM as _AIM, passive as _passive, ACCOMPANIED as _ACCOMPANIED, AFTER_RELATIVE as _AFTER_RELATIVE, WHERE_PRONOUN as _WHERE_PRONOUN, ANAPHOR as _ANAPHOR, ITINERARY as _ITINERARY, EARLIER_STOPS as _EARLIER_STOPS, PERSON_ROLE_END as _PERSON_ROLE_END, relative_antecedent as _relative_antecedent, LIST_AFTER_WHO as _LIST_AFTER_WHO

_ALSO_OPENER = re.compile(r"\W*also\s+(?:today|yesterday|on\s+(?:the\s+same\s+day|\w+)|that\s+day|the\s+same\s+day)\s*,", re.I)
_OBJECT_GROUP = re.compile(r"^\s*(?:(?:a|an)\s+(?:joint\s+|direct\s+|first\s+)?(?:meeting|session|round\s+of\s+talks)\s+)?(?:with\s+|between\s+)?(?:the\s+)?(?:(?:heads|leaders|members|chiefs)\s+of\s+)?(?:the\s+|both\s+)?(?:two|three|four|visiting|both)\s+(?:delegations|sides|parties|teams|movements|factions)\b", re.I)
# "received both ministers", "met the two foreign ministers": the people just told, as one group (a meeting with both)
_OBJECT_PAIR = re.compile(r"^\s*(?:with\s+)?(?:the\s+two|both)\s+(?:(?:foreign|defence|defense|prime|top|chief|visiting)\s+)?(?:ministers|leaders|envoys|negotiators|presidents|diplomats)\b", re.I)
_GROUP_SUBJECT = re.compile(r"\b(?:factions|groups|movements|parties|delegations|sides|envoys|representatives|delegates|countries|nations|members|group|quartet|committee|mediators)\b", re.I)
_CLOSED_RELATIVE = re.compile(r",\s+(?:who|which)\s+[^,;]*,\s*(?:also\s+|then\s+|later\s+)?$", re.I)
_OBJECT_PRONOUN = re.compile(r"\b(?:with|received|met|hosted|welcomed)\s+(?P<o>him|her|them)\b", re.I)
_SEPARATE = re.compile(r"\bseparate(?:ly)?\b", re.I)
_FRONTED = re.compile(r"\s*(?:(?:on\s+[\w\s]{3,25},\s*)?(?:(?:just|only|barely|shortly|hours|minutes|days)\s+)?(?:(?:a|an|one|two|three|several|a few)\s+(?:days?|hours?|weeks?|minutes)\s+)?(?:after|before|following|upon)\s+[^,]{1,80},\s*"
                      r"|within\s+(?:(?:a|an|the\s+first|two|three|a\s+few)\s+)?(?:minutes|hours?|days?)\s+of\s+[^,]{1,60},\s*"  # "Within hours of his arrival, he met X"
                      r"|(?:besides|apart from|in addition to)\s+[^;]{1,160}?,\s*(?=(?:the|a|an|he|she|they)\b))", re.I)
# ("X made his comments as A and B met for talks": the speaker spoke while others met; he was not at it)
_SUBORDINATOR = re.compile(r"\b(?:since|because|until|although|though|(?<=,\s)(?:after|before|while|once|(?:just\s+|even\s+)?as|whereas)|(?:(?<=comments\s)|(?<=remarks\s)|(?<=statement\s)|(?<=spoke\s)|(?<=speaking\s))as|(?P<lag>(?:a|one|two|three|four|five|six|several|a few)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before)))\s+(?=(?:a|an|the|[A-Z]))", re.I)
_PLAN_AFTER = re.compile(r"\b(?:and|but)\s+(?:(?:also|then|now)\s+)?(?:plans|planned|intends|hopes|is\s+(?:due|expected|scheduled|set|slated)|are\s+(?:due|expected|scheduled|set|slated)|will|would)\s+(?:to\s+)?\w+", re.I)
_WHERE_AFTER = re.compile(r",\s*where\s+(?:they|he|she|it|we)\s+(?:are|is|was|were|had|have|has)\b", re.I)  # a where-clause with no report of its own
_WHOSE = re.compile(r",\s+whose\b", re.I)
# "met with X, the spokesperson for Y, who are supported by Tehran, in Muscat.": the venue closing the sentence after a relative clause
_TRAILING_VENUE = re.compile(r",\s+(?:who|which)\s+[^,;.]{1,80},\s+in\s+(?P<place>(?-i:[A-Z])[\w\-\u2019']+(?:\s+(?-i:[A-Z])[\w\-\u2019']+)?)\s*[.!?]?\s*$", re.I)
# ", a day after he held talks with Y"; "This comes a day after X held ...", "comes less than 24 hours after X discussed ..."
_LAG_BEFORE = re.compile(r"(?:,|\b(?:comes|came|follows|followed)(?:\s+(?:just|only|barely|less\s+than))?)\s+"
                         r"(?P<n>a|one|the|two|three|four|five|six|[2-6]|24)\s+(?P<u>days?|weeks?|(?<=24 )hours)\s+(?P<dir>after|before)\s+"
                         r"(?:he|she|they|it|(?:the\s+)?(?-i:[A-Z])[\w\-\u2019']+(?:\s+(?-i:[A-Z])[\w\-\u2019']+){0,3})\s+(?:had\s+|also\s+)?$", re.I)
# "..., before the start of the indirect talks with the American delegation", "ahead of talks with X": the
# meeting came first; whom the talks to come are with was not at it
_AHEAD_OF_TALKS = re.compile(r",?\s+(?:shortly\s+|just\s+)?(?:before|ahead\s+of|prior\s+to)\s+(?:the\s+(?:start|opening|beginning|launch)\s+of\s+)?"
                             r"(?:(?:the|a|an|their|his|her|its)\s+)?(?:[\w\-]+\s+){0,2}?(?:talks|round|negotiations|session|dialogue)\s+(?:with|between)\b", re.I)
_BUT_NOT = re.compile(r",?\s+but\s+(?:he|she|they|it|(?:the\s+)?[\w\-]+(?:\s+[\w\-]+)?\s+)?\s*(?:did\s+not|didn't|was\s+not|were\s+not|had\s+not|has\s+not|never)\b", re.I)
# ("arrived in Jeddah to resume peace talks with X", "... to negotiate with X": whom the talks are with stays out)
# ("began a visit to Egypt, where he will meet the US envoy": whom the visitor is still to see came with no one)
_PURPOSE = re.compile(r"\b(?:in order\s+)?to\s+(?:meet|hold|attend|see|confer|resume|continue|negotiate|discuss|join|participate|take\s+part)\b"
                      r"|\bwhere\s+(?:he|she|they)\s+(?:will|would|(?:is|are)\s+(?:due|expected|set|scheduled)\s+to)\s+(?:also\s+)?"
                      r"(?:meet|hold|attend|see|confer|discuss|join|take\s+part)\b", re.I)


def build(kind: str, etype: str, sentence: Sentence, masked: Masked, ents: list[Ent], clause: tuple[int, int], trig: tuple[int, int], speaker: Ent | None,
           dates: list[DateExpr]) -> Candidate | None:
    text, base = sentence.text, sentence.start
    a, b = clause
    colon = text.rfind(": ", a, trig[0])
    if colon != -1 and any(colon < e.start - base < trig[0] and e.kind == PERSON for e in ents):
        a = colon + 2  # "X has engaged with Y: Z visited Kabul in May": what the colon introduces, with its own subject
    conj = None
    for conj in _SUBORDINATOR.finditer(text, a, trig[0]):
        pass
    lagged = False
    if conj is not None and conj.start() > a and any(conj.end() <= e.start - base < trig[0] for e in ents) \
            and "," not in text[conj.end():trig[0]]:  # "X, attending ... since Egypt joined in January, had talks": that clause ended
        a = conj.end()  # "X and Y have been in contact since a Saudi delegation travelled": its own subject
        lagged = conj.group("lag") is not None  # "The calls come two weeks after a delegation visited Moscow": earlier
    b_part = topic_cut(text, trig[1], a, b)
    purpose = _PURPOSE.search(text, trig[1], b_part) if etype == "visit" else None
    if purpose:  # "arrived in Muscat to meet with X": X is whom the visitor came to see, not a visitor
        b_part = purpose.start()
    itinerary = _ITINERARY.search(text, trig[1], b_part)
    if itinerary:  # "for a two-day visit that also takes him to X on Tuesday": X is a stop still ahead
        b_part = itinerary.start()
    other_event = _OTHER_EVENT.search(text, trig[1], b_part)
    if other_event:  # "is visiting Beirut after the army announced a plan on Tuesday": that clause's day and sides
        b_part = other_event.start()
    ahead = _AHEAD_OF_TALKS.search(text, trig[1], b_part)
    if ahead:  # "met the Omani minister before the start of the indirect talks with the American delegation": not met
        b_part = ahead.start()
    if re.match(r"discussed\b", text[trig[0]:trig[1]], re.I) and not text[trig[0]:trig[1]].lower().endswith("with"):
        a_topic = text.lower().find(" with ", trig[1], b_part)  # "discussed the situation in Gaza with X": Gaza is the topic
        topic_span = (trig[1], a_topic) if a_topic != -1 else None
    else:
        topic_span = None
    whose = _WHOSE.search(text, trig[1], b_part)
    if whose:  # "met X, whose country has acted as a go-between for A and B": A and B are what X's country does
        b_part = whose.start()
    where_after = _WHERE_AFTER.search(text, trig[1], b_part)
    if where_after:  # "met X in Doha, where they are accompanying President Y on his tour": why they are there, not who was met
        b_part = where_after.start()
    closing = _RELATIVE_CLOSE.search(text, trig[1], b_part) if re.search(r",\s+who\b", text[masked.content[0]:trig[0]]) else None
    if closing:  # "X, who arrived on Monday and held talks with Y, was accompanied by A": A came on the trip
        b_part = closing.start()
    elif re.search(r",\s+who\b", text[masked.content[0]:trig[0]]) and (main_verb := _MAIN_AFTER_RELATIVE.search(text, trig[1], b_part)):
        b_part = main_verb.start()  # "X, who had met Y in Muscat, was buried in Tehran on the 23rd": the burial's day and place
    contacts = CONTACTS.search(text, trig[1], b_part)
    if contacts:  # "joined by officials who have been in contact with X and Y for weeks": X and Y were not there
        b_part = contacts.start()
    briefed = briefed_after().search(text, trig[1], b_part)
    if briefed:  # "held talks with X on Monday and later briefed Y on them": Y heard of the talks, was not at them
        b_part = briefed.start()
    denied = _BUT_NOT.search(text, trig[1], b_part)
    if denied:  # "held meetings with Egyptian officials, but he did not meet the Hamas delegation": not met
        b_part = denied.start()
    people, orgs = clause_people(ents, base, a, b_part, masked, text)
    escort = _ACCOMPANIED.match(text, b)  # "received X, who was accompanied by his deputy Y": Y came too
    if escort and b_part == b:
        people += [e for e in clause_people(ents, base, escort.end(), masked.content[1], masked, text)[0] if e not in people]
    listed = _LIST_AFTER_WHO.match(text, b) if b_part == b else None
    if listed:  # "met X, who heads ..., and Speaker Y": Y is met too
        people += [e for e in clause_people(ents, base, b, masked.content[1], masked, text)[0] if listed.start("name") <= e.start - base <= listed.end() and e not in people]
    # "Earlier on Friday X, who arrived on Thursday night, held talks with Y": the main clause before
    # the relative clause gives this verb its subject and its day
    closed = _CLOSED_RELATIVE.search(text, masked.content[0], a) if a > masked.content[0] else None
    main = (masked.content[0], closed.start()) if closed else None
    if main is not None:
        main_people, main_orgs = clause_people(ents, base, main[0], main[1], masked, text)
        main_orgs += [o for o in clause_groups(text, ents, base, main[0], main[1], masked) if o not in main_orgs]  # "The Iranian officials, who ..., met X"
        people = main_people + [e for e in people if e not in main_people]
        orgs = main_orgs + [e for e in orgs if e not in main_orgs]
    fronted = _FRONTED.match(text, a, trig[0])
    if fronted:  # "A day after seeing X, the group was received by Y": X is not who was received
        people = [e for e in people if not a <= e.start - base < fronted.end()]
        orgs = [e for e in orgs if not a <= e.start - base < fronted.end()]
    hedged = _HEDGED_MEMBERS.search(text, a, trig[0])
    if hedged:  # "a delegation, most likely including X, arrived": X's presence is a guess
        people = [e for e in people if not hedged.start() <= e.start - base < trig[0]]
    # "spokesman X said Kabulov had travelled to Kabul": who says it is not who travelled
    # ("X said he met Y": X is the subject again, so only when another subject follows the verb)
    people = [e for e in people if not (e.end - base < trig[0] and speech().match(text[e.end - base:trig[0]]) and (any(
        e.end <= q.start and q.end - base <= trig[0] for q in people if q is not e) or _OTHER_SUBJECT.match(
        text, speech().match(text[e.end - base:trig[0]]).end() + e.end - base, trig[0])))]
    orgs = with_groups(orgs, clause_groups(text, ents, base, a, b_part, masked))
    for r0, r1 in go_between(text, a, trig[0]):  # "X, who has mediated between A and B, travelled to Y": A and B did not travel
        people = [e for e in people if not r0 <= e.start - base < r1]
        orgs = [e for e in orgs if not r0 <= e.start - base < r1]
    main_subject = None
    if not text[masked.content[0]:trig[0]].strip() and re.match(r"\w+ing\b", text[trig[0]:trig[1]]):
        # "Speaking with X by telephone on Monday, Y said ...": the fronted participle's subject is the main clause's
        comma = text.find(",", trig[1])
        main_subject = next((e for e in ents if e.kind == PERSON and comma != -1 and comma < e.start - base < comma + 40), None)
        if main_subject is not None and main_subject not in people:
            people.insert(0, main_subject)
    relative = in_relative(text, a, trig[0])
    subject_people = [e for e in people if e.end - base <= trig[0] or e is main_subject]
    subject_orgs = [e for e in orgs if e.end - base <= trig[0]]
    elaborates = bool(re.match(r"\s*(?:when|where|as|during which)\b", text[a:trig[0]], re.I)) or bool(
        re.search(r"\b(?:when|where)\s+(?:[\w\u2019'\-]+\s+){0,8}$", text[a:trig[0]], re.I) and a > masked.content[0])
    where_place = where_antecedent(text, ents, base, a, trig[0])
    # "... the US plan announced in Washington on Tuesday", "which he called ...": a clause of its
    # own after the report; its place and day are that clause's, never the meeting's
    sub = SUBORDINATE.search(text, trig[1], b_part)
    b_when = sub.start() if sub else b_part
    plan = _PLAN_AFTER.search(text, trig[1], b_when)
    if plan:  # "has visited X earlier in the week and plans to visit Y on Friday": the day and town of the plan
        b_when = plan.start()
    places = clause_places(text, ents, base, a, b_when, masked)
    trailing = _TRAILING_VENUE.search(text, trig[1]) if not places and etype != "call" else None
    if trailing:
        places = [e for e in ents if e.kind == CITY and e.start - base == trailing.start("place")]
    aim = _AIM.search(text, trig[1], b_when) if etype != "visit" else None
    if aim:  # "received them on Tuesday to shore up the truce in Gaza": where the aim lies is no venue
        places = [e for e in places if e.start - base < aim.start()]
    if topic_span is not None:
        places = [e for e in places if not topic_span[0] <= e.start - base < topic_span[1]]
    for stops in _EARLIER_STOPS.finditer(text, a, trig[0]):  # "on a tour that had already taken him to A and B"
        places = [e for e in places if not stops.start() <= e.start - base < stops.end()]
        orgs = [e for e in orgs if not stops.start() <= e.start - base < stops.end()]
    if where_place is not None and (not places or not re.match(r"\s*where\b", text[a:], re.I)):  # (a where-clause inside the clause: its town, not the clause's first)
        # another event at the place the where-clause names ("then moved to X, where he was received by Y"),
        # unless it is where the report just told happened ("met X in Tehran, where he attended ...")
        told_there = re.search(r"\b(?:in|at)\s+(?:the\s+)?$", text[max(0, where_place.start - base - 8):where_place.start - base])
        places, elaborates = [where_place], elaborates and bool(told_there)
        if re.search(r"\brespectively\b", text[trig[1]:b + 30], re.I):
            # "took him to A and B, where he met X and Y respectively": each place its meeting (sides.respective_places)
            places = [e for e in ents if e.kind in (CITY, COUNTRY) and re.fullmatch(r"\s*(?:,\s*)?and\s+", text[e.end - base:where_place.start - base])] + places
    date = clause_date(text, a, b_when, trig[0], masked, dates)
    if date is None and (arrival := _ON_ARRIVAL.search(text, trig[1], max(b, masked.content[1]))) and not re.search(r"[,;]", text[trig[1]:arrival.start()]):
        # "met X at the palace shortly after landing on Friday": the landing's day is the meeting's
        end = max(b, masked.content[1])
        stop = _CLAUSE_STOP.search(text, arrival.end(), end)
        date = next((d for d in dates if arrival.end() <= d.start and d.end <= (stop.start() if stop else end) and d.kind in ("weekday", "full", "month_day", "dom", "relday")), None)
    if date is None and main is not None:
        date = clause_date(text, main[0], main[1], trig[0], masked, dates)
    if date is None and speaker is not None and refine_type(etype, text, trig) == "call" and a == masked.content[0]:
        # "On Sunday X said that he had received a call from Y": a call told the day it was received
        told = [d for d in dates if d.end <= a and d.kind in ("weekday", "full", "month_day", "dom", "relday")]
        date = told[-1] if len(told) == 1 else None
    if date is None and b >= masked.content[1] and (re.search(r"\b(?:has|have)\s+(?:\w+\s+)?$", text[a:trig[0]], re.I) or _HAS_SAID_HE.search(text, 0, trig[0])):
        # ("X has said that he met Y, media reported on Wednesday": the saying is as recent, the same bound)
        # "X has held a call with Y, sources said on July 16": done by the day it was told
        told = [d for d in dates if d.start >= masked.content[1] and d.kind in ("weekday", "full", "month_day", "dom", "relday")]
        date = told[0] if len(told) == 1 else None
    if date is None and etype == "visit" and not re.search(r"\b(?:from|via|after|before)\b", text[trig[1]:b]) \
            and not re.search(r"\b(?:after|before|following)\s+$", text[max(0, trig[0] - 12):trig[0]]) \
            and (where := re.match(r",?\s*where\b[^;]*", text[b:masked.content[1]])):
        # "visited Doha, where he met X on Wednesday": the trip's day is the day of what it did there
        date = clause_date(text, b, b + where.end(), b, masked, dates)
        lagged = lagged and date is None
    if date is None and etype != "call":  # "took part in a meeting in Doha, which opened on Sunday": the gathering's day
        date = gathering_opened_day(text, trig[0], b, masked.content[1], dates)
    lag = _LAG_BEFORE.search(text, max(0, trig[0] - 90), trig[0]) if date is None else None
    if lag:  # "met X on Tuesday, a day after he held talks with Y": Y's talks were the day before X's meeting
        days = (1 if lag.group("n").lower() in ("the", "24") else count_of(lag.group("n").lower())) * (7 if lag.group("u").lower().startswith("week") else 1)
        date = DateExpr(lag.start(), lag.end(), "anaphoric", day=-days if lag.group("dir").lower() == "after" else days, rel=lag.group(0).lower(), text=lag.group(0))
    if date is None:  # "..., without giving the date of that meeting": some day of the month reported, not the day
        date = undisclosed_day(text) or recent_undated(text, trig[0], (trig[1], b))
    elif date.rel == "dateline":  # "BEIJING (APP - 25th Nov, 2024) X visited Afghanistan recently": lately, not the filing day
        date = recent_undated(text, trig[0], (trig[1], b)) or date
    if relative:
        main = (masked.content[0], a)
        outer = clause_date(text, main[0], main[1], a, masked, dates)
        if date is None and outer is not None and outer.kind != "anaphoric":  # "X, who arrived earlier in the day,": the arrival's
            date = outer
        places = places or clause_places(text, ents, base, main[0], main[1], masked)
    cand = Candidate(
        VERB, refine_type(etype, text, trig), sentence, (a + base, b + base), (trig[0] + base, trig[1] + base),
        people=people, orgs=orgs, places=places, date=date,
        # "He also met X, according to a statement from X's office": the source met "he", is not "he"
        speaker=speaker if speaker is None or all(e.name != speaker.name for e in people) else None,
        also=bool(re.search(r"\balso\s+(?:[\w\-]+\s+)?$", text[max(0, trig[0] - 25):trig[0]], re.I))  # (a clause split may start after "also")
        or bool(re.match(r"\s*(?:earlier|later)\b(?!\s+(?:this|that)\s+(?:week|month|year))", text[a:trig[0]], re.I))
        or bool(_ALSO_OPENER.match(text, 0, trig[0])),  # "Also today, X discussed ... with a delegation": another meeting of the day
        sequel=bool(re.search(r"\b(?:later|then|afterwards|subsequently)\s+$", text[max(a, trig[0] - 20):trig[0]], re.I)),
        background=bool(re.search(r"\b(?:previously|earlier|last|first|once|had)\s+(?:[\w\-]+\s+)?$", text[max(a, trig[0] - 25):trig[0]], re.I)),
        host_verb=bool(re.match(r"(?:received|receives|hosted|hosts|welcomed)\b|\w+\s+(?:a|the)\s+visiting\b", text[trig[0]:trig[1]], re.I)),  # "told a visiting delegation": at home
        passive=_passive(text, trig[0], trig[1]),
        object_group=bool(_OBJECT_GROUP.match(text[trig[1]:b_part]) or _OBJECT_PAIR.match(text[trig[1]:b_part])),
        object_pair=bool(_OBJECT_PAIR.match(text[trig[1]:b_part])),
        group_subject=bool(_GROUP_SUBJECT.search(text[a:trig[0]]) or _GROUP_OBJECT.match(text[trig[1]:b_part])),
        sideline=bool(re.search(r"\bon the (?:sidelines|margins)\b|\bbilateral\b(?!\s+(?:relations|ties|cooperation|relationship|issues|matters|trade|affairs|interests|agreements?|and\b|,))", text[a:b], re.I)),  # not "bilateral relations"
        past_perfect=lagged and date is None or bool(re.match(r"had\s", text[trig[0]:trig[1]], re.I)) or bool(re.search(r"\bhad\s+(?:(?:also|already|previously|earlier|just|been)\s+)?$", text[max(a, trig[0] - 25):trig[0]], re.I)),
        subject_people=subject_people, subject_orgs=subject_orgs,
        separate=bool(_SEPARATE.search(text[trig[0]:b]) or re.search(r"\bwith\b[^.;]*,?\s+and\s+(?:also\s+|later\s+|then\s+|afterwards\s+|subsequently\s+)?with\b", text[trig[1]:b], re.I)
                      # "met A, and later in Ramallah with B": a second meeting, in a town of its own
                      or re.search(r",?\s+and\s+(?:then|later|afterwards)\s+(?:in\s+(?-i:[A-Z])[\w\-]+\s+)?(?:with\s+)?(?:the\s+)?(?-i:[A-Z])", text[trig[1]:b], re.I)),
        elaborates=elaborates,
    )
    if not subject_people and not subject_orgs:
        before_verb = text[fronted.end() if fronted else a:trig[0]]
        # 'The ministry said in its readout: "On 9 March the minister also met X"': the subject opens the quotation
        m = _ANAPHOR.match(before_verb.strip()) or _ANAPHOR.match(re.split(r"[:\u201c\"]", before_verb)[-1].strip())
        # ("Before X he was in Y, where he met Z": the where-clause's "he" after a fronted clause is the traveller)
        m = m or fronted and _ANAPHOR.match(re.sub(r"^\s*where\s+(?=(?:he|she|they)\s+$)", "", before_verb, flags=re.I))
        where = _WHERE_PRONOUN.search(before_verb)  # "The visitor then moved to X, where he was received by Y"
        if honorific_subject().search(before_verb):
            cand.anaphor = "he"  # "His Highness also held a telephone conversation with X": the dignitary the release follows
        elif m:
            cand.anaphor = m.group("a").lower()
        elif (after_relative := _AFTER_RELATIVE.match(text, masked.content[0], trig[0])) \
                and (head := _ANAPHOR.match(after_relative.group("head"))) and head.group("a").lower().startswith("the ") \
                and head.end() >= len(after_relative.group("head").rstrip()):
            cand.anaphor = head.group("a").lower()  # "The delegation, which arrived on Saturday, was received on Monday by X"
        elif where:  # "he" of the where-clause is the main clause's subject when it is named by role
            head = _ANAPHOR.match(before_verb[:where.start()])
            cand.anaphor = (head.group("a") if head and head.group("a").lower().startswith("the ") else where.group("a")).lower()
        elif a > masked.content[0]:
            cand.anaphor = (etype != "visit" and _relative_antecedent(text, masked.content[0], a, trig[0])) or "(shared subject)"
            if cand.anaphor != "(shared subject)":  # "The Hamas delegation, which met X": the sides its head names
                head_people, head_orgs = clause_people(ents, base, masked.content[0], a, masked, text)
                head_orgs += clause_groups(text, ents, base, masked.content[0], a, masked)
                if head_people or head_orgs:
                    cand.people, cand.orgs = head_people + cand.people, head_orgs + cand.orgs
                    cand.subject_people, cand.subject_orgs, cand.anaphor = head_people, head_orgs, None
    elif not subject_people:  # "the Houthi official met ...": a movement's man named by his role, not the movement alone
        m = _ANAPHOR.match(text[fronted.end() if fronted else a:trig[0]].strip())
        if m and _PERSON_ROLE_END.search(m.group("a")):
            cand.anaphor = m.group("a").lower()
    obj = _OBJECT_PRONOUN.search(text, trig[0], b_part)
    if obj:
        cand.object_anaphor = obj.group("o").lower()
    else:  # "met the Hamas leader at noon": the movement's man the article named before
        obj = object_role().match(text, trig[1], b_part)
        if obj and not any(e.kind == PERSON and 0 <= e.start - base - obj.end() <= 3 for e in people):
            cand.object_anaphor = obj.group("o").lower()
    return cand


_HAS_SAID_HE = re.compile(r"\b(?:has|have)\s+(?:\w+\s+)?(?:said|confirmed|announced|revealed|disclosed|stated)\s+(?:that\s+)?(?:he|she|they|it|we)\s+$", re.I)
# "shortly after landing", "soon after his arrival": a time phrase whose day is the report's own
_CLAUSE_STOP = re.compile(r"[,;]")
_ON_ARRIVAL = re.compile(r"\b(?:shortly|soon|just|minutes|hours|immediately)\s+(?:after|upon)\s+(?:landing|arriving|touching\s+down|(?:his|her|their|its)\s+arrival)\b", re.I)
_OTHER_SUBJECT = re.compile(r"\s*(?:that\s+|on\s+\w+\s+)?(?:the|a|an)\s+(?:[\w\-\u2019']+\s+){0,3}(?:delegation|delegations|team|side|sides|movement|group|visitors|leaders|officials|negotiators|envoys?|men|women|ministers|counterparts|parties)\b", re.I)
_OTHER_EVENT = re.compile(r"\b(?:after|before|since|as|while|because|days after|weeks after)\s+(?:the|a|an|its|his|their|[A-Z][\w\-]+)\s+(?:[\w\-\u2019']+\s+){0,4}?"
                          r"(?:announced|declared|decided|approved|voted|unveiled|launched|killed|said|accused|warned|threatened|began|started"
                          # ("the most senior official to visit since Israel escalated its campaign against X": X is no side)
                          r"|escalated|intensified)\b"
                          # "met X after his election by the delegates at talks in Geneva on Feb. 5": the vote's day and place
                          r"|\b(?:after|before|since|following)\s+(?:his|her|their|its|the)\s+(?:[\w\-]+\s+)?(?:election|re-election|appointment|nomination|selection)\b"
                          # "arrived in X as the US envoy, Y, is also there for talks with Z": another's stay, at the same time
                          r"|\b(?:as|while)\s+[^;]{1,90}?\s+(?:is|was|are|were)\s+also\s+(?:there|in\s+(?-i:[A-Z])|visiting)\b")
# "received on Thursday the leaders of the factions", "met with representatives of 14 factions": sides named later
_GROUP_OBJECT = re.compile(r"(?:\s+(?:on|in|late on|early on)\s+\w+|\s+at\s+(?:his|her|its|their|the)\s+[\w\-]+(?:\s+in\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,2})?)?\s+(?:with\s+)?(?:the\s+)?(?:[\w\-]+\s+){0,2}?(?:leaders|representatives|heads|delegations|members|envoys)\s+"
                           r"of\s+(?:the\s+)?(?:\d+|[\w\-]+)?\s*(?:[\w\-]+\s+)?(?:factions|groups|movements|parties)\b"
                           # "met a group of Palestinian faction leaders": a group whose members are named next, if at all
                           r"|\s+(?:with\s+)?a\s+group\s+of\s+(?:[\w\-]+\s+){0,3}?(?:leaders|representatives|officials|figures)\b"
                           # "brought together 14 Palestinian factions for talks": the factions are named next
                           r"|\s+(?:together\s+)?(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|several)\s+(?:[\w\-]+\s+)?(?:factions|movements|parties)\b", re.I)
_HEDGED_MEMBERS = re.compile(r",\s+(?:most\s+|very\s+|quite\s+)?(?:likely|probably|possibly|perhaps|presumably|reportedly)\s+(?:including|led\s+by|headed\s+by|with)\b", re.I)
_MAIN_AFTER_RELATIVE = re.compile(r",\s+(?:was|were|is|are|has|have|had|will|would)\s+(?!(?:also\s+)?(?:accompanied|joined|flanked)\b)", re.I)
_RELATIVE_CLOSE = re.compile(r",\s+(?:was|were|is|are|had been|has been)\s+(?:also\s+)?(?:accompanied|joined|flanked)\s+by\b", re.I)
