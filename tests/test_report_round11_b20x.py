"""Round 11 (b20x): report shapes of the blind20 fix round, on sentences written for these tests
(never the set's own names, phrases or dates). The dateline is Wednesday 10 March 2021, so
"on Monday" is 8 March 2021."""
from __future__ import annotations

from tests.helpers.reports import events, people, sides
from timeline_app.ingest.extract import extract_document
from timeline_app.ingest.merge_rules import same_event
from timeline_app.storage.repository import ClusterView


def test_a_qualified_delegation_names_its_country_as_a_side() -> None:
    # "an Omani mediation delegation": one qualifying word between the adjective and the group noun
    found = events("A Qatari mediation delegation met on Monday with Hamas leader Khalil al-Hayya in Gaza, the movement said.")
    assert len(found) == 1
    assert "Qatar" in sides(found[0]) and "Khalil al-Hayya" in people(found[0])
    assert found[0].date == "2021-03-08"


def test_a_qualified_delegation_and_its_earlier_arrival_stay_two_days() -> None:
    body = ("An Egyptian security delegation met on Tuesday with Ismail Haniyeh in Gaza. "
            "The delegation had arrived through the Rafah crossing on Monday.")
    found = events(body)
    meeting = [m for m in found if "Ismail Haniyeh" in people(m)]
    assert meeting and meeting[0].date == "2021-03-09" and "Egypt" in sides(meeting[0])



def test_the_office_of_a_movement_with_a_long_name_is_its_holder_that_year() -> None:
    # "the secretary-general of <a movement named in two words>": the man who held that office then
    found = events("The secretary-general of Islamic Jihad was received by Iranian President Hassan Rouhani in Tehran on Monday.",
                   dateline="Wednesday 9 March 2016")
    assert found and {"Ramadan Shallah", "Hassan Rouhani"} <= people(found[0])


def test_a_countrys_top_diplomat_is_its_foreign_minister_named_before() -> None:
    body = ("Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani met Hamas leaders in Doha on Monday. "
            "Earlier, Qatar's top diplomat met with Egyptian intelligence chief Abbas Kamel.")
    found = events(body)
    kamel = [m for m in found if "Abbas Kamel" in people(m)]
    assert kamel and "Mohammed bin Abdulrahman Al Thani" in people(kamel[0])


def test_earlier_opening_a_sentence_keeps_the_day_just_told() -> None:
    body = ("Turkish Foreign Minister Hakan Fidan met Hamas leader Ismail Haniyeh in Doha on Monday. "
            "Earlier, Fidan met with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani.")
    found = events(body)
    pm = [m for m in found if "Mohammed bin Abdulrahman Al Thani" in people(m)]
    assert pm and pm[0].date == "2021-03-08"


def test_a_town_the_headline_says_was_discussed_is_no_venue() -> None:
    text = ("Speaker receives Iranian envoy, discusses Gaza and border\n\nWednesday 10 March 2021\n\n"
            "Speaker Nabih Berri received on Monday Iranian Foreign Minister Hossein Amir-Abdollahian.\n")
    found = extract_document(text).mentions
    assert found and found[0].location != "Gaza"


def test_the_second_time_this_year_is_a_remark_no_event() -> None:
    body = ("Hamas and Fatah delegations signed a unity document in Cairo on Monday, hosted by Egypt. "
            "It was the second time this year that Egypt brought Hamas and Fatah together.")
    found = events(body)
    assert len(found) == 1 and found[0].date == "2021-03-08"


def test_a_movement_that_attended_the_talks_joins_them_sentences_later() -> None:
    body = ("Hamas and Fatah signed a declaration in Moscow on Monday at the end of talks hosted by Russia. "
            "Hamas was represented by Mousa Abu Marzouk. Fatah sent Azzam al-Ahmad. "
            "The talks began on Saturday. Russia called them constructive. "
            "The Palestinian Islamic Jihad, which attended the talks, did not sign the document.")
    found = events(body)
    signed = [m for m in found if "Mousa Abu Marzouk" in people(m)]
    assert signed and "Palestinian Islamic Jihad" in sides(signed[0])


def test_and_later_in_another_town_with_someone_else_is_a_second_meeting() -> None:
    found = events("On Monday, Abbas Kamel met in Jerusalem with Israeli Prime Minister Naftali Bennett, "
                   "and later in Ramallah with Palestinian President Mahmoud Abbas.")
    bennett = [m for m in found if "Naftali Bennett" in people(m)]
    abbas = [m for m in found if "Mahmoud Abbas" in people(m)]
    assert bennett and abbas and bennett[0] is not abbas[0]
    assert "Mahmoud Abbas" not in people(bennett[0])
    # each in the town named before its counterpart: the host at home is no delegation
    assert bennett[0].location == "Jerusalem" and abbas[0].location == "Ramallah"
    assert "Palestinian Authority" not in sides(abbas[0])


def test_people_who_joined_a_meeting_after_its_clause_take_part() -> None:
    body = ("Qatari envoy Mohammed al-Emadi was received in Gaza on Monday by Yahya Sinwar and other Hamas officials, "
            "who escorted him into a hall, where they were joined by leaders of the Palestinian Islamic Jihad.")
    found = events(body)
    assert found and "Palestinian Islamic Jihad" in sides(found[0])


def test_a_host_met_by_one_report_and_other_sides_met_by_another_are_two_meetings() -> None:
    # one report: the visitor (10) met the prime minister (20, host); the other: the visitor met leaders
    # (30, 40) of two movements (2, 3): one visitor, one day, one town, two meetings
    host = ClusterView(1, frozenset({1}), "2021-03-08", "day", "relative", "meeting", "Beirut", "Lebanon",
                       frozenset({1}), frozenset({10, 20}), (frozenset(),), frozenset({20}))
    factions = ClusterView(2, frozenset({2}), "2021-03-08", "day", "relative", "meeting", "Beirut", "Lebanon",
                           frozenset({1, 2, 3}), frozenset({10, 30, 40}), (frozenset(),))
    fuller = ClusterView(3, frozenset({3}), "2021-03-08", "day", "relative", "meeting", "Beirut", "Lebanon",
                         frozenset({1, 2}), frozenset({10, 20, 30}), (frozenset(),))
    assert not same_event(host, factions, need_topic=False)
    assert same_event(host, fuller, need_topic=False)  # it names the host too: one meeting told more fully


def test_whom_a_visitor_did_not_meet_is_no_side_of_his_meetings() -> None:
    found = events("US envoy Brett McGurk arrived in Doha on Monday and held meetings with Qatari officials, "
                   "but he did not meet the Hamas delegation, which refuses direct contact with Washington.")
    assert found and all("Hamas" not in sides(m) for m in found)


def test_someone_who_attended_a_days_meeting_joins_that_meeting_not_the_arrival() -> None:
    body = ("Omani Foreign Minister Badr Albusaidi received the Houthi delegation in Muscat on Monday. "
            "The delegation had arrived in Muscat on Saturday for three days of talks. "
            "UN envoy Martin Griffiths, who has followed the file for years, also attended Monday's meeting.")
    found = events(body)
    met = [m for m in found if "Badr Albusaidi" in people(m)]
    assert met and "Martin Griffiths" in people(met[0])
    assert all("Martin Griffiths" not in people(m) for m in found if m.type == "visit")


def test_a_delegation_arriving_under_its_groups_name_is_the_journey_to_that_days_talks() -> None:
    body = ("The Hamas delegation arrived in Cairo on Monday morning and was welcomed by Egyptian officials. "
            "Later on Monday the members of the delegation held talks with Egyptian intelligence chief Abbas Kamel.")
    found = events(body)
    assert len(found) == 1 and found[0].date == "2021-03-08" and "Abbas Kamel" in people(found[0])


def test_a_country_that_hosted_an_office_for_years_reports_no_event() -> None:
    found = events("Oman hosted the Houthis' negotiating office in Muscat for years and mediated quietly between the sides.")
    assert found == []


def test_a_one_to_one_before_the_larger_meeting_is_its_own_meeting() -> None:
    body = ("Egyptian President Abdel Fattah al-Sisi on Monday hosted Jordan's King Abdullah II and Palestinian President "
            "Mahmoud Abbas in Cairo for a three-way summit. Before the three-way summit, Sisi received Abbas alone at the palace.")
    found = events(body)
    alone = [m for m in found if people(m) == {"Abdel Fattah el-Sisi", "Mahmoud Abbas"}]
    summit = [m for m in found if "Abdullah II" in people(m)]
    assert alone and summit and alone[0] is not summit[0] and alone[0].date == "2021-03-08"


def test_a_separate_meeting_between_two_who_also_met_together_is_its_own() -> None:
    body = ("Turkish President Recep Tayyip Erdogan on Monday hosted Hamas leader Ismail Haniyeh and Egyptian intelligence "
            "chief Abbas Kamel in Istanbul, with Foreign Minister Hakan Fidan present. "
            "Kamel held a separate meeting with Fidan earlier in the day, officials said.")
    found = events(body)
    pair = [m for m in found if people(m) == {"Abbas Kamel", "Hakan Fidan"}]
    assert pair and pair[0].date == "2021-03-08"


def test_neither_nor_attended_adds_nobody() -> None:
    body = ("On Saturday, President Michel Aoun received Iranian Foreign Minister Javad Zarif at Baabda Palace. "
            "Neither Aoun nor Prime Minister Saad Hariri attended Sunday's rally, officials said.")
    found = events(body)
    assert found and all("Saad Hariri" not in people(m) for m in found)


def test_a_countrys_representative_for_another_country_acts_for_the_first() -> None:
    found = events("Amir Khan Muttaqi held a meeting in Moscow on Monday with Turkmenistan's Special Representative for Afghanistan Serdar Babayev.")
    assert found and "Turkmenistan" in sides(found[0]) and "Afghanistan" not in sides(found[0])


def test_a_movement_named_in_a_takeover_is_no_traveller() -> None:
    found = events("Chinese Foreign Minister Wang Yi visited Kabul in March 2021, months after the Taliban takeover.")
    assert found and all(sides(m) == {"China"} for m in found)


def test_what_a_colon_introduces_has_its_own_subject() -> None:
    found = events("Ankara has kept channels open to the Taliban: Turkish Foreign Minister Mevlut Cavusoglu visited Kabul in May 2021.")
    assert not [m for m in found if sides(m) == {"Taliban"}]


def test_who_sat_beside_the_visitor_was_at_the_meeting_though_he_did_not_speak() -> None:
    body = ("Iranian President Hassan Rouhani received Hamas leader Ismail Haniyeh in Tehran on Monday. "
            "Hamas official Mousa Abu Marzouk, who sat beside him, did not speak to reporters afterwards.")
    found = events(body)
    assert found and "Mousa Abu Marzouk" in people(found[0])


def test_who_did_not_sit_beside_him_is_not_added() -> None:
    body = ("Iranian President Hassan Rouhani received Hamas leader Ismail Haniyeh in Tehran on Monday. "
            "Hamas official Mousa Abu Marzouk, who was not there, later said he would never have sat next to him.")
    found = events(body)
    assert found and "Mousa Abu Marzouk" not in people(found[0])
