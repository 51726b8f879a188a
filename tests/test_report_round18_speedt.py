"""Speed round (speedt): the entity layer skips sentences that can name no one before tokenising them.

Most sentences of a page have one capitalised word, their first. `entity_gate.holds_no_name` lets
`entities.recognize` answer those without tokens when the first word opens no known name and is no
surname the article gave before; only the office phrases ('the president also received ...') are
still read. These tests, on sentences written for this file, pin what a user relies on: one-word
names opening such a sentence (a known person's surname, an organisation, a city, a nationality, an
acronym, a surname the article gave in full) are still found with their sides, office phrases still
name the holder, and on every shape the gated layer gives exactly what the full layer gives.
"""
from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.reports import events, people
from timeline_app.ingest import entities
from timeline_app.ingest.entity_gate import holds_no_name
from timeline_app.ingest.gazetteer import gazetteer
from timeline_app.ingest.memory import ArticleMemory, Ent

_INTRO = "Deputy Foreign Minister Karim Haddad of Jordan met the visiting envoy."

# (sentences told before, the sentence read): every opening word a name can take, and plain prose
SHAPES: list[tuple[list[str], str]] = [
    ([], "The statement gave no figures about the aid convoys."),
    ([_INTRO], "The statement gave no figures about the aid convoys."),
    ([], "the talks ended without a joint statement."),
    ([], "2021 was a busy year for the mediators."),
    ([], "\u201cWe will meet again soon,\u201d the envoy told reporters."),
    ([], "Thanks."),
    ([], "Lavrov said the consultations had been useful."),
    ([], "Hamas said it would reply to the proposal within days."),
    ([], "Moscow hosted two rounds of the consultations."),
    ([], "Iranian officials gave no details of the proposals."),
    ([], "UN staff were not allowed to attend."),
    ([], "His excellency thanked the hosts for their welcome."),
    ([_INTRO], "Haddad said the meeting had been frank."),
    ([_INTRO], "Karim said the meeting had been frank."),
    ([_INTRO], "Haddad al said nothing more."),
    ([_INTRO], "Officials close to the talks said the envoy left on time."),
    ([], "The president also received the delegation."),
    ([], "The foreign minister later spoke to reporters."),
    ([], "M. said nothing."),
    ([], "Their iPhone footage showed the convoy."),
]


def _read(told: list[str], sentence: str, gate: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Ent], list[str]]:
    if not gate:
        monkeypatch.setattr(entities, "holds_no_name", lambda *args: False)
    memory = ArticleMemory(published=date(2022, 3, 10), home="Iran")
    offset = 0
    for before in told:
        entities.recognize(before, offset, memory)
        offset += len(before) + 1
    found = entities.recognize(sentence, offset, memory)
    monkeypatch.undo()
    return found, [p.name for p in memory.people]


@pytest.mark.parametrize(("told", "sentence"), SHAPES)
def test_gated_layer_gives_what_the_full_layer_gives(told: list[str], sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _read(told, sentence, True, monkeypatch) == _read(told, sentence, False, monkeypatch)


def _names(told: list[str], sentence: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return [e.name for e in _read(told, sentence, True, monkeypatch)[0]]


def test_one_word_names_opening_a_plain_sentence_are_found(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _names([], "Lavrov said the consultations had been useful.", monkeypatch) == ["Sergey Lavrov"]
    assert _names([], "Hamas said it would reply to the proposal within days.", monkeypatch) == ["Hamas"]
    assert _names([], "Moscow hosted two rounds of the consultations.", monkeypatch) == ["Moscow"]
    assert _names([], "Iranian officials gave no details of the proposals.", monkeypatch) == ["Iran"]
    assert _names([_INTRO], "Haddad said the meeting had been frank.", monkeypatch) == ["Karim Haddad"]


def test_an_office_phrase_in_a_plain_sentence_still_names_its_holder(monkeypatch: pytest.MonkeyPatch) -> None:
    # the dateline's country is Iran and the article is of March 2022: its president then
    assert _names([], "The president also received the delegation.", monkeypatch) == ["Ebrahim Raisi"]


def test_gate_lets_through_only_sentences_that_can_name_no_one() -> None:
    g = gazetteer()
    plain = ArticleMemory()
    assert holds_no_name("The statement gave no figures about the aid convoys.", plain, g)
    assert holds_no_name("the talks ended without a joint statement.", plain, g)
    assert not holds_no_name("Hamas said it would reply.", plain, g)
    assert not holds_no_name("The envoy met Qatar's emir.", plain, g)  # a capital after the first word
    assert not holds_no_name("Thanks.", plain, g)  # nothing cased after the word: read in full (rare)


def test_plain_sentences_around_a_meeting_leave_its_people_and_day() -> None:
    found = events("Deputy Foreign Minister Karim Haddad of Jordan met Hamas official Osama Hamdan in Amman on Monday. "
                   "The talks covered the crossings and the aid convoys. Officials gave no details of the proposals. "
                   "Haddad said the meeting had been frank.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert {"Karim Haddad", "Osama Hamdan"} <= people(found[0])
