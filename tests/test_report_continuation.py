"""A report with no date of its own that continues the narrative takes the day of the report it
continues (blind4 class 1), never the publication day; sentences written for this test."""
from __future__ import annotations

from tests.test_report_shapes import events, page, people


def dated(body: str, who: str) -> str | None:
    found = [m for m in events(page(body)) if who in people(m)]
    assert len(found) == 1, found
    return found[0].date


def test_then_continues_the_day_of_the_arrival() -> None:
    assert dated("Ali Larijani arrived in Beirut on Saturday and met Nabih Berri. "
                 "Larijani then met Najib Mikati at the Grand Serail.", "Najib Mikati") == "2021-03-06"


def test_a_quoted_earlier_in_the_day_takes_the_day_of_the_report_before() -> None:
    body = ("Ali Larijani met Nabih Berri in Beirut on Friday.\n\n"
            "\u201cEarlier in the day, Larijani met and held talks with Najib Mikati,\u201d the embassy said in a "
            "statement released late on Friday.")
    assert dated(body, "Najib Mikati") == "2021-03-05"


def test_on_the_sidelines_of_a_ceremony_takes_the_ceremony_day() -> None:
    body = ("Mourners gathered in Tehran on Sunday for the funeral of a Hamas commander. "
            "On the sidelines of the ceremony, Khalil al-Hayya met Abbas Araghchi.")
    assert dated(body, "Abbas Araghchi") == "2021-03-07"


def test_then_as_at_that_time_takes_an_earlier_month() -> None:
    body = "Ismail Haniyeh last met Ebrahim Raisi in Tehran in December. Haniyeh was also received then by Ali Khamenei."
    assert dated(body, "Ali Khamenei") == "2020-12"


def test_in_the_evening_after_a_dated_meeting() -> None:
    body = "Abbas Araghchi met Naim Qassem in Beirut on Monday. In the evening, the Iranian minister met Najib Mikati."
    assert dated(body, "Najib Mikati") == "2021-03-08"


def test_a_further_meeting_after_an_opening_session_is_its_own_event() -> None:
    found = events(page("Delegations of Hamas and Islamic Jihad met in Ankara on Monday at a conference. "
                        "Foreign Minister Hakan Fidan addressed the opening session and later received the heads of "
                        "the two delegations for a closed meeting."))
    assert len(found) == 2 and all(m.date == "2021-03-08" for m in found)


def test_talks_that_opened_on_a_day_are_the_talks_of_those_who_came() -> None:
    found = events(page("Delegations of Hamas and Fatah arrived in Cairo for reconciliation talks hosted by Egypt. "
                        "The talks opened in Cairo on Sunday."))
    talks = [m for m in found if m.type == "talks"]
    assert len(talks) == 1 and talks[0].date == "2021-03-07"
    assert {p.actor.name for p in talks[0].participants if p.role == "delegation"} == {"Hamas", "Fatah"}
    assert all(m.type != "meeting" for m in found)  # "talks hosted by Egypt" is no report of its own


def test_days_of_talks_between_the_factions_which_began_on_a_day_are_their_talks() -> None:
    found = events(page("Hamas and Fatah signed a reconciliation agreement in Cairo on Thursday. The agreement followed "
                        "two days of talks between the factions, which began on Tuesday under Egypt's sponsorship."))
    talks = [m for m in found if m.type == "talks"]
    assert len(talks) == 1 and talks[0].date == "2021-03-09"
    assert {p.actor.name for p in talks[0].participants if p.role == "delegation"} == {"Hamas", "Fatah"}


def test_he_also_met_takes_the_day_of_the_visit_it_continues() -> None:
    body = "Ismail Haniyeh arrived in Tehran on Tuesday and met Ebrahim Raisi. He also met with Iran's foreign minister."
    assert dated(body, "Mohammad Javad Zarif") == "2021-03-09"


def test_earlier_that_day_in_a_past_perfect_narrative_is_the_day_just_told() -> None:
    found = events(page("Ismail Haniyeh had met Ali Khamenei in Tehran on Tuesday. Both men had attended the swearing-in "
                        "of President Masoud Pezeshkian earlier that day."))
    assert found and all(m.date == "2021-03-09" for m in found)


def test_an_arrival_and_the_talks_of_the_same_sentence_are_one_event() -> None:
    found = events(page("A Qatari delegation led by Mohammed Al-Khulaifi landed in Damascus and held talks with "
                        "Ahmed al-Sharaa."))
    assert len(found) == 1 and {"Mohammed Al-Khulaifi", "Ahmed al-Sharaa"} <= people(found[0])


def test_he_met_right_after_an_arrival_is_the_meeting_of_that_arrival() -> None:
    found = events(page("Abbas Araghchi landed at Beirut's airport on Friday on a plane carrying aid. He met Speaker "
                        "Nabih Berri at his residence and later held talks with Prime Minister Najib Mikati."))
    assert sorted(sorted(people(m)) for m in found) == [["Abbas Araghchi", "Nabih Berri"], ["Abbas Araghchi", "Najib Mikati"]]
    assert all(m.date == "2021-03-05" for m in found)
