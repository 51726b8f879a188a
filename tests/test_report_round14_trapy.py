"""Round 14 (trapy): sentences that read like reports but tell no event of their own -- a rite
attended with no meeting held, a member flown in with a team already told, an indefinite earlier
visit as the setting of something else, a process still going on, a spokesman's press conference,
one more entry of a host's record. Each class is a general rule, tested on sentences written for
this file in the shapes real reports use (never a test set's words)."""
from __future__ import annotations

from tests.helpers.reports import events, people, sides

# the dateline of `events` is Wednesday 10 March 2021: Mon 8, Tue 9


def test_a_funeral_attended_with_no_meeting_held_is_no_visit() -> None:
    body = ("Foreign delegations arrived in Amman on Monday for the funeral of the late king. "
            "Jordan's neighbour sent its foreign minister, Ayman Safadi, who attended the funeral but held no bilateral meetings, the ministry said.")
    assert not any("Ayman Safadi" in people(m) for m in events(body))


def test_a_funeral_attended_with_no_meeting_held_after_a_meeting_adds_nothing() -> None:
    body = ("King Abdullah received Hamas leader Ismail Haniyeh in Amman on Tuesday, hours after the funeral of the late prince. "
            "Dozens of foreign delegations attended the ceremonies. "
            "Egypt's Foreign Minister Sameh Shoukry attended the funeral but held no bilateral meetings, the Egyptian foreign ministry said.")
    found = events(body)
    assert [people(m) for m in found] == [{"Abdullah II", "Ismail Haniyeh"}]


def test_a_member_flown_in_from_a_city_with_the_team_joins_the_meeting_told() -> None:
    body = ("Hezbollah's deputy leader Naim Qassem met the Syrian president in Damascus on Monday. "
            "The Hamas official, Ismail Haniyeh, who flew in from Doha with the Qatari team, was also present.")
    found = events(body)
    assert len(found) == 1
    assert {"Naim Qassem", "Ismail Haniyeh"} <= people(found[0])
    assert found[0].date == "2021-03-08"


def test_a_member_who_flew_in_with_the_team_still_joins_it() -> None:
    body = ("Hezbollah's deputy leader Naim Qassem met the Syrian president in Damascus on Monday. "
            "The Hamas official, Ismail Haniyeh, who flew in with the Qatari team, was also present.")
    assert len(events(body)) == 1


def test_an_indefinite_earlier_visit_as_the_setting_of_a_release_is_no_event() -> None:
    body = "Jordan freed six detainees from its jails in May, during an earlier visit to Amman by a Hamas team, in a gesture both sides welcomed."
    assert events(body) == []


def test_a_definite_visit_with_its_own_report_stays() -> None:
    body = "Qatar hosted talks between Israel and Hamas on Monday."
    assert [m.date for m in events(body)] == ["2021-03-08"]


def test_a_spokesmans_weekly_news_conference_is_no_meeting() -> None:
    body = ('Ministry spokesman Ali Karimi said at his weekly news conference on Monday that Jordan\'s contacts with Hamas '
            'were "transparent" and were coordinated with the Palestinian Authority.')
    assert events(body) == []


def test_a_joint_press_conference_with_a_guest_is_still_a_meeting() -> None:
    body = ("Speaking at a joint press conference with Jordanian Foreign Minister Ayman Safadi in Amman on Monday, "
            "Egyptian Foreign Minister Sameh Shoukry said the talks were useful.")
    found = events(body)
    assert len(found) == 1 and {"Ayman Safadi", "Sameh Shoukry"} <= people(found[0])


def test_one_more_entry_of_a_hosts_record_is_no_event() -> None:
    body = ("Egypt mediated the prisoner deal in March. "
            "Qatar has also hosted the indirect talks between Israel and Hamas over the hostages.")
    assert events(body) == []


def test_talks_still_going_on_with_no_day_are_no_event() -> None:
    from timeline_app.ingest.hedged_reports import unreal_noun
    from timeline_app.ingest.trigger_words import patterns

    text = "Truce negotiations mediated by Norway and Egypt are continuing, with the rebels' negotiators expected in Oslo later this week."
    start = text.index("negotiations")
    assert unreal_noun(text, start, start + len("negotiations"), 0, patterns())
    dated = "Truce negotiations mediated by Norway on Monday are continuing, both sides said."
    start = dated.index("negotiations")
    assert not unreal_noun(dated, start, start + len("negotiations"), 0, patterns())
    assert {"Hamas"} <= sides(events("Qatar hosted talks between Israel and Hamas on Monday.")[0])


def test_a_meeting_of_ones_own_security_chiefs_is_no_diplomatic_event() -> None:
    body = ("Prime Minister Najib Mikati chaired a meeting of security chiefs at the Grand Serail this morning and asked them "
            "to stop Ismail Haniyeh from entering Lebanon again, the statement said.")
    assert events(body) == []


def test_a_meeting_chaired_with_a_foreign_guest_stays() -> None:
    body = "Prime Minister Najib Mikati chaired a meeting with Hamas leader Ismail Haniyeh at the Grand Serail on Monday."
    found = events(body)
    assert len(found) == 1 and {"Najib Mikati", "Ismail Haniyeh"} <= people(found[0])


def test_the_sender_of_greetings_conveyed_at_a_meeting_was_not_there() -> None:
    body = "On Monday Lavrov met separately with Hamas leader Ismail Haniyeh, to whom he conveyed President Vladimir Putin's greetings."
    found = events(body)
    assert [people(m) for m in found] == [{"Sergey Lavrov", "Ismail Haniyeh"}]


def test_those_who_open_a_sitting_join_the_gathering_told() -> None:
    body = ("Hamas and Fatah delegations sat down together in Cairo on Monday for a two-day dialogue. The dialogue was organised by Egypt. "
            "Egyptian intelligence chief Abbas Kamel and Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani opened the first session at the Fairmont hotel.")
    found = events(body)
    assert len(found) == 1 and found[0].date == "2021-03-08"
    assert {"Hamas", "Fatah"} <= sides(found[0])
    assert {"Abbas Kamel", "Mohammed bin Abdulrahman Al Thani"} <= people(found[0])


def test_opening_a_sitting_is_no_meeting_between_the_openers() -> None:
    body = "Egyptian intelligence chief Abbas Kamel and Qatari Foreign Minister Mohammed bin Abdulrahman Al Thani opened the first session at the Fairmont hotel."
    assert events(body) == []
