"""A dateline printed without a year lies within the terms of the office holders the article names
as serving, read from how it names them (resources/offices.json). Sentences written for this test."""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.extract import extract_document
from timeline_app.ingest.tenures import years_in_office
from timeline_app.ingest.year_inference import infer_year

SAVED = date(2026, 11, 30)
CHECKED = date(2025, 12, 31)  # offices.json's terms_checked_until: an open term runs to it


def year(text: str, month: int, day: int, weekday: int | None = None) -> int | None:
    found = infer_year(month, day, SAVED, weekday, years_in_office(text))
    return found.year if found else None


def test_two_offices_in_one_title_hold_the_report_to_the_months_he_held_both() -> None:
    # Wang Yi was foreign minister 2013-2022 and again from 2023, state councilor 2018-2023; the
    # Taliban's foreign minister took office in September 2021: only June 2022 fits all
    text = ("State Councilor and Foreign Minister Wang Yi received the Taliban's acting foreign minister "
            "Amir Khan Muttaqi in Beijing.")
    assert year(text, 6, 8) == 2022
    # the same man as plain foreign minister fits any year from the Taliban's return on, up to the day
    # offices.json's open terms were last checked (2025-12-31)
    assert year("Foreign Minister Wang Yi received acting foreign minister Amir Khan Muttaqi.", 6, 8) == 2025


def test_prime_minister_and_foreign_minister_is_the_later_of_his_two_terms() -> None:
    terms = years_in_office("Qatari Prime Minister and Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani "
                            "hosted the talks.")
    assert terms == [[(date(2023, 3, 1), CHECKED)]]


def test_a_past_or_foreign_title_dates_nothing() -> None:
    # (fix39d) a former holder's title dates no term of his, only bounds the page from below: after
    # his last term of that office ended
    former = years_in_office("Former foreign minister Mohammad Javad Zarif wrote a book.")
    assert all(len(t) == 1 and t[0][1] is None for t in former) and len(former) <= 1
    assert years_in_office("Israel killed Hezbollah leader Hassan Nasrallah in September.") == []
    # a deputy minister then, minister only for three months in 2024: his title here is not that office
    assert years_in_office("Deputy Foreign Minister Ali Bagheri Kani led the team.") == []
    assert years_in_office("Crowds attended the funeral of Hezbollah leader Hassan Nasrallah.") == []


def test_a_loose_title_is_no_office_term() -> None:
    # 'Hamas leader' is said of Haniyeh before he chaired the political bureau: all his terms count
    terms = years_in_office("Hamas leader Ismail Haniyeh arrived in Cairo.")
    assert len(terms) == 1 and min(a for a, _ in terms[0]) < date(2017, 5, 1)


def test_a_title_after_the_name_counts_and_a_bare_name_takes_all_his_terms() -> None:
    assert years_in_office("The envoy met Naim Qassem, Hezbollah's secretary-general, on Friday.") == \
        [[(date(2024, 10, 1), CHECKED)]]
    bare = years_in_office("Tayyip Erdogan spoke on Friday.")
    assert (date(2003, 3, 1), date(2014, 8, 28)) in bare[0] and (date(2014, 8, 1), CHECKED) in bare[0]


def test_a_new_holder_dates_the_report_to_his_first_year() -> None:
    # 4 December: a Wednesday in 2024, a Thursday in 2025 (Hassan Rashad took office in October 2024)
    assert year("Egypt's new intelligence chief Hassan Rashad met the delegation on Thursday.", 12, 4, 3) == 2024
    assert year("Egypt's intelligence chief Hassan Rashad met the delegation on Thursday.", 12, 4, 3) == 2025


def test_the_days_that_fit_most_holders_win_over_one_that_does_not_fit() -> None:
    # no day fits all three: the one holder out of term is outvoted, not a reason to ignore the rest
    terms = [[(date(2018, 1, 1), date(2024, 10, 28))], [(date(2016, 1, 1), None)], [(date(1990, 1, 1), date(1990, 12, 28))]]
    assert infer_year(7, 1, SAVED, None, terms) == date(2024, 7, 1)


def test_a_yearless_wire_dateline_is_dated_by_the_holders_titles() -> None:
    text = ("Talks in Beijing\n\nBEIJING, June 8 (Wire) -- State Councilor and Foreign Minister Wang Yi held talks "
            "with acting Foreign Minister Mawlawi Amir Khan Mutaqi in Beijing on June 7.\n\nThe two sides will meet again.\n")
    result = extract_document(text, saved_on=SAVED)
    assert result.articles[0].published == "2022-06-08"
    assert [m.date for m in result.mentions] == ["2022-06-07"]


def test_a_body_or_happening_that_exists_only_from_a_month_on_dates_the_report_no_earlier() -> None:
    # 'on Sunday' under 9 May: a Sunday in 2021, the day after a Sunday in 2022; the Taliban's
    # interim government dates from August 2021, so only the 2022 reading can tell of it
    assert year("Envoys met the mediators on Sunday.", 5, 9, 6) == 2021
    assert year("Envoys met officials of the Afghan interim government on Sunday.", 5, 9, 6) == 2022
    # 'on Saturday' under 11 February: 2023 (the same day) or 2024 (the day after); only 2024 lies
    # after the October 7 attack
    assert year("The delegation met the mediators on Saturday.", 2, 11, 5) == 2023
    assert year("It was their first meeting since the October 7 attack, held on Saturday.", 2, 11, 5) == 2024


def test_a_movements_minister_dates_the_report_from_when_it_took_the_government() -> None:
    # the Taliban govern from August 2021 (organisations.json): their commerce minister is of then on
    assert year("The envoy met acting Commerce Minister Nooruddin Azizi on Sunday.", 5, 9, 6) == 2022
    # the same man as a movement figure, without a government title, dates nothing
    assert years_in_office("Taliban official Nooruddin Azizi met the envoy.") == []


def test_a_place_named_after_a_holder_and_two_span_eras() -> None:
    assert years_in_office("Flights resumed at Hamid Karzai International Airport.") == []
    # Lebanon was without a president in 2014-2016 and again in 2022-2025
    spans = years_in_office("They discussed Lebanon's presidential vacuum.")
    assert spans == [[(date(2014, 5, 1), date(2016, 10, 28)), (date(2022, 11, 1), date(2025, 1, 28))]]
    # 'on Saturday' under 3 September: 2022 (the same day) or 2023 (the day after); the vacuum began in November 2022
    assert year("The envoy met the speaker on Saturday and discussed Lebanon's presidential vacuum.", 9, 3, 5) == 2023


def test_a_european_minister_named_in_passing_dates_the_report_too() -> None:
    # 'on Tuesday' under 31 August: 2021 (the same day) or 2022 (the day after); Heiko Maas left in December 2021
    assert year("He spoke with US Secretary of State Antony Blinken and German Foreign Minister Heiko Maas.", 8, 31, 1) == 2021
    assert year("He spoke with US Secretary of State Antony Blinken.", 8, 31, None) == 2024


def test_abbreviations_inside_a_title_do_not_end_it() -> None:
    assert years_in_office("The U.N. special envoy for Yemen Mr. Hans Grundberg arrived.") == [[(date(2021, 8, 1), CHECKED)]]
    assert years_in_office("U.S. Secretary of State Antony Blinken arrived.") == [[(date(2021, 1, 1), date(2025, 1, 28))]]


def test_names_without_a_title_only_break_ties_between_titled_holders() -> None:
    from timeline_app.ingest.tenures import Untitled

    # 'Foreign Minister Abbas Araghchi' (from 2024-08) against two men named bare whose listed
    # terms ended by 2021: between their offices they are still named (as envoys, advisers)
    terms = [[(date(2024, 8, 1), None)], Untitled([(date(2013, 8, 1), date(2021, 8, 28))]),
             Untitled([(date(2008, 5, 1), date(2020, 5, 28))])]
    assert infer_year(6, 10, SAVED, None, terms) == date(2026, 6, 10)
    assert isinstance(years_in_office("Ali Larijani arrived in Beirut.")[0], Untitled)
