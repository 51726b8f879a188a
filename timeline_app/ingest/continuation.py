"""Reports that continue the one before them and take its day.

"X arrived on Saturday and met A. X then met B", "In the evening, the minister met C",
"On the sidelines of the ceremony, X met D", "Y was also received then by Z": a report with no
date of its own that continues the narrative happened on the day of the report it continues
(or of the sentence before it), not on the day the article was published. The publication date
stays the last resort, for reports that start a narrative of their own.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from typing import TYPE_CHECKING

from .candidate import Candidate
from .dates import DateExpr, ResolvedDate, resolve
from .drafts import SERIES_OBJECT, Draft
from .gazetteer import PERSON
from .resources import load_json
from .vocab_matcher import key_words, may_match, words

if TYPE_CHECKING:
    from .grouping import Grouper

# a lede of several meetings ("held a series of meetings", "received two delegations separately"): its day is theirs
# ("held a day of talks in Beirut on Saturday": the meetings of that day are told next)
SERIES = re.compile(r"\b(?:a\s+series\s+of|several|a\s+round\s+of|a\s+flurry\s+of|separate|a\s+(?:full\s+|busy\s+|long\s+)?day\s+of)\s+(?:[\w\-]+\s+)?(?:meetings|talks|contacts|encounters)\b|" + SERIES_OBJECT.pattern, re.I)
FIRST = re.compile(r"\bfirst\s+$", re.I)  # "X first met A" after a lede of several meetings: the first of them
# "That evening", "later that day": a demonstrative points at the day just told, even across a paragraph
THAT_DAY = re.compile(r"\bthat\b", re.I)
# "The minister also met Y the same day": the day just told too, when that was a report of its own (after
# "A and B had previously met on 1 March", "On the same day" is the lead's day, not the aside's)
SAME_DAY = re.compile(r"\bthe\s+same\b", re.I)
_OPENED = re.compile(r"\s+(?:(?:in|at)\s+[\w\-\u2019' ]{1,40}?\s+)?(?:opened|began|started|got under way|got underway|resumed|were held|was held|took place)\b", re.I)
# "In the meeting, which was held on Friday evening, the two sides ...": the day of the meeting just told
# ("The meeting between A and B took place in Kabul on November 5": its parties and town before the verb)
# ("The talks were held last Monday", "... took place on the 8th", "... took place yesterday": any day of the report's week)
_TOOK_PLACE = re.compile(r"(?:\s+between\s[^;:.]{3,200}?)?\s+(?:was\s+held|were\s+held|took\s+place)\s+"
                         r"(?:(?:in|at)\s+(?:the\s+)?[A-Z][\w\-']*(?:\s+[A-Z][\w\-']*){0,2}\s+)?"
                         r"(?:(?:on|late\s+on|early\s+on)\s+(?:the\s+\d|[A-Z])|last\s+[A-Z]|(?:yesterday|today|earlier\s+today)\b)")
# "met X on Monday before the start of a new round of negotiations": the meeting came first; "The round
# itself opened the same afternoon" is the round, another event of those sides (not that meeting told again)
BEFORE_ROUND = re.compile(r"\b(?:before|ahead\s+of|prior\s+to|on\s+the\s+eve\s+of)\s+(?:the\s+)?(?:start|opening|launch|beginning|resumption)\s+of\s+"
                          r"(?:a|the)\s+(?:new\s+|fresh\s+|next\s+|latest\s+|[\w\-]+\s+)?(?:round|session)\b", re.I)
_ITSELF = re.compile(r"\s+(?:itself|themselves)\b", re.I)
_THE_NOUN = re.compile(r"\s*(?:[\-\u2013\u2022*]\s*)?(?:The|This|That)\s+")  # "- The meeting", a bullet's too
_HELD_ON = re.compile(r",?\s*(?:which|that)\s+(?:[^,;.]{0,40}?\s+)?(?:was\s+held|were\s+held|took\s+place|was\s+convened|happened)\b", re.I)
# "the sides talked during the meeting on Sunday night": "the meeting" named with its day right after it,
# nobody named, is the meeting just told (undated so far), on that day
_THE_BEFORE = re.compile(r"\b(?:the|that|this)\s+$", re.I)
_ITS_DAY = re.compile(r"\s+(?:on|late\s+on|early\s+on)\s+[A-Z]")
_BETWEEN_THEM = re.compile(r"\s+between\s+the\s+(?:two\s+|rival\s+)?(?:factions|sides|parties|movements|delegations|groups)\b", re.I)

_CONTINUES = re.compile(
    r"^\W*earlier\s*,|"  # "Earlier, X met Y" after a dated report: that report's day
    # "Earlier he held talks with Y" (no comma); not "Earlier this month", "Earlier in March", "Earlier on Monday"
    r"^\W*earlier\s+(?!(?:this|that|last|in|on|today|tonight|year|month|week)\b)(?=(?-i:[A-Z])|he\b|she\b|they\b|the\b|it\b|we\b)|"
    r"\b(?:then|also|later|afterwards|subsequently|earlier in the day|(?:had|has|have)\s+earlier|later in the day|the same day|"
    r"in the (?:morning|afternoon|evening)|that (?:morning|afternoon|evening|night)|"
    # "The acting minister separately received X" after the day's meetings: another of them (a wire's
    # opening "Separately, ..." starts another story and keeps the publication day)
    r"(?<=\w\s)separately\s+(?:met|received|hosted|held|spoke|talked)\b|"
    r"on the (?:sidelines|margins)(?: of (?:the|that|this)\b|\s*,)|"
    r"(?:^\W*|\b(?:who|and)\s+)after (?:the|that|this) (?:[\w\-]+ )?(?:prayers?|funeral|ceremony|service|burial|procession|talks|meeting|session|signing|reception|dinner|lunch)\b)", re.I)


def continues(cand: Candidate) -> bool:
    """Does the report say it continues the narrative ('then', 'in the evening', ...)?"""
    base = cand.sentence.start
    window = cand.sentence.text[cand.clause[0] - base:min(cand.clause[1], cand.trigger[1] + 12) - base]
    # "X, who visited Baghdad on December 6, met Y on that trip": the day of the trip just told
    # ("During the same visit the delegation also held talks with Y": the trip named before the verb)
    return bool(_CONTINUES.search(window)) or on_that_trip(cand)


_THAT_TRIP = re.compile(r"\b(?:on|during)\s+(?:that|the\s+same)\s+(?:trip|visit|tour)\b", re.I)


def on_that_trip(cand: Candidate) -> bool:
    """'During the same visit the delegation also held talks with Y': a report inside the trip just told."""
    base = cand.sentence.start
    return bool(_THAT_TRIP.search(cand.sentence.text, cand.clause[0] - base, cand.clause[1] - base))


def unnamed_noun(grouper: Grouper, cand: Candidate, resolved: ResolvedDate | None, sentence_index: int) -> None:
    """A meeting noun that names nobody refers to what was just told: 'The meeting took place on
    Tuesday' dates a meeting reported without a day; 'The talks opened on Sunday' after an arrival,
    or 'two days of talks between the factions, which began on Tuesday', are those sides' talks."""
    after = cand.sentence.text[cand.trigger[1] - cand.sentence.start:]
    # "The meeting took place on Sunday" opening its own sentence refers to the one meeting told
    # without a day, even past a line such as "Here is what we know so far" and a heading
    before = cand.sentence.text[:cand.trigger[0] - cand.sentence.start]
    if gathering_itself(grouper, cand, resolved, sentence_index):
        return
    told = cand.date is not None and bool(_TOOK_PLACE.match(after)) and bool(_THE_NOUN.fullmatch(before))
    dated_noun = cand.date is not None and cand.type != "visit" and bool(_ITS_DAY.match(after)) and bool(_THE_BEFORE.search(before))
    last = grouper._recent_draft(within=3 if told else 1)
    if last is None:
        return
    if told and last.last_sentence == sentence_index:
        # "The meeting took place on Saturday, a few hours after X arrived in Doha, where he also met Y": the
        # sentence's opening noun is the meeting told before it, not Y's meeting the same sentence adds
        earlier = [d for d in grouper.drafts if d.last_sentence < sentence_index]
        before = max(earlier, key=lambda d: d.last_sentence) if earlier else None
        if before is not None and before.last_sentence >= sentence_index - 3 and before.date_expr is None and before.resolved is None \
                and not before.past_perfect and all(d.last_sentence == sentence_index for d in grouper.drafts[before.order + 1:]):
            before.date_expr, before.resolved = cand.date, resolved
            grouper._index_date(before)
            before.add(cand, [], [], sentence_index)
            return
    if (told or (dated_noun and last.type != "visit")) and last.date_expr is None and last.resolved is None \
            and last.order == len(grouper.drafts) - 1 and not last.past_perfect:
        last.date_expr, last.resolved = cand.date, resolved
        grouper._index_date(last)
        last.add(cand, [], [], sentence_index)
        return
    # ("The talks opened on Sunday" after "A and B came to Cairo for talks": the day of those talks)
    if cand.sentence_start_anaphoric and cand.date is not None and (last.awaiting_day or _HELD_ON.match(after) or (last.type == "talks" and _OPENED.match(after))) \
            and last.date_expr is None and last.order == len(grouper.drafts) - 1 and not last.past_perfect:
        last.date_expr, last.resolved = cand.date, resolved
        grouper._index_date(last)
        last.add(cand, [], [], sentence_index)
    elif cand.sentence_start_anaphoric and cand.date is None:
        last.add(cand, [], [], sentence_index)
    elif resolved is not None and cand.type != "visit" and (
            (cand.sentence_start_anaphoric and last.type == "visit" and _OPENED.match(after)) or _BETWEEN_THEM.match(after)
            or (cand.sentence_start_anaphoric and last.before_round and _OPENED.match(_ITSELF.sub("", after, count=1)))) \
            and (last.resolved is None or last.resolved.value != resolved.value or last.before_round):
        talks = Draft(type=cand.type, date_expr=cand.date, resolved=resolved, order=len(grouper.drafts))
        for came in (d for d in grouper.drafts if d.last_sentence == last.last_sentence):
            talks.add(cand, list(came.people.values()), list(came.orgs.values()), sentence_index)
        talks.places = talks.places or list(last.places)
        grouper.drafts.append(talks)
        grouper._index_date(talks)


def gathering_itself(grouper: Grouper, cand: Candidate, resolved: ResolvedDate | None, sentence_index: int) -> bool:
    """'X met Y on the sidelines of the trilateral dialogue. ... The trilateral meeting itself was held on
    Saturday, chaired by Z': the gathering whose sidelines were told is an event of its own, on its
    day, attended by the sideline meeting's people and whoever the sentence names after the noun
    (its chair). True when that event was made."""
    after = cand.sentence.text[cand.trigger[1] - cand.sentence.start:]
    if resolved is None or cand.type == "visit" or not _ITSELF.match(after) or not _OPENED.match(_ITSELF.sub("", after, count=1)):
        return False
    sidelines = [d for d in grouper.drafts if d.sideline and not d.past_perfect and not d.background and d.last_sentence >= sentence_index - 4]
    if not sidelines:
        return False
    told = sidelines[-1]
    ents = grouper.sentence_actors[-1] if grouper.sentence_actors else []
    chair = [e for e in ents if e.kind == PERSON and e.start >= cand.trigger[1]]
    gathering = Draft(type=cand.type, date_expr=cand.date, resolved=resolved, order=grouper._created)
    grouper._created += 1
    gathering.add(cand, list(told.people.values()) + chair, list(told.orgs.values()), sentence_index)
    gathering.places = list(cand.places) or list(told.places)
    grouper.drafts.append(gathering)
    grouper._index_date(gathering)
    return True


def within_week(draft: Draft, resolved: ResolvedDate, published: date | None) -> bool:
    """'after hosting a delegation this week' then 'held talks with the delegation on Monday':
    the day of that week told later is the same event's day."""
    return in_week(draft.date_expr, resolved, published)


def in_week(expr: DateExpr | None, resolved: ResolvedDate, published: date | None) -> bool:
    """Is the day `resolved` inside the week `expr` names ('this week', 'last week' before publication)?
    ('used this week's conference ... when the two sat down on Monday': the week's report is the day's)"""
    if expr is None or expr.kind != "relperiod" or "week" not in (expr.rel or expr.text or "").lower():
        return False
    if resolved.precision != "day" or published is None:
        return False
    return 0 <= (published - date.fromisoformat(resolved.value)).days <= 7


_AFTER_CEREMONY = re.compile(r"\bafter (?:the|that|this) (?:[\w\-]+ )?(?:prayers?|funeral|ceremony|service|burial|procession)\b", re.I)
_CEREMONY = re.compile(r"\b(?:funeral|prayers|ceremony|burial|procession|memorial service)\b", re.I)
_FUNERAL = re.compile(r"\b(?:funeral|burial|mourners|mourning)\b", re.I)
_CEREMONY_KEYS, _FUNERAL_KEYS = key_words(_CEREMONY), key_words(_FUNERAL)  # scanned only where their words are


def note_ceremony(grouper: Grouper, text: str, dates: list[DateExpr]) -> None:
    """'Mourners joined funeral prayers on Friday for X': remember the ceremony's day, which a later
    'Y, who after the ceremony met Z' takes (not the day of the death told in between)."""
    seen = words(text)
    if may_match(_FUNERAL_KEYS, seen) and _FUNERAL.search(text):
        grouper.funeral_told = True  # "attended the ceremony" later is the funeral, no meeting
    for m in _CEREMONY.finditer(text) if dates and may_match(_CEREMONY_KEYS, seen) else ():
        for expr in dates:
            if expr.kind != "anaphoric" and abs(expr.start - m.end()) <= 40:
                resolved = resolve(expr, grouper.published, future=False)
                if resolved is not None and resolved.precision == "day":
                    grouper.ceremony = (expr, resolved)
                    return


@lru_cache(maxsize=1)
def _gathering_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every word that tells a gathering, and each word's head noun."""
    heads = {form.lower(): entry["head"] for entry in load_json("gatherings.json")["gatherings"] for form in entry["forms"]}
    names = sorted(heads, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.I), heads


_NEAR = 100  # characters between a gathering's word and its day
_SIDELINES = re.compile(r"\bon\s+the\s+(?:sidelines|margins)\s+of\s+(?:the|this|that|these|those)\s+((?:[\w\-]+\s+){0,3})([\w\-]+)", re.I)


def note_gathering(grouper: Grouper, text: str, dates: list[DateExpr]) -> None:
    """'The conference, held in Tashkent on 26 July', 'leaders met on Sunday': remember the day
    told next to each gathering (the first told, the article's own gathering), which a later
    'On the sidelines of the conference, X met Y' takes rather than the day of the report before it.
    Each day goes to the nearest gathering word of its sentence (not 'the meeting followed an
    encounter in Ankara on Wednesday': that day is the encounter's)."""
    days = [e for e in dates if e.kind != "anaphoric"]
    if not days:
        return
    pattern, heads = _gathering_words()
    words = list(pattern.finditer(text))
    if not words:
        return
    for expr in days:
        word = min(words, key=lambda m: min(abs(expr.start - m.end()), abs(m.start() - expr.end)))
        if min(abs(expr.start - word.end()), abs(word.start() - expr.end)) > _NEAR:
            continue
        resolved = resolve(expr, grouper.published, future=False)
        if resolved is None or resolved.precision != "day":
            continue
        head = heads[word.group(0).lower()]
        grouper.gatherings.setdefault(head, (expr, resolved))
        modifier = re.search(r"([\w\-]+)\s+$", text[max(0, word.start() - 30):word.start()])
        if modifier:  # "held an informal trilateral meeting on Wednesday": also "the trilateral meeting"
            grouper.gatherings.setdefault(f"{modifier.group(1).lower()} {head}", (expr, resolved))


def sidelines_day(grouper: Grouper, cand: Candidate) -> tuple[DateExpr, ResolvedDate] | None:
    """'On the sidelines of the trilateral meeting, X also met Y': the day told for that gathering."""
    base = cand.sentence.start
    m = _SIDELINES.search(cand.sentence.text, max(0, cand.clause[0] - base), cand.trigger[0] - base)
    if m is None:
        return None
    heads = _gathering_words()[1]
    named = (m.group(1) + m.group(2)).split()
    at = next((i for i, w in enumerate(named) if w.lower() in heads), None)  # "of the trilateral meeting in Beijing"
    if at is None:
        return None
    head, modifiers = heads[named[at].lower()], named[:at]
    if modifiers and f"{modifiers[-1].lower()} {head}" in grouper.gatherings:
        return grouper.gatherings[f"{modifiers[-1].lower()} {head}"]
    return grouper.gatherings.get(head)


_AFTER_MEETING = re.compile(r"\bafter\s+(?:the|that|this|their)\s+(?:[\w\-]+\s+)?(?:talks|meeting|session|meetings)\b", re.I)


def continued_date(grouper: Grouper, cand: Candidate) -> tuple[DateExpr | None, ResolvedDate | None]:
    """The day of the gathering or ceremony a report says it was held inside or followed; else the
    day of the report just told (this or the previous sentence), else the previous sentence's own date."""
    base = cand.sentence.start
    if grouper.ceremony is not None and _AFTER_CEREMONY.search(cand.sentence.text[cand.clause[0] - base:cand.trigger[1] - base]):
        return grouper.ceremony
    if (inside := sidelines_day(grouper, cand)) is not None:
        return inside
    if on_that_trip(cand) and (trip := _travellers_trip(grouper, cand)) is not None:
        cand.places = cand.places or list(trip.places)  # "On the same trip, X also met Y": where that trip was
        return trip.date_expr, trip.resolved
    now = len(grouper.sentence_people) - 1
    # "He also met X" two sentences after the meeting it adds to: that meeting's day, not the day of
    # the earthquake told in between
    # "X met A on Saturday. X arrived on Friday ... X also met B": another meeting, on the meetings' day
    # ("After the bilateral talks, the delegations held a working session": the talks' day, not the arrival's told last)
    after_meeting = _AFTER_MEETING.search(cand.sentence.text, cand.clause[0] - base, cand.trigger[0] - base) is not None
    passes = [(1, True), (3, True), (1, False), (3, False)] if (cand.also or after_meeting) and cand.type != "visit" else [(1, False), (3, False)]
    for back, meetings_only in passes:
        # (not history told in between: "His predecessor first met X in April 2018. Y also met Z")
        recent = [d for d in grouper.drafts if d.resolved is not None and d.date_expr is not None
                  and d.last_sentence >= max(now - back, grouper.section_start)
                  and (cand.past_perfect or cand.background or not (d.background or d.past_perfect))
                  and not (meetings_only and d.type == "visit")]
        if recent:
            last = max(recent, key=lambda d: (d.last_sentence, d.order))
            if last.type == "visit" and cand.type != "visit":
                # "X, who arrived late on Friday, held meetings with A and B [Saturday]. In the evening he was
                # received by C": the evening of the day the narrative reached, told after the arrival
                later = [d for d in grouper.drafts if d.order > last.order and d.type != "visit" and d.date_expr is not None
                         and d.resolved is not None and d.resolved.precision == "day" and last.resolved.precision == "day"
                         and d.last_sentence >= now - back - 1 and d.resolved.value > last.resolved.value
                         and not (d.background or d.past_perfect)]
                last = max(later, key=lambda d: (d.resolved.value, d.order)) if later else last  # type: ignore[union-attr]
            return last.date_expr, last.resolved
    if (cand.also or after_meeting) and cand.type != "visit" and not (cand.past_perfect or cand.background) \
            and not on_that_trip(cand):  # 'During the same visit ... also met': the trip's rule below decides
        # "X met A on Wednesday. [Two sentences on A's words, a background line on a war begun on Oct. 7, 2023.]
        # X also met B": further back, the meeting the 'also' adds to, not the day of the history told between
        told = [d for d in grouper.drafts if d.resolved is not None and d.date_expr is not None and d.type != "visit"
                and not (d.background or d.past_perfect) and d.last_sentence >= grouper.section_start]
        if told:
            last = max(told, key=lambda d: (d.last_sentence, d.order))
            return last.date_expr, last.resolved
    if on_that_trip(cand):
        # "During the same visit the delegation also held talks with Y", sentences after the visit's meeting:
        # within that trip, whose month is all the report says (the meeting's own day is not told) when the
        # trip ran over several days; a trip told on one day only ("visited Kabul on Sunday") is that day
        trip = [d for d in grouper.drafts if d.resolved is not None and d.date_expr is not None and not (d.background or d.past_perfect)
                and d.last_sentence >= grouper.section_start]
        if trip:
            last = max(trip, key=lambda d: (d.last_sentence, d.order))
            assert last.resolved is not None
            one_day = len({d.resolved.value for d in trip if d.resolved is not None}) == 1 and last.resolved.precision == "day"
            return last.date_expr, last.resolved if one_day else last.resolved.month_only()
    for back in range(2, min(len(grouper.sentence_dates) - grouper.section_start, 5) + 1):  # a day named shortly before, same entry
        for expr in grouper.sentence_dates[-back]:
            resolved = resolve(expr, grouper.published, future=False) if expr.kind != "anaphoric" else None
            if resolved is not None and (back == 2 or resolved.precision == "day"):
                return expr, resolved
    return None, None


def _travellers_trip(grouper: Grouper, cand: Candidate) -> Draft | None:
    """'X met A in Kuwait on Sunday. [Y met B in Cairo.] On the same trip, X also met C': the latest
    event of the report's own subject (the traveller), not whatever event was told last."""
    names = {p.name for p in cand.subject_people} | {o.name for o in cand.subject_orgs}
    told = grouper.last_subject  # "the Jordanian minister also met C": who the grouper resolved
    if not names and cand.anaphor and told is not None and told[0] == len(grouper.sentence_people) - 1:
        names = {p.name for p in told[1]} | {o.name for o in told[2]}
    if not names:
        return None
    trips = [d for d in grouper.drafts if d.resolved is not None and d.date_expr is not None and not (d.background or d.past_perfect)
             and d.last_sentence >= grouper.section_start and names & (set(d.people) | set(d.orgs))]
    return max(trips, key=lambda d: (d.last_sentence, d.order)) if trips else None


# "left Beirut on Friday afternoon for Damascus", "departed Doha on Monday": the day a trip ended
_DEPARTED = re.compile(r"\b(?:left|departed|flew out of|flew home from|wrapped up|concluded)\b", re.I)


def note_departure(grouper: Grouper, text: str, dates: list[DateExpr]) -> None:
    """Remember the day the article says the visitor left, which 'on the eve of his departure' counts back from."""
    for m in _DEPARTED.finditer(text) if dates else ():  # (a day after the word is what is remembered)
        for expr in dates:
            if expr.kind != "anaphoric" and 0 <= expr.start - m.end() <= 40:
                resolved = resolve(expr, grouper.published, future=False)
                if resolved is not None and resolved.precision == "day":
                    grouper.departure = resolved
                    return


def departure_day(grouper: Grouper, cand: Candidate) -> ResolvedDate | None:
    """'On the eve of his departure, X received Y': the day before the departure told in the article
    (before or after this sentence), not the day before the meeting just told."""
    expr = cand.date
    if expr is None or "departure" not in (expr.rel or "") or grouper.departure is None:
        return None
    day = date.fromisoformat(grouper.departure.value) + timedelta(days=expr.day or 0)
    return ResolvedDate(day.isoformat(), "day", "relative")
