"""Round 17 (trapv): sentences that name a meeting without reporting one, written for this file in
shapes wire copy uses -- talks whose own predicate tells a breakdown ('collapsed on Sunday'), a side
staying away from talks ('boycotted Monday's talks'), an appeal with its day before 'for' ('called
on Monday for a meeting'), a parliament's own sitting that debates a visit. Each has a positive
twin: the real meeting in a close shape is still found."""
from __future__ import annotations

from tests.helpers.reports import events, people, sides

# the dateline of `events` is Wednesday 10 March 2021: Sun 7, Mon 8, Tue 9


# -- talks whose predicate is a breakdown: the day is the breakdown's

def test_talks_that_collapsed_or_stalled_on_a_day_are_no_meeting() -> None:
    assert events("Talks between the Taliban and Pakistani officials collapsed on Sunday.") == []
    assert events("The negotiations between Hezbollah and the Lebanese army stalled on Monday over the border.") == []
    assert events("The talks in Muscat between the Houthis and Riyadh broke down on Monday.") == []
    assert events("Negotiations between Qatar and Iran have hit an impasse.") == []


def test_talks_that_resumed_in_the_same_shape_are_a_meeting() -> None:
    found = events("Talks between Hamas and Egyptian mediators resumed in Cairo on Monday.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert "Hamas" in sides(found[0])


def test_a_meeting_held_after_other_talks_collapsed_is_still_found() -> None:
    found = events("Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Sochi on Monday "
                   "after talks in Istanbul collapsed.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert {"Recep Tayyip Erdogan", "Vladimir Putin"} <= people(found[0])


# -- staying away from talks: the absent side was not there

def test_a_side_boycotting_or_skipping_talks_reports_no_meeting() -> None:
    assert events("Hamas boycotted Monday's talks in Cairo.") == []
    assert events("The Houthis skipped the consultations in Muscat on Sunday.") == []
    assert events("The Taliban pulled out of the Moscow talks on Monday.") == []


# -- an appeal with its day between the verb and 'for'

def test_a_meeting_called_for_on_a_day_is_a_wish() -> None:
    assert events("Egypt called on Monday for a meeting between Hamas and Fatah.") == []
    assert events("Iran pressed on Sunday for talks between the Houthis and Riyadh.") == []


def test_a_visitor_who_called_on_a_leader_still_met_him() -> None:
    found = events("Iranian Foreign Minister Abbas Araghchi called on Qatari Emir Sheikh Tamim bin Hamad Al Thani in Doha on Monday.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert "Abbas Araghchi" in people(found[0])


# -- a parliament's own sitting that debates a visit

def test_a_parliament_sitting_on_a_visit_is_no_meeting_with_the_visitors() -> None:
    assert events("The Turkish parliament held a session on Tuesday to debate the visit of the Hamas delegation.") == []
    assert events("The Iranian parliament debated the trip of the Taliban delegation on Monday.") == []


def test_a_movements_bureau_holding_a_meeting_with_mediators_is_a_meeting() -> None:
    found = events("Hamas's political bureau held a meeting with Egyptian mediators in Cairo on Monday.")
    assert [m.date for m in found] == ["2021-03-08"]
    assert "Hamas" in sides(found[0])


# -- a meeting frozen, rejected or urged: the verb's day, no meeting

def test_talks_frozen_or_an_invitation_rejected_on_a_day_are_no_meeting() -> None:
    assert events("Oman froze on Sunday the consultations between the Houthis and Riyadh.") == []
    assert events("The Taliban on Monday turned down the invitation to the talks in Moscow.") == []


def test_a_meeting_urged_or_requested_on_a_day_is_a_wish() -> None:
    assert events("Russia urged on Monday a meeting between Iranian and Saudi foreign ministers.") == []
    assert events("Hezbollah requested on Sunday talks with the Lebanese army.") == []


def test_had_boycotted_talks_is_no_holding_of_talks() -> None:
    assert events("The Houthis had boycotted last week's talks with the Yemeni government in Muscat.") == []


def test_had_detailed_talks_is_still_a_holding_of_talks() -> None:
    found = events("Qatari Emir Sheikh Tamim bin Hamad Al Thani had detailed talks with Iranian President Masoud Pezeshkian in Doha on Sunday.")
    assert [m.date for m in found] == ["2021-03-07"]
    assert {"Tamim bin Hamad Al Thani", "Masoud Pezeshkian"} <= people(found[0])


# -- an interview about talks, a possessor's planned meeting

def test_an_interview_about_the_talks_is_no_meeting() -> None:
    assert events("Turkish Foreign Minister Hakan Fidan gave an interview to a Turkish channel on Monday about the talks with Hamas.") == []


def test_a_possessors_planned_meeting_is_a_plan() -> None:
    assert events("Erdogan's planned meeting with Sisi, first set for Monday, will now take place next month.") == []


def test_a_possessors_meeting_with_a_day_of_its_own_is_still_a_report() -> None:
    found = events("Erdogan's meeting with Putin in Sochi on Monday lasted three hours.")
    assert [m.date for m in found] == ["2021-03-08"]


# -- a sports side or a company of artists travelling is no diplomatic visit

def test_a_sports_team_or_an_orchestra_visiting_a_capital_is_no_visit() -> None:
    assert events("The Iranian wrestling team visited Ankara on Monday for the championship.") == []
    assert events("An Egyptian orchestra visited Moscow on Sunday for a concert tour.") == []
    assert events("Qatari national team players arrived in Tehran on Monday.") == []


def test_a_negotiating_team_arriving_for_talks_is_still_a_visit() -> None:
    found = events("The Qatari negotiating team arrived in Cairo on Monday for talks with Hamas.")
    assert [m.date for m in found] == ["2021-03-08"]


# -- a pluperfect relative clause with no day tells who someone was, not a meeting on the main clause's day

def test_who_had_attended_or_met_without_a_day_is_background() -> None:
    assert events("Hezbollah mourned on Monday the commander who had attended the talks in Tehran.") == []
    assert events("Iran on Monday praised Qatari Emir Sheikh Tamim bin Hamad Al Thani, who had met Araghchi in Doha.") == []


def test_who_had_met_with_a_day_of_its_own_is_still_a_report() -> None:
    found = events("Araghchi, who had met Qatari Emir Sheikh Tamim bin Hamad Al Thani in Doha on Sunday, flew to Muscat on Monday.")
    assert "2021-03-07" in [m.date for m in found]


# -- the last or previous round named with no day is an earlier occasion, told as background

def test_the_last_round_with_no_day_is_background() -> None:
    assert events("The last round of talks between the Taliban and Pakistani officials, held in Istanbul, ended without a deal.") == []


def test_the_last_round_with_its_own_day_is_still_a_report() -> None:
    found = events("The last round of talks between the Taliban and Pakistani officials, held in Istanbul on Sunday, "
                   "ended without a deal.")
    assert [m.date for m in found] == ["2021-03-07"]


def test_talks_coordinated_with_a_visit_a_statement_is_about_are_its_topic_too() -> None:
    # a statement about a visit "and his talks with Y": both nouns are what the statement is about; the visit
    # told next, with its own day, is the report
    found = events("On Wednesday, the Omani foreign ministry issued a statement about the recent trip to Tehran by envoy "
                   "Badr Albusaidi and his talks with Iranian officials. Albusaidi visited Tehran on March 1st and met "
                   "Foreign Minister Abbas Araghchi.")
    assert [m.date for m in found] == ["2021-03-01"]
