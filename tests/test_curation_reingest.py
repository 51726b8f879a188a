"""Nothing an analyst decided is lost by a later ingest: not of unchanged files, not of an edited
source (its reports are extracted again with new ids and offsets), and a curated event whose
evidence is gone from its source stays, marked "source gone". A schema-3 database upgrades to
the curation schema after a backup and keeps every event.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

from test_curation import by_quote, officials, records, seeded  # noqa: F401  (fixture)
from timeline_app.ingest.pipeline import ingest_paths
from timeline_app.storage import Database
from timeline_app.storage import actor_curation as actors
from timeline_app.storage import curation
from timeline_app.storage.curation import EventEdit, run

SOURCE = "004_9702e96eff6568ce.txt"
SELECTED = "The delegation of the movement affirmed the rights of the Palestinian people"


def _decide(db: Database, pages: Path) -> dict[str, int]:
    """One decision of each kind; returns the ids of the events concerned."""
    recs = records(db)
    edited = by_quote(recs, "guesthouse")["id"]
    hidden = by_quote(recs, "Sergey Lavrov rece")["id"]
    dated = by_quote(recs, "RIA Novosti later reported")["id"]
    joined = by_quote(recs, "had discussed with Bogdanov")["id"]
    run(db, curation.edit_event, edited, EventEdit(date="2023-03-16", title="Hamas delegation received by Bogdanov",
                                                   add_officials=("Sergey Lavrov",)))
    run(db, curation.set_hidden, [hidden], True)
    run(db, curation.merge_events, [dated, joined])
    with db.session() as session:
        from sqlalchemy import select

        from timeline_app.storage.models import Document

        doc = session.scalar(select(Document).where(Document.path == str(pages / SOURCE)))
        start = doc.text.index(SELECTED)
        made = run(db, curation.new_event_from_span, doc.id, start, start + len(SELECTED), type="meeting").result
    run(db, actors.merge_actors, "Mikhail Bogdanov", ["Galuzin"])
    return {"edited": edited, "hidden": hidden, "merged": dated, "made": made}


def _assert_decisions_kept(db: Database, ids: dict[str, int]) -> dict[int, dict]:
    recs = records(db, include_hidden=True)
    edited = recs[ids["edited"]]
    assert (edited["date"], edited["date_basis"], edited["title"]) == ("2023-03-16", "curated", "Hamas delegation received by Bogdanov")
    assert "Sergey Lavrov" in officials(edited) and any("guesthouse" in s["quote"] for s in edited["sources"])
    assert recs[ids["hidden"]]["hidden"] is True
    visible = records(db)
    assert ids["hidden"] not in visible
    assert not any("Sergey Lavrov rece" in s["quote"] for r in visible.values() for s in r["sources"])  # not re-created
    merged = {s["quote"] for s in recs[ids["merged"]]["sources"]}
    assert any(q.startswith("RIA Novosti later reported") for q in merged)
    assert any(q.startswith("The head of Hamas delegation had discussed") for q in merged)
    assert [s["quote"] for s in recs[ids["made"]]["sources"]] == [SELECTED]
    assert recs[ids["made"]]["curated"] is True
    assert all("Mikhail Galuzin" not in officials(r) for r in recs.values())
    return recs


def test_reingest_of_unchanged_and_edited_sources_keeps_every_decision(seeded) -> None:  # type: ignore[no-untyped-def]
    db, pages = seeded
    ids = _decide(db, pages)
    decided = _assert_decisions_kept(db, ids)

    report = ingest_paths(db, [pages])  # unchanged files: skipped, nothing moves
    assert report.count("unchanged") == 5
    assert records(db, include_hidden=True) == decided

    source = pages / SOURCE
    source.write_text("Update: this report was revised.\n\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
    report = ingest_paths(db, [pages])
    assert report.count("replaced") == 1 and report.failures == []
    after = _assert_decisions_kept(db, ids)
    assert len(after) == len(decided)  # nothing re-created beside the decided events
    made = after[ids["made"]]["sources"][0]
    assert made["start"] == decided[ids["made"]]["sources"][0]["start"] + len("Update: this report was revised.\n\n")


def test_a_curated_event_whose_evidence_disappears_stays_marked_source_gone(seeded) -> None:  # type: ignore[no-untyped-def]
    db, pages = seeded
    ids = _decide(db, pages)
    source = pages / SOURCE
    source.write_text(source.read_text(encoding="utf-8").replace(SELECTED, "Nothing to see here"), encoding="utf-8")
    assert ingest_paths(db, [pages]).failures == []
    made = records(db)[ids["made"]]
    assert made["source_gone"] is True and made["sources"] == [] and made["curated"] is True


def test_a_schema_3_database_upgrades_after_a_backup_and_keeps_every_event(tmp_path: Path) -> None:
    """(tests/test_migrations.py checks every earlier schema on both databases; this checks what
    curation adds: the backup's name and that the new columns work at once.)"""
    from helpers.old_schema import make_old

    root = Path(__file__).resolve().parent.parent
    path = tmp_path / "old.sqlite"
    db = Database(str(path))
    assert ingest_paths(db, [root / "seeds"]).failures == []
    before = records(db)
    db.close()
    make_old(f"sqlite:///{path}", 3)
    db = Database(str(path))
    try:
        assert db.backup_path is not None and db.backup_path.name == "old.sqlite.schema-v3.bak"
        after = records(db)
        assert after == before  # every event, and the same confidence the migration computed
        run(db, curation.set_hidden, [min(after)], True)  # the new columns work
        assert min(after) not in records(db)
    finally:
        db.close()
    old = sqlite3.connect(db.backup_path)
    try:
        assert old.execute("SELECT COUNT(*) FROM events").fetchone()[0] == len(before)
        assert "hidden" not in {row[1] for row in old.execute("PRAGMA table_info(events)")}
    finally:
        old.close()


def test_every_decision_on_a_corpus_survives_editing_every_file(tmp_path: Path) -> None:
    """Half the events hidden, half retitled, every file edited so every offset moves: each
    decision comes through (the dev corpus has reports of two events quoting the same sentence,
    which must go back to their own events, not both to the first)."""
    import shutil

    from conftest import shared_path

    pages = tmp_path / "dev"
    shutil.copytree(shared_path("corpus", "dev"), pages, ignore=shutil.ignore_patterns("*.json"))
    db = Database(str(tmp_path / "t.sqlite"))
    try:
        assert ingest_paths(db, [pages]).failures == []
        ids = sorted(records(db))
        run(db, curation.set_hidden, ids[::2], True)
        for event_id in ids[1::2]:
            run(db, curation.edit_event, event_id, EventEdit(title=f"edited {event_id}"))
        before = records(db, include_hidden=True)
        for path in sorted(pages.iterdir()):
            path.write_text("Revised.\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
        assert ingest_paths(db, [pages]).count("replaced") == len(list(pages.iterdir()))
        after = records(db, include_hidden=True)
    finally:
        db.close()
    assert set(after) == set(before)
    for event_id, old in before.items():
        new = after[event_id]
        assert (new["hidden"], new["source_gone"]) == (old["hidden"], False), event_id
        assert sorted(s["quote"] for s in new["sources"]) == sorted(s["quote"] for s in old["sources"]), event_id
        if event_id in ids[1::2]:
            assert new["title"] == f"edited {event_id}"
