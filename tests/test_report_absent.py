"""Clauses and people that are not part of the event (issue 9, blind5 round): each rule on
sentences written for this test, never a test article's words."""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.dates import find_dates, resolve
from tests.test_report_shapes import delegations, events, page, people, persons


def test_what_a_visit_came_days_after_is_no_event_and_adds_no_side() -> None:
    found = events(page("Sergei Lavrov received Amir Khan Muttaqi in Moscow on Tuesday.\n\n"
                        "The visit came days after the Doha Agreement was signed by Afghan factions, including the "
                        "Taliban and Hezb-e-Islami, on February 29."))
    assert len(found) == 1 and found[0].date == "2021-03-09"
    assert "Hezb-e-Islami" not in delegations(found[0])


def test_a_delegation_that_did_not_include_a_group_does_not_make_it_a_side() -> None:
    found = events(page("The secretary-general of Hezbollah, Naim Qassem, met Iranian Foreign Minister Abbas Araghchi "
                        "in Beirut on Monday.\n\nThe delegation did not include representatives of Amal, a source said."))
    assert found and all("Amal" not in delegations(m) for m in found)


def test_a_spokesman_who_met_no_officials_is_no_participant() -> None:
    found = events(page("Sergei Lavrov received Amir Khan Muttaqi in Moscow on Tuesday.\n\n"
                        "Taliban spokesman Zabihullah Mujahid read a statement but met no Russian officials."))
    assert len(found) == 1 and "Zabihullah Mujahid" not in people(found[0])


def test_him_after_a_person_named_in_the_same_sentence_is_that_person() -> None:
    found = events(page("Hamas official Osama Hamdan spoke in Beirut on Tuesday.\n\n"
                        "Nakhalah had visited Tehran in May, when he attended the inauguration of President "
                        "Ebrahim Raisi and met him on the sidelines."))
    assert all("Osama Hamdan" not in people(m) for m in found)


def test_an_organiser_named_as_an_institution_is_not_a_person() -> None:
    # ", which was attended by representatives": a clause about a thing, not a person's role
    assert persons("Russia hosted a meeting of the Afghan factions, organised by the Academy of Strategic "
                   "Research, which was attended by representatives of the Taliban.") == []


def test_at_the_end_of_a_month_is_that_month() -> None:
    found = [resolve(e, date(2021, 3, 10)) for e in find_dates("The factions met in Moscow at the end of January.")]
    assert [(r.value, r.precision) for r in found if r] == [("2021-01", "month")]


def test_who_later_met_a_titled_name_in_apposition_is_a_meeting_of_its_own() -> None:
    found = events(page("Turkish Foreign Minister Hakan Fidan met Hamas leader Khalil al-Hayya in Doha on Friday.\n\n"
                        "Iraq was represented by Vice President Jalal Talabani, who later in the day met the Emir of "
                        "Qatar, Sheikh Tamim bin Hamad Al Thani, at the palace."))
    emir = [m for m in found if "Tamim bin Hamad Al Thani" in people(m)]
    assert len(emir) == 1 and emir[0].date == "2021-03-05"
    assert "Hakan Fidan" not in people(emir[0])
    assert all("Tamim bin Hamad Al Thani" not in people(m) for m in found if "Hakan Fidan" in people(m))


def test_a_body_flown_to_a_funeral_is_no_visit() -> None:
    found = events(page("The body of Hamas leader Saleh al-Arouri was flown to Beirut on Thursday night after prayers "
                        "led by Supreme Leader Ali Khamenei in Tehran."))
    assert found == []


def test_the_visit_followed_days_after_is_not_evidence_of_the_visit() -> None:
    text = page("A Taliban delegation led by Abdul Ghani Baradar arrived in Moscow on Monday and held talks with "
                "Sergei Lavrov.\n\nThe visit followed days after the Afghan president rejected the group's latest proposal.")
    found = events(text)
    assert len(found) == 1
    assert all("followed days after" not in text[a:b] for a, b in found[0].evidence)
