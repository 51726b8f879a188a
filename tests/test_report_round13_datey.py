"""Round 13 (datey): date classes that cost events on unseen text, each a general rule tested on
sentences written for this file in the shapes real reports use (never a test set's words)."""
from __future__ import annotations

from datetime import date

import pytest

from tests.helpers.reports import events, people
from timeline_app.ingest.dates import find_dates
from timeline_app.ingest.extract import extract_document

# the dateline of `events` is Wednesday 10 March 2021: Mon 8, Tue 9, Sun 7, Sat 6 March


def _dated(body: str) -> list[tuple[str | None, set[str]]]:
    return sorted(((m.date, people(m)) for m in events(body)), key=lambda e: (e[0] or "", sorted(e[1])))


# ---- an anaphoric phrase's direction is read from its words, not from letters inside them
OFFSETS: list[tuple[str, int]] = [
    ("received him the same afternoon", 0),
    ("met them later that afternoon", 0),
    ("held talks the following afternoon", 1),
    ("had spoken the previous afternoon", -1),
    ("left the day after", 1),
]


@pytest.mark.parametrize("phrase,offset", OFFSETS, ids=[p for p, _ in OFFSETS])
def test_an_anaphoric_day_counts_by_its_words(phrase: str, offset: int) -> None:
    found = [d for d in find_dates(f"The minister {phrase}.") if d.kind == "anaphoric"]
    assert [d.day for d in found] == [offset]


def test_the_same_afternoon_is_the_day_of_the_arrival_told_in_the_sentence() -> None:
    body = ("Russian envoy Alexander Lavrentiev arrived in Damascus on Monday to meet with Hezbollah officials, but his first "
            "appointment was with Syrian Foreign Minister Faisal Mekdad, who received him the same afternoon.")
    assert ("2021-03-08", {"Alexander Lavrentiev", "Faisal Mekdad"}) in _dated(body)


# ---- a slash between two cities in a dateline is not an agency's slash form
def _article(text: str, saved: date) -> list[tuple[str | None, set[str]]]:
    return sorted((m.date, people(m)) for m in extract_document(text, None, saved).mentions)


def test_a_verb_joined_to_a_dated_trip_keeps_the_trips_day_under_a_two_city_dateline() -> None:
    text = ("Turkish minister met Hamas leader in secret, sources say\n\n"
            "ANKARA/DOHA, March 10 -- Turkish Foreign Minister Hakan Fidan flew to Doha on March 2 and held talks with "
            "Hamas leader Ismail Haniyeh, according to reports citing two officials.\n")
    found = _article(text, date(2021, 3, 12))
    assert [d for d, _ in found] == ["2021-03-02"]


def test_the_agencys_slash_form_still_gives_the_wire_day() -> None:
    text = ("Bogdanov meets Hamas delegation\n\n"
            "MOSCOW, March 10. /TASS/. Russian Deputy Foreign Minister Mikhail Bogdanov held a meeting with a Hamas "
            "delegation led by Mousa Abu Marzouk, the ministry said.\n")
    assert [d for d, _ in _article(text, date(2021, 3, 12))] == ["2021-03-10"]


# ---- "Earlier in the day" inside a quotation counts from the day the quotation was given
def test_earlier_in_the_day_inside_a_dated_readout_is_the_readouts_day() -> None:
    body = ("Pakistani envoy Mohammad Sadiq flew to Kabul on February 20 and met Taliban Foreign Minister Amir Khan Muttaqi.\n\n"
            "In a readout released by the Taliban's foreign ministry on Monday, spokesman Zabihullah Mujahid said: "
            "\u201cEarlier in the day the minister met and held talks with Turkish envoy Cihad Erginay in Kabul.\u201d")
    found = _dated(body)
    assert ("2021-03-08", {"Zabihullah Mujahid", "Cihad Erginay"}) in found or any(
        d == "2021-03-08" and "Cihad Erginay" in p for d, p in found)
    assert not any(d == "2021-02-20" and "Cihad Erginay" in p for d, p in found)


def test_earlier_in_the_day_outside_a_quotation_still_follows_the_narrative() -> None:
    body = ("Omani Foreign Minister Badr Albusaidi met Houthi negotiator Mohammed Abdulsalam in Muscat on Monday. "
            "Earlier in the day Albusaidi received Iranian envoy Ali Asghar Khaji.")
    assert any(d == "2021-03-08" and "Ali Asghar Khaji" in p for d, p in _dated(body))


# ---- "The meeting between A and B took place in X on <day>" dates the meeting the lede told without one
def test_a_meeting_between_named_sides_that_took_place_on_a_day_dates_the_undated_lede() -> None:
    body = ("NEW DELHI: A senior Indian diplomat has held talks with the Taliban's acting interior minister in Kabul, officials said.\n\n"
            "The meeting between the diplomat, a joint secretary of the foreign ministry, and the acting interior minister "
            "took place in Kabul on March 4, a news website reported on Friday, citing officials.")
    assert [d for d, _ in _dated(body)] == ["2021-03-04"]


# ---- a day inside "the talks that led to the release of ... on <day>" is the release's
def test_the_day_of_what_talks_led_to_is_not_the_talks_day() -> None:
    body = ("Qatar and Egypt were both involved in the talks that led to the release of two hostages by Hamas on March 3.")
    assert not any(d == "2021-03-03" for d, _ in _dated(body))


def test_talks_that_began_on_a_day_keep_that_day() -> None:
    body = ("Hamas and Fatah delegations met in Cairo for talks that began on Monday, Egyptian officials said.")
    assert [d for d, _ in _dated(body)] == ["2021-03-08"]


# ---- the lede's event told again with its names, opening the next paragraph, is of the lede's day
def test_the_lede_told_again_with_names_takes_the_ledes_day() -> None:
    body = ("Iran's ambassador to Oman held talks with the head of the Houthi rebels' negotiating team in Muscat on Sunday, "
            "the most public sign yet of a new push for a truce.\n\n"
            "Iranian Ambassador Mousa Farhang, accompanied by an Omani delegation, met Mohammed Abdulsalam, the head of the "
            "Houthis' negotiating team, at a guest house in the capital, according to the Houthi-run SABA news agency.")
    found = _dated(body)
    assert [d for d, _ in found] == ["2021-03-07"]
    assert {"Mousa Farhang"} <= found[0][1]


def test_a_lede_that_names_its_people_is_complete_and_the_next_meeting_keeps_its_own_day() -> None:
    body = ("Omani Foreign Minister Badr Albusaidi held talks with the Houthi negotiating team in Muscat on Sunday.\n\n"
            "Iranian Ambassador Mousa Farhang met Houthi negotiator Mohammed Abdulsalam in Muscat, the Houthi-run SABA news agency said.")
    assert any(d == "2021-03-10" and "Mousa Farhang" in p for d, p in _dated(body))


def test_another_meeting_in_the_second_paragraph_with_other_sides_keeps_its_own_day() -> None:
    body = ("Oman's envoy to Yemen held talks with the head of the Houthis' political council in Sanaa on Sunday.\n\n"
            "Russian Deputy Foreign Minister Mikhail Bogdanov met Iranian envoy Ali Asghar Khaji in Moscow, the ministry said.")
    found = _dated(body)
    assert ("2021-03-07", set()) in found or any(d == "2021-03-07" for d, _ in found)
    assert any(d == "2021-03-10" and "Ali Asghar Khaji" in p for d, p in found)


# ---- "held a day of talks in X on Saturday": the meetings the next paragraph tells without a day are of that day
def test_a_day_of_talks_in_the_lede_dates_the_separate_meetings_told_next() -> None:
    body = ("Iraqi Foreign Minister Fuad Hussein held a day of talks in the Lebanese capital on Monday, his first visit since "
            "the new government was formed.\n\n"
            "Hussein, who arrived at Beirut airport late on Sunday from Damascus, held separate meetings with caretaker Prime "
            "Minister Najib Mikati and with Parliament Speaker Nabih Berri.")
    found = _dated(body)
    assert any(d == "2021-03-08" and "Najib Mikati" in p for d, p in found)
    assert any(d == "2021-03-08" and "Nabih Berri" in p for d, p in found)
    assert not any(d == "2021-03-10" for d, _ in found)


# ---- "Earlier in the day" opening a new paragraph counts from the lead meeting, not from an arrival told in passing
def test_earlier_in_the_day_counts_from_the_lead_meeting_not_the_arrival() -> None:
    body = ("Iraqi Foreign Minister Fuad Hussein, who arrived in Muscat late on Monday, held talks on Tuesday with Omani "
            "Foreign Minister Badr Albusaidi.\n\n"
            "The two discussed shipping in the Gulf and the situation in Yemen, the ministry said.\n\n"
            "Earlier in the day, the Iraqi minister was also received by Sultan Haitham bin Tarik at Al Alam Palace.")
    assert any(d == "2021-03-09" and "Haitham bin Tariq" in p for d, p in _dated(body))


# ---- an agency pair in the dateline's brackets ("(SPA/agencies)") still makes it a dateline
def test_a_dateline_with_two_agencies_in_brackets_is_read() -> None:
    text = ("Saudi minister receives Houthi negotiator\n\n"
            "RIYADH, March 10 (SPA/agencies) - Saudi Defence Minister Khalid bin Salman received Houthi negotiator "
            "Mohammed Abdulsalam in Riyadh on Wednesday, the ministry said.\n")
    result = extract_document(text, None, date(2021, 3, 12))
    assert result.articles[0].published == "2021-03-10"
    assert [m.date for m in result.mentions] == ["2021-03-10"]


# ---- "..., TRT reported on Saturday" under a dateline that is no Saturday in any year the terms allow: filed the day after
def test_a_wire_filed_the_day_after_it_was_told() -> None:
    from timeline_app.ingest.year_inference import infer_year
    terms = [[(date(2023, 6, 5), None)]]  # an office held since June 2023
    # 30 June: Friday in 2023, Sunday in 2024, Monday in 2025, Tuesday in 2026; told on a Saturday, the lede's day a Friday
    assert infer_year(6, 30, date(2026, 11, 30), 4, terms, told_on=5) == date(2024, 6, 30)
    # a Saturday within the terms still wins: 30 June 2029 is far ahead, 2018 outside the terms, so the filed day decides
    assert infer_year(6, 29, date(2026, 11, 30), 4, terms, told_on=5) == date(2024, 6, 29)


# ---- days counted back from the publication day, in the ways news writes them
RELATIVE: list[tuple[str, str]] = [
    ("ten days ago", "2021-02-28"),
    ("a week ago", "2021-03-03"),
    ("two weeks ago", "2021-02-24"),
    ("a fortnight ago", "2021-02-24"),
    ("48 hours ago", "2021-03-08"),
    ("over the weekend", "2021-03-06"),
    ("last weekend", "2021-03-06"),
]


@pytest.mark.parametrize("when,day", RELATIVE, ids=[w for w, _ in RELATIVE])
def test_a_day_counted_back_from_publication(when: str, day: str) -> None:
    body = f"Omani Foreign Minister Badr Albusaidi met Houthi negotiator Mohammed Abdulsalam in Muscat {when}, the ministry said."
    assert [d for d, _ in _dated(body)] == [day]


def test_the_weekend_read_on_a_weekend_and_a_plans_weekend() -> None:
    from timeline_app.ingest.dates import resolve
    [over] = [d for d in find_dates("They spoke over the weekend.") if d.kind == "relday"]
    [last] = [d for d in find_dates("They spoke last weekend.") if d.kind == "relday"]
    sunday, wednesday = date(2021, 3, 14), date(2021, 3, 10)
    assert resolve(over, sunday).value == "2021-03-13"  # that weekend's Saturday
    assert resolve(last, sunday).value == "2021-03-06"  # the weekend before
    assert resolve(over, wednesday, future=True).value == "2021-03-13"  # a plan: the coming one
    assert [d.kind for d in find_dates("They will meet next weekend.")] == []
    # ("at the weekend", "this weekend" tell plans as often as what was done: no day of their own)
    assert [d.kind for d in find_dates("Erdogan said he would host him at the weekend.")] == []
    assert [d.kind for d in find_dates("The envoy is expected in Sanaa this weekend.")] == []


# ---- "In the evening he was received by X" after an arrival told in passing and the meetings of a later day:
# the evening of the day the narrative reached, not of the arrival
def test_in_the_evening_after_the_days_meetings_is_their_day_not_the_arrivals() -> None:
    body = ("Iraqi Foreign Minister Fuad Hussein held a day of talks in the Lebanese capital on Monday.\n\n"
            "Hussein, who arrived at Beirut airport late on Sunday from Damascus, held separate meetings with caretaker "
            "Prime Minister Najib Mikati and with Parliament Speaker Nabih Berri. The Iraqi minister was accompanied by "
            "Iraq's ambassador in Beirut, Haider Shiyaa al-Barrak.\n\n"
            "In the evening he was received by Hezbollah Secretary-General Hassan Nasrallah, al-Manar television said.")
    found = _dated(body)
    assert any(d == "2021-03-08" and "Hassan Nasrallah" in p for d, p in found)
    assert not any(d == "2021-03-07" and "Hassan Nasrallah" in p for d, p in found)


def test_in_the_evening_after_an_arrival_alone_is_the_arrivals_day() -> None:
    body = ("Iraqi Foreign Minister Fuad Hussein arrived in Beirut on Sunday on a two-day visit.\n\n"
            "In the evening he was received by Hezbollah Secretary-General Hassan Nasrallah, al-Manar television said.")
    assert any(d == "2021-03-07" and "Hassan Nasrallah" in p for d, p in _dated(body))


# ---- Levantine month names of the Gregorian calendar, read in a full date only
LEVANTINE: list[tuple[str, tuple[int, int, int] | None]] = [
    ("Damascus, 12 Tammuz 2023 (SANA) - talks", (2023, 7, 12)),
    ("Tuesday 5 Tishrin al-Awwal 2024", (2024, 10, 5)),
    ("on 2 Kanun al-Thani 2024 they met", (2024, 1, 2)),
    ("on 12 Adhar 2024", (2024, 3, 12)),
    ("the fast of 17 Tammuz", None),  # no year: not read as a date
    ("14 Nisan 5784", None),  # a Hebrew year: no Gregorian date
]


@pytest.mark.parametrize("text,day", LEVANTINE, ids=[t for t, _ in LEVANTINE])
def test_levantine_month_names_in_full_dates(text: str, day: tuple[int, int, int] | None) -> None:
    found = [(e.year, e.month, e.day) for e in find_dates(text) if e.kind == "full"]
    assert found == ([day] if day else [])


def test_a_levantine_dateline_dates_the_article() -> None:
    text = ("Syrian minister meets Iranian envoy\n\n"
            "Damascus, 12 Tammuz 2023 (SANA) - Syrian Foreign Minister Faisal Mekdad met Iranian envoy Ali Asghar Khaji "
            "in Damascus on Monday.\n")
    result = extract_document(text, None, date(2026, 11, 30))
    assert result.articles[0].published == "2023-07-12"
    assert [m.date for m in result.mentions] == ["2023-07-10"]
