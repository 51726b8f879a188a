"""Who took part, as real reports name them (issue 9, officials): each rule on sentences written
for this test, never a test article's words."""
from __future__ import annotations

from timeline_app.ingest.entities import ArticleMemory, recognize
from tests.test_report_shapes import events, page, people


def participants(sentence: str) -> list[str]:
    """Named people of a sentence that may take part in what it reports (not modifiers)."""
    return [e.name for e in recognize(sentence, 0, ArticleMemory()) if e.kind == "person" and not e.modifier]


# ---------------------------------------------------------------- a movement's man named by his role

def test_the_movement_official_as_subject_is_the_movements_man_named_before() -> None:
    found = events(page("Mohammed Abdul Salam, the Houthi chief negotiator, met Ali Larijani in Tehran on Monday.\n\n"
                        "On Tuesday, the Houthi official held talks with Foreign Minister Abbas Araghchi."))
    tuesday = next(m for m in found if m.date == "2021-03-09")
    assert {"Mohammed Abdul Salam", "Abbas Araghchi"} <= people(tuesday)


def test_the_movement_leader_as_object_is_the_movements_man_named_before() -> None:
    found = events(page("Ismail Haniyeh arrived in Tehran on Monday with Khalil al-Hayya.\n\n"
                        "On Tuesday Ali Bagheri Kani met the Hamas leader at the foreign ministry."))
    tuesday = next(m for m in found if m.date == "2021-03-09")
    assert {"Ismail Haniyeh", "Ali Bagheri Kani"} <= people(tuesday)


def test_he_after_a_subject_named_by_role_is_that_subject() -> None:
    found = events(page("Mohammed Abdul Salam arrived in Tehran on Monday.\n\n"
                        "On Tuesday, the Houthi official met Foreign Minister Abbas Araghchi. "
                        "Later in the day he met Ali Akbar Ahmadian, the council's secretary."))
    later = next(m for m in found if "Ali Akbar Ahmadian" in people(m))
    assert "Mohammed Abdul Salam" in people(later) and "Abbas Araghchi" not in people(later)


# ---------------------------------------------------------------- names in lists and titles

def test_members_listed_with_titles_are_each_a_person_not_a_title_of_the_first() -> None:
    names = participants("The delegation included deputy chief Saleh al-Arouri, senior member Mousa Abu Marzouk, "
                         "Gaza leader Yahya Sinwar's deputy Khalil al-Hayya and Zaher Jabarin.")
    assert {"Saleh al-Arouri", "Mousa Abu Marzouk", "Khalil al-Hayya", "Zaher Jabarin"} <= set(names)
    assert "Yahya Sinwar" not in names  # he only qualifies the deputy's title


def test_a_person_inside_an_apposition_role_is_not_a_participant() -> None:
    names = participants("Mikhail Bogdanov, Russia's deputy foreign minister and President Vladimir Putin's envoy "
                         "for the Middle East, met the visitors.")
    assert names == ["Mikhail Bogdanov"]
    names = participants("Ali Larijani, senior adviser to Supreme Leader Ayatollah Ali Khamenei, met Nabih Berri.")
    assert "Ali Khamenei" not in names and {"Ali Larijani", "Nabih Berri"} <= set(names)


def test_the_possessor_of_a_title_is_not_a_participant() -> None:
    names = participants("US President Donald Trump's Middle East envoy Steve Witkoff met Abbas Araghchi.")
    assert "Donald Trump" not in names and {"Steve Witkoff", "Abbas Araghchi"} <= set(names)


# ---------------------------------------------------------------- people talked about, not present

def test_people_a_report_talks_about_are_not_participants() -> None:
    names = participants("Hakan Fidan held talks with Ahmed al-Sharaa in Damascus after the fall of President "
                         "Bashar al-Assad's government.")
    assert "Bashar al-Assad" not in names
    names = participants("The Biden administration welcomed the talks between Hakan Fidan and Ahmed al-Sharaa.")
    assert "Joe Biden" not in names


def test_the_deceased_of_a_funeral_is_not_a_participant() -> None:
    found = events(page("Abbas Araghchi met Naim Qassem in Beirut on Sunday, hours after attending the funeral "
                        "of the late leader of the movement, Hassan Nasrallah."))
    assert found and all("Hassan Nasrallah" not in people(m) for m in found)
    assert any({"Abbas Araghchi", "Naim Qassem"} <= people(m) for m in found)


# ---------------------------------------------------------------- members and attendees

def test_who_did_not_attend_in_a_relative_clause_is_only_that_person() -> None:
    found = events(page("Hakan Fidan met Khalil al-Hayya in Doha on Saturday.\n\n"
                        "Fidan did not meet Bassam Sabbagh, who did not attend the forum, diplomats said."))
    meeting = next(m for m in found if "Khalil al-Hayya" in people(m))
    assert "Hakan Fidan" in people(meeting)
    assert all("Bassam Sabbagh" not in people(m) for m in found)


def test_the_side_or_team_included_names_members() -> None:
    found = events(page("Recep Tayyip Erdogan received Ismail Haniyeh in Istanbul on Saturday. "
                        "The Hamas side included Khalil al-Hayya and Zaher Jabarin."))
    assert any({"Ismail Haniyeh", "Khalil al-Hayya", "Zaher Jabarin"} <= people(m) for m in found)


def test_attended_on_the_host_side_names_attendees() -> None:
    found = events(page("Recep Tayyip Erdogan received Ismail Haniyeh in Istanbul on Saturday. "
                        "Foreign Minister Hakan Fidan and intelligence chief Ibrahim Kalin attended on the Turkish side."))
    assert any({"Ismail Haniyeh", "Hakan Fidan", "Ibrahim Kalin"} <= people(m) for m in found)


def test_a_member_of_parliament_titled_mp_is_a_person() -> None:
    names = participants("The delegation included MPs Ibrahim al-Moussawi and Hassan Fadlallah.")
    assert {"Ibrahim al-Moussawi", "Hassan Fadlallah"} <= set(names)
    assert "Ibrahim al-Moussawi" in participants("He was accompanied by MP Ibrahim al-Moussawi.")


def test_a_longer_name_ending_in_a_known_surname_is_its_own_person() -> None:
    names = participants("The delegation included Ali Abu Shaheen, a member of the political bureau.")
    assert names == ["Ali Abu Shaheen"]  # not Suhail Shaheen


def test_a_full_name_with_fathers_names_is_the_known_person() -> None:
    names = participants("The visitors included a senior leader of Hamas, Khalil Ismail Ibrahim al-Hayya.")
    assert names == ["Khalil al-Hayya"]


def test_malaysian_honorifics_are_not_names() -> None:
    names = participants("Anwar Ibrahim was joined by Foreign Minister Datuk Seri Zambry Kadir.")
    assert "Seri" not in " ".join(names).split() and "Anwar Ibrahim" in names


def test_who_confirms_a_meeting_held_in_someones_presence_was_not_there() -> None:
    found = events(page("Abbas Araghchi met Steve Witkoff in Muscat on Saturday. "
                        "Foreign ministry spokesman Esmaeil Baghaei confirmed the two men talked in the presence "
                        "of the Omani minister."))
    assert found and all("Esmaeil Baghaei" not in people(m) for m in found)


def test_part_of_a_delegation_that_also_included_names_its_members() -> None:
    found = events(page("Syrian President Bashar al-Assad received Khalil al-Hayya in Damascus on Wednesday.\n\n"
                        "The Hamas official was part of a delegation that also included Ziad al-Nakhalah and Talal Naji."))
    assert any({"Ziad al-Nakhalah", "Talal Naji"} <= people(m) for m in found)

