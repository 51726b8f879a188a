"""fix24: two report shapes the real24 batch showed missing, on sentences written for this file.

- 'X and Y began on Monday in <city> the third cycle of dialogues between them': the plural
  'dialogues' names held talks as the singular does (the began/opened/resumed trigger).
- 'The speaker on Tuesday welcomed <title> <name>, at the head of a delegation of ...': a welcome
  of a named visitor leading a delegation is a meeting, as 'welcomed X to his office' already is.
"""
from __future__ import annotations

from datetime import date

from timeline_app.ingest.extract import extract_document

SAVED = date(2026, 11, 30)


def _mentions(page: str) -> list[tuple[str, str | None]]:
    result = extract_document(page, saved_on=SAVED)
    return [(m.type, m.date) for m in result.mentions]


DIALOGUES_PAGE = ("2022-03-07\n\n"
                  "The Government of Colombia and the National Liberation Army (ELN) began this Monday in Havana "
                  "the third cycle of dialogues between both parties, with a ceasefire on the agenda.\n")


def test_began_a_cycle_of_dialogues_is_talks() -> None:
    assert ("talks", "2022-03-07") in _mentions(DIALOGUES_PAGE)


def test_plural_dialogues_in_a_plan_is_no_report() -> None:
    page = ("2022-03-07\n\nThe Government of Colombia and the ELN will hold dialogues in Havana next month, "
            "officials said.\n")
    assert all(kind != "talks" or day != "2022-03-07" for kind, day in _mentions(page))


WELCOME_PAGE = ("2019-05-09\n\n"
                "Lebanese Parliament Speaker Nabih Berri on Thursday welcomed Hamas politburo member Mousa Abu Marzouk, "
                "at the head of a delegation of the Palestinian movement. The talks focused on the situation in Gaza.\n")


def test_welcomed_a_named_leader_of_a_delegation_is_a_meeting() -> None:
    assert ("meeting", "2019-05-09") in _mentions(WELCOME_PAGE)


def test_welcomed_heading_a_delegation_is_a_meeting() -> None:
    page = WELCOME_PAGE.replace(", at the head of a delegation of", ", heading a delegation of")
    assert ("meeting", "2019-05-09") in _mentions(page)


def test_welcomed_a_decision_is_no_meeting() -> None:
    page = ("2019-05-09\n\nLebanese Parliament Speaker Nabih Berri on Thursday welcomed the decision of the "
            "Arab League to send a delegation to Beirut.\n")
    assert all(kind != "meeting" for kind, _ in _mentions(page))


# 'The talks, interrupted for years after starting in 2017, resumed on Monday': the year inside the
# stalled-talks aside dates the stall, not the resumption the sentence reports
STALL_PAGE = "2021-09-08\n\nNegotiations between the government of Colombia and the ELN, {aside}, resumed {when} in Havana.\n"


def _stall_dates(aside: str, when: str) -> list[str | None]:
    return [day for kind, day in _mentions(STALL_PAGE.format(aside=aside, when=when)) if kind == "talks"]


def test_a_stall_aside_year_is_not_the_resumption_day() -> None:
    assert _stall_dates("broken off for three years after opening in 2016", "on Monday") == ["2021-09-06"]


def test_a_suspended_in_month_aside_is_not_the_resumption_day() -> None:
    assert _stall_dates("suspended in March 2019", "on September 2") == ["2021-09-02"]


def test_a_year_of_the_report_itself_still_dates_it() -> None:
    assert _stall_dates("held under the aegis of Norway", "in 2021") == ["2021"]
