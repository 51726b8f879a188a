"""Round 16 (trapw): sentences that name a meeting or a visit without reporting one, written for
this file in the shapes wire copy uses -- a defence or a playing-down of a meeting told elsewhere,
a proposal with its day before the object, a movement's own council in session (plural possessor),
a stop at a venue inside a trip, a previous trip named by a bare year. Each has a positive twin:
the real meeting in the same shape is still found."""
from __future__ import annotations

from tests.helpers.reports import events, people, sides

# the dateline of `events` is Wednesday 10 March 2021: Sat 6, Sun 7, Mon 8, Tue 9


# -- a defence or a playing-down governs the meeting noun: the reaction's day, no event

def test_a_leader_defending_his_meeting_adds_no_meeting_on_the_day_he_spoke() -> None:
    assert events("Indonesian President Joko Widodo on Monday defended his recent meeting with Hezbollah officials, "
                  "telling students in Jakarta that engagement worked.") == []


def test_a_government_playing_down_a_meeting_reports_none() -> None:
    assert events("Cairo on Tuesday played down the significance of the talks between Hamas and Fatah envoys.") == []
    assert events("Moscow on Monday justified the trip of the Taliban delegation to Kazan.") == []


def test_a_meeting_held_and_then_defended_is_still_found() -> None:
    body = ("Qatari Emir Sheikh Tamim bin Hamad Al Thani met Hamas leader Ismail Haniyeh in Doha on Sunday. "
            "Qatar on Tuesday defended the meeting as necessary.")
    found = events(body)
    assert [(m.date, people(m)) for m in found] == [("2021-03-07", {"Tamim bin Hamad Al Thani", "Ismail Haniyeh"})]


# -- a proposal with its day told between the verb and the object

def test_a_meeting_proposed_on_a_day_is_a_plan() -> None:
    assert events("Qatar proposed on Monday a meeting between Taliban and Pakistani officials in Doha.") == []


# -- one side's own council in session, the possessor a plural ("the Houthis'")

def test_a_movements_own_council_meeting_alone_is_no_diplomatic_meeting() -> None:
    assert events("The Houthis' Supreme Political Council met in Sanaa on Sunday to approve the budget.") == []


def test_a_movements_council_meeting_a_foreign_envoy_is_a_meeting() -> None:
    found = events("Houthi negotiator Mohammed Abdulsalam met Omani Foreign Minister Badr Albusaidi in Muscat on Sunday.")
    assert [m.date for m in found] == ["2021-03-07"]
    assert "Houthis" in sides(found[0])


# -- a stop at a venue is no visit of its own (its day is often the venue's)

def test_a_visit_to_a_hospital_or_a_camp_is_no_visit() -> None:
    assert events("Turkish Foreign Minister Hakan Fidan visited a hospital in Doha on Monday where survivors of the "
                  "quake of February 6 are being treated.") == []
    assert events("Iranian President Masoud Pezeshkian toured a refugee camp near Baghdad on Sunday.") == []
    assert events("Hezbollah's Naim Qassem visited the shrine in Damascus on Monday.") == []


def test_a_visit_to_a_city_in_the_same_shape_is_a_visit() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan visited Doha on Monday and met Qatari Prime Minister "
                   "Mohammed bin Abdulrahman Al Thani.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert "Hakan Fidan" in people(found[0])


def test_a_visit_to_a_wounded_official_is_not_a_venue() -> None:
    found = events("Iranian Foreign Minister Abbas Araghchi visited wounded ambassador Mojtaba Amani in Beirut on Monday.")
    assert [m.date for m in found] == ["2021-03-08"]


# -- the previous trip named by a bare year is background

def test_a_last_visit_in_a_bare_year_is_background() -> None:
    assert events("Qatari Emir Sheikh Tamim bin Hamad Al Thani last visited Tehran in 2020.") == []
    assert events("Taliban deputy leader Abdul Ghani Baradar last travelled to Beijing in 2019, before the takeover.") == []


def test_a_last_visit_on_a_named_day_stays_a_report() -> None:
    found = events("Qatari Emir Sheikh Tamim bin Hamad Al Thani last visited Tehran on Monday.")
    assert [m.date for m in found] == ["2021-03-08"]


def test_a_visit_in_a_year_without_last_stays_a_report() -> None:
    found = events("Qatari Emir Sheikh Tamim bin Hamad Al Thani visited Tehran in 2020 and met President Hassan Rouhani.")
    assert [m.date for m in found] == ["2020"]


# -- 'received' with a thing for its object: no guest

def test_receiving_a_boost_or_a_letter_is_no_meeting() -> None:
    assert events("Turkey's mediation received a boost last month, when it brokered a prisoner swap between Russia and Ukraine.") == []
    assert events("Hezbollah received a letter from the French envoy on Monday.") == []
    assert events("The Taliban received assurances from Uzbekistan on Sunday that the railway would be built.") == []


def test_receiving_a_delegation_or_a_messenger_is_a_meeting() -> None:
    found = events("Omani Sultan Haitham bin Tariq received a Houthi delegation in Muscat on Monday.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert "Houthis" in sides(found[0])
    found = events("Qatari Emir Sheikh Tamim bin Hamad Al Thani received on Monday a written message from the Egyptian "
                   "president, delivered by Egyptian intelligence chief Abbas Kamel.")
    assert [(m.date, "Abbas Kamel" in people(m)) for m in found] == [("2021-03-08", True)]


def test_receiving_a_phone_call_stays_a_call() -> None:
    found = events("Iranian Foreign Minister Abbas Araghchi received a phone call from Omani Foreign Minister Badr Albusaidi on Sunday.")
    assert [(m.type, m.date) for m in found] == [("call", "2021-03-07")]


# -- a coordinate clause with its own subject: the clause before it lends neither side nor place

def test_a_coordinate_clause_before_the_visit_lends_no_side_or_place() -> None:
    found = events("Turkey reopened its consulate in Mosul on Monday, and Iraq's foreign minister visited Ankara on Tuesday.")
    assert [(m.date, m.location) for m in found] == [("2021-03-09", "Ankara")]
    assert "Turkey" not in sides(found[0]) and "Iraq" in sides(found[0])


def test_a_list_of_movements_before_the_verb_stays_the_subject() -> None:
    found = events("Hamas, Islamic Jihad, and the Popular Front met Egyptian intelligence officials in Cairo on Monday.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert {"Hamas", "Palestinian Islamic Jihad"} <= sides(found[0])


def test_a_coordinate_without_its_own_subject_keeps_the_first_subject() -> None:
    found = events("Hamas leader Ismail Haniyeh landed in Cairo on Sunday, and on Monday met Egyptian intelligence chief Abbas Kamel.")
    assert any("Ismail Haniyeh" in people(m) and "Abbas Kamel" in people(m) for m in found)


# -- a gathering on a topic hosted by a place, its guests never told

def test_a_conference_on_a_topic_with_only_what_was_said_there_is_no_meeting() -> None:
    assert events("Ankara hosted a forum on Syria in February at which Foreign Minister Hakan Fidan urged the Houthis "
                  "to free the crew.") == []


def test_a_conference_with_its_guests_or_a_meeting_there_is_a_meeting() -> None:
    found = events("Doha hosted a conference on Gaza on Monday attended by Hamas and Fatah delegations.")
    assert [m.date for m in found] == ["2021-03-08"] and {"Hamas", "Fatah"} <= sides(found[0])
    found = events("Muscat hosted a conference on Yemen on Monday at which Houthi negotiator Mohammed Abdulsalam met "
                   "the UN envoy Hans Grundberg.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert {"Mohammed Abdulsalam", "Hans Grundberg"} <= people(found[0])


# -- officials who say a delegation arrived are the source, not a second delegation

def test_officials_who_said_a_delegation_had_arrived_are_no_visitors() -> None:
    found = events("Turkish and Palestinian officials said the Hamas delegation had arrived in Ankara on Monday evening.")
    assert [(m.date, sides(m)) for m in found] == [("2021-03-08", {"Hamas"})]


def test_officials_who_said_a_leader_had_met_someone_keep_the_meeting() -> None:
    found = events("Egyptian officials said Hamas leader Khalil al-Hayya had met intelligence chief Hassan Rashad in Cairo on Monday.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert {"Khalil al-Hayya", "Hassan Rashad"} <= people(found[0])


# -- a comparison aside lends the judged visit neither names nor a year

def test_a_visit_compared_with_an_earlier_trip_makes_no_event() -> None:
    assert events("Diplomats said the trip, like Putin's visit to Tehran in 2022, was meant as a signal to Washington.") == []
    assert events("Unlike his visit to Doha in 2019, the talks drew little attention.") == []


def test_a_visit_with_its_own_day_before_a_comparison_stays() -> None:
    found = events("Russian President Vladimir Putin visited Tehran on Tuesday, unlike his trip to Ankara in 2019.")
    assert [m.date for m in found] == ["2021-03-09"]


# -- what a call was about, told with 'discussed ... with him', is no second event

def test_discussed_with_him_after_a_call_is_the_calls_content() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan received a phone call on Sunday from Qatari Prime Minister "
                   "Mohammed bin Abdulrahman Al Thani, who offered condolences over the fire at Mersin port and "
                   "discussed the situation in Gaza with him.")
    assert [(m.type, m.date) for m in found] == [("call", "2021-03-07")]
    assert people(found[0]) == {"Hakan Fidan", "Mohammed bin Abdulrahman Al Thani"}


def test_discussed_with_another_man_after_a_call_is_a_meeting() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan spoke by phone with Qatari Prime Minister Mohammed bin Abdulrahman "
                   "Al Thani on Sunday and on Monday discussed Gaza with Egyptian Foreign Minister Badr Abdelatty in Ankara.")
    assert ("call", "2021-03-07") in [(m.type, m.date) for m in found]
    assert any("Badr Abdelatty" in people(m) for m in found if m.type != "call")
