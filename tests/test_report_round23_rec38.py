"""Round 23 (rec38): recall, grouping and dates left after blind37.

Sentences written for this file in the shapes wire copy uses, never a report's or a test set's
words. Classes:
(1) a trip told by its end ('returned home on Friday from a four-day visit to X during which he
    met Y'): the day is the return's; neither the trip nor what it held is of that day. Such a
    summary is dated with the trip's month and joins the first dated journey of its sides that the
    article tells day by day (not an event of its own); a later 'the same day' then counts from the
    day just told, not from the return.
"""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.extract import extract_document

SAVED = date(2026, 11, 30)


def _mentions(page: str) -> list[tuple[str, str | None, str]]:
    result = extract_document(page, saved_on=SAVED)
    return [(m.type, m.date, page[m.evidence[0][0]:m.evidence[0][1]][:40]) for m in result.mentions]


RETURN_PAGE = ("Capital Courier | Friday, 14 March 2025\n\n"
               "Envoy back from Cairo\n\n"
               "Sudanese Foreign Minister Ali Youssef returned to Port Sudan on Friday from a four-day visit to Egypt "
               "during which he held talks with Egyptian officials and Arab League envoys.\n\n"
               "Youssef arrived in Cairo on Monday. On Tuesday he was received by Egyptian Foreign Minister Badr Abdelatty "
               "for talks on the war and on refugees.\n\n"
               "The minister also met with Arab League Secretary-General Ahmed Aboul Gheit, the same day, the ministry said.\n")


def test_a_return_s_day_is_not_the_trip_s_talks() -> None:
    found = _mentions(RETURN_PAGE)
    assert all(d != "2025-03-14" for _, d, _ in found), found


def test_the_same_day_after_a_return_lede_counts_from_the_day_just_told() -> None:
    found = _mentions(RETURN_PAGE)
    aboul = [d for _, d, quote in found if quote.startswith("The minister also met")]
    assert aboul == ["2025-03-11"], found


def test_the_summary_joins_the_trip_told_day_by_day() -> None:
    found = _mentions(RETURN_PAGE)
    assert [(t, d) for t, d, _ in found][0] == ("visit", "2025-03-10"), found
    result = extract_document(RETURN_PAGE, saved_on=SAVED)
    quotes = [RETURN_PAGE[s:e] for s, e in result.mentions[0].evidence]
    assert any(q.startswith("Sudanese Foreign Minister") for q in quotes) and any(q.startswith("Youssef arrived") for q in quotes)


def test_a_summary_with_no_trip_told_keeps_its_month() -> None:
    page = ("Capital Courier | Friday, 14 March 2025\n\nEnvoy back from Cairo\n\n"
            "Sudanese Foreign Minister Ali Youssef returned to Port Sudan on Friday from a four-day visit to Egypt "
            "during which he held talks with Egyptian officials.\n\nNo agreement was announced.\n")
    assert [d for _, d, _ in _mentions(page)] == ["2025-03"]


def test_a_trip_ended_on_a_day_that_tells_a_meeting_of_that_day_keeps_it() -> None:
    page = ("Capital Courier | Friday, 14 March 2025\n\nEnvoy back from Cairo\n\n"
            "Sudanese Foreign Minister Ali Youssef met Egyptian Foreign Minister Badr Abdelatty in Cairo on Friday "
            "before he returned home.\n")
    assert [d for _, d, _ in _mentions(page)] == ["2025-03-14"]
