"""Round 19 (rec31): a delegation's second meeting of the day, told after the first.

Sentences written for this file in the shapes news uses, never a test set's words.
"the three-member delegation" is still "the delegation" the article follows (a hyphenated
word before the noun no longer hides it), and "Before seeing X, the delegation held
consultations with Y" is a meeting with Y of its own, not more of the meeting with X told
before. Plans and denials in the same shape stay non-events."""
from __future__ import annotations

import pytest

from timeline_app.ingest.extract import extract_document

HEAD = "Hamas team in Ankara\n\nANKARA, 12 March 2024\n\n"
FIRST = "Turkish Foreign Minister Hakan Fidan met on Tuesday with a delegation of Hamas headed by Khalil al-Hayya.\n\n"


def _events(body: str) -> list[tuple[str, str | None, set[str]]]:
    doc = extract_document(HEAD + FIRST + body + "\n")
    return [(m.type, m.date, {p.actor.name for p in m.participants}) for m in doc.mentions]


def _with(events: list[tuple[str, str | None, set[str]]], name: str) -> list[tuple[str, str | None, set[str]]]:
    return [e for e in events if name in e[2]]


@pytest.mark.parametrize("body", [
    "Before seeing Fidan, the delegation held consultations with Deputy Foreign Minister Ahmet Yildiz, an official said.",
    "Before meeting Fidan, the delegation held talks with Deputy Foreign Minister Ahmet Yildiz, a source said.",
    "Before seeing Fidan, the three-member delegation held consultations with Deputy Foreign Minister Ahmet Yildiz.",
])
def test_a_meeting_before_seeing_the_host_is_a_meeting_of_its_own(body: str) -> None:
    events = _events(body)
    deputy = _with(events, "Ahmet Yildiz")
    assert len(deputy) == 1
    assert "Hakan Fidan" not in deputy[0][2]  # the host named in the fronted clause was not at this one
    assert "Hamas" in deputy[0][2]  # the delegation the article follows
    assert deputy[0][1] == "2024-03-12"  # no day of its own: the day of the visit's meeting
    fidan = _with(events, "Hakan Fidan")
    assert len(fidan) == 1 and "Ahmet Yildiz" not in fidan[0][2]


def test_a_hyphenated_word_before_delegation_still_names_the_delegation() -> None:
    events = _events("On Monday the three-member delegation met Deputy Foreign Minister Ahmet Yildiz.")
    deputy = _with(events, "Ahmet Yildiz")
    assert len(deputy) == 1
    assert deputy[0][1] == "2024-03-11" and "Hamas" in deputy[0][2]


def test_the_same_day_meeting_told_again_stays_one_event() -> None:
    # no fronted "before seeing" clause: the sentence adds to the meeting with Fidan
    events = _events("The talks with Fidan, the delegation said, were frank.")
    assert len([e for e in events if e[0] != "visit"]) == 1


@pytest.mark.parametrize("body", [
    # a plan in the same shape
    "Before seeing Fidan, the three-member delegation will hold consultations with Deputy Foreign Minister Ahmet Yildiz.",
    "Before seeing Fidan, the three-member delegation is expected to meet Deputy Foreign Minister Ahmet Yildiz.",
    # a denial in the same shape
    "Before seeing Fidan, the three-member delegation did not meet Deputy Foreign Minister Ahmet Yildiz, an official said.",
])
def test_plans_and_denials_in_the_same_shape_stay_non_events(body: str) -> None:
    assert _with(_events(body), "Ahmet Yildiz") == []


def test_a_counted_delegation_and_a_bare_one_bring_their_head() -> None:
    # "the three-member delegation" is the whole delegation: its head, named before, was there
    counted = _with(_events("On Monday the three-member delegation met Deputy Foreign Minister Ahmet Yildiz."), "Ahmet Yildiz")
    assert len(counted) == 1 and "Khalil al-Hayya" in counted[0][2]
    # "the delegation" as the subject on another day of the trip is the delegation acting, its head with it
    # (offi36, rosters.py: most golds list the head for such a meeting, blind31's own b31-12 among them)
    bare = _with(_events("On Monday the delegation met Deputy Foreign Minister Ahmet Yildiz."), "Ahmet Yildiz")
    assert len(bare) == 1 and "Khalil al-Hayya" in bare[0][2]


ARRIVED = "A Hamas delegation headed by Khalil al-Hayya arrived in Ankara on Sunday.\n\n"


def _arrival_events(body: str) -> list[tuple[str, str | None, set[str]]]:
    doc = extract_document(HEAD + ARRIVED + body + "\n")
    return [(m.type, m.date, {p.actor.name for p in m.participants}) for m in doc.mentions]


def test_a_quoted_readout_that_the_delegation_sat_down_with_someone_is_a_report() -> None:
    body = 'Sabah newspaper, citing two officials, reported: "On Monday the delegation sat down with Fuat Oktay and reviewed the Gaza file."'
    met = _with(_arrival_events(body), "Fuat Oktay")
    assert len(met) == 1 and met[0][1] == "2024-03-11" and "Hamas" in met[0][2]


@pytest.mark.parametrize("body", [
    'Sabah newspaper reported: "On Monday the delegation will sit down with Fuat Oktay and review the Gaza file."',
    '"We hope to sit down with Fuat Oktay on Monday," the delegation said.',
    'Sabah newspaper reported: "The delegation never sat down with Fuat Oktay, whatever was claimed."',
])
def test_quoted_plans_and_denials_of_sitting_down_stay_non_events(body: str) -> None:
    assert _with(_arrival_events(body), "Fuat Oktay") == []
