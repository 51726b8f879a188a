"""Round 14 (missy): report shapes behind blind24/blind25's missed days, on sentences written for these tests."""
from __future__ import annotations

from timeline_app.ingest.extract import extract_document


def _dated(text: str) -> list[tuple[str | None, set[str]]]:
    doc = extract_document(text)
    return [(str(m.date) if m.date else None, {p.actor.name for p in m.participants}) for m in doc.mentions]


def test_dateline_with_the_year_in_brackets_anchors_weekdays() -> None:
    # "CAIRO, March 4 (2021) --" on its own line: 4 March 2021 is a Thursday, so "on Tuesday" is 2 March
    text = ("Egypt's foreign minister receives Qatari envoy\n\nWire copy\nCAIRO, March 4 (2021) --\n\n"
            "Egyptian Foreign Minister Sameh Shoukry held talks in Cairo on Tuesday with Qatari Foreign Minister "
            "Mohammed bin Abdulrahman Al Thani on the situation in Libya.\n")
    assert ("2021-03-02", ) == tuple(d for d, _ in _dated(text) if d and d.startswith("2021-03-02"))


def test_dateline_closed_by_a_full_stop_after_the_year_anchors_weekdays() -> None:
    # "DOHA, March 4, 2021. Text": the dateline as a sentence of its own (a Thursday: "on Monday" is 1 March)
    text = ("Qatar hosts Afghan talks\n\n"
            "DOHA, March 4, 2021. Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani met a Taliban delegation "
            "led by Abdul Ghani Baradar in Doha on Monday, the ministry said.\n")
    assert "2021-03-01" in {d for d, _ in _dated(text)}
