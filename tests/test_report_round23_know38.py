"""Office holders with terms for more countries (resources/offices.json): an office named alone is
its holder at the article's date, and a year-less dateline is dated inside the terms of the
holders the report names. Sentences written here in the shape news uses."""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.extract import extract_document
from timeline_app.ingest.tenures import years_in_office
from timeline_app.ingest.year_inference import infer_year
from tests.test_report_shapes import events, page, people

SAVED = date(2026, 11, 30)


def wire(lede: str) -> str:
    return f"TALKS/ (URGENT)\nLeaders hold talks\n\n{lede}\n\nThe talks are to continue.\n"


def test_the_ethiopian_prime_minister_in_2019_is_abiy_ahmed() -> None:
    found = events(page("A Sudanese delegation met the Ethiopian prime minister in Addis Ababa on Tuesday.",
                        dateline="Wednesday 13 March 2019"))
    assert len(found) == 1 and "Abiy Ahmed" in people(found[0])


def test_the_same_office_before_2018_is_his_predecessor() -> None:
    found = events(page("A Sudanese delegation met the Ethiopian prime minister in Addis Ababa on Tuesday.",
                        dateline="Wednesday 9 March 2016"))
    assert len(found) == 1 and "Hailemariam Desalegn" in people(found[0])


def test_a_korean_foreign_minister_is_the_holder_of_that_year() -> None:
    found = events(page("Japan's foreign minister met South Korea's foreign minister in Tokyo on Monday.",
                        dateline="Tuesday 14 August 2018"))
    assert len(found) == 1 and {"Taro Kono", "Kang Kyung-wha"} <= people(found[0])


def test_terms_of_a_named_president_bound_the_years() -> None:
    terms = years_in_office("South Korean President Moon Jae-in met the visiting envoy.")
    assert terms and all(a >= date(2017, 5, 1) and b <= date(2022, 5, 31) for a, b in terms[0])
    terms = years_in_office("Nigerian President Muhammadu Buhari received the delegation.")
    assert terms and all(a.year >= 2015 and b.year <= 2023 for a, b in terms[0])


def test_a_year_less_dateline_naming_a_president_is_dated_within_his_term() -> None:
    # 26 November was a Tuesday in 2024 (no holder named: the latest fit) and in 2019 (Moon's term)
    text = wire("SEOUL, Nov. 26 (Wire) - South Korean President Moon Jae-in met the Indonesian "
                "foreign minister in Seoul on Tuesday, his office said.")
    result = extract_document(text, saved_on=SAVED)
    assert result.articles[0].published == "2019-11-26"
    assert infer_year(11, 26, SAVED, weekday=1) == date(2024, 11, 26)


def test_a_year_less_dateline_naming_a_foreign_minister_is_dated_within_his_term() -> None:
    # 12 June was a Wednesday in 2024 and in 2019; Onyeama was foreign minister from 2015 to 2023
    text = wire("ABUJA, June 12 (Wire) - Nigerian Foreign Minister Geoffrey Onyeama met the Brazilian "
                "foreign minister in Abuja on Wednesday.")
    terms = years_in_office(text)
    assert terms and infer_year(6, 12, SAVED, weekday=2, in_office=terms) == date(2019, 6, 12)
    assert infer_year(6, 12, SAVED, weekday=2) == date(2024, 6, 12)
