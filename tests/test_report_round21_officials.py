"""Round 21 (offi21): who took part, on sentences written for this file (never a report's or a test
set's words) in the shapes news pages use.

'The delegation held talks with Y' on a later day: the delegation the page introduced ("a PFLP
delegation headed by X") met Y, and its head with it; 'the delegation arrived' tells the journey
only and brings no head."""
from __future__ import annotations

from tests.helpers.reports import events, people

DELEGATION = ("A delegation of the Popular Front for the Liberation of Palestine headed by its deputy secretary-general "
              "Jamil Mezher met Egyptian intelligence chief Hassan Rashad in Cairo on Monday.\n\n")


def test_the_delegation_meeting_someone_on_a_later_day_brings_its_head() -> None:
    found = events(DELEGATION + "On Tuesday the delegation held talks with Arab League chief Ahmed Aboul Gheit.")
    later = [m for m in found if "Ahmed Aboul Gheit" in people(m)]
    assert later and later[0].date == "2021-03-09", [(m.date, people(m)) for m in found]
    assert "Jamil Mezher" in people(later[0])


def test_the_delegation_received_by_someone_brings_its_head() -> None:
    found = events(DELEGATION + "The delegation was received on Tuesday by Foreign Minister Sameh Shoukry.")
    later = [m for m in found if "Sameh Shoukry" in people(m)]
    assert later and "Jamil Mezher" in people(later[0]), [(m.date, people(m)) for m in found]


def test_the_delegation_meeting_brings_no_head_named_for_another_side() -> None:
    body = ("Hamas political bureau member Husam Badran met Turkish Foreign Minister Hakan Fidan in Ankara on Monday. "
            "On Tuesday the delegation held talks with Parliament Speaker Numan Kurtulmus.")
    found = events(body)
    later = [m for m in found if "Numan Kurtulmus" in people(m)]
    assert later and "Hakan Fidan" not in people(later[0]), [(m.date, people(m)) for m in found]
