"""Round 18 (datev): the order of a page's numeric dates, decided from evidence on the page.

Sentences written for this file in the shapes real pages use, never a report's or a test set's
words. "5/2/2020" reads either way; a page says which: a US agency named as a dateline names it,
an unambiguous slashed date elsewhere on the page, or a weekday printed with the date. Without
evidence, day first (as European and Middle-East sites write), and dots are always day first."""
from __future__ import annotations

import pytest

from timeline_app.ingest.extract import extract_document
from timeline_app.ingest.numeric_dates import day_first_text, month_first

BODY = "Iran's foreign minister met Qatar's prime minister in Doha on Wednesday, officials said.\n"


def _published(page: str) -> str | None:
    return extract_document(page).articles[0].published


def _dates(page: str) -> list[str | None]:
    return [m.date for m in extract_document(page).mentions]


MONTH_FIRST = [
    # a US agency in brackets after the place of a wire dateline
    ("Minister visits Doha\n\nDOHA (AP) -- 5/2/2020\n\n" + BODY, "2020-05-02"),
    # the agency named on the date's own line
    ("Minister visits Doha\n\nWire report (UPI), 11/6/2019\n\n" + BODY, "2019-11-06"),
    # another slashed date on the page can only be month first (25 is no month)
    ("Minister visits Doha\n\nPosted 6/7/2022\n\n" + BODY + "The last round ended on 6/25/2022 in Vienna.\n", "2022-06-07"),
    # the weekday printed with the date fits the month-first reading only (8 April 2021 is a Thursday)
    ("Minister visits Doha\n\nThu, 4/8/2021\n\n" + BODY, "2021-04-08"),
]


@pytest.mark.parametrize("page,day", MONTH_FIRST, ids=[p.split("\n\n")[1][:24] for p, _ in MONTH_FIRST])
def test_a_month_first_page_dates_its_dateline_month_first(page: str, day: str) -> None:
    assert _published(page) == day


DAY_FIRST = [
    # no evidence: day first
    ("Minister visits Doha\n\nBEIRUT -- 5/2/2020\n\n" + BODY, "2020-02-05"),
    # dots are day first even beside a US agency
    ("Minister visits Doha\n\nDOHA (AP) -- 05.02.2020\n\n" + BODY, "2020-02-05"),
    # an unambiguous day-first date on the page outweighs nothing else: day first
    ("Minister visits Doha\n\nPosted 6/7/2022\n\n" + BODY + "The last round ended on 25/6/2022 in Vienna.\n", "2022-07-06"),
    # the printed weekday fits the day-first reading only (4 August 2021 is a Wednesday)
    ("Minister visits Doha\n\nWed 4/8/2021\n\n" + BODY, "2021-08-04"),
    # "AP Photo" is a picture credit, not a wire dateline
    ("Minister visits Doha\n\nBEIRUT -- 5/2/2020\n\nThe two ministers shake hands (AP Photo/Staff).\n\n" + BODY, "2020-02-05"),
]


@pytest.mark.parametrize("page,day", DAY_FIRST, ids=[p.split("\n\n")[1][:24] + str(i) for i, (p, _) in enumerate(DAY_FIRST)])
def test_without_evidence_or_with_day_first_evidence_a_page_stays_day_first(page: str, day: str) -> None:
    assert _published(page) == day


def test_the_weekday_of_a_month_first_wire_counts_from_the_right_day() -> None:
    page = ("Minister holds talks in Islamabad\n\nWire (AP), 10/3/2019\n\n"
            "ISLAMABAD (AP) -- A Taliban delegation met Thursday with Pakistan's foreign minister in Islamabad.\n")
    assert "2019-10-03" in _dates(page)  # 3 October 2019 was a Thursday: the same day, not 7 March


def test_the_swap_keeps_every_offset() -> None:
    text = "DOHA (AP) -- 10/3/2019 and 12/11/2019, then 1/2/2020."
    swapped = day_first_text(text)
    assert len(swapped) == len(text) and swapped == "DOHA (AP) -- 3/10/2019 and 11/12/2019, then 2/1/2020."
    assert day_first_text("BEIRUT -- 10/3/2019") == "BEIRUT -- 10/3/2019"


def test_a_page_with_both_kinds_of_unambiguous_dates_falls_back_to_other_evidence() -> None:
    assert not month_first("Posted 3/4/2021. Rounds on 25/6/2021 and 6/25/2021.")
    assert month_first("CAIRO (AP) -- 3/4/2021. Rounds on 25/6/2021 and 6/25/2021.")


# --- a year-less dateline: 29 February told near it names a leap year --------------------------------

def test_a_yearless_dateline_that_names_29_february_is_of_a_leap_year() -> None:
    from datetime import date
    page = ("Envoys meet again in Doha\n\nDOHA, Feb. 12 (Wire) -- Qatar's foreign minister met a Taliban delegation "
            "in Doha on Tuesday, officials said.\n\nBoth sides said an accord could be signed on Feb. 29 if the lull holds.\n")
    found = extract_document(page, saved_on=date(2026, 11, 30))
    assert found.articles[0].published == "2020-02-12"  # 2020 is a leap year, and 11 February 2020 was a Tuesday
    assert "2020-02-11" in [m.date for m in found.mentions]


def test_without_29_february_the_yearless_dateline_keeps_its_usual_year() -> None:
    from datetime import date
    page = ("Envoys meet again in Doha\n\nDOHA, Feb. 12 (Wire) -- Qatar's foreign minister met a Taliban delegation "
            "in Doha on Tuesday, officials said.\n\nBoth sides said an accord could be signed within weeks if the lull holds.\n")
    assert extract_document(page, saved_on=date(2026, 11, 30)).articles[0].published != "2020-02-12"


def test_names_leap_day_reads_only_a_yearless_29_february_near_the_dateline() -> None:
    from timeline_app.ingest.year_inference import names_leap_day
    assert names_leap_day(2, "The signing could come on February 29.")
    assert not names_leap_day(9, "The signing could come on February 29.")
    assert not names_leap_day(2, "The signing came on February 28.")


BARE_WEEKDAY = [
    # 3 October 2019 was a Thursday, 10 March 2019 a Sunday: wire style "met Thursday" is the dateline's day
    ("Talks in Islamabad\n\nISLAMABAD -- 10/3/2019\n\nA Taliban delegation met Thursday with Pakistan's foreign minister.\n", "2019-10-03"),
    # 12 May 2023 was a Friday, 5 December 2023 a Tuesday: the same cue keeps the day-first reading
    ("Talks in Doha\n\nDOHA -- 12/05/2023\n\nQatar's foreign minister met the Hamas delegation, officials said Friday.\n", "2023-05-12"),
    # "on Thursday" is not read (the day before is told that way too): no evidence, day first
    ("Talks in Cairo\n\nCAIRO -- 03/04/2021\n\nEgypt's intelligence chief received a Hamas delegation on Thursday.\n", "2021-04-03"),
]


@pytest.mark.parametrize("page,day", BARE_WEEKDAY, ids=[p.split("\n\n")[1] for p, _ in BARE_WEEKDAY])
def test_a_bare_wire_weekday_that_fits_one_reading_decides_it(page: str, day: str) -> None:
    assert _published(page) == day


# --- a year-less dateline: the page's own address files it under a day --------------------------------

URL_PAGES = [
    ("https://www.example-wire.net/middle-east/2022/11/14/envoys-meet-in-muscat\n\n", "2022-11-14"),
    ("Source: https://example-wire.net/2022/11/envoys-meet-in-muscat\n\n", "2022-11-14"),
    ("Saved from https://www.example-wire.net/news/2022-11-15-envoys-meet-in-muscat.html\n\n", "2022-11-14"),
]


@pytest.mark.parametrize("address,day", URL_PAGES, ids=[a.split("net/")[1][:20] for a, _ in URL_PAGES])
def test_a_yearless_dateline_takes_the_year_of_the_pages_own_address(address: str, day: str) -> None:
    from datetime import date
    page = (address + "Envoys meet in Muscat\n\nMUSCAT, Nov 14 (Wire) -- Oman's foreign minister received a Houthi "
            "delegation in Muscat, officials said.\n")
    assert extract_document(page, saved_on=date(2026, 11, 30)).articles[0].published == day


def test_an_address_filed_months_away_from_the_dateline_names_no_year() -> None:
    from timeline_app.ingest.year_inference import url_year
    assert url_year(11, 14, "see https://example-wire.net/2022/06/03/older-story") is None
    assert url_year(1, 2, "https://example-wire.net/2022/12/30/new-year-talks") == 2023  # filed over the turn of the year


SPELLED = [
    # the dateline's day spelled out in the lede names the month-first reading
    ("Talks in Islamabad\n\nPosted 10/3/2019\n\nISLAMABAD, October 3, 2019 -- A Taliban delegation held talks with Pakistan's foreign minister.\n", "2019-10-03"),
    # ... or the day-first one
    ("Talks in Doha\n\nPosted 10/3/2019\n\nDOHA, 10 March 2019 -- Qatar's foreign minister held talks with a Hamas delegation.\n", "2019-03-10"),
]


@pytest.mark.parametrize("page,day", SPELLED, ids=["month first", "day first"])
def test_the_same_day_spelled_out_on_the_page_decides_the_order(page: str, day: str) -> None:
    assert month_first(page) == (day == "2019-10-03")
    assert _published(page) == day
