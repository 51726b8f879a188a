"""Dates of reports in digests and appositions (issue 9, blind5 round): each rule on sentences
written for this test, never a test article's words."""
from __future__ import annotations

from timeline_app.ingest.extract import extract_document
from tests.test_report_shapes import events, page, people, persons


def _by_person(found, name):
    return [m.date for m in found if name in people(m)]


def test_a_role_with_its_body_then_the_name_in_apposition_is_a_person() -> None:
    assert "Tolkun Abdyrakhmanov" in persons(
        "On Wednesday the envoy was received by the Chairman of the Supreme Council of Kyrgyzstan, Tolkun Abdyrakhmanov.")


def test_a_day_named_in_the_sentence_dates_a_passive_reception_the_day_after_the_arrival() -> None:
    found = events(page("Sergei Lavrov received Amir Khan Muttaqi in Moscow on Monday and held talks with him on trade.\n\n"
                        "On Tuesday afternoon Muttaqi was received by the Chairman of the Federation Council of Russia, "
                        "Valentina Matviyenko."))
    assert "2021-03-09" in _by_person(found, "Valentina Matviyenko")


def test_a_digest_item_is_dated_by_its_heading_with_the_issue_year() -> None:
    text = ("Regional Digest\n\nFriday, 12 March 2021\n\nA round-up of the week.\n\n"
            "QATAR-IRAN | Sunday 7 March\nQatari Foreign Minister Mohammed bin Abdulrahman Al Thani met "
            "Iranian Foreign Minister Mohammad Javad Zarif in Tehran.\n\n"
            "HAMAS-EGYPT | Tuesday 9 March\nA Hamas delegation led by Khalil al-Hayya held talks with Egyptian "
            "intelligence chief Abbas Kamel in Cairo.\n\n"
            "COMING UP\nThe envoy is expected to travel to Oman next week.\n")
    found = extract_document(text).mentions
    assert _by_person(found, "Mohammad Javad Zarif") == ["2021-03-07"]
    assert _by_person(found, "Khalil al-Hayya") == ["2021-03-09"]
