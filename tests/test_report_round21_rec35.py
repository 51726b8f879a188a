"""Round 21 (rec35): recall, extras and traps behind blind35's first-run misses.

Sentences written for this file in the shapes news uses, never a test set's words."""
from __future__ import annotations

import pytest

from timeline_app.ingest.extract import extract_document

HEAD = "Diplomacy in the region\n\nDOHA, 12 March 2024\n\n"


def _events(body: str) -> list[tuple[str, str | None, dict[str, str | None]]]:
    doc = extract_document(HEAD + body + "\n")
    return [(m.type, m.date, {p.actor.name: getattr(p, "role", None) for p in m.participants}) for m in doc.mentions]


@pytest.mark.parametrize(("body", "side"), [
    ("Envoys of the Sudanese government and the JEM rebels met face to face in Juba on Monday.", "Justice and Equality Movement"),
    ("Turkish President Recep Tayyip Erdogan received an HDP delegation in Istanbul on Monday.", "HDP"),
    ("Envoys of Myanmar's junta and the Karen National Union held talks in the Thai city of Chiang Mai on Monday.", "Karen National Union"),
    ("Envoys of Myanmar's junta and the Kachin Independence Army held talks in Kunming on Monday.", "Kachin Independence Army"),
    ("Envoys of Sudan's army and the SPLM-N held talks in Juba on Monday.", "SPLM-N"),
])
def test_armed_movements_and_parties_are_known_sides(body: str, side: str) -> None:
    events = _events(body)
    assert len(events) == 1
    assert events[0][1] == "2024-03-11"
    assert side in events[0][2]


@pytest.mark.parametrize("body", [
    "Jordanian Foreign Minister Ayman Safadi arrived in Muscat on Sunday evening and is also expected to be received by Sultan Haitham bin Tariq before leaving.",
    "Jordanian Foreign Minister Ayman Safadi arrived in Muscat on Sunday evening and will be received by Sultan Haitham bin Tariq on Wednesday.",
    "Jordanian Foreign Minister Ayman Safadi arrived in Muscat on Sunday evening and is scheduled to be received by Sultan Haitham bin Tariq.",
])
def test_a_plan_coordinated_after_an_arrival_adds_no_host(body: str) -> None:
    events = _events(body)
    assert len(events) == 1
    etype, day, people = events[0]
    assert day == "2024-03-10" and "Ayman Safadi" in people
    assert "Haitham bin Tariq" not in people


@pytest.mark.parametrize("body", [
    "Omani Foreign Minister Badr Albusaidi received the UN envoy Hans Grundberg in Muscat on Monday. Earlier in the day, the Special Envoy met the Prime Minister, Salem bin Ali Harthy, at the seat of government.",
    "Omani Foreign Minister Badr Albusaidi received the UN envoy Hans Grundberg in Muscat on Monday. Later, the Personal Envoy met Prime Minister Salem bin Ali Harthy at his office.",
])
def test_a_fuller_title_than_the_one_told_still_names_the_envoy(body: str) -> None:
    events = _events(body)
    assert len(events) == 2
    assert {"Hans Grundberg", "Salem bin Ali Harthy"} <= set(events[1][2])
    assert events[1][1] == "2024-03-11"


@pytest.mark.parametrize("body", [
    "The delegation of the Sudanese government and that of the RSF held a direct session on Monday in Jeddah under Saudi facilitation.",
    "Ethiopian and Eritrean negotiators held a second negotiating session in Nairobi on Monday.",
])
def test_a_direct_or_negotiating_session_between_sides_is_talks(body: str) -> None:
    events = _events(body)
    assert len(events) == 1 and events[0][0] == "talks" and events[0][1] == "2024-03-11"
    assert len(events[0][2]) >= 2


def test_a_council_session_is_no_talks() -> None:
    assert _events("The Security Council held a closed session on Yemen on Monday.") == []


@pytest.mark.parametrize("body", [
    "Omani Minister of State Ahmed Al-Harthy met yesterday in Kabul with the Foreign Minister of the interim government of Afghanistan, HE Mawlawi Amir Khan Muttaqi.",
    "Omani Minister of State Ahmed Al-Harthy met on Monday with the Foreign Minister of the government of Afghanistan, Amir Khan Muttaqi.",
])
def test_a_minister_of_a_government_named_after_a_comma_takes_part(body: str) -> None:
    events = _events(body)
    assert len(events) == 1 and events[0][1] == "2024-03-11"
    assert {"Ahmed Al-Harthy", "Amir Khan Muttaqi"} <= set(events[0][2])


def test_the_man_a_government_is_named_after_stays_a_topic() -> None:
    events = _events("Omani Minister of State Ahmed Al-Harthy met Afghan elders in Kabul on Monday to discuss the legacy of the government of Ashraf Ghani.")
    assert all("Ashraf Ghani" not in people for _, _, people in events)


@pytest.mark.parametrize("body", [
    "Saudi Foreign Minister Faisal bin Farhan and Iranian Foreign Minister Hossein Amir-Abdollahian met in Beijing on Thursday. Both ministers later called on Chinese Premier Li Qiang.",
    "Saudi Foreign Minister Faisal bin Farhan and Iranian Foreign Minister Hossein Amir-Abdollahian met in Beijing on Thursday. That evening both ministers were received by Chinese Premier Li Qiang.",
])
def test_both_ministers_are_the_two_just_told(body: str) -> None:
    events = _events(body)
    assert len(events) == 2
    assert {"Faisal bin Farhan", "Hossein Amir-Abdollahian", "Li Qiang"} <= set(events[1][2])
    assert events[1][1] == "2024-03-07"


@pytest.mark.parametrize(("body", "side"), [
    ("Sudanese army envoys and the RSF held talks in Jeddah on Wednesday. On Thursday, Saudi Deputy Foreign Minister Waleed Elkhereiji received the group's delegation.", "Rapid Support Forces"),
    ("Israeli and Hamas negotiators held indirect talks in Cairo on Wednesday. On Thursday, Egyptian intelligence chief Hassan Rashad received the movement's delegation separately.", "Hamas"),
])
def test_the_bodys_delegation_is_the_movement_just_told(body: str, side: str) -> None:
    events = _events(body)
    assert len(events) == 2 and events[1][1] == "2024-03-07"
    assert side in events[1][2]


def test_the_fronts_delegation_is_the_front_named_paragraphs_before() -> None:
    events = _events("Envoys of the Sudanese army and the Sudan Revolutionary Front held talks in Juba on Wednesday.\n\n"
                     "Sudan's army is fighting on several fronts. The SRF groups several armed movements of Darfur. Mediators said progress was slow.\n\n"
                     "On Thursday, South Sudanese President Salva Kiir received the front's delegation separately.")
    assert len(events) == 2 and events[1][1] == "2024-03-07"
    assert {"Sudan Revolutionary Front", "Salva Kiir"} <= set(events[1][2])


def test_numbered_day_headings_of_a_live_blog_date_their_entries() -> None:
    events = _events("DAY 2 - MONDAY\n"
                     "14:00 Egyptian mediators said Israeli and Hamas negotiators held indirect talks in Cairo this afternoon.\n"
                     "10:00 A Hamas spokesman said the delegation would stay as long as needed.\n\n"
                     "Day 1: Sunday\n"
                     "20:00 Delegations from Israel and Hamas began indirect talks in Cairo this evening under Egyptian mediation.")
    days = sorted(day for _, day, _ in events)
    assert days == ["2024-03-10", "2024-03-11"]


def test_a_spaced_al_surname_is_the_known_minister() -> None:
    events = _events("Jordanian Foreign Minister Ayman Safadi held talks with Badr Al Busaidi in Muscat on Monday.")
    assert len(events) == 1 and "Badr Albusaidi" in events[0][2]


def test_a_movements_supporters_at_the_airport_are_no_side() -> None:
    events = _events("Iranian Foreign Minister Abbas Araghchi landed at Beirut airport on Monday, where Hezbollah supporters gathered on the airport road.")
    assert len(events) == 1 and "Hezbollah" not in events[0][2]
    assert "Abbas Araghchi" in events[0][2]
