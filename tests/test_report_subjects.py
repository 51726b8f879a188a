"""A list's subject (issue 9): a heading or lead names whose list it is ("Timeline of X's visits",
"X's trips abroad since June", "The Hamas delegation's meetings:") and every entry written without
a subject ("Meets Y in Doha.", "Received by Z", "Talks with W in Cairo") is that subject's report,
a person or a side. Short one-line entries are article text when they sit in such a list, not
stray lines. Headings and entries written for this test."""
from __future__ import annotations

import json
from pathlib import Path

from tests.helpers.cli import run_cli
from tests.test_report_shapes import delegations, events, people


def _page(headline: str, lead: str, body: str, dateline: str = "Monday 12 February 2024") -> list:
    return events(f"{headline}\n\n{dateline}\n\n{lead}\n\n{body}\n")


_LEAD = "Regional diplomacy has intensified since the autumn, diplomats in the region said on Sunday."


def test_a_headline_naming_a_person_s_visits_gives_each_dated_entry_its_subject() -> None:
    found = _page("Timeline of Ismail Haniyeh's visits to Turkey", _LEAD,
                  "* 20 April 2024 - Meets Turkish President Recep Tayyip Erdogan in Istanbul.\n"
                  "* 14 March 2024 - Talks with Foreign Minister Hakan Fidan in Ankara.\n")
    assert sorted(m.date for m in found) == ["2024-03-14", "2024-04-20"]
    assert all("Ismail Haniyeh" in people(m) for m in found)
    assert {"Hakan Fidan", "Recep Tayyip Erdogan"} == {n for m in found for n in people(m)} - {"Ismail Haniyeh"}


def test_a_lead_ending_with_a_possessive_pronoun_names_the_person_before_it() -> None:
    found = _page("Hamas leader keeps up regional contacts",
                  "Ismail Haniyeh, the head of the movement's political bureau, travelled often this winter. His main meetings:",
                  "* 2 January 2024 - Received by Qatari Emir Tamim bin Hamad Al Thani in Doha.\n")
    (m,) = found
    assert m.date == "2024-01-02" and {"Ismail Haniyeh", "Tamim bin Hamad Al Thani"} <= people(m)
    roles = {p.actor.name: p.role for p in m.participants}
    assert roles["Tamim bin Hamad Al Thani"] == "host"  # "Received by" makes the named man the host


def test_a_side_s_list_gives_its_entries_the_side_as_delegation() -> None:
    found = _page("Hamas envoys tour the region", _LEAD,
                  "The Hamas delegation's meetings:\n\n"
                  "- Received by Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on 6 February 2024.\n"
                  "- Talks with Egyptian intelligence chief Abbas Kamel in Cairo on 8 February 2024.\n")
    assert sorted(m.date for m in found) == ["2024-02-06", "2024-02-08"]
    assert all(delegations(m) == {"Hamas"} for m in found)
    assert [sorted(people(m)) for m in sorted(found, key=lambda m: m.date)] == [
        ["Mohammed bin Abdulrahman Al Thani"], ["Abbas Kamel"]]


def test_meetings_of_a_movement_s_delegation_named_after_of() -> None:
    found = _page("Taliban step up diplomacy", _LEAD,
                  "Meetings of the Taliban delegation in Moscow:\n\n"
                  "Meets Russian Foreign Minister Sergei Lavrov on 5 February 2024.\n\n"
                  "Talks with Zamir Kabulov on 6 February 2024.\n")
    assert sorted(m.date for m in found) == ["2024-02-05", "2024-02-06"]
    assert all(delegations(m) == {"Taliban"} for m in found)


def test_one_line_entries_under_a_mid_article_heading_are_reports_not_captions() -> None:
    found = _page("Turkey courts the Gulf", _LEAD,
                  "Hakan Fidan's trips abroad since June\n\n"
                  "Meets Qatari Emir Tamim bin Hamad Al Thani in Doha.\n\n"
                  "Received by Saudi Crown Prince Mohammed bin Salman in Riyadh.\n\n"
                  "The trips produced several agreements on trade, officials said.\n")
    assert len(found) == 2  # two counterparts, two meetings: one entry each
    assert all("Hakan Fidan" in people(m) for m in found)
    assert {m.location for m in found} == {"Doha", "Riyadh"}


def test_the_same_one_line_entry_outside_a_list_stays_out() -> None:
    # a short line with no heading naming a subject: nobody to give it, and no event is invented
    found = _page("Turkey courts the Gulf", _LEAD, "Meets Qatari Emir Tamim bin Hamad Al Thani in Doha.\n")
    assert found == []


def test_an_entry_with_its_own_subject_keeps_it() -> None:
    found = _page("Timeline of Ismail Haniyeh's visits to Turkey", _LEAD,
                  "* 20 April 2024 - Recep Tayyip Erdogan receives Egyptian Foreign Minister Sameh Shoukry in Ankara.\n")
    assert found and all("Ismail Haniyeh" not in people(m) for m in found)


def test_headline_bullets_under_a_heading_do_not_become_article_text() -> None:
    # bullets that are no entries (no report opens them, no date) stay what the page made them
    found = _page("Ismail Haniyeh's visits abroad", _LEAD,
                  "* Ceasefire talks stall as strikes go on\n* Aid convoys wait at the crossing\n")
    assert found == []


def test_a_call_for_calm_is_no_entry() -> None:
    found = _page("Hakan Fidan's contacts this week", _LEAD, "Call for calm as talks resume\n")
    assert found == []


def test_a_delegation_of_a_movement_in_a_city_gives_side_and_place() -> None:
    found = _page("Regional capitals host envoys", _LEAD,
                  "Meetings of a delegation of Hamas in Tehran:\n\n"
                  "- Meets Iranian Foreign Minister Hossein Amir-Abdollahian on 3 January 2024.\n")
    (m,) = found
    assert m.date == "2024-01-03" and m.location == "Tehran"
    assert delegations(m) == {"Hamas"}
    roles = {p.actor.name: p.role for p in m.participants}
    assert roles["Hossein Amir-Abdollahian"] == "host"  # at home in Tehran, not a visiting delegation


def test_a_timeline_of_a_movement_s_visits_heads_the_entries_after_its_lead() -> None:
    found = _page("Timeline of the Taliban's visits abroad",
                  "The Taliban have sent envoys abroad often since 2021, diplomats say.",
                  "8 June 2023 - Received by Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha.\n")
    (m,) = found
    assert m.date == "2023-06-08" and delegations(m) == {"Taliban"}


def test_an_entry_opening_with_a_place_or_a_day_before_its_verb_takes_the_subject() -> None:
    found = _page("Hakan Fidan's trips abroad this winter", _LEAD,
                  "- In Doha, meets Qatari Emir Tamim bin Hamad Al Thani.\n"
                  "- On 3 February 2024, holds talks with Saudi Foreign Minister Faisal bin Farhan in Riyadh.\n"
                  "- In his remarks, Fidan said the visits had gone well.\n")
    assert len(found) == 2 and all("Hakan Fidan" in people(m) for m in found)
    assert "2024-02-03" in {m.date for m in found}


_SAVED_PAGE = """<html><head><title>Hamas envoys tour the region</title>
<meta property="article:published_time" content="2024-02-12T10:00:00Z"></head>
<body><article><h1>Hamas envoys tour the region</h1>
<p>A Hamas delegation toured the region last week to discuss a ceasefire proposal, officials said on Sunday,
in a round of contacts that took it to three capitals.</p>
<h2>The Hamas delegation's meetings</h2>
<ul>
<li>Received by Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha on 6 February 2024.</li>
<li>Talks with Egyptian intelligence chief Abbas Kamel in Cairo on 8 February 2024.</li>
</ul>
<figure><img src="a.jpg"><figcaption>Meets Qatari officials in Doha.</figcaption></figure>
<p>The movement did not comment on the talks, which diplomats described as difficult.</p>
</article></body></html>
"""


def test_a_saved_page_s_list_gives_its_side_to_each_entry_through_the_command_line(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "envoys.html").write_text(_SAVED_PAGE, encoding="utf-8")
    db_file = tmp_path / "t.sqlite"
    assert run_cli(tmp_path, "ingest", str(pages), "--db", str(db_file)).returncode == 0
    export = run_cli(tmp_path, "export", "--db", str(db_file), "--format", "json")
    found = sorted(json.loads(export.stdout)["events"], key=lambda e: e["date"])
    assert [(e["date"], e["location"]) for e in found] == [("2024-02-06", "Doha"), ("2024-02-08", "Cairo")]
    assert all(e["delegations"] == ["Hamas"] for e in found)  # the photo caption made no event of its own
