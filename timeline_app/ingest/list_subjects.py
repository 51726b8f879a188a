"""The subject layer: who a list's entries are about when they name nobody doing it.

A list's heading or lead names its subject ("Timeline of X's visits", "X's trips abroad since
2021", "The Hamas delegation's meetings:", "Meetings of the Taliban delegation in Doha:",
"Below are his main stops"); its entries are then written without one ("Meets Y in Ankara.",
"Received by Z", "Talks with W in Doha", "14 March 2022 - Holds talks with V"). Each entry's
report that opens the entry and has no subject of its own takes the list's, a person or a side
(a movement, a government), and a dated entry's report without a day of its own takes the
entry's date. "Received by Z" makes Z the host.

The lists themselves (which lines are a heading and its entries) are found on the page's lines
(`lists`); this module reads the entity and date layers of the heading and the entries.
A timeline entry outside any recognised list ("* 5 March 2021 - Meets X", a dated line with a
capitalised present-tense verb) keeps the older, narrower rule: it is about the article's
protagonist (the person its headline or lead names).
"""
from __future__ import annotations

import re

from .candidate import NOUN, VERB, Candidate
from .dates import DateExpr
from .entities import Ent
from .gazetteer import ORG_KINDS, PERSON
from .lists import FRONTED, ITEM_OPENING, head_patterns

_GAP = re.compile(r"[\w\-\s]{0,30}")  # "the Hamas [political] delegation's": words between the side and the possessive
_RECEIVED_BY = re.compile(r"Received\s+by\b")

# "* 5 March 2021 - Meets X in Cairo", "Feb. 26: Received by Y", "2024-02-26 | Holds talks with Z": a
# chronology entry, its date then a dash, colon or bar, then a capitalised present-tense verb and no subject
_ENTRY_OPENING = re.compile(r"[\s*\u2022\u00b7\-\u2013\u2014]*(?P<date>[\w.,/ \-]{4,40}?)\s*[\-\u2013\u2014:|]\s*"
                            r"(?P<verb>(?-i:[A-Z])[a-z]+s\b|Received\s+by\b)")


def _side(e: Ent) -> bool:
    """A person named as himself, or a side (even one naming a delegation: "the Hamas delegation")."""
    return e.kind in ORG_KINDS or (e.kind == PERSON and not e.modifier)


def head_subject(text: str, start: int, ents: list[Ent], protagonist: Ent | None) -> Ent | None:
    """The subject a list's heading or lead names (`text` starts at absolute offset `start`; `ents`
    are its entities): the side before the possessive ("X's visits", "the Hamas delegation's
    meetings"), the side after "of" ("meetings of the Taliban delegation"), the person named
    before a possessive pronoun ("X has travelled often. His main stops:"), else the protagonist."""
    sides = [e for e in ents if _side(e)]
    possessive, of, pronoun, heading = head_patterns()
    m = possessive.search(text)
    if m is not None:
        at = start + m.start()
        owner = [e for e in sides if e.end <= at and _GAP.fullmatch(text[e.end - start:at - start])]
        if owner:
            return owner[-1]
    m = of.search(text)
    if m is not None:
        after = [e for e in sides if e.start >= start + m.start("of")]
        if after:
            return after[0]
    m = pronoun.search(text)
    if m is not None:
        people = [e for e in sides if e.end <= start + m.start() and (e.kind == PERSON) == (m.group("pronoun").lower() in ("his", "her"))]
        return people[-1] if people else protagonist
    if heading.search(text):
        named = [e for e in sides if e.kind == PERSON]
        return named[0] if len(named) == 1 else protagonist
    return None


def _entry_day(opening: re.Match[str], dates: list[DateExpr], *, full_only: bool) -> DateExpr | None:
    if not opening.group("date"):
        return None
    return next((d for d in dates if (d.kind == "full" if full_only else d.kind != "anaphoric")
                 and opening.start("date") <= d.start and d.end <= opening.end("date") + 1), None)


def _give(report: Candidate, subject: Ent, day: DateExpr | None) -> None:
    if day is not None and (report.date is None or report.date.kind == "anaphoric"):  # "and meets X the same day": the entry's day
        report.date = day
    if subject.kind == PERSON:
        report.subject_people = [subject]
        report.people = [subject] + [p for p in report.people if p.name != subject.name]
    else:
        report.subject_orgs = [subject]
        report.orgs = [subject] + [o for o in report.orgs if o.name != subject.name]
    report.anaphor = None
    if _RECEIVED_BY.match(report.sentence.text, report.trigger[0] - report.sentence.start):
        report.passive = True


def _subjectless(report: Candidate) -> bool:
    return report.kind in (VERB, NOUN) and not report.subject_people and not report.subject_orgs \
        and report.anaphor in (None, "(shared subject)")


def list_subject(report: Candidate, dates: list[DateExpr], subject: Ent) -> None:
    """An entry of a list whose heading names `subject`: its opening report without a subject (and
    the verbs that share it: "Attends X and meets Y") is the subject's."""
    if not _subjectless(report):
        return
    text = report.sentence.text
    opening = ITEM_OPENING.match(text)
    assert opening is not None  # everything in the pattern is optional
    offset = report.trigger[0] - report.sentence.start
    fronted = FRONTED.match(text, opening.end())  # "In Doha, meets X": the report opens the entry all the same
    if offset not in (opening.end(), fronted.end() if fronted else -1) and not (report.kind == VERB and report.anaphor == "(shared subject)"):
        return  # "Meets X" opens the entry; "X meets Y" or "... said the talks with Y" has its own subject
    if report.anaphor == "(shared subject)" and not text[opening.end():opening.end() + 1].isupper():
        return
    _give(report, subject, _entry_day(opening, dates, full_only=False))


def chronology_subject(report: Candidate, dates: list[DateExpr], protagonist: Ent | None) -> None:
    """A timeline's entry written without a subject and outside a recognised list ("Meets X in
    Tehran", "Received by Y at Z", "Attends the inauguration of Z and meets X") is a report about
    the chronology's protagonist (the person its headline or lead names), dated by the entry's own
    date."""
    if protagonist is None or report.kind != VERB or not _subjectless(report):
        return
    opening = _ENTRY_OPENING.match(report.sentence.text)
    if opening is None or opening.start("verb") > report.trigger[0] - report.sentence.start:
        return
    day = _entry_day(opening, dates, full_only=True)
    if day is None:
        return
    _give(report, protagonist, day)
