"""Round 9 (datesy): dateline and stamp forms that left whole reports undated, and year-less
datelines whose year the body's weekdays decide. Sentences written for these tests."""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.pubdate import publication_date
from timeline_app.ingest.segment import segment

SAVED = date(2026, 11, 30)


def _pub(text: str):
    blocks = segment(text)
    return publication_date(blocks[0], text, SAVED)


def test_place_agency_date_glued_before_headline_dates_the_report() -> None:
    text = ("Daily Wire Service\n\nMuscat (XNA) Oct 3, 2022 -- Omani and Iranian envoys hold talks in Muscat\n\n"
            "The foreign ministers of Oman and Iran held talks in Muscat on Sunday about shipping in the Gulf.\n\n"
            "The two sides agreed to meet again soon, the ministry said.\n")
    assert _pub(text).day == date(2022, 10, 3)


def test_year_first_stamp_under_headline_dates_the_report() -> None:
    text = ("Foreign Minister Meets Visiting Delegation From Kabul\n2021/06/14\n\n"
            "On June 13, 2021, the foreign minister met a visiting delegation from Kabul in the capital.\n\n"
            "The two sides discussed trade and border crossings.\n")
    assert _pub(text).day == date(2021, 6, 14)


def test_numeric_date_after_place_and_agency_in_lede_dates_the_report() -> None:
    text = ("Leaders meet in the capital\n\n"
            "CAIRO (MENA) - 14.02.2022 - The Egyptian president on Monday received a delegation of the movement.\n\n"
            "The meeting lasted two hours, officials said.\n")
    assert _pub(text).day == date(2022, 2, 14)


def test_stamp_with_clock_and_section_name_dates_the_report() -> None:
    text = ("BEIRUT (Agency) – The speaker received a visiting delegation on Friday to discuss the border.\n\n"
            "March, 11, 2022 - 18:40  |  World news\n\n"
            "The speaker received the delegation at his residence on Friday afternoon.\n\n"
            "The two sides discussed the situation in the south.\n")
    assert _pub(text).day == date(2022, 3, 11)


def test_a_later_weekday_told_as_past_moves_a_yearless_dateline_to_the_day_after() -> None:
    # Nov 9 is a Tuesday in 2021 and a Wednesday in 2022: the body's Wednesday meeting says the
    # report was filed on Wednesday, so the Tuesday talks are the day before the dateline
    text = ("AMMAN, Nov. 9 (Xinhua) -- The Jordanian foreign minister held talks on Tuesday with a visiting "
            "delegation of the movement in Amman, a ministry statement said.\n\n"
            "The minister also received the head of the Red Crescent on Wednesday morning, officials said.\n\n"
            "The two sides discussed aid to refugees in 2021 and 2022.\n")
    assert _pub(text).day == date(2022, 11, 9)


def test_without_a_later_weekday_the_same_day_fit_stays() -> None:
    text = ("AMMAN, Nov. 9 (Xinhua) -- The Jordanian foreign minister held talks on Tuesday with a visiting "
            "delegation of the movement in Amman, a ministry statement said.\n\n"
            "The minister will travel to Cairo on Wednesday, officials said.\n\n"
            "The two sides discussed aid to refugees in 2021.\n")
    assert _pub(text).day == date(2021, 11, 9)


def test_a_background_full_date_bounds_the_year_but_the_weekday_names_it() -> None:
    # the only full date is months before the dateline; Mar 21 is a Monday in 2022:
    # talks "on Monday" under a Mar 21 dateline fit 2022 (the same day), never 2021 (a Sunday)
    text = ("Ankara, March 21 (XNA) - The Turkish foreign minister met in Ankara on Monday with a visiting "
            "delegation of the movement.\n\n"
            "The conflict began on January 15, 2021, when fighting broke out in the north.\n")
    assert _pub(text).day == date(2022, 3, 21)


def test_a_relative_day_spelled_out_by_a_full_date_is_that_date() -> None:
    from timeline_app.ingest.dates import find_dates

    found = find_dates('The envoy wrote: "We met today, Thursday 4 March 2021, with the foreign minister."')
    assert [(e.kind, e.year, e.month, e.day) for e in found] == [("full", 2021, 3, 4)]
    kept = find_dates("The envoy met the minister today and will meet him again on 4 March 2021.")
    assert [e.kind for e in kept] == ["relday", "full"]


def test_a_bare_month_just_named_with_its_year_keeps_that_year() -> None:
    from timeline_app.ingest.extract import extract_document
    text = ("A year of Taliban diplomacy\n\nAn analysis - 20 September 2023\n\n"
            "The movement's envoys have travelled widely since they took power.\n\n"
            "In March 2022 a Taliban delegation went to Doha for talks with Western diplomats. "
            "The delegation then travelled to Tehran in March as well, where it met Iran's foreign minister Hossein Amir-Abdollahian.\n")
    result = extract_document(text, saved_on=SAVED)
    assert [m.date for m in result.mentions if m.location == "Tehran"] == ["2022-03"]


def test_a_deadline_is_no_day_a_later_undated_meeting_continues() -> None:
    from timeline_app.ingest.extract import extract_document

    text = ("Envoy in Beirut\n\nPublished: 12-03-2025 10:00\n\n"
            "BEIRUT - President Joseph Aoun received the US envoy Morgan Ortagus at Baabda Palace this morning.\n\n"
            "The president stressed that the attacks must stop. He said the prisoners must be released.\n\n"
            "\"The army is ready to deploy, with the aim of completing the withdrawal by the deadline of March 30,\" the president added.\n\n"
            "Ortagus later held talks at Ain al-Tineh with Parliament Speaker Nabih Berri.\n")
    result = extract_document(text, saved_on=SAVED)
    berri = [m.date for m in result.mentions if any(p.actor.name == "Nabih Berri" for p in m.participants)]
    assert berri == ["2025-03-12"]
