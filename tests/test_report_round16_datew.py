"""Round 16 (datew): the day a report is dated from. Each rule is tested on sentences written for
this file in the shapes real reports use (never a test set's words)."""
from __future__ import annotations

from datetime import date

import pytest

from timeline_app.ingest.extract import extract_document

SAVED = date(2026, 11, 30)


def _days(text: str) -> list[str | None]:
    return [m.date for m in extract_document(text, None, SAVED).mentions]


# ---- an older date between headline and a lede that prints its own full dateline is a caption's
CAPTIONS = [
    ("Egypt receives Islamic Jihad leaders\n\nA previous round of talks in Cairo, 3 January 2023 (archive)\n\n"
     "CAIRO, 20 February 2023 — Egyptian intelligence chief Abbas Kamel met Islamic Jihad leader Ziyad al-Nakhalah "
     "in Cairo on Sunday.\n", "2023-02-19"),
    ("Qatar hosts Taliban talks\n\nDelegates at the Doha talks, 1 July 2023\n\nDOHA, 30 July 2023 — Qatar's Prime "
     "Minister Sheikh Mohammed bin Abdulrahman Al Thani received Taliban acting foreign minister Amir Khan Muttaqi "
     "in Doha on Thursday.\n", "2023-07-27"),
    ("Turkey hosts Hamas delegation in Ankara\n\nHamas leaders at an earlier meeting in Ankara, 14 March 2022 (file photo)"
     "\n\nANKARA, 2 May 2022 — Turkish Foreign Minister Mevlut Cavusoglu received a Hamas delegation led by Khalil "
     "al-Hayya in Ankara on Saturday, officials said.\n", "2022-04-30"),
]


@pytest.mark.parametrize("text,day", CAPTIONS, ids=[t[:30] for t, _ in CAPTIONS])
def test_an_older_date_above_a_full_lede_dateline_does_not_anchor_its_weekdays(text: str, day: str) -> None:
    assert _days(text) == [day]


NEARBY = [
    # a stamp a day after the lede's dateline: the lede still anchors its weekdays
    ("Qatar hosts Taliban talks\n\nUpdated: 31 July 2023\n\nDOHA, 30 July 2023 — Qatar's Prime Minister Sheikh Mohammed "
     "bin Abdulrahman Al Thani received Taliban acting foreign minister Amir Khan Muttaqi in Doha on Thursday.\n", "2023-07-27"),
    # a date line without a lede dateline is the report's date
    ("Qatar hosts Taliban talks\n\n30 July 2023\n\nQatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani "
     "received Taliban acting foreign minister Amir Khan Muttaqi in Doha on Thursday.\n", "2023-07-27"),
]


@pytest.mark.parametrize("text,day", NEARBY, ids=[t[30:60] for t, _ in NEARBY])
def test_a_date_line_that_is_the_reports_own_still_anchors(text: str, day: str) -> None:
    assert _days(text) == [day]


# ---- "X has held talks with Y. The meeting between A and B took place on <day>": the lede's meeting, that day
def _dated(body: str) -> list[str | None]:
    return [m.date for m in extract_document(f"Minister holds talks with visitors\n\nWednesday 10 March 2021\n\n{body}\n", None, SAVED).mentions]


TOLD_AGAIN = [
    ("A senior Turkish official has held talks with Hamas leader Ismail Haniyeh in Doha. The meeting between Turkish deputy "
     "foreign minister Yavuz Selim Kiran and Haniyeh took place in Doha on March 6, officials said.", "2021-03-06"),
    ("Egypt's intelligence chief has met the head of Islamic Jihad in Cairo. The meeting between Abbas Kamel and Ziyad "
     "al-Nakhalah took place on Sunday, a movement official said.", "2021-03-07"),
    ("Qatar's foreign minister has received a Taliban delegation in Doha. The talks between Sheikh Mohammed bin Abdulrahman "
     "Al Thani and Abdul Ghani Baradar were held on March 4, the ministry said.", "2021-03-04"),
    ("A Russian envoy held talks with Hamas officials in Moscow, the foreign ministry said. The meeting, between Mikhail "
     "Bogdanov and Mousa Abu Marzouk, took place on Monday.", "2021-03-08"),
]


@pytest.mark.parametrize("body,day", TOLD_AGAIN, ids=[b[:30] for b, _ in TOLD_AGAIN])
def test_the_meeting_named_next_tells_the_day_of_an_undated_lede(body: str, day: str) -> None:
    assert _dated(body) == [day]


ANOTHER_MEETING = [
    ("Egypt's intelligence chief has met the head of Islamic Jihad in Cairo. The previous meeting between Abbas Kamel and "
     "Ziyad al-Nakhalah took place on Sunday, a movement official said.", ["2021-03-10", "2021-03-07"]),
    ("Egypt's intelligence chief has met the head of Islamic Jihad in Cairo. The last such meeting between Abbas Kamel and "
     "Ziyad al-Nakhalah took place on March 5, a movement official said.", ["2021-03-10", "2021-03-05"]),
    ("A senior Turkish official has held talks with Hamas leader Ismail Haniyeh in Doha. A meeting between Turkish deputy "
     "foreign minister Yavuz Selim Kiran and Haniyeh took place in Ankara on February 2.", ["2021-03-10", "2021-02-02"]),
]


@pytest.mark.parametrize("body,days", ANOTHER_MEETING, ids=[b[70:110] for b, _ in ANOTHER_MEETING])
def test_an_earlier_meeting_named_next_stays_apart(body: str, days: list[str]) -> None:
    assert _dated(body) == days


# ---- a page without a publication date: its weekdays are of the week of a day it prints with its weekday
def _page_days(text: str) -> list[str | None]:
    return [m.date for m in extract_document(text, None, SAVED).mentions]


ANCHORED = [
    ("Cavusoglu's Gulf tour\n\nTurkish Foreign Minister Mevlut Cavusoglu arrived in Doha on Sunday evening and held talks "
     "with Qatari Foreign Minister Sheikh Mohammed bin Abdulrahman Al Thani. The high point of the tour came on Monday, "
     "14 June 2021, when Hamas leader Ismail Haniyeh received him at his residence.\n", ["2021-06-13", "2021-06-14"]),
    ("The envoy's week in Kabul\n\nThe visit opened on Tuesday, 7 March 2023, when Qatar's envoy Mutlaq bin Majed "
     "Al-Qahtani met Taliban acting foreign minister Amir Khan Muttaqi. On Thursday he held talks with Mullah Abdul Ghani "
     "Baradar.\n", ["2023-03-07", "2023-03-09"]),
    ("Lavrov in Cairo\n\nRussian Foreign Minister Sergei Lavrov met Egyptian President Abdel Fattah al-Sisi on Saturday. "
     "A day later, on Sunday, 24 July 2022, he held talks with Arab League chief Ahmed Aboul Gheit.\n", ["2022-07-23", "2022-07-24"]),
]


@pytest.mark.parametrize("text,days", ANCHORED, ids=[t[:20] for t, _ in ANCHORED])
def test_an_undated_pages_weekday_is_of_the_week_of_the_day_it_prints_with_its_weekday(text: str, days: list[str]) -> None:
    assert _page_days(text) == days


def test_a_full_date_printed_without_its_weekday_anchors_no_weekday() -> None:
    text = ("Cavusoglu's Gulf tour\n\nTurkish Foreign Minister Mevlut Cavusoglu met Qatari Foreign Minister Sheikh Mohammed "
            "bin Abdulrahman Al Thani in Doha on Sunday. Hamas leader Ismail Haniyeh received him on 14 June 2021 in Ankara.\n")
    assert _page_days(text)[0] is None


def test_a_dateline_still_anchors_the_weekdays_of_a_page_that_has_one() -> None:
    text = ("Cavusoglu's Gulf tour\n\nDOHA, 18 June 2021 - Turkish Foreign Minister Mevlut Cavusoglu met Qatari Foreign Minister "
            "Sheikh Mohammed bin Abdulrahman Al Thani in Doha on Thursday. On Monday, 14 June 2021, Hamas leader Ismail "
            "Haniyeh had received him in Istanbul.\n")
    assert "2021-06-17" in _page_days(text)


# ---- "gathered on Sunday for the round, the second hosted by China this year": the ordinal's period counts rounds
from tests.helpers.reports import events, people  # noqa: E402

COUNTED = [
    ("Hamas and Fatah delegations gathered in Cairo on Monday for the talks, the third hosted by Egypt this year.", "2021-03-08"),
    ("Hamas and Fatah officials gathered in Beijing on Tuesday for the round, the second hosted by China this year.", "2021-03-09"),
]


@pytest.mark.parametrize("body,day", COUNTED, ids=[b[:30] for b, _ in COUNTED])
def test_an_ordinals_period_does_not_date_the_round_it_counts(body: str, day: str) -> None:
    assert [m.date for m in events(body)] == [day]


def test_a_period_told_as_its_own_report_still_dates_it() -> None:
    assert [m.date for m in events("Qatar hosted Taliban negotiators this month, the second such round since January.")] == ["2021-03"]


# ---- "Lavrov separately met A and B on Monday evening": apart from the ceremony they all attended
def test_separately_met_is_a_meeting_apart_from_the_ceremony_of_the_same_people() -> None:
    body = ("Hamas and Fatah signed a reconciliation declaration in Moscow on Monday in the presence of Russian Foreign Minister "
            "Sergei Lavrov, Hamas's Mousa Abu Marzouk and Fatah's Azzam al-Ahmad. Lavrov separately met Abu Marzouk and "
            "al-Ahmad on Monday evening, the ministry said.")
    assert len(events(body)) == 2


def test_the_same_people_met_again_without_separately_is_the_ceremony_told_again() -> None:
    body = ("Hamas and Fatah signed a reconciliation declaration in Moscow on Monday in the presence of Russian Foreign Minister "
            "Sergei Lavrov, Hamas's Mousa Abu Marzouk and Fatah's Azzam al-Ahmad. Lavrov met Abu Marzouk and al-Ahmad on "
            "Monday, the ministry said.")
    assert len(events(body)) == 1


# ---- a follow-up report saved under a dated one on the same page, with no dateline of its own
def test_an_undated_follow_up_report_counts_its_weekdays_from_the_report_above_it() -> None:
    text = ("Qatar receives Hamas delegation\n\nDOHA, 14 March 2024 - Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman "
            "Al Thani received Hamas leader Ismail Haniyeh in Doha on Wednesday.\n\n---\n\nTalks go on in Cairo\n\n"
            "By a correspondent\n\nOn Monday, Egyptian intelligence chief Abbas Kamel met Hamas deputy leader Khalil al-Hayya "
            "in Cairo, officials said.\n")
    assert _page_days(text) == ["2024-03-13", "2024-03-11"]


def test_a_follow_up_report_with_its_own_dateline_keeps_it() -> None:
    text = ("Qatar receives Hamas delegation\n\nDOHA, 14 March 2024 - Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman "
            "Al Thani received Hamas leader Ismail Haniyeh in Doha on Wednesday.\n\n---\n\nTalks go on in Cairo\n\n"
            "CAIRO, 2 April 2024 - On Monday, Egyptian intelligence chief Abbas Kamel met Hamas deputy leader Khalil al-Hayya "
            "in Cairo, officials said.\n")
    assert _page_days(text) == ["2024-03-13", "2024-04-01"]



# ---- the weekday nearest an anchor day, directly
from timeline_app.ingest.dates import find_dates  # noqa: E402
from timeline_app.ingest.weekday_anchor import told_weekdays, weekday_near_anchor  # noqa: E402

ANCHOR = [(0, date(2023, 9, 2))]  # a Saturday


@pytest.mark.parametrize("words,day", [("on Friday", "2023-09-01"), ("on Monday", "2023-09-04"), ("on Sunday", "2023-09-03"),
                                       ("last Saturday", "2023-08-26"), ("next Friday", "2023-09-08")])
def test_a_weekday_is_the_one_nearest_the_anchor(words: str, day: str) -> None:
    expr = next(e for e in find_dates(f"He met them {words}.") if e.kind == "weekday")
    resolved = weekday_near_anchor(expr, 0, ANCHOR)
    assert resolved is not None and resolved.value == day


def test_only_a_day_printed_with_its_own_weekday_is_an_anchor() -> None:
    assert told_weekdays("on Saturday, 2 September 2023, and on 31 August 2023") == [(3, date(2023, 9, 2))]
    assert told_weekdays("on Friday, 2 September 2023") == []  # (a wrong weekday is no anchor)
