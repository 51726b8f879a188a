"""Never merge events whose named counterparts differ (issue 9): a trilateral meeting on a trip is
not the bilateral meeting told before it; a dated meeting with one side is not the summary
"has held talks with A and with B". Sentences written for this test."""
from __future__ import annotations

from tests.test_report_shapes import delegations, events, page, people


def test_a_trilateral_meeting_later_that_day_is_not_the_bilateral_one_before_it() -> None:
    found = events(page(
        "Turkish Foreign Minister Hakan Fidan arrived in Baghdad on Tuesday and met Iraqi Foreign Minister Fuad Hussein.\n\n"
        "Fidan also met Prime Minister Mohammed Shia al-Sudani, who urged Turkish firms to invest in the Development Road.\n\n"
        "Later in the day, a trilateral meeting of the foreign ministers of Turkey, Iraq and Syria was held in Baghdad, "
        "with Syrian Foreign Minister Asaad al-Shaibani taking part alongside Fidan and Hussein.",
        dateline="Wednesday 10 March 2021"))
    assert len(found) == 3 and all(m.date == "2021-03-09" for m in found)
    trilateral = [m for m in found if "Asaad al-Shaibani" in people(m)]
    assert len(trilateral) == 1
    assert people(trilateral[0]) == {"Hakan Fidan", "Fuad Hussein", "Asaad al-Shaibani"}
    assert not any("Asaad al-Shaibani" in people(m) for m in found if "Mohammed Shia al-Sudani" in people(m))


def test_a_trilateral_with_the_same_people_as_a_bilateral_plus_one_is_its_own_event() -> None:
    found = events(page(
        "Iranian Foreign Minister Abbas Araghchi met Iraqi Foreign Minister Fuad Hussein in Baghdad on Tuesday.\n\n"
        "Later on Tuesday, a trilateral meeting of the foreign ministers of Iran, Iraq and Turkey was held in Baghdad, "
        "with Turkish Foreign Minister Hakan Fidan taking part alongside Araghchi and Hussein."))
    assert len(found) == 2
    assert sorted(len(people(m)) for m in found) == [2, 3]


def test_a_bilateral_noun_report_still_completes_its_meeting() -> None:
    # one side named again ("the meeting with Hussein"): the same meeting, not another one
    found = events(page(
        "Iranian Foreign Minister Abbas Araghchi met Iraqi Foreign Minister Fuad Hussein in Baghdad on Tuesday.\n\n"
        "During the meeting with Hussein, Araghchi discussed border security."))
    assert len(found) == 1 and people(found[0]) == {"Abbas Araghchi", "Fuad Hussein"}


def test_a_summary_of_talks_with_two_sides_does_not_lend_its_sides_to_each_meeting() -> None:
    found = events(page(
        "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani has held talks with Lebanese leaders and with "
        "Hamas's leadership during a two-day visit to Beirut.\n\n"
        "Al Thani met Prime Minister Nawaf Salam at the Grand Serail on Tuesday.\n\n"
        "On Tuesday evening, the visiting Qatari prime minister met with Hamas leader Khalil al-Hayya at an undisclosed location."))
    assert len(found) == 2  # the summary is no third event once both sides had their meeting
    salam = next(m for m in found if "Nawaf Salam" in people(m))
    hayya = next(m for m in found if "Khalil al-Hayya" in people(m))
    assert "Hamas" not in delegations(salam)
    assert "Hamas" in delegations(hayya) and "Mohammed bin Abdulrahman Al Thani" in people(hayya)


def test_a_subject_named_by_three_words_before_its_role_is_the_man_the_article_follows() -> None:
    found = events(page(
        "Turkish intelligence chief Ibrahim Kalin met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Tuesday.\n\n"
        "On Tuesday evening, the top Turkish intelligence official met with Hamas leader Khalil al-Hayya."))
    assert any({"Ibrahim Kalin", "Khalil al-Hayya"} <= people(m) for m in found)


def test_a_date_and_time_stamp_under_the_lede_dates_the_report() -> None:
    text = ("Turkish Foreign Minister Hakan Fidan met Iraqi Foreign Minister Fuad Hussein in Baghdad on Wednesday.\n\n"
            "13/08/2025 12:55\n\n"
            "The two ministers discussed water sharing and the Development Road project, the ministry said.\n")
    (m,) = events(text)
    assert m.date == "2025-08-13"  # 13 August 2025 was a Wednesday
