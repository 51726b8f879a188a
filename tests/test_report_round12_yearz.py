"""Round 12 (yearz): the year of a dateline printed without one. Each row is a document written
for this test (a year-less wire dateline and a body in the shape real reports use, never a
report's words) and the day of every event it holds, with the file saved on 30 November 2026."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_app.ingest.extract import extract_document

SAVED = date(2026, 11, 30)
MORE = "The two sides discussed bilateral relations and the latest developments in the region, the statement added."


def _dates(text: str) -> list[str | None]:
    result = extract_document(text, published_hint=None, saved_on=SAVED)
    return sorted({m.date for m in result.mentions if m.date})


# wire style drops the 'on' before the weekday the news was given out ('the ministry said
# Thursday'): that weekday is still the dateline's own, so it names the year
TOLD_BARE = [
    ("Envoy meets Taliban officials\n\nTOKYO, Nov. 25 (Wire) -- Qatari Foreign Minister Mohammed bin Abdulrahman "
     "Al Thani met Taliban deputy prime minister Abdul Ghani Baradar in Kabul on Tuesday, the Foreign Ministry said Thursday.",
     ["2021-11-23"]),
    ("Minister visits Doha\n\nDOHA, Oct. 12 (Wire) -- Taliban foreign minister Amir Khan Muttaqi met Qatari "
     "Foreign Minister Mohammed bin Abdulrahman Al Thani in Doha on Sunday, the ministry announced Tuesday.",
     ["2021-10-10"]),
    # a possessive weekday is not the day the news was given out
    ("Minister visits Doha\n\nDOHA, Oct. 12 (Wire) -- Taliban foreign minister Amir Khan Muttaqi met Qatari "
     "Foreign Minister Mohammed bin Abdulrahman Al Thani in Doha on Sunday, the ministry said Tuesday's round was useful.",
     ["2025-10-12"]),
]


@pytest.mark.parametrize("text, expected", TOLD_BARE)
def test_told_weekday_without_on_names_the_dateline_year(text: str, expected: list[str]) -> None:
    assert _dates(f"{text}\n\n{MORE}\n") == expected


# a plan the article tells as dropped ('talks scheduled for March 2019 were called off') is
# past: it bounds the article's year neither from above nor from below
CALLED_OFF = [
    ("Factions sign unity pact\n\nCAIRO, Oct 13 (Wire) - Hamas political bureau chief Ismail Haniyeh met Egyptian "
     "intelligence chief Abbas Kamel in Cairo on Thursday, committing the factions to a new round of talks.\n\n"
     "A vote scheduled for March 2019 was later called off by the president, and earlier pacts signed in 2011 collapsed.",
     ["2022-10-13"]),
]


@pytest.mark.parametrize("text, expected", CALLED_OFF)
def test_plan_told_as_dropped_does_not_bound_the_year(text: str, expected: list[str]) -> None:
    assert _dates(f"{text}\n\n{MORE}\n") == expected


def test_plan_still_ahead_bounds_the_year() -> None:
    from timeline_app.ingest.year_inference import year_bounds
    low, high = year_bounds("A vote scheduled for March 2019 will be the first in a decade.")
    assert (low, high) == (None, date(2019, 3, 1))
    assert year_bounds("A vote scheduled for March 2019 was postponed indefinitely.") == (None, None)


# "CITY (Agency) DD.MM.YYYY - ...": the numeric date after the agency is the dateline, not the
# day of the lede's meeting, which its weekday names
AGENCY_NUMERIC = [
    ("ANKARA (Wire) 14.03.2024 - Turkish Foreign Minister Hakan Fidan met Hamas political bureau chief "
     "Ismail Haniyeh in Ankara on Wednesday.", ["2024-03-13"]),
    ("DOHA (Wire) 07/03/2024 - Qatari Prime Minister Mohammed bin Abdulrahman Al Thani received Hamas political "
     "bureau chief Ismail Haniyeh in Doha on Tuesday.", ["2024-03-05"]),
]


@pytest.mark.parametrize("text, expected", AGENCY_NUMERIC)
def test_numeric_date_after_agency_is_the_dateline(text: str, expected: list[str]) -> None:
    assert _dates(f"Leaders hold talks\n\n{text}\n\n{MORE}\n") == expected


# a lede without a weekday ('met ... on June 2') leaves the dateline's weekday to the body's
# first 'X said on Friday': the day the report was given out
BODY_TOLD = [
    ("Talks in Cairo\n\nCAIRO, June 6 -- Egyptian intelligence chief Hassan Rashad met Hamas negotiator Khalil "
     "al-Hayya in Cairo on June 2, two officials said.\n\nA Hamas spokesman said on Friday that the talks had been useful.",
     ["2025-06-02"]),
]


@pytest.mark.parametrize("text, expected", BODY_TOLD)
def test_body_told_weekday_names_the_year_when_the_lede_has_none(text: str, expected: list[str]) -> None:
    assert _dates(f"{text}\n\n{MORE}\n") == expected
