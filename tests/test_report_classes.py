"""More shapes of real reports (issue 9, second round): each rule on sentences written for
this test, never a test article's words."""
from __future__ import annotations

from timeline_app.ingest.entities import ArticleMemory, recognize
from timeline_app.ingest.extract import extract_document
from tests.test_report_shapes import delegations, events, page, people


def test_words_of_a_host_in_a_relative_clause_do_not_hide_the_report() -> None:
    # "..., who told his guests that ...": the host's words, after the report of the meeting
    found = events(page("A Hamas delegation led by Khalil al-Hayya arrived in Cairo on Monday and was received "
                        "the same day by Egyptian intelligence chief Hassan Rashad, who told his guests that Egypt "
                        "wants the war in Gaza to end soon, according to the state news agency."))
    assert any({"Khalil al-Hayya", "Hassan Rashad"} <= people(m) and m.date == "2021-03-08" for m in found)


def test_a_relative_clause_speaker_after_a_dated_meeting_keeps_the_meeting() -> None:
    found = events(page("A Taliban delegation led by Abdul Ghani Baradar arrived in Tehran on Monday.\n\n"
                        "On Tuesday the delegation met with Ali Larijani, who told the visitors that Tehran "
                        "backs the talks, Iranian media reported."))
    assert any("Ali Larijani" in people(m) and m.date == "2021-03-09" for m in found)


def test_a_body_of_a_state_is_not_the_un_security_council() -> None:
    names = [e.name for e in recognize("The delegation met the secretary of Iran's Supreme National Security Council.",
                                       0, ArticleMemory())]
    assert "Supreme National Security Council" in names and "UN Security Council" not in names


def test_a_separate_conversation_with_someone_is_a_meeting() -> None:
    found = events(page("Sergei Lavrov received Amir Khan Muttaqi in Moscow on Tuesday.\n\n"
                        "On Wednesday Muttaqi held a separate conversation with Zamir Kabulov."))
    assert any({"Amir Khan Muttaqi", "Zamir Kabulov"} <= people(m) and m.date == "2021-03-10" for m in found)


def test_talks_named_as_the_subject_of_a_briefing_are_no_event() -> None:
    # "briefed X on the state of the talks with Y in Z": what the meeting was about
    found = events(page("Ismail Haniyeh met Hossein Amir-Abdollahian in Tehran on Tuesday.\n\n"
                        "Haniyeh briefed the minister on the state of the talks between Hamas and Fatah in Cairo "
                        "in January."))
    assert len(found) == 1 and found[0].location == "Tehran"


def test_only_the_subject_of_did_not_attend_is_absent() -> None:
    found = events(page("Hossein Amir-Abdollahian met Nabih Berri in Beirut on Tuesday.\n\n"
                        "President Ebrahim Raisi did not attend the ceremony and sent a letter that was read out "
                        "by Amir-Abdollahian."))
    assert any({"Hossein Amir-Abdollahian", "Nabih Berri"} <= people(m) for m in found)
    assert all("Ebrahim Raisi" not in people(m) for m in found)


def test_a_meeting_on_the_day_of_a_funeral_is_its_own_event() -> None:
    found = events(page("An Iranian delegation led by Mohammad Bagher Ghalibaf attended the funeral of a "
                        "Hamas commander in Doha on Tuesday.\n\n"
                        "On Tuesday evening Ghalibaf held a meeting with Ismail Haniyeh."))
    assert len(found) == 2
    meeting = next(m for m in found if "Ismail Haniyeh" in people(m))
    assert meeting.type == "meeting" and meeting.date == "2021-03-09"


def test_a_hedged_report_stays_a_report_when_a_denial_follows() -> None:
    # "According to reports he met X, but nobody confirmed it": a report (the hedge ends before its verb)
    found = events(page("Ali Larijani arrived in Beirut on Tuesday and met Nabih Berri.\n\n"
                        "According to local television he met with Hezbollah officials later in the day, but "
                        "neither side confirmed any meeting."))
    assert any("Hezbollah" in delegations(m) or "Hezbollah" in {p.actor.name for p in m.participants} for m in found)


def test_a_hedge_before_a_named_subject_is_no_plan() -> None:
    found = events(page("According to Lebanese media Ali Larijani met Naim Qassem in Beirut on Tuesday."))
    assert any({"Ali Larijani", "Naim Qassem"} <= people(m) for m in found)


def test_he_opening_a_paragraph_is_the_one_the_report_follows() -> None:
    found = events(page("Ali Larijani arrived in Beirut on Tuesday.\n\n"
                        "Larijani then held talks with Prime Minister Najib Mikati at the Grand Serail. "
                        "Foreign Minister Abdallah Bou Habib also attended.\n\n"
                        "He met with Hezbollah officials later in the day."))
    hezbollah = [m for m in found if "Hezbollah" in delegations(m)]
    assert len(hezbollah) == 1 and "Ali Larijani" in people(hezbollah[0])
    assert "Abdallah Bou Habib" not in people(hezbollah[0]) and "Najib Mikati" not in people(hezbollah[0])


def test_a_visitor_meeting_the_heads_of_two_host_offices_has_two_meetings() -> None:
    found = events(page("Hossein Amir-Abdollahian met President Michel Aoun and Parliament Speaker Nabih Berri "
                        "in Beirut on Tuesday."))
    assert sorted(len(people(m)) for m in found) == [2, 2]
    assert {frozenset(people(m)) for m in found} == {frozenset({"Hossein Amir-Abdollahian", "Michel Aoun"}),
                                                    frozenset({"Hossein Amir-Abdollahian", "Nabih Berri"})}


def test_a_joint_meeting_with_two_office_holders_stays_one() -> None:
    found = events(page("Hossein Amir-Abdollahian met President Michel Aoun and Parliament Speaker Nabih Berri "
                        "together in Beirut on Tuesday."))
    assert len(found) == 1


def test_a_meeting_named_after_a_reporting_verb_is_a_report_dated_by_the_next_sentence() -> None:
    found = events(page("Western diplomats on Wednesday pointed to a meeting in Beirut between Hamas official "
                        "Osama Hamdan and Hezbollah leader Naim Qassem as a sign of closer ties.\n\n"
                        "The meeting took place on Monday, according to a statement from the movement."))
    assert len(found) == 1 and {"Osama Hamdan", "Naim Qassem"} <= people(found[0])
    assert found[0].date == "2021-03-08"


def test_sending_a_delegation_to_a_meeting_is_still_a_plan() -> None:
    assert events(page("Hamas will send a delegation to the next meeting of the factions in Cairo, its "
                       "spokesman Hazem Qassem said on Tuesday.")) == []


def test_a_fronted_after_phrase_is_not_the_subject_of_a_passive_report() -> None:
    found = events(page("Ziyad al-Nakhalah arrived in Tehran on Sunday at the head of an Islamic Jihad delegation.\n\n"
                        "A day after seeing Ebrahim Raisi, the group was received by Supreme Leader Ayatollah "
                        "Ali Khamenei."))
    khamenei = [m for m in found if "Ali Khamenei" in people(m)]
    assert len(khamenei) == 1 and "Ebrahim Raisi" not in people(khamenei[0])
    assert "Palestinian Islamic Jihad" in delegations(khamenei[0])


def test_members_listed_after_an_arrival_join_that_journey() -> None:
    found = events(page("Khalil al-Hayya met Hassan Rashad in Cairo on Monday.\n\n"
                        "Al-Hayya had arrived in Cairo on Sunday at the head of a Hamas delegation. "
                        "The delegation included Zaher Jabarin and Ghazi Hamad."))
    meeting = next(m for m in found if "Hassan Rashad" in people(m))
    assert "Zaher Jabarin" not in people(meeting)


def test_a_meeting_adverbial_before_the_speaker_is_a_report() -> None:
    found = events(page("A Hezbollah delegation arrived in Tehran on Monday.\n\n"
                        "In a meeting with the visitors on Tuesday, Foreign Minister Abbas Araghchi stressed that "
                        "Iran stood by Lebanon, according to his ministry."))
    meeting = [m for m in found if "Abbas Araghchi" in people(m)]
    assert len(meeting) == 1 and meeting[0].date == "2021-03-09" and "Hezbollah" in delegations(meeting[0])


def test_besides_a_list_of_hosts_the_delegation_met_another_one() -> None:
    found = events(page("Ali Khamenei received a Hamas delegation in Tehran on Monday.\n\n"
                        "Besides Khamenei and Speaker Mohammad Bagher Ghalibaf, the delegation met Ali Akbar Ahmadian, "
                        "Hamas said in a statement, without giving the date of that meeting."))
    other = [m for m in found if "Ali Akbar Ahmadian" in people(m)]
    assert len(other) == 1 and "Ali Khamenei" not in people(other[0]) and "Hamas" in delegations(other[0])
    assert (other[0].date, other[0].precision) == ("2021-03", "month")


def test_the_president_receiving_two_visitors_is_one_meeting() -> None:
    found = events(page("On Monday, President Michel Aoun received Ali Larijani and Hossein Amir-Abdollahian "
                        "in Beirut."))
    assert len(found) == 1 and {"Michel Aoun", "Ali Larijani", "Hossein Amir-Abdollahian"} <= people(found[0])


def test_a_country_sending_a_delegation_to_a_ceremony_is_there() -> None:
    found = events(page("Thousands of mourners gathered in Tehran on Tuesday for the funeral of a Hamas commander.\n\n"
                        "Qatar sent a delegation led by Mohammed bin Abdulrahman Al Thani. A Houthi delegation "
                        "headed by Mohammed Abdul Salam also attended, Houthi media said."))
    assert len(found) == 1 and {"Houthis"} <= delegations(found[0])
    assert {"Mohammed bin Abdulrahman Al Thani", "Mohammed Abdulsalam"} <= people(found[0])


def test_sides_named_in_a_concessive_clause_did_not_take_part() -> None:
    found = events(page("An Islamic Jihad delegation led by Mohammed al-Hindi joined the Egyptian officials for "
                        "consultations in Cairo on Tuesday, though it did not take part in the Hamas-Fatah sessions."))
    assert len(found) == 1 and delegations(found[0]) == {"Palestinian Islamic Jihad"}


def test_a_since_clause_has_its_own_subject() -> None:
    found = events(page("Qatar and the Houthis have kept in contact since a Qatari delegation travelled to Sanaa "
                        "in January."))
    assert found and all("Houthis" not in delegations(m) for m in found)


def test_the_city_a_visitor_flew_in_from_is_not_the_place() -> None:
    found = events(page("TEHRAN, March 10 - Mohammed Abdul Salam flew in from Muscat on Tuesday evening with "
                        "a Houthi team.", dateline="Wednesday 10 March 2021"))
    assert found and all(m.location != "Muscat" for m in found)


def test_talks_a_delegation_had_spent_days_in_are_not_the_meeting_of_the_day() -> None:
    found = events(page("On Tuesday the Houthi negotiators met Saudi Defence Minister Khalid bin Salman in Riyadh.\n\n"
                        "The Houthi delegation had spent the previous four days in talks with Saudi officials led by "
                        "Mohammed Al Jaber."))
    meeting = next(m for m in found if "Khalid bin Salman" in people(m))
    assert "Mohammed Al Jaber" not in people(meeting)


def test_a_delegation_of_two_countries_named_together_is_one_journey() -> None:
    found = events(page("Last month a Qatari and Egyptian delegation travelled to Gaza.",
                        dateline="Wednesday 10 March 2021"))
    assert len(found) == 1 and {"Qatar", "Egypt"} <= delegations(found[0])


def test_a_side_that_did_not_appear_during_a_visit_is_no_event() -> None:
    found = events(page("Hossein Amir-Abdollahian met Nabih Berri in Beirut on Tuesday.\n\n"
                        "Hezbollah kept a low profile, and its officials did not appear with the Iranian minister "
                        "during Tuesday's visit."))
    assert len(found) == 1 and "Hezbollah" not in delegations(found[0])


def test_a_pronoun_after_a_fronted_last_month_is_the_subject() -> None:
    found = events(page("Khalil al-Hayya arrived in Cairo on Monday.\n\n"
                        "Last month he visited Doha and met the prime minister, Mohammed bin Abdulrahman Al Thani."))
    doha = [m for m in found if "Mohammed bin Abdulrahman Al Thani" in people(m)]
    assert len(doha) == 1 and "Khalil al-Hayya" in people(doha[0]) and doha[0].date == "2021-02"


def test_spoke_with_someone_on_the_phone_is_a_call() -> None:
    found = events(page("Khalil al-Hayya spoke with Hakan Fidan on the phone on Tuesday about the talks."))
    assert len(found) == 1 and found[0].type == "call" and found[0].date == "2021-03-09"


def test_a_full_date_with_commas_before_an_anaphoric_subject() -> None:
    found = extract_document("Taliban delegation in Moscow\n\nA Taliban delegation led by Amir Khan Muttaqi met "
                             "Zamir Kabulov in Moscow on Monday.\n\nOn March 16, 2021, the delegation held talks with "
                             "Foreign Minister Sergei Lavrov.\n").mentions
    talks = [m for m in found if "Sergey Lavrov" in people(m)]
    assert len(talks) == 1 and talks[0].date == "2021-03-16" and "Taliban" in delegations(talks[0])


def test_a_first_name_before_a_known_surname_part_is_that_person() -> None:
    names = [e.name for e in recognize("Hakan Fidan spoke by phone with his Iranian counterpart, Hossein Abdollahian.",
                                       0, ArticleMemory()) if e.kind == "person"]
    assert names == ["Hakan Fidan", "Hossein Amir-Abdollahian"]


def test_a_subordinate_happening_lends_no_day_and_no_side() -> None:
    found = events(page("Ali Larijani is visiting Beirut after the army announced a plan to disarm Hezbollah on Tuesday."))
    assert len(found) == 1 and found[0].date == "2021-03-10" and delegations(found[0]) == {"Iran"}


def test_the_topic_of_a_discussion_is_not_its_place() -> None:
    found = events(page("Mikhail Bogdanov on Monday discussed the situation in Gaza with a delegation from the "
                        "Popular Front for the Liberation of Palestine in Moscow."))
    assert len(found) == 1 and found[0].location == "Moscow" and delegations(found[0]) == {"PFLP"}


def test_a_weekday_before_which_is_not_the_antecedent_and_dates_the_gathering() -> None:
    found = events(page("Hezbollah organised the conference in Beirut on Tuesday, which brought together delegations "
                        "of Hamas and Islamic Jihad."))
    assert len(found) == 1 and found[0].date == "2021-03-09"
    assert delegations(found[0]) == {"Hamas", "Palestinian Islamic Jihad"}  # the organiser is not a delegation


def test_talks_with_a_and_with_b_are_one_event_per_counterpart() -> None:
    found = events(page("Khalil al-Hayya held talks on Tuesday with Qatar's prime minister and with Egypt's "
                        "intelligence chief in Doha."))
    assert len(found) == 2 and all(len(people(m)) == 2 and "Khalil al-Hayya" in people(m) for m in found)


def test_being_in_a_city_for_talks_is_a_visit() -> None:
    found = events(page("Hamas negotiators are in Cairo for talks with Egyptian mediators, a Hamas official said."))
    assert len(found) == 1 and found[0].type == "visit" and found[0].location == "Cairo"
    assert events(page("The Hamas delegation is in talks with Egypt about a truce.")) == []


def test_people_also_present_join_the_meeting_and_absent_ones_do_not() -> None:
    found = events(page("Ismail Haniyeh met Recep Tayyip Erdogan in Istanbul on Saturday. Turkish intelligence chief "
                        "Ibrahim Kalin and Foreign Minister Hakan Fidan were also present."))
    assert len(found) == 1 and {"Ibrahim Kalin", "Hakan Fidan"} <= people(found[0])
    found = events(page("Ismail Haniyeh met Recep Tayyip Erdogan in Istanbul on Saturday. Hakan Fidan was not present."))
    assert len(found) == 1 and "Hakan Fidan" not in people(found[0])


def test_met_a_and_then_b_is_two_meetings() -> None:
    found = events(page("A Taliban delegation led by Amir Khan Muttaqi arrived in Moscow on Monday. On Tuesday Muttaqi "
                        "met Sergei Lavrov and then Zamir Kabulov."))
    tuesday = [people(m) for m in found if m.date == "2021-03-09"]
    assert sorted(map(sorted, tuesday)) == [["Amir Khan Muttaqi", "Sergey Lavrov"], ["Amir Khan Muttaqi", "Zamir Kabulov"]]


def test_a_movements_minister_taking_part_in_a_multilateral_round_is_an_event() -> None:
    found = events(page("Amir Khan Muttaqi, the foreign minister of the Taliban administration, took part on Tuesday "
                        "in the fifth meeting of the Moscow format consultations near Moscow."))
    assert len(found) == 1 and found[0].type == "talks" and found[0].date == "2021-03-09"
    assert "Taliban" in delegations(found[0])


def test_a_visit_to_a_city_before_the_verb_is_not_a_plan() -> None:
    found = events(page("Hossein Amir-Abdollahian, who is on a two-day visit to Doha, met Ismail Haniyeh on Tuesday."))
    assert len(found) == 1 and {"Hossein Amir-Abdollahian", "Ismail Haniyeh"} <= people(found[0])
    assert events(page("Hamas is expected to send a delegation to Cairo to meet the mediators.")) == []


def test_welcoming_someone_to_a_city_is_a_meeting_and_welcoming_a_decision_is_not() -> None:
    found = events(page("Recep Tayyip Erdogan welcomed Ismail Haniyeh to Istanbul on Saturday."))
    assert len(found) == 1 and found[0].location == "Istanbul" and found[0].date == "2021-03-06"
    assert events(page("Recep Tayyip Erdogan welcomed the decision of Ismail Haniyeh to accept the truce.")) == []


def test_sides_of_a_war_or_truce_named_as_context_are_not_participants() -> None:
    found = events(page("Ali Larijani held talks in Beirut on Friday with Nabih Berri, on a visit that comes as "
                        "mediators push for a ceasefire between Israel and Hezbollah."))
    assert len(found) == 1 and delegations(found[0]) == {"Iran"}


def test_a_spokesman_saying_the_delegation_met_someone_is_not_a_participant() -> None:
    found = events(page("Hamas spokesman Hazem Qassem said the Hamas delegation met Egyptian intelligence chief "
                        "Hassan Rashad in Cairo on Tuesday."))
    assert len(found) == 1 and "Hazem Qassem" not in people(found[0]) and "Hamas" in delegations(found[0])


def test_telling_a_visitor_something_at_the_palace_is_a_meeting() -> None:
    found = events(page("Ali Larijani arrived in Beirut on Tuesday.\n\nPresident Joseph Aoun told Larijani at the "
                        "presidential palace that Lebanon rejected any interference in its affairs."))
    assert any({"Joseph Aoun", "Ali Larijani"} <= people(m) for m in found)
    assert events(page("Joseph Aoun told reporters at the palace that Lebanon rejected interference.")) == []


def test_a_meeting_that_took_place_in_a_city_is_in_that_city() -> None:
    found = events(page("The meeting between Khalil al-Hayya and Hassan Rashad took place in Cairo on Monday."))
    assert len(found) == 1 and found[0].location == "Cairo"
