"""Round 18 (realt): classes found on real reports of issue 9, tested on sentences written here.

A ministry or its spokesman telling of a meeting in reported speech after an 'according to' hedge
("According to the agency, the spokesman, X, stated that A met B"): the meeting is a report and
the spokesman is no participant."""
from __future__ import annotations

import pytest

from tests.helpers.reports import events, people, sides

# the dateline of `events` is Wednesday 10 March 2021: "on Monday" is 8 March 2021

HEDGED_SPEAKER = [
    "According to the state news agency, the ministry spokesman, Karim Nadiri, stated that members of the "
    "political office of the Taliban met with Iranian officials on Monday to discuss the peace process.",
    "According to local media, a ministry spokeswoman, Leila Farahani, said that a Hamas delegation met with "
    "Egyptian officials in Cairo on Monday.",
]


@pytest.mark.parametrize("body", HEDGED_SPEAKER, ids=["stated that", "said that"])
def test_a_spokesman_after_an_according_to_hedge_tells_a_meeting(body: str) -> None:
    found = events(body)
    assert len(found) == 1, [(m.date, sides(m)) for m in found]
    assert str(found[0].date) == "2021-03-08"
    assert sides(found[0]) & {"Taliban", "Hamas"}, sides(found[0])
    assert not people(found[0]) & {"Karim Nadiri", "Leila Farahani"}, people(found[0])


def test_an_according_to_hedge_alone_still_keeps_its_report() -> None:
    found = events("According to the news agency, a Taliban delegation met with Iranian officials in Tehran on Monday.")
    assert len(found) == 1
    assert "Taliban" in sides(found[0])


def test_the_country_a_groups_bureau_sits_in_is_not_where_its_members_met() -> None:
    found = events("Members of the political bureau of Hamas in Qatar met with Iranian officials in Tehran on Monday.")
    assert len(found) == 1
    assert found[0].location is None or "Qatar" not in str(found[0].location), found[0].location


# ---- an election at a forum or at talks is a vote, no meeting of sides
def test_members_of_a_forum_electing_a_leader_make_no_meeting() -> None:
    found = events("The National Reconciliation Forum members elected on Friday in Montreux Omar Belkacem as head of the "
                   "new transitional council.")
    assert not found, [(m.type, m.date, sides(m)) for m in found]


def test_a_meeting_after_an_election_at_talks_keeps_the_visit_and_not_the_votes_day() -> None:
    found = events("Omar Belkacem made a private visit to Ankara in February, meeting with Recep Tayyip Erdogan after his "
                   "election by the delegates at peace talks in Montreux on Feb. 3.")
    assert found
    assert all(str(m.date) != "2021-02-03" for m in found), [m.date for m in found]
    assert any("Recep Tayyip Erdogan" in people(m) for m in found)


# ---- dates a page prints only in an agency-bracket dateline, or in a bracketed source line at its foot
def _published(text: str):
    from timeline_app.ingest.extract import extract_document
    return extract_document(text)


def test_a_lede_dateline_closed_by_an_agencys_bracket_dates_the_page() -> None:
    result = _published("Movement delegation on working visit in Spain\n\nPosted on\n\n"
                        "Madrid (Spain) 4 March 2021 (APS) A Polisario Front delegation held talks with Spanish officials "
                        "in Madrid on Tuesday.\n")
    assert str(result.articles[0].published) == "2021-03-04"
    assert result.mentions and str(result.mentions[0].date) == "2021-03-02"


def test_a_bracketed_source_line_at_the_foot_dates_the_page() -> None:
    result = _published("Leader holds talks in Beirut\n\nOmar Belkacem, the Hamas official, and his delegation on Sunday "
                        "met Hassan Nasrallah in Beirut.\n\n(Source / 07.03.2021)\n\nLeave a reply\n\n"
                        "Your email address will not be published.\n")
    assert str(result.articles[0].published) == "2021-03-07"
    assert result.mentions and str(result.mentions[0].date) == "2021-03-07"


def test_a_bracketed_credit_line_without_a_date_still_dates_nothing() -> None:
    result = _published("Leader holds talks in Beirut\n\nOmar Belkacem met Hassan Nasrallah in Beirut on Sunday.\n\n"
                        "(Reporting by Jane Roe; editing by John Doe)\n")
    assert result.articles[0].published is None


# ---- "X said members of Y met Z" (no 'that'): X is the speaker, not at the meeting
def test_a_speaker_without_that_before_members_of_a_group_met_is_no_participant() -> None:
    found = events("Karim Nadiri said members of the political bureau of the Taliban met with Iranian officials on Monday.")
    assert len(found) == 1
    assert "Karim Nadiri" not in people(found[0]), people(found[0])
    assert "Taliban" in sides(found[0])


def test_who_met_members_of_a_group_still_took_part() -> None:
    found = events("Karim Nadiri met members of the Taliban in Tehran on Monday.")
    assert len(found) == 1
    assert "Karim Nadiri" in people(found[0])
