"""Round 18 (trapu): remarks around the day's meeting that real reports make and readers do not take
for new events, written for this file in the shapes wire copy uses -- one more entry of a record told
in the perfect with no day ('have also held talks with X, a diplomat said'), a question left open
('without specifying when the sides had met'), a remark on the trip just told ('This is the fist visit
of ...', a slip in the ordinal), a body's founding and a process's start year, the legs of a tour before
this stop, the talk of a meeting just told ('and discussed with him ...'), and journeys told after the
meeting they led to (the arrival on its eve, the reception at the airport, the trip whose meeting the
next paragraph tells). Each has a positive twin: the real meeting in a close shape is still found."""
from __future__ import annotations

from tests.helpers.reports import events, people, sides

# the dateline of `events` is Wednesday 10 March 2021: Sat 6, Sun 7, Mon 8, Tue 9


# -- one more entry of a record: a perfect with also/already/all and no day

def test_a_perfect_with_also_and_no_day_is_a_record_not_an_event() -> None:
    assert events("The Hamas delegation has also held talks with Egyptian officials, a diplomat said.") == []
    assert events("Russian officials have also met Hamas leaders in Doha, a diplomat said, without giving dates.") == []
    assert events("Since the group took power, China, Russia and Pakistan have all received its envoys.") == []


def test_a_record_after_the_days_meeting_adds_no_event_to_it() -> None:
    found = events("Lavrov held talks with the Taliban delegation in Moscow on Monday.\n\n"
                   "The delegation has also held talks with Chinese and Pakistani envoys, a diplomat said.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert "China" not in sides(found[0]) and "Pakistan" not in sides(found[0])


def test_hosts_that_have_all_held_meetings_since_then_are_a_record() -> None:
    found = events("Haniyeh met Tebboune in Algiers on Monday.\n\n"
                   "Egypt, Qatar and Turkey have all hosted reconciliation meetings since then, none of which ended the split.")
    assert [m.date for m in found] == ["2021-03-08"]


def test_a_perfect_with_its_own_day_is_still_a_meeting() -> None:
    found = events("The Taliban delegation has already met Pakistan's foreign minister on Monday, a spokesman said.")
    assert [m.date for m in found] == ["2021-03-08"]
    found = events("Qatari officials held talks with Israeli officials in Doha on Monday, a diplomat said.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert "Israel" in sides(found[0])  # (Qatar hosts on its own soil)


# -- a question left open: the meeting asked about is no new event, the spokesman no participant

def test_a_meeting_whose_day_a_spokesman_left_open_is_the_one_told() -> None:
    found = events("China said that rival Palestinian movements Hamas and Fatah met in Beijing recently for talks on reconciliation.\n\n"
                   "\"Representatives of the two movements recently came to Beijing,\" foreign ministry spokesman Lin Jian said.\n\n"
                   "\"The two sides discussed many specific issues,\" he added, without specifying when the sides had met.")
    assert len(found) == 1
    assert {"Hamas", "Fatah"} <= sides(found[0]) and "Lin Jian" not in people(found[0])


def test_an_unclear_or_undisclosed_meeting_is_no_event() -> None:
    found = events("The Houthi delegation met Omani officials in Muscat on Sunday.\n\n"
                   "It is unclear whether the delegation also met Saudi envoys during its stay.")
    assert [m.date for m in found] == ["2021-03-07"]
    assert "Saudi Arabia" not in sides(found[0])
    assert events("Officials did not disclose where the delegations had met or who attended.") == []


# -- a remark on the trip just told, whatever slip its ordinal has

def test_this_is_the_first_visit_remarks_on_the_trip_told() -> None:
    found = events("A delegation led by Taliban foreign minister Amir Khan Muttaqi reached Islamabad on Monday to hold talks with the "
                   "Pakistani leadership. This is the fist visit of Afghan officials to Pakistan since the group took power in Kabul.\n\n"
                   "The foreign ministry said that during the three-day visit, the focus will be on trade and transit. "
                   "Muttaqi will also hold talks with his counterpart Shah Mahmood Qureshi.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert "Amir Khan Muttaqi" in people(found[0])
    assert events("This is the first visit of a Taliban leader to Pakistan after the group seized power in Afghanistan.") == []
    assert events("It was the frist trip by a Hamas leader to Riyadh since 2007.") == []


def test_a_first_visit_told_with_its_day_is_still_the_visit() -> None:
    found = events("Taliban Foreign Minister Amir Khan Muttaqi made his first visit to Pakistan on Monday.")
    assert [m.date for m in found] == ["2021-03-08"]
    found = events("It was Haniyeh's first visit to Moscow since 2018; he met Lavrov on Monday.")
    assert [m.date for m in found] == ["2021-03-08"]


# -- a body's founding, a process's start, the legs before this stop

def test_a_format_founded_in_a_year_is_no_meeting() -> None:
    found = events("Lavrov met Haniyeh in Moscow on Monday.\n\nThe Moscow Format has been established in 2017, based on "
                   "consultations between representatives of Russia, China, Iran, India and Pakistan.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert events("The Moscow format consultations, created in 2017, bring together special envoys from Russia, China, "
                  "Pakistan, Iran and India.") == []
    assert events("The Istanbul format, founded in 2018, brings together the leaders of Turkey, Russia, France and Germany.") == []


def test_a_format_meeting_with_its_day_is_a_meeting() -> None:
    found = events("The Moscow Format talks were held in Moscow on Monday with delegations from the Taliban, China and Pakistan.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert "Taliban" in sides(found[0])


def test_talks_dated_by_the_year_they_began_are_a_process() -> None:
    found = events("The Houthi delegation met Omani officials in Muscat on Sunday.\n\n"
                   "Talks between the Houthis and Riyadh, which began in 2019, have been held in Muscat and Riyadh.")
    assert [m.date for m in found] == ["2021-03-07"]


def test_the_legs_before_this_stop_are_told_in_passing() -> None:
    assert events("Before coming to Pakistan, the Taliban delegation travelled to Russia, China and Iran, officials said.") == []


# -- the talk of the meeting just told

def test_discussed_with_him_after_a_reception_is_that_meeting() -> None:
    found = events("Jordan's foreign minister Ayman Safadi received in Amman on Tuesday the Chinese envoy Zhai Jun, "
                   "and discussed with him the humanitarian situation in Gaza.")
    assert len(found) == 1 and found[0].date == "2021-03-09"
    assert {"Ayman Safadi", "Zhai Jun"} <= people(found[0])
    assert found[0].location != "Gaza"


# -- journeys told after the meeting they led to

def test_an_arrival_on_the_eve_told_after_the_meeting_is_that_visit() -> None:
    found = events("Iran's Foreign Minister Mohammad Javad Zarif on Monday hosted his Syrian counterpart Faisal Mekdad in Tehran.\n\n"
                   "Mekdad arrived in Tehran on Sunday night and is expected to meet Iran's top officials in the next few days, "
                   "according to the ministry.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert {"Mohammad Javad Zarif", "Faisal Mekdad"} <= people(found[0])
    found = events("Senior Taliban leaders met Pakistan's foreign minister in Islamabad on Monday.\n\n"
                   "The Taliban delegation arrived in Islamabad late on Sunday, a spokesman said.")
    assert [m.date for m in found] == ["2021-03-08"]


def test_an_arrival_told_after_the_meeting_that_lists_the_delegation_stays_its_own_event() -> None:
    found = events("Qatar's foreign minister met Taliban foreign minister Amir Khan Muttaqi in Doha on Sunday.\n\n"
                   "Muttaqi arrived in Doha on Saturday at the head of a delegation that included finance minister Hidayatullah Badri.")
    assert sorted(m.date for m in found) == ["2021-03-06", "2021-03-07"]


def test_an_arrival_told_first_and_a_later_days_meeting_stay_two_events() -> None:
    found = events("Fidan arrived in Doha on Monday.\n\nHe met Hamas leader Ismail Haniyeh the next day.")
    assert sorted(m.date for m in found) == ["2021-03-08", "2021-03-09"]
    found = events("Zarif hosted Mekdad in Tehran on Monday.\n\nMekdad had arrived in Damascus on Saturday for talks with Assad.")
    assert len(found) == 2


def test_a_reception_at_the_airport_by_unnamed_officials_is_the_arrival() -> None:
    found = events("Iran's foreign minister Abbas Araghchi has arrived in Beirut.\n\n"
                   "Upon arrival, Araghchi was received by Lebanese officials at the airport.\n\n"
                   "He then met Parliament Speaker Nabih Berri at his residence.")
    assert len(found) == 1
    assert {"Abbas Araghchi", "Nabih Berri"} <= people(found[0])


def test_a_meeting_told_after_a_trip_in_its_country_is_of_that_trip() -> None:
    found = events("Wang Yi met Taliban leaders in Kabul on Monday.\n\n"
                   "Wang has already visited Pakistan earlier in the week and plans to visit Nepal on Friday, according to local media reports.\n\n"
                   "During his trip to Pakistan, the Chinese foreign minister discussed with Prime Minister Imran Khan the extension of the corridor.")
    assert sorted(m.date for m in found) == ["2021-03", "2021-03-08"]
    trip = next(m for m in found if m.date == "2021-03")
    assert {"Wang Yi", "Imran Khan"} <= people(trip)
    assert all("Nepal" not in str(m.location) for m in found)



# -- a visit whose own modal predicate leaves it ahead

def test_a_further_visit_that_would_be_considered_is_a_plan() -> None:
    found = events("Qatar's prime minister met Hamas negotiators in Doha on Monday.\n\n"
                   "A foreign ministry official said a further visit by the Hamas leadership would be considered only after the truce holds.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert events("A meeting between the Taliban and Pakistani ministers could be arranged later this month, diplomats said.") == []


def test_a_visit_that_will_be_remembered_was_held() -> None:
    found = events("The visit by Haniyeh to Ankara on Monday will be remembered as a turning point.")
    assert [m.date for m in found] == ["2021-03-08"]
