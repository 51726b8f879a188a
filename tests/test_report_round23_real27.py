"""Round 23 (real27): sides and triggers real reports write in shapes the extractor missed.

Sentences written for this file in the shapes wire copy uses, never a report's or a test set's
words. Classes:
(1) the United States written 'US' or 'U.S.' before a group word ('US officials', 'a U.S.
    delegation') is that country's side, as 'American officials' is; 'U.S.'/'U.N.' spelt with
    stops are the acronyms (the tokens split at the stops, so no name joined them).
(2) 'began/started/kicked off a (two-day) visit to X' reports a visit.
(3) '..., where he will meet X' after a visit names whom the visitor is still to see: no side.
(4) 'Delegates of A and B met for talks' with no town: both countries are sides (B was read as a
    bare country too, and that reading lost the group phrase).
(5) 'North and South Korea': the first point of the compass shares the name after the second.
(6) a delegation that 'sat down with its Saudi counterpart': that country's delegation.
(7) 'a delegation from West Africa's regional bloc (ECOWAS)': the body named in brackets after
    its description is the group's side.
(8) the Libyan National Army (LNA) is a side of its own (resources/organisations.json).
(9) 'Just an hour after meeting X, Y met Z': X was met before, not at this meeting; 'Hyderabad
    House' is a New Delhi venue.
(10) 'Talks (a meeting) between the delegations of A and B began (has begun) in X': both sides, in X.
(11) 'military leaders/army chiefs from A, B and C convened (on) Friday in X': the sides not at home.
"""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.entities import recognize
from timeline_app.ingest.extract import extract_document

SAVED = date(2026, 11, 30)
HEAD = "Coast Ledger | Friday, 14 March 2025\n\nTalks report\n\n"


def _events(body: str) -> list[tuple[str, str | None, list[str]]]:
    result = extract_document(HEAD + body + "\n", saved_on=SAVED)
    return [(m.type, m.date, sorted(p.actor.name for p in m.participants if p.role == "delegation")) for m in result.mentions]


def _people(body: str) -> list[list[str]]:
    result = extract_document(HEAD + body + "\n", saved_on=SAVED)
    return [sorted(p.actor.name for p in m.participants) for m in result.mentions]


def test_us_officials_are_the_american_side() -> None:
    found = _events("Iranian Foreign Minister Abbas Araghchi met US officials in Muscat on Wednesday.")
    assert found == [("meeting", "2025-03-12", ["Iran", "United States"])], found


def test_a_dotted_us_delegation_is_the_american_side() -> None:
    found = _events("Iranian Foreign Minister Abbas Araghchi met a U.S. delegation in Muscat on Wednesday.")
    assert found == [("meeting", "2025-03-12", ["Iran", "United States"])], found


def test_dotted_acronyms_are_recognised() -> None:
    ents = recognize("The U.S. envoy and the U.N. mediator arrived.")
    assert [e.name for e in ents] == ["United States", "United Nations"], ents


def test_a_rare_meeting_with_dotted_us_officials_at_the_movement_s_home() -> None:
    found = _events("Taliban Foreign Minister Amir Khan Muttaqi held a rare meeting on Wednesday with U.S. officials in Kabul.")
    assert found == [("meeting", "2025-03-12", ["Taliban", "United States"])], found


def test_began_a_visit_is_a_visit() -> None:
    found = _events("Iranian Foreign Minister Abbas Araghchi began a two-day visit to Cairo on Wednesday.")
    assert found == [("visit", "2025-03-12", ["Iran"])], found


def test_started_a_trip_is_a_visit() -> None:
    found = _events("Iranian Foreign Minister Abbas Araghchi started a trip to Doha on Tuesday.")
    assert found == [("visit", "2025-03-11", ["Iran"])], found


def test_whom_the_visitor_will_meet_there_is_no_side() -> None:
    found = _events("Iranian Foreign Minister Abbas Araghchi began a visit to Cairo on Wednesday, where he will meet US officials.")
    assert found == [("visit", "2025-03-12", ["Iran"])], found


def test_delegates_of_two_countries_with_no_town_are_both_sides() -> None:
    found = _events("Delegates of Iran and Saudi Arabia met for talks on Wednesday.")
    assert found == [("meeting", "2025-03-12", ["Iran", "Saudi Arabia"])], found


def test_north_and_south_korea_are_two_countries() -> None:
    ents = recognize("Officials of North and South Korea met.")
    assert sorted(e.name for e in ents) == ["North Korea", "South Korea"], ents


def test_envoys_of_north_and_south_korea_met_in_a_third_capital() -> None:
    found = _events("Envoys from South and North Korea met in Beijing on Wednesday.")
    assert found == [("meeting", "2025-03-12", ["North Korea", "South Korea"])], found


def test_a_compass_word_alone_before_and_is_no_country() -> None:
    ents = recognize("Envoys from the North and Iran met.")
    assert [e.name for e in ents] == ["Iran"], ents


def test_a_delegation_s_counterpart_is_that_country_s_delegation() -> None:
    found = _events("The Iranian delegation sat down with its Saudi counterpart on Wednesday morning in Baghdad.")
    assert found == [("talks", "2025-03-12", ["Iran", "Saudi Arabia"])], found


def test_a_minister_s_counterpart_stays_a_person() -> None:
    found = _people("Iranian Foreign Minister Abbas Araghchi met his Omani counterpart in Muscat on Wednesday.")
    assert len(found) == 1 and "Oman" not in found[0], found


def test_a_body_named_in_brackets_after_its_description_is_the_side() -> None:
    found = _events("A delegation from West Africa's regional bloc (ECOWAS) met the junta leader in Niamey on Wednesday.")
    assert found == [("meeting", "2025-03-12", ["ECOWAS"])], found


def test_a_known_movement_in_brackets_is_itself() -> None:
    found = _events("Envoys from the Lebanese armed group (Hezbollah) met Iranian officials in Tehran on Wednesday.")
    assert found == [("meeting", "2025-03-12", ["Hezbollah"])], found


def test_the_libyan_national_army_is_a_side() -> None:
    found = _events("A delegation of the Libyan National Army (LNA) arrived in Cairo on Wednesday.")
    assert found == [("visit", "2025-03-12", ["Libyan National Army"])], found


def test_whom_he_met_just_an_hour_before_is_no_one_met_now() -> None:
    result = extract_document(HEAD + "Just an hour after meeting Nepali adviser Ram Sharan Mahat, Chinese Foreign Minister Wang Yi "
                              "on Wednesday met Indian Foreign Minister S Jaishankar in New Delhi.\n", saved_on=SAVED)
    names = [sorted(p.actor.name for p in m.participants) for m in result.mentions]
    # (the meeting told first in the sentence is the one of its main verb; the fronted one is another occasion)
    assert names and "Ram Sharan Mahat" not in names[0] and {"Wang Yi", "Subrahmanyam Jaishankar"} <= set(names[0]), names


def test_a_guest_house_named_for_a_town_places_the_meeting_in_the_capital() -> None:
    result = extract_document(HEAD + "Chinese Foreign Minister Wang Yi met Indian Foreign Minister S Jaishankar at the Hyderabad House "
                              "on Wednesday.\n", saved_on=SAVED)
    assert [m.location for m in result.mentions] == ["New Delhi"], result.mentions


def test_talks_between_delegations_named_before_the_opening_verb_are_theirs_in_that_town() -> None:
    result = extract_document(HEAD + "Talks between the delegations of Armenia and Azerbaijan began in Geneva on Wednesday.\n", saved_on=SAVED)
    found = [(m.type, m.date, m.location, sorted(p.actor.name for p in m.participants)) for m in result.mentions]
    assert found == [("talks", "2025-03-12", "Geneva", ["Armenia", "Azerbaijan"])], found


def test_a_meeting_that_has_begun_in_a_town_is_an_event_of_the_day() -> None:
    result = extract_document(HEAD + "A meeting between the delegations of Armenia and Azerbaijan has begun in Geneva.\n", saved_on=SAVED)
    found = [(m.type, m.location, sorted(p.actor.name for p in m.participants)) for m in result.mentions]
    assert found == [("meeting", "Geneva", ["Armenia", "Azerbaijan"])], found


def test_military_leaders_from_several_countries_are_their_sides_abroad() -> None:
    found = _events("The military leaders from Chad, Sudan and Niger convened on Wednesday in the Nigerien capital Niamey.")
    assert [(d, s) for _, d, s in found] == [("2025-03-12", ["Chad", "Sudan"])], found


def test_army_chiefs_from_the_host_and_a_guest() -> None:
    found = _events("Army chiefs from Ghana and Senegal met in Accra on Wednesday.")
    assert found == [("meeting", "2025-03-12", ["Senegal"])], found
