"""Who a report is about when it does not say: 'he', 'the two sides', 'the Iranian minister',
'the head of the delegation', 'I' in an interview. Who is said to be absent or to head a
delegation is `attendance`'s. Read by the grouper (a mixin: it works on the grouper's article state)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .number_words import count_of
from .attendance import Attendance
from .candidate import VERB, Candidate
from .entities import Ent
from .gazetteer import GOVERNMENT, MOVEMENT, ORGANISATION, PERSON, gazetteer, org_key
from .resources import load_json

if TYPE_CHECKING:
    from .drafts import Draft

_COUNTRY_DELEGATION = re.compile(r"\bthe\s+[\w\-]+\s+delegation(?=\s+(?:also\s+|later\s+|then\s+|first\s+)?$)", re.I)
_HEAD_OF = re.compile(r"\b(?:head|leader|chief)\s+of\s+(?:the\s+)?(?:[\w\u2019'\-]+\s+){0,2}delegation\b|\bdelegation\s+(?:head|leader|chief)\b", re.I)
_OBJECT_RULER = re.compile(r"\s+(?:(?:His|Her)\s+(?:Royal\s+)?(?:Majesty|Highness)\s+)?the\s+(?P<role>sultan|emir|amir|king|crown prince)\b(?!\s+of\b|['\u2019]s)", re.I)
# ("received the alliance's delegation": the movement named before, by the kind of body it is)
_OBJECT_DELEGATION = re.compile(r"\s+(?:with\s+)?the\s+(?:visiting\s+|whole\s+|(?P<body>movement|group|alliance|coalition|front|militia)['\u2019]s\s+|rebels['\u2019]\s+)?"
                                r"(?:delegation|visitors|guests)\b(?!\s+(?:of|from|headed|led)\b)", re.I)
_HEADS_OF_DELEGATIONS = re.compile(r"\s+(?:with\s+)?the\s+(?:heads|leaders|chiefs)\s+of\s+(?:the\s+|all\s+the\s+)?(?:[\w\-]+\s+)?delegations\b", re.I)
_ITS_DELEGATION = re.compile(r"\b(?:its|their)\s+(?:[\w\-]+\s+)?(?:delegation|negotiators|negotiating\s+team|team)\s+(?:[\w\-]+\s+)?$", re.I)
_WHICH_MET = re.compile(r"\b(?:led|headed)\s+(?:the|a|an|his|her|its)\s+(?:[\w\-]+\s+){0,2}(?:team|delegation|side),\s+(?:which|that)\s+(?:also\s+|later\s+|then\s+)?$", re.I)
_OBJECT_HIGHNESS = re.compile(r"\s+(?:His|Her)\s+(?:Royal\s+)?(?:Highness|Majesty)\b(?!\s+(?:the|Sheikh|Sultan|King|Prince|Emir|Amir)\b)")
_WHO_MET = re.compile(r"(?-i:[A-Z])[\w\-]+,\s+who\s+(?:also\s+|later\s+|then\s+|had\s+)?$")
_WHERE_HE = re.compile(r"\b(?:where|when)\s+(?:he|she)\s+(?:also\s+|later\s+|then\s+|first\s+)?$", re.I)
_UNNAMED_SPEAKER = re.compile(r"[,\u201d\"]\s*(?:an?|one|another)\s+(?:[\w\-\u2019']+\s+){0,4}?(?:official|source|diplomat|aide|spokes(?:man|woman|person)|minister)\s+(?:said|says|told)\b", re.I)

# "the three ministers", "the four leaders": a counted group without a side ("the three Iranian officials" names one)
_COUNTED = re.compile(r"^the\s+(?P<n>three|four|five|six)\s+(?:ministers|officials|leaders|men|envoys|diplomats|foreign\s+ministers)$", re.I)


class Coreference(Attendance):
    """Resolves a report's unnamed participants over the article state (`attendance.Attendance`)."""

    def _counted_people(self, anaphor: str) -> list[Ent] | None:
        """'A and B opened the round, with C greeting them. The three ministers were received by X': a counted group
        with no side is the people the sentence before named, or the event just told holds, when they are that many."""
        m = _COUNTED.match(anaphor)
        if m is None:
            return None
        count = count_of(m.group("n").lower())
        named = list({p.name: p for p in (self.sentence_people[-2] if len(self.sentence_people) >= 2 else []) if not p.modifier}.values())
        if len(named) == count:
            return named
        recent = self._recent_draft(within=1)
        if recent is not None and len(recent.people) == count:
            return list(recent.people.values())
        return None

    def _with_resolved_subject(self, prev_people: list[Ent]) -> list[Ent]:
        """'The envoy had landed on Friday, welcomed by X. The two men held a session that evening': the
        two are the subject the sentence before told by role (resolved then) and the man it named."""
        told = self.last_subject
        if told is None or told[0] != len(self.sentence_people) - 2:
            return prev_people
        names = {p.name for p in prev_people}
        return [p for p in told[1] if p.name not in names and not p.modifier][:1] + prev_people

    def _resolve(self, cand: Candidate, previous: Candidate | None,
                 subjects: dict[int, tuple[list[Ent], list[Ent]]]) -> tuple[list[Ent], list[Ent]]:
        people = list(cand.people)
        orgs = list(cand.orgs)
        if cand.anaphor and not cand.subject_people:  # with subject orgs only "the Houthi official" (see triggers)
            a = cand.anaphor
            if a in ("he", "she"):
                # opening a paragraph, "he" is the one the report follows (who did the last reported
                # visit or meeting), not whoever the paragraph before ended on ("X also attended")
                opening = len(self.paragraphs) >= 2 and self.paragraphs[-1] != self.paragraphs[-2]
                carried = self.resolved_subject
                # ("..., he met X. According to a statement, the two agreed ... He also met Y": a sentence
                # naming nobody in between does not change who "he" is)
                carried_who = carried[1] if carried and carried[0] <= len(self.sentence_people) - 2 and not any(
                    not p.modifier for people in self.sentence_people[carried[0] + 1:-1] for p in people) \
                    and carried[0] >= len(self.sentence_people) - 4 else None
                # the source of "according to X's office" is "he" only when X is not the one he met
                speaker = cand.speaker if cand.speaker is not None and cand.speaker.name not in {p.name for p in people} else None
                who = speaker or (self.last_actor if opening else None) or carried_who or self._previous_subject()
                if who is not None:
                    people.insert(0, who)
            elif a in ("i", "we"):
                # "Yesterday I spent three hours with ...": the person interviewed; '"We received X," a Qatari
                # official said': an unnamed speaker, nobody the article names
                unnamed = _UNNAMED_SPEAKER.search(cand.sentence.text, cand.trigger[1] - cand.sentence.start)
                who = cand.speaker or (self.interviewee if unnamed is None else None)
                if who is None and unnamed is not None:
                    orgs = _speaker_side(unnamed.group(0), cand.sentence.start + unnamed.start()) + orgs  # "we": his government
                if who is not None:
                    people.insert(0, who)
            elif a == "(shared subject)" and previous is not None:
                subject_people, subject_orgs = self._both_of(cand, previous, subjects.get(previous.serial, (previous.subject_people, previous.subject_orgs)))
                if not subject_people and not subject_orgs:
                    # the verb before has no subject ('X Meets Y' glued to 'Doha - Z met W'): the
                    # subject is who is named between the two verbs
                    here = self.sentence_people[-1] if self.sentence_people else []
                    subject_people = [p for p in here if not p.modifier and previous.trigger[1] <= p.start and p.end <= cand.trigger[0]][-1:]
                    if not subject_people and _WHERE_HE.search(cand.sentence.text, 0, cand.trigger[0] - cand.sentence.start):
                        # "The tour began in Baghdad on Thursday, where he held talks with X": "he" is the traveller
                        who = self.last_actor or self._previous_subject()
                        subject_people = [who] if who is not None else []
                people = subject_people + [p for p in people if p not in subject_people]
                orgs = subject_orgs + [o for o in orgs if o not in subject_orgs]
            elif a == "(shared subject)" and previous is None and _WHICH_MET.search(cand.sentence.text, 0, cand.trigger[0] - cand.sentence.start):
                # "X led the Saudi team, which met Y": the team that met is the one X led
                here = self.sentence_people[-1] if self.sentence_people else []
                people = [p for p in here if not p.modifier and p.end <= cand.trigger[0] and p not in people] + people
            elif a == "(shared subject)" and previous is None and cand.date is not None \
                    and _WHO_MET.search(cand.sentence.text, 0, cand.trigger[0] - cand.sentence.start):
                # "..., among them US Secretary of State X, who met Y in Doha on Friday": X, the name the clause hangs on
                # (with a day of its own: "X, who met Y before leaving" is told in passing)
                start = cand.sentence.start
                here = [p for p in (self.sentence_people[-1] if self.sentence_people else []) if not p.modifier and p.end <= cand.trigger[0]]
                if here and not cand.sentence.text[here[-1].end - start:cand.trigger[0] - start].strip(" ,").lower().startswith("and"):
                    people = here[-1:] + [p for p in people if p is not here[-1]]
            elif a == "their":  # "In their previous conversation held on June 17": the two of the event told last
                same_kind = [d for d in self.drafts if d.type == cand.type and d.people]  # "their previous call": the last call told
                recent = max(same_kind, key=lambda d: d.last_sentence) if same_kind else self._recent_draft(within=8)
                if recent is not None:
                    people = list(recent.people.values()) + people
                    orgs = list(recent.orgs.values()) + orgs
            elif re.search(r"\b(?:they|two|both|sides?)\b|\bpart", a):  # ("the president" holds "side": a word, not a part of one)
                prev_people, prev_orgs = self._previous_actors()
                if len(prev_people) + len(prev_orgs) < 2 and re.search(r"\b(?:two|both)\b", a):
                    prev_people = self._with_resolved_subject(prev_people)
                recent = self._recent_draft()
                came = self._they_who_met(cand, people, recent) if a == "they" else None
                if came is not None:
                    people, orgs = came[0] + people, came[1] + orgs
                elif len(prev_people) + len(prev_orgs) >= 2:
                    people, orgs = prev_people + people, prev_orgs + orgs
                elif recent is not None:
                    people = list(recent.people.values()) + people
                    orgs = list(recent.orgs.values()) + orgs
                if re.search(r"\bdelegations$", a) and len(orgs) >= 2:  # "The two delegations had begun talks": their men, not a host's
                    people = [p for p in people if p in cand.people or p.affiliation is None or p.affiliation in {o.name for o in orgs}]
            elif a in ("the visitor", "the guest") and self.drafts:
                who = self._visitor(self.drafts[-1])  # "The visitor then moved to X, where he was received by Y"
                if who is not None:
                    people.insert(0, who)
            elif (counted := self._counted_people(a)) is not None:
                people = [p for p in counted if p.name not in {q.name for q in people}] + people  # "The three ministers were received by X"
            elif re.search(r"\b(?:officials|ministers|leaders)$", a):
                people = [p for p in self._people_of_side(a) if p not in people] + people  # "The Iranian officials arrived"
            elif re.search(r"\b(?:mediators|envoys|negotiators)$", a) and not re.search(r"['\u2019]s\b|movement|group", a) and self.drafts \
                    and (led := [o for o in self.drafts[-1].orgs.values() if o.name in self.heads]):
                # "A delegation of the bloc led by X met Y ... The mediators also met Z": the led delegation, X at its head
                orgs = led[:1] + orgs
                head = self.heads[led[0].name]
                if head.name not in self.absent and head not in people:
                    people.insert(0, head)
            elif re.search(r"minister|envoy|official|leader|diplomat|negotiator|president|amir|emir|sultan|king|crown prince|secretary.general", a):
                who = self._person_like(a, subject=cand.kind == VERB)
                if who is not None:
                    people.insert(0, who)
            elif self.drafts and (re.search(r"delegat|team|visitors|guests|movement|group|participants|members", a) or a == "it"):
                # ("The delegation arrived on Saturday. On Sunday it held talks with X": "it" is the group the report follows)
                last = self.drafts[-1]
                group = [o for o in last.orgs.values() if o.kind == MOVEMENT] or [o for o in last.orgs.values() if o.name in last.explicit_groups]
                # "Hamas leader X met Y. The movement's negotiators met Z and W": the movement the article named
                # (with no sides after the verb, the movement's men of the last event stand for it below)
                if not group and orgs and re.search(r"\b(?:movement|group)$", a):
                    group = next(([e] for actors in reversed(self.sentence_actors) for e in reversed(actors) if e.kind == MOVEMENT), [])
                orgs = group + orgs  # (a movement's delegation the report follows, before the governments it met)
                if cand.kind == VERB and re.search(r"\b(?:delegates|visitors)$", a):
                    # "received a delegation of A, B and C ... On Wednesday the delegates called on Y": the people
                    # themselves, its members (and those named without a side on the arrival told: they came
                    # with them); "the delegation" leaves open who of it went
                    sides = {o.name for o in orgs if o.kind == MOVEMENT} | {p.affiliation for p in last.people.values() if p.affiliation_kind == MOVEMENT}
                    came = {n for d in self.drafts if d.type == "visit" and not d.past_perfect for n in d.people}
                    people = [p for p in last.people.values() if p not in people and (
                        p.affiliation in sides or (p.affiliation is None and p.name in came))] + people
                elif not orgs:
                    people = [p for p in last.people.values() if p.affiliation_kind == MOVEMENT] + people
                elif a == "it" or a.endswith(" members") or re.search(r"\w-member\s+delegation$", a):  # "The delegation, headed by X, arrived on Saturday. On Sunday it held talks with Y": X spoke for it
                    # ("the four-member delegation": counted whole, so its head is among them)
                    head = next((self.heads[o.name] for o in orgs if o.name in self.heads), None)
                    if head is not None and head.name not in self.absent and head not in people:
                        people.insert(0, head)
                visitor = self.last_actor  # "X arrived at the head of a delegation ... The delegation met Y": X's
                if visitor is not None and last.type == "visit" and visitor.name in last.people and visitor not in people \
                        and not any(o.name == visitor.affiliation for o in orgs):
                    people.insert(0, visitor)
            elif re.search(r"delegat|team|visitors|guests", a):
                # "A Hamas delegation headed by X wrapped up a visit ... The delegation was received by Y":
                # the delegation a sentence before named, though no event was told yet
                for actors in reversed(self.sentence_actors[-4:-1]):
                    group = [e for e in actors if not e.modifier and (e.kind == MOVEMENT or (e.kind == PERSON and e.affiliation_kind == MOVEMENT))]
                    if group:
                        people = [e for e in group if e.kind == PERSON] + people
                        orgs = [e for e in group if e.kind == MOVEMENT] + orgs
                        break
        text_before = cand.sentence.text[:cand.trigger[0] - cand.sentence.start]
        if not cand.subject_people and not cand.subject_orgs and _ITS_DELEGATION.search(text_before):
            # "Hamas said on Sunday that its delegation held talks with ...": the movement that speaks
            own = [e for e in (self.sentence_actors[-1] if self.sentence_actors else [])
                   if e.kind in (MOVEMENT, GOVERNMENT) and not e.modifier and e.end <= cand.trigger[0]]
            if own and own[-1].name not in {o.name for o in orgs}:
                orgs = [own[-1]] + orgs
        if not cand.subject_people and cand.subject_orgs and re.match(r"\s*the\s+[\w\-]+\s+delegation\s+(?:also\s+|later\s+|then\s+)?$", text_before, re.I):
            leader = next((self.heads[o.name] for o in cand.subject_orgs if o.name in self.heads), None)
            if leader is not None and leader not in people:  # "The Hamas delegation also met X": its head, named before, was there
                people.insert(0, leader)
        country_delegation = _COUNTRY_DELEGATION.search(text_before) if cand.kind == VERB and not cand.subject_people else None
        if country_delegation and any(o.kind == GOVERNMENT for o in cand.subject_orgs):
            # "A and B (Iranians) met X ... Earlier, the Iranian delegation held talks with Y": a country's delegation
            # is the people of that country named just before (two at least, as "the Iranian officials")
            people = [p for p in self._people_of_side(country_delegation.group(0)) if p not in people] + people
        head = _HEAD_OF.search(text_before)
        if head and not cand.subject_people:
            org = next((o.name for o in orgs if o.name in self.heads), None) or next(iter(self.heads), None)
            if org is not None:
                people.insert(0, self.heads[org])
            elif self.last_actor is not None:
                people.insert(0, self.last_actor)  # "the head of the National Delegation also met X": the man the article follows
        if cand.object_group:
            recent = self._recent_pair() if cand.object_pair else self._recent_draft(within=4)
            if recent is not None:
                # ("met separately with A and with B ... then chaired a session between the two delegations": both sides)
                told = [d for d in self.drafts if d.last_sentence == recent.last_sentence and d.type != "visit"] or [recent]
                for d in told:
                    orgs = orgs + [o for o in d.orgs.values() if o.name not in {x.name for x in orgs}]
                    if len(told) > 1 or cand.object_pair:  # (and the people named at those meetings: "headed by X", "both ministers")
                        heads = [self.heads[o] for o in d.orgs if o in self.heads]
                        people = people + [q for q in d.people.values() if (q.affiliation in d.orgs or q in heads or cand.object_pair) and q.name not in {x.name for x in people}]
        if cand.object_anaphor in ("him", "her"):
            # "attended the inauguration of President X and met him": X, named just before in the sentence
            named = {p.name for p in people}
            before = [p for p in (self.sentence_people[-1] if self.sentence_people else []) if p.end <= cand.trigger[0] and p.kind == PERSON]
            # "Araghchi then drove to X, where the speaker hosted him": him is the one named before the verb's own subject
            here = before[:-1] if len(before) >= 2 and before[-1].name in {q.name for q in cand.subject_people} else []
            here = here or [p for p in before if p.name not in named]
            who = here[-1] if here else self._previous_subject(exclude=named)
            if who is not None and who.name not in named:
                people.append(who)
        elif cand.object_anaphor and cand.object_anaphor.startswith("the "):
            who = self._person_like(cand.object_anaphor)
            if who is not None and who.name not in {p.name for p in people}:
                people.append(who)
        elif _OBJECT_DELEGATION.match(cand.sentence.text, cand.trigger[1] - cand.sentence.start) \
                and not any(e.start >= cand.trigger[1] for e in people + orgs):
            # "X met the delegation at the hotel": the movement's delegation named in the sentences before
            # ("the alliance's delegation": the movement whose name says alliance, a few paragraphs back too)
            body = _OBJECT_DELEGATION.match(cand.sentence.text, cand.trigger[1] - cand.sentence.start).group("body")
            named = [e for actors in reversed(self.sentence_actors[-9:-1]) for e in actors
                     if body and not e.modifier and e.kind == MOVEMENT and body.lower() in e.name.lower().split()]
            for actors in [named] + list(reversed(self.sentence_actors[-4:-1])):
                group = [e for e in actors if not e.modifier and e.kind == MOVEMENT]
                if group:
                    orgs = orgs + [e for e in group[:1] if e.name not in {o.name for o in orgs}]
                    break
        elif _HEADS_OF_DELEGATIONS.match(cand.sentence.text, cand.trigger[1] - cand.sentence.start) \
                and not any(e.start >= cand.trigger[1] for e in people + orgs):
            # "Wang met the heads of the delegations": every movement named in the sentences before
            seen = {o.name for o in orgs}
            for actors in reversed(self.sentence_actors[-4:-1]):
                for e in actors:
                    if not e.modifier and e.kind == MOVEMENT and e.name not in seen:
                        seen.add(e.name)
                        orgs = orgs + [e]
        elif not any(p.start >= cand.trigger[1] for p in people):
            # "received His Majesty the Sultan and the accompanying delegation": the ruler named before
            ruler = _OBJECT_RULER.match(cand.sentence.text, cand.trigger[1] - cand.sentence.start)
            who = self._person_like("the " + ruler.group("role")) if ruler else None
            if ruler is None and _OBJECT_HIGHNESS.match(cand.sentence.text, cand.trigger[1] - cand.sentence.start):
                # "who met His Highness in Doha": the ruler the article named (emir, sultan, king or crown prince)
                who = next((w for w in map(self._person_like, ("the amir", "the emir", "the sultan", "the king", "the crown prince")) if w), None)
            if who is not None and who.name not in {p.name for p in people}:
                people.append(who)
        return unique(people), unique(orgs)

    def _they_who_met(self, cand: Candidate, people: list[Ent], recent: Draft | None) -> tuple[list[Ent], list[Ent]] | None:
        """'held talks with A and B ... They also met C': "they" who meet someone named are the ones who
        met before (the last verb's subject), not whom they met (issue 9: each counterpart its own
        meeting). An unnamed subject ('the three envoys') leaves the sides of the event just told other
        than its counterparts'. None: not that shape."""
        if not any(p.start >= cand.trigger[1] for p in people) or self.last_subject is None \
                or self.last_subject[0] < len(self.sentence_people) - 3:
            return None
        _, subject_people, subject_orgs = self.last_subject
        if subject_people or subject_orgs:
            return list(subject_people), list(subject_orgs)
        if recent is None or not recent.people:
            return None
        met = {p.affiliation for p in recent.people.values()}
        return [], [o for o in recent.orgs.values() if o.name not in met]

    def _visitor(self, draft: Draft) -> Ent | None:
        """Who came to the event just told: the person the article follows if he was there, else
        one from a side other than the host's."""
        if self.last_actor is not None and self.last_actor.name in draft.people and self.last_actor is not draft.host \
                and (draft.host is None or self.last_actor.affiliation != draft.host.affiliation):
            return self.last_actor
        home = draft.host.affiliation if draft.host is not None else None
        return next((p for p in draft.people.values() if p is not draft.host and p.affiliation and p.affiliation != home), None)

    def _people_of_side(self, phrase: str) -> list[Ent]:
        """'the Iranian officials', 'the two Hamas leaders': the people of that side the sentences just
        before named (none when the phrase names no side)."""
        g = gazetteer()
        words = phrase.lower().split()
        movement = next((m for m in (_movement_word(g, w) for w in words) if m is not None), None)
        country = next((g.adjectives[(w,)] for w in words if (w,) in g.adjectives), None)
        sides = {movement} if movement else {country, g.government(country).name} if country else set()
        out: list[Ent] = []
        for people in reversed(self.sentence_people[-7:-1]):
            out += [p for p in people if not p.modifier and p.affiliation in sides and p.name not in {q.name for q in out}]
        return out if len(out) >= 2 else []  # (one man named as a group's head does not make "the officials")

    def _person_like(self, phrase: str, subject: bool = False) -> Ent | None:
        """'the prime minister', 'the Iranian minister': the last person named with that role
        (or, failing that, of that country). As a report's subject, a bare role ('the minister met X')
        is the man the report follows when he holds it, not the last minister he met."""
        g = gazetteer()
        words = phrase.lower().split()[1:]
        if words[:1] == ["visiting"] and len(words) > 1:
            # "received the visiting minister": the one who came, the subject of the visit just told
            words = words[1:]
            came = [d for d in self.drafts if d.type == "visit" and not d.past_perfect and not d.background]
            visitor = self._visitor(came[-1]) if came else None
            visitor = visitor or (next(iter(came[-1].people.values()), None) if came else None)
            if visitor is not None and (not visitor.title or words[-1] in visitor.title.lower()):
                return visitor
        movement = next((m for m in (_movement_word(g, w) for w in words) if m is not None), None)
        # "the UN envoy": a body's word before the role names his side as a movement's does
        movement = movement or next((b for b in (_body_word(g, w) for w in words) if b is not None), None)
        role = " ".join(w for w in words if (w,) not in g.adjectives and _movement_word(g, w) is None and _body_word(g, w) is None)
        country = next((g.adjectives[(w,)] for w in words if (w,) in g.adjectives), None)
        sides = {movement} if movement else {country, g.government(country).name} if country else None
        earlier = [p for people in reversed(self.sentence_people[:-1]) for p in people if not p.modifier]
        spellings = (load_json("titles.json") or {}).get("role_spellings", {})

        def same(text: str) -> str:  # "the Amir" and the title "Emir" are one role
            return " ".join(spellings.get(w, w) for w in text.lower().split())
        role = same(role)
        last = self.last_actor
        # "the Personal Envoy" after "the UN envoy X": the role's head word when the whole role is not a title told
        # (the whole role first, over every person named before, then its head word; "the crown prince":
        # the rank makes another office than the honorific "Prince", no fallback to the last prince)
        for wanted in [role] + role.split()[-1:] if " " in role and role.split()[0] not in _OTHER_RANK else [role]:
            if subject and sides is None and wanted and last is not None and last.title and wanted in same(last.title) \
                    and any(last.name in d.people for d in self.drafts[-3:]):
                return last
            for p in earlier:
                if wanted and p.title and wanted in same(p.title) and (sides is None or p.affiliation in sides):
                    return p
        if self.last_actor is not None and sides and self.last_actor.affiliation in sides:
            return self.last_actor  # "the Houthi official": the movement's man the article follows
        last = self.last_actor
        if last is not None and country and last.affiliation_kind == MOVEMENT and last.affiliation \
                and g.orgs.get(org_key(last.affiliation.split())) is not None and g.orgs[org_key(last.affiliation.split())].country == country:
            return last  # "the Yemeni official" after a Houthi negotiator: the movement's man, of that country
        for p in earlier:  # ("the Afghan minister" after the Taliban's foreign minister: of the movement that governs there)
            if sides and (p.affiliation in sides or (country and role and p.title and role in same(p.title) and p.affiliation_kind == MOVEMENT
                                                     and getattr(g.orgs.get(org_key((p.affiliation or "").split())), "country", None) == country)):
                return p
        return None


def _speaker_side(phrase: str, at: int) -> list[Ent]:
    """'a Qatari official said': the government the unnamed speaker's "we" stands for."""
    g = gazetteer()
    for word in re.findall(r"[\w\-]+", phrase):
        country = g.adjectives.get(org_key([word]))
        if country is not None:
            gov = g.government(country)
            return [Ent(at, at + len(phrase), -1, -1, gov.kind, gov.name, word, country=country)]
    return []


# ("the deputy prime minister" may still be the man titled "Deputy Prime Minister/Foreign Minister" by the article's
# headline while his listed title is "Foreign Minister": only a rank whose head word is a mere honorific is kept apart)
_OTHER_RANK = frozenset({"crown"})


def _movement_word(g, word: str) -> str | None:
    """'houthi', 'hamas': the movement a word before a role names ('the Hamas leader')."""
    key = org_key([word])
    org = g.org_adjectives.get(key) or g.orgs.get(key)
    return org.name if org is not None and org.kind == MOVEMENT else None


def _body_word(g, word: str) -> str | None:
    """'un', 'eu': the international body a word before a role names ('the UN envoy')."""
    org = g.orgs.get(org_key([word]))
    return org.name if org is not None and org.kind == ORGANISATION else None


def unique(ents: list[Ent]) -> list[Ent]:
    seen: set[str] = set()
    out = []
    for e in ents:
        if e.name not in seen:
            seen.add(e.name)
            out.append(e)
    return out
