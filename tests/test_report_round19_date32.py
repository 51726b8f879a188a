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


# A one-sentence lede that tells the occasion and its weekday but is no meeting report itself
# ("The three ministers agreed on Friday to ..."): the first report, opening the next paragraph
# without a day of its own, is that occasion, so it is on the lede's day, not the publication day.
HEAD_SUN = "Ministers agree on water deal\n\nSunday 14 March 2021\n\n"
AGREED = "AMMAN: The foreign ministers of Jordan, Egypt and Iraq agreed on Friday to link their power grids.\n\n"
HOSTED = "Jordanian Foreign Minister Ayman Safadi hosted Egyptian Foreign Minister Sameh Shoukry and Iraqi Foreign Minister Fuad Hussein in Amman.\n"


def test_the_first_report_after_a_dated_lede_without_a_report_takes_the_lede_day() -> None:
    assert _dates(HEAD_SUN + AGREED + HOSTED)[0] == "2021-03-12"


def test_without_a_day_in_the_lede_the_report_keeps_the_publication_day() -> None:
    lede = "AMMAN: The foreign ministers of Jordan, Egypt and Iraq agreed to link their power grids.\n\n"
    assert _dates(HEAD_SUN + lede + HOSTED)[0] == "2021-03-14"


def test_a_report_further_down_does_not_take_the_lede_day() -> None:
    middle = "The plan needs funding from the World Bank, officials said.\n\n"
    assert _dates(HEAD_SUN + AGREED + middle + HOSTED)[0] == "2021-03-14"
