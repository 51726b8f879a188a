"""Exports for reports: every format parses back, filters mean what render's mean, and article
text cannot turn into spreadsheet formulas or break a spreadsheet's cell limit."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from helpers.cli import run_cli
from timeline_app.storage.report_formats import CELL_LIMIT, safe_cell, write_csv, write_ics, write_markdown



def record(**over):  # type: ignore[no-untyped-def]
    base = {"id": 1, "title": "Hamas meets Mikhail Bogdanov in Moscow", "type": "meeting", "date": "2021-02",
            "precision": "month", "date_basis": "explicit", "location": "Moscow", "delegations": ["Hamas"],
            "officials": [{"name": "Mikhail Bogdanov", "organization": "Russia", "role": "Deputy Foreign Minister"}],
            "sources": [{"document": "/news/a.html", "published": "2021-02-05", "start": 0, "end": 10,
                         "quote": "They met in Moscow."}]}
    base.update(over)
    return base


@pytest.mark.parametrize("hostile", ["=HYPERLINK(\"http://x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
                                     "\t=1", "\r=1"])
def test_csv_cells_never_start_a_formula(hostile: str) -> None:
    out = io.StringIO()
    write_csv([record(title=hostile, location=hostile, delegations=[hostile],
                      sources=[{"document": hostile, "published": None, "start": 0, "end": 1, "quote": hostile}])], out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))
    for cell in rows[1]:
        assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), cell
    assert rows[1][5] == "'" + hostile  # still readable, shown as text


def test_csv_cells_fit_a_spreadsheet_and_python_reads_them_back() -> None:
    huge = "word " * 1_200_000  # 6 million characters of quotes
    out = io.StringIO()
    write_csv([record(sources=[{"document": "a", "published": None, "start": 0, "end": 1, "quote": huge}])], out)
    rows = list(csv.reader(io.StringIO(out.getvalue())))  # the default field limit is 131,072
    assert max(len(c) for c in rows[1]) <= CELL_LIMIT
    assert rows[1][-1].endswith("…")
    assert safe_cell(None) == "" and safe_cell(12) == "12"


def test_ics_one_all_day_event_per_dated_event() -> None:
    from icalendar import Calendar

    out = io.StringIO()
    written = write_ics([record(), record(id=2, date=None, precision="unknown"), record(id=3, date="2019", precision="year")], out)
    assert written == 2
    calendar = Calendar.from_ical(out.getvalue())
    events = list(calendar.walk("VEVENT"))
    assert [str(e["uid"]) for e in events] == ["event-1@timeline-app", "event-3@timeline-app"]
    assert [e.decoded("dtstart").isoformat() for e in events] == ["2021-02-01", "2019-01-01"]
    description = str(events[0]["description"])
    assert "month" in description and "They met in Moscow." in description and "/news/a.html" in description
    assert str(events[0]["location"]) == "Moscow"


def test_markdown_chronology_keeps_article_text_literal() -> None:
    out = io.StringIO()
    write_markdown([record(title="A *bold* [link](http://x) <b>x</b>",
                           sources=[{"document": "/n/a.txt", "published": "2021-02-05", "start": 0, "end": 1,
                                     "quote": "He said: <script>alert(1)</script> # not a heading"}])], out)
    text = out.getvalue()
    assert "## 2021-02 — A \\*bold\\* \\[link\\](http://x) \\<b\\>x\\</b\\>" in text
    assert "<script>" not in text and "\n# not" not in text
    assert "- Officials: Mikhail Bogdanov (Deputy Foreign Minister)" in text
    assert "— a.txt, 2021-02-05" in text


def test_every_format_from_the_command_line_parses_back(seeds_db: Path, tmp_path: Path) -> None:
    from icalendar import Calendar

    runs = {}
    for fmt in ("json", "csv", "ics", "md"):
        out = tmp_path / f"events.{fmt}"
        run = run_cli(tmp_path, "export", "--db", str(seeds_db), "--format", fmt, "-o", str(out))
        assert run.returncode == 0 and run.stderr == "", run.stderr
        runs[fmt] = out.read_text(encoding="utf-8")
    events = json.loads(runs["json"])["events"]
    rows = list(csv.DictReader(io.StringIO(runs["csv"])))
    assert [int(r["id"]) for r in rows] == [e["id"] for e in events]
    vevents = list(Calendar.from_ical(runs["ics"]).walk("VEVENT"))
    assert len(vevents) == sum(1 for e in events if e["date"])
    assert runs["md"].count("\n## ") == len(events)


def test_filters_are_shared_by_export_and_events_list(seeds_db: Path, tmp_path: Path) -> None:
    every = json.loads(run_cli(tmp_path, "export", "--db", str(seeds_db)).stdout)["events"]
    args = ("--official", "Abu Marzuq", "--from", "2021", "--to", "2021-12", "--type", "meeting")
    exported = json.loads(run_cli(tmp_path, "export", "--db", str(seeds_db), *args).stdout)["events"]
    listed = json.loads(run_cli(tmp_path, "events", "list", "--db", str(seeds_db), *args, "--json").stdout)["events"]
    assert exported == listed and exported
    assert len(exported) < len(every)
    for e in exported:
        assert e["date"].startswith("2021") and e["type"] == "meeting"
        assert "Mousa Abu Marzouk" in {o["name"] for o in e["officials"]}
    text = run_cli(tmp_path, "events", "list", "--db", str(seeds_db), *args)
    assert text.returncode == 0 and len(text.stdout.splitlines()) == len(exported)


@pytest.mark.parametrize("args, message", [
    (("--official", "Nobody Known"), "unknown official 'Nobody Known'"),
    (("--delegation", "Atlantis"), "unknown delegation 'Atlantis'"),
    (("--from", "2024", "--to", "2020"), "--from 2024 is after --to 2020"),
    (("--from", "soon"), "--from 'soon' is not a date"),
])
@pytest.mark.parametrize("command", [("export",), ("events", "list")])
def test_bad_filters_are_one_line_and_exit_2(seeds_db: Path, tmp_path: Path, command, args, message) -> None:
    run = run_cli(tmp_path, *command, "--db", str(seeds_db), *args)
    assert run.returncode == 2 and run.stdout == ""
    assert run.error_lines == [f"error: {message}" + run.error_lines[0][len("error: " + message):]]
    assert message in run.error_lines[0]
