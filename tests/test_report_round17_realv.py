"""Round 17 (realv): classes found on real news reports (issue 9's first run on real pages).

Each rule is tested on sentences written for this file in the shapes real wire copy uses, never
a report's or a test set's words: an arrival told as "has reached the <adjective> capital <City>",
and a spokesman's quote "without specifying when" the sides met (a day the text says it does not
give, so not the day the report went out)."""
from __future__ import annotations

import pytest

from tests.helpers.reports import events, people, sides

# the dateline of `events` is Wednesday 10 March 2021

REACHED_CAPITAL = [
    ("A delegation of Hamas led by Khalil al-Hayya has reached the Egyptian capital Cairo for truce talks.",
     "Cairo", "Hamas", "Khalil al-Hayya"),
    ("A Taliban team headed by Amir Khan Muttaqi reached the Iranian capital, Tehran, on Tuesday.",
     "Tehran", "Taliban", "Amir Khan Muttaqi"),
    ("A Houthi delegation led by Mohammed Abdulsalam has reached the Omani capital Muscat.",
     "Muscat", "Houthis", "Mohammed Abdulsalam"),
]


@pytest.mark.parametrize("body,place,side,person", REACHED_CAPITAL, ids=[b[:40] for b, *_ in REACHED_CAPITAL])
def test_reaching_a_named_capital_is_an_arrival(body: str, place: str, side: str, person: str) -> None:
    found = [m for m in events(body) if m.location == place]
    assert found, [(m.type, m.location) for m in events(body)]
    assert side in sides(found[0])
    assert person in people(found[0])


def test_reaching_a_figurative_point_is_no_arrival() -> None:
    body = "Talks between Hamas and Egypt have reached the stage of final drafts, officials said."
    assert [m for m in events(body) if m.type == "visit"] == []


WITHOUT_WHEN = [
    "China said Hamas and Fatah held talks in Beijing. \"The two sides made progress,\" the spokesman added, "
    "without specifying when the two sides had met.",
    "Officials of Hamas and Fatah met in Beijing, the ministry said, without saying when they met.",
]


@pytest.mark.parametrize("body", WITHOUT_WHEN, ids=[b[:40] for b in WITHOUT_WHEN])
def test_a_meeting_whose_day_the_text_withholds_is_not_dated_to_the_report_day(body: str) -> None:
    found = events(body)
    assert found
    assert all(not (m.precision == "day" and m.date == "2021-03-10") for m in found if m.basis != "publication"), \
        [(m.date, m.precision, m.basis) for m in found]
    assert any(m.precision == "month" for m in found), [(m.date, m.precision) for m in found]


# ---- "The recent talks in X were also attended by Y": an earlier round's people stay off this event
EARLIER_ROUND = [
    ("Amman, Mar 10 A senior delegation of Hamas headed by its deputy chief Khalil al-Hayya has reached the Qatari "
     "capital Doha, signalling that the ceasefire talks with Israel go on. The recent talks in Doha were brokered by "
     "Qatar and Egypt and also attended by Ismail Haniyeh, the political bureau chief of Hamas.", "Khalil al-Hayya", "Ismail Haniyeh"),
    ("Aden, Mar 10 A Houthi delegation led by its negotiator Mohammed Abdulsalam has reached the Omani capital Muscat, "
     "a sign that the talks with Riyadh continue. The recent round of talks in Muscat was hosted by Oman and also attended "
     "by Mahdi al-Mashat, the head of the Houthis' political council.", "Mohammed Abdulsalam", "Mahdi al-Mashat"),
]


@pytest.mark.parametrize("body,visitor,earlier", EARLIER_ROUND, ids=[b[:40] for b, *_ in EARLIER_ROUND])
def test_an_earlier_rounds_attendee_does_not_join_the_new_visit(body: str, visitor: str, earlier: str) -> None:
    found = [m for m in events(body) if visitor in people(m)]
    assert found, [(m.type, people(m)) for m in events(body)]
    assert all(earlier not in people(m) for m in found), [people(m) for m in found]


def test_this_rounds_attendee_still_joins() -> None:
    body = ("A Hamas delegation led by Khalil al-Hayya held talks with Egyptian officials in Cairo on Tuesday. "
            "The talks were also attended by Husam Badran.")
    found = [m for m in events(body) if "Khalil al-Hayya" in people(m)]
    assert found and "Husam Badran" in people(found[0]), [people(m) for m in found]
