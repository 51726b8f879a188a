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
