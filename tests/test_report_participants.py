"""Who took part (issue 9, officials and delegations), second round: each rule on sentences
written for this test in the shape real reports use, never a test article's words."""
from __future__ import annotations

from timeline_app.ingest.entities import ArticleMemory, recognize
from tests.test_report_shapes import delegations, events, page, people


def persons(sentence: str) -> list[tuple[str, str]]:
    return [(e.name, e.surface) for e in recognize(sentence, 0, ArticleMemory()) if e.kind == "person"]


# ---------------------------------------------------------------- Arabic name chains before a known surname

def test_a_long_chain_before_a_known_surname_is_that_person() -> None:
    found = persons("The talks were chaired by Sayyid Badr bin Hamad bin Hamood bin Azzan Albusaidi, who welcomed the guests.")
    assert [name for name, _ in found] == ["Badr Albusaidi"]
    assert found[0][1].startswith("Badr bin Hamad")


def test_a_chain_before_a_known_al_surname_is_one_person() -> None:
    found = persons("Dr. Mohammed bin Abdulaziz bin Saleh Al-Khulaifi received the envoy on Monday.")
    assert [name for name, _ in found] == ["Mohammed Al-Khulaifi"]


def test_a_chain_of_another_given_name_stays_apart_from_the_known_surname() -> None:
    names = [name for name, _ in persons("Ahmed bin Saeed bin Khalid met Badr Albusaidi in the capital.")]
    assert "Badr Albusaidi" in names and len(names) == 2


# ---------------------------------------------------------------- one call per counterpart, each with its own side

def test_calls_with_two_movements_keep_each_movement_on_its_own_call() -> None:
    found = events(page("Sergey Lavrov held telephone conversations on Monday with the deputy head of the Hamas "
                        "political bureau, Mousa Abu Marzouk, and with the secretary-general of Palestinian Islamic "
                        "Jihad, Ziyad al-Nakhalah, the ministry said."))
    hamas = next(m for m in found if "Mousa Abu Marzouk" in people(m))
    jihad = next(m for m in found if "Ziad al-Nakhalah" in people(m))
    assert hamas is not jihad
    assert "Palestinian Islamic Jihad" not in delegations(hamas) and "Hamas" not in delegations(jihad)


# ---------------------------------------------------------------- a delegation's members go with its leader that day

def test_members_of_a_leaders_delegation_join_each_of_his_meetings_that_day() -> None:
    found = events(page("Iran's Foreign Minister Abbas Araghchi arrived in Baghdad on Monday and held talks with Iraqi "
                        "Foreign Minister Fuad Hussein. Araghchi was later received by Prime Minister Mohammed Shia "
                        "al-Sudani at the government palace. The foreign ministry said Araghchi's delegation included "
                        "deputy foreign minister Kazem Gharibabadi."))
    talks = next(m for m in found if "Fuad Hussein" in people(m))
    received = next(m for m in found if "Mohammed Shia al-Sudani" in people(m))
    assert talks is not received
    assert "Kazem Gharibabadi" in people(talks) and "Kazem Gharibabadi" in people(received)


def test_members_do_not_join_the_leaders_meeting_of_another_day() -> None:
    found = events(page("Iran's Foreign Minister Abbas Araghchi held talks with Iraqi Foreign Minister Fuad Hussein "
                        "in Baghdad on Monday. Araghchi's delegation included deputy foreign minister Kazem Gharibabadi.\n\n"
                        "On Tuesday Araghchi was received by Prime Minister Mohammed Shia al-Sudani."))
    tuesday = next(m for m in found if "Mohammed Shia al-Sudani" in people(m))
    assert "Kazem Gharibabadi" not in people(tuesday)


# ---------------------------------------------------------------- the source of a report is not "he"

def test_he_is_the_visitor_followed_not_the_counterpart_whose_office_reports_it() -> None:
    found = events(page("Chinese Foreign Minister Wang Yi arrived in Kabul on Monday.\n\n"
                        "Wang met the acting foreign minister, Amir Khan Muttaqi, at the ministry.\n\n"
                        "He also held a separate meeting with Mullah Abdul Ghani Baradar at the palace, "
                        "according to a statement from Baradar's office."))
    separate = next(m for m in found if "Abdul Ghani Baradar" in people(m))
    assert people(separate) == {"Wang Yi", "Abdul Ghani Baradar"}


def test_an_earlier_stop_told_in_passing_with_no_counterpart_is_no_event() -> None:
    found = events(page("Chinese Foreign Minister Wang Yi arrived in Kabul on Monday and met Amir Khan Muttaqi.\n\n"
                        "Wang arrived from Tehran, where he had attended a meeting of the Organisation of Islamic Cooperation."))
    assert all(m.type != "meeting" or "Amir Khan Muttaqi" in people(m) for m in found)


# ---------------------------------------------------------------- another given name before a known surname

def test_another_given_name_before_a_known_surname_is_another_person() -> None:
    assert [name for name, _ in persons("The government side is led by Masoom Stanekzai, a former spy chief.")] == ["Masoom Stanekzai"]
    assert [name for name, _ in persons("The Taliban side is led by Stanekzai, a former deputy minister.")] == ["Sher Mohammad Abbas Stanikzai"]


def test_a_capitalised_word_inside_a_long_title_is_not_a_person() -> None:
    names = [name for name, _ in persons("Bahrain's Minister Responsible for Gulf Affairs, Khalid bin Ahmed bin Salman, met the envoy.")]
    assert "Responsible" not in names and len(names) == 1


# ---------------------------------------------------------------- who speaks is not always who came

def test_a_movement_official_commenting_is_not_a_member_of_its_delegation() -> None:
    found = events(page("Mikhail Bogdanov met a Houthi delegation led by chief negotiator Mohammed Abdul Salam in Moscow on Monday.\n\n"
                        "Houthi official Mohammed al-Bukhaiti said in an interview that Russian ships would be safe."))
    assert people(next(m for m in found if "Mikhail Bogdanov" in people(m))) == {"Mikhail Bogdanov", "Mohammed Abdulsalam"}


def test_the_movements_leader_speaking_of_the_event_was_there() -> None:
    found = events(page("Twelve Palestinian factions, Fatah and Hamas among them, signed a unity accord in Algiers on Monday.\n\n"
                        "The ceremony was held in the presence of President Abdelmadjid Tebboune.\n\n"
                        "Hamas political bureau chief Ismail Haniyeh thanked Algeria for its patience. "
                        "The Fatah team was led by Azzam al-Ahmad."))
    assert any("Ismail Haniyeh" in people(m) for m in found)


# ---------------------------------------------------------------- a movement that owns a thing is no side

def test_a_movement_named_as_the_owner_of_targets_is_not_a_side_of_the_call() -> None:
    found = events(page("Iran's Foreign Minister Abbas Araghchi held a telephone call on Monday with Omani Foreign "
                        "Minister Badr Albusaidi, the ministry said, as American jets bombed Houthi positions near the coast."))
    call = next(m for m in found if "Badr Albusaidi" in people(m))
    assert "Houthis" not in delegations(call)


def test_a_movement_delegation_stays_a_side() -> None:
    found = events(page("A Houthi delegation held talks with Omani Foreign Minister Badr Albusaidi in Muscat on Monday."))
    assert any("Houthis" in delegations(m) for m in found)


# ---------------------------------------------------------------- a role in apposition before an unknown name

def test_a_possessive_role_before_a_comma_introduces_an_unknown_name() -> None:
    names = [name for name, _ in persons("The team included two aides and Fatah's envoy in Cairo, Suhad Tarazi.")]
    assert "Suhad Tarazi" in names


# ---------------------------------------------------------------- members listed in the next sentence, in more shapes

_MET = "Egyptian intelligence chief Hassan Rashad received a Hamas delegation headed by Khalil al-Hayya in Cairo on Monday. "


def test_it_included_lists_the_delegations_members() -> None:
    found = events(page(_MET + "It included Zaher Jabarin and Ghazi Hamad, members of the political bureau."))
    assert {"Zaher Jabarin", "Ghazi Hamad"} <= people(next(m for m in found if "Hassan Rashad" in people(m)))


def test_members_included_lists_the_delegations_members() -> None:
    found = events(page(_MET + "Members included Zaher Jabarin and Ghazi Hamad."))
    assert {"Zaher Jabarin", "Ghazi Hamad"} <= people(next(m for m in found if "Hassan Rashad" in people(m)))


def test_also_present_were_lists_more_participants() -> None:
    found = events(page(_MET + "Also present were Zaher Jabarin and Ghazi Hamad."))
    assert {"Zaher Jabarin", "Ghazi Hamad"} <= people(next(m for m in found if "Hassan Rashad" in people(m)))


def test_the_delegation_accompanying_its_leader_comprised_its_members() -> None:
    found = events(page(_MET + "The team accompanying al-Hayya comprised Zaher Jabarin and Ghazi Hamad."))
    assert {"Zaher Jabarin", "Ghazi Hamad"} <= people(next(m for m in found if "Hassan Rashad" in people(m)))


def test_a_relative_clause_list_of_members_ends_before_the_main_clause() -> None:
    found = events(page(_MET + "The delegation, which also included Zaher Jabarin and Ghazi Hamad, is due to see Qatari mediators next week."))
    meeting = next(m for m in found if "Hassan Rashad" in people(m))
    assert {"Zaher Jabarin", "Ghazi Hamad"} <= people(meeting) and "Qatar" not in delegations(meeting)


# ---------------------------------------------------------------- a ruler named by his title as the object

def test_the_sultan_received_as_object_is_the_sultan_named_before() -> None:
    found = events(page("King Abdullah II arrived in Tehran on Monday and was received by President Masoud Pezeshkian.\n\n"
                        "On Tuesday, Ayatollah Ali Khamenei received His Majesty the King and his delegation."))
    tuesday = next(m for m in found if "Ali Khamenei" in people(m))
    assert "Abdullah II" in " ".join(people(tuesday))


def test_a_countrys_track_record_after_and_it_is_no_event() -> None:
    found = events(page("Qatar has played a part in mediating between Iran and Washington, and it hosted indirect talks "
                        "on a prisoner swap last year."))
    assert found == []


# ---------------------------------------------------------------- initials, as ministry readouts write names

def test_an_initial_and_a_surname_name_the_one_known_person_they_fit() -> None:
    assert [name for name, _ in persons("The talks were also attended by M. Salah and Deputy Minister M. L. Bogdanov.")] == ["Maher Salah", "Mikhail Bogdanov"]


def test_an_initial_that_fits_no_known_person_names_nobody() -> None:
    assert persons("The memorandum was drafted by Z. Salah.") == []


# ---------------------------------------------------------------- whose envoy, not who came

def test_the_sender_of_an_envoy_named_with_a_region_is_not_at_the_meeting() -> None:
    found = events(page("Vladimir Putin's Middle East envoy, Mikhail Bogdanov, met Ismail Haniyeh in Doha on Monday."))
    assert people(next(m for m in found if "Ismail Haniyeh" in people(m))) == {"Mikhail Bogdanov", "Ismail Haniyeh"}


def test_a_possessive_before_talks_is_still_a_participant() -> None:
    found = events(page("Recep Tayyip Erdogan's talks with Ismail Haniyeh in Istanbul on Monday lasted three hours."))
    assert any("Recep Tayyip Erdogan" in people(m) for m in found)


# ---------------------------------------------------------------- a headline glued to the dateline sentence

def test_a_verb_without_subject_passes_the_person_after_it_to_the_next_verb() -> None:
    found = events("Foreign Minister Meets Visiting Taliban Delegation\nDoha, June 3 (QNA) - Minister of State "
                   "Mohammed bin Abdulaziz Al-Khulaifi met today with a delegation of the Taliban headed by "
                   "Abdul Ghani Baradar.\n")
    assert any({"Mohammed Al-Khulaifi", "Abdul Ghani Baradar"} <= people(m) for m in found)


# ---------------------------------------------------------------- a government's seat that speaks or hosts

def test_a_government_seat_that_speaks_or_hosts_is_no_delegation() -> None:
    found = events(page("Foreign Minister Bilawal Bhutto Zardari held talks with Amir Khan Muttaqi at the Foreign Office "
                        "in Islamabad on Monday, the Foreign Office said."))
    talks = next(m for m in found if "Amir Khan Muttaqi" in people(m))
    assert "United Kingdom" not in delegations(talks)


def test_a_role_with_its_scope_before_an_unknown_name_introduces_a_person() -> None:
    names = [name for name, _ in persons("Amir Khan Muttaqi met Japan's special envoy for Afghanistan Takashi Okada in Kabul.")]
    assert "Takashi Okada" in names


def test_a_standing_state_since_a_year_is_no_meeting() -> None:
    found = events(page("Oman has hosted the Houthis' negotiators since 2015, and its diplomats carry messages for both sides."))
    assert found == []


def test_a_business_deal_signed_with_a_company_is_no_meeting() -> None:
    found = events(page("Amir Khan Muttaqi met Iran's envoy Hassan Kazemi Qomi in Kabul on Monday.\n\n"
                        "The following day, the Taliban administration signed a 30-year copper mining deal with a Kazakh "
                        "company, the first such deal since the Taliban took power."))
    assert len(found) == 1


def test_a_rank_before_the_name_of_a_hall_is_no_person() -> None:
    assert persons("The minister received the envoy at the Ministry's General Diwan on Monday.") == []


def test_sides_in_a_whose_clause_describe_the_person_and_do_not_take_part() -> None:
    found = events(page("Hans Grundberg met Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on Monday, "
                        "whose country has carried messages between Hamas and Israel, his office said."))
    meeting = next(m for m in found if "Hans Grundberg" in people(m))
    assert not {"Hamas", "Israel"} & delegations(meeting)


def test_a_place_in_the_movements_title_of_a_person_is_not_the_venue() -> None:
    found = events(page("A Hamas delegation led by Omar Barakat, the movement's envoy in Gaza, held talks with Egyptian "
                        "officials in Cairo on Monday."))
    assert [m.location for m in found] == ["Cairo"]


def test_initials_and_an_unknown_surname_with_a_role_are_a_person() -> None:
    names = [name for name, _ in persons("Amir Khan Muttaqi also met separately with R.K. Varma, the head of the Gulf desk.")]
    assert "R.K. Varma" in names


def test_initials_of_a_country_are_no_person() -> None:
    assert [name for name, _ in persons("U.S. President Joe Biden met the envoy.")] == ["Joe Biden"]


def test_when_i_met_in_an_interview_is_the_interviewee_meeting() -> None:
    found = events("'We will not give up': an interview with Hamas's Ghazi Hamad\nInterview by Lina Saad | Friday, 14 June 2024\n\n"
                   "Ghazi Hamad, a member of Hamas's political bureau, spoke to us from Doha.\n\n"
                   "Q: Where do the talks stand?\nA: When I met Abbas Kamel in Cairo last Tuesday, we gave him our answer.\n")
    assert any({"Ghazi Hamad", "Abbas Kamel"} <= people(m) for m in found)


def test_a_countrys_delegation_named_by_a_possessive_is_a_side() -> None:
    found = events(page("Iraq's delegation, headed by Deputy Speaker Omar Barakat, was received by President "
                        "Masoud Pezeshkian in Tehran on Monday."))
    meeting = next(m for m in found if "Masoud Pezeshkian" in people(m))
    assert "Iraq" in " ".join(delegations(meeting))


def test_welcoming_a_visit_in_a_statement_is_commentary_not_attendance() -> None:
    found = events(page("A Hamas delegation led by Khalil al-Hayya arrived in Cairo on Monday.\n\n"
                        "The UN Middle East envoy, Tor Wennesland, welcomed the visit in a statement."))
    assert all("Tor Wennesland" not in people(m) for m in found)
