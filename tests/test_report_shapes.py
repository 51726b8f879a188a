"""How real reports are written (issue 9): each rule on sentences written for this test in the
shape news uses, never a test article's words."""
from __future__ import annotations

from timeline_app.domain import EventMention
from timeline_app.ingest.entities import ArticleMemory, recognize
from timeline_app.ingest.extract import extract_document


def events(text: str) -> list[EventMention]:
    return extract_document(text).mentions


def people(m: EventMention) -> set[str]:
    return {p.actor.name for p in m.participants if p.actor.kind == "person"}


def delegations(m: EventMention) -> set[str]:
    return {p.actor.name for p in m.participants if p.role == "delegation"}


def page(body: str, dateline: str = "Wednesday 10 March 2021", headline: str = "Minister holds talks with visitors") -> str:
    return f"{headline}\n\n{dateline}\n\n{body}\n"


def persons(sentence: str) -> list[str]:
    return [e.name for e in recognize(sentence, 0, ArticleMemory()) if e.kind == "person"]


# ---------------------------------------------------------------- names as news writes them

def test_an_arabic_name_chain_is_one_person() -> None:
    assert persons("Sheikh Faisal bin Nasser bin Hamad Al Khalifa received Ismail Haniyeh.") == [
        "Faisal bin Nasser bin Hamad Al Khalifa", "Ismail Haniyeh"]


def test_a_known_name_with_an_extra_link_stays_one_person() -> None:
    names = persons("Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani spoke to Ismail Haniyeh.")
    assert names == ["Mohammed bin Abdulrahman Al Thani", "Ismail Haniyeh"]


def test_a_known_name_inside_a_longer_chain_is_not_that_person() -> None:
    names = persons("Sheikh Hamdan bin Mohammed bin Zayed Al Nahyan met Ismail Haniyeh.")
    assert names[0] == "Hamdan bin Mohammed bin Zayed Al Nahyan"


def test_an_emir_with_his_father_s_name_adds_no_second_official() -> None:
    (m,) = events(page("Qatari Emir Tamim bin Hamad Al Thani received Hamas political bureau chief Ismail Haniyeh in Doha on Tuesday."))
    assert people(m) == {"Tamim bin Hamad Al Thani", "Ismail Haniyeh"}


def test_his_excellency_written_h_e_is_not_a_person() -> None:
    names = persons("Foreign Minister H E Sheikh Ahmed bin Saif Al Busaidi met Ismail Haniyeh.")
    assert "H E" not in names and names[0] == "Ahmed bin Saif Al Busaidi"


# ---------------------------------------------------------------- more ways to say it

def test_discussed_a_subject_with_a_delegation_is_a_meeting() -> None:
    (m,) = events(page("On Tuesday, Russian Deputy Foreign Minister Mikhail Bogdanov discussed regional developments "
                       "with a delegation from the Islamic Jihad movement in Moscow."))
    assert delegations(m) == {"Palestinian Islamic Jihad"} and m.date == "2021-03-09" and m.type == "meeting"


def test_a_visiting_delegation_of_a_movement_is_the_counterpart() -> None:
    (m,) = events(page("Iranian Foreign Minister Mohammad Javad Zarif met on Tuesday with a visiting delegation "
                       "of the Taliban in Tehran, the ministry said."))
    assert delegations(m) == {"Taliban"} and m.date == "2021-03-09"


def test_telephone_conversations_with_two_sides_are_two_calls() -> None:
    calls = events(page("Russian Deputy Foreign Minister Mikhail Bogdanov held telephone conversations on Monday with "
                        "Hamas official Mousa Abu Marzouk and Fatah official Azzam al-Ahmad."))
    assert sorted(tuple(sorted(people(c))) for c in calls) == [
        ("Azzam al-Ahmad", "Mikhail Bogdanov"), ("Mikhail Bogdanov", "Mousa Abu Marzouk")]
    assert all(c.type == "call" and c.date == "2021-03-08" for c in calls)


# ---------------------------------------------------------------- clauses that are not events

def test_a_relative_clause_does_not_give_the_meeting_its_place_or_day() -> None:
    (m,) = events(page("Turkish President Recep Tayyip Erdogan received Ismail Haniyeh in Istanbul on Saturday. "
                       "During the meeting Erdogan rejected the ceasefire plan announced in Washington on Tuesday.",
                       dateline="Monday 8 March 2021"))
    assert (m.date, m.location) == ("2021-03-06", "Istanbul")


def test_talks_that_could_continue_are_a_plan() -> None:
    found = events(page("A Hamas delegation held talks with Egyptian officials in Cairo on Tuesday, sources said. "
                        "The sources said the talks could continue on Thursday."))
    assert [m.date for m in found] == ["2021-03-09"]


# ---------------------------------------------------------------- who took part

def test_a_spokesman_who_speaks_is_not_in_the_room() -> None:
    (m,) = events(page("A Hamas delegation led by Khalil al-Hayya held talks with Egyptian intelligence officials in Cairo on Tuesday.\n\n"
                       "Hamas spokesman Hazem Qassem told reporters the group was flexible."))
    assert "Hazem Qassem" not in people(m) and "Khalil al-Hayya" in people(m)


# ---------------------------------------------------------------- dates

def test_a_stamped_source_line_dates_the_page() -> None:
    text = ("Minister meets visitors\n\nSource: Wire| 2021-03-10 18:04:36|Editor: desk\n\n"
            "TEHRAN, March 10 (Wire) -- Iranian Foreign Minister Mohammad Javad Zarif met Hamas official Ismail Haniyeh on Tuesday.\n")
    (m,) = events(text)
    assert m.date == "2021-03-09"


def test_a_lede_without_a_year_takes_the_page_year_and_beats_a_header_above_the_headline() -> None:
    text = ("Site | News\nFriday, 12 March 2021\n\nErdogan receives Haniyeh\n\n"
            "ISTANBUL, March 6 (Wire) - Turkish President Recep Tayyip Erdogan received Hamas leader Ismail Haniyeh on Saturday.\n")
    result = extract_document(text)
    assert result.articles[0].published == "2021-03-06"
    assert result.mentions[0].date == "2021-03-06"


def test_a_mixed_case_place_dateline_with_month_and_day() -> None:
    text = ("Front confirms talks\n\nPublished 9 March 2021\n\nMain story.\n\n*******\n\nFront confirms talks in Moscow\n\n"
            "Gaza, March 10 - A delegation of the Popular Front for the Liberation of Palestine met Russian Deputy Foreign "
            "Minister Mikhail Bogdanov on Tuesday, the front said.\n")
    result = extract_document(text)
    assert result.articles[-1].published == "2021-03-10"


def test_a_role_phrase_before_the_name_gives_title_and_side() -> None:
    ents = recognize("AMMAN -- Oman's special envoy for Yemen, Khalid bin Hamad Al Said, held talks with Houthi "
                     "negotiator Mohammed Abdulsalam in Muscat.", 0, ArticleMemory())
    envoy = next(e for e in ents if e.name == "Khalid bin Hamad Al Said")
    assert envoy.title == "special envoy for Yemen" and envoy.affiliation == "Oman"


def test_a_clause_before_a_comma_is_not_a_title() -> None:
    ents = recognize("The visit follows a trip to Aden in May by the Omani ambassador to Yemen, Yusuf bin Ahmed Al Harthi, "
                     "who met officials there.", 0, ArticleMemory())
    person = next(e for e in ents if e.kind == "person")
    assert not (person.title or "").startswith("The visit")


def test_a_place_dateline_with_a_full_date_dates_the_article() -> None:
    text = ("Envoy in Beirut\n\nSite | 18 March 2021\n\nEnvoy holds talks in Beirut\n\n"
            "Beirut, 12 March 2021 (Agency) - Iranian official Ali Larijani held talks in Beirut on Friday with "
            "Lebanese Parliament Speaker Nabih Berri.\n")
    assert extract_document(text).articles[-1].published == "2021-03-12"


def test_a_clock_then_full_date_line_is_the_dateline() -> None:
    text = ("Minister holds talks\n\n09:40, 14 June 2019 Friday\n\n"
            "Russian Foreign Minister Sergey Lavrov met Hamas political bureau chief Ismail Haniyeh in Moscow on Thursday.\n")
    result = extract_document(text)
    assert result.articles[0].published == "2019-06-14" and result.mentions[0].date == "2019-06-13"


def test_a_site_header_date_glued_to_its_place_is_not_the_dateline() -> None:
    text = ("Gulf Site | News\n\nManama, BahrainSunday 4 July 2021\n\nMinister holds talks\n\n"
            "Russian Foreign Minister Sergey Lavrov met Hamas political bureau chief Ismail Haniyeh in Moscow on Thursday.\n")
    assert extract_document(text).articles[0].published is None


def test_a_purpose_clause_does_not_make_its_object_a_visitor() -> None:
    (visit,) = events(page("Houthi negotiator Mohammed Abdulsalam arrived in Muscat on Tuesday to meet with Saudi Ambassador "
                           "Mohammed Al Jaber."))
    assert visit.type == "visit" and people(visit) == {"Mohammed Abdulsalam"}


def test_the_two_met_is_the_meeting_the_arrival_was_for() -> None:
    (m,) = events(page("Houthi negotiator Mohammed Abdulsalam arrived in Muscat on Tuesday to meet with Saudi Ambassador "
                       "Mohammed Al Jaber.\n\nThe two met on Tuesday evening, the embassy said."))
    assert m.type == "meeting" and people(m) == {"Mohammed Abdulsalam", "Mohammed Al Jaber"}


def test_a_hedged_report_is_a_report_and_later_in_the_day_is_that_day() -> None:
    found = events(page("Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Beirut on Tuesday. According to reports "
                        "in Lebanese media he met with Hezbollah leader Hassan Nasrallah later in the day."))
    meeting = next(m for m in found if "Hassan Nasrallah" in people(m))
    assert meeting.date == "2021-03-09"


def test_a_quoted_readout_with_a_full_date_is_that_meeting() -> None:
    found = events(page(
        "Omani Foreign Minister Sayyid Badr Albusaidi held talks on Tuesday with Hamas official Khalil al-Hayya in Muscat.\n\n"
        "In a second statement, the ministry said: \"On 2 March 2021, HE the Foreign Minister met in Muscat with Iranian "
        "Deputy Foreign Minister Ali Bagheri Kani, and the meeting reviewed regional issues.\""))
    quoted = next(m for m in found if "Ali Bagheri Kani" in people(m))
    assert quoted.date == "2021-03-02" and "Badr Albusaidi" in people(quoted)


def test_quoted_speech_that_is_not_a_readout_stays_speech() -> None:
    assert events(page("Hamas official Khalil al-Hayya said: \"We met the mediators many times and we will meet "
                       "them again in Cairo.\"")) == []


def test_hours_after_his_arrival_he_met_is_a_meeting_where_it_happened() -> None:
    (m,) = events(page("Hours after his arrival, he met Parliament Speaker Nabih Berri at his residence, where the two men "
                       "discussed a ceasefire in Gaza, Berri's office said.",
                       headline="Iranian Foreign Minister Abbas Araghchi in Beirut") .replace(
        "Hours after", "Iranian Foreign Minister Abbas Araghchi landed in Beirut on Tuesday.\n\nHours after"))
    assert m.location == "Beirut" and people(m) == {"Abbas Araghchi", "Nabih Berri"} and m.date == "2021-03-09"


def test_a_delegation_at_a_funeral_visits_and_the_deceased_is_not_there() -> None:
    (m,) = events(page("A Turkish delegation headed by Foreign Minister Hakan Fidan took part on Sunday in the funeral of "
                       "former Hamas political bureau chief Ismail Haniyeh in Doha."))
    assert m.type == "visit" and m.date == "2021-03-07" and m.location == "Doha"
    assert "Ismail Haniyeh" not in people(m) and "Hakan Fidan" in people(m)


def test_taking_part_in_a_round_of_consultations_is_talks() -> None:
    (m,) = events(page("Taliban Foreign Minister Amir Khan Muttaqi took part on Tuesday in the fourth meeting of the "
                       "regional consultations on Afghanistan in Moscow, alongside Russian envoy Zamir Kabulov."))
    assert m.type == "talks" and m.date == "2021-03-09" and {"Amir Khan Muttaqi", "Zamir Kabulov"} <= people(m)


def test_initials_before_a_surname_do_not_end_the_sentence() -> None:
    (m,) = events(page("On Tuesday, Deputy Minister M.L. Bogdanov received in Moscow a delegation of the Islamic Jihad "
                       "movement headed by its Secretary General Ziyad al-Nakhalah."))
    assert "Mikhail Bogdanov" in people(m) and m.date == "2021-03-09"


def test_who_took_part_negations_organisers_and_spokesmen() -> None:
    (m,) = events(page("Iranian Foreign Minister Abbas Araghchi met Lebanese Parliament Speaker Nabih Berri in Beirut on "
                       "Tuesday. Araghchi did not meet with army commander Joseph Aoun, who was travelling, officials said. "
                       "Lebanese foreign ministry spokesman Karim Haddad told reporters the talks were positive."))
    assert people(m) == {"Abbas Araghchi", "Nabih Berri"}
    (m,) = events(page("Representatives of Hamas, Fatah and Islamic Jihad met in Istanbul on Tuesday at a conference "
                       "organised by the Turkish Red Crescent."))
    assert delegations(m) == {"Hamas", "Fatah", "Palestinian Islamic Jihad"}
    (m,) = events(page("Turkish Foreign Minister Hakan Fidan received a Hamas delegation led by Khalil al-Hayya in Ankara on Tuesday."))
    assert delegations(m) == {"Hamas"}  # the host government on its own soil is not a delegation


def test_a_lede_with_the_agency_before_the_date() -> None:
    text = ("Taliban confirm talks\n\n"
            "KABUL (Wire) Mar 10, 2021: The foreign ministry confirmed Monday's meeting between acting Foreign Minister "
            "Amir Khan Muttaqi and Russian envoy Zamir Kabulov.\n")
    result = extract_document(text)
    assert result.articles[0].published == "2021-03-10" and result.mentions[0].date == "2021-03-08"


def test_the_day_a_statement_was_issued_is_not_the_meeting_day_and_its_spokesman_is_not_there() -> None:
    found = events(page("Taliban Foreign Minister Amir Khan Muttaqi met Russian envoy Zamir Kabulov in Kabul on Monday. "
                        "In a statement issued late on Tuesday, ministry spokesman Abdul Qahar Balkhi said Kabulov met "
                        "Deputy Prime Minister Abdul Ghani Baradar."))
    assert all("Abdul Qahar Balkhi" not in people(m) for m in found)
    assert all(m.date != "2021-03-09" for m in found)  # never the statement's Tuesday
