"""Round 22 (offi36): who took part, on sentences written for this file (never a report's or a test
set's words) in the shapes news pages use."""
from __future__ import annotations

from tests.helpers.reports import events, people


def _with(found, name: str):
    return [m for m in found if name in people(m)]


# ---- 'the delegation' as the subject of a later day's meeting brings the head the article gave it
TRIP = ("A Houthi delegation headed by chief negotiator Mohammed Abdulsalam held talks on Monday with Omani "
        "Foreign Minister Badr Albusaidi in Muscat. The delegation, which also included Abdulmalik al-Ajri, "
        "discussed prisoner exchanges, a statement said. ")


def test_the_delegation_on_the_next_day_brings_its_head() -> None:
    found = events(TRIP + "On Tuesday the delegation met Iranian Foreign Minister Abbas Araghchi at a hotel in the Omani capital.")
    later = _with(found, "Abbas Araghchi")
    assert later and later[0].date == "2021-03-09", [(m.date, people(m)) for m in found]
    assert "Mohammed Abdul Salam" in people(later[0])


def test_the_named_delegation_on_the_day_before_brings_its_head() -> None:
    found = events("A Hamas team led by Khalil al-Hayya met Qatari Prime Minister Mohammed bin Abdulrahman Al Thani "
                   "in Doha on Tuesday. On Monday evening, the Hamas delegation had also held a separate meeting "
                   "with Turkish intelligence chief Ibrahim Kalin.")
    kalin = _with(found, "Ibrahim Kalin")
    assert kalin, [(m.date, people(m)) for m in found]
    assert "Khalil al-Hayya" in people(kalin[0])


def test_a_side_received_as_an_object_stays_as_told() -> None:
    found = events(TRIP + "On Tuesday Iranian Foreign Minister Abbas Araghchi received the delegation at a hotel in the Omani capital.")
    later = _with(found, "Abbas Araghchi")
    assert later, [(m.date, people(m)) for m in found]
    assert "Mohammed Abdul Salam" not in people(later[0])


def test_a_head_absent_that_day_does_not_come() -> None:
    found = events(TRIP + "On Tuesday the delegation met Iranian Foreign Minister Abbas Araghchi in Muscat. "
                   "Abdulsalam did not attend the Tuesday meeting.")
    later = _with(found, "Abbas Araghchi")
    assert later and "Mohammed Abdul Salam" not in people(later[0]), [(m.date, people(m)) for m in found]


def test_a_delegation_of_another_month_does_not_bring_the_head() -> None:
    found = events(TRIP + "On 20 January the delegation met Iranian Foreign Minister Abbas Araghchi in Tehran.")
    later = _with(found, "Abbas Araghchi")
    assert later and "Mohammed Abdul Salam" not in people(later[0]), [(m.date, people(m)) for m in found]
