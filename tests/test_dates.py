"""Date expressions and their resolution against the article's publication date."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_app.ingest.dates import find_dates, resolve

FRI_5_FEB_2021 = date(2021, 2, 5)


def only(text: str):
    exprs = find_dates(text)
    assert len(exprs) == 1, exprs
    return exprs[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Friday 5-February-2021", "2021-02-05"),
        ("Thursday, 26 October 2023, 16:43", "2023-10-26"),
        ("Published 26 October 2023", "2023-10-26"),
        ("in Geneva June 5, 2013.", "2013-06-05"),
        ("2024-06-24T19:05:00+03:00", "2024-06-24"),
        ("Published 20/04/2024 19:10", "2024-04-20"),
    ],
)
def test_full_dates_are_explicit_days(text: str, expected: str) -> None:
    resolved = resolve(only(text), None)
    assert resolved is not None
    assert (resolved.value, resolved.precision, resolved.basis) == (expected, "day", "explicit")


def test_weekday_is_latest_such_day_on_or_before_publication() -> None:
    thursday = resolve(only("arrived on Thursday in Moscow"), FRI_5_FEB_2021)
    friday = resolve(only("met on Friday with"), FRI_5_FEB_2021)
    assert thursday is not None and thursday.value == "2021-02-04" and thursday.basis == "relative"
    assert friday is not None and friday.value == "2021-02-05"


def test_weekday_without_publication_date_stays_unresolved() -> None:
    assert resolve(only("received, on Thursday, a delegation"), None) is None


def test_last_month_name_takes_the_previous_occurrence() -> None:
    june_2023 = date(2023, 6, 10)
    may_2023 = date(2023, 5, 20)
    assert resolve(only("last May"), june_2023).value == "2023-05"  # type: ignore[union-attr]
    assert resolve(only("last May"), may_2023).value == "2022-05"  # type: ignore[union-attr]
    assert resolve(only("Last December, Abu Marzouk led a Hamas team"), date(2025, 2, 4)).precision == "month"  # type: ignore[union-attr]


def test_month_and_day_without_year_resolve_to_the_past() -> None:
    assert resolve(only("previously met on March 1, also in Moscow"), date(2024, 6, 24)).value == "2024-03-01"  # type: ignore[union-attr]
    assert resolve(only("On September 12, Lavrov received"), date(2023, 3, 1)).value == "2022-09-12"  # type: ignore[union-attr]
    assert resolve(only("On September 12, Lavrov received"), None) is None


def test_relative_days() -> None:
    pub = date(2024, 6, 20)
    assert resolve(only("in the Qatari capital last night"), pub).value == "2024-06-19"  # type: ignore[union-attr]
    assert resolve(only("met yesterday"), pub).value == "2024-06-19"  # type: ignore[union-attr]


def test_month_year_and_year_precision() -> None:
    month = resolve(only("They last met in July 2023 in Ankara"), None)
    year = resolve(only("first visited Moscow in 2012"), None)
    assert month is not None and (month.value, month.precision) == ("2023-07", "month")
    assert year is not None and (year.value, year.precision) == ("2012", "year")


@pytest.mark.parametrize("text", ["on 31 February 2023", "in the year 99999", "0000-00-00", "on 3 March 1850", "in 2150", "in 1850"])
def test_impossible_or_out_of_range_dates_are_ignored(text: str) -> None:
    assert [e for e in find_dates(text) if resolve(e, date(2024, 1, 1)) is not None and e.kind in ("full", "month_year", "year")] == []


def test_lower_case_may_is_a_verb() -> None:
    assert find_dates("the talks may 12 hours last") == []


def test_offsets_point_at_the_expression() -> None:
    text = "The Hamas delegates met on Friday with a senior delegation"
    expr = only(text)
    assert text[expr.start:expr.end] in ("Friday", "on Friday")


def test_every_kind_of_date_passes_the_quick_filter() -> None:
    """find_dates skips sentences without a date word; no date shape may be skipped."""
    from timeline_app.ingest.dates import find_dates

    for phrase in ["hours later", "hours after his arrival", "the same evening", "later in the day", "overnight",
                   "yesterday", "tonight", "last week", "earlier this month", "in 2019", "on Tuesday", "Feb. 3",
                   "3 March 2021", "2021-03-03", "03/03/2021", "the following morning", "that day", "a day earlier"]:
        assert find_dates(f"They met {phrase} in Cairo."), phrase


def test_full_dates_spread_over_a_long_article_are_all_found() -> None:
    """An article is searched for its day-month-year dates only around its years: dates with long
    runs of separators, a weekday and an ordinal, or glued parts, far apart, are all still found."""
    filler = "The delegation discussed the reconstruction of the port and several technical questions. " * 6
    text = (filler + "It first met on Wednesday, 3rd of March,    \n\n   2021 in Doha. " + filler
            + "A second round followed on July 14,\u00a0 2022 and a third on 12March 2023; " + filler
            + "the fourth, on Sun. 5/6/2024, was cancelled, and 31 February 2023 is no day.")
    assert len(text) > 1000
    days = [(e.year, e.month, e.day) for e in find_dates(text) if e.kind == "full"]
    assert days == [(2021, 3, 3), (2022, 7, 14), (2023, 3, 12), (2024, 6, 5)]
