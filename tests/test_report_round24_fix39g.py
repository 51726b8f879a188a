"""Round 24 (fix39g): meetings folded into another event told in the same story.

Sentences written for this file in the shapes news pages use, never a report's or a test set's
words. Each test asserts what a user relies on: a second meeting of the trip (another counterpart,
another hour, an earlier stop) is an event of its own, with the people who met there."""
from __future__ import annotations

from timeline_app.ingest.extract import extract_document


def _events(page: str) -> list[tuple[str | None, frozenset[str]]]:
    """(day, names of the people) of each event the page tells."""
    return [(m.date, frozenset(p.actor.name for p in m.participants if p.actor.kind == "person"))
            for m in extract_document(page).mentions]


def _with(events: list[tuple[str | None, frozenset[str]]], *names: str) -> list[tuple[str | None, frozenset[str]]]:
    return [e for e in events if set(names) <= e[1]]


# 1. "X received both ministers": the host's own audience with the two people of the talks just told.
def test_a_host_receiving_both_ministers_is_its_own_meeting() -> None:
    page = ("BAKU, 9 March 2024 (Wire) - The foreign ministers of Egypt and Ethiopia, Sameh Shoukry and Demeke Mekonnen, "
            "ended two days of talks on the dam in Baku on Saturday.\n\n"
            "The talks opened on Friday and were hosted by Azerbaijan's Foreign Minister Jeyhun Bayramov. "
            "President Ilham Aliyev received both ministers on Friday evening, his office said.\n")
    events = _events(page)
    audience = _with(events, "Ilham Aliyev")
    assert len(audience) == 1
    assert {"Sameh Shoukry", "Demeke Mekonnen"} <= audience[0][1]
    assert _with(events, "Sameh Shoukry", "Demeke Mekonnen")  # the talks stay


# 2. "A met B on Saturday before the two joined C for the round": two events, both A and B at the second.
def test_before_the_two_joined_a_third_is_a_second_event_with_both() -> None:
    page = ("TEHRAN, 4 June 2023 (Wire) - Iraqi Foreign Minister Fuad Hussein held talks with Iranian Foreign Minister "
            "Hossein Amir-Abdollahian in Tehran on Sunday before the two joined Syrian Foreign Minister Faisal Mekdad "
            "for the second round of their three-way consultations.\n")
    events = _events(page)
    three = _with(events, "Faisal Mekdad")
    assert len(three) == 1 and {"Fuad Hussein", "Hossein Amir-Abdollahian"} <= three[0][1]
    assert any(e[1] == {"Fuad Hussein", "Hossein Amir-Abdollahian"} for e in events)


# 3. "Earlier in the day, A's representatives and B's officials held a meeting": another meeting that day.
def test_earlier_in_the_day_a_meeting_of_sides_is_not_the_leaders_audience() -> None:
    page = ("A Hamas delegation headed by Khalil al-Hayya called on Egyptian President Abdel Fattah al-Sisi "
            "in Cairo on Tuesday.\n\n"
            "Earlier in the day, Hamas representatives and Egyptian officials held a meeting at the intelligence "
            "headquarters.\n\n"
            "Intelligence chief Hassan Rashad received the Hamas delegation when it arrived there.\n")
    events = _events(page)
    assert len([e for e in events if e[1] - {"Khalil al-Hayya"}]) >= 2
    assert not _with(events, "Abdel Fattah al-Sisi", "Hassan Rashad")


# 4. "Before X he was in Y, where he met Z on Thursday": an earlier stop with its own counterpart and day.
def test_an_earlier_stop_where_he_met_someone_is_a_meeting() -> None:
    page = ("DOHA, 16 November 2025 (Wire) - Turkish Foreign Minister Hakan Fidan met Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani "
            "in Doha on Saturday, the last leg of a Gulf tour.\n\n"
            "Before Doha he was in Muscat, where he met Omani Foreign Minister Badr Albusaidi on Thursday.\n")
    events = _events(page)
    stop = _with(events, "Badr Albusaidi")
    assert len(stop) == 1 and "Hakan Fidan" in stop[0][1]
    assert stop[0][0] is not None and stop[0][0] != _with(events, "Mohammed bin Abdulrahman Al Thani")[0][0]
