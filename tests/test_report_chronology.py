"""Chronology entries written without a subject (issue 9): a timeline box's dated entry that opens
with a present-tense verb ("Meets X", "Received by Y", "Holds talks with Z") reports what the
chronology's protagonist did on the entry's own date. Entries written for this test."""
from __future__ import annotations

from tests.test_report_shapes import events, people, persons

_HEAD = "Timeline: Sergei Lavrov's travels in the Gulf\n\nMonday 20 June 2022\n\n"
_LEAD = "Sergei Lavrov, Russia's foreign minister, has visited the Gulf often. Below are his main stops.\n\n"


def _chronology(entries: str) -> list:
    return events(_HEAD + _LEAD + entries + "\n")


def test_a_subjectless_entry_is_the_protagonist_meeting_on_the_entry_date() -> None:
    found = _chronology("* 14 March 2022 - Meets Egyptian President Abdel Fattah al-Sisi in Cairo.\n")
    assert len(found) == 1
    assert found[0].date == "2022-03-14"
    assert {"Sergey Lavrov", "Abdel Fattah el-Sisi"} <= people(found[0])


def test_each_entry_is_its_own_event_with_its_own_date() -> None:
    found = _chronology("* 14 March 2022 - Meets Egyptian President Abdel Fattah al-Sisi in Cairo.\n\n"
                        "* 2 May 2022 - Holds talks in Tehran with Foreign Minister Hossein Amir-Abdollahian.\n")
    assert sorted(m.date for m in found) == ["2022-03-14", "2022-05-02"]
    assert all("Sergey Lavrov" in people(m) for m in found)


def test_received_by_makes_the_named_person_the_host() -> None:
    found = _chronology("* 2 May 2022 - Received by Qatar's Emir Sheikh Tamim bin Hamad Al Thani in Doha.\n")
    assert len(found) == 1 and found[0].date == "2022-05-02"
    roles = {p.actor.name: p.role for p in found[0].participants if p.actor.kind == "person"}
    assert "Sergey Lavrov" in roles and "Tamim bin Hamad Al Thani" in roles
    assert roles["Sergey Lavrov"] != roles["Tamim bin Hamad Al Thani"]


def test_an_entry_with_a_colon_after_an_abbreviated_date() -> None:
    found = _chronology("Nov. 9, 2021: Meets Turkish President Recep Tayyip Erdogan in Ankara to discuss grain exports.\n")
    assert len(found) == 1 and found[0].date == "2021-11-09" and "Sergey Lavrov" in people(found[0])


def test_an_entry_with_an_iso_date_and_a_bar() -> None:
    found = _chronology("2021-11-09 | Holds talks with Turkish President Recep Tayyip Erdogan in Ankara on grain exports.\n")
    assert len(found) == 1 and found[0].date == "2021-11-09" and "Sergey Lavrov" in people(found[0])


def test_attends_an_inauguration_then_meets_the_host() -> None:
    found = _chronology("* 6 August 2021 - Attends the inauguration of President Ebrahim Raisi in Tehran and "
                        "meets Foreign Minister Hossein Amir-Abdollahian the same day.\n")
    assert found and all(m.date == "2021-08-06" for m in found)
    assert any({"Sergey Lavrov", "Hossein Amir-Abdollahian"} <= people(m) for m in found)


def test_a_prose_sentence_opening_with_a_verb_gets_no_invented_subject() -> None:
    # no dated entry prefix: not a chronology line, nobody is made its subject
    found = events(_HEAD + _LEAD + "Meets the press rarely, aides say.\n")
    assert all("Sergey Lavrov" not in people(m) or len(people(m)) > 1 for m in found)


def test_the_protagonist_is_a_known_person() -> None:
    assert "Sergey Lavrov" in persons("Sergei Lavrov, Russia's foreign minister, has visited the Gulf often.")


def test_a_named_side_that_attends_a_meeting_in_an_entry_takes_part_in_it() -> None:
    found = _chronology("* 12 May 2021 - Foreign Minister Amir Khan Muttaqi attends the second round of the Moscow "
                        "consultations on Afghanistan.\n")
    assert len(found) == 1 and found[0].date == "2021-05-12" and "Amir Khan Muttaqi" in people(found[0])


def test_attending_something_that_is_no_meeting_is_no_event() -> None:
    assert _chronology("* 12 May 2021 - Foreign Minister Amir Khan Muttaqi attends the opening of a new school in Kabul.\n") == []
