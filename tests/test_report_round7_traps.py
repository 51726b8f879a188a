"""Issue 9, round 7 (blind14/blind16 as development sets): sentences that name a meeting without
reporting one that happened (a meeting whose own verb says it is planned, a habit told in the present
perfect "for years"), and wrong dates. Each on sentences written for this test in the shape real
reports use (never a test article's words)."""
from __future__ import annotations

from timeline_app.ingest.extract import extract_document
from helpers.reports import events, participants as people


def test_a_meeting_whose_own_verb_is_a_plan_is_not_reported() -> None:
    found = events("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Turkish Foreign Minister Hakan Fidan in Doha on Monday. "
                   "A second meeting between Fidan and Egyptian officials in Cairo is scheduled for later this month, diplomats said.")
    assert [m.date for m in found] == ["2021-03-08"]
    found = events("Pakistani Foreign Minister Shah Mahmood Qureshi held talks with Uzbek Foreign Minister Bakhtiyor Saidov in Tashkent on Monday. "
                   "A new round of talks with Afghan officials is planned for early April.")
    assert [m.date for m in found] == ["2021-03-08"]


def test_a_met_meeting_followed_by_a_plan_in_another_sentence_is_kept() -> None:
    found = events("A meeting between Hakan Fidan and Qatari officials took place in Doha on Monday. "
                   "Another session is planned for next week.")
    assert [m.date for m in found] == ["2021-03-08"]


def test_a_habit_told_for_years_is_not_one_visit() -> None:
    found = events("Hamas leaders met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Monday. "
                   "Hamas officials have visited Cairo discreetly for years, and Egypt opened a crossing in 2019, officials said.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert not any("2019" in (m.date or "") for m in found)


def test_also_discussing_with_a_delegation_of_new_countries_is_another_meeting() -> None:
    found = events("The Hamas delegation held talks on Monday with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha. "
                   "The delegation also discussed the hostages with a delegation from Norway and Switzerland at the Qatari Foreign Ministry.")
    assert len(found) == 2
    qatar = [m for m in found if "Mohammed bin Abdulrahman Al Thani" in people(m)]
    assert len(qatar) == 1 and not {"Norway", "Switzerland"} & people(qatar[0])


def test_the_day_a_page_was_printed_is_not_the_day_it_was_published() -> None:
    text = ("Page 1 of 1\nQatari premier meets Turkish minister in Doha\nhttps://news.example.org/world/qatar-turkey\n"
            "Printed: 12 Feb 2022 08:15\n\nMonday 31 January 2022\n\n"
            "DOHA - Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Turkish Foreign Minister Mevlut Cavusoglu "
            "in Doha on Sunday, the ministry said.\n\nThe two discussed trade and regional security.\n")
    found = extract_document(text)
    assert found.articles[0].published == "2022-01-31"
    assert [m.date for m in found.mentions] == ["2022-01-30"]


def test_a_possessive_period_after_the_report_dates_another_noun() -> None:
    found = events("A Qatari delegation arrived in Gaza on Tuesday and held talks with Hamas leader Ismail Haniyeh "
                   "to extend the truce that ended last month's fighting, officials said.")
    assert [m.date for m in found] == ["2021-03-09"]


def test_an_undated_later_report_does_not_take_a_past_perfect_or_planned_day() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan held talks with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Monday. "
                   "A spokesman said the talks were useful. Officials said more work was needed. "
                   "The next round will be held on Friday, March 19, Fidan said. "
                   "Ankara had approved the talks, and Washington had objected in January to the plan. "
                   "On the margins of his visit, Fidan also held talks with Hamas leader Ismail Haniyeh, sources said.",
                   dateline="Tuesday 9 March 2021")
    haniyeh = [m for m in found if "Ismail Haniyeh" in people(m)]
    assert len(haniyeh) == 1 and haniyeh[0].date in ("2021-03-08", "2021-03-09")  # the visit's days, not January nor the 19th


def test_receiving_a_paper_is_no_meeting() -> None:
    assert not events("Hamas leader Ismail Haniyeh said on Thursday last week that the group had received the draft and would study it.")
    found = events("Hamas leader Ismail Haniyeh said on Wednesday last week that the group had received the new ceasefire proposal. "
                   "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani received Haniyeh in Doha on Tuesday.")
    assert [m.date for m in found] == ["2021-03-09"]
    assert not events("Egyptian Foreign Minister Sameh Shoukry received a letter from Iranian Foreign Minister Hossein Amir-Abdollahian on Monday.")


def test_an_asides_trip_to_the_region_is_background() -> None:
    found = events("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leader Ismail Haniyeh in Doha on Monday. "
                   "US envoy Brett McGurk, who visited the region in January, welcomed Qatar's efforts but did not comment on the talks.")
    assert [(m.date, "Brett McGurk" in people(m)) for m in found] == [("2021-03-08", False)]


def test_the_day_of_a_strike_that_killed_someone_is_not_the_meetings() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan had visited Beirut on March 2, when he met Najib Mikati and toured "
                   "the site of the strike that killed Hamas official Saleh al-Arouri on January 2.")
    assert "2021-01-02" not in [m.date for m in found] and "2021-03-02" in [m.date for m in found]
