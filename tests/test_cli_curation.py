"""Curation from the command line, through the real `timeline-app` in a subprocess: each command
does what it says, the JSON is stable, and an unknown id or name is one line on stderr, exit 2,
with the database unchanged."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from helpers.cli import run_cli



@pytest.fixture
def db(seeds_db: Path, tmp_path: Path) -> str:
    copy = tmp_path / "t.sqlite"
    shutil.copy(seeds_db, copy)
    return str(copy)


def events(tmp: Path, db: str, *args: str) -> dict[int, dict]:
    run = run_cli(tmp, "events", "list", "--db", db, "--json", *args)
    assert run.returncode == 0, run.stderr
    return {e["id"]: e for e in json.loads(run.stdout)["events"]}


def with_quote(recs: dict[int, dict], words: str) -> int:
    (found,) = [i for i, r in recs.items() if any(words in s["quote"] for s in r["sources"])]
    return found


def ok(tmp: Path, *args: str) -> str:
    run = run_cli(tmp, *args)
    assert run.returncode == 0 and run.stderr == "", run.stderr
    return run.stdout


def test_edit_sets_fields_and_people(db: str, tmp_path: Path) -> None:
    event_id = with_quote(events(tmp_path, db), "guesthouse")
    ok(tmp_path, "events", "edit", str(event_id), "--db", db, "--date", "2023-03", "--type", "talks",
       "--location", "Kazan", "--title", "Talks in Kazan", "--add-delegation", "Iran", "--add-official", "Lavrov",
       "--remove-official", "Mikhail Bogdanov")
    e = events(tmp_path, db)[event_id]
    assert (e["date"], e["precision"], e["date_basis"], e["type"], e["location"], e["title"], e["curated"]) == (
        "2023-03", "month", "curated", "talks", "Kazan", "Talks in Kazan", True)
    assert "Iran" in e["delegations"]
    assert {o["name"] for o in e["officials"]} >= {"Sergey Lavrov"} and "Mikhail Bogdanov" not in {o["name"] for o in e["officials"]}
    ok(tmp_path, "events", "edit", str(event_id), "--db", db, "--remove-delegation", "Iran")
    assert "Iran" not in events(tmp_path, db)[event_id]["delegations"]


def test_hide_unhide_and_include_hidden(db: str, tmp_path: Path) -> None:
    recs = events(tmp_path, db)
    a, b = sorted(recs)[:2]
    ok(tmp_path, "events", "hide", str(a), str(b), "--db", db)
    assert a not in events(tmp_path, db) and b not in events(tmp_path, db)
    hidden = events(tmp_path, db, "--include-hidden")
    assert hidden[a]["hidden"] is True and hidden[b]["hidden"] is True
    exported = json.loads(ok(tmp_path, "export", "--db", db))["events"]
    assert a not in {e["id"] for e in exported}
    exported = json.loads(ok(tmp_path, "export", "--db", db, "--include-hidden"))["events"]
    assert a in {e["id"] for e in exported}
    assert "H" in next(line for line in ok(tmp_path, "events", "list", "--db", db, "--include-hidden").splitlines()
                       if line.split()[0] == str(a)).split()[3]
    ok(tmp_path, "events", "unhide", str(a), "--db", db)
    assert a in events(tmp_path, db) and b not in events(tmp_path, db)


def test_merge_and_review(db: str, tmp_path: Path) -> None:
    recs = events(tmp_path, db)
    dated = with_quote(recs, "RIA Novosti later reported")
    undated = with_quote(recs, "had discussed with Bogdanov")
    assert ok(tmp_path, "events", "merge", str(dated), str(undated), "--db", db).strip() == str(dated)
    after = events(tmp_path, db)
    assert undated not in after and len(after[dated]["sources"]) == len(recs[dated]["sources"]) + len(recs[undated]["sources"])
    review = events(tmp_path, db, "--needs-review")
    assert review and all(not r["reviewed"] and r["confidence"] < 0.6 for r in review.values())
    ok(tmp_path, "events", "review", *map(str, review), "--db", db)
    assert events(tmp_path, db, "--needs-review") == {}


def test_actors_list_merge_rename(db: str, tmp_path: Path) -> None:
    listed = json.loads(ok(tmp_path, "actors", "list", "--db", db, "--json"))["actors"]
    names = {a["name"]: a for a in listed}
    assert names["Mikhail Bogdanov"]["kind"] == "person" and names["Mikhail Bogdanov"]["events"] >= 3
    ok(tmp_path, "actors", "merge", "Mikhail Bogdanov", "Mikhail Galuzin", "--db", db)
    names = {a["name"]: a for a in json.loads(ok(tmp_path, "actors", "list", "--db", db, "--json"))["actors"]}
    assert "Mikhail Galuzin" not in names and "Mikhail Galuzin" in names["Mikhail Bogdanov"]["aliases"]
    ok(tmp_path, "actors", "rename", "Bogdanov", "Mikhail L. Bogdanov", "--db", db)
    recs = events(tmp_path, db, "--official", "Mikhail Bogdanov")  # the old name still finds him
    assert recs and all("Mikhail L. Bogdanov" in {o["name"] for o in r["officials"]} for r in recs.values())
    assert "Mikhail L. Bogdanov" in ok(tmp_path, "actors", "list", "--db", db)


@pytest.mark.parametrize("args, message", [
    (("events", "edit", "999999", "--date", "2023"), "no event with id 999999"),
    (("events", "edit", "{id}", "--date", "2023-02-30"), "'2023-02-30' is not a date"),
    (("events", "edit", "{id}", "--add-official", "Nobody Known"), "unknown official 'Nobody Known'"),
    (("events", "edit", "{id}", "--add-delegation", "Atlantis"), "unknown delegation 'Atlantis'"),
    (("events", "hide", "{id}", "999999"), "no event with id 999999"),
    (("events", "unhide", "999999"), "no event with id 999999"),
    (("events", "merge", "{id}", "999999"), "no event with id 999999"),
    (("events", "merge", "{id}"), "merging needs two or more different events"),
    (("events", "edit", "{id}"), "events edit: nothing to change"),
    (("actors", "merge", "Mikhail Bogdanov", "Nobody Known"), "unknown actor 'Nobody Known'"),
    (("actors", "rename", "Nobody Known", "X"), "unknown actor 'Nobody Known'"),
    (("actors", "rename", "Mikhail Bogdanov", "Hamas"), "another actor is already called 'Hamas'"),
])
def test_unknown_ids_and_names_are_one_line_exit_2_nothing_changed(db: str, tmp_path: Path, args, message) -> None:  # type: ignore[no-untyped-def]
    first = str(min(events(tmp_path, db)))
    before_json = events(tmp_path, db, "--include-hidden")
    run = run_cli(tmp_path, *(a.replace("{id}", first) for a in args), "--db", db)
    assert run.returncode == 2 and run.stdout == ""
    assert run.error_lines == [f"error: {message}" + run.error_lines[0][len(f"error: {message}"):]]
    assert events(tmp_path, db, "--include-hidden") == before_json
