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
    assert {"Mohammed Abdulsalam", "Abbas Araghchi"} <= people(tuesday)


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
    assert "Mohammed Abdulsalam" in people(later) and "Abbas Araghchi" not in people(later)


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


def test_who_took_part_in_the_talks_just_told_are_its_attendees() -> None:
    found = events(page("Vladimir Putin held a meeting with Masoud Pezeshkian in Kazan on Wednesday. "
                        "Taking part in the talks on the Russian side were Foreign Minister Sergey Lavrov and "
                        "presidential aide Yuri Ushakov."))
    assert len(found) == 1
    assert {"Vladimir Putin", "Masoud Pezeshkian", "Sergey Lavrov", "Yuri Ushakov"} <= people(found[0])


def test_the_sender_of_a_message_is_not_a_participant() -> None:
    found = events(page("Ali Larijani met Bashar al-Assad in Damascus on Tuesday and delivered a message from "
                        "Ayatollah Ali Khamenei."))
    assert found and all("Ali Khamenei" not in people(m) for m in found)


def test_then_after_a_two_sided_meeting_is_another_meeting_but_not_after_a_bare_arrival() -> None:
    two = events(page("Abbas Araghchi arrived in Beirut on Friday and met Nabih Berri. "
                      "He then held talks with Najib Mikati."))
    assert {"Abbas Araghchi", "Najib Mikati"} in [people(m) for m in two]
    one = events(page("Hassan Rashad arrived in Doha on Tuesday and joined the talks. "
                      "He then met a Hamas team led by Khalil al-Hayya."))
    assert len(one) == 1 and {"Hassan Rashad", "Khalil al-Hayya"} <= people(one[0])


def test_the_speaker_after_a_fronted_meeting_with_the_visitors_is_the_other_side() -> None:
    found = events(page("In a meeting with the Hamas visitors in Tehran on Sunday, Foreign Minister Mohammad Javad "
                        "Zarifunderlined Iran's support for the Palestinian cause."))
    assert len(found) == 1 and "Mohammad Javad Zarif" in people(found[0])


def test_those_who_sent_envoys_were_not_there() -> None:
    names = participants("The accord was signed on Thursday by envoys of army chief Abdel Fattah al-Burhan and his "
                         "rival, Rapid Support Forces (RSF) commander Mohamed Hamdan Dagalo, in Jeddah.")
    assert "Abdel Fattah al-Burhan" not in names and "Mohamed Hamdan Dagalo" not in names


def test_offices_that_name_their_side_and_a_plural_possessor() -> None:
    found = events(page("The new U.N. envoy for Yemen met the Houthi rebels' chief negotiator in Muscat on Monday.",
                        dateline="Tuesday 12 October 2021"))
    assert len(found) == 1 and {"Hans Grundberg", "Mohammed Abdulsalam"} <= people(found[0])


def test_the_possessor_of_a_predecessor_or_deputy_is_not_a_participant() -> None:
    names = participants("Hans Grundberg's predecessor, Martin Griffiths, last met Mohammed Abdul Salam in June.")
    assert "Hans Grundberg" not in names and {"Martin Griffiths", "Mohammed Abdulsalam"} <= set(names)


def test_also_met_after_a_relative_clause_is_another_meeting() -> None:
    found = events(page("Amir Khan Muttaqi held talks in Tehran on Sunday with Hossein Amir-Abdollahian. Muttaqi, who "
                        "arrived on Saturday at the head of a delegation, also met the president's envoy for "
                        "Afghanistan, Hassan Kazemi Qomi, on Sunday."))
    met = [people(m) for m in found]
    assert {"Amir Khan Muttaqi", "Hassan Kazemi Qomi"} in met
    assert {"Amir Khan Muttaqi", "Hossein Amir-Abdollahian"} in met


def test_a_hyphenated_surname_starting_with_a_title_word_is_one_name() -> None:
    assert participants("He was joined by the head of the president's office, Mohsen Haji-Mirzaei.") == ["Mohsen Haji-Mirzaei"]


def test_who_speaks_after_meeting_someone_met_him_and_that_meeting_is_the_one_told() -> None:
    found = events(page('"We support Lebanon," Abbas Araghchi said after meeting Nabih Berri in Beirut on Friday.'))
    assert [people(m) for m in found] == [{"Abbas Araghchi", "Nabih Berri"}]
    found = events(page("Abbas Araghchi met Nabih Berri in Beirut on Friday and later held talks with Najib Mikati. "
                        "Araghchi told reporters after meeting Berri that Iran backs Lebanon."))
    assert {"Abbas Araghchi", "Najib Mikati"} in [people(m) for m in found]


def test_a_name_chain_sharing_a_given_name_with_a_known_person_is_its_own_person() -> None:
    found = events(page("Saudi Defence Minister Prince Khalid bin Salman received a Houthi delegation in Riyadh on "
                        "Tuesday.\n\nThe visitors were accompanied by an Omani team led by Sayyid Khalid bin Hamad "
                        "Al Busaidi."))
    names = set().union(*(people(m) for m in found))
    assert "Khalid bin Hamad Al Busaidi" in names and "Hamad Al Busaidi" not in names


def test_a_delegation_that_also_attended_joins_the_articles_ceremony() -> None:
    found = events(page("An Iranian delegation led by Mohammad Bagher Ghalibaf took part on Sunday in the funeral of "
                        "the movement's former leader in Beirut.\n\n"
                        "Ghalibaf met Nabih Berri on Saturday evening.\n\n"
                        "An Iraqi delegation led by Deputy Speaker Mohsen al-Mandalawi also attended.",
                        dateline="Monday 24 February 2025"))
    funeral = next(m for m in found if m.date == "2025-02-23")
    assert {"Mohammad Bagher Ghalibaf", "Mohsen al-Mandalawi"} <= people(funeral)
