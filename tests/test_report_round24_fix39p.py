"""fix39p: sides and people the old rules got wrong on pages of visits between governments and of talks
between a government and an armed movement.

Each page is written for this file: a visiting prime minister (by knowledge) whom a host's president
meets after talks in the host's capital, a letter's sender named in the meeting sentence, and a
movement known by its acronym and its adjective."""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.extract import extract_document


def _sides(page: str) -> list[tuple[str | None, list[tuple[str, str]]]]:
    result = extract_document(page, saved_on=date(2025, 6, 3))
    return [(m.location, [(p.actor.name, p.role) for p in m.participants]) for m in result.mentions]


def test_the_host_president_meeting_the_visitor_keeps_the_capital_and_the_visiting_delegation() -> None:
    # the visitor's knowledge title is "Prime Minister": a head of another state, but the host's own
    # president is at the meeting, so the capital of the talks before still holds
    page = ("ANKARA, March 3, 2025 - Turkish Foreign Minister Hakan Fidan hosted Sheikh Mohammed bin Abdulrahman "
            "Al Thani for talks in Ankara on Tuesday.\n\nThe two ministers discussed the situation in Syria.\n\n"
            "Turkish President Recep Tayyip Erdogan also met with the Qatari foreign minister.\n")
    sides = _sides(page)
    assert len(sides) == 2
    location, people = sides[1]
    assert location == "Ankara"
    assert ("Qatar", "delegation") in people and ("Recep Tayyip Erdogan", "host") in people


def test_a_letters_sender_is_not_at_the_meeting() -> None:
    page = ("CAIRO, May 4, 2025 - A Hamas delegation led by Khalil al-Hayya met Egyptian intelligence chief Hassan "
            "Rashad in Cairo on Sunday and handed him a letter from the group's political bureau chief, Ismail "
            "Haniyeh, officials said.\n")
    (_, people), = _sides(page)
    names = [n for n, _ in people]
    assert "Khalil al-Hayya" in names and "Hassan Rashad" in names
    assert "Ismail Haniyeh" not in names


def test_a_letter_to_the_host_keeps_the_host() -> None:
    # "a letter to X from Y": X, the addressee, is the one met
    page = ("CAIRO, May 4, 2025 - A Hamas delegation led by Khalil al-Hayya met in Cairo on Sunday with Hassan "
            "Rashad and handed a letter to Hassan Rashad from the movement's leadership.\n")
    (_, people), = _sides(page)
    assert "Hassan Rashad" in [n for n, _ in people]


def test_the_tplf_is_a_movement_and_a_side() -> None:
    page = ("ADDIS ABABA, June 2, 2025 - Envoys of the Ethiopian government and the TPLF met in Nairobi on Monday "
            "for a new round of talks, the African Union said.\n")
    (_, people), = _sides(page)
    assert ("Tigray People's Liberation Front", "delegation") in people
    assert ("Ethiopia", "delegation") in people


def test_a_seats_statement_is_no_side() -> None:
    # Pakistan's ministry is "the Foreign Office" too: a statement it issued names no British side
    page = ("ISLAMABAD, April 7, 2025 - Afghanistan's acting foreign minister Amir Khan Muttaqi held talks with Deputy "
            "Prime Minister Ishaq Dar in Islamabad on Monday. The members of his delegation were named in a Foreign "
            "Office statement.\n")
    for _, people in _sides(page):
        assert "United Kingdom" not in [n for n, _ in people]


def test_the_visitor_of_his_visit_is_a_delegation_when_no_country_is_named() -> None:
    page = ("May 6, 2025 - Egyptian intelligence chief Hassan Rashad also met Palestinian President Mahmoud Abbas "
            "and Hamas leader Khalil al-Hayya on Monday during his visit, officials said.\n")
    (_, people), = _sides(page)
    assert ("Egypt", "delegation") in people and ("Hassan Rashad", "delegation_member") in people


def test_the_town_of_an_invited_visit_is_not_the_meetings() -> None:
    page = ("May 6, 2025 - In a meeting on Monday, Egyptian intelligence chief Hassan Rashad invited Israeli Prime "
            "Minister Benjamin Netanyahu for an official visit to Cairo in the coming weeks.\n")
    sides = _sides(page)
    assert sides
    for location, people in sides:
        assert location != "Cairo"
        assert ("Israel", "delegation") not in people


def test_a_visit_it_coincided_with_is_another_event() -> None:
    page = ("MOSCOW, March 10, 2025 - Russian Foreign Minister Sergey Lavrov met a Hamas delegation led by Mousa Abu "
            "Marzouk in Moscow on Monday. The Hamas visit coincided with a two-day trip to Moscow by Iranian Foreign "
            "Minister Abbas Araghchi.\n")
    names = [n for _, people in _sides(page) for n, _ in people]
    assert "Mousa Abu Marzouk" in names and "Sergey Lavrov" in names
    assert "Abbas Araghchi" not in names
