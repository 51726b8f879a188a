"""Agreements, deals, exchanges and running negotiations told as background are no events
(issue 9, "Clauses that are not events"): sentences written for this test, never a test article's."""
from __future__ import annotations

from tests.test_report_shapes import delegations, events, page


def test_talks_that_follow_a_dated_agreement_are_the_talks_just_told() -> None:
    found = events(page("Turkish and Egyptian officials met in Ankara on Tuesday.\n\n"
                        "The talks follow the January 5 accord, mediated in Oman, under which Turkey and Egypt "
                        "agreed to reopen embassies."))
    assert [m.date for m in found] == ["2021-03-09"]


def test_hosted_talks_that_led_to_a_named_deal_are_history() -> None:
    found = events(page("The Houthis met Omani officials in Muscat on Tuesday.\n\n"
                        "Oman hosted the negotiations between the Houthis and Riyadh that led to the April 2019 "
                        "Muscat truce on the port of Hodeidah."))
    assert [m.date for m in found] == ["2021-03-09"]


def test_negotiators_meeting_for_weeks_is_a_running_process_not_a_meeting() -> None:
    found = events(page("Hamas leader Ismail Haniyeh met Egyptian officials in Cairo on Tuesday.\n\n"
                        "Mediators have been meeting in Cairo for weeks, and diplomats from Qatar and Egypt say "
                        "a truce is near."))
    assert [m.date for m in found] == ["2021-03-09"]
    assert "Qatar" not in delegations(found[0]) and len(found[0].evidence) == 1  # no side, no sentence of its own


def test_signing_an_agreement_on_a_day_after_talks_stays_the_event() -> None:
    found = events(page("Iran and Oman signed the agreement in Muscat on Tuesday after talks between "
                        "Hossein Amir-Abdollahian and Badr Albusaidi."))
    assert found and found[0].date == "2021-03-09"


def test_talks_dated_themselves_that_follow_an_agreement_keep_their_day() -> None:
    found = events(page("Saudi and Iranian officials held talks in Baghdad on Tuesday, which followed the "
                        "January 5 agreement brokered by Iraq."))
    assert found and found[0].date == "2021-03-09"


def test_a_meeting_held_on_a_day_is_still_an_event_even_when_the_sentence_names_a_deal() -> None:
    found = events(page("Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani met Hamas officials in Doha on "
                        "Monday to discuss the exchange of prisoners."))
    assert found and found[0].date == "2021-03-08"
