"""One report of an event, as the trigger stage hands it to the article level (grouping)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .dates import DateExpr
from .entities import Ent
from .sentences import Sentence

VERB, NOUN, ATTACH = "verb", "noun", "attach"


@dataclass
class Candidate:
    """One report of an event, read from one clause of one sentence."""

    kind: str  # verb | noun | attach
    type: str
    sentence: Sentence
    clause: tuple[int, int]  # absolute offsets
    trigger: tuple[int, int]
    people: list[Ent] = field(default_factory=list)
    orgs: list[Ent] = field(default_factory=list)
    places: list[Ent] = field(default_factory=list)
    date: DateExpr | None = None  # offsets relative to the sentence
    anaphor: str | None = None  # an unresolved subject ("he", "the delegation", "the two sides")
    object_anaphor: str | None = None
    speaker: Ent | None = None  # who said it, for "X said that he had met ..."
    past_perfect: bool = False
    subject_people: list[Ent] = field(default_factory=list)
    subject_orgs: list[Ent] = field(default_factory=list)
    separate: bool = False  # "held separate calls with A and with B"
    sentence_start_anaphoric: bool = False
    elaborates: bool = False  # a "when ..." / "where ..." clause: same event as the clause before
    also: bool = False  # "also met X": another meeting, not the one before
    after_arrival: bool = False  # "landed in Damascus and held talks with X": the meeting of that arrival
    sequel: bool = False  # "addressed the session and later received X": a further meeting after the one told
    sideline: bool = False  # "on the sidelines": a meeting of its own inside a larger one
    continuation: bool = False  # "a second session": a new meeting of the same parties
    background: bool = False  # "had previously met", "last met": history, not the news of the day
    host_verb: bool = False  # "X received / hosted Y": X is at home
    passive: bool = False  # "X was received by Y": Y is at home
    object_group: bool = False  # "received the heads of the two delegations": the sides already named
    object_pair: bool = False  # "received both ministers": the people of the sides already named, met by someone else
    group_subject: bool = False  # "Fourteen Palestinian factions signed ...": sides named later
    reported: bool = False  # "officials pointed to a meeting between X and Y": a report of it, named by a noun
    told_elsewhere: bool = False  # "confirmed Monday's meeting with X": a meeting the reader knows from another report
    serial: int = 0  # position among its sentence's candidates (set by the grouper)
