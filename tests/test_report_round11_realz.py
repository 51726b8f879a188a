"""Round 11 (realz): classes found on 20 new real news reports, each tested on sentences written
for these tests in the same shapes (never the reports' own words, names or dates)."""
from __future__ import annotations

from tests.helpers.reports import events, people, sides


def _with(found, name):
    return [m for m in found if name in people(m)]


# An apposition whose closing comma the writer left out ends before its clause's verb:
# "X, acting minister of Y met with Z, ..." -- Z took part, Z is not part of X's title.

def test_unclosed_apposition_keeps_the_counterpart_after_the_verb() -> None:
    found = events("Amir Khan Muttaqi, acting foreign minister of the Taliban administration met with "
                   "Zhao Xing, Chinese Ambassador to Afghanistan in Kabul on Monday.")
    assert found and {"Amir Khan Muttaqi", "Zhao Xing"} <= people(found[0])
    assert found[0].date == "2021-03-08"


def test_unclosed_apposition_with_held_talks() -> None:
    found = events("Ismail Haniyeh, head of the Hamas political bureau held talks with Hakan Fidan, "
                   "the Turkish foreign minister, in Ankara on Monday.")
    assert found and {"Ismail Haniyeh", "Hakan Fidan"} <= people(found[0])


def test_a_closed_apposition_still_names_a_role() -> None:
    found = events("Mikhail Bogdanov, the deputy foreign minister, met Mousa Abu Marzouk in Moscow on Monday.")
    assert found and people(found[0]) == {"Mikhail Bogdanov", "Mousa Abu Marzouk"}


def test_a_relative_clause_in_the_apposition_is_not_cut() -> None:
    found = events("Hakan Fidan, who met Ismail Haniyeh in Doha on Monday, told reporters the talks were useful.")
    assert found and {"Hakan Fidan", "Ismail Haniyeh"} <= people(found[0])


# "This comes a day after X held a meeting with Y" / "comes less than 24 hours after": a day earlier.

def test_this_comes_a_day_after_dates_the_earlier_meeting() -> None:
    body = ("Amir Khan Muttaqi met Zhao Xing, the Chinese ambassador, in Kabul on Tuesday. "
            "This comes a day after Muttaqi held a meeting with a delegation led by Filippo Grandi.")
    found = events(body, dateline="Wednesday 15 September 2021")
    grandi = _with(found, "Filippo Grandi")
    assert grandi and all(m.date == "2021-09-13" for m in grandi)
    assert any(m.date == "2021-09-14" for m in _with(found, "Zhao Xing"))


def test_less_than_24_hours_after_is_the_day_before() -> None:
    body = ("Amir Khan Muttaqi met Zhao Xing, the Chinese ambassador, in Kabul on Tuesday. "
            "The meeting came less than 24 hours after Muttaqi discussed aid with Filippo Grandi.")
    found = events(body, dateline="Wednesday 15 September 2021")
    grandi = _with(found, "Filippo Grandi")
    assert grandi and all(m.date == "2021-09-13" for m in grandi)


# A one-word alias of a known person is the end of a longer name that opened with a given name
# two words back ("Ali Asghar Khaji" is not Khalil al-Hayya, whose alias folds to the same key).

def test_surname_alias_inside_a_three_word_name_is_not_the_known_person() -> None:
    found = events("Iranian Foreign Minister Hossein Amirabdollahian met Hassan Nasrallah in Beirut on Monday, "
                   "with Omar Farouk Khaji in attendance.")
    assert found and "Khalil al-Hayya" not in people(found[0])


def test_given_name_asghar_opens_a_compound_name() -> None:
    found = events("Ali Asghar Khaji met Mousa Abu Marzouk in Doha on Monday.")
    assert found and "Khalil al-Hayya" not in people(found[0])
    assert any("Khaji" in p for p in people(found[0]))


def test_the_one_word_alias_alone_still_names_the_known_person() -> None:
    found = events("Hamas deputy leader Hayya met Egyptian officials in Cairo on Monday.")
    assert found and "Khalil al-Hayya" in people(found[0])


# "A, head of the organisation abroad B, C and D": B's title relates to no role word before B,
# so B holds the whole role and is the next item of the list, not part of A's title.

def test_a_titled_list_item_whose_title_ends_in_a_place_noun_is_a_member() -> None:
    body = ("A Hamas delegation led by Ismail Haniyeh met Emir Tamim bin Hamad Al Thani in Doha on Monday. "
            "The delegation included deputy chief Khalil al-Hayya, head of the movement in the West Bank Zaher Jabarin, "
            "Mousa Abu Marzouk and Husam Badran.")
    found = events(body)
    assert found and {"Zaher Jabarin", "Khalil al-Hayya", "Mousa Abu Marzouk"} <= people(found[0])


def test_adviser_to_a_named_leader_is_still_a_role() -> None:
    found = events("Ali Akbar Velayati, adviser to the Supreme Leader Ali Khamenei, met Ziad al-Nakhalah in Tehran on Monday.")
    assert found and "Ali Khamenei" not in people(found[0])


# '"... met Y on July 28," Zhao said': the spokesman after a quoted readout reports it, he was not there.

def test_spokesman_after_a_quoted_readout_is_not_a_participant() -> None:
    found = events('"Wang Yi met with Abdul Ghani Baradar on Monday in Tianjin," Zhao Lijian said at a briefing.')
    assert found and people(found[0]) == {"Wang Yi", "Abdul Ghani Baradar"}


def test_spokesman_after_a_quoted_readout_with_an_as_clause() -> None:
    found = events('"Wang Yi met with Abdul Ghani Baradar on Monday in Tianjin, as the latter is visiting China," '
                   'Zhao Lijian told reporters.')
    assert found and "Zhao Lijian" not in people(found[0])


def test_a_speaker_quoting_his_own_meeting_stays() -> None:
    found = events('"I met Abdul Ghani Baradar on Monday in Tianjin," Wang Yi said at a briefing.')
    assert found and {"Wang Yi", "Abdul Ghani Baradar"} <= people(found[0])


# 'during a visit to Moscow "the need to pressure" X and Y', 'the meeting with Y discussed X':
# what the sentence's verb said or the meeting discussed is no side of it.

def test_a_quoted_aim_after_the_visit_noun_names_no_side() -> None:
    found = events('A Houthi delegation discussed on Monday during a visit to Moscow "the need to pressure" '
                   "the United States and Israel to end the war.")
    assert found and sides(found[0]) == {"Houthis"}


def test_countries_after_discussed_are_the_topic_of_the_meeting() -> None:
    body = ("Mohammed Abdulsalam met Mikhail Bogdanov in Moscow on Monday. "
            "Abdulsalam said the meeting with Bogdanov discussed the United States and Israel.")
    found = events(body)
    assert found and "United States" not in set().union(*(sides(m) for m in found))
