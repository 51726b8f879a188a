"""Sentence level: which words report a visit, meeting, talks or call, and what each one says.

A verb trigger ("met", "held talks", "arrived in") reports an event when it is not a plan,
negated, hypothetical or habitual ("will soon travel", "had no plans to receive", "has been
hosting"). A sentence with several triggers is cut into clauses so that "flew into Moscow on
Sunday and on Monday held talks with Lavrov" yields two reports with their own dates.
Noun triggers ("the visit", "during their meeting with") and attachment cues ("the delegation
included", "sat in on the talks") refer to an event and are resolved at article level.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .date_patterns import FULL_WEEKDAYS
from .clauses import Masked, MaskOnDemand, split_clauses
from .clause_parts import clause_date
from .object_days import split_by_object_days
from .entities import Ent
from .dates import DateExpr, find_dates
from .gazetteer import PERSON
from .noun_reports import SOURCE_SAYS, WHO_ATTENDED, attach_report, noun_report
from .trigger_words import patterns, speech, words_before
from .background_remarks import discussed_with_pronoun, earlier_legs, founding_sentence, open_question, process_start, remark_on_trip, undated_record
from .denials import denied
from .hedged_reports import habit_span, span_of, unreal, unreal_noun
from .not_reports import ALSO_TOOK_PART, CROWD_SUBJECT, crowd_only, ARRIVED_TO_ATTEND, ASIDE_VAGUE_TRIP, HANDSHAKE, IMAGE_OF, NONE_HELD, WHO_BEFORE, VAGUE_DESTINATION, CAME_FOR, CAME_WITH, NEGATED_NOUN, OPENED_SITTING, OTHER_OCCASION, PLAN_BEFORE_NOUN, PRESIDED, is_nominal, earlier_rounds_by, modal_ok, negated_aside, negation_scope, tallied, told_again, told_in_passing, background_deal
from .sentences import Sentence
from .span_keys import may_search
from .vocab_matcher import may_match, words
from .candidate import ATTACH, NOUN, VERB, Candidate
from .candidate_build import build
from .subjects import noun_subject as _noun_subject, passive as _passive, ASIDE as _ASIDE

# "X reacted angrily, writing that Y was hosting Z": a report inside what a speaker wrote or said; the speaker is not there
# ("..., saying X met a war criminal": the same without "that", before the named subject of the report)
_SPEECH_GERUND_THAT = re.compile(r",[\"\u201d\u2019']?\s*(?:writing|saying|adding|noting|arguing|warning|insisting|complaining|claiming|charging)\s+(?:that\s+|(?-i:(?=[A-Z])))", re.I)
_TOOK_PART_IN_THE = re.compile(r"(?:took|takes|take|taking)\s+part\s+in\s+the\s+(?:talks|meeting|meetings|session)\b", re.I)
_GROUP_NOUNS = frozenset("delegation delegations team envoy envoys mediators officials visitors guests minister".split())
_DETERMINERS = frozenset("the a an their his her its our this that these those such first second last previous latest recent".split())
# happenings a day can name instead of the report ("the explosions of September 17", "the September 27 strike")
_HAPPENINGS = r"explosions?|attacks?|strikes?|bombings?|blasts?|massacres?|assaults?|killings?|assassinations?|invasion|raids?|uprising|coup|crash"
_HAPPENING_OF = re.compile(r"\b(?:" + _HAPPENINGS + r"|revolution)\s+(?:of|on)\s+$", re.I)
_HAPPENING_AFTER = re.compile(r"\s+(?:[\w\-]+\s+)?(?:" + _HAPPENINGS + r")\b", re.I)


def opens_on_call(text: str) -> bool:
    """Does this sentence open on a call ("During the call, ...", "In the phone conversation, ...")?"""
    return bool(text) and patterns()["call_opener"].match(text) is not None


def candidates(sentence: Sentence, ents: list[Ent], *, in_quote: bool = False,
               dates: list[DateExpr] | None = None, after_call: bool = False, before_call: bool = False,
               opens_call: bool | None = None) -> list[Candidate]:
    """Event reports of one sentence (offsets absolute); in_quote: it starts inside a quotation;
    dates: its date layer (offsets local to it), found once; after_call: the sentence before reported a call;
    before_call: the sentence after opens on the call ("X spoke with Y on Sunday. During the call, ...");
    opens_call: this sentence opens on a call ("In a separate call, X spoke with Y"), read from the
    sentence layer (None: asked here, for a sentence read alone)."""
    p = patterns()
    if opens_call is None:
        opens_call = opens_on_call(sentence.text)
    seen = words(sentence.text)  # a pattern runs only on a sentence holding one of its key words
    if seen is not None and p["trigger_vocabulary"] is not None and seen.isdisjoint(p["trigger_vocabulary"]) \
            and not opens_call and not (after_call and p["also_call"].search(sentence.text)) \
            and not (before_call and p["call_verbs"].search(sentence.text)):
        return []  # most sentences: no word any trigger needs (the searches below would find nothing)
    dates = find_dates(sentence.text) if dates is None else dates
    if dates and "of" in sentence.text:  # "victims of the pager explosions of September 17": a day that names another happening
        dates = [d for d in dates if not _HAPPENING_OF.search(sentence.text, max(0, d.start - 40), d.start)]
    if dates:  # "near the site of the September 27 strike": a day that names another happening
        dates = [d for d in dates if not _HAPPENING_AFTER.match(sentence.text, d.end)]
    text = sentence.text
    masked_now = MaskOnDemand(text, in_quote)
    base = sentence.start
    hits: list[tuple[int, int, str, str]] = []
    for i in p["verb_set"].runnable(seen):
        etype, pattern = p["verbs"][i]
        for m in pattern.finditer(text):
            if masked_now().hidden(m.start(), m.end()):
                continue
            word = m.group(0).lower()
            if word.startswith(("visits", "meeting with", "hosts", "meets")) and is_nominal(text, m.start()):
                hits.append((m.start(), m.end(), NOUN, etype))
                continue
            hits.append((m.start(), m.end(), VERB, etype))
    if opens_call or (after_call and p["also_call"].search(text)) or before_call:
        hits += [(m.start(), m.end(), VERB, "call") for m in p["call_verbs"].finditer(text) if not masked_now().hidden(m.start(), m.end())]
    hits = _dedupe(hits)
    for i in p["noun_set"].runnable(seen):
        etype, pattern = p["nouns"][i]
        for m in pattern.finditer(text):
            if masked_now().hidden(m.start(), m.end()) or any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _, _ in hits):
                continue
            hits.append((m.start(), m.end(), NOUN, etype))
    hits = _dedupe(hits)
    attach = p["attach_on"].on(seen) if p["attach_on"] is not None else None  # (co-hosts opening a session: no participants)
    attach_hits = [(m.start(), m.end()) for m in (attach.finditer(text) if attach is not None else ())
                   if not masked_now().hidden(m.start(), m.end()) or _source_says(text, masked_now(), m.start())
                   or (m.start() < masked_now().content[0] and WHO_ATTENDED.search(text, 0, m.start()) is not None
                       and not _BARE_CUE.fullmatch(m.group(0)))]  # ("X, who also attended, told media": attended what is not said)
    if attach_hits and PRESIDED.search(text):  # (asked only of a sentence with a cue: most have none)
        attach_hits = []
    if not hits and not attach_hits:
        return []  # most sentences: no trigger, no mask (what follows only filters hits and reads reports off them)
    masked = masked_now()
    # "..., the first time since it seized power three years ago": a 'since' clause dates a change, not a habit
    # (cutting 'since' clauses, which end at punctuation, joins no words: no new match without a key word)
    habitual = p["habitual_on"].on(seen)
    if habitual is not None and (habit := habit_span(text, habitual)):  # (the sentence, or the relative clause the habit word is in)
        # "diplomats regularly visit Beirut": no verb is a report, nor a noun in the habit's own clause
        hits = [h for h in hits if not habit[0] <= h[0] < habit[1] or (h[2] != VERB and not p["habitual"].search(re.split(r"[,;]", text[:h[0]])[-1]))]
    if may_match(p["keys"]["unconfirmed"], seen) and p["unconfirmed"].search(text):  # "Analysts pointed to a meeting ..., though neither side has confirmed it"
        hits = [h for h in hits if h[2] == VERB]  # ("according to TV he met X, but neither side confirmed it": a report)
    hits = [h for h in hits if not (h[2] == VERB and tallied(text, h[0], p, h[1]))]
    hits = [h for h in hits if not (h[2] == VERB and earlier_rounds_by(text, h[0]))]  # "Earlier rounds, hosted by A and B, ..."  # "held nine rounds of talks"
    tallies = [m for m in (p["aggregate_object"].match(text, h[1]) for h in hits if h[2] == VERB) if m]
    if tallies:  # "hosted three rounds of talks between A and B": a tally of occasions, its verb and nouns no event
        hits = [h for h in hits if not any(h[1] == m.start() or m.start() <= h[0] <= m.end() + 12 for m in tallies)]
    speaker = _speaker(masked, ents, base)
    # "a visiting delegation", "the arriving team": an adjective, neither a report nor a clause boundary
    # ("a UN-convened conference", "Qatar-hosted talks": a participle glued to its agent is an adjective too)
    # ("received the Omani delegation visiting Sanaa": after a group noun that a verb before governs, too)
    verbs = sorted(h for h in hits if h[2] == VERB and not (
        word_is_participle_modifier(text, h[0], h[1]) and (words_before(text, h[0], 1) in _DETERMINERS or (
            words_before(text, h[0], 1) in _GROUP_NOUNS and any(g[2] == VERB and g[1] <= h[0] for g in hits))
            or _leading_title_participle(text, h, ents, base, hits) or _object_title_participle(text, h, ents, base)))
        and not re.match(r"\w-$", text[max(0, h[0] - 2):h[0]]))
    clauses = split_clauses(text, masked, [h[0] for h in verbs])
    out: list[Candidate] = []
    founding = founding_sentence(text) and not _DAY_OF.search(text)  # "The format, created in 2017, brings together ...": a body's history
    negated = False
    dropped: list[tuple[int, int]] = []  # clauses of reports set aside as background: their nouns are too
    keys = p["keys"]  # (a check whose cue words the sentence lacks is not run: span_keys)
    for (start, end, kind, etype), (c0, c1) in zip(verbs, clauses):
        if why := unreal(text, start, end, c0, c1, p):  # a plan, a condition, a timetable, a denied or rumoured report, background
            negated = negated or why == "disowned" or bool(p["negation_before"].search(words_before(text, start, 5)))
            dropped.append(span_of(text, start, c1))  # the nouns it governs belong to the same plan or denial
            continue
        aside = _ASIDE.search(text, end, c1)  # "met X on Sunday, media reported, a stop that was not planned"
        scope = negation_scope(text, end, aside.start() if aside else c1)
        if (may_search(keys["negation"], seen, text, c0, scope) and p["negation"].search(text, c0, scope)) \
                or (may_search(keys["negated_object_before"], seen, text, c0, start, sliced=True) and p["negated_object_before"].search(text[c0:start])) \
                or (may_search(keys["negated_object_after"], seen, text, end, c1, sliced=True) and p["negated_object_after"].match(text[end:c1])) \
                or (may_search(keys["negated_object_after"], seen, text, start, end, sliced=True) and p["negated_object_after"].search(text[start:end])):  # "met no foreign officials", "held no meetings"
            negated = True
            continue
        if p["deceased_subject"].search(text[max(c0, start - 90):start]) or negated_aside(text, start, p) or _past_relative(text, start, end) \
                or (etype == "visit" and (p["freed_subject"].search(text, max(c0, start - 90), start) or p["cultural_subject"].search(text, max(c0, start - 40), start))):
            continue  # "X's body was flown to Doha", "13 detainees freed by X landed in Sanaa": no visit; "X, who also flew in, did not meet Y": no event
        if p["deceased_object"].match(text, end) or (text[start:end].lower().startswith("receiv") and p["document_object"].match(text, end)) \
                or (text[start:end].lower().startswith("host") and p["institution_object"].match(text, end)):
            continue  # "Qatar had received X's body from Tehran": the dead arrive; "received the proposal": a paper, no meeting
        if etype == "visit" and (p["resting_place_object"].match(text, end) or p["death_site_object"].match(text, end)
                                 or (VAGUE_DESTINATION.match(text, end) and (ASIDE_VAGUE_TRIP.search(text, max(0, start - 30), start) or text[start:end].lower() == "toured"))):
            continue  # "also visited the tomb of General X", "the site where X was killed": a place of the dead
        if etype == "visit" and NONE_HELD.search(text, end) and not any(e.kind == PERSON and end <= e.start - base < c1 for e in ents):
            continue  # "visited the embassy compound, though no meeting with officials took place": nobody met, no event
        if HANDSHAKE.match(text, start) and IMAGE_OF.search(text, max(0, start - 100), start) and not any(start <= d.start < c1 for d in dates):
            continue  # "photos (released on Tuesday) of X shaking hands with Y" (no day of its own): a picture of the meeting told
        if PRESIDED.match(text, start):
            continue  # "X opened Sunday's session alongside Y": co-hosts of a gathering, no meeting between them
        if re.search(r"\bto\s+$", text[max(c0 if c0 < start else 0, start - 4):start], re.I):
            continue  # "arrived ... to meet": purpose, the arrival is the event
        if not dates and _TOOK_PART_IN_THE.match(text, start, end):
            continue  # "Taking part in the talks on the Russian side were A and B": attendees of the talks just told
        if word_is_participle_modifier(text, start, end) or (_passive(text, start, end) and _noun_subject(text, c0, start)) or \
                re.search(r"\b(?:talks|meeting|meetings|conference|summit|session|forum|consultations)\s+(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?$", text[max(0, start - 36):start], re.I) \
                and re.match(r"\s+by\b", text[end:]):
            continue  # "The gathering is hosted by the Institute": an attachment, found below
        if out and discussed_with_pronoun(text, start) and any(c.kind == VERB and c.type != "call" for c in out):
            continue  # "received X on Tuesday, and discussed with him ...": that meeting's talk
        said = None
        for said in _SPEECH_GERUND_THAT.finditer(text, c0, start):
            pass
        if said and re.match(r"(?:he|she|they|we|i)\b", text[said.end():], re.I):
            said = None  # "..., adding that he had met Y": the speaker's own meeting
        cand = build(kind, etype, sentence, masked, ents, (said.end() if said else c0, c1), (start, end), speaker, dates)
        if said and cand is not None and not any(e.start >= cand.trigger[1] for e in cand.people + cand.orgs):
            continue  # "..., saying X met with a war criminal": what a speaker calls somebody's meeting, nobody named met
        if cand is not None and (told_in_passing(cand, text, masked.content[0], start, c0, c1) or background_deal(cand, text, start, end, c1)
                                 or undated_record(cand, text, start, c0, c1) or earlier_legs(cand, text, start)
                                 or (open_question(text, start) and not (cand.date is not None and cand.date.undisclosed))
                                 or (founding and (cand.date is None or cand.date.kind == "year"))):
            dropped.append((c0, c1))  # a track record, a trip told in passing, past occasions, the stop before this one
            continue
        if cand is not None and etype == "visit" and ((re.search(r"funeral|burial|mourning|memorial", text[start:end], re.I)
                                                       and not (cand.subject_people or cand.subject_orgs or cand.anaphor))
                                                      or CROWD_SUBJECT.match(text, c0, start)):
            continue  # "Thousands of people attended the funeral of X", "Dozens of dignitaries, among them A, attended the inauguration": a crowd at a rite
        if cand is not None and ((etype == "visit" and (CAME_FOR.match(text, end) or (cand.date is None and CAME_WITH.match(text, end))
                                                         or (WHO_BEFORE.search(text, max(0, start - 20), start) and ARRIVED_TO_ATTEND.match(text, end))))
                                 or (cand.date is None and OPENED_SITTING.match(text, start)) or ALSO_TOOK_PART.match(text, start - 5 if text[max(0, start - 5):start].lower() == "also " else max(c0, start - 8), end)):
            cand.kind, cand.type = ATTACH, "meeting"  # "X, who flew in for the occasion, ...", "A and B also took part in the talks": participants of the event just told
        if cand is not None and (parts := split_by_object_days(cand, masked, dates)) is not None:
            out.extend(parts)  # "met A on Tuesday and B on Wednesday": two meetings (see object_days)
        elif cand is not None:
            out.append(cand)
            if (again := told_again(cand, text, dates)) is not None:  # "held talks in October and again in December"
                out.append(replace(cand, date=again))
    nouns = [h for h in hits if h[2] == NOUN] if not negated else []
    if attach_hits and not out:
        nouns = [h for h in nouns if _noun_has_own_date(text, h[0], masked, dates)]
    topics: list[int] = []  # ends of event nouns skipped as what was talked about
    for start, end, kind, etype in nouns:
        if unreal_noun(text, start, end, masked.content[0], p):  # a plan, a tally, a denied or rumoured meeting
            continue
        if founding or remark_on_trip(text, start, masked.content[0]) or process_start(text, end) or open_question(text, start):
            continue  # "This is the first visit of X since ...", "Talks ..., which began in 2019, ...": remarks, no event of the news
        if any(c0 <= start < c1 for c0, c1 in dropped):
            continue
        if _LAST_ONE.search(text, max(0, start - 30), start) and not _DAY_WORD.search(text):
            continue  # "The last round of talks, held in Muscat, ended without a deal": an earlier occasion with no day, background
        if p["failed_after"].match(text, end):
            continue  # "Talks between A and B collapsed on Sunday": a breakdown's day, no meeting reported
        if p["noun_modifier"].match(text, end):
            continue  # "based on the six-side consultations mechanism between A and B": a standing mechanism, no event
        if PLAN_BEFORE_NOUN.search(text, max([masked.content[0]] + [q1 for _, q1 in masked.quotes if q1 <= start]), start):  # (a quote's plan is not the noun's)
            continue  # "said they are ready to receive a delegation at the forum in June": a plan
        if NEGATED_NOUN.search(text, max(masked.content[0], start - 90), start):
            continue  # "its officials did not appear with the minister during Friday's visit": not there
        if p["topic_noun_before"].search(text[max(0, start - 60):start]) or (any(m.end() > start for m in PRESIDED.finditer(text)) and not re.match(r"\s+(?:with|between)\b", text[end:])) \
                or any(_AND_HIS.fullmatch(text, t1, start) for t1 in topics):
            topics.append(end)
            continue  # "briefed the minister on the state of the talks with ...": what was discussed (and "a statement about the visit ... and his talks with Y": both)
        if p["negation"].search(text, masked.content[0], negation_scope(text, end, masked.content[1])):
            continue
        if any(c.trigger[0] - base <= start < c.clause[1] - base for c in out):
            continue  # inside a reported event's clause: part of that report (or a side remark about other talks)
        if any(c.kind == VERB and c.clause[0] - base <= start < c.trigger[0] - base for c in out) \
                and _SETTING_BEFORE.search(text, max(0, start - 40), start):
            continue  # "During the one-day trip the minister also met X": the setting of the report that follows
        cand = noun_report(sentence, masked, ents, start, end, etype, speaker, dates)
        if cand is not None and not background_deal(cand, text, start, end, len(text)):  # a deal's date, a running process
            out.append(cand)
    # a verb inside the attachment's own relative clause ("The delegation, which arrived on Monday, also
    # included A and B") does not stand in for it
    # "X was received by Y and Z, ..., where they were joined by leaders of W": past the report's clause, more who were there
    # ('"X received the delegation," the statement said, adding that the delegation was led by Y': the source's words after the report)
    joined = [h for h in attach_hits if (_JOINED_BY.fullmatch(text, h[0], h[1]) and all(h[0] >= c.clause[1] - base for c in out if c.kind == VERB))
              or SOURCE_SAYS.search(text, max(0, h[0] - 60), h[0])]
    if attach_hits and (joined or not any(c.kind == VERB and (c.orgs or len(c.people) >= 2 or c.anaphor)
                                          and not (c.anaphor and c.trigger[1] - base <= attach_hits[0][1]
                                                   and re.search(r",\s+(?:which|who)\s+$", text[:c.trigger[0] - base]))
                                          for c in out)):
        start, end = joined[0] if joined else attach_hits[0]
        # "X, who sat beside him, did not speak to the press": the relative clause says he was there
        seated, comma = _SAT_BESIDE.fullmatch(text, start, end), text.find(",", end)
        if not _denies_attendance(p["negation"], text[:comma] if seated and comma != -1 else text) and modal_ok(text, start, masked.content[0], p) and not OTHER_OCCASION.search(text) \
                and not denied(text, start, end):
            cand = attach_report(sentence, masked, ents, start, end, dates)
            if cand is not None:
                out.append(cand)
    # "The conference brought together delegations from 20 countries, including A and B": a gathering told by a crowd's examples
    return [c for c in out if c.kind == ATTACH or not crowd_only(c, text)] if "ing" in text else out


# "..., speaking on condition of anonymity because they were not cleared to brief reporters": a source's leave to speak
_SOURCE_LEAVE = re.compile(r"\s+(?:(?:yet|publicly|officially)\s+)?(?:authori[sz]ed|cleared|allowed|permitted|named|identified)\b", re.I)


def _denies_attendance(negation: re.Pattern[str], text: str) -> bool:
    """Does a negation ('were not', 'did not attend') deny the attendance? Not one that only says the
    sources were not cleared to speak or named ('A and B travelled with him, the sources said, speaking on
    condition of anonymity because they were not authorised to brief reporters')."""
    return any(not _SOURCE_LEAVE.match(text, m.end()) for m in negation.finditer(text))


# "... about the recent visit to Sanaa by X and his talks with Y": a second event noun coordinated with
# a topic noun (no comma, no full stop between them) is part of the same topic
_AND_HIS = re.compile(r"[^,;.]{0,80}?\band\s+(?:his|her|their|its|the)\s+(?:[\w\-]+\s+){0,2}", re.I)
# "mourned the commander who had attended the talks in Tehran": a pluperfect relative clause with no day of its own
# tells who the person was, not an attendance on the main clause's day
_LAST_ONE = re.compile(r"\b(?:the|their|its)\s+(?:last|previous|prior|earlier)\s+$", re.I)
_WHO_HAD = re.compile(r"\b(?:who|which)\s+had\s+(?:also\s+|once\s+|previously\s+|earlier\s+)?$", re.I)
_DAY_WORD = re.compile(r"\b(?:" + FULL_WEEKDAYS + r"|January|February|March|April|May|June|July|"
                       r"August|September|October|November|December|yesterday|today|\d{1,4})\b")


def _past_relative(text: str, start: int, end: int) -> bool:
    stop = re.search(r"[,.;:!?]", text[end:])
    who_had = _WHO_HAD.search(text, max(0, start - 40), start) or (
        text[start:start + 4].lower() == "had " and re.search(r"\b(?:who|which)\s+$", text[max(0, start - 20):start], re.I))
    return bool(who_had) and not _DAY_WORD.search(text, end, end + stop.start() if stop else len(text))


# a weekday or a day of a month: a sentence that has one tells an occasion, whatever else it says
_DAY_OF = re.compile(r"\b(?:" + FULL_WEEKDAYS + r"|today|yesterday)\b|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
                     r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b")
_SETTING_BEFORE = re.compile(r"\b(?:during|on|in\s+the\s+course\s+of)\s+(?:the|his|her|their|its|this|that)\s+(?:[\w\-]+\s+){0,3}$", re.I)
_JOINED_BY = re.compile(r"(?:was|were)\s+(?:later\s+|also\s+)?joined\s+by", re.I)
_SAT_BESIDE = re.compile(r"who\s+sat\s+(?:beside|next\s+to|alongside)\s+(?:him|her)", re.I)


def speakers(sentence: Sentence, ents: list[Ent]) -> list[Ent]:
    """People who speak in a sentence ("X thanked Algeria ..."), as subjects of a speech verb."""
    out = []
    for e in ents:
        if e.kind == PERSON and not e.modifier and speech().match(sentence.text[e.end - sentence.start:]):
            out.append(e)
    return out


_BARE_CUE = re.compile(r"(?:also\s+)?(?:attended|took\s+part|participated|sat\s+in)", re.I)


def _source_says(text: str, masked: Masked, start: int) -> bool:
    """'..., according to a Hamas statement, which said the delegation included A and B': an attachment
    cue in the attribution's own clause (hidden as the source's words) still says who came."""
    end = masked.content[1]
    return end <= start and SOURCE_SAYS.search(text, end, start) is not None


def _noun_has_own_date(text: str, start: int, masked: Masked, dates: list[DateExpr]) -> bool:
    return clause_date(text, masked.content[0], masked.content[1], start, masked, dates) is not None


def word_is_participle_modifier(text: str, start: int, end: int) -> bool:
    """'arriving', 'visiting' as an adjective ('visiting delegation') is no report."""
    word = text[start:end].lower()
    if " " in word or not word.endswith("ing"):
        return False
    before = words_before(text, start, 1)
    return before not in ("is", "are", "was", "were", "been", "while", "after", "before", "when")


_LEADING = re.compile(r"^[\s\"\u201c\u2018']*$")


def _leading_title_participle(text: str, hit: tuple[int, int, str, str], ents: list[Ent], base: int,
                              hits: list[tuple[int, int, str, str]]) -> bool:
    """'Visiting Foreign Minister X met Y': a sentence-initial participle right before a titled person
    whose own verb follows is an adjective (X is the visitor), not a fronted clause 'Visiting Cairo, X ...'."""
    if not _LEADING.match(text[:hit[0]]):
        return False
    person = next((e for e in ents if e.kind == PERSON and e.start - base >= hit[1]), None)
    if person is None or person.t0 - base > hit[1] + 1 and not re.fullmatch(r"\s+(?-i:[A-Z])[\w\-]*(?:\s+(?-i:[A-Z])[\w\-]*){0,4}\s+", text[hit[1]:person.start - base]):
        return False  # "Visiting Cairo on Tuesday, X met Y": the gerund governs a place
    return any(h[2] == VERB and h[0] >= person.end - base and "," not in text[person.end - base:h[0]] for h in hits)


_OBJECT_LEAD = frozenset({"with", "by", "and", "to", "for", "met", "meets", "received", "receives", "hosted", "hosts", "welcomed", "welcomes"})
_TITLE_GAP = re.compile(r"\s+(?:[\w\-\.]+\s+){0,5}")


def _object_title_participle(text: str, hit: tuple[int, int, str, str], ents: list[Ent], base: int) -> bool:
    """'held talks with visiting Iranian foreign minister X', 'met visiting Omani Foreign Minister X': a
    participle after a preposition or a meeting verb, right before a person with his title, is an adjective
    (the person is the visitor), not a second report that cuts the clause and leaves the talks without a
    counterpart. ('talks with Y after visiting Cairo': 'after' reads as a clause, see word_is_participle_modifier;
    'met Y, visiting Cairo on Tuesday': a place and a day, no person, follow.)"""
    if words_before(text, hit[0], 1) not in _OBJECT_LEAD:
        return False
    person = next((e for e in ents if e.kind == PERSON and e.start - base >= hit[1]), None)
    if person is None:
        return False
    gap = text[hit[1]:person.t0 - base] if person.t0 - base >= hit[1] else ""
    return person.t0 - base <= hit[1] + 1 or (_TITLE_GAP.fullmatch(gap) is not None and not re.search(
        r"[,;:]|\b(?:on|in|at|from|since|during|last|this|next)\b", gap, re.I))


def _dedupe(hits: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    hits = sorted(hits, key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str, str]] = []
    for h in hits:
        if out and h[0] < out[-1][1]:
            continue
        out.append(h)
    return out


def _speaker(masked: Masked, ents: list[Ent], base: int) -> Ent | None:
    for s, e in masked.attribution:
        people = [x for x in ents if x.kind == PERSON and s <= x.start - base < e]
        if people:
            return people[0]
    return None
