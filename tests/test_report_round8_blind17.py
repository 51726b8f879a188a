"""Issue 9, round 8 (blind17 as a development set): publication dates printed the ways agencies and
sites print them (a wire dateline on a line of its own, an agency in brackets with a hyphen, a Hijri
day before the Gregorian one, a colon after the date), reports held on the sidelines of a gathering
dated elsewhere in the article, and a week's gathering that holds a day's meeting. Each on sentences
written for this test in the shape real reports use (never a test article's words)."""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.extract import extract_document
from helpers.reports import events, participants as people

SAVED = date(2026, 11, 30)


# ---------------------------------------------------------------- publication dates


def test_a_wire_dateline_on_its_own_line_dates_the_article() -> None:
    text = ("Qatari minister ends Tehran trip\n\nTEHRAN/DOHA, March 4 -\n\n"
            "Qatar's Foreign Minister Mohammed bin Abdulrahman Al Thani met Iranian Foreign Minister Hossein Amir-Abdollahian "
            "in Tehran on Monday, the two ministries said in statements issued on 4 March 2023.\n")
    found = extract_document(text, saved_on=SAVED)
    assert found.articles[0].published == "2023-03-04"
    assert [m.date for m in found.mentions] == ["2023-02-27"]


def test_a_dateline_line_followed_by_its_byline_dates_the_article() -> None:
    text = ("Kazakh minister receives Taliban envoy\n\nASTANA, May 14 \u2014 by Aigerim Sultanova\n\n"
            "Kazakh Foreign Minister Murat Nurtleu received the Taliban's acting foreign minister Amir Khan Muttaqi "
            "in Astana on Friday to discuss transit trade, the ministry said in a statement dated 13 May 2023.\n")
    found = extract_document(text, saved_on=SAVED)
    assert found.articles[0].published == "2023-05-14"
    assert [m.date for m in found.mentions] == ["2023-05-12"]


def test_an_agency_name_with_a_hyphen_does_not_hide_the_lede_dateline() -> None:
    text = ("Iranian speaker meets Iraqi premier\n\nBAGHDAD, 9 January 2022 (Al-Sumaria) -- Iraqi Prime Minister "
            "Mustafa al-Kadhimi received Iranian Parliament Speaker Mohammad Bagher Ghalibaf in Baghdad on Saturday.\n")
    found = extract_document(text, saved_on=SAVED)
    assert found.articles[0].published == "2022-01-09"
    assert [m.date for m in found.mentions] == ["2022-01-08"]


def test_a_hijri_day_before_the_gregorian_one_leaves_the_gregorian_date() -> None:
    text = ("Speaker receives Iraqi delegation\n\nSANAA, 3 Shawwal 1444 AH, corresponding to 23 April 2023 (Saba) - "
            "President of the Supreme Political Council Mahdi al-Mashat received here today Oman's Foreign Minister "
            "Badr Albusaidi and the delegation accompanying him.\n")
    found = extract_document(text, saved_on=SAVED)
    assert found.articles[0].published == "2023-04-23"
    assert [m.date for m in found.mentions] == ["2023-04-23"]


def test_a_colon_after_a_full_date_ends_the_dateline() -> None:
    text = ("Ministers meet in Kabul\n\nKABUL, April 19, 2023: Chinese Foreign Minister Qin Gang met Pakistani Foreign Minister "
            "Bilawal Bhutto Zardari in Kabul on Tuesday, officials said.\n")
    found = extract_document(text, saved_on=SAVED)
    assert found.articles[0].published == "2023-04-19"
    assert [m.date for m in found.mentions] == ["2023-04-18"]


def test_a_colon_after_a_bare_place_is_not_a_dateline_with_a_date() -> None:
    text = ("Ministers meet in Kabul\n\nThursday 20 April 2023\n\nKABUL: Chinese Foreign Minister Qin Gang met Pakistani "
            "Foreign Minister Bilawal Bhutto Zardari in Kabul on Tuesday, officials said.\n")
    found = extract_document(text, saved_on=SAVED)
    assert found.articles[0].published == "2023-04-20"
    assert [m.date for m in found.mentions] == ["2023-04-18"]


# ---------------------------------------------------------------- sidelines of a gathering


def test_a_sidelines_meeting_takes_the_conference_day_told_before() -> None:
    found = events("Iraqi Foreign Minister Fuad Hussein arrived in Amman on Sunday and met Jordanian Foreign Minister Ayman Safadi. "
                   "The regional conference on water security, held in the Jordanian capital on 8 March, drew ministers from ten countries. "
                   "On the sidelines of the conference, Hussein held talks with Turkish Foreign Minister Mevlut Cavusoglu.")
    turkish = [m for m in found if "Mevlut Cavusoglu" in people(m)]
    assert [m.date for m in turkish] == ["2021-03-08"]
    assert any(m.date == "2021-03-07" and "Ayman Safadi" in people(m) for m in found)


def test_the_sidelines_of_the_meeting_are_the_days_of_the_meeting_not_of_another_encounter() -> None:
    found = events("Leaders of Libya's rival camps met on Monday in the Moroccan town of Bouznika to agree on a road map. "
                   "The Bouznika meeting came after talks in Cairo on Thursday, when Egyptian officials hosted both camps. "
                   "On the sidelines of the meeting, Aguila Saleh also sat down with Moroccan Foreign Minister Nasser Bourita.")
    bourita = [m for m in found if "Nasser Bourita" in people(m)]
    assert [m.date for m in bourita] == ["2021-03-08"]


def test_the_sidelines_of_a_named_gathering_find_it_by_its_modifier() -> None:
    found = events("The foreign ministers of Russia, Iran and Turkey held a trilateral meeting in Moscow on Tuesday. "
                   "Lavrov held bilateral talks with Iranian Foreign Minister Mohammad Javad Zarif on Monday. "
                   "On the sidelines of the trilateral meeting, Sergey Lavrov also held a separate meeting with Turkish Foreign Minister Mevlut Cavusoglu.")
    turkish = [m for m in found if "Mevlut Cavusoglu" in people(m) and "Mohammad Javad Zarif" not in people(m)]
    assert [m.date for m in turkish] == ["2021-03-09"]


# ---------------------------------------------------------------- a week that holds a day


def test_this_weeks_gathering_with_a_meeting_on_a_day_of_the_week_is_one_event() -> None:
    found = events("Kazakhstan used this week's regional forum on transport to promote its railway, and Foreign Minister "
                   "Mukhtar Tileuberdi raised the project with Uzbek Foreign Minister Abdulaziz Kamilov when the two sat down on Monday.")
    assert [m.date for m in found] == ["2021-03-08"]


# ---------------------------------------------------------------- the year of a year-less dateline


def test_a_yearless_dateline_lies_between_the_months_told_as_past_and_the_years_named_for_plans() -> None:
    text = ("Envoys meet on Syria in Astana\n\nASTANA, June 22 -- Russian presidential envoy Alexander Lavrentiev met "
            "Iranian Deputy Foreign Minister Ali Asghar Khaji in Astana, the Russian delegation said.\n\n"
            "The previous round was held in Nur-Sultan in December 2021. Lavrentiev said the next round would be held in 2024.\n")
    found = extract_document(text, saved_on=SAVED)
    assert found.articles[0].published == "2023-06-22"
    assert [m.date for m in found.mentions] == ["2023-06-22"]


def test_a_yearless_dateline_early_in_a_year_is_after_last_autumns_dates() -> None:
    text = ("Iraqi minister meets Iranian speaker\n\nBAGHDAD, Jan 20 -- Iraqi Foreign Minister Fuad Hussein on Thursday "
            "received Iranian Parliament Speaker Mohammad Bagher Ghalibaf in Baghdad, the ministry said.\n\n"
            "Ghalibaf last came to Iraq on 3 November 2021 for talks on electricity debts.\n")
    found = extract_document(text, saved_on=SAVED)
    assert found.articles[0].published == "2022-01-20"
    assert "2022-01-20" in [m.date for m in found.mentions]


def test_a_yearless_dateline_after_the_dates_it_tells_keeps_their_year() -> None:
    text = ("Uzbek minister meets Taliban envoy\n\nTERMEZ, July 27 \u2014 by Staff Writer\n\n"
            "Uzbek Foreign Minister Vladimir Norov met the Taliban's acting foreign minister Amir Khan Muttaqi in Termez "
            "on Monday, officials said. The border market opened on 20 July 2022.\n")
    found = extract_document(text, saved_on=SAVED)
    assert found.articles[0].published == "2022-07-27"
    assert [m.date for m in found.mentions] == ["2022-07-25"]


def test_a_date_days_after_a_yearless_dateline_does_not_move_it_a_year() -> None:
    text = ("Minister visits Beirut\n\nBeirut, Aug 14 - Iranian Foreign Minister Mohammad Javad Zarif met President "
            "Michel Aoun in Beirut on Friday, the presidency said.\n\n"
            "A relief flight landed at the airport, seen here on 16 August 2020. (AFP)\n")
    found = extract_document(text, saved_on=SAVED)
    assert found.articles[0].published == "2020-08-14"
    assert [m.date for m in found.mentions] == ["2020-08-14"]


# ---------------------------------------------------------------- who received whom


def test_the_visiting_minister_received_after_an_arrival_is_the_visitor_and_that_visit() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan arrived in Baghdad on Monday for a two-day visit.\n\n"
                   "The Iraqi prime minister received the visiting minister at his office. Mohammed Shia al-Sudani "
                   "told him that Iraq wanted closer trade ties.", dateline="Baghdad, March 10, 2023")
    assert len(found) == 1
    assert {"Hakan Fidan", "Mohammed Shia al-Sudani"} <= people(found[0])


def test_the_parliament_speaker_of_a_dateline_above_the_lede_is_that_countrys() -> None:
    found = extract_document("Iranian minister in Beirut\n\nBeirut, June 3, 2025\n\n"
                             "Iranian Foreign Minister Abbas Araghchi met President Joseph Aoun in Beirut on Tuesday.\n\n"
                             "Araghchi then went to Ain al-Tineh, where the Speaker of Parliament hosted him for lunch.\n").mentions
    assert len(found) == 2
    speaker = [m for m in found if "Nabih Berri" in people(m)]
    assert len(speaker) == 1 and "Joseph Aoun" not in people(speaker[0]) and "Abbas Araghchi" in people(speaker[0])


def test_receiving_visitors_and_telling_them_a_quote_is_a_report() -> None:
    found = events('On Monday, Emir Tamim bin Hamad Al Thani received Mohammad Bagher Ghalibaf and Abbas Araghchi in Doha '
                   'and told them that Qatar was "ready to help end the war in the region".')
    assert [m.date for m in found] == ["2021-03-08"]
    assert {"Tamim bin Hamad Al Thani", "Abbas Araghchi"} <= people(found[0])


def test_a_speaker_who_told_reporters_that_is_not_a_side_of_what_he_told() -> None:
    found = events("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani told reporters that Hamas leaders had met "
                   "Egyptian officials, without saying when.")
    assert all("Mohammed bin Abdulrahman Al Thani" not in people(m) for m in found)


def test_a_joint_call_with_a_us_official_keeps_everyone_after_the_initials() -> None:
    found = events("On Monday, Qatari Prime Minister Mohammed bin Abdulrahman Al Thani took part in a joint call with "
                   "U.S. Secretary of State Antony Blinken and Egypt's Foreign Minister Sameh Shoukry on the hostages.",
                   dateline="Wednesday 11 October 2023")
    assert [m.date for m in found] == ["2023-10-09"]
    assert {"Mohammed bin Abdulrahman Al Thani", "Antony Blinken", "Sameh Shoukry"} <= people(found[0])


def test_a_remark_that_it_was_the_first_time_is_no_new_meeting() -> None:
    found = events("Iraqi Prime Minister Mohammed Shia al-Sudani on Monday received Hamas political bureau chief Ismail Haniyeh in Baghdad. "
                   "It was the first time he had received a senior Hamas official in the Iraqi capital.",
                   dateline="Wednesday 10 May 2023")
    assert [m.date for m in found] == ["2023-05-08"]


# ---------------------------------------------------------------- last week's talks are last Tuesday's meeting


def test_talks_last_week_after_a_clause_are_the_movements_and_last_tuesdays_meeting() -> None:
    found = events("Islamic Jihad said on Sunday that the dispute over the prisoners had been settled after its delegation held talks "
                   "with Egyptian and Qatari mediators in Cairo last week.\n\n"
                   "The delegation, led by the head of Islamic Jihad in Gaza, Mohammed al-Hindi, met Egypt's intelligence chief "
                   "Abbas Kamel last Tuesday, an official said.", dateline="Sunday, 12 February 2023")
    assert [m.date for m in found] == ["2023-02-07"]
    assert {"Qatar", "Abbas Kamel", "Palestinian Islamic Jihad"} <= people(found[0])


def test_a_talks_verb_does_not_reach_back_across_an_after_clause() -> None:
    found = events("Hamas said on Sunday the crisis had been resolved after its delegation held talks with Egyptian and Qatari "
                   "mediators in Cairo last week.", dateline="Sunday, 12 February 2023")
    assert [m.date for m in found] == ["2023-02"]
    assert {"Hamas", "Qatar"} <= people(found[0])


def test_an_office_after_a_fronted_weekday_is_still_that_countrys_holder() -> None:
    found = events("A Houthi delegation headed by Mohammed Abdulsalam arrived in Riyadh on Thursday.\n\n"
                   "On Tuesday Saudi Arabia's defence minister received the visitors at his office.",
                   dateline="Wednesday 20 September 2023")
    assert any("Khalid bin Salman" in people(m) and m.date == "2023-09-19" for m in found)


def test_the_city_a_delegation_flew_back_to_is_not_where_it_met() -> None:
    found = events("A Hamas delegation concluded its visit to Qatar on Tuesday after talks with Qatari Prime Minister "
                   "Mohammed bin Abdulrahman Al Thani, and flew back to Beirut late in the evening.",
                   dateline="Wednesday 10 May 2023")
    assert len(found) == 1 and found[0].location != "Beirut"
