"""Sentences that are not reports of a new event (blind4 classes 3 and 9); sentences written for
this test, never a test article's words."""
from __future__ import annotations

from tests.test_report_shapes import events, page, people


def test_a_since_clause_after_the_report_does_not_date_it() -> None:
    found = events(page("Hakan Fidan arrived in Kabul on Monday on a surprise visit and met Amir Khan Muttaqi, the "
                        "most senior visit by a foreign minister since the Taliban took power in August."))
    assert len(found) == 1 and found[0].date == "2021-03-08"


def test_being_ready_to_receive_a_delegation_at_a_forum_is_a_plan() -> None:
    assert events(page("Qatari officials said on Tuesday they are ready to receive a Taliban delegation at the "
                       "forum in June.")) == []


def test_a_mediator_countrys_track_record_is_not_a_report() -> None:
    found = events(page("Oman has long mediated between the two sides. It helped arrange a prisoner exchange "
                        "between Iran and the Houthis in May 2022 and hosts the office of the Houthi negotiators. "
                        "It also hosted indirect talks between Saudi Arabia and the Houthis last year."))
    assert found == []


def test_a_past_perfect_trip_as_well_during_a_tour_is_background() -> None:
    found = events(page("Ali Larijani met Nabih Berri in Beirut on Tuesday. Larijani had visited Damascus in "
                        "December as well, during a regional tour that also took him to Baghdad."))
    assert len(found) == 1 and "Nabih Berri" in people(found[0])


def test_a_third_side_met_late_on_the_day_is_another_meeting() -> None:
    found = events(page("Ali Larijani also met parliament speaker Nabih Berri in Beirut.\n\n"
                        "Late on Tuesday, Larijani met Hezbollah Secretary-General Naim Qassem in Beirut."))
    qassem = [m for m in found if "Naim Qassem" in people(m)]
    assert len(qassem) == 1 and "Nabih Berri" not in people(qassem[0])


def test_saying_they_had_come_to_the_city_restates_the_visit() -> None:
    found = events(page("A Hamas delegation led by Khalil al-Hayya arrived in Cairo on Monday. Hamas officials said "
                        "they had come to Cairo to explain their position."))
    assert len(found) == 1 and found[0].date == "2021-03-08"


def test_a_previous_meeting_someone_refused_to_attend_adds_nobody() -> None:
    found = events(page("A Taliban delegation led by Zabihullah Mujahid took part on Tuesday in a UN-convened meeting "
                        "of special envoys in Doha. The Taliban refused to attend the previous Doha meeting in "
                        "February, which was chaired by Antonio Guterres."))
    assert len(found) == 1 and "António Guterres" not in people(found[0])


def test_mediators_someone_has_been_in_contact_with_were_not_there() -> None:
    found = events(page("A Hamas delegation led by Khalil al-Hayya met Egyptian officials in Cairo on Tuesday. "
                        "They were joined at the meeting by Egyptian intelligence officials who have been in contact "
                        "with Qatari and American mediators for weeks."))
    assert len(found) == 1
    sides = {p.actor.name for p in found[0].participants if p.role == "delegation"}
    assert "Qatar" not in sides and "United States" not in sides


def test_a_statement_that_the_envoy_had_travelled_to_the_city_restates_his_visit() -> None:
    found = events(page("Amir Khan Muttaqi met Zamir Kabulov in Kabul on Monday.\n\n"
                        "A ministry spokesman said Kabulov had travelled to Kabul with a delegation of diplomats."))
    assert len(found) == 1 and found[0].date == "2021-03-08"


def test_the_countrys_delegation_is_the_delegation_of_its_state_body() -> None:
    found = events(page("Mahmoud Abbas received a delegation of the Egyptian General Intelligence Service in Ramallah "
                        "on Tuesday. The Egyptian delegation had arrived in Ramallah from Amman."))
    assert len(found) == 1 and found[0].date == "2021-03-09"


def test_a_trip_told_in_passing_is_the_trip_of_the_dated_talks_after_it() -> None:
    found = events(page("Mikhail Bogdanov spoke by phone with Ismail Haniyeh on Tuesday. The call came two weeks after "
                        "a Hamas delegation visited Moscow.\n\n\u201cOn 22 February 2021 a Hamas delegation headed by Mousa "
                        "Abu Marzouk held talks at the ministry with Mikhail Bogdanov,\u201d the ministry said."))
    assert sorted(m.date or "" for m in found) == ["2021-02-22", "2021-03-09"]
