"""fix39d: dates on pages whose year or day the old rules read wrong or not at all.

Each case is a sentence or page written for this file in the shapes wire copy and web pages take:
a year-less dateline two days after the lede's weekday, 'Earlier he held talks' with no comma, a
dated line above an HTML headline, an agency's long name with an ampersand, a saved page's date
field a day after the lede's own dateline, an embedded post's signature as the only date, and a
'former' office holder bounding the year from below."""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.extract import extract_document
from timeline_app.ingest.html_page import read_html
from timeline_app.ingest.segment import lede_dateline
from timeline_app.ingest.tenures import years_in_office
from timeline_app.ingest.year_inference import infer_year


def _mentions(page: str, saved_on: date | None = None) -> list[tuple[str | None, str]]:
    result = extract_document(page, saved_on=saved_on)
    return [(m.date, page[m.evidence[0][0]:m.evidence[0][1]]) for m in result.mentions if m.evidence]


def test_a_dateline_two_days_after_the_lede_weekday_when_no_nearer_year_fits() -> None:
    # April 9: a Wednesday in 2025, a Tuesday in 2024, a Sunday in 2023 (a Saturday in 2022, a Friday
    # in 2021, both before the bound); talks "on Friday": no year within the bounds puts the dateline
    # on Friday or Saturday, and Sunday 2023, two days after, is nearer the talks than Wednesday 2025
    terms = [[(date(2010, 1, 1), date(2025, 12, 31))]]
    assert infer_year(4, 9, date(2026, 11, 30), 4, terms, bounds=(date(2023, 1, 1), None)) == date(2023, 4, 9)


def test_the_two_day_fit_never_beats_the_same_day_or_the_day_after() -> None:
    terms = [[(date(2010, 1, 1), date(2025, 12, 31))]]
    # April 9, 2025 is a Wednesday: talks "on Wednesday" keep it
    assert infer_year(4, 9, date(2026, 11, 30), 2, terms) == date(2025, 4, 9)
    # "on Monday": Tuesday 2024, the day after, not Wednesday 2025 two days after
    assert infer_year(4, 9, date(2026, 11, 30), 0, terms) == date(2024, 4, 9)


def test_earlier_without_a_comma_takes_the_day_just_told() -> None:
    page = ("LISBON, 14 May 2025 - The Chilean foreign minister Alma Ferreira was received by Portuguese "
            "President Marcelo Rebelo de Sousa in Lisbon on Tuesday.\n\n"
            "Earlier she held talks with her Portuguese counterpart Paulo Rangel at the ministry.\n")
    days = [d for d, _ in _mentions(page)]
    assert days and all(d == "2025-05-13" for d in days)


def test_earlier_this_month_is_not_the_day_just_told() -> None:
    page = ("LISBON, 14 May 2025 - The Chilean foreign minister Alma Ferreira was received by Portuguese "
            "President Marcelo Rebelo de Sousa in Lisbon on Tuesday.\n\n"
            "Earlier this month she held talks with her Portuguese counterpart Paulo Rangel in Santiago.\n")
    assert ("2025-05-13", ) not in [(d,) for d, text in _mentions(page) if "Santiago" in text]


def test_a_dated_line_right_above_the_headline_dates_an_html_page() -> None:
    markup = ("<html><body><nav><a>Home</a><a>World</a></nav>"
              "<div class='strap'>Lisbon, PortugalWednesday 14 May 2025</div>"
              "<h1>Chilean minister holds talks in Lisbon</h1>"
              "<p>The Chilean foreign minister Alma Ferreira met Portuguese President Marcelo Rebelo de Sousa "
              "in Lisbon on Tuesday, the presidency said in a statement on its website.</p>"
              "<p>The two discussed trade between the European Union and Latin America and a planned "
              "visit to Santiago later in the year, the statement said.</p></body></html>")
    page = read_html(markup)
    assert "14 May 2025" in page.text


def test_a_dated_line_far_above_the_headline_is_not_taken() -> None:
    markup = ("<html><body><div class='strap'>Wednesday 14 May 2025</div><div>Weather: sunny</div>"
              "<h1>Chilean minister holds talks in Lisbon</h1>"
              "<p>The Chilean foreign minister Alma Ferreira met Portuguese President Marcelo Rebelo de Sousa "
              "in Lisbon on Tuesday, the presidency said in a statement on its website.</p>"
              "<p>The two discussed trade between the European Union and Latin America and a planned "
              "visit to Santiago later in the year, the statement said.</p></body></html>")
    assert "14 May 2025" not in read_html(markup).text


def test_an_agency_with_an_ampersand_in_a_yearless_dateline() -> None:
    m = lede_dateline("VIENNA, May 12 (Alpine & Danube News Service) - The two ministers met on Saturday.")
    assert m is not None and m.group("date") == "May 12"


def test_the_lede_dateline_over_a_saved_page_date_field_a_day_later() -> None:
    page = ("date 2022-05-11 Ministers hail new format of talks\n\n"
            "BERLIN (Central Wire / Agency - 10th May, 2022) German Foreign Minister Annalena Baerbock held "
            "talks with her Polish counterpart Zbigniew Rau in Berlin on Tuesday, the ministry said.\n\n"
            "The ministers discussed energy and the war in Ukraine, according to a statement.\n")
    assert ("2022-05-10" in [d for d, _ in _mentions(page)])


def test_a_date_field_well_after_the_dateline_keeps_the_field() -> None:
    page = ("date 2022-05-30 Ministers hail new format of talks\n\n"
            "BERLIN (Central Wire / Agency - 10th May, 2022) German Foreign Minister Annalena Baerbock held "
            "talks with her Polish counterpart Zbigniew Rau in Berlin, the ministry said.\n")
    result = extract_document(page)
    assert result.articles[0].published == "2022-05-30"


def test_an_embedded_post_day_dates_a_page_without_a_date() -> None:
    page = ("Egypt's Foreign Minister Sameh Shoukry received a phone call from his Jordanian counterpart "
            "Ayman Safadi late on Thursday, during which they discussed the crossings, the ministry reported.\n\n"
            "Minister Shoukry receives a call from the Jordanian Foreign Minister. pic.twitter.com/abcdef "
            "\u2014 Ministry Desk (@SomeMinistryX) March 7, 2024\n\n"
            "The two ministers agreed to stay in touch, the statement said.\n")
    result = extract_document(page)
    assert result.articles[0].published == "2024-03-07"
    assert "2024-03-07" in [m.date for m in result.mentions]


def test_a_former_holder_bounds_the_year_from_below() -> None:
    terms = years_in_office("The mediators included former Kenyan President Uhuru Kenyatta and others.")
    assert [(date(2022, 9, 14), None)] in terms


def test_a_late_or_serving_holder_gives_no_lower_bound() -> None:
    assert all(t != [(date(2022, 9, 14), None)] for t in years_in_office("The late Kenyan President Uhuru Kenyatta."))
    # a holder whose term the resource lists as open: 'former' says nothing the resource knows
    assert not any(b is None and a.year >= 2025 for t in years_in_office("former Kenyan President William Ruto said") for a, b in t)


def test_earlier_opens_a_continuation_only_before_its_subject() -> None:
    from timeline_app.ingest.continuation import _CONTINUES
    assert _CONTINUES.search("Earlier she held talks with the minister")
    assert _CONTINUES.search("Earlier Rangel received the visitors")
    assert not _CONTINUES.search("Earlier talks between them had failed")
    assert not _CONTINUES.search("Earlier this week she met the minister")
