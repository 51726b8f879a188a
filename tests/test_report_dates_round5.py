"""Round 5 of report dating: datelines and weekdays that the reader of a news page resolves at a glance."""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.pubdate import publication_date
from timeline_app.ingest.segment import segment


def _pubdate(text: str) -> date | None:
    blocks = segment(text)
    assert blocks
    return publication_date(blocks[0], text).day


def test_place_and_date_above_headline_with_agency_dates_the_article() -> None:
    text = ("Cairo, 14 March 2023 (AFP)\n\n"
            "Jordan and Egypt agree to widen trade talks at ministerial meeting\n\n"
            "The foreign ministers of Jordan and Egypt met in Cairo on Tuesday and agreed to widen "
            "their trade talks, their ministries said.\n\n"
            "A further round is planned for the summer, officials said.\n")
    assert _pubdate(text) == date(2023, 3, 14)


def test_a_caption_describing_a_scene_is_not_the_dateline() -> None:
    text = ("Ministers shake hands before the talks in Cairo, 14 March 2023 (AFP)\n\n"
            "Jordan and Egypt agree to widen trade talks at ministerial meeting\n\n"
            "The foreign ministers of Jordan and Egypt met in Cairo and agreed to widen "
            "their trade talks, their ministries said.\n\n"
            "A further round is planned for the summer, officials said.\n")
    assert _pubdate(text) is None


# ---------------------------------------------------------------- the day it was said is not the day it happened

from tests.test_report_shapes import events, page, people  # noqa: E402


def _dates_with(found, name: str) -> list[str | None]:
    return [m.date for m in found if name in people(m)]


def test_said_on_one_weekday_that_they_met_on_another_takes_the_meeting_day() -> None:
    found = events(page("The Egyptian foreign ministry said in a statement on Wednesday that Foreign Minister Sameh "
                        "Shoukry met Ayman Safadi, Deputy Prime Minister and Foreign Minister of the Hashemite "
                        "Kingdom of Jordan, on Monday in Cairo."))
    assert _dates_with(found, "Ayman Safadi") == ["2021-03-08"]


def test_said_on_a_weekday_that_they_met_with_no_other_day_stays_dated() -> None:
    found = events(page("The Egyptian foreign ministry said in a statement on Tuesday that Foreign Minister Sameh "
                        "Shoukry, who chairs the committee, met Jordanian Foreign Minister Ayman Safadi in Cairo."))
    assert None not in _dates_with(found, "Ayman Safadi") and _dates_with(found, "Ayman Safadi")


# ---------------------------------------------------------------- "The meeting took place on ..." a few lines on

def test_the_meeting_took_place_on_a_weekday_dates_the_undated_talks_past_a_heading() -> None:
    found = events(page("A Jordanian delegation led by Foreign Minister Ayman Safadi held talks with Syrian "
                        "President Bashar al-Assad in Damascus, officials said. Here is what is known.\n\n"
                        "THE TALKS\n\n"
                        "- The meeting took place on Monday at the presidential palace. Safadi handed over a letter."))
    assert _dates_with(found, "Bashar al-Assad") == ["2021-03-08"]


def test_a_meeting_that_took_place_on_a_weekday_never_redates_a_dated_report() -> None:
    found = events(page("Foreign Minister Ayman Safadi met Syrian President Bashar al-Assad in Damascus on Tuesday. "
                        "Here is what is known.\n\nTHE TALKS\n\n"
                        "- The meeting took place on Monday at the presidential palace."))
    assert "2021-03-09" in _dates_with(found, "Bashar al-Assad")


# ---------------------------------------------------------------- "had earlier": earlier on the day just told

def test_had_earlier_held_talks_takes_the_day_of_the_report_it_follows() -> None:
    found = events(page("Egyptian Foreign Minister Sameh Shoukry met King Abdullah II in Amman on Monday, the royal "
                        "court said. The two discussed the situation in the region.\n\n"
                        "Shoukry had earlier held talks with his Jordanian counterpart Ayman Safadi at the foreign ministry."))
    assert _dates_with(found, "Ayman Safadi") == ["2021-03-08"]
