"""Round 15 (datez): whose date a date is. Each rule is tested on sentences written for this file in
the shapes real reports use (never a test set's words): a date of a coordinated clause, of the
statement that tells the news, and the year of a dateline printed without one."""
from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.reports import events, people
from timeline_app.ingest.extract import extract_document

# the dateline of `events` is Wednesday 10 March 2021: Mon 8, Tue 9, Sun 7, Sat 6 March
SAVED = date(2026, 11, 30)


def _dated(body: str) -> list[tuple[str | None, set[str]]]:
    return sorted(((m.date, people(m)) for m in events(body)), key=lambda e: (e[0] or "", sorted(e[1])))


def _lede_day(text: str, who: str) -> str | None:
    """The day of the latest event `who` took part in: the lede's."""
    found = [m.date for m in extract_document(text, None, SAVED).mentions if who in people(m) and m.precision == "day"]
    return max(found, default=None)  # (the lede's meeting is the latest: the body tells one before it)


# ---- a coordinated clause's date is that clause's: the trigger's own coordinate names the report's day
COORDINATED = [
    ("Oman mediated a prisoner exchange between Iran and France in May 2019, and hosted talks between Houthi negotiator "
     "Mohammed Abdulsalam and Saudi Ambassador Mohammed Al Jaber in Muscat on March 2 this year.", "2021-03-02"),
    ("Egypt brokered a truce in Gaza in September 2019, and on Monday received a Hamas delegation led by Khalil al-Hayya in Cairo.",
     "2021-03-08"),
    ("Turkey signed a trade accord with Qatar in 2019, but on Sunday hosted Hamas leader Ismail Haniyeh in Istanbul.",
     "2021-03-07"),
    ("Russia reopened its embassy in Kabul in January 2020, and hosted a Taliban delegation led by Abdul Salam Hanafi "
     "in Moscow on February 3 this year.", "2021-02-03"),
]


@pytest.mark.parametrize("body,day", COORDINATED, ids=[b[:40] for b, _ in COORDINATED])
def test_the_day_of_the_triggers_own_coordinate_beats_a_nearer_day_of_another_happening(body: str, day: str) -> None:
    assert [d for d, _ in _dated(body)] == [day]


def test_a_later_coordinate_with_a_verb_of_its_own_keeps_its_day() -> None:
    body = ("Qatar's Emir Sheikh Tamim bin Hamad Al Thani received Hamas leader Ismail Haniyeh in Doha on Monday, and "
            "signed a decree on aid to Gaza on Tuesday.")
    assert [d for d, _ in _dated(body)] == ["2021-03-08"]


def test_an_arrivals_day_still_dates_the_talks_that_name_no_day_of_their_own() -> None:
    body = "Iranian Foreign Minister Hossein Amir-Abdollahian arrived in Doha on Monday, and held talks with Hamas leader Ismail Haniyeh."
    assert ("2021-03-08", {"Hossein Amir-Abdollahian", "Ismail Haniyeh"}) in _dated(body)


# ---- the day a statement came out is not the day of the visit it tells
def test_the_day_a_statement_was_issued_does_not_date_the_visit_it_is_about() -> None:
    body = ("The foreign ministry issued a statement on Tuesday on the visit of a Hamas delegation to Cairo, led by "
            "Khalil al-Hayya. Al-Hayya, who met intelligence chief Hassan Rashad in Cairo on Sunday, also held talks "
            "on Monday with Foreign Minister Badr Abdelatty.")
    found = _dated(body)
    assert ("2021-03-07", {"Khalil al-Hayya", "Hassan Rashad"}) in found
    assert all(d != "2021-03-09" for d, _ in found)


def test_a_statement_on_todays_meeting_dates_the_meeting() -> None:
    body = ("The presidency put out a statement on today's meeting in Cairo between President Abdel Fattah el-Sisi "
            "and Qatar's Emir Sheikh Tamim bin Hamad Al Thani.")
    assert ("2021-03-10", {"Abdel Fattah el-Sisi", "Tamim bin Hamad Al Thani"}) in _dated(body)


# ---- the year of a year-less dateline
def test_a_month_told_with_its_year_puts_a_yearless_dateline_in_a_later_year() -> None:
    # 'in June 2024' would be 'in June' in a report of 2024: the report is of a later year. 17 July is
    # a Wednesday in 2024 (the lede's weekday on the day) and a Thursday in 2025 (the lede's the day before)
    text = ("Uzbek minister holds talks in Kabul\n\n"
            "KABUL, July 17 (Wire) -- Uzbek Foreign Minister Bakhtiyor Saidov met acting Foreign Minister Amir Khan "
            "Muttaqi in Kabul on Wednesday, the Afghan foreign ministry said.\n\n"
            "Muttaqi had visited Tashkent in June 2024 for a conference on regional transport links.\n")
    assert _lede_day(text, "Bakhtiyor Saidov") == "2025-07-16"


def test_a_month_told_without_its_year_leaves_the_same_day_year() -> None:
    text = ("Uzbek minister holds talks in Kabul\n\n"
            "KABUL, July 17 (Wire) -- Uzbek Foreign Minister Bakhtiyor Saidov met acting Foreign Minister Amir Khan "
            "Muttaqi in Kabul on Wednesday, the Afghan foreign ministry said.\n\n"
            "Muttaqi had visited Tashkent in June for a conference on regional transport links.\n")
    assert _lede_day(text, "Bakhtiyor Saidov") == "2024-07-17"


def test_a_day_the_report_tells_as_past_weeks_after_the_dateline_puts_it_in_the_next_year() -> None:
    # the page's only full date is 20 March 2022, told as past: a 'March 2' dateline of 2022 would come
    # before it, so the report is of 2 March 2023 (a Thursday: the lede's Wednesday is the day before)
    text = ("Russian envoy receives Houthi delegation\n\n"
            "MOSCOW, March 2 (Wire) -- Russian Deputy Foreign Minister Mikhail Bogdanov received a delegation of "
            "Yemen's Houthi movement led by Mohammed Abdulsalam in Moscow on Wednesday, the ministry said.\n\n"
            "The two men last met on March 20, 2022, at the Russian embassy in Muscat. Bogdanov has kept in "
            "contact with all the Yemeni parties since the war began.\n")
    assert _lede_day(text, "Mikhail Bogdanov") == "2023-03-01"


def test_a_day_weeks_after_the_dateline_in_a_short_line_of_page_furniture_does_not_move_it() -> None:
    text = ("Russian envoy receives Houthi delegation\n\n"
            "MOSCOW, March 2 (Wire) -- Russian Deputy Foreign Minister Mikhail Bogdanov received a delegation of "
            "Yemen's Houthi movement led by Mohammed Abdulsalam in Moscow on Wednesday, the ministry said. The two "
            "sides last met on 4 February 2022 in Muscat.\n\n"
            "Related: Yemen talks resume in Muscat, March 20, 2022\n")
    assert _lede_day(text, "Mikhail Bogdanov") == "2022-03-02"


# ---- a time phrase that sets the report apart from another happening: its day is that happening's
APART = [
    "Egyptian intelligence chief Hassan Rashad received Hamas leader Khalil al-Hayya in Cairo, a week after the strike on Doha on Monday.",
    "Turkish President Recep Tayyip Erdogan hosted Hamas leader Ismail Haniyeh in Istanbul two days after the killing of a commander in Beirut on Sunday.",
    "Russian envoy Mikhail Bogdanov met Hamas official Mousa Abu Marzouk in Moscow amid the fighting that broke out on Monday.",
    "Qatar's Emir Sheikh Tamim bin Hamad Al Thani received Iranian Foreign Minister Abbas Araghchi in Doha ahead of the vote in Vienna on Monday.",
]


@pytest.mark.parametrize("body", APART, ids=[b[:40] for b in APART])
def test_a_day_inside_a_phrase_naming_another_happening_does_not_date_the_report(body: str) -> None:
    found = _dated(body)
    assert len(found) == 1 and found[0][0] not in ("2021-03-07", "2021-03-08")


def test_a_report_told_after_a_rite_keeps_the_rites_day() -> None:
    body = "Qatar's Emir Sheikh Tamim bin Hamad Al Thani received Turkish Foreign Minister Hakan Fidan in Doha after the prayers on Friday."
    assert [d for d, _ in _dated(body)] == ["2021-03-05"]


# ---- one verb, two counterparts, each with a day of its own: two meetings
def test_each_counterpart_named_with_its_own_day_is_a_meeting_of_that_day() -> None:
    body = ("Russian envoy Mikhail Bogdanov met Hamas official Mousa Abu Marzouk, the head of the movement's international "
            "relations office, on Monday and Ziyad al-Nakhalah, the secretary-general of Islamic Jihad, on Tuesday.")
    assert _dated(body) == [("2021-03-08", {"Mikhail Bogdanov", "Mousa Abu Marzouk"}),
                            ("2021-03-09", {"Mikhail Bogdanov", "Ziad al-Nakhalah"})]


def test_two_calls_each_with_its_day_are_two_calls() -> None:
    body = ("Iranian Foreign Minister Abbas Araghchi spoke by phone with Qatar's Prime Minister Mohammed bin Abdulrahman "
            "Al Thani on Sunday evening and with Egypt's Foreign Minister Badr Abdelatty on Monday.")
    assert _dated(body) == [("2021-03-07", {"Abbas Araghchi", "Mohammed bin Abdulrahman Al Thani"}),
                            ("2021-03-08", {"Abbas Araghchi", "Badr Abdelatty"})]


def test_two_counterparts_met_on_one_day_are_still_one_meeting() -> None:
    body = "Russian envoy Mikhail Bogdanov met Hamas official Mousa Abu Marzouk and Islamic Jihad leader Ziyad al-Nakhalah on Monday."
    assert _dated(body) == [("2021-03-08", {"Mikhail Bogdanov", "Mousa Abu Marzouk", "Ziad al-Nakhalah"})]


# ---- "without giving a date" is a date expression of its own kind, read by what it is
def test_a_report_whose_day_the_text_withholds_is_a_date_expression_that_says_so() -> None:
    from timeline_app.ingest.date_scope import undisclosed_day
    for sentence in ("He also met X, the agency said, without specifying the date.",
                     "The two men spoke by phone, though the ministry did not say when."):
        found = undisclosed_day(sentence)
        assert found is not None and found.undisclosed and found.kind == "relperiod"
    assert undisclosed_day("He met X on Monday without giving details.") is None


def test_a_meeting_of_the_trip_told_without_its_day_takes_the_trips_month() -> None:
    body = ("A Hamas delegation led by Khalil al-Hayya arrived in Moscow on February 24 for a three-day visit and met "
            "Russian Deputy Foreign Minister Mikhail Bogdanov the same day. During the same visit the delegation also "
            "held talks with Russian envoy Alexander Lavrentiev, the ministry said, without giving a date.")
    assert ("2021-02", {"Alexander Lavrentiev"}) in [(d, p - {"Khalil al-Hayya"}) for d, p in _dated(body)]


# ---- the dateline printed at the head of the lede is the day it was filed: the lede's own day wins
def test_a_lede_that_names_its_weekday_after_a_dated_dateline_takes_the_weekday() -> None:
    text = ("Egypt receives Hamas delegation\n\n"
            "CAIRO (March 10, 2021) - Egyptian intelligence chief Abbas Kamel received a Hamas delegation led by Ismail "
            "Haniyeh in Cairo on Monday, state media reported.\n")
    assert [m.date for m in extract_document(text, None, SAVED).mentions] == ["2021-03-08"]


def test_a_lede_without_a_day_of_its_own_keeps_the_datelines_day() -> None:
    text = ("Egypt receives Hamas delegation\n\n"
            "CAIRO (March 10, 2021) - Egyptian intelligence chief Abbas Kamel received a Hamas delegation led by Ismail "
            "Haniyeh in Cairo, state media reported.\n")
    assert [m.date for m in extract_document(text, None, SAVED).mentions] == ["2021-03-10"]


# ---- a day counted from a day the phrase names: "the day before Monday's meeting"
COUNTED = [
    ("UN envoy Martin Griffiths met Houthi leader Abdul-Malik al-Houthi in Sanaa on Monday. The day before Monday's meeting, he held "
     "talks with Mahdi al-Mashat.", "2021-03-07"),
    ("UN envoy Martin Griffiths arrived in Sanaa on Saturday. Two days after the March 1 talks in Muscat, he held talks with Mahdi al-Mashat.",
     "2021-03-03"),
]


@pytest.mark.parametrize("body,day", COUNTED, ids=["day before Monday's", "two days after March 1"])
def test_a_day_counted_from_a_named_day_counts_from_that_day(body: str, day: str) -> None:
    assert (day, {"Martin Griffiths", "Mahdi al-Mashat"}) in _dated(body)


# ---- a weekday of a report told in last week's clause is last week's
def test_a_weekday_in_a_clause_told_last_week_is_last_weeks() -> None:
    body = ("Saudi Defence Minister Khalid bin Salman received Houthi negotiator Mohammed Abdulsalam in Riyadh on Tuesday. "
            "UN envoy Hans Grundberg had visited Riyadh last week and met Yemen's Presidential Council head Rashad al-Alimi on Wednesday.")
    assert ("2021-03-03", {"Hans Grundberg", "Rashad al-Alimi"}) in _dated(body)


def test_last_week_of_another_clause_leaves_this_weeks_weekday() -> None:
    body = ("Russian Security Council secretary Sergei Shoigu met Iranian President Masoud Pezeshkian in Tehran on Monday, "
            "as the region braced for a response to the killing of a Hamas leader last week.")
    assert _dated(body) == [("2021-03-08", {"Sergei Shoigu", "Masoud Pezeshkian"})]


# ---- "On Saturday, the eve of the conference,": the day named beats the apposition counting it
def test_a_weekday_beats_the_eve_of_a_gathering_in_apposition() -> None:
    body = ("Envoys met in Doha on Sunday and Monday for a UN conference on Afghanistan. On Saturday, the eve of the conference, "
            "the Taliban delegation led by Zabihullah Mujahid was received by Qatar's Minister of State Mohammed Al-Khulaifi.")
    assert ("2021-03-06", {"Zabihullah Mujahid", "Mohammed Al-Khulaifi"}) in _dated(body)


# ---- "After the bilateral talks, ...": the talks' day, not the arrival's told last
def test_a_session_after_the_talks_takes_the_talks_day_not_the_arrivals() -> None:
    body = ("Saudi Foreign Minister Faisal bin Farhan and Iranian Foreign Minister Hossein Amir-Abdollahian met in Beijing on "
            "Tuesday. Prince Faisal arrived on Monday, and the two met at a hotel on Tuesday morning. After the bilateral talks, "
            "delegations led by Iranian diplomat Alireza Enayati and Saudi deputy minister Waleed Elkhereiji held a separate "
            "working session.")
    assert ("2021-03-09", {"Alireza Enayati", "Waleed Elkhereiji"}) in _dated(body)
