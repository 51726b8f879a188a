"""The merge's indexes of undated reports and of reports naming nobody (schema 8) never miss one,
and what the writer keeps across the documents of a batch does not change its decisions.

The merge finds the undated reports of an actor's events, and the reports naming no person with
one of a report's delegations, through two marks: participants.undated_report and
mention_participants.nobody_named. A mark may over-report (the lookups check the facts again),
but one missing would silently change merge decisions, so after ingest, after every kind of
curation an analyst does and after undoing it, every event holding an undated report and every
report naming no person must still be marked (SQLite, and PostgreSQL when
$TIMELINE_APP_TEST_PG names a server).
"""
from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import text

from timeline_app.ingest.pipeline import ingest_paths
from timeline_app.storage import Database
from timeline_app.storage import actor_curation as actors
from timeline_app.storage import curation
from timeline_app.storage.curation import EventEdit, run, run_undo

ROOT = Path(__file__).resolve().parent.parent

UNMARKED_UNDATED = text(
    "SELECT p.event_id, p.actor_id FROM participants p WHERE p.undated_report = :no "
    "AND EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = p.event_id AND m.date IS NULL)")
UNMARKED_NOBODY = text(
    "SELECT mp.mention_id, mp.actor_id FROM mention_participants mp WHERE mp.nobody_named = :no "
    "AND NOT EXISTS (SELECT 1 FROM mention_participants o JOIN actors a ON a.id = o.actor_id "
    "WHERE o.mention_id = mp.mention_id AND a.kind = 'person')")


def missed(db: Database) -> tuple[list, list]:
    with db.session() as session:
        return ([tuple(r) for r in session.execute(UNMARKED_UNDATED, {"no": False})],
                [tuple(r) for r in session.execute(UNMARKED_NOBODY, {"no": False})])


def test_marks_hold_through_ingest_curation_and_undo(database_url: str, tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    shutil.copytree(ROOT / "seeds", pages)
    (pages / "undated.txt").write_text(  # an undated report, and one naming no person
        "Hamas delegation in Moscow\n\nA Hamas delegation held talks with Russian Deputy Foreign Minister Mikhail "
        "Bogdanov in Moscow on the upcoming Palestinian elections and national reconciliation.\n\n"
        "Separately, a delegation of the Palestinian Islamic Jihad movement visited Tehran on 3 March 2021.\n",
        encoding="utf-8")
    db = Database(database_url)
    try:
        assert ingest_paths(db, [pages]).failures == []
        with db.session() as session:
            assert session.execute(text("SELECT count(*) FROM mentions WHERE date IS NULL")).scalar()
            events = [e for (e,) in session.execute(text("SELECT id FROM events ORDER BY id"))]
            people = [n for (n,) in session.execute(text("SELECT name FROM actors WHERE kind = 'person' ORDER BY id"))]
            split = session.execute(text(
                "SELECT event_id, min(id) FROM mentions WHERE event_id IS NOT NULL GROUP BY event_id HAVING count(*) > 1")).first()
        assert missed(db) == ([], [])
        steps = [
            (actors.set_actor_kind, people[0], "movement"),  # its reports may now name nobody
            (actors.merge_actors, "Hamas", [people[1]]),  # a person becomes a movement's spelling
            (curation.merge_events, events[:3]),
            (curation.edit_event, events[3], EventEdit(add_delegations=("Hamas",))),  # the analyst's own people
        ]
        if split:
            steps.append((curation.split_source, split[0], split[1]))
        for action, *args in steps:
            change = run(db, action, *args)
            assert missed(db) == ([], []), action.__name__
            assert ingest_paths(db, [pages]).failures == []  # unchanged files: nothing re-read
            run_undo(db, change)
            assert missed(db) == ([], []), f"undo {action.__name__}"
        (pages / "undated.txt").write_text((pages / "undated.txt").read_text(encoding="utf-8") + "\nUpdated.\n", encoding="utf-8")
        assert ingest_paths(db, [pages]).failures == []  # an edited file: its reports replaced and re-merged
        assert missed(db) == ([], [])
    finally:
        db.close()


def test_a_document_failing_in_its_merge_leaves_the_others_as_if_it_never_came(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The writer keeps the events it read across the documents of a write batch; a document
    whose merge fails after re-clustering (its savepoint rolled back) leaves the other documents
    of the batch in the events a run without it makes (the 300 recorded pages of
    tests/data/merge_decisions.json.gz: busy actors, undated reports)."""
    import gzip
    import json

    from sqlalchemy.exc import OperationalError

    from helpers.merge_fixture import decisions, from_json
    from timeline_app.ingest import merge, pipeline
    from timeline_app.storage.export import export_json

    fixture = json.loads(gzip.decompress((ROOT / "tests" / "data" / "merge_decisions.json.gz").read_bytes()))
    by_text = {text: from_json(extraction) for text, extraction in fixture["pages"].values()}
    monkeypatch.setattr(pipeline, "extract_document", lambda text, **_: by_text[text])

    def ingest(folder: Path, names: list[str]):  # type: ignore[no-untyped-def]
        folder.mkdir()
        for name in names:
            (folder / name).write_text(fixture["pages"][name][0], encoding="utf-8", newline="")
        db = Database(str(folder.parent / f"{folder.name}.sqlite"))
        try:
            report = pipeline.ingest_paths(db, [folder])
            with db.session() as session:
                return report, decisions(json.loads(json.dumps(export_json(session))))
        finally:
            db.close()

    names = sorted(fixture["pages"])
    real, calls = merge.regroup, []

    def failing(session, clusters, current, *fresh):  # type: ignore[no-untyped-def]
        out = real(session, clusters, current, *fresh)  # the events change, then the document fails
        calls.append(len(current))
        if len(calls) == 150:
            raise OperationalError("injected", None, Exception("injected"))
        return out

    monkeypatch.setattr(merge, "regroup", failing)
    report, got = ingest(tmp_path / "failing", names)
    monkeypatch.setattr(merge, "regroup", real)
    assert len(report.failures) == 1
    failed = Path(report.failures[0].path).name
    _, expected = ingest(tmp_path / "without", [n for n in names if n != failed])
    assert got == expected
