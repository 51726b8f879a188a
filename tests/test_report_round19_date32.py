"""Round 19 (date32): 'the meeting on Sunday night' dates the meeting the lede told without a day.

Sentences written for this file in the shapes news pages use, never a report's or a test set's
words. A lede in the present perfect ("has received a delegation") gives no day; the next
sentence's "during the meeting on Sunday night" (the meeting named with its day right after it,
nobody named) is that meeting, so the meeting is on Sunday, not on the publication day, and
"Earlier in the day" told next counts from that Sunday too."""
from __future__ import annotations

from timeline_app.ingest.extract import extract_document

HEAD = "Minister receives envoy\n\nTuesday 9 March 2021\n\n"
LEDE = "Jordan's foreign minister Ayman Safadi has received a delegation from Kuwait in Amman.\n\n"

def _dates(page: str) -> list[str | None]:
    return [m.date for m in extract_document(page).mentions]

def test_the_meeting_named_with_its_day_dates_the_lede_meeting() -> None:
    page = HEAD + LEDE + "The two sides reviewed the refugee file during the meeting on Sunday night, state television said.\n"
    assert _dates(page) == ["2021-03-07"]

def test_a_late_on_day_after_the_meeting_dates_it_too() -> None:
    page = HEAD + LEDE + "Trade and water were discussed at the meeting late on Monday, the ministry said.\n"
    assert _dates(page) == ["2021-03-08"]

def test_earlier_in_the_day_counts_from_the_meeting_day_not_the_publication() -> None:
    page = (HEAD + LEDE + "The two sides reviewed the refugee file during the meeting on Sunday night, state television said.\n\n"
            "Earlier in the day, Prime Minister Bisher al-Khasawneh received the members of the Kuwaiti delegation.\n")
    assert _dates(page) == ["2021-03-07", "2021-03-07"]

def test_a_meeting_named_without_its_day_leaves_the_publication_day() -> None:
    page = HEAD + LEDE + "The two sides reviewed the refugee file during the meeting, state television said.\n"
    assert _dates(page) == ["2021-03-09"]

def test_a_dated_lede_keeps_its_own_day() -> None:
    lede = "Jordan's foreign minister Ayman Safadi received a delegation from Kuwait in Amman on Saturday.\n\n"
    page = HEAD + lede + "The two sides reviewed the refugee file during the meeting on Sunday night, state television said.\n"
    assert _dates(page)[0] == "2021-03-06"
