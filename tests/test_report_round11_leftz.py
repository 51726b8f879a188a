"""Round 11 (leftz): the extractor's known leftovers and trap classes, each a general rule tested on
sentences written for this file in the shapes real reports use (never a test set's words)."""
from __future__ import annotations

import pytest

from tests.helpers.reports import events, people, sides

# the dateline of `events` is Wednesday 10 March 2021: Mon 8, Tue 9, Sun 7, Sat 6 March


# ---- one denial layer: what a denial denies, and where its scope ends
DENIED: list[tuple[str, str, list[str]]] = [
    ("of-phrase-then-met", "Houthi negotiator Mohammed Abdulsalam denied reports of a split with Riyadh and met Omani Foreign Minister Badr Albusaidi in Muscat on Monday.", ["2021-03-08"]),
    ("that-state-then-met", "Taliban Foreign Minister Amir Khan Muttaqi denied that there was a rift with Islamabad and met Pakistani envoy Mohammad Sadiq in Kabul on Tuesday.", ["2021-03-09"]),
    ("rejected-claims-then-received", "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani rejected claims of bias and received Hamas leader Khalil al-Hayya in Doha on Sunday.", ["2021-03-07"]),
    ("bare-clause", "Hezbollah denied its officials had met Iraqi militia leaders in Damascus on Monday.", []),
    ("bare-clause-ever", "The ministry denies Sergei Lavrov has ever met Houthi envoys in Moscow.", []),
    ("gerund-having", "Hamas official Osama Hamdan denied having visited Tehran on Sunday.", []),
    ("noun-took-place", "The Taliban denied any meeting with Indian diplomats took place in Dubai on Sunday.", []),
    ("that-report-and-report", "Egypt denied on Tuesday that its intelligence chief had met Israeli officials and held talks with them in Tel Aviv.", []),
    ("hearsay-that", "Iran flatly rejected reports that its envoy had visited Sanaa on Sunday.", []),
    ("report-denied-by", "Abbas Kamel met Israeli officials in Tel Aviv on Sunday, a report denied by Cairo.", []),
    ("there-had-been", "Ankara denied there had been any contact between Hakan Fidan and Taliban envoys in Doha on Monday.", []),
]


@pytest.mark.parametrize("body,expected", [(b, e) for _, b, e in DENIED], ids=[c[0] for c in DENIED])
def test_a_denial_denies_its_own_object_and_no_more(body: str, expected: list[str]) -> None:
    assert sorted(m.date for m in events(body)) == expected


# ---- a counterpart named by a title alone is still a counterpart: its side takes part
UNNAMED: list[tuple[str, str, str]] = [
    ("met-the-ambassador", "Taliban Foreign Minister Amir Khan Muttaqi met the Chinese ambassador in Kabul on Monday.", "China"),
    ("received-the-envoy", "Houthi negotiator Mohammed Abdulsalam received the Omani envoy in Sanaa on Tuesday.", "Oman"),
    ("hosted-a-diplomat", "Hezbollah deputy leader Naim Qassem hosted a Russian diplomat in Beirut on Sunday.", "Russia"),
    ("met-the-charge", "Hamas official Mousa Abu Marzouk met the Egyptian chargé d'affaires in Doha on Monday.", "Egypt"),
]


@pytest.mark.parametrize("body,side", [(b, s) for _, b, s in UNNAMED], ids=[c[0] for c in UNNAMED])
def test_a_titled_counterpart_without_a_name_makes_a_meeting_with_its_side(body: str, side: str) -> None:
    found = events(body)
    assert len(found) == 1 and side in sides(found[0])


def test_an_unnamed_ambassador_who_only_speaks_is_no_counterpart() -> None:
    assert events("The Chinese ambassador said on Monday that Beijing backed the talks in Doha.") == []


# ---- "most recently on Tuesday": among occasions counted or told as a habit, the one told by its day
RECENT: list[tuple[str, str, list[str]]] = [
    ("twice-this-month", "Houthi negotiator Mohammed Abdulsalam has met Omani Foreign Minister Badr Albusaidi twice this month, most recently on Tuesday.", ["2021-03-09"]),
    ("several-times-this-year", "Sergei Lavrov has received Hamas official Mousa Abu Marzouk several times this year, most recently on Monday in Moscow.", ["2021-03-08"]),
    ("habit-most-recently", "Qatari mediators have met Taliban envoys regularly in Doha, most recently on Sunday.", ["2021-03-07"]),
    ("last-of-them", "Abbas Araghchi has visited Muscat three times since January, the last of them on Saturday.", ["2021-03-06"]),
    ("most-recently-a-month", "Abbas Araghchi has visited Muscat several times in recent years, most recently in May 2019.", []),
    ("habit-without-day", "Qatari mediators have met Taliban envoys regularly in Doha.", []),
]


@pytest.mark.parametrize("body,expected", [(b, e) for _, b, e in RECENT], ids=[c[0] for c in RECENT])
def test_the_most_recent_occasion_is_a_report_of_its_day(body: str, expected: list[str]) -> None:
    assert sorted(m.date for m in events(body)) == expected


# ---- attending an occasion and meeting someone there, told with or without a day: one meeting
ATTENDED: list[tuple[str, str]] = [
    ("memorial-and-met", "Hamas official Khalil al-Hayya attended a memorial in Beirut and met Hezbollah deputy leader Naim Qassem."),
    ("funeral-and-talks", "Iraqi Prime Minister Mohammed Shia al-Sudani attended a funeral in Tehran and held talks with Iranian President Masoud Pezeshkian."),
    ("memorial-on-day-and-met", "Hamas official Khalil al-Hayya attended a memorial in Beirut on Monday and met Hezbollah deputy leader Naim Qassem."),
]


@pytest.mark.parametrize("body", [b for _, b in ATTENDED], ids=[c[0] for c in ATTENDED])
def test_attending_an_occasion_and_meeting_there_is_one_meeting(body: str) -> None:
    found = events(body)
    assert len(found) == 1 and found[0].type in ("meeting", "talks") and len(people(found[0])) == 2


# ---- "in October and again in December": two occasions of one encounter, one event each
AGAIN: list[tuple[str, str, list[str]]] = [
    ("months-again", "Iraqi Foreign Minister Fuad Hussein held talks with Iranian Foreign Minister Abbas Araghchi in Baghdad in October and again in December.", ["2020-10", "2020-12"]),
    ("days-again", "Sergei Lavrov received Houthi negotiator Mohammed Abdulsalam in Moscow on Monday and again on Tuesday.", ["2021-03-08", "2021-03-09"]),
    ("call-again", "Qatari Prime Minister Mohammed bin Abdulrahman Al Thani spoke by phone with Hamas leader Khalil al-Hayya on Sunday and again on Monday.", ["2021-03-07", "2021-03-08"]),
    ("past-perfect-list", "Abbas Araghchi had visited Beirut in 2019 and again in 2020.", []),
    ("semicolon-statement-day", "UN envoy Hans Grundberg met Houthi negotiator Mohammed Abdulsalam in Muscat in January; on 23 February he announced a prisoner exchange.", ["2021-01"]),
]


@pytest.mark.parametrize("body,expected", [(b, e) for _, b, e in AGAIN], ids=[c[0] for c in AGAIN])
def test_an_encounter_told_again_on_a_second_date_is_two_events(body: str, expected: list[str]) -> None:
    assert sorted(m.date for m in events(body)) == expected


# ---- two movements travelling for talks: one talks event with both as delegations
FOR_TALKS: list[tuple[str, str, set[str]]] = [
    ("came-for-talks", "Fatah and Hamas delegations came to Moscow on Monday for talks.", {"Fatah", "Hamas"}),
    ("arrived-for-talks-with-hosts", "Hamas and Islamic Jihad leaders arrived in Cairo on Sunday for talks with Egyptian intelligence officials.", {"Hamas", "Palestinian Islamic Jihad"}),
    ("travelled-to-hold-talks", "A Fatah delegation and a Hamas delegation travelled to Algiers on Tuesday to hold reconciliation talks.", {"Fatah", "Hamas"}),
]


@pytest.mark.parametrize("body,expected", [(b, e) for _, b, e in FOR_TALKS], ids=[c[0] for c in FOR_TALKS])
def test_sides_travelling_for_talks_are_one_talks_event(body: str, expected: set[str]) -> None:
    found = events(body)
    assert len(found) == 1 and found[0].type == "talks" and sides(found[0]) >= expected


def test_sides_arriving_for_separate_talks_are_two_visits() -> None:
    found = events("A Fatah delegation and a Hamas delegation arrived in Cairo on Sunday for separate talks with Egyptian officials.")
    assert len(found) == 2


def test_sides_arriving_with_no_purpose_are_two_visits() -> None:
    assert len(events("A Fatah delegation and a Hamas delegation arrived in Cairo on Sunday.")) == 2


def test_talks_the_sides_came_for_take_the_day_they_opened() -> None:
    found = events("Fatah and Hamas delegations arrived in Algiers for unity talks. The talks opened in Algiers on Saturday.")
    assert len(found) == 1 and found[0].type == "talks" and found[0].date == "2021-03-06"
