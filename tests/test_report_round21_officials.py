"""Round 21 (offi21): who took part, on sentences written for this file (never a report's or a test
set's words) in the shapes news pages use."""
from __future__ import annotations

from tests.helpers.reports import events, people


# ---- 'Sheikh Mohammed' alone after the man's longer name chain on the page
def test_an_honorific_and_given_name_stand_for_the_chain_named_before() -> None:
    body = ("Qatar's Minister of State Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani held talks with Afghan "
            "caretaker Prime Minister Mullah Mohammad Hassan Akhund in Kabul on Monday. On the same visit, "
            "Sheikh Mohammed also called on former Afghan President Hamid Karzai.")
    found = events(body)
    karzai = [m for m in found if "Hamid Karzai" in people(m)]
    assert karzai, [(m.date, people(m)) for m in found]
    assert "Mohammed" not in people(karzai[0])
    assert "Mohammed bin Abdulrahman Al Thani" in people(karzai[0])


# ---- a regnal numeral is part of the ruler's name, and does not make another man that ruler
def test_a_given_name_ending_like_a_regnal_name_is_not_that_king() -> None:
    found = events("Senegalese Foreign Minister Abdoulaye Bathily held talks with Turkish Foreign Minister Hakan Fidan in Ankara on Monday.")
    assert found
    assert "Abdullah II" not in people(found[0]) and "Jordan" not in {p.actor.name for p in found[0].participants}
    assert "Abdoulaye Bathily" in people(found[0])


def test_the_king_with_his_numeral_is_still_the_king() -> None:
    found = events("King Abdullah II hosted Iraqi President Abdul Latif Rashid at Al Husseiniya Palace on Monday.")
    assert found and "Abdullah II" in people(found[0])


# ---- a relative named after a possessive ('his son X') is his own person
def test_his_son_with_the_fathers_surname_is_another_man() -> None:
    found = events("Libyan commander Khalifa Haftar and his son Khaled Haftar held talks with Egyptian President "
                   "Abdel Fattah al-Sisi in Cairo on Monday.")
    assert found and {"Khalifa Haftar", "Khaled Haftar"} <= people(found[0]), [people(m) for m in found]


def test_the_rulers_brother_after_a_possessive_is_named() -> None:
    found = events("Hamas leader Ismail Haniyeh met Turkish President Recep Tayyip Erdogan in Istanbul on Monday. "
                   "Haniyeh's brother Khaled Haniyeh was also present.")
    assert found and "Khaled Haniyeh" in people(found[0]), [people(m) for m in found]


# ---- 'Yunus-bek': a lower-case name element hyphenated inside a name
def test_a_hyphenated_lower_case_name_element_keeps_the_whole_name() -> None:
    found = events("Deputy Defence Minister Yunus-bek Yevkurov met Sudanese army chief Abdel Fattah al-Burhan in Port Sudan on Monday.")
    assert found and "Yunus-bek Yevkurov" in people(found[0]), [people(m) for m in found]
    assert "Yunus" not in people(found[0])


# ---- 'the minister met X' as the subject: the minister the report follows, not the last minister he met
def test_the_minister_as_subject_is_the_traveller_not_the_minister_he_met() -> None:
    body = ("Turkish Foreign Minister Hakan Fidan arrived in Baghdad on Monday. On Tuesday he held talks with "
            "Prime Minister Mohammed Shia al-Sudani and then met Foreign Minister Fuad Hussein.\n\n"
            "Later that day the minister met Parliament Speaker Mahmoud al-Mashhadani, the Turkish embassy said.")
    found = events(body)
    speaker = [m for m in found if "Mahmoud al-Mashhadani" in people(m)]
    assert speaker, [(m.date, people(m)) for m in found]
    assert "Hakan Fidan" in people(speaker[0]) and "Fuad Hussein" not in people(speaker[0])


def test_the_minister_as_object_is_still_the_one_named_before() -> None:
    body = ("Turkish Foreign Minister Hakan Fidan arrived in Baghdad on Monday and met Foreign Minister Fuad Hussein. "
            "On Tuesday Prime Minister Mohammed Shia al-Sudani received the minister.")
    found = events(body)
    assert any({"Mohammed Shia al-Sudani", "Hakan Fidan"} <= people(m) for m in found), [(m.date, people(m)) for m in found]


# ---- a family name several people of the page share: the bare surname is the man named first
def test_a_shared_family_name_alone_is_the_man_the_report_is_about() -> None:
    body = ("Egyptian President Abdel Fattah al-Sisi received Libyan commander Khalifa Haftar in Cairo on Monday. "
            "The Libyan delegation included Haftar's son Belqasem Haftar.\n\n"
            "Later in the day, Haftar held talks with Egyptian intelligence chief Hassan Rashad.")
    found = events(body)
    later = [m for m in found if "Hassan Rashad" in people(m)]
    assert later, [(m.date, people(m)) for m in found]
    assert "Khalifa Haftar" in people(later[0]) and "Belqasem Haftar" not in people(later[0])


# ---- 'Tuesday's meeting lasted three hours. X sat in': the occasion the sentence before names by its day
SAT_IN_LEDE = ("An Islamic Jihad delegation headed by Ziyad al-Nakhalah met Egyptian intelligence chief Hassan Rashad in Cairo "
               "on Tuesday. The delegation had arrived on Monday and was received that evening by Foreign Minister Badr Abdelatty.\n\n")


def test_sitting_in_joins_the_meeting_the_sentence_before_names_by_its_day() -> None:
    body = SAT_IN_LEDE + ("Tuesday's session at the agency's headquarters went on for four hours, two officials said. "
                          "Deputy intelligence chief Ahmed Abdel Khalek sat in, they added.")
    found = events(body)
    tuesday = [m for m in found if m.date == "2021-03-09"]
    monday = [m for m in found if m.date == "2021-03-08"]
    assert tuesday and "Ahmed Abdel Khalek" in people(tuesday[0]), [(m.date, people(m)) for m in found]
    assert all("Ahmed Abdel Khalek" not in people(m) for m in monday)


def test_without_a_day_named_before_sitting_in_keeps_its_old_target() -> None:
    body = SAT_IN_LEDE + "The session went on for four hours. Deputy intelligence chief Ahmed Abdel Khalek sat in, they added."
    found = events(body)
    assert any("Ahmed Abdel Khalek" in people(m) for m in found), [(m.date, people(m)) for m in found]


# ---- '..., according to a statement, which said the delegation included A and B': the source tells who came
def test_members_a_sources_statement_lists_join_the_meeting() -> None:
    body = ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani received Islamic Jihad leader Ziyad al-Nakhalah and an accompanying "
            "delegation in Doha on Monday. Al-Nakhalah briefed the emir on the truce talks, according to a movement "
            "statement, which said the delegation included deputy leader Mohammed al-Hindi and Ihsan Ataya.")
    found = events(body)
    assert found and {"Mohammed al-Hindi", "Ihsan Ataya"} <= people(found[0]), [people(m) for m in found]


def test_a_statement_saying_something_else_adds_nobody() -> None:
    body = ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani received Islamic Jihad leader Ziyad al-Nakhalah in Doha on Monday, "
            "according to a movement statement, which said the movement thanked Qatar for its efforts.")
    found = events(body)
    assert len(found) == 1, [people(m) for m in found]


# ---- 'X, who attended the meeting, told reporters that ...': the speaker was at the meeting
SUDANI = "Iraqi Prime Minister Mohammed Shia al-Sudani held talks on Tuesday in Baghdad with Jordanian Foreign Minister Ayman Safadi. "


def test_a_speaker_who_attended_the_meeting_took_part() -> None:
    found = events(SUDANI + "Deputy foreign minister Mohammed Bahr al-Uloum, who attended the talks, told reporters that the visit went well.")
    assert found and "Mohammed Bahr al-Uloum" in people(found[0]), [people(m) for m in found]


def test_a_speaker_who_attended_something_else_did_not() -> None:
    found = events(SUDANI + "Analyst Ahmed Younis, who attended the conference in Erbil last year, told reporters that the visit went well.")
    assert found and "Ahmed Younis" not in people(found[0]), [people(m) for m in found]


def test_a_speaker_who_also_attended_something_unsaid_adds_nobody() -> None:
    found = events(SUDANI + "Iran's envoy Mohammad Kazem Al-e Sadeq, who also attended, told Iranian media that Tehran welcomed the visit.")
    assert all("Mohammad Kazem Al-e Sadeq" not in people(m) for m in found), [people(m) for m in found]


# ---- a Malay royal style before the honorifics ('Tengku Datuk Seri X') is no man of its own
def test_a_royal_style_before_honorifics_is_not_a_person() -> None:
    body = ("Malaysian Prime Minister Anwar Ibrahim met Saudi Crown Prince Mohammed bin Salman in Riyadh on Monday. "
            "Anwar was accompanied by Home Minister Tengku Datuk Seri Saifuddin Nasution Ismail.")
    found = events(body)
    assert found and "Tengku" not in people(found[0]), [people(m) for m in found]


# ---- a word of the title ('Policy', 'Home') after a title is no person
def test_a_title_word_before_the_role_noun_is_not_a_person() -> None:
    body = ("Malaysian Prime Minister Anwar Ibrahim met Saudi Crown Prince Mohammed bin Salman in Riyadh on Monday. "
            "Anwar was accompanied by Home Minister Saifuddin Nasution Ismail.")
    found = events(body)
    assert found and "Home" not in people(found[0]) and "Saifuddin Nasution Ismail" in people(found[0]), [people(m) for m in found]


def test_policy_inside_a_long_title_is_not_a_person() -> None:
    body = ("Turkish President Recep Tayyip Erdogan received Hamas leader Ismail Haniyeh in Istanbul on Saturday. "
            "The President's Chief Adviser for Foreign Policy and Security Akif Cagatay Kilic sat in on the meeting.")
    found = events(body)
    assert found and "Policy" not in people(found[0]), [people(m) for m in found]
    assert "Akif Cagatay Kilic" in people(found[0])
