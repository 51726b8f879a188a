"""Round 22 (rec37): shapes blind37 missed, on sentences written for this file (never a report's or a
test set's words) in the shapes news pages use."""
from __future__ import annotations

from tests.helpers.reports import events, people

OPENING = ("Omani Minister of State Khalid al-Harthi met on Monday with Iraqi Prime Minister Mohammed Shia "
           "al-Sudani in Baghdad. ")


def _with(found, name: str):
    return [m for m in found if name in people(m)]


# ---- a press release's dignitary named by honorific and bare title: "His Excellency Minister of State also met X"
def test_honorific_and_bare_title_subject_is_the_dignitary() -> None:
    found = events(OPENING + "His Excellency Minister of State also met with Foreign Minister Fuad Hussein. "
                   "The talks covered water sharing.")
    second = _with(found, "Fuad Hussein")
    assert second and second[0].date == "2021-03-08", [(m.date, people(m)) for m in found]
    assert any("Harthi" in p for p in people(second[0])), people(second[0])


def test_honorific_and_title_with_article_is_the_dignitary() -> None:
    found = events(OPENING + "Her Excellency the Minister of State for Development later met Planning Minister "
                   "Mohammed Tamim.")
    assert _with(found, "Mohammed Tamim"), [(m.date, people(m)) for m in found]


# ---- "The mediators also met X": the delegation led by someone, named the sentence before
def test_the_mediators_are_the_led_delegation() -> None:
    found = events("A delegation of the African Union led by commission chairman Moussa Faki Mahamat met Sudanese "
                   "army chief Abdel Fattah al-Burhan in Port Sudan on Monday. The mediators also met Prime Minister "
                   "Abdalla Hamdok, a member of the delegation said.")
    second = _with(found, "Abdalla Hamdok")
    assert second and second[0].date == "2021-03-08", [(m.date, people(m)) for m in found]
    assert "Moussa Faki Mahamat" in people(second[0])


# ---- a chronology: "X does not attend" under one entry's date leaves X in other days' meetings
def test_absence_under_one_dated_entry_is_that_days_only() -> None:
    text = ("LIBYA: CONTACTS - A TIMELINE\n\n"
            "4 February 2021 - Khalifa Haftar is received by Egyptian President Abdel Fattah al-Sisi in Cairo.\n\n"
            "9 February 2021 - Haftar meets Russian Deputy Foreign Minister Mikhail Bogdanov in Moscow.\n\n"
            "20 February 2021 - Berlin conference on Libya. Haftar invited but does not attend.\n")
    from timeline_app.ingest.extract import extract_document
    found = extract_document(text).mentions
    days = {m.date for m in found if "Khalifa Haftar" in people(m)}
    assert {"2021-02-04", "2021-02-09"} <= days, [(m.date, people(m)) for m in found]


# ---- a chronology entry in the headline present tense: "Delegations of A and B start talks in Z"
def test_present_tense_start_of_talks_in_a_dated_entry() -> None:
    from timeline_app.ingest.extract import extract_document
    text = ("PALESTINIAN RECONCILIATION - KEY DATES\n\n"
            "3 June 2022 - Delegations of Hamas and Fatah begin \"exploratory\" talks in Algiers, hosted by Algeria.\n\n"
            "5 June 2022 - Both sides issue a statement.\n")
    found = extract_document(text).mentions
    talks = [m for m in found if m.date == "2022-06-03"]
    assert talks and {"Hamas", "Fatah"} <= {p.actor.name for p in talks[0].participants}, [(m.date, m.participants) for m in found]


def test_future_start_of_talks_stays_a_plan() -> None:
    found = events("Hamas and Fatah delegations will start talks in Algiers next week, officials said.")
    assert not [m for m in found if m.date and m.date >= "2021-03-10"], [(m.date, people(m)) for m in found]


def test_the_start_of_a_session_is_no_start_of_talks() -> None:
    found = events("Prime Minister Mohammad Shtayyeh said at the start of the weekly cabinet session in Ramallah "
                   "on Monday that he had handed his resignation to President Mahmoud Abbas.")
    assert not found, [(m.date, people(m)) for m in found]


# ---- "X spent a day in Z on Saturday": a visit, whose day the undated meetings after it keep
def test_spent_a_day_in_a_capital_dates_the_meetings_after_it() -> None:
    found = events("Turkish Foreign Minister Hakan Fidan spent a day in Damascus on Monday, his first trip since the "
                   "new government took office. Fidan was received at the presidential palace by Ahmed al-Sharaa.",
                   dateline="Tuesday 9 March 2021")
    met = _with(found, "Ahmed al-Sharaa")
    assert met and met[0].date == "2021-03-08", [(m.date, people(m)) for m in found]


# ---- a dateline whose agency name has two words and a full stop after it dates the lede's weekday
def test_dateline_with_a_two_word_agency_and_full_stop() -> None:
    from timeline_app.ingest.extract import extract_document
    text = ("Sanchez and Tebboune meet in Algiers\n\n"
            "ALGIERS, Jan. 12, 2023 (Maghreb Wire). Spanish Prime Minister Pedro Sanchez met Algerian President "
            "Abdelmadjid Tebboune at the El Mouradia palace on Wednesday, the first such visit in years.\n")
    found = extract_document(text).mentions
    assert found and found[0].date == "2023-01-11", [(m.date, people(m)) for m in found]


# ---- a footer stamp inside a bar of links: "Published: 3 May 2023 | Filed from ... | Share | Print"
def test_footer_stamp_in_a_bar_of_links_dates_the_weekday() -> None:
    from timeline_app.ingest.extract import extract_document
    text = ("Sudanese rivals sign truce in Jeddah\n\n"
            "Delegations of Hamas and Fatah signed a reconciliation paper in Algiers on Tuesday, hosted by Algerian "
            "President Abdelmadjid Tebboune.\n\n"
            "Published: 3 May 2023 | Filed from the Maghreb desk | Share | Print\n")
    found = extract_document(text).mentions
    assert found and found[0].date == "2023-05-02", [(m.date, m.participants) for m in found]


# ---- "Earlier rounds, hosted by A, B and C, produced ...": history of past occasions, no event
def test_earlier_rounds_hosted_by_are_no_event() -> None:
    found = events("Previous meetings, hosted by Turkey, Qatar and Egypt, ended without an agreement.")
    assert not found, [(m.date, m.participants) for m in found]


def test_a_delegation_that_spent_days_somewhere_keeps_its_head() -> None:
    found = events("The Houthi delegation that spent four days in the Omani capital was received by Sultan Haitham "
                   "bin Tarik on Monday. The delegation, headed by chief negotiator Mohammed Abdulsalam, arrived in "
                   "Muscat on 4 March 2021.")
    met = _with(found, "Haitham bin Tariq")
    assert met and "Mohammed Abdulsalam" in people(met[0]), [(m.date, people(m)) for m in found]


# ---- "formally reopened peace negotiations" (a round restarted), under a newsroom desk's dateline
def test_reopened_negotiations_under_a_desk_dateline() -> None:
    from timeline_app.ingest.extract import extract_document
    text = ("ELN talks restart\n\n"
            "Havana desk, 9 March 2021 -- Hamas and Fatah formally reopened reconciliation talks in Cairo on Monday, "
            "two years after the last round broke down.\n")
    found = extract_document(text).mentions
    assert found and found[0].date == "2021-03-08", [(m.date, m.participants) for m in found]


def test_the_eln_is_a_side() -> None:
    found = events("Colombian peace commissioner Danilo Rueda met ELN commander Pablo Beltran in Caracas on Monday.")
    assert found and "ELN" in {p.actor.name for p in found[0].participants}, [(m.date, m.participants) for m in found]


# ---- "after funeral prayers for the group's slain leader, X": the deceased named in apposition is no participant
def test_the_slain_leader_in_apposition_is_not_a_participant() -> None:
    found = events("An Iranian delegation led by Foreign Minister Abbas Araghchi met Hezbollah deputy chief Naim Qassem "
                   "in Beirut on Monday after a memorial service for the group's assassinated secretary-general, Hassan Nasrallah.")
    assert found and "Hassan Nasrallah" not in people(found[0]), [(m.date, people(m)) for m in found]
    assert "Naim Qassem" in people(found[0])


# ---- "Y joined the meeting with X": a participant of the meeting with X told before, not a new meeting
def test_joined_the_meeting_with_adds_to_the_meeting_told() -> None:
    found = events("On Monday morning Turkish Foreign Minister Hakan Fidan held talks with Prime Minister Mohammed Shia "
                   "al-Sudani in Baghdad. Foreign Minister Fuad Hussein joined the meeting with al-Sudani, the premier's "
                   "office said.")
    assert len(found) == 1 and found[0].date == "2021-03-08", [(m.date, people(m)) for m in found]
    assert "Fuad Hussein" in people(found[0])


def test_joined_the_meeting_with_goes_to_that_meeting_not_the_last() -> None:
    found = events("On Monday morning Turkish Foreign Minister Hakan Fidan held talks with Prime Minister Mohammed Shia "
                   "al-Sudani in Baghdad and then met Parliament Speaker Mahmoud al-Mashhadani. Foreign Minister Fuad "
                   "Hussein joined the meeting with al-Sudani, the premier's office said.")
    speaker = _with(found, "Mahmoud al-Mashhadani")
    assert speaker and "Fuad Hussein" not in people(speaker[0]), [(m.date, people(m)) for m in found]
    assert not [m for m in speaker if any("Sudani" in p for p in people(m))], [(m.date, people(m)) for m in found]
