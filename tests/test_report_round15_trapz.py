"""Round 15 (trapz): sentences that name a meeting without reporting one -- a reaction whose object
is the meeting ("condemned X's meeting with Y on Sunday"), a deal's terms that lay a meeting down
ahead ("the framework envisages a meeting ..."), a crowd with its named members at a rite, a host
of a funeral, a counterpart the attendee did not meet, a critic of another's visit. Each class is
a structural rule, tested on sentences written for this file in the shapes news reports use."""
from __future__ import annotations

from tests.helpers.reports import events, people, sides

# the dateline of `events` is Wednesday 10 March 2021: Sat 6, Sun 7, Mon 8, Tue 9

MET = "Turkish President Recep Tayyip Erdogan received Hamas leader Ismail Haniyeh in Istanbul on Saturday. "


# -- a reaction governs the meeting noun: the day and the subject are the reaction's

def test_a_spokesmans_criticism_of_a_meeting_adds_no_event_and_no_critic() -> None:
    found = events(MET + "Israel's foreign ministry spokesman Lior Haiat criticised Erdogan's meeting with Haniyeh on Sunday.")
    assert [(m.date, people(m)) for m in found] == [("2021-03-06", {"Recep Tayyip Erdogan", "Ismail Haniyeh"})]


def test_a_meeting_condemned_on_a_day_is_not_dated_on_that_day() -> None:
    assert events("Washington condemned on Tuesday the meeting between Iranian and Hezbollah officials.") == []
    assert events("The State Department on Monday denounced the visit of the Iranian foreign minister to Beirut.") == []


def test_an_ambassador_summoned_over_a_visit_makes_no_visit() -> None:
    assert events("Kyiv summoned the Iranian envoy on Tuesday over the visit of Russian officials to Tehran.") == []
    assert events("The trip drew no comment in Cairo, but Israel voiced anger at Haniyeh's trip to Ankara on Monday.") == []


def test_a_question_about_a_visit_at_a_briefing_is_no_visit() -> None:
    body = ("Asked about the minister's visit to Damascus at a news conference on Tuesday, "
            "State Department spokesman Ned Price said the United States did not support normalisation.")
    assert events(body) == []


def test_a_meeting_with_its_own_day_that_drew_criticism_stays() -> None:
    found = events("The meeting between Erdogan and Haniyeh on Saturday drew sharp criticism from Israel on Sunday.")
    assert [m.date for m in found] == ["2021-03-06"]


def test_criticism_voiced_at_a_meeting_leaves_the_meeting() -> None:
    found = events("Hamas leader Khalil al-Hayya faced criticism at the meeting with Egyptian intelligence chief Hassan Rashad in Cairo on Monday.")
    assert [(m.date, people(m)) for m in found] == [("2021-03-08", {"Khalil al-Hayya", "Hassan Rashad"})]


# -- a deal's or a proposal's terms lay the meeting down ahead

def test_a_meeting_the_framework_envisages_is_a_plan() -> None:
    assert events("The framework envisages a meeting between the Afghan government and the Taliban on March 10.") == []
    assert events("The Egyptian proposal calls for talks between Hamas and Fatah in Cairo on Sunday.") == []


# -- a crowd at a rite: its named members are no visitors of their own

def test_a_crowd_of_dignitaries_listed_by_name_at_an_inauguration_is_no_visit() -> None:
    body = ("Dozens of foreign dignitaries, among them Qatar's Emir Sheikh Tamim bin Hamad Al Thani and Iraqi Prime Minister "
            "Mohammed Shia al-Sudani, attended the swearing-in ceremony in Tehran on Tuesday.")
    assert events(body) == []


def test_delegations_of_many_countries_with_one_named_at_a_funeral_are_no_visit() -> None:
    assert events("Leaders of more than 40 countries, including Iraqi President Abdul Latif Rashid, attended the funeral in Tehran on Monday.") == []
    assert events("Foreign delegations, including Iranian Foreign Minister Abbas Araghchi, attended the memorial in Beirut on Sunday.") == []


def test_one_sides_officials_at_a_funeral_abroad_are_still_a_visit() -> None:
    found = events("Iranian officials, including Foreign Minister Abbas Araghchi, attended the funeral of the Hezbollah leader in Beirut on Sunday.")
    assert len(found) == 1 and "Abbas Araghchi" in people(found[0])


def test_the_host_of_a_funeral_meets_nobody() -> None:
    assert events("Egypt on Tuesday hosted the funeral of a senior intelligence officer, attended by Hamas representatives.") == []


# -- who did not meet, and who only spoke about the meeting

def test_a_counterpart_the_attendee_did_not_meet_joins_no_meeting() -> None:
    body = ("Egyptian Foreign Minister Sameh Shoukry met his Jordanian counterpart Ayman Safadi in Amman on Monday. "
            "Shoukry attended the summit but did not meet Iranian President Masoud Pezeshkian.")
    found = events(body)
    assert [people(m) for m in found] == [{"Sameh Shoukry", "Ayman Safadi"}]


def test_a_member_who_attended_the_meeting_still_joins_it() -> None:
    body = ("Egyptian Foreign Minister Sameh Shoukry met his Jordanian counterpart Ayman Safadi in Amman on Monday. "
            "Iraqi Foreign Minister Fuad Hussein also attended the meeting.")
    assert [people(m) for m in events(body)] == [{"Sameh Shoukry", "Ayman Safadi", "Fuad Hussein"}]


def test_who_speaks_of_anothers_visit_was_not_on_it() -> None:
    body = ("Iranian Foreign Minister Abbas Araghchi met Lebanese Parliament Speaker Nabih Berri in Beirut on Monday. "
            "Lebanese Forces leader Samir Geagea said Araghchi's visit was unwelcome.")
    assert all("Samir Geagea" not in people(m) for m in events(body))


def test_who_speaks_of_his_own_meeting_was_at_it() -> None:
    found = events("Lebanese Forces leader Samir Geagea said his meeting with French President Emmanuel Macron in Paris on Monday was constructive.")
    assert len(found) == 1 and {"Samir Geagea", "Emmanuel Macron"} <= people(found[0])


# -- a briefing about the talks, a body of one side by itself, a denial in the passive

def test_a_briefing_on_the_talks_is_no_meeting_with_whom_was_briefed() -> None:
    assert events("Lavrov briefed Putin on Monday on his talks with the Hamas delegation.") == []
    assert events("Egypt's intelligence chief informed the Israeli premier on Tuesday of the results of his talks with Hamas.") == []


def test_who_was_briefed_after_the_talks_was_not_at_them() -> None:
    found = events("Lavrov held talks with a Hamas delegation in Moscow on Monday and later briefed Putin on the talks.")
    assert [(m.date, people(m)) for m in found] == [("2021-03-08", {"Sergey Lavrov"})]


def test_one_sides_own_body_meeting_by_itself_is_no_diplomatic_meeting() -> None:
    assert events("The Taliban's cabinet met in Kandahar on Monday.") == []
    assert events("Hamas's political bureau met in Doha on Tuesday to elect a new leader.") == []


def test_one_sides_body_meeting_a_counterpart_stays() -> None:
    found = events("Members of Hamas's political bureau met Egyptian intelligence chief Hassan Rashad in Cairo on Monday.")
    assert len(found) == 1 and "Hassan Rashad" in people(found[0])


def test_reports_of_a_meeting_denied_in_the_passive_are_no_meeting() -> None:
    assert events("Reports that Muttaqi met Pakistani officials in Dubai on Monday were denied by the Taliban.") == []


# -- a day told with another happening's verb

def test_a_picture_released_on_a_day_does_not_date_the_handshake() -> None:
    assert events("Photographs released on Tuesday showed Haniyeh shaking hands with Erdogan.") == []
    found = events("Photographs showed Haniyeh shaking hands with Erdogan in Istanbul on Saturday.")
    assert [m.date for m in found] == ["2021-03-06"]


def test_an_operation_launched_as_others_met_is_no_talks() -> None:
    assert events("Israel launched the operation on Tuesday, just as Hamas negotiators were meeting Egyptian mediators in Cairo.") == []
    found = events("Hamas and Fatah launched in Cairo on Monday a new round of reconciliation talks.")
    assert [(m.date, sides(m)) for m in found] == [("2021-03-08", {"Hamas", "Fatah"})]


def test_the_day_of_a_release_is_not_the_day_of_the_visit_it_was_agreed_in() -> None:
    body = "The prisoners were freed on Monday as part of an agreement reached during a visit by the Qatari foreign minister to Cairo."
    assert all(m.date != "2021-03-08" for m in events(body))
    found = events("The prisoners were freed on Monday during a visit by Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani to Cairo on Sunday.")
    assert [m.date for m in found] == ["2021-03-07"]


def test_a_visit_announced_on_a_day_is_not_dated_that_day() -> None:
    assert events("Iran's foreign ministry announced on Sunday the visit of Foreign Minister Abbas Araghchi to Riyadh.") == []


# -- a plan named by a noun, and a second event noun coordinated after the first

def test_a_meeting_that_preparations_or_expectations_are_for_is_a_plan() -> None:
    assert events("Preparations were under way on Monday for a meeting between Hamas and Fatah leaders in Cairo.") == []
    assert events("Amid expectations of a meeting between Araghchi and Witkoff in Muscat on Saturday, oil prices fell on Monday.") == []
    assert events("Egypt stepped up efforts to arrange talks between Hamas and Fatah in Cairo on Sunday.") == []


def test_a_visit_at_a_hosts_invitation_stays() -> None:
    found = events("Hamas leader Ismail Haniyeh visited Ankara on Monday at the invitation of Turkish President Recep Tayyip Erdogan.")
    assert len(found) == 1 and "Ismail Haniyeh" in people(found[0])


def test_a_second_event_noun_after_and_brings_none_of_its_sides_to_the_first() -> None:
    body = ("The minister's visit follows a trip by Uzbek Foreign Minister Bakhtiyor Saidov to Kabul in August, "
            "and talks between Taliban officials and a Chinese delegation in Beijing in September.")
    trips = [m for m in events(body) if "Bakhtiyor Saidov" in people(m)]
    assert trips and all("China" not in sides(m) for m in trips)


# -- whom the traveller deals with, told in a relative clause before the report

def test_the_sides_a_mediator_deals_with_did_not_travel_with_him() -> None:
    body = "Egyptian intelligence chief Abbas Kamel, who has mediated between Hamas and Israel for years, travelled to Tel Aviv on Monday."
    found = events(body)
    assert [(people(m), sides(m)) for m in found] == [({"Abbas Kamel"}, {"Egypt"})]


def test_talks_a_mediator_once_brokered_are_no_report_of_the_day() -> None:
    body = "Omani Foreign Minister Badr Albusaidi, who brokered talks between Iran and the United States, met Araghchi in Tehran on Monday."
    found = events(body)
    assert len(found) == 1 and {"Badr Albusaidi", "Abbas Araghchi"} <= people(found[0])
    assert "United States" not in sides(found[0])


# -- blind26's classes in shapes written here: an audience, a crowd told by examples, an escort,
# freed people brought home, an appeal with a quote, a tour leg told in passing, "the movement's" team

def test_a_gathering_a_minister_told_is_his_audience_not_a_meeting() -> None:
    assert events("Muttaqi told a gathering of tribal elders in Kandahar on Sunday that the Islamic Emirate would not bow to pressure.") == []
    assert events("Hezbollah leader Naim Qassem addressed the forum's opening session in Tehran on Monday.") == []


def test_a_conference_told_only_by_a_crowds_examples_is_no_meeting() -> None:
    body = ("The meeting on Monday brought together envoys from more than 15 countries and international organisations, "
            "including Iran, China, India and the United Nations.")
    assert events(body) == []


def test_a_conference_its_subject_attended_keeps_the_crowds_examples() -> None:
    body = ("Acting Foreign Minister Amir Khan Muttaqi pleaded for investment at a regional conference on Afghanistan that opened "
            "in Tashkent on Tuesday, attended by delegations from more than 20 countries, including Russia, China and Pakistan.")
    found = events(body)
    assert len(found) == 1 and "Amir Khan Muttaqi" in people(found[0])


def test_freed_detainees_landing_at_an_airport_are_no_visit() -> None:
    assert events("Separately, 20 detainees freed by Riyadh landed at Sanaa airport on Thursday in a swap for two Saudi prisoners.") == []


def test_a_delegation_that_negotiated_a_prisoners_release_still_arrives() -> None:
    found = events("The Hamas delegation that negotiated the release of the prisoners arrived in Cairo on Monday.")
    assert len(found) == 1 and "Hamas" in sides(found[0])


def test_an_appeal_made_in_a_televised_address_is_no_visit() -> None:
    assert events('Houthi leader Abdul-Malik al-Houthi called on Riyadh in a televised address on Thursday to "end the siege".') == []


def test_an_undated_earlier_leg_of_the_tour_is_told_in_passing() -> None:
    body = ("Chinese envoy Wang Kejian met Hamas leader Ismail Haniyeh in Doha on Sunday. "
            "Wang, a veteran diplomat, had earlier travelled to Amman and Ramallah.")
    found = events(body)
    assert [m.date for m in found] == ["2021-03-07"]
    dated = events("Chinese envoy Wang Kejian met Hamas leader Ismail Haniyeh in Doha on Sunday. Wang had earlier travelled to Ramallah on Friday.")
    assert sorted(m.date for m in dated) == ["2021-03-05", "2021-03-07"]


def test_the_movements_negotiators_are_the_movement_named_before() -> None:
    body = ("Hamas leader Ismail Haniyeh received a Chinese envoy in Doha on Sunday. Haniyeh has lived in Qatar for years. "
            "The movement's negotiators met Egyptian and Qatari mediators in Cairo earlier this month.")
    month = [m for m in events(body) if m.date == "2021-03"]
    assert len(month) == 1 and "Hamas" in sides(month[0])


def test_a_speaker_who_says_in_a_separate_post_that_he_met_them_met_them() -> None:
    body = ("Saudi Defence Minister Prince Khalid bin Salman met a Houthi delegation in Riyadh on Tuesday. "
            "Mohammed Al Jaber, the Saudi envoy, said in a separate post that he had also held meetings with the delegation.")
    assert any("Mohammed Al Jaber" in people(m) for m in events(body))


# -- blind29's classes in shapes written here: a ruling body's own session, a record over a tenure,
# the main clause after a relative one, a day that names another happening

def test_a_session_of_a_movements_ruling_council_is_no_diplomatic_meeting() -> None:
    assert events("Houthi leader Mahdi al-Mashat chaired a meeting of the Supreme Political Council in Sanaa on Tuesday.") == []


def test_meetings_over_a_ministers_years_in_office_are_a_record() -> None:
    body = ("The late foreign minister, Hossein Amir-Abdollahian, who had met Hezbollah officials in Beirut and Houthi leaders "
            "in Muscat during his three years in office, was laid to rest in Tehran on Thursday.")
    assert events(body) == []


def test_the_main_clause_after_a_relative_one_does_not_date_its_meeting() -> None:
    body = ("Hamas leader Ismail Haniyeh, who had held talks with Khamenei in Tehran in April, "
            "was killed in a strike on Wednesday.")
    assert all(m.date != "2021-03-10" for m in events(body))


def test_a_day_that_names_another_happening_does_not_date_a_visit() -> None:
    body = ("Iranian Foreign Minister Abbas Araghchi met Lebanese Prime Minister Najib Mikati in Beirut on Friday. "
            "He also visited a hospital where victims of the explosions of September 17 are treated.")
    assert [m.date for m in events(body)] == ["2021-03-05"]
