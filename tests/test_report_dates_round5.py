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
