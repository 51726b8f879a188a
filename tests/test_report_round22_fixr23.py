"""Round 37 (fixr23): classes real23 missed, on sentences written for this file in the shapes news
pages use, never a report's words.

- 'M. Mohamed Yeslem Beissat' (French 'M.' for Monsieur, then a full name): the word after the
  initial is a given name, not the surname of a known 'M.'-initialled person ('Mahathir Mohamad')."""
from __future__ import annotations

from timeline_app.ingest.extract import extract_document

HEAD = "Leader receives delegation\n\nTuesday 9 March 2021\n\n"


def _people(page: str) -> list[list[str]]:
    return [[p.actor.name for p in m.participants if p.actor.kind == "person"] for m in extract_document(page).mentions]


def test_monsieur_initial_before_a_full_name_is_no_known_surname() -> None:
    page = (HEAD + "President Brahim Ghali received on Monday a delegation of Spanish lawmakers in Tindouf.\n\n"
            "The meeting was attended by the Minister of Foreign Affairs, M. Mohamed Yeslem Beissat, and other officials.\n")
    people = _people(page)[0]
    assert "Mahathir Mohamad" not in people
    assert "Mohamed Yeslem Beissat" in people


def test_an_initial_and_a_known_surname_alone_still_name_the_person() -> None:
    page = HEAD + "Malaysia's former premier M. Mohamad received a delegation from Japan in Putrajaya on Monday.\n"
    assert "Mahathir Mohamad" in _people(page)[0]


# Colombia's rebel movements (ELN, FARC) are sides of peace talks: a round of talks between the
# government and one of them is an event, dated by its own weekday, not by a background "last month".
def _events(page: str) -> list[tuple[str, str | None, list[str]]]:
    return [(m.type, m.date, [p.actor.name for p in m.participants]) for m in extract_document(page).mentions]


def test_talks_between_a_government_and_the_eln_are_an_event_dated_by_their_weekday() -> None:
    page = ("Talks resume\n\nFriday 12 March 2021\n\nIn Quito, the third round of peace talks between Colombia's government "
            "and the National Liberation Army guerrilla group (ELN) opened Wednesday.\n\n"
            "Venezuela had hosted earlier rounds of talks with the ELN until last month.\n")
    events = _events(page)
    assert events and events[0][1] == "2021-03-10"
    assert "ELN" in events[0][2]


def test_farc_by_its_spelled_out_name_is_a_side() -> None:
    page = ("Talks\n\nFriday 12 March 2021\n\nNegotiators of the Revolutionary Armed Forces of Colombia met "
            "government envoys in Oslo on Tuesday.\n")
    events = _events(page)
    assert events and events[0][1] == "2021-03-09" and "FARC" in events[0][2]


# "Sunday's meeting in X occurred a week after Y met Z": Y and Z met earlier; they are no side of
# Sunday's meeting (only of their own, earlier one).
def test_people_after_occurred_a_week_after_are_not_on_the_meeting() -> None:
    page = ("Envoys meet\n\nTuesday 9 March 2021\n\n"
            "Qatar's foreign minister Mohammed bin Abdulrahman Al Thani met a delegation from the Taliban in Doha on Sunday.\n\n"
            "Sunday's meeting in Doha occurred two weeks after Chinese Foreign Minister Wang Yi met with Pakistani officials, "
            "including Foreign Minister Shah Mahmood Qureshi.\n")
    ms = extract_document(page).mentions
    sunday = [m for m in ms if m.date == "2021-03-07"]
    assert sunday
    for m in sunday:
        names = {p.actor.name for p in m.participants}
        assert "Wang Yi" not in names and "Shah Mahmood Qureshi" not in names


# "X made his comments as A and B delegations met for talks with C in Y": X spoke while others met; X
# was not at the meeting. When the sides are told again a few sentences later with a day ("On Sunday,
# delegations from A and B held talks with C"), that is the same meeting, on that day.
SPOKE_AS = ("Mediators in Kabul\n\nWednesday 10 March 2021\n\n"
            "Zabihullah Mujahid made his remarks as Qatari and Saudi Arabian delegations met for talks with the Taliban in Kabul.\n\n"
            "\"The door to peace is open,\" said Mujahid.\n\n"
            "He listed prisoner releases and reconstruction as the priorities.\n\n"
            "On Monday, delegations from Saudi Arabia and Qatar held talks with leaders of the Taliban on a ceasefire.\n")


def test_the_speaker_of_comments_made_as_others_met_is_not_on_the_meeting() -> None:
    ms = extract_document(SPOKE_AS).mentions
    assert ms and all("Zabihullah Mujahid" not in {p.actor.name for p in m.participants} for m in ms)


def test_saudi_arabian_names_saudi_arabia_and_the_retold_meeting_takes_its_day() -> None:
    ms = extract_document(SPOKE_AS).mentions
    assert len(ms) == 1
    assert ms[0].date == "2021-03-08"
    assert {"Saudi Arabia", "Qatar", "Taliban"} <= {p.actor.name for p in ms[0].participants}


def test_two_sides_met_undated_then_again_on_a_day_stay_apart_when_a_third_is_missing() -> None:
    page = ("Talks\n\nWednesday 10 March 2021\n\n"
            "Qatari and Saudi delegations met the Taliban in Kabul, officials said.\n\n"
            "On Monday, delegations from Saudi Arabia and Pakistan held talks with the Taliban in Islamabad.\n")
    dates = sorted(m.date or "" for m in extract_document(page).mentions)
    assert "2021-03-08" in dates and len(dates) == 2


# Given names common in Kurdish and Arabic reports (Fouza, Fawza, Fouzia) start an unknown person's name.
def test_a_delegation_member_with_the_given_name_fouza_is_a_person() -> None:
    page = ("Delegation in Damascus\n\nThursday 10 July 2025\n\n"
            "A Kurdish delegation arrived in Damascus on Wednesday for a meeting with Syrian President Ahmed al-Sharaa.\n\n"
            "The delegation includes SDF Commander Mazloum Abdi and senior officials Fouza Hamo and Abdul Karim al-Dirani.\n")
    names = {p.actor.name for m in extract_document(page).mentions for p in m.participants}
    assert "Fouza Hamo" in names
