"""Is a report the event a draft already holds? The tests the grouper asks of each draft in turn.

A report joins a draft when they share a side (`_overlap`), agree on place (`_place_fits`) and do
not disagree on date (`_date_fits`); and it stays out, even then, when it shows it is another
meeting: a new counterpart ("He later held talks with Prime Minister ..."), another movement
meeting the same host, "also met X separately" (`_separate_meeting`, `_other_movement`). Kept apart
from where reports are placed (`placement`) so these rules can be read, and tested, as one list.
A mixin on the grouper's article state, like `attachment` and `coreference`.
"""
from __future__ import annotations

import re
from datetime import date

from .attachment import Attachment
from .candidate import VERB, Candidate
from .memory import UNNAMED_OFFICIAL
from .continuation import in_week, within_week
from .dates import ResolvedDate
from .drafts import Draft
from .entities import Ent
from .gazetteer import GOVERNMENT, MOVEMENT
from .resources import load_json, phrase_alternatives


# a report that names the larger meeting as another occasion, or calls itself separate, is a meeting of its own
_BEFORE_THE_MEETING = re.compile(r"\W*(?:before|after|ahead\s+of|prior\s+to)\s+(?:the|that|this)\s+(?:[\w\-]+\s+){0,2}(?:meeting|talks|session|summit|gathering)\s*,", re.I)
# "Before seeing X, the delegation held consultations with Y": the fronted clause names the meeting with X
# as another occasion (its verbs in resources/triggers.json, "other_occasion_verbs")
_BEFORE_SEEING = re.compile(r"\W*(?:before|after|prior\s+to)\s+(?:" + phrase_alternatives(load_json("triggers.json")["other_occasion_verbs"]["words"])
                            + r")\s+[^,;.]{1,60},", re.I)
_A_SEPARATE = re.compile(r"\b(?:a|an)\s+separate\b", re.I)
# "The meeting", "The two-hour talks", "That meeting" opening a sentence (up to the noun's trigger)
# ("The previous meeting", "The last such talks" are another one)
_THE_MEETING = re.compile(r"\s*(?:The|That|This)\s+(?!(?:[\w\-]+\s+)?(?:previous|last|first|earlier|next|former|prior|latest)\b)(?:[\w\-]+\s+){0,2}$", re.I)
_TOLD_AGAIN_DAYS = 7  # a report's "has held talks" tells the days of the week before it
_SEPARATELY_BEFORE = re.compile(r"\bseparately\s+(?:also\s+)?$", re.I)
# "Y met Z separately on Tuesday evening": the adverb after the one met, before the day
_SEPARATELY_AFTER = re.compile(r"\s+(?:with\s+)?(?:[\w\-\u2019'.]+\s+){1,6}?separately\s+(?:on|in|at|late|early|later|earlier)\b", re.I)
# "met a group of Palestinian faction leaders", "received representatives of the factions": people met, unnamed here
_GROUP_MET = re.compile(r"\s+(?:with\s+)?(?:a\s+(?:group|number)\s+of\s+|several\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?:leaders|representatives|officials|figures|heads|delegates|envoys|ambassadors|diplomats)\b", re.I)
_EARLIER_LATER = re.compile(r"[\s\"\u201c\u2018']*(?:earlier|later)\s+(?:in\s+the\s+day|that\s+day|on\s+\w+|today)\b", re.I)
_BEFORE_CEREMONY = re.compile(r"\b(?:before|ahead\s+of|prior\s+to)\s+the\s+(?:[\w\-]+\s+)?(?:ceremony|signing)\b", re.I)
_AFTER_THE_EVENT = re.compile(r"\bafter\s+the\s+(?:audience|meeting|talks|reception)\b", re.I)


class SameEvent(Attachment):
    """Whether a report and a draft are one event (set up by the grouper)."""

    published: date | None

    def _overlap(self, draft: Draft, people: list[Ent], orgs: list[Ent], *, loose: bool = False) -> bool:
        names = set(draft.people) | set(draft.orgs)
        affiliations = {p.affiliation for p in draft.people.values() if p.affiliation}
        for e in people:
            if e.name in names or (e.affiliation and e.affiliation in draft.orgs):
                return True
            if loose and e.affiliation and e.affiliation in affiliations:
                return True
        states = {d.country for d in draft.orgs.values() if d.country and d.kind != MOVEMENT}
        for o in orgs:
            if o.name in names or o.name in affiliations:
                return True
            if o.kind == GOVERNMENT and (o.country or o.name) in states:
                return True  # "the Egyptian delegation" after "a delegation of the Egyptian intelligence service"
        return False

    def _place_fits(self, draft: Draft, cand: Candidate) -> bool:
        if not draft.places or not cand.places:
            return True
        a = {p.name for p in draft.places} | {p.country for p in draft.places if p.country}
        return any(p.name in a or (p.country and p.country in a) for p in cand.places)

    @staticmethod
    def _same_two_sides(draft: Draft, people: list[Ent], orgs: list[Ent]) -> bool:
        """The draft is a meeting of two sides or more, its sides and people all among the report's
        (a conference with more people than the report names is another event)."""
        theirs = set(draft.orgs) | {q.affiliation or q.name for q in draft.people.values()}
        mine = {o.name for o in orgs} | {p.affiliation or p.name for p in people}
        return len(theirs) >= 2 and theirs <= mine and set(draft.people) <= {p.name for p in people}

    def _other_movement(self, draft: Draft, people: list[Ent], orgs: list[Ent]) -> bool:
        """Hamas and Islamic Jihad each meeting the same intelligence chief: two meetings."""
        def movements(ps: list[Ent], os: list[Ent]) -> set[str]:
            found = {o.name for o in os if o.kind == MOVEMENT}
            return found | {p.affiliation for p in ps if p.affiliation_kind == MOVEMENT and p.affiliation}
        mine = movements(people, orgs)
        theirs = movements(list(draft.people.values()), list(draft.orgs.values()))
        return bool(mine and theirs and not mine & theirs)

    def _separate_meeting(self, cand: Candidate, draft: Draft, people: list[Ent], orgs: list[Ent]) -> bool:
        """Signs that a report with a new person is another meeting, even on the same day:
        'also met X', 'on the sidelines', or a second host from the side the event already has
        ('received by the crown prince ... Earlier, talks with the foreign minister')."""
        if cand.object_group and any(o.name not in draft.orgs for o in orgs) \
                and sum(1 for d in self.drafts if d.last_sentence == draft.last_sentence and d.type != "visit") >= 2:
            return True  # "met A and B separately ... then chaired a session between the two delegations": all together, another meeting
        if cand.sideline and not draft.sideline and not self._same_two_sides(draft, people, orgs):
            return True  # (a two-sided meeting told again "on the margins of the forum" is that meeting)
        if cand.also and _AFTER_THE_EVENT.search(cand.sentence.text, cand.trigger[1] - cand.sentence.start):
            return True  # "The minister also received X after the audience": a meeting of its own, after that one
        if cand.also and cand.separate:
            return True  # "He also met X separately": another meeting even with people the event has
        if cand.kind == VERB and cand.date is not None and _SEPARATELY_BEFORE.search(cand.sentence.text, 0, cand.trigger[0] - cand.sentence.start):
            return True  # "Wang separately met A and B on Tuesday morning": apart from the ceremony they all attended
        if cand.kind == VERB and cand.date is not None and _SEPARATELY_AFTER.match(cand.sentence.text, cand.trigger[1] - cand.sentence.start):
            return True  # "Baradar met the former president separately on Tuesday evening": not the round both attended
        if cand.after_arrival and draft.type == "visit" and _separately_with_several(cand):
            return True  # "arrived on Monday and held separate meetings with A, with B and with C": the arrival folds into the first (arrivals)
        named = {x.name for x in people}
        # ("Prior to the talks, X met the movement behind closed doors" after talks told with no one named: X's own meeting)
        if cand.kind == VERB and (any(q not in named for q in draft.people) or (not draft.people and cand.type != "visit")) and (
                _BEFORE_THE_MEETING.match(cand.sentence.text) or _BEFORE_SEEING.match(cand.sentence.text) or _A_SEPARATE.search(cand.sentence.text, cand.trigger[0] - cand.sentence.start, cand.trigger[1] - cand.sentence.start)):
            return True  # "Before the three-way meeting, X received Y alone", "Y held a separate meeting with Z": not the larger meeting
        if cand.host_verb and cand.group_subject and cand.subject_people and not draft.awaiting_members:
            own = {p.affiliation for p in cand.subject_people}  # "X received the leaders of the factions" after X met Y: another meeting
            if any(q.affiliation and q.affiliation not in own for q in draft.people.values()):
                return True
        new = [p for p in people if p.name not in draft.people]
        if cand.separate and any(p.affiliation and p.affiliation not in draft.orgs for p in new):
            return True  # "X, also in town, met the delegation separately": his own meeting with it
        sides = set(draft.orgs) | {q.affiliation for q in draft.people.values() if q.affiliation}
        person_sides = {q.affiliation for q in draft.people.values() if q.affiliation}
        if len(person_sides) >= 2 and any((o.kind == MOVEMENT or o.t0 == UNNAMED_OFFICIAL) and o.name not in sides for o in orgs):
            return True  # "he met with Hezbollah officials later", "also spoke with a Qatari minister": a side new to a two-sided meeting
        if len(person_sides) >= 2 and any(p.affiliation and p.affiliation not in person_sides for p in new):
            return True  # the visitor met the host; "late on Wednesday, he met X" of a third side is another meeting
        named = {x.name for x in people}
        aside = re.search(r",\s+(?:which|who)\s+(?:also\s+)?$", cand.sentence.text[:cand.trigger[0] - cand.sentence.start])
        if len(person_sides) >= 2 and not aside and any(p.affiliation in person_sides and p.start >= cand.trigger[1] and not any(
                q.affiliation == p.affiliation and q.name in named for q in draft.people.values()) for p in new):
            return True  # "the delegation held a meeting with X" after it met Y of X's side: X is another counterpart
        if cand.also and not new and len([o for o in orgs if o.start >= cand.trigger[1] and o.name not in sides]) >= 2:
            return True  # "the envoys also discussed X with a delegation from A and B": sides new to the event, another meeting
        if cand.kind == VERB and cand.also and not new and len(sides) >= 2 and _GROUP_MET.match(cand.sentence.text, cand.trigger[1] - cand.sentence.start) \
                and re.match(r"\s*(?:later|earlier)\b", cand.sentence.text[cand.clause[0] - cand.sentence.start:], re.I):
            return True  # "Later the same day X met a group of faction leaders" after his meeting with Y: a meeting of its own
        if cand.kind == VERB and not new and (len(sides) >= 3 or len(draft.people) > len(named) >= 2) \
                and len({p.affiliation or p.name for p in people}) <= 2 and (_EARLIER_LATER.match(cand.sentence.text) or cand.also):
            return True  # "Earlier in the day, A met B" ("A and B also chaired ...") after A, B and C held trilateral talks: the two alone, another meeting
        if cand.kind == VERB and not people and draft.people and _EARLIER_LATER.match(cand.sentence.text):
            return True  # "Earlier in the day, A's representatives and B's officials held a meeting" after A met B's leader: another meeting that day
        if not new:
            return False
        if cand.kind == VERB and _BEFORE_CEREMONY.search(cand.sentence.text, cand.trigger[1] - cand.sentence.start, cand.clause[1] - cand.sentence.start):
            return True  # "Wang met the heads of the delegations before the closing ceremony": not the signing itself
        if draft.ceremony and cand.type != "visit":
            return True  # "attended the funeral on Sunday" and "on Sunday evening met X": two events
        if cand.also or (cand.sequel and set(draft.types) != {"visit"} and len({q.affiliation for q in draft.people.values()} | set(draft.orgs)) >= 2):
            return True  # an arrival and the meeting that followed it stay one event (also after 'joined the talks' with nobody named)
        shared = {p.name for p in people if p.name in draft.people}
        others = [q for q in draft.people.values() if q.name not in shared]
        if shared and others and any(p.affiliation and p.affiliation not in draft.orgs for p in new):
            return True  # the same visitor meeting someone else: 'He later held talks with Prime Minister ...'

        for p in new:
            if p.affiliation and p.affiliation not in draft.orgs and any(
                q.affiliation == p.affiliation and q.name not in {x.name for x in people} for q in draft.people.values()
            ):
                return True
        return False

    def _other_counterparts(self, draft: Draft, people: list[Ent]) -> bool:
        """A report naming the sides of a meeting ("a trilateral meeting with A, B and C") is
        another meeting than a draft whose named sides are not the same: never merge events whose
        named counterparts differ. Both must name people of two sides or more; a mention naming one
        side ("during the meeting with X") may still complete the draft."""
        mine = {p.affiliation for p in people if p.affiliation}
        theirs = {q.affiliation for q in draft.people.values() if q.affiliation}
        if len(mine) < 2 or len(theirs) < 2:
            return False
        # "a meeting between A and X" after X met B of A's side: A is not B, another meeting
        return bool(mine - theirs) or any(
            not {p.name for p in people if p.affiliation == side} & {q.name for q in draft.people.values() if q.affiliation == side}
            for side in mine)

    def _new_counterpart(self, draft: Draft, people: list[Ent]) -> bool:
        """A person the event did not have, from a known side the event does not name yet
        (someone of unknown affiliation cannot tell us that this is another meeting)."""
        named = {p.name for p in people}
        # "A met B on Monday. B received A, C and his delegation": told again with both, C joins a side there
        retold = len(draft.people) >= 2 and set(draft.people) <= named
        sides = {q.affiliation for q in draft.people.values() if q.affiliation} if retold else set()
        for p in people:
            if p.name in draft.people or not p.affiliation or p.affiliation in draft.orgs or p.affiliation in sides:
                continue
            return True
        return False

    def _date_fits(self, draft: Draft, cand: Candidate, resolved: ResolvedDate | None) -> bool:
        if cand.date is None:
            return True
        if draft.date_expr is None:
            # a report without a day is dated by publication: only a day close to it can be its day
            if draft.past_perfect:
                return False
            if resolved is None or self.published is None:
                return True
            if resolved.precision != "day":
                return False
            lag = (self.published - date.fromisoformat(resolved.value)).days
            if 0 <= lag <= 1:  # "has met" + "the meeting took place on Tuesday" (yesterday at most)
                return True
            # "X has held talks with Y in Kabul. The meeting between A and B took place on November 5": the
            # definite noun opening the next sentence names the meeting just told, and tells its day
            if 0 <= lag <= _TOLD_AGAIN_DAYS and draft is self._recent_draft(within=6) and _same_sides_retold(draft, cand):
                return True  # "as A and B delegations met C in X." then "On Sunday, A and B held talks with C in X": its day
            return 0 <= lag <= _TOLD_AGAIN_DAYS and cand.kind != VERB and draft is self._recent_draft(within=1) \
                and _THE_MEETING.match(cand.sentence.text, 0, cand.trigger[0] - cand.sentence.start) is not None
        if resolved is not None and draft.resolved is not None:
            return resolved.value == draft.resolved.value or within_week(draft, resolved, self.published) \
                or in_week(cand.date, draft.resolved, self.published) \
                or _quoted_yesterday(cand, resolved, draft)
        return cand.date.key == draft.date_expr.key

    def _hosted_them(self, cand: Candidate, draft: Draft) -> bool:
        """'A and B held talks in Beijing on Monday ... X hosted the two sides': the host of the event
        just told, not a meeting of its own (no day of its own, the sides named by a group phrase)."""
        return cand.kind == VERB and cand.host_verb and cand.object_group and cand.date is None \
            and draft.type != "visit" and draft is self._recent_draft(within=2)

    def _recap_goes_on(self, cand: Candidate, people: list[Ent]) -> bool:
        """'X had visited Beirut on May 4, when he met Y. X then travelled to Damascus': a journey told
        as the sequel of a past-perfect recap, with no day of its own and nobody met, goes on with that
        recap; it is no new trip of the page's day ('then travelled to Damascus, where he met Z' is)."""
        if cand.kind != VERB or not cand.sequel or cand.type != "visit" or cand.date is not None or cand.past_perfect \
                or any(e.start >= cand.trigger[1] for e in people + cand.orgs):
            return False
        last = self._recent_draft(within=1)
        return last is not None and last.past_perfect and any(p.name in last.people for p in people if p.end <= cand.trigger[0])

    def _fits_elaboration(self, cand: Candidate, previous: Candidate) -> bool:
        """'..., when Erdogan received Haniyeh' elaborates; '..., where he met X in Abu Dhabi on
        Wednesday' with a day or city of its own is another event."""
        if cand.date is not None and previous.date is not None and cand.date.key != previous.date.key:
            return False
        if cand.kind == VERB and _separately_with_several(cand):
            return False  # "arrived on Monday, when he held separate meetings with A, with B and with C": one meeting each
        if cand.past_perfect and not previous.past_perfect and cand.date is not None:
            return False  # "arrived in Doha after a stop in Beirut, where he had met X on Friday": an earlier event
        prev_places = {p.name for p in previous.places}
        return not (cand.places and prev_places and not prev_places & {p.name for p in cand.places})

    def _arrival_of(self, cand: Candidate, draft: Draft, sentence_index: int) -> bool:
        """'X received Y on April 20. ... Y arrived with a delegation that included A and B': an
        arrival told without a day right after the visitor's dated meeting is that meeting's."""
        return (cand.kind == VERB and cand.type == "visit" and cand.date is None and draft.type != "visit"
                and draft.resolved is not None and not draft.past_perfect and not cand.past_perfect
                and sentence_index - 2 <= draft.last_sentence < sentence_index
                and self.paragraphs[-1] == self.paragraphs[draft.last_sentence]
                and any(p.name in draft.people for p in cand.subject_people))


def _separately_with_several(cand: Candidate) -> bool:
    """'held separate meetings with A, with B and with C': several people met one by one."""
    return cand.separate and sum(p.start >= cand.trigger[1] for p in cand.people) >= 2


def _quoted_yesterday(cand: Candidate, resolved: ResolvedDate, draft: Draft) -> bool:
    """'X met Y on Sunday evening' then a quoted statement: '"X met Y yesterday evening," said Z': the
    quote's 'yesterday' counts from the day it was said, not from the page's day; the same two
    people a day apart are the meeting already told."""
    assert cand.date is not None and draft.resolved is not None
    if cand.date.kind != "relday" or resolved.precision != "day" or draft.resolved.precision != "day":
        return False
    before = cand.sentence.text[:cand.date.start]
    if before.count("\u201c") <= before.count("\u201d") and before.count('"') % 2 == 0:
        return False  # not inside a quotation
    named = {p.name for p in cand.people}
    if len(named) < 2 or not named <= set(draft.people):
        return False
    return abs((date.fromisoformat(resolved.value) - date.fromisoformat(draft.resolved.value)).days) == 1



def _same_sides_retold(draft: Draft, cand: Candidate) -> bool:
    """An undated report of a meeting of three sides or more, told again right after with all of
    them (and no other city), is that meeting: the retelling's day is its day (one document rarely
    tells two meetings of the same several sides a few days apart with nothing told in between)."""
    if len(draft.orgs) < 3 or not set(draft.orgs) <= {o.name for o in cand.orgs}:
        return False
    mine, theirs = {p.name for p in draft.places}, {p.name for p in cand.places}
    return not mine or not theirs or mine == theirs
