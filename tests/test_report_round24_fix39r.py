"""Round 24 (fix39r): recall on government visits and calls told without every name.

Sentences written for this file in the shapes wire copy uses, never a report's or a test set's
words. Classes:
(1) 'X hosted his Ugandan counterpart on Friday for talks' on a page with no date (no holder of
    the office can be looked up) and no name after the phrase: the counterpart is that side's one
    unnamed official, so the meeting stands with the visitor's side; when the article already
    named a man of that side, the phrase adds no side of its own.
(2) "Norway's foreign minister met his Swiss counterpart on Tuesday for talks in Bern", nobody
    named on an undated page: each office phrase is one unnamed official of its country, so the
    visiting side's delegation met (the counterpart after an unnamed official is the other side's).
(3) calls: 'held a telephone conference', and a call of one named man with an unnamed official
    of another side ("Kenya's foreign minister also spoke with X via phone call").
(4) 'were among the topics discussed by A and his counterpart B in <town> on Wednesday': A and B met.
(5) 'X also attended meetings on <topics> with senior <country> officials, including A and B':
    X met them (a report of its own, not only more people for the event before).
"""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.extract import extract_document

SAVED = date(2026, 11, 30)


def _events(page: str) -> list[tuple[str, str | None, list[str]]]:
    result = extract_document(page, saved_on=SAVED)
    return [(m.type, m.location, sorted(p.actor.name for p in m.participants)) for m in result.mentions]


def test_a_nameless_counterpart_on_an_undated_page_is_that_side() -> None:
    page = ("Ministers meet over the border\n\n"
            "Kenya's Foreign Minister Musalia Mudavadi hosted his Ugandan counterpart on Friday for talks in Nairobi "
            "on the border dispute.\n\n"
            "The two ministers also discussed trade and the refugee camps.\n")
    found = _events(page)
    assert any("Uganda" in names and "Musalia Mudavadi" in names for _, _, names in found), found


def test_an_undated_meeting_of_two_unnamed_ministers_keeps_the_visiting_side() -> None:
    page = ("Ministers meet in Bern\n\n"
            "Norway's foreign minister met his Swiss counterpart on Tuesday for talks in Bern.\n\n"
            "The talks covered energy supplies and the war in Europe.\n")
    found = _events(page)
    assert any(loc == "Bern" and "Norway" in names for _, loc, names in found), found


def test_a_counterpart_named_earlier_in_another_office_adds_no_unnamed_side() -> None:
    page = ("Ministers speak by phone\n\n"
            "In a telephone conversation on Sunday, Kenyan Foreign Minister Musalia Mudavadi and his Ugandan counterpart "
            "Jeje Odongo talked about the border.\n\n"
            "Mudavadi also held consultations with his Ugandan counterpart over regional security.\n")
    found = _events(page)
    assert not any(kind == "meeting" for kind, _, _ in found), found


def test_a_telephone_conference_is_a_call() -> None:
    page = ("Ministers confer\n\n"
            "Norwegian Foreign Minister Espen Barth Eide and Swiss Foreign Minister Ignazio Cassis held a telephone "
            "conference on the situation in Sudan, the Swiss foreign ministry said on Saturday.\n")
    found = _events(page)
    assert any(kind == "call" and {"Espen Barth Eide", "Ignazio Cassis"} <= set(names) for kind, _, names in found), found


def test_a_call_of_one_named_man_with_an_unnamed_minister() -> None:
    page = ("Calls after the strikes\n\n"
            "Kenyan Foreign Minister Musalia Mudavadi received a phone call from his Ugandan counterpart Jeje Odongo "
            "late on Sunday, during which they discussed the floods.\n\n"
            "Tanzania's foreign minister also spoke with Odongo via phone call on Sunday, expressing concern over the floods.\n")
    found = _events(page)
    calls = [names for kind, _, names in found if kind == "call"]
    assert len(calls) == 2 and any(names == ["Jeje Odongo"] for names in calls), found


def test_topics_discussed_by_two_leaders_is_their_meeting() -> None:
    page = ("Leaders meet at the lake\n\n"
            "Trade, water and the border were among the topics discussed by Kenyan President William Ruto and his "
            "Ugandan counterpart Yoweri Museveni in Entebbe on Wednesday.\n")
    found = _events(page)
    assert any({"William Ruto", "Yoweri Museveni"} <= set(names) for _, _, names in found), found


def test_attended_meetings_with_officials_is_a_meeting() -> None:
    page = ("Envoy in Nairobi\n\n"
            "Norway's special envoy Tor Wennesland held talks in Nairobi on Monday during a visit aimed at the peace process.\n\n"
            "Wennesland also attended meetings on security and trade with senior Kenyan officials, including President "
            "William Ruto and Foreign Minister Musalia Mudavadi.\n")
    found = _events(page)
    assert any({"Tor Wennesland", "William Ruto"} <= set(names) for _, _, names in found), found
