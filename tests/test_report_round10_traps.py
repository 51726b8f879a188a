"""Round 10 (trapz): past occasions told as background to the news (a like gathering given for
comparison, a trip before a planned one, the founding of a format) and a statement's day that a
later 'then met' must not borrow. Sentences written for these tests."""
from __future__ import annotations

from tests.helpers.reports import events, people


def test_a_similar_conference_hosted_years_ago_is_no_event() -> None:
    found = events("Kazakhstan hosted a similar meeting in June 2019, before the border dispute began.")
    assert found == []


def test_a_trip_before_a_planned_one_is_background() -> None:
    found = events("Foreign Minister Ayman Safadi visited Ankara in May 2019 and, his aides said, will travel to Turkey again soon.")
    assert found == []


def test_a_past_visit_without_a_plan_again_is_still_reported() -> None:
    found = events("Foreign Minister Ayman Safadi visited Ankara on Monday and held talks with Hakan Fidan.")
    assert found and found[0].date == "2021-03-08"


def test_the_founding_year_of_a_format_is_no_meeting() -> None:
    found = events("For reference: the Doha format was established in 2016 on the basis of five-party consultations among envoys of Qatar, Egypt and Jordan.")
    assert found == []


def test_then_met_does_not_borrow_the_day_of_an_announcement() -> None:
    body = ("Iranian adviser Ali Larijani met Speaker Nabih Berri in Beirut on Monday. "
            "Larijani is in Beirut after the army announced on Saturday that it had widened its operations. "
            "Larijani told reporters that Iran backed the government. "
            "He then met Prime Minister Najib Mikati at the Grand Serail.")
    found = events(body)
    mikati = [m for m in found if "Najib Mikati" in people(m)]
    assert mikati and all(m.date != "2021-03-06" for m in mikati)


def test_met_on_that_trip_takes_the_day_of_the_trip_in_the_relative_clause() -> None:
    found = events("Jordanian Foreign Minister Ayman Safadi, who visited Cairo on Monday as the talks resumed, "
                   "met Sameh Shoukry on that trip, according to the Egyptian government.")
    shoukry = [m for m in found if "Sameh Shoukry" in people(m)]
    assert shoukry and all(m.date == "2021-03-08" for m in shoukry)
