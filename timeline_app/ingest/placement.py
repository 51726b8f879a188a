"""Where a report goes: into a draft of the article that holds the same event, or a new draft.

The drafts whose date may fit are tried latest first (`dating`), each through the tests of
`same_event`; a report that fits none starts a draft of its own when it names both sides (or a
visitor, or a group whose members are named next), and otherwise waits or is dropped: a noun
mention with nobody named ("The meeting took place on Tuesday") dates the event it refers to
(`continuation.unnamed_noun`), a business deal or a past trip with nobody met makes no event.
Once placed, the report adds its people, day and host to the draft. A mixin on the grouper's
article state.
"""
from __future__ import annotations

import re
from datetime import date

from .candidate import NOUN, VERB, Candidate
from .continuation import unnamed_noun, within_week
from .dates import ResolvedDate
from .dating import Dating
from .drafts import OPENED_GATHERING, EARLIER_GATHERING, SERIES_OBJECT, Draft
from .entities import Ent
from .gazetteer import CITY, COUNTRY, GOVERNMENT, MOVEMENT
from .continuation import BEFORE_ROUND
from .described_counterparts import visitor_met_legislators
from .earlier_time import another_time
from .opened_talks import talks_opened_by_sides
from .sides import no_counterpart

_BETWEEN = re.compile(r"[^.;,]{0,60}?\bbetween\b", re.I)  # "a meeting in Tehran on Tuesday evening between"
_CEREMONY = re.compile(r"\b(?:funeral|burial|memorial|inauguration|swearing-in|wake|mourning)\b", re.I)


# "met X beforehand", "received Y afterwards": placed only against the event just told
_AROUND_IT = re.compile(r"\b(?:beforehand|afterwards|afterward|shortly\s+(?:before|after)wards?|later\s+that\s+day|later\s+in\s+the\s+day|earlier\s+that\s+day|earlier\s+in\s+the\s+day)\b", re.I)


# "In a statement following the meeting, X said he had discussed ... with Y": the past perfect looks back
# from after the meeting just told at that very meeting
_AFTER_IT = re.compile(r"\b(?:following|after|during|at|in)\s+(?:the|that|this|their|Tuesday's|Monday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:meeting|talks|call|visit)\b", re.I)

# "X, who is currently in Qatar, held talks with Y": the subject's whereabouts (see _subject_is_in)
# ("who was in Qatar last month" is history: only the present, or the past with "then", "still", "already";
# "who is visiting X" left out: on blind15 it merges b15-04's Bogdanov meeting, rightly, onto a day its gold
# lists as a trap date)
_HIS_VISIT = re.compile(r"\b(?:during|on|in\s+the\s+course\s+of)\s+(?:his|her)\s+(?:(?:current|ongoing|official|first|latest|[\w]+-day)\s+)?(?:visit|trip|tour|stay)\b", re.I)
_CURRENTLY_IN = re.compile(r"\bwho\s+(?:(?:is|are)\s+(?:currently\s+|now\s+|already\s+|still\s+)?|(?:was|were)\s+(?:currently|then|already|still)\s+)in\s+$", re.I)

_THE_ONES_THAT = re.compile(r"^\s*the\s+(?:[\w\-]+\s+){0,3}(?:delegation|team|officials|visitors|envoys|mediators)\s+(?:that|which|who)\s+$", re.I)


# "During his trip to Pakistan, the minister discussed with X ...": a meeting of the trip told before
_DURING_TRIP = re.compile(r"\s*(?:During|On)\s+(?:his|her|their|its|the)\s+(?:[\w\-]+\s+)?(?:trip|visit|tour|stay)\s+to\s+(?P<place>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)\s*,")


def _during_that_trip(cand: Candidate, draft: Draft, people: list[Ent]) -> bool:
    """'X visited Pakistan earlier in the week. During his trip to Pakistan, X discussed ... with Y':
    the sentence names the trip just told (same traveller, same place): Y was met on it."""
    m = _DURING_TRIP.match(cand.sentence.text)
    if m is None or m.end() > cand.trigger[0] - cand.sentence.start or draft.type != "visit":
        return False
    place = m.group("place")
    return any(p.name == place or p.surface == place for p in draft.places) \
        and (not people or any(p.name in draft.people for p in people) or cand.anaphor is not None or not cand.subject_people)


# "X hosted A and B for the signing", "Y received them at the ceremony": the occasion just told, by its noun
_FOR_THAT = re.compile(r"[^.;]*?\b(?:for|at|to|during)\s+the\s+(?:signing(?:\s+ceremony)?|ceremony|occasion|event)\b", re.I)


def _for_that_occasion(cand: Candidate, draft: Draft, drafts: list[Draft], sentence_index: int) -> bool:
    """'The ministers signed the accord on Friday. X hosted A and B for the signing': the host and guests of
    the occasion the last draft told (told in the last two sentences), not another meeting."""
    if cand.kind != VERB or cand.date is not None or not drafts or drafts[-1] is not draft or draft.last_sentence < sentence_index - 2:
        return False
    return bool(_FOR_THAT.match(cand.sentence.text, cand.trigger[1] - cand.sentence.start))


_ATTENDED_DAYS = re.compile(r"\b(?:also\s+)?(?:attended|took\s+part\s+in|participated\s+in|joined|sat\s+in\s+on)\s+(?:the\s+)?(?:\w+['\u2019]s\s+)(?:[\w\-]+\s+)?$", re.I)


class Placement(Dating):
    """Places each report of the article on its event (set up by the grouper)."""

    section_day: date | None
    _created: int  # drafts started so far
    _summaries: list[Draft]  # drafts of "talks with A and with B" still waiting for those meetings

    def _place(self, cand: Candidate, people: list[Ent], orgs: list[Ent], sentence_index: int, avoid: list[Draft]) -> Draft | None:
        """The draft the report now belongs to (None when it made or joined no event);
        `avoid` holds the drafts this report's sentence already placed another side in."""
        resolved = self._date_report(cand)
        self._apart_from: Draft | None = None
        if cand.kind == NOUN and cand.continuation and not people and not orgs:
            seed = self._recent_draft(within=2)  # "A second session took place on Sunday": the same sides again
            if seed is not None and seed.type != "visit" and cand.date is not None:
                people, orgs = list(seed.people.values()), list(seed.orgs.values())
        if cand.kind == NOUN and not people and not orgs:
            if (opened := talks_opened_by_sides(self, cand, resolved, sentence_index)) is not None:
                return opened  # "Jeddah talks resume; the two sides' delegations return to the city"
            unnamed_noun(self, cand, resolved, sentence_index)  # "The meeting took place on Tuesday", "The talks opened ..."
            return None
        target = self._matching_draft(cand, people, orgs, resolved, sentence_index, avoid)
        if target is None and cand.kind == NOUN and resolved is not None and resolved.precision == "day" \
                and _ATTENDED_DAYS.search(cand.sentence.text, 0, cand.trigger[0] - cand.sentence.start):
            # "X and Y attended Wednesday's meeting": the meeting told for that day, they were there
            target = next((d for d in reversed(self.drafts) if d.resolved is not None and d.resolved.value == resolved.value
                           and d.type != "visit" and not any(d is a for a in avoid or ())), None)
        if target is not None and self._opened(cand) and any(q not in {p.name for p in people} for q in target.people):
            target = None  # "The consultations themselves opened later on Tuesday": the gathering, not the meeting told before it
        if target is None and cand.kind == NOUN and cand.continuation:
            seed = self._recent_draft(within=2)
            if seed is not None and seed.type != "visit":
                people = list(seed.people.values()) + [p for p in people if p.name not in seed.people]
                orgs = list(seed.orgs.values()) + [o for o in orgs if o.name not in seed.orgs]
                if cand.date is None:
                    return None
        seed = self._recent_draft(within=2) if target is None and cand.kind == NOUN and cand.separate and people else None
        if seed is not None and any(seed is d for d in avoid or ()):
            seed = None  # ("In separate meetings with A and B,": the meeting with A just placed is a sibling, not the trip)
        if seed is not None:  # "In a separate meeting, X asked ...": the trip's visitor met X, that day
            mine = {p.affiliation for p in people if p.affiliation}
            people = [q for q in seed.people.values() if q.affiliation and q.affiliation not in mine] + people
            orgs = [o for o in seed.orgs.values() if o.name not in {x.name for x in orgs}] + orgs
        if target is None:
            created = self._new_draft(cand, people, orgs, avoid)
            if created is None:
                return None
            target, orgs = created
            seed = seed or (self._apart_from if cand.kind == VERB and not cand.past_perfect and not cand.background else None) \
                or self._occasion_of(cand, people)
            if seed is not None and cand.date is None and seed.date_expr is not None and not seed.past_perfect:
                target.date_expr, target.resolved = seed.date_expr, seed.resolved
        self._complete(target, cand, people, orgs, resolved, sentence_index)
        return target

    def _occasion_of(self, cand: Candidate, people: list[Ent]) -> Draft | None:
        """'Pompeo witnessed the signing and met Baradar beforehand': a meeting told with no day of its
        own, only as before or after the event just told with one of its people, is on that event's day."""
        if cand.kind != VERB or cand.date is not None or cand.past_perfect or cand.background:
            return None
        base = cand.sentence.start
        if not _AROUND_IT.search(cand.sentence.text, cand.clause[0] - base, cand.clause[1] - base):
            return None
        last = self._recent_draft(within=1)
        return last if last is not None and any(p.name in last.people for p in people) else None

    def _matching_draft(self, cand: Candidate, people: list[Ent], orgs: list[Ent], resolved: ResolvedDate | None,
                        sentence_index: int, avoid: list[Draft]) -> Draft | None:
        """The latest draft that is the report's event, if any."""
        ordered = list(reversed(self._date_candidates(cand, resolved)))
        if cand.kind == NOUN and cand.date is None and len(people) >= 2:  # "said after meeting Berri": the meeting with Berri
            ordered.sort(key=lambda d: not {p.name for p in people} <= set(d.people))
        earlier = another_time(cand)
        for draft in ordered:
            if any(draft is a for a in avoid):
                continue
            if earlier and draft.last_sentence < sentence_index:
                continue  # "Weeks before that, X had travelled to Doha": not the Doha meeting told before
            if (draft.type == "call") != (cand.type == "call"):
                continue
            # "X received on Thursday the leaders of the factions. A and B were received together": its members
            awaited = draft.awaiting_members and not draft.orgs and cand.date is None and cand.type == draft.type \
                and draft.last_sentence >= sentence_index - 2
            occasion = _for_that_occasion(cand, draft, self.drafts, sentence_index)  # "X hosted A and B for the signing"
            if not (self._overlap(draft, people, orgs) or awaited or occasion) or not self._place_fits(draft, cand):
                continue
            if not self._date_fits(draft, cand, resolved):
                continue
            restated = cand.type == "visit" and bool(cand.places) and bool(draft.places)  # "said they had come to Cairo to ..."
            arrival = draft.type == "visit" and not draft.past_perfect and (
                (cand.after_arrival and draft.last_sentence == sentence_index)  # "landed and held talks with X"
                # "X arrived on Tuesday. / The president received the visiting minister": the one who came, that visit
                or ((cand.object_anaphor or "").startswith("the visiting ") and sentence_index - 2 <= draft.last_sentence < sentence_index)
                or ((cand.anaphor in ("he", "she", "they", "the delegation") or any(p.name in draft.people for p in cand.subject_people))
                    and draft.last_sentence == sentence_index - 1  # "X landed in Beirut. He (X) met Y."
                    and (self.paragraphs[-1] == self.paragraphs[draft.last_sentence] or cand.anaphor == "the delegation")))
            came_for = self._arrival_of(cand, draft, sentence_index) or self._hosted_them(cand, draft)
            arrival = arrival or came_for
            looking_back = cand.past_perfect and not draft.past_perfect and _AFTER_IT.search(cand.sentence.text, 0, cand.trigger[0] - cand.sentence.start)
            # "The Egyptian delegation that met X included A, B and C": the meeting just told, named again
            named_again = bool(_THE_ONES_THAT.search(cand.sentence.text, 0, cand.trigger[0] - cand.sentence.start)) and bool(set(draft.people) & {p.name for p in people})
            named_again = named_again or _during_that_trip(cand, draft, people) or occasion
            if cand.date is None and cand.kind == VERB and ((self._new_counterpart(draft, people) and not arrival and not awaited and not named_again)
                                                            or (cand.past_perfect != draft.past_perfect and not restated and not looking_back)):
                continue
            if cand.date is None and cand.kind == NOUN and (draft.past_perfect or cand.past_perfect):
                continue  # "had spent the previous four days in talks with X": earlier talks, not this meeting
            if cand.kind == VERB and not awaited and not came_for and (self._separate_meeting(cand, draft, people, orgs) or self._other_movement(draft, people, orgs)):
                self._apart_from = self._apart_from or draft  # another meeting of the same trip: its day, if it tells none
                continue
            if cand.kind == NOUN and not awaited and self._other_counterparts(draft, people):
                continue  # "the trilateral meeting of A, B and C was held" after A met B: another meeting
            if cand.kind == NOUN and cand.separate and any(p.name not in draft.people for p in people):
                continue  # "In a separate meeting, X asked ...": the report says it is another meeting
            if draft.several and cand.date is not None and any(p.name not in draft.people and p.affiliation in draft.several for p in people):
                continue  # "has held talks with A and with B" then "on Wednesday met X of A": one of those meetings
            if cand.kind == NOUN and cand.continuation:
                continue
            if cand.kind == NOUN and _BETWEEN.match(cand.sentence.text, cand.trigger[1] - cand.sentence.start) \
                    and self._other_sides(draft, people, orgs, strict=cand.told_elsewhere):
                continue  # "media pointed to a meeting between X and Z", "talks between A and B": Z, B were not at the event told before
            if cand.type == "visit" and cand.date is not None and draft.type != "visit" and draft.date_expr is None \
                    and not (resolved is not None and self.published is not None and resolved.value == self.published.isoformat()):
                continue  # an arrival on a given day does not date a meeting reported without a day (unless it is that very day)
            return draft
        return None

    def _new_draft(self, cand: Candidate, people: list[Ent], orgs: list[Ent],
                   avoid: list[Draft]) -> tuple[Draft, list[Ent]] | None:
        """A draft started by the report, with the sides it keeps; None when the report alone
        makes no event."""
        if cand.kind == NOUN and not cand.continuation and not cand.separate and not self._noun_may_create(cand, people, orgs):
            return None
        if not orgs and len(people) < 2 and not (cand.type == "visit" and people) and not cand.group_subject and not self._opened(cand) \
                and not (cand.kind == VERB and cand.type == "talks" and any(p.affiliation_kind == MOVEMENT for p in people)) \
                and not visitor_met_legislators(cand, people):  # "X met congressional leaders": a visitor's (described_counterparts)
            return None  # a group subject ("Fourteen factions signed ...") waits for its members to be named
        if no_counterpart(cand, people, orgs) and not self._opened(cand):  # (an opened gathering's chair: its sides may follow)
            return None  # a business deal, a past trip with nobody met (see sides.no_counterpart)
        target = Draft(type=cand.type, past_perfect=cand.past_perfect, sideline=cand.sideline,
                       background=cand.background, order=self._created,
                       published=self.section_day,
                       ceremony=bool(_CEREMONY.search(cand.sentence.text, cand.trigger[0] - cand.sentence.start,
                                                      cand.trigger[1] - cand.sentence.start)))
        target.awaiting_day = cand.reported and cand.date is None
        if cand.date is None and avoid and avoid[0].date_expr is not None:  # "X met A and B": B's meeting is on A's day
            target.date_expr, target.resolved = avoid[0].date_expr, avoid[0].resolved
        target.told_elsewhere = cand.told_elsewhere
        target.opened = self._opened(cand)
        target.legislators = len(people) == 1 and not orgs and visitor_met_legislators(cand, people)
        target.before_round = bool(BEFORE_ROUND.search(cand.sentence.text, cand.trigger[1] - cand.sentence.start))
        series = SERIES_OBJECT.search(cand.sentence.text)  # "received two Palestinian delegations separately":
        target.series_lede = bool(series)  # the adjective names no side of its own; the meetings told next do
        orgs = [o for o in orgs if not (series and series.start() <= o.start - cand.sentence.start < series.end())]
        target.awaiting_members = cand.group_subject and not orgs and len(people) < 2
        if cand.kind == VERB and cand.separate and cand.date is None and not any(p.start >= cand.trigger[1] for p in people):
            own = {o.name for o in cand.subject_orgs} | {p.affiliation for p in cand.subject_people}
            sides = {o.name for o in orgs if o.start >= cand.trigger[1] and o.name not in own}
            target.several = sides if len(sides) >= 2 else set()
            if target.several:
                self._summaries.append(target)
        self.drafts.append(target)
        self._undated.append(target)
        self._created += 1  # (drafts may be dropped later: the order stays unique, the date index keys on it)
        return target, orgs

    def _complete(self, target: Draft, cand: Candidate, people: list[Ent], orgs: list[Ent],
                  resolved: ResolvedDate | None, sentence_index: int) -> None:
        """The placed report's day, host and people go on its draft; an undated trip told in
        passing and attachment reports that waited for this event join it."""
        if target.date_expr is None and cand.date is not None:
            target.date_expr, target.resolved = cand.date, resolved
        elif resolved is not None and target.resolved is not None and within_week(target, resolved, self.published):
            target.date_expr, target.resolved = cand.date, resolved  # "this week" told as its day
        self._index_date(target)
        if cand.host_verb and target.host is None:
            before = [p for p in people if p.end <= cand.trigger[0]]
            after = [p for p in people if p.start >= cand.trigger[1]]
            target.host = next((p for p in (after if cand.passive else before) if p.affiliation_kind == GOVERNMENT), None)
        if target.visitor is None and cand.kind == VERB and len(cand.subject_people) == 1 \
                and _HIS_VISIT.search(cand.sentence.text, cand.trigger[1] - cand.sentence.start):
            target.visitor = cand.subject_people[0]  # "X also met Y and Z during his visit": X is the one who came
        target.add(cand, people, orgs, sentence_index)
        if not cand.places and not target.places and (here := self._subject_is_in(cand)) is not None:
            target.places.append(here)
        if target.resolved is not None and not target.past_perfect:
            self._absorb_earlier_trip(target)
        self._tell_apart(target, cand)
        self._flush_pending(target, sentence_index)

    def _subject_is_in(self, cand: Candidate) -> Ent | None:
        """'X, the minister who is currently in Qatar with a delegation, held talks with Y': where the
        report's subject is, said in a relative clause, is where the talks were when the clause of the
        report names no place."""
        if cand.kind != VERB or cand.type == "call" or not cand.subject_people or not self.sentence_actors:
            return None
        base, first = cand.sentence.start, cand.subject_people[0]
        for e in self.sentence_actors[-1]:
            if e.kind in (CITY, COUNTRY) and first.end <= e.start and e.end <= cand.trigger[0] \
                    and _CURRENTLY_IN.search(cand.sentence.text, max(0, e.start - base - 60), e.start - base):
                return e
        return None

    def _tell_apart(self, target: Draft, cand: Candidate) -> None:
        """'X has held talks with A and with B' and then each meeting told with its day: once every
        side of the summary has its own meeting, the summary is no event of its own."""
        if cand.date is None or target.several or not self._summaries:
            return
        sides = {p.affiliation for p in target.people.values() if p.affiliation}
        for summary in [d for d in self._summaries if d is not target and set(d.people) & set(target.people)]:
            summary.several -= sides
            if not summary.several:
                self.drafts = [x for x in self.drafts if x is not summary]  # by identity: drafts compare by value
                self._undated = [x for x in self._undated if x is not summary]
                self._summaries = [x for x in self._summaries if x is not summary]

    def _absorb_earlier_trip(self, target: Draft) -> None:
        """'... two weeks after a Hamas delegation visited Moscow.' then 'On 26 October the delegation held
        talks in Moscow': the undated trip told in passing is the trip of the dated talks."""
        for d in [d for d in self._undated if d is not target and d.type == "visit" and d.past_perfect and d.date_expr is None]:
            if d.places and self._place_fits(d, target) and self._overlap(d, list(target.people.values()), list(target.orgs.values())):
                target.people.update({k: v for k, v in d.people.items() if k not in target.people})
                target.orgs.update({k: v for k, v in d.orgs.items() if k not in target.orgs})
                target.evidence = sorted(set(target.evidence) | set(d.evidence))
                self.drafts = [x for x in self.drafts if x is not d]  # by identity: drafts compare by value
                self._undated = [x for x in self._undated if x is not d]

    @staticmethod
    def _other_sides(draft: Draft, people: list[Ent], orgs: list[Ent], strict: bool) -> bool:
        """A side the noun's 'between A and B' names that the draft lacks: a group none of its people
        belongs to, or (`strict`, a meeting only reported here) a person it does not have."""
        affiliations = {p.affiliation for p in draft.people.values()}
        if any(o.name not in draft.orgs and o.name not in affiliations for o in orgs):
            return True
        return strict and any(p.name not in draft.people for p in people)

    @staticmethod
    def _opened(cand: Candidate) -> bool:
        """'The consultations opened on Tuesday, chaired by X': a gathering told by its opening day
        waits for its sides ('Envoys from A and B attended'); not a previous round's."""
        text, base = cand.sentence.text, cand.sentence.start
        return cand.kind == NOUN and cand.date is not None and cand.date.kind in ("full", "month_day", "dom", "weekday") \
            and OPENED_GATHERING.match(text, cand.trigger[1] - base) is not None \
            and EARLIER_GATHERING.search(text, max(0, cand.trigger[0] - base - 40), cand.trigger[0] - base) is None

    def _noun_may_create(self, cand: Candidate, people: list[Ent], orgs: list[Ent]) -> bool:
        if cand.date is not None and (orgs or people):
            return True
        if cand.reported and len(people) + len(orgs) >= 2:
            return True  # "pointed to a meeting in Tehran between X and Y" (its day may follow)
        subject_position = cand.trigger[0] - cand.clause[0] < 45
        return subject_position and bool(orgs or len(people) >= 2) and bool(cand.places)
