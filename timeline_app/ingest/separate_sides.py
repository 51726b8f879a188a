"""'met separately with the delegation of A and with the delegation of B, headed by X': one meeting per side.

Why: `sides.split_separate` splits a report of separate meetings by the people met after each
'with'; a ministry readout often names the sides met only as delegations ("the delegation of the
Government of A", "the delegation of the B movement"), with nobody named in one of them, so the
split by people found one group and the report stayed one meeting of both sides (the very sides
the host was keeping apart). Here each 'with' part keeps its own sides and people, with the
subject's. Only when the parts name different sides: "met with the Hamas delegation and with its
head X" is one meeting (X is of the side the first part names).
"""
from __future__ import annotations

import re

from .candidate import VERB, Candidate
from .entities import Ent
from .sides import WHOLE_TRIP

_WITH = re.compile(r"\bwith\b", re.I)
# said to be apart: "met separately with A and with B", "with A and then with B"
_APART = re.compile(r"\bseparate(?:ly)?\b|\bthen\b|\blater\b|\bin\s+turn\b", re.I)


def _sides_of(people: list[Ent], orgs: list[Ent]) -> set[str]:
    return {o.name for o in orgs} | {p.affiliation for p in people if p.affiliation}  # (a movement's country is not its side)


def split_separate_sides(cand: Candidate, people: list[Ent], orgs: list[Ent]) -> list[tuple[list[Ent], list[Ent]]] | None:
    """One (people, orgs) per 'with' part of a report of separate meetings, each with the subject;
    None when the report is not so told, or when some part names no side of its own (people
    only: `split_separate` reads those) or two parts share a side."""
    if cand.kind != VERB or not cand.separate or cand.type == "call":
        return None
    text, base = cand.sentence.text, cand.sentence.start
    end = cand.clause[1] - base
    if not _APART.search(text, cand.trigger[0] - base, end) or (cand.date is None and WHOLE_TRIP.search(text)):
        return None  # ("held talks with Lebanese leaders and with Hamas's leadership during a two-day visit": the trip's summary)
    marks = [m.start() for m in _WITH.finditer(text, cand.trigger[1] - base - 4, end) if m.start() + base >= cand.trigger[0]]
    if len(marks) < 2:
        return None
    subject_people = [p for p in people if p.end <= cand.trigger[0]]
    subject_orgs = [o for o in orgs if o.end <= cand.trigger[0]]
    parts: list[tuple[list[Ent], list[Ent]]] = []
    for i, start in enumerate(marks):
        stop = marks[i + 1] if i + 1 < len(marks) else end
        part_people = [p for p in people if start <= p.start - base < stop]
        part_orgs = [o for o in orgs if start <= o.start - base < stop]
        if part_people or part_orgs:
            parts.append((part_people, part_orgs))
    if len(parts) < 2 or all(part_people for part_people, _ in parts) or any(not part_orgs for _, part_orgs in parts):
        return None
    seen: set[str] = set()
    for part_people, part_orgs in parts:
        sides = _sides_of(part_people, part_orgs)
        if not sides or sides & seen:
            return None
        seen |= sides
    return [(subject_people + part_people, subject_orgs + part_orgs) for part_people, part_orgs in parts]
