"""Attachment sentences ("The delegation included A, B and C", "travelling with X"): which event
their people join. Read by the grouper (a mixin: it works on the grouper's article state)."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from .candidate import ATTACH, Candidate
from .coreference import Coreference
from .date_patterns import FULL_WEEKDAYS
from .dates import DateExpr, resolve
from .entities import Ent
from .gazetteer import MOVEMENT
from .resources import load_json

if TYPE_CHECKING:
    from .drafts import Draft

_COMPOSITION = re.compile(r"\b(?:delegation|side|team|entourage)(?:,\s+(?:which|(?:led|headed)\s+by)\s+[^.;]{0,100}?,|,\s+which|\s+(?:accompanying|travelling with|traveling with)(?:\s+[\w\-]+){1,3}?)?\s+(?:also\s+)?(?:included|includes|comprised|consisted|was made up|(?:was|is)\s+composed\s+of)\b"
                          r"|\bmembers\s+of\s+(?:his|her|its|their|the)\s+delegation\b|\b(?:delegation|team)[\"\u201d\u2019]?\s+(?:that|which|who)\s+(?:also\s+)?(?:included|includes|comprised)\b"
                          r"|\b(?:was|were|is|are)\s+(?:also\s+)?(?:part|members?)\s+of\s+(?:the|his|her|their|(?-i:[A-Z][\w\-]+)['\u2019]s)\s+(?:[\w\-]+\s+)?delegation\b|^\s*(?:it|members)\s+(?:also\s+)?(?:included|includes|comprised|comprises|consisted|consists)\b|^\s*also\s+present\s+(?:were|was)\b"
                          r"|\bwhose\s+(?:[\w\-]+\s+)?(?:team|delegation|side|entourage)\s+(?:also\s+)?(?:included|includes|comprised|comprises)\b", re.I)


# "Thursday's session", "Monday's talks": a day naming the occasion it was the day of
_OCCASION_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:[\w\-]+\s+){0,2}?(?:session|meeting|talks|consultations|negotiations|round|encounter)\b", re.I)
_POSSESSIVE = re.compile(r"['\u2019]s\b")
_ACCOMPANIED = re.compile(r"\b(?:was|were)\s+(?:also\s+)?accompanied\s+by\b", re.I)
_WELCOMED_FROM_AFAR = re.compile(r"welcomed\s+the\s+(?:visit|talks|meeting)\s+(?:in\s+a\s+(?:statement|post|tweet)|on\s+(?:Twitter|X)\b)", re.I)
_AT_CEREMONY = re.compile(r"(?:also\s+)?attended\s+(?:the\s+)?ceremony\b", re.I)
_BARE_ATTENDANCE = re.compile(r"(?:also\s+)?(?:attended|took part|participated|as did)", re.I)
# "The PIJ, which attended the talks, did not sign": the talks the article is telling, however many sentences back
_LATER_JOINED_FOR = re.compile(r"\W*(?:later|afterwards|then|subsequently)\b[^.;]{0,60}?\b(?:was|were)\s+(?:later\s+)?joined\s+by\b[^.;]{1,160}?\bfor\s+(?:a|an|the)\s+"
                               r"(?:[\w\-\u2019']+\s+){0,5}?(?:round|talks|meeting|dialogue|session|summit|consultations)\b", re.I)
_ATTENDED_THE = re.compile(r"(?:also\s+)?(?:attended|took part in|participated in)\s+the\s+(?:talks|meeting|meetings|negotiations|consultations)", re.I)


@lru_cache(maxsize=1)
def _earlier_round() -> re.Pattern[str]:
    """'The recent talks in Cairo were ...', 'The previous round of negotiations ...' opening a sentence."""
    cues = load_json("triggers.json")["earlier_round_subject"]
    alt = lambda words: "|".join(map(re.escape, words))  # noqa: E731
    return re.compile(rf"\s*(?:the|in\s+the|at\s+the|during\s+the)\s+(?:{alt(cues['words'])})\s+(?:round\s+of\s+)?(?:{alt(cues['nouns'])})\b", re.I)


@lru_cache(maxsize=1)
def _multilateral() -> re.Pattern[str]:
    """A cue naming a gathering of many sides ('opened the conference'), resources/gatherings.json 'multilateral'."""
    words = load_json("gatherings.json")["multilateral"]["words"]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")s?\b", re.I)


_JOINED_WITH = re.compile(r"\bjoined\s+the\s+(?:[\w\-]+\s+)?meetings?\s+with\b", re.I)

class Attachment(Coreference):
    """Places an attachment report's people on the event it completes (set up by the grouper)."""

    pending: list[tuple[Candidate, list[Ent], list[Ent], int]]
    published: date | None

    def _overlap(self, draft: Draft, people: list[Ent], orgs: list[Ent], *, loose: bool = False) -> bool:
        raise NotImplementedError  # the grouper's: do the report and the event share a side?

    funeral_told: bool = False  # the article told a funeral (continuation.note_ceremony)

    def _attach(self, cand: Candidate, people: list[Ent], orgs: list[Ent], sentence_index: int) -> None:
        if _WELCOMED_FROM_AFAR.match(cand.sentence.text, cand.trigger[0] - cand.sentence.start):
            return  # "the UN envoy welcomed the visit in a statement": commentary from afar, not the host
        if _earlier_round().match(cand.sentence.text):
            return  # "The recent talks in Cairo were also attended by X": an earlier round's people, not this event's
        if self.funeral_told and _AT_CEREMONY.match(cand.sentence.text, cand.trigger[0] - cand.sentence.start) \
                and not any(d.ceremony for d in self.drafts):
            return  # "Delegations from X and Y attended the ceremony" of a funeral: mourners, at no meeting told
        if people and _COMPOSITION.search(cand.sentence.text):
            # "The delegation, which also included A and B, is to meet Qatari mediators": the list ends at B
            last = max(p.end for p in people)
            orgs = [o for o in orgs if not (o.t0 == -1 and o.start >= last)]
        target = self._attach_target(cand, people, orgs, allow_recent=True)
        if _JOINED_WITH.search(cand.sentence.text, cand.trigger[0] - cand.sentence.start, cand.trigger[1] - cand.sentence.start):
            # "Y joined the meeting with X": the meeting told with X (not the last one told); Y joins it, X is there already
            met = {p.name for p in people if p.start >= cand.trigger[1]}
            host = next((d for d in reversed(self.drafts) if met & set(d.people)), None)
            if host is not None:
                target, people = host, [p for p in people if p.start < cand.trigger[0]]
        if target is not None and self._opened_elsewhere(cand, target, people, orgs):
            return
        if target is not None and _another_day_attended(cand, target):
            return  # "flown to Doha on Thursday after a ceremony in Tehran attended by X": X was at that ceremony
        if target is None:
            cue = cand.sentence.text[cand.trigger[0] - cand.sentence.start:cand.trigger[1] - cand.sentence.start]
            if not (_BARE_ATTENDANCE.fullmatch(cue) or _ATTENDED_THE.fullmatch(cue)):
                self.pending.append((cand, people, orgs, sentence_index))
                return
            # "Delegations from A and B attended": the gathering the article is telling, however many
            # sentences back; with no event told yet, the rite just told ("X and Y attended."), not one to come
            target = self._recent_draft(within=8)
            if target is None or (target.past_perfect and target.date_expr is None):
                return
        if people and _LATER_JOINED_FOR.match(cand.sentence.text) and target.resolved is not None and target.resolved.precision == "day":
            # "Later the same day the two ministers were joined by X for the trilateral dialogue": another meeting, of all three
            created = self._new_draft(cand, list(target.people.values()) + people, list(target.orgs.values()) + orgs, [])  # type: ignore[attr-defined]
            if created is not None:
                created[0].type, created[0].date_expr, created[0].resolved = "talks", target.date_expr, target.resolved
                created[0].add(cand, list(target.people.values()) + people, created[1], sentence_index)
                self._index_date(created[0])  # type: ignore[attr-defined]
                return
        known = set(target.people)  # before this sentence's people join
        target.add(cand, people, orgs, sentence_index)
        for other in self._same_day_meetings(cand, target, people, known):
            other.add(cand, people, orgs, sentence_index)

    def _opened_elsewhere(self, cand: Candidate, target: Draft, people: list[Ent], orgs: list[Ent]) -> bool:
        """'X, who opened the conference, ...' after 'On the sidelines, A met B': who opened, chaired or
        attended a gathering of many sides was not at a meeting of two held on its sidelines (told so, or
        one none of whose sides he is of)."""
        cue = cand.sentence.text[cand.trigger[0] - cand.sentence.start:cand.trigger[1] - cand.sentence.start]
        people = [p for p in people if p.end <= cand.trigger[0]] or people  # who opened it ("X, who opened ..., did not meet Y": not Y)
        sides = set(target.orgs) | {p.affiliation for p in target.people.values() if p.affiliation}
        if not people or not _multilateral().search(cue) or len(sides) >= 3 or target.opened or target.ceremony:
            return False
        if target.sideline:  # "A met B on the sidelines of the conference": the gathering's people are not A and B's
            return not any(p.name in target.people for p in people)
        return not any(p.name in target.people or p.affiliation in sides for p in people)

    def _same_day_meetings(self, cand: Candidate, target: Draft, people: list[Ent], known: set[str]) -> list[Draft]:
        """'Araghchi met X ... was later received by Y ... Araghchi's delegation included A and B':
        a delegation's members go with its leader to each of his meetings of that day."""
        if not (_COMPOSITION.search(cand.sentence.text) or _ACCOMPANIED.search(cand.sentence.text)) \
                or target.resolved is None or target.resolved.precision != "day":
            return []  # ("The minister was accompanied by his ambassador, X": to each of his meetings of that day)
        leaders = {p.name for p in people if p.name in target.people}
        if not leaders & known and _ACCOMPANIED.search(cand.sentence.text) and self.last_actor is not None and self.last_actor.name in known:
            leaders = {self.last_actor.name}  # "The Iranian minister was accompanied by X": the man the article follows
        if not leaders & known:
            return self._trip_meetings(target, people)
        return [d for d in self.drafts if d is not target and not d.past_perfect and d.resolved is not None
                and d.resolved.value == target.resolved.value and (d.type == "call") == (target.type == "call")
                and leaders & set(d.people)]

    def _trip_meetings(self, target: Draft, people: list[Ent]) -> list[Draft]:
        """'The delegation also included A and B' after its meetings of Friday and Saturday: the members
        of a movement's delegation went with it to each meeting of the trip (days apart, no other man of the movement there)."""
        movement = {name for name, org in target.orgs.items() if org.kind == MOVEMENT}
        members = {p.name for p in people}
        heads = {p.name for p in target.people.values() if p.affiliation in movement and p.name not in members}  # one delegation: no other head
        day = date.fromisoformat(target.resolved.value)  # type: ignore[union-attr]
        return [d for d in self.drafts if d is not target and not d.past_perfect and d.resolved is not None
                and d.resolved.precision == "day" and abs((date.fromisoformat(d.resolved.value) - day).days) <= 2
                and (d.type == "call") == (target.type == "call") and movement & set(d.orgs)
                and not (heads and (other := {p.name for p in d.people.values() if p.affiliation in movement}) and not heads & other)]

    def _attach_target(self, cand: Candidate, people: list[Ent], orgs: list[Ent], allow_recent: bool = False) -> Draft | None:
        """Travel cues ("travelling with") join a visit; other cues the meeting under discussion."""
        eligible = [d for d in self.drafts if not (d.past_perfect and d.date_expr is None)]
        cue = cand.sentence.text[cand.trigger[0] - cand.sentence.start:cand.trigger[1] - cand.sentence.start]
        day = resolve(cand.date, self.published, future=False) if cand.date is not None else None
        own = self._cue_day(cand) if day is None and cand.kind == ATTACH and self.sentence_dates else None
        if own is None and day is None and cand.kind == ATTACH:
            own = self._occasion_day_before()
        if own is not None:
            day = resolve(own, self.published, future=False)
        that_day = [d for d in eligible if day is not None and d.resolved is not None and d.resolved.value == day.value and d.type != "visit"]
        if that_day:
            return that_day[0]  # "X also attended Tuesday's meeting": the meeting told for that day
        if own is not None and day is not None and day.precision == "day":
            # "The accord was signed on October 12 by A and B" after a meeting of October 21: not at that meeting
            # (a draft of that month with no day told may be it)
            eligible = [d for d in eligible if d.resolved is None or d.resolved.value == day.value
                        or (d.resolved.precision != "day" and day.value.startswith(d.resolved.value))]
        if _BARE_ATTENDANCE.fullmatch(cue):  # "An Iraqi delegation ... also attended": the article's ceremony
            ceremony = [d for d in eligible if d.ceremony]
            if ceremony:
                return ceremony[-1]
        if re.match(r"(?:also\s+)?(?:attended|took\s+part|participated)\b", cue, re.I):
            opened = self._recent_draft(within=1)
            if opened is not None and opened.opened and any(opened is d for d in eligible):
                return opened  # "The consultations opened on Tuesday ... Envoys from A and B attended": that gathering
        overlapping = [d for d in eligible if self._overlap(d, people, orgs, loose=True)]
        wanted = [d for d in overlapping if (d.type == "visit") == (cand.type == "visit")]
        composition = bool(_COMPOSITION.search(cand.sentence.text))
        recent = self._recent_draft(within=1) if composition else None
        if recent is not None and any(recent is d for d in overlapping):
            return recent  # "X arrived leading a delegation. The delegation included ...": that journey's delegation
        if wanted:
            return wanted[0] if composition else wanted[-1]
        if overlapping:
            return overlapping[0] if composition else overlapping[-1]
        if allow_recent:
            recent = self._recent_draft(within=3)
            if recent is not None and not (recent.past_perfect and recent.date_expr is None) and any(recent is d for d in eligible):
                return recent  # "Islamic Jihad ... have also sent representatives": the event under discussion
        return None

    def _cue_day(self, cand: Candidate) -> DateExpr | None:
        """'was signed in Cairo on October 12 by A and B': the day the cue's own clause names right after it."""
        text, cue_end = cand.sentence.text, cand.trigger[1] - cand.sentence.start
        after = [d for d in self.sentence_dates[-1] if d.start >= cue_end and d.kind in ("full", "month_day", "dom", "weekday")
                 and not re.search(r"[,;()]", text[cue_end:d.start])]
        return after[0] if len(after) == 1 else None

    def _occasion_day_before(self) -> DateExpr | None:
        """'Thursday's session lasted two hours. X sat in': the occasion the sentence before names by
        its day is the one the cue adds to, not the event told last (issue 9: who took part)."""
        if len(self.sentence_dates) < 2 or len(self.paragraphs) < 2 or self.paragraphs[-1] != self.paragraphs[-2]:
            return None
        text = self.prior_text
        named = [d for d in self.sentence_dates[-2] if d.kind in ("full", "month_day", "dom", "weekday")
                 and _POSSESSIVE.search(text[d.start:d.end + 2]) and _OCCASION_AFTER.match(text, d.end)]
        return named[0] if len(named) == 1 else None

    def _flush_pending(self, placed: Draft | None = None, placed_at: int = -1) -> None:
        still = []
        for cand, people, orgs, index in self.pending:
            target = self._attach_target(cand, people, orgs)
            if target is None and placed is not None and _escort_before_trip(cand, placed, index, placed_at):
                target = placed
            if target is not None and self._opened_elsewhere(cand, target, people, orgs):
                continue
            if target is None:
                still.append((cand, people, orgs, index))
            else:
                target.add(cand, people, orgs, index)
        self.pending = still


_ATTENDED_BY = re.compile(r"attended\s+by\b", re.I)
_ESCORT = re.compile(r"(?:was\s+|were\s+)?(?:accompanied\s+by|(?:travelling|traveling|travelled|traveled)\s+with)", re.I)
_ESCORT_REACH = 3  # sentences read (those naming someone or something) from the escort told to the journey it is on


def _escort_before_trip(cand: Candidate, placed: Draft, index: int, placed_at: int) -> bool:
    """'A plane carried the delegation, accompanied by X. ... "We arrived today in Y"': who travelled with
    the delegation, told before the journey's own report, goes on the visit told right after (issue 9:
    who took part), when nothing in it ties it to an event already told."""
    cue = cand.sentence.text[cand.trigger[0] - cand.sentence.start:cand.trigger[1] - cand.sentence.start]
    return (cand.type == "visit" == placed.type and bool(_ESCORT.fullmatch(cue)) and not placed.past_perfect
            and 0 < placed_at - index <= _ESCORT_REACH)


_ON_ITS_DAY = re.compile(rf"\b(?:on|late\s+on|early\s+on)\s+(?:{FULL_WEEKDAYS})\b")


def _another_day_attended(cand: Candidate, target: Draft) -> bool:
    """'X's body was flown to Doha on Thursday after a ceremony in Tehran attended by Y', the event told being
    Friday's meeting: 'attended by' in a sentence that tells a weekday other than the event's own names who
    attended the happening of that other day. (Only for weekdays, which the report's day names the same way.)"""
    base = cand.sentence.start
    if not _ATTENDED_BY.match(cand.sentence.text, cand.trigger[0] - base) or target.date_expr is None or target.date_expr.kind != "weekday":
        return False
    days = {m.group(0).split()[-1].lower() for m in _ON_ITS_DAY.finditer(cand.sentence.text, 0, cand.trigger[0] - base)}
    told = target.date_expr.text.split()[-1].lower() if target.date_expr.text else ""
    return bool(days) and told not in days
