"""date39: date classes found on real reports (real26). Sentences written for these tests in the
shapes news uses; no text of any collected page.

1. A saved page's metadata stamp glued before the lede on the same line ("date 2024-05-14 The
   Chilean delegation arrived ... on Monday"): the stamp is the publication day, so the lede's
   weekday counts from it, and the stamp is not the lede report's own date.
2. "the same day" opening a new paragraph: the day just told (unless that was a past-perfect aside).
3. A syndicator's credit before a year-less dateline; "head of the political bureau" names the office
   whose term bounds the dateline's year.
4. A page with no date whose lede tells its day with the weekday but no year ("On Thursday, February 29").
"""
from __future__ import annotations

import pytest

from datetime import date

from timeline_app.ingest.extract import extract_document
from timeline_app.ingest.tenures import years_in_office
from timeline_app.ingest.normalize import matching_text, stamp_apart


def _dated(page: str) -> list[tuple[str, str | None]]:
    return [(m.type, m.date) for m in extract_document(page).mentions]


def _published(page: str) -> list[str | None]:
    return [a.published for a in extract_document(page).articles]


# --- 1. a metadata stamp glued to the lede ---

@pytest.mark.parametrize("stamp", ["date 2024-05-14", "Published: 2024-05-14", "2024-05-14T09:30:00Z", "posted 2024-05-14"])
def test_a_glued_stamp_is_set_on_its_own_line_keeping_every_offset(stamp: str) -> None:
    text = f"{stamp} The Norwegian foreign minister met a Hamas delegation in Oslo on Monday."
    apart = stamp_apart(text)
    assert len(apart) == len(text)
    assert apart.split("\n")[0] == stamp
    assert matching_text(text)[0] == apart


def test_the_stamp_is_the_publication_day_and_the_weekday_counts_from_it() -> None:
    page = ("date 2024-05-14 A Hamas delegation led by Ismail Haniyeh met the Norwegian foreign minister "
            "in Oslo on Monday, the movement said.\n\nThe two sides discussed aid deliveries to Gaza.\n")
    assert _published(page)[0] == "2024-05-14"
    assert ("meeting", "2024-05-13") in _dated(page)


def test_an_undated_lede_report_takes_the_stamp_day() -> None:
    page = ("date 2022-09-08 The Norwegian foreign minister has held a meeting with a Hamas delegation in Oslo, "
            "the ministry confirmed.\n\nThe sides discussed the situation in Gaza.\n")
    assert [d for t, d in _dated(page)] == ["2022-09-08"]


def test_a_lede_weekday_wins_over_the_stamp_as_the_reports_date() -> None:
    # the stamp glued to the lede used to be read as the report's own date, hiding "on Tuesday"
    page = ("date 2021-03-18 OSLO - The Norwegian foreign minister has confirmed meeting a Taliban delegation, "
            "headed by Abdul Ghani Baradar, in Oslo on Tuesday.\n\nThe talks dealt with aid.\n")
    assert [d for t, d in _dated(page)] == ["2021-03-16"]


def test_earlier_on_a_weekday_counts_from_the_stamp() -> None:
    page = ("date 2023-02-20 A Hamas delegation headed by Ismail Haniyeh has arrived in Oslo for talks, the movement "
            "announced.\n\nEarlier on Sunday, the head of the Islamic Jihad, Ziyad al-Nakhalah, met the Norwegian "
            "foreign minister in Oslo.\n")
    assert ("meeting", "2023-02-19") in _dated(page)


@pytest.mark.parametrize("text", [
    "Tasks for 2024-05-14 include a meeting.",  # a date inside a sentence, not opening the text
    "The 2024-05-14 meeting was postponed.",
    "date 2024-05-14\nThe Norwegian minister met X.",  # already on its own line
    "2024-13-05 The minister met X.",  # no day of the calendar
    "2023-02-30 The minister met X.",
])
def test_other_iso_dates_are_left_alone(text: str) -> None:
    assert stamp_apart(text) == text


# --- 2. "the same day" opening a new paragraph: the day just told, not the lede's ---

def _trip(closing: str) -> str:
    return ("Harbour News | Thursday, 14 March 2024\n\n"
            "OSLO -- The Taliban's acting foreign minister, Amir Khan Muttaqi, returned to Kabul on Thursday from a "
            "four-day visit to Norway during which he held talks with Norwegian officials.\n\n"
            "Muttaqi landed in Oslo on Sunday at the head of a delegation. On Monday he was received by Norway's "
            "foreign minister, Espen Barth Eide, for talks on aid.\n\n" + closing + "\n")


def _day_of(page: str, name: str) -> str | None:
    """The day of the (first) report that names `name` among its participants."""
    return next((m.date for m in extract_document(page).mentions
                 if any(p.actor.name == name for p in m.participants)), None)


@pytest.mark.parametrize("closing", [
    "The minister also met with Andreas Motzfeldt Kravik, Norway's special envoy for Afghanistan, the same day, "
    "the Norwegian foreign ministry said.",
    "Later that day the minister also met with Andreas Motzfeldt Kravik, Norway's special envoy for Afghanistan.",
])
def test_the_same_day_in_a_new_paragraph_is_the_day_just_told(closing: str) -> None:
    assert _day_of(_trip(closing), "Andreas Motzfeldt Kravik") == "2024-03-11"



def test_on_the_same_day_after_a_past_perfect_aside_is_the_leads_day() -> None:
    page = ("Harbour News\n14.03.2024\n\n"
            "On 14 March, Norway's foreign minister Espen Barth Eide received a Hamas delegation headed by Mousa Abu Marzouk "
            "in Oslo.\n\n"
            "The delegation arrived in Oslo on 12 March. Eide and Abu Marzouk had previously met on 2 March in Doha.\n\n"
            "On the same day, Eide had a telephone conversation with the Islamic Jihad leader Ziyad al-Nakhalah.\n")
    assert _day_of(page, "Ziad al-Nakhalah") == "2024-03-14"  # (the canonical spelling)

# --- 3. a syndicator's credit before a year-less dateline; the political bureau head's term ---

def _published_saved(page: str) -> str | None:
    return extract_document(page, saved_on=date(2026, 11, 30)).articles[0].published


@pytest.mark.parametrize("credit", ["(MENAFN- Harbour Daily) ", "(Source: Harbour Daily) ", ""])
def test_a_credit_before_a_yearless_dateline_keeps_the_dateline(credit: str) -> None:
    page = (f"{credit}OSLO, Mar 12 (HD) \u2013 The Norwegian foreign minister met yesterday with a Hamas delegation "
            "in Oslo, the ministry said.\n\nThe delegation had arrived in Norway on 9 March 2024.\n")
    assert _published_saved(page) == "2024-03-12"
    assert ("meeting", "2024-03-11") in [(m.type, m.date) for m in extract_document(page, saved_on=date(2026, 11, 30)).mentions]


def test_a_bracket_that_is_no_credit_is_no_dateline_prefix() -> None:
    page = ("(Updated with details) OSLO, Mar 12 (HD) \u2013 The Norwegian foreign minister met yesterday with a Hamas "
            "delegation in Oslo.\n")
    assert _published_saved(page) is None


@pytest.mark.parametrize("title", ["Head of the Hamas Political Bureau", "head of the political bureau of Hamas",
                                   "Hamas political bureau head", "chief of the political bureau"])
def test_the_political_bureau_head_title_names_its_term(title: str) -> None:
    terms = years_in_office(f"The minister met {title}, Ismail Haniyeh, in Oslo.")
    assert [(date(2017, 5, 1), date(2024, 7, 31))] in terms or any(
        t and t[0][0] == date(2017, 5, 1) and t[0][1] is not None and t[0][1] <= date(2024, 7, 31) for t in terms)


# --- 4. a lede that tells its day with the weekday but no year, on a page with no date ---

def test_a_lede_weekday_and_day_names_the_year_and_anchors_the_page() -> None:
    page = ("On Thursday, February 29, a Hamas delegation led by Mousa Abu Marzouk began three days of talks with "
            "Norwegian officials in Oslo.\n\nA day later, the delegation met the Norwegian foreign minister, "
            "Espen Barth Eide.\n")
    doc = extract_document(page, saved_on=date(2026, 11, 30))
    assert doc.articles[0].published == "2024-02-29"
    assert ("talks", "2024-02-29") in [(m.type, m.date) for m in doc.mentions]


@pytest.mark.parametrize("lede", [
    "On February 29, a Hamas delegation began talks with Norwegian officials in Oslo.",  # no weekday: no year told
    "A Hamas delegation began talks with Norwegian officials in Oslo, weeks after the vote held on Thursday, February 29.",
])
def test_no_weekday_at_the_ledes_head_dates_nothing(lede: str) -> None:
    assert extract_document(lede + "\n", saved_on=date(2026, 11, 30)).articles[0].published is None
