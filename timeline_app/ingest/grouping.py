"""Article level: turn sentence reports into events (several sentences, one meeting).

A report joins an event of the same article when they share participants, agree on place and
do not disagree on date: "arrived on Thursday" and "On Thursday afternoon ... held a meeting"
are one visit; "flew in on Sunday" and "on Monday held talks" are two. A report without a date
of its own joins the event it continues, unless it brings in a new counterpart ("he also held
talks with Qatar's Prime Minister" is another meeting). Noun mentions ("during their meeting
with Bogdanov") and attachment sentences ("the delegation included ...") add participants.
Unnamed participants are resolved by `coreference`, one sentence's several events split by
`sides`, and each finished Draft becomes an EventMention in `drafts`.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .continuation import FIRST as _FIRST, SERIES as _SERIES, THAT_DAY, continued_date, continues, departure_day, note_ceremony, note_departure, unnamed_noun, within_week
from .dates import DateExpr, ResolvedDate, resolve
from .entities import Ent
from .gazetteer import GOVERNMENT, MOVEMENT, PERSON
from .clause_parts import UNNAMED_OFFICIAL
from .candidate import ATTACH, NOUN, VERB, Candidate
from .attachment import Attachment
from .drafts import SERIES_OBJECT, Draft
from .sides import no_counterpart, orgs_of_group, split_parties, split_separate

_WITH = re.compile(r"\bwith\b", re.I)
_ABSENT = re.compile(r"\b(?:did not|didn't|does not|was not|were not|had not|has not|never)\s+(?:\w+\s+)?(?:attend|take part|participate|join|present)\b|\b(?:met|saw|received|talked to|spoke to|spoke with)\s+(?:with\s+)?(?:no|nobody|none\s+of)\b|\bstayed away\b|\bwas absent\b|\bskipped the\b|\b(?:is|was|were|are)\s+not\s+(?:part|a member|members|among the members)\s+of\s+the\s+delegation\b", re.I)
_CEREMONY = re.compile(r"\b(?:funeral|burial|memorial|inauguration|swearing-in|wake|mourning)\b", re.I)


class Grouper(Attachment):
    def __init__(self, published: date | None) -> None:
        self.published = published
        self.drafts: list[Draft] = []
        # drafts by date, so a chronology of 3,000 dated meetings compares each report with the
        # drafts of its day (and the undated ones), not with every draft of the page
        self._by_value: dict[str, list[Draft]] = {}
        self._by_key: dict[str, list[Draft]] = {}
        self._undated: list[Draft] = []
        self.pending: list[tuple[Candidate, list[Ent], list[Ent], int]] = []
        self.sentence_people: list[list[Ent]] = []
        self.sentence_actors: list[list[Ent]] = []
        self.heads: dict[str, Ent] = {}  # organisation -> the person said to head its delegation
        self.absent: set[str] = set()  # "He did not attend the meetings"
        self.paragraphs: list[int] = []  # paragraph number of each sentence fed
        self.interviewee: Ent | None = None  # who "I" is, in an interview
        self.sentence_dates: list[list[DateExpr]] = []  # each fed sentence's date layer
        self.last_actor: Ent | None = None  # the person who did the last reported visit/meeting
        self.resolved_subject: tuple[int, Ent] | None = None
        self.lede_day: tuple[DateExpr, ResolvedDate] | None = None  # the day a lede gives a series of meetings  # a report's subject named by role, and its sentence
        self.section_day: date | None = None  # a digest item's heading day ("IRAN-LEBANON | Saturday 23 November")
        self.section_start = 0  # index of the first sentence under the last heading line (a digest item, a blog entry)
        self.ceremony: tuple[DateExpr, ResolvedDate] | None = None  # the day of the funeral/ceremony last told
        self.departure: ResolvedDate | None = None  # the day the article says the visitor left

    # ------------------------------------------------------------------ matching

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
        if cand.sideline and not draft.sideline:
            return True
        if cand.also and cand.separate:
            return True  # "He also met X separately": another meeting even with people the event has
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
        if not new:
            return False
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

    def _new_counterpart(self, draft: Draft, people: list[Ent]) -> bool:
        """A person the event did not have, from a known side the event does not name yet
        (someone of unknown affiliation cannot tell us that this is another meeting)."""
        for p in people:
            if p.name in draft.people or not p.affiliation or p.affiliation in draft.orgs:
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
            return 0 <= lag <= 1  # "has met" + "the meeting took place on Tuesday" (yesterday at most)
        if resolved is not None and draft.resolved is not None:
            return resolved.value == draft.resolved.value or within_week(draft, resolved, self.published)
        return cand.date.key == draft.date_expr.key

    # ------------------------------------------------------------------ building

    def feed(self, sentence_index: int, ents: list[Ent], cands: list[Candidate], speakers: list[Ent] | None = None,
             text: str = "", paragraph: int = 0, start: int = 0, dates: list[DateExpr] | None = None) -> None:
        self.paragraphs.append(paragraph)
        self.sentence_dates.append(dates or [])
        note_ceremony(self, text, dates or [])
        note_departure(self, text, dates or [])
        self.sentence_people.append([e for e in ents if e.kind == PERSON])
        self.sentence_actors.append(ents)
        absent = _ABSENT.search(text)
        self.previous_text, text_before = text, self.previous_text
        if absent:
            # who did not attend is the subject before the negation, not the person named after it
            # ("X did not attend and sent a message read out by Y": Y was there)
            before = [e for e in ents if e.kind == PERSON and e.end - start <= absent.start()]
            if re.search(r",\s*who\s+$", text[:absent.start()]):
                before = before[-1:]  # "X did not meet Y, who did not attend": only Y stayed away
            self.previous_text = text_before
            self._mark_absent(before, text)
            self.previous_text = text
        previous: Candidate | None = None
        # per sentence, keyed by the candidate's position: an object's id() is reused once it is
        # freed, so keying by id() let a later sentence's candidate find an earlier one's draft
        by_candidate: dict[int, Draft] = {}
        subjects: dict[int, tuple[list[Ent], list[Ent]]] = {}  # candidate -> its resolved subject
        for serial, cand in enumerate(cands):
            cand.serial = serial
            if cand.anaphor == "(shared subject)" and previous is not None and previous.kind == VERB:
                # "arrived in Kabul on Monday and met X": the second verb shares time and place
                cand.date = cand.date or previous.date
                cand.places = cand.places or previous.places
                cand.after_arrival = previous.type == "visit" and cand.type != "visit"
            people, orgs = self._resolve(cand, previous, subjects)
            subjects[serial] = (
                [p for p in people if p.end <= cand.trigger[0] or p not in cand.people],
                [o for o in orgs if o.end <= cand.trigger[0] or o not in cand.orgs],
            )
            self._remember_heads(cand, people, orgs)
            if cand.kind == VERB and cand.subject_people:
                self.last_actor = cand.subject_people[0]  # named as the subject, not resolved from "the minister"
            elif cand.kind == VERB and cand.anaphor and subjects[serial][0]:
                self.resolved_subject = (len(self.sentence_people) - 1, subjects[serial][0][0])  # "the Houthi official met X. Later he met Y"
            if cand.kind == ATTACH:
                self._attach(cand, people, orgs, sentence_index)
                previous = cand
                continue
            if cand.elaborates and previous is not None and previous.serial in by_candidate and self._fits_elaboration(cand, previous):
                draft = by_candidate[previous.serial]
                draft.add(cand, people, orgs, sentence_index)
                by_candidate[serial] = draft
                previous = cand
                continue
            siblings: list[Draft] = []
            for group_people, group_orgs in split_parties(cand, people, orgs):
                groups = split_separate(cand, group_people)
                for group in groups:
                    placed = self._place(cand, group, orgs_of_group(cand, group, groups, group_orgs), sentence_index, avoid=siblings)
                    if placed is not None:
                        siblings.append(placed)
                        by_candidate.setdefault(serial, placed)
            previous = cand
        if not cands and speakers:
            self._speakers(speakers, sentence_index)

    def _fits_elaboration(self, cand: Candidate, previous: Candidate) -> bool:
        """'..., when Erdogan received Haniyeh' elaborates; '..., where he met X in Abu Dhabi on
        Wednesday' with a day or city of its own is another event."""
        if cand.date is not None and previous.date is not None and cand.date.key != previous.date.key:
            return False
        prev_places = {p.name for p in previous.places}
        return not (cand.places and prev_places and not prev_places & {p.name for p in cand.places})

    def _anchor_date(self, cand: Candidate) -> ResolvedDate | None:
        """'the same night', 'a day earlier': counted from the event the article just reported."""
        assert cand.date is not None
        if (eve := departure_day(self, cand)) is not None:
            return eve
        now = len(self.sentence_people) - 1  # "the next day met X and discussed with him": not a day after that day
        current = [d for d in self.drafts if (not d.background or cand.past_perfect) and d.resolved is not None and d.resolved.precision == "day"
                   and not (d.last_sentence == now and d.date_expr is not None and d.date_expr.key == cand.date.key)]
        if not current:
            return None
        # within a paragraph, the day just reported; opening a new paragraph, the article's lead event
        recent = max(current, key=lambda d: d.last_sentence)
        if self.paragraphs and self.paragraphs[-1] != self.paragraphs[recent.last_sentence] and not THAT_DAY.search(cand.date.text):
            recent = current[0]  # ("That evening" points at the day just told, whatever the paragraph)
        anchor = date.fromisoformat(recent.resolved.value)  # type: ignore[union-attr]
        return ResolvedDate((anchor + timedelta(days=cand.date.day or 0)).isoformat(), "day", "relative")

    def _place(self, cand: Candidate, people: list[Ent], orgs: list[Ent], sentence_index: int, avoid: list[Draft]) -> Draft | None:
        if cand.date is not None and cand.date.kind == "anaphoric":
            resolved = self._anchor_date(cand)
            if resolved is None:  # "hours after his arrival", no arrival dated: the report is undated
                cand.date = None
        else:
            resolved = resolve(cand.date, self.published, future=False) if cand.date is not None else None
        if cand.date is None and cand.kind == VERB and continues(cand):
            cand.date, resolved = continued_date(self, cand)
        if cand.date is None and cand.kind == VERB and self.lede_day is not None and not cand.past_perfect \
                and (not cand.background or _FIRST.search(cand.sentence.text, 0, cand.trigger[0] - cand.sentence.start)):
            cand.date, resolved = self.lede_day  # "Envoys who came for the funeral met officials on Wednesday. X received Y": that day
        elif cand.date is not None and resolved is not None and resolved.precision == "day" and self.lede_day is None \
                and self.paragraphs and self.paragraphs[-1] == 0 and _SERIES.search(cand.sentence.text):
            self.lede_day = (cand.date, resolved)
        if cand.kind == NOUN and cand.continuation and not people and not orgs:
            seed = self._recent_draft(within=2)  # "A second session took place on Sunday": the same sides again
            if seed is not None and seed.type != "visit" and cand.date is not None:
                people, orgs = list(seed.people.values()), list(seed.orgs.values())
        if cand.kind == NOUN and not people and not orgs:
            unnamed_noun(self, cand, resolved, sentence_index)  # "The meeting took place on Tuesday", "The talks opened ..."
            return None
        target = None
        ordered = list(reversed(self._date_candidates(cand, resolved)))
        if cand.kind == NOUN and cand.date is None and len(people) >= 2:  # "said after meeting Berri": the meeting with Berri
            ordered.sort(key=lambda d: not {p.name for p in people} <= set(d.people))
        for draft in ordered:
            if any(draft is a for a in avoid):
                continue
            if (draft.type == "call") != (cand.type == "call"):
                continue
            # "X received on Thursday the leaders of the factions. A and B were received together": its members
            awaited = draft.awaiting_members and not draft.orgs and cand.date is None and cand.type == draft.type \
                and draft.last_sentence >= sentence_index - 2
            if not (self._overlap(draft, people, orgs) or awaited) or not self._place_fits(draft, cand):
                continue
            if not self._date_fits(draft, cand, resolved):
                continue
            restated = cand.type == "visit" and bool(cand.places) and bool(draft.places)  # "said they had come to Cairo to ..."
            arrival = draft.type == "visit" and not draft.past_perfect and (
                (cand.after_arrival and draft.last_sentence == sentence_index)  # "landed and held talks with X"
                or ((cand.anaphor in ("he", "she", "they") or any(p.name in draft.people for p in cand.subject_people))
                    and draft.last_sentence == sentence_index - 1
                    and self.paragraphs[-1] == self.paragraphs[draft.last_sentence]))  # "X landed in Beirut. He (X) met Y."
            came_for = self._arrival_of(cand, draft, sentence_index)
            arrival = arrival or came_for
            if cand.date is None and cand.kind == VERB and ((self._new_counterpart(draft, people) and not arrival and not awaited)
                                                            or (cand.past_perfect != draft.past_perfect and not restated)):
                continue
            if cand.date is None and cand.kind == NOUN and (draft.past_perfect or cand.past_perfect):
                continue  # "had spent the previous four days in talks with X": earlier talks, not this meeting
            if cand.kind == VERB and not awaited and not came_for and (self._separate_meeting(cand, draft, people, orgs) or self._other_movement(draft, people, orgs)):
                continue
            if cand.kind == NOUN and cand.continuation:
                continue
            if cand.type == "visit" and cand.date is not None and draft.type != "visit" and draft.date_expr is None:
                continue  # an arrival on a given day does not date a meeting reported without a day
            target = draft
            break
        if target is None and cand.kind == NOUN and cand.continuation:
            seed = self._recent_draft(within=2)
            if seed is not None and seed.type != "visit":
                people = list(seed.people.values()) + [p for p in people if p.name not in seed.people]
                orgs = list(seed.orgs.values()) + [o for o in orgs if o.name not in seed.orgs]
                if cand.date is None:
                    return None
        if target is None:
            if cand.kind == NOUN and not cand.continuation and not self._noun_may_create(cand, people, orgs):
                return None
            if not orgs and len(people) < 2 and not (cand.type == "visit" and people) and not cand.group_subject \
                    and not (cand.kind == VERB and cand.type == "talks" and any(p.affiliation_kind == MOVEMENT for p in people)):
                return None  # a group subject ("Fourteen factions signed ...") waits for its members to be named
            if no_counterpart(cand, people, orgs):
                return None  # a business deal, a past trip with nobody met (see sides.no_counterpart)
            target = Draft(type=cand.type, past_perfect=cand.past_perfect, sideline=cand.sideline,
                           background=cand.background, order=len(self.drafts),
                           published=self.section_day,
                           ceremony=bool(_CEREMONY.search(cand.sentence.text, cand.trigger[0] - cand.sentence.start,
                                                          cand.trigger[1] - cand.sentence.start)))
            target.awaiting_day = cand.reported and cand.date is None
            if cand.date is None and avoid and avoid[0].date_expr is not None:  # "X met A and B": B's meeting is on A's day
                target.date_expr, target.resolved = avoid[0].date_expr, avoid[0].resolved
            target.told_elsewhere = cand.told_elsewhere
            series = SERIES_OBJECT.search(cand.sentence.text)  # "received two Palestinian delegations separately":
            target.series_lede = bool(series)  # the adjective names no side of its own; the meetings told next do
            orgs = [o for o in orgs if not (series and series.start() <= o.start - cand.sentence.start < series.end())]
            target.awaiting_members = cand.group_subject and not orgs and len(people) < 2
            self.drafts.append(target)
            self._undated.append(target)
        if target.date_expr is None and cand.date is not None:
            target.date_expr, target.resolved = cand.date, resolved
        elif resolved is not None and target.resolved is not None and within_week(target, resolved, self.published):
            target.date_expr, target.resolved = cand.date, resolved  # "this week" told as its day
        self._index_date(target)
        if cand.host_verb and target.host is None:
            before = [p for p in people if p.end <= cand.trigger[0]]
            after = [p for p in people if p.start >= cand.trigger[1]]
            target.host = next((p for p in (after if cand.passive else before) if p.affiliation_kind == GOVERNMENT), None)
        target.add(cand, people, orgs, sentence_index)
        if target.resolved is not None and not target.past_perfect:
            self._absorb_earlier_trip(target)
        self._flush_pending()
        return target

    def _arrival_of(self, cand: Candidate, draft: Draft, sentence_index: int) -> bool:
        """'X received Y on April 20. ... Y arrived with a delegation that included A and B': an
        arrival told without a day right after the visitor's dated meeting is that meeting's."""
        return (cand.kind == VERB and cand.type == "visit" and cand.date is None and draft.type != "visit"
                and draft.resolved is not None and not draft.past_perfect and not cand.past_perfect
                and sentence_index - 2 <= draft.last_sentence < sentence_index
                and self.paragraphs[-1] == self.paragraphs[draft.last_sentence]
                and any(p.name in draft.people for p in cand.subject_people))

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

    def _date_candidates(self, cand: Candidate, resolved: ResolvedDate | None) -> list[Draft]:
        """The drafts whose date may fit the report's (see _date_fits), in article order."""
        if cand.date is None:
            return self.drafts
        found = list(self._undated)
        found += [d for d in self._by_key.get(cand.date.key, []) if resolved is None or d.resolved is None]
        if resolved is not None:
            found += self._by_value.get(resolved.value, [])
            if resolved.precision == "day":
                found += [d for d in self._by_value.get(resolved.value[:7], []) if within_week(d, resolved, self.published)]
        return sorted({d.order: d for d in found}.values(), key=lambda d: d.order)

    def _index_date(self, draft: Draft) -> None:
        if draft.date_expr is None or draft.dated_index:
            return
        draft.dated_index = True
        if self._undated and self._undated[-1] is draft:
            self._undated.pop()
        else:
            self._undated = [d for d in self._undated if d is not draft]
        self._by_key.setdefault(draft.date_expr.key, []).append(draft)
        if draft.resolved is not None:
            self._by_value.setdefault(draft.resolved.value, []).append(draft)

    def _noun_may_create(self, cand: Candidate, people: list[Ent], orgs: list[Ent]) -> bool:
        if cand.date is not None and (orgs or people):
            return True
        if cand.reported and len(people) + len(orgs) >= 2:
            return True  # "pointed to a meeting in Tehran between X and Y" (its day may follow)
        subject_position = cand.trigger[0] - cand.clause[0] < 45
        return subject_position and bool(orgs or len(people) >= 2) and bool(cand.places)
