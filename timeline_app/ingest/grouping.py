"""Article level: turn sentence reports into events (several sentences, one meeting).

A report joins an event of the same article when they share participants, agree on place and
do not disagree on date: "arrived on Thursday" and "On Thursday afternoon ... held a meeting"
are one visit; "flew in on Sunday" and "on Monday held talks" are two. A report without a date
of its own joins the event it continues, unless it brings in a new counterpart ("he also held
talks with Qatar's Prime Minister" is another meeting). Noun mentions ("during their meeting
with Bogdanov") and attachment sentences ("the delegation included ...") add participants.
Then each event gets its date (own words, else publication date), place (own words, else the
dateline, else the previous event, else the headline) and roles: who came (delegations and
their members) and who hosted.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from ..domain import ActorRef, EventMention, ParticipantRef
from .dates import DateExpr, ResolvedDate, resolve
from .entities import Ent
from .gazetteer import CITY, COUNTRY, GOVERNMENT, MOVEMENT, PERSON, gazetteer
from .triggers import ATTACH, NOUN, VERB, Candidate

_WITH = re.compile(r"\bwith\b", re.I)
_ABSENT = re.compile(r"\b(?:did not|didn't|does not|was not|were not|had not|has not|never)\s+(?:\w+\s+)?(?:attend|take part|participate|join|present)\b|\bstayed away\b|\bwas absent\b|\bskipped the\b|\b(?:is|was|were|are)\s+not\s+(?:part|a member|members|among the members)\s+of\s+the\s+delegation\b", re.I)
_SPOKESMAN = re.compile(r"\bspokes(?:man|woman|person)\b|\bspokes\b", re.I)
_COMPOSITION = re.compile(r"\bdelegation\s+(?:also\s+)?(?:included|includes|comprised|consisted)\b|\bmembers\s+of\s+(?:his|her|its|their|the)\s+delegation\b", re.I)
_HEADED_BY = re.compile(r"\b(?:headed|led|chaired)\s+by\b|\bheading\s+(?:a|the)\s+delegation\b", re.I)
_HEAD_OF = re.compile(r"\b(?:head|leader|chief)\s+of\s+(?:the\s+)?(?:[\w\u2019'\-]+\s+){0,2}delegation\b|\bdelegation\s+(?:head|leader|chief)\b", re.I)


@dataclass
class Draft:
    type: str
    people: dict[str, Ent] = field(default_factory=dict)
    orgs: dict[str, Ent] = field(default_factory=dict)
    places: list[Ent] = field(default_factory=list)
    resolved: ResolvedDate | None = None
    date_expr: DateExpr | None = None
    past_perfect: bool = False
    evidence: list[tuple[int, int]] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    last_sentence: int = 0
    explicit_groups: set[str] = field(default_factory=set)
    sideline: bool = False  # a meeting held on the sidelines of a larger one
    background: bool = False  # history recalled in passing
    host: Ent | None = None  # the subject of "received"/"hosted": at home
    absent: set[str] = field(default_factory=set)
    order: int = 0  # position in the article's list of drafts
    dated_index: bool = False  # registered in the grouper's date index

    def add(self, cand: Candidate, people: list[Ent], orgs: list[Ent], sentence_index: int) -> None:
        for p in people:
            if p.name in self.absent:
                continue
            self.people.setdefault(p.name, p)
            if p.affiliation is not None and self.people[p.name].affiliation is None:
                self.people[p.name] = p
        for o in orgs:
            self.orgs.setdefault(o.name, o)
            if o.t0 == -1:  # named by a group phrase: "a UN delegation", "delegation of the X"
                self.explicit_groups.add(o.name)
        self.places.extend(cand.places)
        span = (cand.sentence.start, cand.sentence.end)
        if span not in self.evidence:
            self.evidence.append(span)
        if cand.kind != ATTACH:
            self.types.append(cand.type)
        self.last_sentence = max(self.last_sentence, sentence_index)


@dataclass
class ArticleEvents:
    drafts: list[Draft]
    published: date | None


class Grouper:
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

    # ------------------------------------------------------------------ participants

    def _resolve(self, cand: Candidate, previous: Candidate | None,
                 subjects: dict[int, tuple[list[Ent], list[Ent]]]) -> tuple[list[Ent], list[Ent]]:
        people = list(cand.people)
        orgs = list(cand.orgs)
        if cand.anaphor and not cand.subject_people and not cand.subject_orgs:
            a = cand.anaphor
            if a in ("he", "she"):
                who = cand.speaker or self._previous_subject()
                if who is not None:
                    people.insert(0, who)
            elif a in ("i", "we"):
                who = cand.speaker or self.interviewee  # "Yesterday I spent three hours with ...": the person interviewed
                if who is not None:
                    people.insert(0, who)
            elif a == "(shared subject)" and previous is not None:
                subject_people, subject_orgs = subjects.get(previous.serial, (previous.subject_people, previous.subject_orgs))
                people = subject_people + [p for p in people if p not in subject_people]
                orgs = subject_orgs + [o for o in orgs if o not in subject_orgs]
            elif re.search(r"they|two|both|side|part", a):
                prev_people, prev_orgs = self._previous_actors()
                recent = self._recent_draft()
                if len(prev_people) + len(prev_orgs) >= 2:
                    people, orgs = prev_people + people, prev_orgs + orgs
                elif recent is not None:
                    people = list(recent.people.values()) + people
                    orgs = list(recent.orgs.values()) + orgs
            elif re.search(r"minister|envoy|official|leader|president", a):
                who = self._person_like(a)
                if who is not None:
                    people.insert(0, who)
            elif self.drafts and re.search(r"delegat|team|visitors|guests|movement|participants", a):
                last = self.drafts[-1]
                orgs = [o for o in last.orgs.values() if o.kind == MOVEMENT or o.name in last.explicit_groups] + orgs
                if not orgs:
                    people = [p for p in last.people.values() if p.affiliation_kind == MOVEMENT] + people
        text_before = cand.sentence.text[:cand.trigger[0] - cand.sentence.start]
        head = _HEAD_OF.search(text_before)
        if head and not cand.subject_people:
            org = next((o.name for o in orgs if o.name in self.heads), None) or next(iter(self.heads), None)
            if org is not None:
                people.insert(0, self.heads[org])
        if cand.object_group:
            recent = self._recent_draft(within=4)
            if recent is not None:
                orgs = orgs + [o for o in recent.orgs.values() if o.name not in {x.name for x in orgs}]
        if cand.object_anaphor in ("him", "her"):
            who = self._previous_subject(exclude={p.name for p in people})
            if who is not None:
                people.append(who)
        return _unique(people), _unique(orgs)

    def _person_like(self, phrase: str) -> Ent | None:
        """'the prime minister', 'the Iranian minister': the last person named with that role
        (or, failing that, of that country)."""
        g = gazetteer()
        words = phrase.lower().split()[1:]
        role = " ".join(w for w in words if (w,) not in g.adjectives)
        country = next((g.adjectives[(w,)] for w in words if (w,) in g.adjectives), None)
        earlier = [p for people in reversed(self.sentence_people[:-1]) for p in people if not p.modifier]
        for p in earlier:
            if role and p.title and role in p.title.lower() and (country is None or p.affiliation in (country, g.government(country).name)):
                return p
        for p in earlier:
            if country is not None and p.affiliation in (country, g.government(country).name):
                return p
        return None

    def _previous_actors(self) -> tuple[list[Ent], list[Ent]]:
        """Participants named by the sentence before this one (for "they", "the two men")."""
        if len(self.sentence_actors) < 2:
            return [], []
        ents = [e for e in self.sentence_actors[-2] if not e.modifier]
        return [e for e in ents if e.kind == PERSON], [e for e in ents if e.kind == MOVEMENT]

    def _recent_draft(self, within: int = 3) -> Draft | None:
        if not self.drafts:
            return None
        draft = max(self.drafts, key=lambda d: d.last_sentence)
        return draft if draft.last_sentence >= len(self.sentence_people) - 1 - within else None

    def _previous_subject(self, exclude: set[str] | None = None) -> Ent | None:
        for people in reversed(self.sentence_people[:-1]):
            for p in people:
                if not p.modifier and (not exclude or p.name not in exclude):
                    return p
        return None

    # ------------------------------------------------------------------ matching

    def _overlap(self, draft: Draft, people: list[Ent], orgs: list[Ent], *, loose: bool = False) -> bool:
        names = set(draft.people) | set(draft.orgs)
        affiliations = {p.affiliation for p in draft.people.values() if p.affiliation}
        for e in people:
            if e.name in names or (e.affiliation and e.affiliation in draft.orgs):
                return True
            if loose and e.affiliation and e.affiliation in affiliations:
                return True
        for o in orgs:
            if o.name in names or o.name in affiliations:
                return True
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

    def _separate_meeting(self, cand: Candidate, draft: Draft, people: list[Ent]) -> bool:
        """Signs that a report with a new person is another meeting, even on the same day:
        'also met X', 'on the sidelines', or a second host from the side the event already has
        ('received by the crown prince ... Earlier, talks with the foreign minister')."""
        if cand.sideline and not draft.sideline:
            return True
        new = [p for p in people if p.name not in draft.people]
        if not new:
            return False
        if cand.also:
            return True
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
            return resolved.value == draft.resolved.value
        return cand.date.key == draft.date_expr.key

    # ------------------------------------------------------------------ building

    def feed(self, sentence_index: int, ents: list[Ent], cands: list[Candidate], speakers: list[Ent] | None = None,
             text: str = "", paragraph: int = 0) -> None:
        self.paragraphs.append(paragraph)
        self.sentence_people.append([e for e in ents if e.kind == PERSON])
        self.sentence_actors.append(ents)
        if _ABSENT.search(text):
            self._mark_absent([e for e in ents if e.kind == PERSON], text)
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
            people, orgs = self._resolve(cand, previous, subjects)
            subjects[serial] = (
                [p for p in people if p.end <= cand.trigger[0] or p not in cand.people],
                [o for o in orgs if o.end <= cand.trigger[0] or o not in cand.orgs],
            )
            self._remember_heads(cand, people, orgs)
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
            for group_people, group_orgs in self._split_parties(cand, people, orgs):
                for group in self._split_separate(cand, group_people):
                    placed = self._place(cand, group, group_orgs, sentence_index, avoid=siblings)
                    if placed is not None:
                        siblings.append(placed)
                        by_candidate.setdefault(serial, placed)
            previous = cand
        if not cands and speakers:
            self._speakers(speakers, sentence_index)

    def _remember_heads(self, cand: Candidate, people: list[Ent], orgs: list[Ent]) -> None:
        """'a delegation ... headed by X': later 'the head of the delegation' is X."""
        text = cand.sentence.text
        for m in _HEADED_BY.finditer(text):
            leader = next((p for p in people if p.start - cand.sentence.start >= m.end()), None)
            if leader is None:
                continue
            for org in orgs:
                if org.kind == MOVEMENT or org.name == leader.affiliation:
                    self.heads.setdefault(org.name, leader)
            if leader.affiliation is None and len(orgs) == 1:
                leader.affiliation, leader.affiliation_kind = orgs[0].name, orgs[0].kind  # leads that delegation
            if leader.affiliation:
                self.heads.setdefault(leader.affiliation, leader)

    def _mark_absent(self, people: list[Ent], text: str) -> None:
        """'Abbas did not attend', 'He did not attend the Cairo meetings': not a participant."""
        if not people and re.match(r"^\s*(?:he|she)\b", text, re.I):
            who = self._previous_subject()
            people = [who] if who is not None else []
        for person in people:
            self.absent.add(person.name)
            for draft in self.drafts:
                draft.people.pop(person.name, None)
                draft.absent.add(person.name)

    def _fits_elaboration(self, cand: Candidate, previous: Candidate) -> bool:
        """'..., when Erdogan received Haniyeh' elaborates; '..., where he met X in Abu Dhabi on
        Wednesday' with a day or city of its own is another event."""
        if cand.date is not None and previous.date is not None and cand.date.key != previous.date.key:
            return False
        prev_places = {p.name for p in previous.places}
        return not (cand.places and prev_places and not prev_places & {p.name for p in cand.places})

    def _speakers(self, speakers: list[Ent], sentence_index: int) -> None:
        """'Hamas political bureau chief Ismail Haniyeh thanked Algeria ...': a delegation's own
        leader speaking about the event was there, when the article has one such event."""
        for person in speakers:
            if person.affiliation_kind != MOVEMENT or person.name in self.absent:
                continue
            if person.title and _SPOKESMAN.search(person.title):
                continue  # a spokesman speaks about the talks; that does not put him in the room
            holders = [d for d in self.drafts if person.affiliation in d.orgs or any(
                q.affiliation == person.affiliation for q in d.people.values())]
            if len(holders) == 1 and person.name not in holders[0].people:
                holders[0].people[person.name] = person

    def _split_parties(self, cand: Candidate, people: list[Ent], orgs: list[Ent]) -> list[tuple[list[Ent], list[Ent]]]:
        """'A Hamas delegation ... and Iran's deputy minister have arrived': two visits, not one.

        Arrivals are not interactions between the arriving sides, so each side gets its own
        visit; the people of the host country stay with every side.
        """
        if cand.kind != VERB or cand.type != "visit" or (cand.anaphor and not cand.subject_people and not cand.subject_orgs):
            return [(people, orgs)]
        host = next((p.country or (p.name if p.kind == COUNTRY else None) for p in cand.places), None)
        sides: dict[str, tuple[list[Ent], list[Ent]]] = {}
        shared: list[Ent] = []
        for o in orgs:
            if o.kind == MOVEMENT or (o.country and o.country != host):
                sides.setdefault(o.name, ([], []))[1].append(o)
            else:
                shared.append(o)
        for p in people:
            side = p.affiliation if p.affiliation and p.affiliation != host and (p.affiliation_kind == MOVEMENT or gazetteer().home_of(p.affiliation) != host) else None
            if side is None:
                shared.append(p)
            else:
                sides.setdefault(side, ([], []))[0].append(p)
        subject_sides = {side for side, (side_people, side_orgs) in sides.items()
                         if any(e.end <= cand.trigger[0] for e in side_people + side_orgs)}
        if len(sides) < 2 or len(subject_sides) < 2:
            return [(people, orgs)]  # "arrived ..., accompanied by Omani mediators": one journey
        shared_people = [e for e in shared if e.kind == PERSON]
        shared_orgs = [e for e in shared if e.kind != PERSON]
        return [(side_people + shared_people, side_orgs + shared_orgs) for side_people, side_orgs in sides.values()]

    def _split_separate(self, cand: Candidate, people: list[Ent]) -> list[list[Ent]]:
        """'held separate calls on Monday with A, ..., and with B': one event per counterpart.

        A telephone call has two ends: 'held telephone conversations with A and B' of two sides
        is one call with each."""
        if cand.kind == VERB and cand.type == "call":
            by_side = self._split_call(cand, people)
            if len(by_side) > 1:
                return by_side
        if not cand.separate or cand.kind != VERB:
            return [people]
        text = cand.sentence.text
        base = cand.sentence.start
        marks = [m.start() + base for m in _WITH.finditer(text) if m.start() + base > cand.trigger[0]]
        if len(marks) < 2:
            return [people]
        subject = [p for p in people if p.end <= cand.trigger[0]]
        groups = []
        for i, start in enumerate(marks):
            end = marks[i + 1] if i + 1 < len(marks) else cand.clause[1]
            inside = [p for p in people if start <= p.start < end]
            if inside:
                groups.append(subject + inside)
        return groups or [people]

    def _split_call(self, cand: Candidate, people: list[Ent]) -> list[list[Ent]]:
        subject = [p for p in people if p.end <= cand.trigger[0]]
        sides: dict[str, list[Ent]] = {}
        for p in people:
            if p.start >= cand.trigger[1]:
                sides.setdefault(p.affiliation or p.name, []).append(p)
        if len(sides) < 2 or not subject:
            return [people]
        return [subject + side for side in sides.values()]

    def _anchor_date(self, cand: Candidate) -> ResolvedDate | None:
        """'the same night', 'a day earlier': counted from the event the article just reported."""
        assert cand.date is not None
        current = [d for d in self.drafts if not d.background and d.resolved is not None and d.resolved.precision == "day"]
        if not current:
            return None
        # within a paragraph, the day just reported; opening a new paragraph, the article's lead event
        recent = max(current, key=lambda d: d.last_sentence)
        if self.paragraphs and self.paragraphs[-1] != self.paragraphs[recent.last_sentence]:
            recent = current[0]
        anchor = date.fromisoformat(recent.resolved.value)  # type: ignore[union-attr]
        return ResolvedDate((anchor + timedelta(days=cand.date.day or 0)).isoformat(), "day", "relative")

    def _place(self, cand: Candidate, people: list[Ent], orgs: list[Ent], sentence_index: int, avoid: list[Draft]) -> Draft | None:
        if cand.date is not None and cand.date.kind == "anaphoric":
            resolved = self._anchor_date(cand)
        else:
            resolved = resolve(cand.date, self.published, future=False) if cand.date is not None else None
        if cand.kind == NOUN and cand.continuation and not people and not orgs:
            seed = self._recent_draft(within=2)  # "A second session took place on Sunday": the same sides again
            if seed is not None and seed.type != "visit" and cand.date is not None:
                people, orgs = list(seed.people.values()), list(seed.orgs.values())
        if cand.kind == NOUN and not people and not orgs:
            last = self._recent_draft(within=1)
            if last is not None and cand.sentence_start_anaphoric and cand.date is None:
                last.add(cand, [], [], sentence_index)
            return None
        target = None
        for draft in reversed(self._date_candidates(cand, resolved)):
            if any(draft is a for a in avoid):
                continue
            if (draft.type == "call") != (cand.type == "call"):
                continue
            if not self._overlap(draft, people, orgs) or not self._place_fits(draft, cand):
                continue
            if not self._date_fits(draft, cand, resolved):
                continue
            if cand.date is None and cand.kind == VERB and (self._new_counterpart(draft, people) or cand.past_perfect != draft.past_perfect):
                continue
            if cand.date is None and draft.past_perfect and cand.kind == NOUN:
                continue
            if cand.kind == VERB and (self._separate_meeting(cand, draft, people) or self._other_movement(draft, people, orgs)):
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
            if not orgs and len(people) < 2 and not (cand.type == "visit" and people) and not cand.group_subject:
                return None  # a group subject ("Fourteen factions signed ...") waits for its members to be named
            target = Draft(type=cand.type, past_perfect=cand.past_perfect, sideline=cand.sideline,
                           background=cand.background, order=len(self.drafts))
            self.drafts.append(target)
            self._undated.append(target)
        if target.date_expr is None and cand.date is not None:
            target.date_expr, target.resolved = cand.date, resolved
        self._index_date(target)
        if cand.host_verb and target.host is None:
            before = [p for p in people if p.end <= cand.trigger[0]]
            after = [p for p in people if p.start >= cand.trigger[1]]
            target.host = next((p for p in (after if cand.passive else before) if p.affiliation_kind == GOVERNMENT), None)
        target.add(cand, people, orgs, sentence_index)
        self._flush_pending()
        return target

    def _date_candidates(self, cand: Candidate, resolved: ResolvedDate | None) -> list[Draft]:
        """The drafts whose date may fit the report's (see _date_fits), in article order."""
        if cand.date is None:
            return self.drafts
        found = list(self._undated)
        found += [d for d in self._by_key.get(cand.date.key, []) if resolved is None or d.resolved is None]
        if resolved is not None:
            found += self._by_value.get(resolved.value, [])
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
        subject_position = cand.trigger[0] - cand.clause[0] < 45
        return subject_position and bool(orgs or len(people) >= 2) and bool(cand.places)

    def _attach(self, cand: Candidate, people: list[Ent], orgs: list[Ent], sentence_index: int) -> None:
        target = self._attach_target(cand, people, orgs, allow_recent=True)
        if target is None:
            self.pending.append((cand, people, orgs, sentence_index))
            return
        target.add(cand, people, orgs, sentence_index)

    def _attach_target(self, cand: Candidate, people: list[Ent], orgs: list[Ent], allow_recent: bool = False) -> Draft | None:
        """Travel cues ("travelling with") join a visit; other cues the meeting under discussion."""
        eligible = [d for d in self.drafts if not (d.past_perfect and d.date_expr is None)]
        overlapping = [d for d in eligible if self._overlap(d, people, orgs, loose=True)]
        wanted = [d for d in overlapping if (d.type == "visit") == (cand.type == "visit")]
        composition = bool(_COMPOSITION.search(cand.sentence.text))
        if wanted:
            return wanted[0] if composition else wanted[-1]
        if overlapping:
            return overlapping[0] if composition else overlapping[-1]
        if allow_recent:
            recent = self._recent_draft(within=3)
            if recent is not None and not (recent.past_perfect and recent.date_expr is None):
                return recent  # "Islamic Jihad ... have also sent representatives": the event under discussion
        return None

    def _flush_pending(self) -> None:
        still = []
        for cand, people, orgs, index in self.pending:
            target = self._attach_target(cand, people, orgs)
            if target is None:
                still.append((cand, people, orgs, index))
            else:
                target.add(cand, people, orgs, index)
        self.pending = still


def _unique(ents: list[Ent]) -> list[Ent]:
    seen: set[str] = set()
    out = []
    for e in ents:
        if e.name not in seen:
            seen.add(e.name)
            out.append(e)
    return out


# ---------------------------------------------------------------------- finishing

def finish(draft: Draft, published: date | None, fallback_places: list[Ent], article: int = 0,
           topic: tuple[str, ...] = ()) -> EventMention | None:
    """The article's report of one event, or None when it names no side and fewer than two people."""
    g = gazetteer()
    if draft.resolved is not None:
        value, precision, basis = draft.resolved.value, draft.resolved.precision, draft.resolved.basis
    elif draft.date_expr is not None or draft.past_perfect or published is None:
        value, precision, basis = None, "unknown", "unknown"
    else:
        value, precision, basis = published.isoformat(), "day", "publication"
    etype = _event_type(draft.types)
    place = _choose_place(draft.places) or (fallback_places[0] if fallback_places and etype != "call" else None)
    if place is None and draft.host is not None and etype != "call":
        place = _capital_of(draft.host.affiliation)  # "the Deputy Minister received a delegation": at home
    location = place.name if place else None
    country = (place.country or (place.name if place.kind == COUNTRY else None)) if place else None
    participants: list[ParticipantRef] = []
    delegations: dict[str, ActorRef] = {}
    is_call = etype == "call"

    def add_delegation(name: str, kind: str) -> None:
        if name not in delegations:
            delegations[name] = ActorRef(name, kind)

    when = value or (published.isoformat() if published else None)
    for org in draft.orgs.values():
        state = g.state_of(org.name)
        if state is not None:  # "a delegation of the Egyptian General Intelligence Service" acts for Egypt
            gov = g.government(state)
            org = Ent(org.start, org.end, -1, -1, gov.kind, gov.name, org.surface, country=state) if org.t0 == -1 else org
        ruler = g.ruler(org.name, when) if org.kind == GOVERNMENT else None
        if ruler is not None:
            add_delegation(ruler.name, ruler.kind)  # an "Afghan delegation" after August 2021
        elif org.kind == MOVEMENT:
            add_delegation(org.name, MOVEMENT)
        elif is_call:
            continue
        elif org.kind == GOVERNMENT:
            home = org.country or org.name
            if (country and home != country) or (not country and org.name in draft.explicit_groups):
                add_delegation(org.name, GOVERNMENT)
        elif org.name in draft.explicit_groups:
            add_delegation(org.name, org.kind if org.kind in ("organisation", MOVEMENT, GOVERNMENT) else "organisation")
    for person in draft.people.values():
        role = "official"
        aff, aff_kind = person.affiliation, person.affiliation_kind
        if aff and g.state_of(aff):
            gov = g.government(g.state_of(aff))  # type: ignore[arg-type]
            aff, aff_kind = gov.name, gov.kind  # the intelligence chief acts for his government
        ruler = g.ruler(aff, when) if aff and aff_kind == GOVERNMENT else None
        if ruler is not None:
            aff, aff_kind = ruler.name, ruler.kind
        if aff and aff_kind == MOVEMENT:
            role = "delegation_member"
            add_delegation(aff, MOVEMENT)
        elif aff and aff_kind == GOVERNMENT:
            home = g.home_of(aff)
            if country and home and home != country:
                role = "delegation_member"
                if not is_call:
                    add_delegation(aff, GOVERNMENT)
            elif country and home == country:
                role = "host"
        elif aff and aff in delegations:
            role = "delegation_member"
        ref = ActorRef(person.name, PERSON, aff, aff_kind, tuple(sorted({person.surface, person.name})))
        participants.append(ParticipantRef(ref, role, person.title))
    if not delegations and sum(1 for p in participants) < 2:
        return None
    participants = [ParticipantRef(actor, "delegation") for actor in delegations.values()] + participants
    return EventMention(
        article=article, type=etype, date=value, precision=precision, basis=basis,
        date_text=draft.date_expr.text if draft.date_expr else None, location=location, location_country=country,
        participants=participants, evidence=sorted(draft.evidence), topic=topic,
    )


def _capital_of(government: str | None) -> Ent | None:
    g = gazetteer()
    country = g.home_of(government) if government else None
    capital = g.capitals.get(country or "")
    return Ent(0, 0, -1, -1, CITY, capital, capital, country=country) if capital else None


def _choose_place(places: list[Ent]) -> Ent | None:
    cities = [p for p in places if p.kind == CITY]
    if cities:
        return cities[0]
    return places[0] if places else None


def _event_type(types: list[str]) -> str:
    for t in ("meeting", "talks", "call", "visit"):
        if t in types:
            if t == "meeting" and "talks" in types and types[0] == "talks":
                return "talks"
            return t
    return "meeting"
