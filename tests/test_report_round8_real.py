"""Issue 9, round 8: classes found on real news reports read for the first time (the reports stay
outside the project). Each test is written for this file in the shape real reports use: site stamps
with dashed dates, a site's clock beside its weather, statements about a visit, departures "left A for
B for talks", one trip's further meetings, quoted readouts saying "yesterday", asides that are not
sides. Never a report's own words, names-with-dates or places."""
from __future__ import annotations

from timeline_app.ingest.extract import extract_document
from helpers.reports import events, people, sides


def test_a_site_stamp_with_a_dashed_date_is_the_dateline() -> None:
    text = ("Envoy meets Houthi negotiator\n\nTue, 14-03-2023 10:05 AM, Aden\n\n"
            "On Monday, Russian envoy Mikhail Bogdanov met with the Houthi negotiator Mohammed Abdul Salam in Muscat.\n")
    found = extract_document(text)
    assert found.articles[0].published == "2023-03-14"
    assert [m.date for m in found.mentions] == ["2023-03-13"]



def test_a_sites_clock_beside_its_weather_is_not_the_dateline() -> None:
    text = ("Monday, June 3, 2024\n27.5 C\nMonday, June 3, 2024\n\nQatari delegation meets Taliban leaders in Kabul\n\n"
            "A Qatari delegation headed by Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met acting Foreign "
            "Minister Amir Khan Muttaqi in Kabul on Tuesday.\n")
    found = extract_document(text)
    assert found.articles[0].published is None
    assert all(m.date is None or not m.date.startswith("2024-06") for m in found.mentions)



def test_leaving_one_city_for_another_for_talks_is_a_visit_to_the_other() -> None:
    found = events("KABUL: A delegation of the Islamic Emirate left Kabul for Tehran on Monday for talks with Iranian officials. "
                   "The delegation is led by acting Foreign Minister Amir Khan Muttaqi.")
    assert len(found) == 1
    assert (found[0].type, found[0].date, found[0].location) == ("visit", "2021-03-08", "Tehran")
    assert "Amir Khan Muttaqi" in people(found[0])



def test_an_honorific_is_never_a_known_surname() -> None:
    found = events("KABUL: Acting Foreign Minister Amir Khan Muttaqi received Haji Karimullah in Kabul on Monday.")
    assert found and all("Khalil al-Hayya" not in people(m) and "Hamas" not in sides(m) for m in found)



def test_phone_talks_are_a_call() -> None:
    found = events("TEHRAN - Iranian Foreign Minister Hossein Amir-Abdollahian and Turkish Foreign Minister Hakan Fidan held "
                   "phone talks on Tuesday evening over regional issues, the ministry said.")
    assert [(m.type, m.date) for m in found] == [("call", "2021-03-09")]
    assert people(found[0]) == {"Hossein Amir-Abdollahian", "Hakan Fidan"}



def test_quoted_as_saying_a_meeting_was_held_is_a_report() -> None:
    found = events("An Interfax report quoted Houthi negotiator Mohammed Abdul Salam as saying the Houthi delegation held consultations "
                   "with Russian envoy Mikhail Bogdanov in Moscow on Tuesday.")
    assert [(m.date, m.location) for m in found] == [("2021-03-09", "Moscow")]
    assert people(found[0]) >= {"Mikhail Bogdanov"}
    found = events("An Interfax report quoted Houthi negotiator Mohammed Abdul Salam as saying the Houthi delegation will hold consultations "
                   "with Russian envoy Mikhail Bogdanov in Moscow next week.")
    assert found == []



def test_sitting_with_a_named_minister_is_a_meeting() -> None:
    found = events("The daily said the Hamas officials sat with Iranian Foreign Minister Mohammad Javad Zarif at the embassy in "
                   "Beirut on Monday.")
    assert [(m.type, m.date, m.location) for m in found] == [("meeting", "2021-03-08", "Beirut")]



def test_a_statement_about_a_visit_does_not_date_the_visit() -> None:
    found = events("On Tuesday, the Saudi foreign ministry issued a statement about the recent visit to Sanaa by ambassador "
                   "Mohammed Al Jaber and his talks with Houthi officials. Al Jaber visited Sanaa on March 2nd and met with "
                   "Houthi negotiator Mohammed Abdul Salam.")
    assert [m.date for m in found] == ["2021-03-02"]



def test_the_visit_another_visit_follows_keeps_its_own_day() -> None:
    found = events("Hamas official Khalil al-Hayya met Iranian Foreign Minister Hossein Amir-Abdollahian in Tehran on Monday. "
                   "Al-Hayya's visit to Tehran follows a visit by Russian envoy Mikhail Bogdanov to Beirut last week.")
    tehran = [m for m in found if "Khalil al-Hayya" in people(m)]
    assert [m.date for m in tehran] == ["2021-03-08"]



def test_a_meeting_before_a_trip_is_held_where_it_says() -> None:
    found = events("President Recep Tayyip Erdogan on Monday received Hamas leader Ismail Haniyeh in Ankara. Before his visit "
                   "to Ankara, Haniyeh held discussions with Turkish Foreign Minister Hakan Fidan in Qatar.")
    fidan = [m for m in found if "Hakan Fidan" in people(m) and "Recep Tayyip Erdogan" not in people(m)]
    assert len(fidan) == 1 and fidan[0].location == "Qatar"



def test_who_took_power_in_an_aside_is_not_a_travelling_side() -> None:
    found = events("Qatar, a Gulf state that has mediated in Afghanistan since the Taliban took power, dispatched a delegation "
                   "to Kabul on Monday.")
    assert len(found) == 1 and sides(found[0]) == {"Qatar"}



def test_one_sides_own_chaired_session_is_no_event() -> None:
    found = events("Yesterday, a coordination meeting for the participation of the Islamic Emirate in the Doha talks was held "
                   "under the chairmanship of Amir Khan Muttaqi.")
    assert found == []



def test_the_delegation_that_also_met_someone_brings_its_named_head() -> None:
    found = events("CAIRO - A delegation from Hamas arrived in Cairo on Monday. Egyptian intelligence chief Abbas Kamel held "
                   "talks with Khalil al-Hayya, who is heading the delegation. The Hamas delegation also met with Egyptian "
                   "Foreign Minister Sameh Shoukry.")
    shoukry = [m for m in found if "Sameh Shoukry" in people(m)]
    assert len(shoukry) == 1 and "Khalil al-Hayya" in people(shoukry[0])



def test_a_leader_speaking_years_before_is_not_on_the_visit() -> None:
    found = events("A Hamas delegation led by Khalil al-Hayya arrived in Tehran on Monday for talks with Iranian officials.\n\n"
                   "Ties were restored, as seen in 2019 when Ismail Haniyeh thanked Iran for its support.")
    assert len(found) == 1 and "Ismail Haniyeh" not in people(found[0])


def test_discussing_bilateral_relations_is_no_sideline_meeting() -> None:
    text = ("Ministers meet in Riyadh\n\nApril 4, 2022, 09:10 AM\n\n"
            "Foreign Minister Faisal bin Farhan (right) meets Iranian counterpart Hossein Amir-Abdollahian in Riyadh, April 3, 2022.\n\n"
            "Amir-Abdollahian, who has travelled to Saudi Arabia to attend an investment forum, met with Faisal bin Farhan "
            "on Sunday to discuss bilateral relations and regional developments.\n")
    found = extract_document(text).mentions
    assert len(found) == 1 and found[0].date == "2022-04-03"



def test_a_quoted_yesterday_is_the_meeting_told_the_day_before() -> None:
    found = events("Acting Foreign Minister Amir Khan Muttaqi met Chinese Foreign Minister Wang Yi in Kabul on Monday evening. "
                   "\u201cMinister Amir Khan Muttaqi met Wang Yi yesterday evening and the two discussed trade,\u201d a "
                   "spokesman said.", dateline="Wednesday 10 March 2021")
    assert [m.date for m in found] == ["2021-03-08"]



def test_also_received_after_the_audience_is_a_meeting_of_its_own() -> None:
    found = events("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani received Turkish Foreign Minister Hakan Fidan in Doha "
                   "on Monday. Qatari Prime Minister Mohammed bin Abdulrahman Al Thani also received Fidan at the ministry after "
                   "the audience, and the two discussed bilateral relations.")
    assert len([m for m in found if people(m) >= {"Mohammed bin Abdulrahman Al Thani", "Hakan Fidan"}]) == 2



def test_the_delegation_told_of_in_the_next_paragraph_is_on_its_visit() -> None:
    found = events("A Taliban delegation visited Tehran on Monday.\n\nThe news agency quoted Taliban spokesman Suhail Shaheen as "
                   "saying the delegation held consultations with Iranian Foreign Minister Mohammad Javad Zarif.")
    assert len(found) == 1 and found[0].date == "2021-03-08" and "Mohammad Javad Zarif" in people(found[0])



def test_a_two_sided_meeting_told_again_on_the_margins_is_that_meeting() -> None:
    found = events("Egyptian Foreign Minister Sameh Shoukry held a meeting Monday in Bahrain with the head of Hamas' political "
                   "bureau. \u201cMinister Sameh Shoukry met with Ismail Haniyeh, head of the Hamas political bureau, on the margins "
                   "of the regional security forum in Manama,\u201d the ministry said after the meeting.")
    assert len(found) == 1 and people(found[0]) >= {"Sameh Shoukry", "Ismail Haniyeh"}


def test_a_page_printing_its_title_again_under_the_standfirst_is_one_article() -> None:
    text = ("WORLD\n3 MIN READ\nQatari premier meets Hamas leaders in Doha\nTalks address the truce and aid to Gaza.\n"
            "Qatari premier meets Hamas leaders in Doha\nThe premier (R) with the visitors. / Photo: AA\nMarch 9, 2021\n\n"
            "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas political bureau head Ismail Haniyeh in Doha "
            "on Monday.\n\nThe two discussed the truce and aid to Gaza, the ministry said.\n")
    found = extract_document(text)
    assert len(found.articles) == 1 and found.articles[0].published == "2021-03-09"
    assert [m.date for m in found.mentions] == ["2021-03-08"]


def test_speaking_at_a_joint_press_conference_with_a_counterpart_is_their_meeting() -> None:
    found = events("Speaking at a joint press conference with his Turkish counterpart Hakan Fidan in Ankara on Tuesday, Iranian "
                   "Foreign Minister Abbas Araghchi said that the two countries would expand trade.")
    assert [(m.date, m.location) for m in found] == [("2021-03-09", "Ankara")]
    assert people(found[0]) == {"Hakan Fidan", "Abbas Araghchi"}
