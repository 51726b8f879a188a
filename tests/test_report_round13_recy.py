"""Round 13 report shapes (recy): separate meetings told in a clause after an arrival, titles before
names ("X's ambassador to Y, <Name>,"), initials written as one word, an unnamed official as the
subject, and a portfolio inside an apposition that is not the person's side. Sentences written for
these tests in the shapes news uses; no set's sentences, names or dates."""
from __future__ import annotations

from helpers.reports import events, people, sides

from timeline_app.ingest.entities import ArticleMemory, recognize


def _person(sentence: str, name: str):  # type: ignore[no-untyped-def]
    found = [e for e in recognize(sentence, 0, ArticleMemory()) if e.kind == "person" and e.name == name]
    assert found, f"{name} not found in {sentence!r}"
    return found[0]


def test_separate_meetings_in_a_when_clause_after_an_arrival_are_one_meeting_each() -> None:
    body = ("Turkish Foreign Minister Hakan Fidan arrived in Baghdad on Monday, when he held separate meetings "
            "with Iraqi President Abdul Latif Rashid, with Prime Minister Mohammed Shia al-Sudani and with "
            "parliament speaker Mahmoud al-Mashhadani.")
    found = events(body)
    met = sorted(sorted(people(m) - {"Hakan Fidan"}) for m in found if "Hakan Fidan" in people(m))
    assert len(found) == 3
    assert met == [["Abdul Latif Rashid"], ["Mahmoud al-Mashhadani"], ["Mohammed Shia al-Sudani"]]
    assert all(m.date == "2021-03-08" for m in found)


def test_one_meeting_in_a_when_clause_after_an_arrival_stays_that_visit() -> None:
    body = "Hakan Fidan arrived in Baghdad on Monday, when he held talks with Prime Minister Mohammed Shia al-Sudani."
    (m,) = events(body)
    assert people(m) == {"Hakan Fidan", "Mohammed Shia al-Sudani"}


def test_an_ambassador_to_a_country_before_his_name_in_apposition_is_a_person_of_his_own_country() -> None:
    p = _person("Norway's ambassador to Lebanon, Haakon Ellingsen, held talks with Hezbollah officials.", "Haakon Ellingsen")
    assert p.affiliation == "Norway"


def test_the_ambassador_named_in_apposition_takes_part_in_his_talks() -> None:
    body = "Norway's ambassador to Yemen, Haakon Ellingsen, held talks with Mohammed Abdulsalam in Muscat on Monday."
    (m,) = events(body)
    assert "Haakon Ellingsen" in people(m) and len(people(m)) == 2
    assert "Norway" in sides(m)


def test_initials_written_as_one_word_with_a_role_are_a_person() -> None:
    p = _person("RK Sharma, joint secretary at the foreign ministry, met the Taliban's deputy foreign minister.", "RK Sharma")
    assert p.title is not None and "joint secretary" in p.title


def test_two_capitals_that_are_a_known_acronym_are_no_initials() -> None:
    ents = recognize("UN Secretary-General Antonio Guterres met the delegation.", 0, ArticleMemory())
    assert [e.name for e in ents if e.kind == "person"] == ["António Guterres"]


def test_two_capitals_without_a_role_are_no_person() -> None:
    ents = recognize("The talks were covered by AB Reuters and other agencies.", 0, ArticleMemory())
    assert not [e for e in ents if e.kind == "person"]


def test_a_portfolio_in_the_apposition_is_not_the_persons_side() -> None:
    p = _person("RK Sharma, joint secretary in charge of the Iran-Iraq division, met the Taliban's deputy foreign minister.",
                "RK Sharma")
    assert p.affiliation not in ("Iran", "Iraq")


def test_an_unnamed_official_of_a_country_opening_the_sentence_is_that_countrys_side() -> None:
    body = "A senior Japanese diplomat held talks with the Taliban's acting foreign minister Amir Khan Muttaqi in Kabul on Monday."
    (m,) = events(body)
    assert {"Japan", "Taliban"} <= sides(m)


def test_an_unnamed_senior_official_as_the_object_is_that_countrys_side() -> None:
    body = "On Monday Amir Khan Muttaqi met a senior Japanese diplomat in Kabul."
    (m,) = events(body)
    assert "Japan" in sides(m)


def test_a_first_person_meeting_had_with_someone_inside_a_quote_is_the_speakers_meeting() -> None:
    body = ('"I had a useful meeting with Mohammed Abdulsalam in Muscat on Monday on ways to extend the truce," '
            "UN envoy Hans Grundberg wrote on social media.")
    (m,) = events(body)
    assert m.date == "2021-03-08"
    assert "Hans Grundberg" in people(m) and len(people(m)) == 2


def test_a_first_person_meeting_hoped_for_inside_a_quote_stays_speech() -> None:
    body = '"I hope I will have a useful meeting with Mohammed Abdulsalam in Muscat next week," Hans Grundberg said on Monday.'
    assert events(body) == []


def test_shaking_hands_with_a_named_counterpart_is_a_meeting() -> None:
    body = ("State television showed Qatari Prime Minister Mohammed bin Abdulrahman Al Thani shaking hands with "
            "Hamas leader Khalil al-Hayya in Doha on Monday.")
    (m,) = events(body)
    assert m.date == "2021-03-08"
    assert {"Mohammed bin Abdulrahman Al Thani", "Khalil al-Hayya"} <= people(m)


def test_two_sides_shaking_hands_with_nobody_named_after_is_no_new_meeting() -> None:
    body = "Television showed the two sides smiling and shaking hands in front of the flags."
    assert events(body) == []


def test_discussed_a_quoted_topic_with_a_delegation_from_a_movement_is_a_meeting() -> None:
    body = ('On Monday evening Iraqi politician Hadi al-Amiri discussed "the situation in the region and the '
            'need for unity among the allied forces" with a delegation from Hamas.')
    (m,) = events(body)
    assert m.date == "2021-03-08"
    assert "Hadi al-Amiri" in people(m) and "Hamas" in sides(m)


def test_a_journey_told_as_the_sequel_of_a_past_perfect_recap_is_no_trip_of_the_day() -> None:
    body = ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani had visited Tehran on Monday, when he met "
            "Ebrahim Raisi. Al Thani then travelled to Baghdad.")
    found = events(body)
    assert len(found) == 1
    assert found[0].date == "2021-03-08"


def test_a_journey_told_as_the_sequel_of_a_trip_of_the_day_stays_a_trip() -> None:
    body = ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani visited Tehran on Monday, when he met "
            "Ebrahim Raisi. Al Thani then travelled to Baghdad.")
    assert len(events(body)) == 2


def test_a_record_of_meetings_in_several_places_is_no_event() -> None:
    body = ("Japanese officials have also met Taliban representatives in Doha and on the margins of regional "
            "conferences such as the Moscow format.")
    assert events(body) == []


def test_a_dated_present_perfect_meeting_in_one_place_is_still_an_event() -> None:
    body = "Japanese officials have met Taliban representatives in Doha on Monday."
    (m,) = events(body)
    assert {"Japan", "Taliban"} <= sides(m)


def test_the_man_named_in_an_aside_about_who_stayed_away_still_took_part() -> None:
    body = ("Egyptian President Abdel Fattah el-Sisi received Hamas leader Ismail Haniyeh in Cairo on Monday. "
            "Vice President Hossam Badrawi, who is tipped to succeed Sisi, did not take part in the meeting.")
    (m,) = events(body)
    assert {"Abdel Fattah el-Sisi", "Ismail Haniyeh"} <= people(m)
    assert "Hossam Badrawi" not in people(m)


def test_companions_named_in_the_next_sentence_join_the_meeting() -> None:
    body = ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani received Hamas leader Ismail Haniyeh in Doha on "
            "Monday. Haniyeh was accompanied by two members of the political bureau. They were Khalil al-Hayya, "
            "who handles relations with Egypt, and Zaher Jabarin, who oversees the West Bank file.")
    (m,) = events(body)
    assert {"Ismail Haniyeh", "Khalil al-Hayya", "Zaher Jabarin"} <= people(m)


def test_the_delegates_on_a_later_day_are_the_members_told_on_arrival() -> None:
    # "the delegates", "the visitors" are the people themselves; "the delegation" leaves open who of it went
    body = ("A Hamas delegation headed by Khalil al-Hayya arrived in Algiers on Monday. The delegation also "
            "included Husam Badran and Bassem Naim. On Tuesday the delegates were received by Algerian Foreign "
            "Minister Ramtane Lamamra.")
    met = [m for m in events(body) if "Ramtane Lamamra" in people(m)]
    assert len(met) == 1
    assert {"Khalil al-Hayya", "Husam Badran", "Bassem Naim"} <= people(met[0])


def test_he_after_a_fronted_within_hours_of_his_arrival_is_the_visitor() -> None:
    body = ("Turkish Foreign Minister Hakan Fidan arrived in Tehran on Monday. Within hours of his arrival, he held a "
            "working session with Iranian Foreign Minister Abbas Araghchi.")
    found = [m for m in events(body) if "Abbas Araghchi" in people(m)]
    assert len(found) == 1 and "Hakan Fidan" in people(found[0])


def test_a_habit_word_inside_a_than_comparison_does_not_make_the_report_a_habit() -> None:
    body = ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leader Khalil al-Hayya in Doha on "
            "Monday, as mediators said a deal was closer than at any point in the past year.")
    (m,) = events(body)
    assert m.date == "2021-03-08"


def test_a_habit_word_outside_a_comparison_still_makes_a_habit() -> None:
    body = "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani has met Hamas leader Khalil al-Hayya many times in the past year."
    assert events(body) == []


def test_one_who_arrived_earlier_and_also_took_part_in_the_meeting_joins_it() -> None:
    body = ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani met Hamas leader Khalil al-Hayya in Doha on "
            "Monday. Egypt's intelligence chief, Abbas Kamel, who arrived in Doha on Sunday, also took part in the meeting.")
    (m,) = events(body)
    assert {"Mohammed bin Abdulrahman Al Thani", "Khalil al-Hayya", "Abbas Kamel"} <= people(m)


def test_a_photo_of_the_two_shaking_hands_is_the_meeting_told_not_another() -> None:
    body = ("Turkish President Recep Tayyip Erdogan received Hamas leader Ismail Haniyeh in Istanbul on Monday. "
            "His office released photos of Erdogan shaking hands with Haniyeh, who was accompanied by Khalil al-Hayya.")
    (m,) = events(body)
    assert {"Recep Tayyip Erdogan", "Ismail Haniyeh", "Khalil al-Hayya"} <= people(m)


def test_a_movements_quoted_readout_of_an_arrival_and_discussion_is_a_report() -> None:
    body = ('Hamas confirmed the visit. "The delegation headed by Khalil al-Hayya arrived in Cairo on Monday morning '
            'and discussed the situation in Gaza with the head of the intelligence service, Abbas Kamel," the movement said.')
    found = [m for m in events(body) if "Abbas Kamel" in people(m)]
    assert len(found) == 1
    assert "Khalil al-Hayya" in people(found[0]) and found[0].date == "2021-03-08"


def test_a_further_given_name_before_a_known_full_name_is_the_same_man() -> None:
    ents = recognize("Pakistan's Foreign Minister Muhammad Ishaq Dar joined the talks on Monday.", 0, ArticleMemory())
    assert [e.name for e in ents if e.kind == "person"] == ["Ishaq Dar"]


def test_a_given_name_before_a_known_surname_alone_is_another_man() -> None:
    ents = recognize("The Taliban team was headed by Masoom Stanekzai.", 0, ArticleMemory())
    assert [e.name for e in ents if e.kind == "person"] == ["Masoom Stanekzai"]


def test_it_for_a_delegation_brings_the_head_it_was_said_to_have() -> None:
    body = ("A Hamas delegation headed by Khalil al-Hayya arrived in Tehran on Saturday. On Sunday it held talks "
            "with Iranian Foreign Minister Abbas Araghchi.")
    met = [m for m in events(body) if "Abbas Araghchi" in people(m)]
    assert len(met) == 1
    assert "Khalil al-Hayya" in people(met[0]) and "Hamas" in sides(met[0])


def test_a_group_named_in_a_fronted_before_phrase_after_the_day_is_not_at_the_talks() -> None:
    body = ("On Monday morning, before seeing the Hamas delegation, Malaysian Prime Minister Anwar Ibrahim held talks "
            "with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha.")
    (m,) = events(body)
    assert "Hamas" not in sides(m)
    assert people(m) == {"Anwar Ibrahim", "Mohammed bin Abdulrahman Al Thani"}


def test_negotiations_a_man_is_at_the_centre_of_are_no_event() -> None:
    body = ("Anwar Ibrahim held talks with Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Monday, "
            "who has been at the centre of the negotiations between Israel and Hamas.")
    assert len(events(body)) == 1


def test_the_delegation_on_a_later_day_leaves_open_who_of_it_went() -> None:
    body = ("A Hamas delegation headed by Khalil al-Hayya arrived in Algiers on Monday. The delegation also "
            "included Husam Badran and Bassem Naim. On Tuesday the delegation was received by Algerian Foreign "
            "Minister Ramtane Lamamra.")
    met = [m for m in events(body) if "Ramtane Lamamra" in people(m)]
    assert len(met) == 1
    assert not {"Husam Badran", "Bassem Naim"} & people(met[0])


def test_who_signed_for_a_faction_at_the_ceremony_told_took_part_and_its_owner_did_not() -> None:
    body = ("Palestinian factions including Hamas and Fatah signed a reconciliation document in Cairo on Monday at a ceremony chaired by "
            "Egyptian President Abdel Fattah el-Sisi. Hamas official Khalil al-Hayya signed for his movement, and "
            "Jibril Rajoub signed for President Mahmoud Abbas's faction. Islamic Jihad, represented by Mohammed "
            "al-Hindi, signed as well.")
    (m,) = events(body)
    assert {"Khalil al-Hayya", "Jibril Rajoub", "Mohammed al-Hindi"} <= people(m)
    assert "Mahmoud Abbas" not in people(m)


def test_the_officials_of_a_country_are_its_people_named_before() -> None:
    body = ("Turkish Foreign Minister Hakan Fidan and intelligence chief Ibrahim Kalin attended the ceremony in Doha "
            "on Saturday. The Turkish officials arrived in Beirut on Sunday and were received the same day by "
            "President Joseph Aoun.")
    met = [m for m in events(body) if "Joseph Aoun" in people(m)]
    assert len(met) == 1
    assert {"Hakan Fidan", "Ibrahim Kalin"} <= people(met[0])


def test_the_officials_of_a_group_whose_one_head_was_named_stay_unnamed() -> None:
    body = ("Russian Deputy Foreign Minister Mikhail Bogdanov received a Hamas delegation led by Mousa Abu Marzouk "
            "in Moscow on Monday. The Hamas officials also met Iranian Deputy Foreign Minister Ali Bagheri Kani later "
            "in the day.")
    met = [m for m in events(body) if "Ali Bagheri Kani" in people(m)]
    assert len(met) == 1 and "Mousa Abu Marzouk" not in people(met[0])


def test_during_the_trip_the_minister_also_met_a_and_separately_b_is_two_meetings_with_the_minister() -> None:
    body = ("Qatar's Foreign Minister Mohammed bin Abdulrahman Al Thani met Taliban prime minister Mohammad Hassan "
            "Akhund in Kabul on Sunday. During the one-day trip the Qatari minister also met former president Hamid "
            "Karzai, and separately, Abdullah Abdullah.")
    found = events(body)
    karzai = [m for m in found if "Hamid Karzai" in people(m)]
    abdullah = [m for m in found if "Abdullah Abdullah" in people(m)]
    assert len(karzai) == 1 and len(abdullah) == 1 and karzai[0] is not abdullah[0]
    assert "Mohammed bin Abdulrahman Al Thani" in people(karzai[0]) & people(abdullah[0])
    assert "Abdullah Abdullah" not in people(karzai[0])


def test_a_former_president_brings_no_delegation_of_the_government_of_the_day() -> None:
    body = "Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani met former president Hamid Karzai in Kabul on Sunday."
    (m,) = events(body, dateline="Wednesday 15 September 2021")
    assert "Taliban" not in sides(m) and "Afghanistan" not in sides(m)


def test_a_portfolio_word_of_a_long_title_is_not_part_of_the_name() -> None:
    ents = recognize("Qatari Special Envoy for Counterterrorism and Mediation Mutlaq bin Majed Al-Qahtani was part of the "
                     "delegation.", 0, ArticleMemory())
    assert [e.name for e in ents if e.kind == "person"] == ["Mutlaq bin Majed Al-Qahtani"]


def test_a_lede_day_of_talks_dates_the_separate_meetings_told_next() -> None:
    body = ("Iran's Foreign Minister Hossein Amir-Abdollahian held a day of talks in Beirut on Monday. "
            "Amir-Abdollahian held separate meetings with Prime Minister Najib Mikati and with Speaker Nabih Berri.")
    found = events(body, dateline="Tuesday 9 March 2021")
    assert len(found) == 2 and all(m.date == "2021-03-08" for m in found)


def test_a_meeting_between_a_titled_name_in_apposition_and_a_second_titled_name_has_both() -> None:
    body = ("China's Foreign Ministry on Wednesday confirmed Monday's meeting in Doha between its special envoy, "
            "Zhai Jun, and Hamas political bureau chief Ismail Haniyeh.")
    (m,) = events(body)
    assert {"Zhai Jun", "Ismail Haniyeh"} <= people(m)


def test_spoke_with_a_counterpart_in_a_call_is_a_call() -> None:
    body = "On Monday Araghchi also spoke with French Foreign Minister Jean-Noel Barrot, in a call that focused on Lebanon."
    (m,) = events(body)
    assert m.type == "call" and m.date == "2021-03-08"


def test_dozens_of_delegations_at_a_memorial_ceremony_are_no_meeting_between_them() -> None:
    body = ("Dozens of foreign delegations attended a memorial ceremony in Tehran on Monday, among them Qatar's Emir "
            "Sheikh Tamim bin Hamad Al Thani and Iraqi Prime Minister Mohammed Shia al-Sudani.")
    assert events(body) == []


def test_the_ambassador_accompanying_a_minister_goes_to_each_of_his_meetings_that_day() -> None:
    body = ("Iran's Foreign Minister Hossein Amir-Abdollahian held separate meetings in Beirut on Monday with Prime "
            "Minister Najib Mikati and with Speaker Nabih Berri. The Iranian minister was accompanied by Tehran's "
            "ambassador in Beirut, Mojtaba Amani.")
    found = events(body)
    assert len(found) == 2
    assert all("Mojtaba Amani" in people(m) for m in found)


def test_its_members_meeting_unnamed_activists_is_the_delegations_meeting() -> None:
    body = ("A Taliban delegation held talks with US special envoy Thomas West in Oslo on Monday. The delegation "
            "landed in Oslo late on Saturday. On Sunday its members met Afghan women's rights activists.")
    sunday = [m for m in events(body) if m.date == "2021-03-07"]
    assert len(sunday) == 1 and "Taliban" in sides(sunday[0])


def test_the_delegation_after_its_talks_with_a_government_is_the_movements_not_that_governments() -> None:
    body = ("A Taliban delegation held talks with US special envoy Thomas West in Oslo on Monday. The delegation "
            "landed in Oslo late on Saturday.")
    landed = [m for m in events(body) if m.date == "2021-03-06"]
    assert len(landed) == 1 and sides(landed[0]) == {"Taliban"}


def test_who_hosted_the_two_sides_hosted_the_talks_just_told() -> None:
    body = ("Delegations from Hamas and Fatah held talks in Beijing on Monday. Chinese Vice Foreign Minister Deng Li "
            "hosted the two sides, according to diplomatic sources.")
    (m,) = events(body)
    assert "Deng Li" in people(m) and {"Hamas", "Fatah"} <= sides(m)


def test_an_agreement_reached_in_a_named_city_on_a_day_is_talks() -> None:
    body = "Negotiators for Hamas and Fatah reached an agreement in Cairo late on Monday to form a joint committee."
    (m,) = events(body)
    assert m.type == "talks" and m.date == "2021-03-08" and {"Hamas", "Fatah"} <= sides(m)


def test_an_agreement_reached_with_no_place_stays_no_event() -> None:
    body = "The first round reached an agreement on the criteria for appointing senior officials in 2020."
    assert events(body) == []


def test_a_named_man_who_met_his_highness_met_the_ruler_the_article_named() -> None:
    body = ("His Highness the Amir Sheikh Tamim bin Hamad Al Thani held a telephone call with Ebrahim Raisi on Sunday. "
            "The Amir is expected to receive visitors this week, among them US Secretary of State Antony Blinken, who "
            "met His Highness in Doha on Monday.")
    met = [m for m in events(body) if "Antony Blinken" in people(m)]
    assert len(met) == 1 and "Tamim bin Hamad Al Thani" in people(met[0]) and met[0].date == "2021-03-08"


def test_a_visit_to_a_building_where_no_meeting_took_place_is_no_event() -> None:
    body = ("Earlier, on Monday, the Houthi delegation visited the Yemeni embassy compound in Riyadh, a Houthi source "
            "said, though no meeting with government officials took place.")
    assert events(body) == []


def test_a_visit_where_a_named_host_received_them_stays_an_event_despite_no_talks_held_elsewhere() -> None:
    body = ("On Monday the Houthi delegation visited Muscat and met Omani Foreign Minister Badr Albusaidi, though no "
            "meeting with Saudi officials took place.")
    assert len(events(body)) == 1


def test_officials_present_on_the_hosts_side_were_at_the_meeting() -> None:
    body = ("Turkish President Recep Tayyip Erdogan received Hamas leader Ismail Haniyeh in Istanbul on Monday. "
            "Foreign Minister Hakan Fidan and intelligence chief Ibrahim Kalin were present on the Turkish side.")
    (m,) = events(body)
    assert {"Hakan Fidan", "Ibrahim Kalin"} <= people(m)
