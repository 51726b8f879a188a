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


# "an Egyptian security delegation": a qualifier between the nationality and the group noun.

def test_a_security_delegation_names_its_country_as_a_side() -> None:
    found = events("A senior Jordanian security delegation arrived in Damascus on Monday for talks with Syrian officials.")
    assert found and "Jordan" in sides(found[0])


def test_a_negotiating_team_names_its_country() -> None:
    found = events("The Qatari negotiating team met Khalil al-Hayya in Cairo on Monday.")
    assert found and {"Qatar", "Hamas"} <= sides(found[0])


# "X heads the delegation", "Y was also in attendance": members told in a sentence of their own.

def test_heads_the_delegation_makes_the_head_a_member() -> None:
    body = ("An Egyptian intelligence delegation arrived in Gaza on Monday to meet Hamas leaders. "
            "Major General Ahmed Abdel Khaleq heads the delegation, according to Palestinian sources.")
    found = events(body)
    assert found and "Ahmed Abdel Khaleq" in people(found[0])


def test_was_also_in_attendance_adds_the_official() -> None:
    body = ("Iranian Foreign Minister Hossein Amirabdollahian met Hassan Nasrallah in Beirut on Monday. "
            "Iran's ambassador to Lebanon Mojtaba Amani was also in attendance.")
    found = events(body)
    assert found and "Mojtaba Amani" in people(found[0])


# "This is X's first visit to Lebanon since A and B reached an agreement": X made the visit; A and B
# belong to the since-clause.

def test_the_possessor_of_a_first_visit_made_it_and_the_since_clause_names_no_side() -> None:
    body = ("Iranian Foreign Minister Hossein Amirabdollahian met Hassan Nasrallah in Beirut on Monday. "
            "It is Amirabdollahian's first visit to Lebanon since Iran and Saudi Arabia restored ties last month.")
    found = events(body)
    assert found and all("Saudi Arabia" not in sides(m) for m in found)
    assert all("Hossein Amir-Abdollahian" in people(m) for m in found)


# "the US and British strikes", "US sanctions": a country qualifying a noun of force or policy.

def test_a_country_qualifying_strikes_is_no_side() -> None:
    found = events("The ministry condemned the US and British strikes during the talks with the Houthi delegation in Moscow on Monday.")
    assert found and sides(found[0]) == {"Houthis"}


def test_a_country_before_a_group_noun_is_still_a_side() -> None:
    found = events("US officials met Taliban representatives in Doha on Monday.")
    assert found and {"United States", "Taliban"} <= sides(found[0])


def test_a_country_in_a_list_of_sides_is_still_a_side() -> None:
    found = events("Iran and Hezbollah held talks in Beirut on Monday.")
    assert found and {"Iran", "Hezbollah"} <= sides(found[0])


# "X has held a call with Y, sources said on Monday": done by the day it was told.

def test_present_perfect_report_takes_the_day_it_was_told() -> None:
    found = events("Foreign Minister Hakan Fidan has held a phone conversation with Ismail Haniyeh "
                   "to discuss Gaza, diplomatic sources said on Monday.")
    assert found and found[0].date == "2021-03-08"


def test_present_perfect_without_a_told_day_keeps_the_article_day() -> None:
    found = events("Foreign Minister Hakan Fidan has held a phone conversation with Ismail Haniyeh, sources said.")
    assert found and found[0].date == "2021-03-10"


# "the group had received 13 detainees released by X": freed people handed over, nobody is met.

def test_receiving_freed_detainees_is_no_meeting() -> None:
    assert events("A Houthi official said on Monday the group had received 13 detainees released by Saudi Arabia.") == []


def test_receiving_a_leader_is_still_a_meeting() -> None:
    found = events("Emir Tamim bin Hamad Al Thani received Ismail Haniyeh in Doha on Monday.")
    assert found and {"Tamim bin Hamad Al Thani", "Ismail Haniyeh"} <= people(found[0])


def test_a_trade_delegation_names_its_country() -> None:
    found = events("Last month, Abdul Ghani Baradar also received a Kazakh trade delegation in Kabul.")
    assert found and {"Kazakhstan", "Taliban"} <= sides(found[0])


# "talks in Tehran", then "his first visit to Iran": the town already named is where it was.

def test_a_visit_to_the_country_keeps_the_town_named_before() -> None:
    body = ("Hakan Fidan held talks in Tehran on Monday with Hossein Amirabdollahian. "
            "Fidan was also received on Monday by President Ebrahim Raisi. "
            "It was Fidan's first visit to Iran since he took office.")
    found = events(body)
    raisi = _with(found, "Ebrahim Raisi")
    assert raisi and raisi[0].location == "Tehran"


# "Imagine a meeting between X and Y", "If talks with X go well, A and B would ...": a noun in a
# hypothetical names no event that happened.

def test_an_imagined_meeting_is_no_event() -> None:
    assert events("Imagine, too, a meeting between Mohammed bin Salman and Ebrahim Raisi at which the two men discussed Yemen.") == []


def test_talks_in_an_if_clause_give_no_side() -> None:
    body = ("Taliban officials met Qatari envoys in Doha on Monday. "
            "If talks with the Taliban go well, Qatar and Turkey would jointly run the airport, a Turkish official said.")
    found = events(body)
    assert all("Turkey" not in sides(m) for m in found)


# "X discussed Gaza in a phone call with Y": a call, held at no place.

def test_discussed_in_a_phone_call_is_a_call() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan on Monday discussed Gaza in a phone call with Khalil al-Hayya.")
    assert found and found[0].type == "call" and found[0].location is None


def test_discussed_at_a_meeting_stays_a_meeting() -> None:
    found = events("Hakan Fidan on Monday discussed Gaza with Khalil al-Hayya in Ankara.")
    assert found and found[0].type != "call"


# "attended by A, adviser to the foreign minister B, and C": the list goes on with "and" after B,
# so B is its next item, not the minister A advises.

def test_an_adviser_to_a_minister_in_a_list_going_on_with_and_is_a_member() -> None:
    body = ("Hossein Amirabdollahian met Hassan Nasrallah in Beirut on Monday. The meeting was also attended by "
            "ambassador Mojtaba Amani, senior adviser to the foreign minister Reza Zabib, and director general Mahdi Sobhani.")
    found = events(body)
    assert found and {"Mojtaba Amani", "Reza Zabib", "Mahdi Sobhani"} <= people(found[0])


# "Deputy Minister of Commerce X": the portfolio is the title's, the name starts after it.

def test_a_portfolio_title_before_a_name_is_not_part_of_the_name() -> None:
    body = ("Amir Khan Muttaqi met Vladimir Norov in Tashkent on Monday. The delegation included "
            "Minister of Finance Hedayatullah Badri and Deputy Minister of Commerce Qudratullah Jamal.")
    found = events(body)
    assert found and {"Hedayatullah Badri", "Qudratullah Jamal"} <= people(found[0])


def test_a_meeting_addressed_by_a_minister_keeps_him() -> None:
    found = events("Ismail Haniyeh spoke on Monday at a meeting addressed by Sergey Lavrov in Moscow.")
    assert found and {"Ismail Haniyeh", "Sergey Lavrov"} <= people(found[0])


def test_since_a_day_does_not_end_the_meeting_phrase() -> None:
    found = events("Ismail Haniyeh has held talks since Monday with Egyptian intelligence chief Abbas Kamel in Cairo.")
    assert found and "Abbas Kamel" in people(found[0])


# "In their previous conversation held on June 17, the two ministers ...": their = the two of the
# event told last; "In the call, X referred to the visit of Y": Y is what was talked about.

def test_their_previous_conversation_is_an_earlier_call_of_the_same_two() -> None:
    body = ("Hossein Amirabdollahian and Badr Albusaidi discussed regional issues in a phone call on Monday. "
            "In their previous conversation held on February 17, the two ministers exchanged views over bilateral issues.")
    found = events(body)
    earlier = [m for m in found if m.date == "2021-02-17"]
    assert earlier and people(earlier[0]) == {"Hossein Amir-Abdollahian", "Badr Albusaidi"}
    assert earlier[0].type == "call"


def test_a_visit_referred_to_in_a_call_adds_nobody_to_the_call() -> None:
    body = ("Hossein Amirabdollahian and Badr Albusaidi held a phone call on Monday. "
            "In the call, Amirabdollahian referred to the visit of President Ebrahim Raisi to Oman.")
    found = events(body)
    assert found and all("Ebrahim Raisi" not in people(m) for m in found if m.type == "call")


def test_their_talks_told_as_history_take_nobody_from_the_news() -> None:
    body = ("A Hamas delegation headed by Mousa Abu Marzouk held talks with Mikhail Bogdanov in Moscow on Monday. "
            "Moscow has hosted several rounds of their reconciliation talks, most recently in 2019.")
    found = events(body)
    assert [m.date for m in found] == ["2021-03-08"]
