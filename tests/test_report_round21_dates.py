"""Round 21 (dates21): date classes of unseen reports.

Sentences written for this file in the shapes news pages use, never a report's or a test set's
words. Each test asserts what a user relies on: the day an event is put on (or that a trap makes
no event)."""
from __future__ import annotations

from timeline_app.ingest.extract import extract_document


def _dates(page: str) -> list[str | None]:
    return [m.date for m in extract_document(page).mentions]


# 1. A line that is only a day heads the entries under it (live blog, diary, chronology) until the next one.
BLOG = ("Live: the week in Gulf diplomacy\n\nUpdated 9 November 2025\n\n"
        "Thu 6 Nov\n\nOmani Foreign Minister Badr Albusaidi met Iranian Foreign Minister Abbas Araghchi in Muscat.\n\n"
        "Both sides praised the talks, the ministry said.\n\n"
        "Sat 8 Nov\n\nKuwaiti Foreign Minister Abdullah Al-Yahya received Egyptian Foreign Minister Badr Abdelatty in Kuwait City.\n")


def test_a_blog_day_heading_dates_its_entries() -> None:
    assert _dates(BLOG) == ["2025-11-06", "2025-11-08"]


def test_a_diary_heading_with_a_colon_and_a_comma_form() -> None:
    page = ("Minister's week\n\n14 November 2025\n\nMonday 10 November:\n\n"
            "Foreign Minister Ayman Safadi received Turkish Foreign Minister Hakan Fidan in Amman.\n\n"
            "Wednesday, November 12\n"
            "Safadi held talks with Egyptian Foreign Minister Badr Abdelatty in Cairo.\n")
    assert _dates(page) == ["2025-11-10", "2025-11-12"]


def test_the_dateline_line_above_the_lede_is_no_heading() -> None:
    page = ("Minister receives envoy\n\nTuesday 11 November 2025\n\n"
            "Jordan's foreign minister Ayman Safadi received Turkish Foreign Minister Hakan Fidan in Amman on Sunday.\n")
    assert _dates(page) == ["2025-11-09"]


def test_a_report_with_its_own_day_under_a_heading_keeps_it() -> None:
    page = ("Chronology\n\n20 November 2025\n\nMon 17 Nov\n\n"
            "Omani Foreign Minister Badr Albusaidi, who had met Iranian Foreign Minister Abbas Araghchi in Tehran on 12 November, "
            "received Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani in Muscat.\n")
    assert _dates(page)[-1] == "2025-11-17"
