"""Round 24 (fixb38): blind38 recall and trap classes, on sentences written for this file in the shapes
news pages use, never a report's words.

1. "flew in from X, where he had met President Y in Z on Friday": a stop before the trip in the news
   that names its counterpart and its day is a meeting of its own ("where he had attended a summit"
   stays background).
2. "Y oversaw the signing" (supervised, witnessed): the host official is a participant of the signing told;
   "The two delegations had begun their talks on Tuesday" right after takes the sides' own people, not him.
"""
from __future__ import annotations

from timeline_app.ingest.extract import extract_document


def _events(page: str) -> list[tuple[str, str | None, list[str]]]:
    return [(m.type, m.date, [p.actor.name for p in m.participants if p.actor.kind == "person"])
            for m in extract_document(page).mentions]


# --- 1. the stop before the trip, told with a counterpart and a day ---

def _stop_page(stop: str) -> str:
    return ("Envoy in Doha\n\nMonday 9 October 2023\n\n"
            "US envoy Amos Hochstein held talks with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani "
            "in Doha on Sunday, the ministry said.\n\n"
            f"Hochstein flew to Doha from Lebanon, {stop}, his office said.\n")


def test_a_stop_before_with_its_counterpart_and_day_is_a_meeting_of_its_own() -> None:
    events = _events(_stop_page("where he had met Speaker Nabih Berri in Beirut on Friday"))
    assert any(d == "2023-10-06" and "Nabih Berri" in people for _t, d, people in events)
    assert not any(d == "2023-10-08" and "Nabih Berri" in people for _t, d, people in events)


def test_a_stop_before_at_a_gathering_stays_background() -> None:
    events = _events(_stop_page("where he had attended a conference of donors earlier in the week"))
    assert [d for _t, d, _p in events] == ["2023-10-08"]


# --- 2. the host who oversaw a signing, and the two delegations' earlier talks ---

_SIGNING = ("Factions sign declaration in Algiers\n\nMaghreb Wire -- 15/10/2022\n\n"
            "ALGIERS -- Fatah and Hamas signed a unity declaration in Algiers on Thursday.\n\n"
            "The text was signed by Jibril Rajoub for Fatah and Khalil al-Hayya for Hamas. "
            "Algerian Foreign Minister Ramtane Lamamra oversaw the signing.\n\n"
            "The two delegations had begun their talks under Algerian auspices on Tuesday.\n")


def test_the_official_who_oversaw_the_signing_took_part_in_it() -> None:
    events = _events(_SIGNING)
    assert any(d == "2022-10-13" and "Ramtane Lamamra" in people for _t, d, people in events), events


def test_the_two_delegations_talks_are_the_sides_people_not_the_host_who_oversaw() -> None:
    events = _events(_SIGNING)
    talks = [people for _t, d, people in events if d == "2022-10-11"]
    assert talks and all("Ramtane Lamamra" not in people for people in talks), events
