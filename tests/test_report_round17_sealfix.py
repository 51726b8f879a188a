"""Round 17 (sealfix): year-less datelines whose body tells the lede's next day as past in a
sentence that opens with it ('On Monday, the minister spoke ...'). Sentences written for this test."""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.extract import extract_document
from timeline_app.ingest.year_inference import told_day_after
from tests.test_report_shapes import events, page, people

SAVED = date(2026, 11, 30)


def test_a_sentence_opening_with_the_next_weekday_tells_it_as_past() -> None:
    body = "\n\nOn Monday, the foreign minister spoke by phone with his Qatari counterpart.\n"
    assert told_day_after(body, 6)  # lede's Sunday, body's Monday
    assert not told_day_after("\n\nOn Saturday, the envoy arrived.\n", 6)
    assert not told_day_after("\n\nThe talks will resume on Monday.\n", 6)


def test_a_yearless_dateline_takes_the_year_where_the_told_monday_is_the_dateline_day() -> None:
    # 10 March fell on a Sunday in 2024 and on a Monday in 2025: a body telling Monday's call as
    # past puts the report on the Monday, so the lede's Sunday is 9 March 2025
    text = ("Qatar's premier holds calls on Gaza\n\n"
            "DOHA, March 10 (Wire) - Qatari Prime Minister Mohammed bin Abdulrahman Al Thani held a telephone "
            "conversation with Turkish Foreign Minister Hakan Fidan on Sunday, the foreign ministry said.\n\n"
            "On Monday, the prime minister spoke by telephone with Jordanian Foreign Minister Ayman Safadi, "
            "the ministry said.\n")
    result = extract_document(text, saved_on=SAVED)
    assert result.articles[0].published == "2025-03-10"
    assert sorted(m.date for m in result.mentions) == ["2025-03-09", "2025-03-10"]


def test_an_adverb_between_spoke_and_by_telephone_still_reports_calls() -> None:
    # "spoke separately by telephone with A and, later, with B": two calls, each with its own counterpart
    found = events(page("Secretary of State Antony Blinken spoke separately by telephone with Egyptian Foreign "
                        "Minister Sameh Shoukry and, later, with Jordanian Foreign Minister Ayman Safadi on Tuesday evening."))
    assert len(found) == 2
    assert [m.date for m in found] == ["2021-03-09", "2021-03-09"]
    assert {"Sameh Shoukry", "Antony Blinken"} <= people(found[0])
    assert {"Ayman Safadi", "Antony Blinken"} <= people(found[1])
    assert {m.type for m in found} == {"call"}


def test_a_relative_report_before_a_perfect_speech_verb_stays_a_report() -> None:
    # "X, who met Y in Moscow on <day>, has told reporters that ...": the meeting is a report of its own,
    # not part of an attribution whose content starts after 'that'
    found = events(page("Hamas official Osama Hamdan, who met Russian Deputy Foreign Minister Mikhail Bogdanov in "
                        "Moscow on March 3, has told reporters that the movement will keep up its demands."))
    assert [m.date for m in found] == ["2021-03-03"]
    assert {"Osama Hamdan", "Mikhail Bogdanov"} <= people(found[0])


def test_met_someone_separately_on_a_day_is_a_meeting_of_its_own() -> None:
    # a round of talks with a group, then one visitor "met Z separately on Tuesday evening"
    found = events(page("The Taliban delegation held talks with Afghan politicians in Moscow on Tuesday. The Afghan "
                        "side included former President Hamid Karzai and Atta Mohammad Noor. Mullah Abdul Ghani Baradar "
                        "met Karzai separately on Tuesday evening, according to people close to the former president."))
    assert len(found) == 2
    assert people(found[1]) == {"Abdul Ghani Baradar", "Hamid Karzai"}
    assert found[1].date == "2021-03-09"
