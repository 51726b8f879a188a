"""Who was there: the head a delegation is said to have (and whom "the delegation" brings along),
who is said to be absent, and which speakers took part (a delegation's own leader speaking of the
talks) or did not (a spokesman). Also the article state the grouper keeps sentence by sentence and
the lookups over it that `coreference` reads. A mixin on the grouper's article state."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .candidate import VERB, Candidate
from .date_resolution import resolve
from .gazetteer import MOVEMENT, PERSON
from .memory import Ent
from .rosters import Rosters

if TYPE_CHECKING:
    from .date_expr import DateExpr
    from .drafts import Draft

_YEAR_WHEN = re.compile(r"\b(?:19|20)\d\d\b[^.;]{0,30}\bwhen\s+$")
_HEADED_BY = re.compile(r"\b(?:headed|led|chaired)\s+by\b|\bheading\s+(?:a|the)\s+delegation\b", re.I)
_SPOKESMAN = re.compile(r"\bspokes(?:man|woman|person)\b|\bspokes\b", re.I)
_LEADS = re.compile(r"\b(?:head|chief|leader|chairman|chair|president|secretary.general)\b", re.I)
_DEFINITE_GROUP = re.compile(r"\b(?:the|this|that)\s+(?:same\s+|visiting\s+)?$", re.I)
# "A held talks with B on Saturday before the two joined C": "the two" of the clause before are both its people
_THE_TWO_AFTER = re.compile(r"\b(?:before|after|then|and)\s+(?:the\s+two|both)(?:\s+(?:men|ministers|leaders|sides|envoys))?\s+(?:then\s+|later\s+)?$", re.I)
_BARE_DELEGATION = frozenset({"the delegation", "the visiting delegation", "the same delegation"})
_GROUP_NOUN_AFTER = re.compile(r"\s+(?:delegation|delegates|representatives|envoys|team|negotiators|visitors)\b(?!\s+(?:of|from|headed|led)\b)", re.I)
_UNKNOWN_SPEAKER = re.compile(r"[,\u201d\"]\s*(?:said|says|told\s+\w+|added|noted)\s+(?:[A-Z][\w\-\u2019']+\s+){1,3}|(?:[A-Z][\w\-]+\s+){1,3}(?:said|says|told)\b")


class Attendance(Rosters):
    """Article state read to tell who took part in a report (set up by the grouper)."""

    drafts: list[Draft]
    sentence_people: list[list[Ent]]
    sentence_actors: list[list[Ent]]
    heads: dict[str, Ent]
    head_told: dict[str, int]  # a delegation's head -> start of the sentence that said he led it
    absent: set[str]
    interviewee: Ent | None
    paragraphs: list[int]
    sentence_dates: list[list[DateExpr]]
    remote_speakers: dict[str, str]  # a movement leader -> the town he briefed the press in
    last_actor: Ent | None
    resolved_subject: tuple[int, Ent] | None

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

    @staticmethod
    def _both_of(cand: Candidate, previous: Candidate, subject: tuple[list[Ent], list[Ent]]) -> tuple[list[Ent], list[Ent]]:
        """The shared subject of a clause opened by "before the two ...": all the people of the clause
        before (who met there), not its subject alone."""
        if not _THE_TWO_AFTER.search(cand.sentence.text, previous.trigger[1] - cand.sentence.start, cand.trigger[0] - cand.sentence.start):
            return subject
        people, orgs = subject
        return people + [p for p in previous.people if p not in people and p.start >= previous.trigger[1]], orgs

    def _recent_pair(self, within: int = 4) -> Draft | None:
        """The latest meeting of two sides or more told lately: "both ministers" are its people, not
        the host named in between ("The talks were hosted by X. Y received both ministers")."""
        for draft in sorted(self.drafts, key=lambda d: d.last_sentence, reverse=True):
            if draft.last_sentence < len(self.sentence_people) - 1 - within:
                return None
            if len(draft.people) >= 2 and len(set(draft.orgs) | {q.affiliation for q in draft.people.values() if q.affiliation}) >= 2:
                return draft
        return None

    def _previous_subject(self, exclude: set[str] | None = None) -> Ent | None:
        for people in reversed(self.sentence_people[:-1]):
            for p in people:
                if not p.modifier and (not exclude or p.name not in exclude):
                    return p
        return None


    def _named_group_heads(self, cand: Candidate, people: list[Ent], orgs: list[Ent]) -> list[Ent]:
        """'a Hamas delegation led by X ... The Hamas delegation also held talks with Y': a definite group
        phrase as the subject is the delegation already introduced, acting, and the man said to head it
        goes with it (issue 9: who took part). As an object ("Y met the delegation") the reports leave
        open who of it was there."""
        named = {p.name for p in people}
        out: list[Ent] = []
        base = cand.sentence.start
        for o in orgs:
            head = self.heads.get(o.name)
            if (o.kind != MOVEMENT and o.t0 != -1) or head is None or head.name in named or head.name in self.absent:
                continue
            if any(p.affiliation == o.name for p in people):
                continue  # a member of that side is named here: the report says who came
            # ("Earlier on Saturday, the delegation held a separate meeting with Z": the bare subject is that movement's delegation)
            bare = o.start < base and o.kind == MOVEMENT and cand.kind == VERB and (cand.anaphor or "").lower() in _BARE_DELEGATION
            if not bare and (o.start < base or o.end > cand.trigger[0] or not _DEFINITE_GROUP.search(cand.sentence.text, max(0, o.start - base - 12), o.start - base)
                             or not _GROUP_NOUN_AFTER.match(cand.sentence.text, o.end - base)):
                continue
            out.append(head)
            named.add(head.name)
        return out

    def _head_came(self, head: Ent, draft: Draft) -> bool:
        """The head of 'the X delegation' goes with it to a meeting of the day he is told to have
        led it ('also held talks on the same day'), not to one of a later day ('On Sunday the
        delegation was received by Y': who went then is not said) nor to one of another trip; with the
        delegation as the subject ('On Sunday the delegation met Y') `rosters` brings him on any day of the trip."""
        day = draft.resolved
        if head.name in draft.absent or day is None or day.precision != "day":
            return False
        told = self.head_told.get(head.name)
        return any(d is not draft and head.name in d.people and d.resolved is not None and d.resolved.precision == "day"
                   and d.resolved.value == day.value and any(span[0] == told for span in d.evidence) for d in self.drafts)

    def _remember_heads(self, cand: Candidate, people: list[Ent], orgs: list[Ent]) -> None:
        """'a delegation ... headed by X': later 'the head of the delegation' is X."""
        text = cand.sentence.text
        for m in _HEADED_BY.finditer(text):
            leader = next((p for p in people if p.start - cand.sentence.start >= m.end()), None)
            if m.group(0).lower().startswith("heading") and re.search(r",\s+who\s+(?:is|was)\s+$", text[:m.start()]):
                leader = next((p for p in reversed(people) if p.end - cand.sentence.start <= m.start()), None)  # "X, who is heading the delegation"
            if leader is None:
                continue
            for org in orgs:
                if org.kind == MOVEMENT or org.name == leader.affiliation:
                    if self.heads.setdefault(org.name, leader) is leader:
                        self.head_told.setdefault(leader.name, cand.sentence.start)
            if leader.affiliation is None and len(orgs) == 1:
                leader.affiliation, leader.affiliation_kind = orgs[0].name, orgs[0].kind  # leads that delegation
            if leader.affiliation:
                self.heads.setdefault(leader.affiliation, leader)

    previous_text: str = ""  # the sentence fed before this one

    def _mark_absent(self, people: list[Ent], text: str) -> None:
        """'Abbas did not attend', 'He did not attend the Cairo meetings': not a participant."""
        if not people and re.match(r"^\s*(?:he|she)\b", text, re.I):
            who = self._previous_subject()
            people = [who] if who is not None else []
            if len(self.sentence_people) >= 2 and not self.sentence_people[-2] and _UNKNOWN_SPEAKER.search(self.previous_text):
                people = []  # '"...," said Mukhaimer Abu Saada, a scientist. He did not attend': not the visitor named before
        day = self._paragraph_day()
        for person in people:
            self.absent.add(person.name)
            for draft in self.drafts:
                if day is not None and draft.resolved is not None and draft.resolved.precision == "day" and draft.resolved.value != day:
                    continue  # "3 May - X meets Y. ... 9 May - Summit in Z; X does not attend": absent that day only
                draft.people.pop(person.name, None)
                draft.absent.add(person.name)


    def _paragraph_day(self) -> str | None:
        """The full date ('9 May 2023') the paragraph of the sentence just fed gives, if any: an
        absence told under it is that day's (a chronology entry's, a dated update's), not the article's."""
        sentence_dates = self.sentence_dates
        for back in range(1, min(len(sentence_dates), len(self.paragraphs)) + 1):
            if self.paragraphs[-back] != self.paragraphs[-1]:
                break
            for expr in sentence_dates[-back]:
                if expr.kind == "full" and expr.rel != "dateline" and (found := resolve(expr, None)) is not None:
                    return found.value
        return None

    def _speakers(self, speakers: list[Ent], sentence_index: int, text: str = "", start: int = 0) -> None:
        """'Hamas political bureau chief Ismail Haniyeh thanked Algeria ...': a delegation's own
        leader speaking about the event was there, when the article has one such event (not when
        his words are dated years before: 'as in the summer of 2017, when X thanked Iran')."""
        spokesmen = self._spokesmen()
        remote = _PRESS_ELSEWHERE.match(text)
        if remote:  # "Speaking at a press conference in Goma, X said ...": X spoke in Goma
            self.remote_speakers.update((p.name, remote.group("place")) for p in speakers)
        for person in speakers:
            if person.affiliation_kind != MOVEMENT or person.name in self.absent:
                continue
            if _YEAR_WHEN.search(text, max(0, person.start - start - 60), max(0, person.start - start)):
                continue
            if (person.title and _SPOKESMAN.search(person.title)) or person.name in spokesmen:
                continue  # a spokesman speaks about the talks; that does not put him in the room (nor later, as "Shaheen said")
            if not person.title or not _LEADS.search(person.title):
                continue  # "Hamas official X said", "lawmaker X said": comment, not the delegation's leader
            holders = [d for d in self.drafts if person.affiliation in d.orgs or any(
                q.affiliation == person.affiliation for q in d.people.values())]
            if len(holders) == 1 and person.name in self.remote_speakers \
                    and self.remote_speakers[person.name] not in {q.name for q in holders[0].places}:
                continue  # a leader who briefed the press at home speaks of talks held elsewhere, he was not there
            if len(holders) == 1 and person.name not in holders[0].people:
                holders[0].people[person.name] = person


    _spokes_seen: int = 0
    _spokes_names: set[str] | None = None

    def _spokesmen(self) -> set[str]:
        """People the article has called a spokesman ('Taliban spokesman X said ...'), read once
        sentence by sentence as the article is fed (linear in its size)."""
        if self._spokes_names is None:
            self._spokes_names = set()
        for people in self.sentence_people[self._spokes_seen:]:
            self._spokes_names.update(p.name for p in people if p.title and _SPOKESMAN.search(p.title))
        self._spokes_seen = len(self.sentence_people)
        return self._spokes_names


_ASIDE = re.compile(r",\s*(?:who|whom|whose|which)\b[^,;]*,")
# "Speaking at a press conference in Goma, ...": where a speaker spoke ("a joint press conference" is with the other side)
_PRESS_ELSEWHERE = re.compile(r"\s*(?:Speaking|Addressing\s+reporters|Talking\s+to\s+reporters)\s+(?:to\s+(?:reporters|journalists)\s+)?at\s+a\s+(?!joint\b)(?:[\w\-]+\s+)?(?:news|press)\s+(?:conference|briefing)\s+in\s+(?P<place>(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+)?)", re.I)


def outside_asides(people: list[Ent], text: str, start: int, end: int) -> list[Ent]:
    """People of text[:end] not named inside a relative aside ('Anwar, who is expected to succeed
    Mahathir, did not take part': Anwar is the subject, Mahathir only part of what is said of him)."""
    spans = [(m.start(), m.end()) for m in _ASIDE.finditer(text, 0, end)]
    if not spans:
        return people
    return [p for p in people if not any(a < p.start - start < b for a, b in spans)]

