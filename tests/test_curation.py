"""Analyst curation in storage: every action does what the analyst asked, undo puts back exactly
what was there (same ids, same facts), and no later ingest loses a decision.

Runs on SQLite, and on PostgreSQL too when TIMELINE_APP_TEST_PG names a server.
"""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from timeline_app.ingest.pipeline import ingest_paths
from timeline_app.storage import Database
from timeline_app.storage import actor_curation as actors
from timeline_app.storage import curation
from timeline_app.storage.curation import CurationError, EventEdit, run, run_undo
from timeline_app.storage.export import export_records

ROOT = Path(__file__).resolve().parent.parent
NEW_ARTICLE = (
    "Hamas delegation visits Moscow\n\nMoscow, Friday 5-March-2021\n\n"
    "A delegation of the Hamas movement headed by Ismail Haniyeh met Russian Deputy Foreign Minister "
    "Mikhail Galuzin in Moscow on Thursday. The two sides discussed the upcoming elections.\n"
)

@pytest.fixture
def seeded(database_url: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The bundled seeds copied to tmp (so a test may edit them), ingested into a fresh database
    (SQLite, and PostgreSQL when $TIMELINE_APP_TEST_PG names a server)."""
    pages = tmp_path / "pages"
    shutil.copytree(ROOT / "seeds", pages)
    database = Database(database_url)
    assert ingest_paths(database, [pages]).failures == []
    yield database, pages
    database.close()


def records(db: Database, **kw: Any) -> dict[int, dict[str, Any]]:
    with db.session() as session:
        return {r["id"]: r for r in export_records(session, **kw)}


def by_quote(recs: dict[int, dict[str, Any]], words: str) -> dict[str, Any]:
    """The one event with a source quote containing these words (ids are never assumed)."""
    found = [r for r in recs.values() if any(words in s["quote"] for s in r["sources"])]
    assert len(found) == 1, (words, [r["id"] for r in found])
    return found[0]


def officials(record: dict[str, Any]) -> set[str]:
    return {o["name"] for o in record["officials"]}


def test_edit_every_field_then_undo_restores_exactly(seeded) -> None:  # type: ignore[no-untyped-def]
    db, _pages = seeded
    before = records(db, include_hidden=True)
    event = by_quote(before, "guesthouse")
    assert event["date"] is None and "Mikhail Bogdanov" in officials(event)
    change = run(db, curation.edit_event, event["id"], EventEdit(
        date="2023-10", type="talks", location="Kazan", title="Hamas delegation in Kazan",
        add_officials=("Sergey Lavrov",), remove_officials=("Bogdanov",), add_delegations=("Iran",)))
    after = records(db)[event["id"]]
    assert (after["date"], after["precision"], after["date_basis"]) == ("2023-10", "month", "curated")
    assert (after["type"], after["location"], after["title"]) == ("talks", "Kazan", "Hamas delegation in Kazan")
    assert after["curated"] is True
    assert "Sergey Lavrov" in officials(after) and "Mikhail Bogdanov" not in officials(after)
    assert set(after["delegations"]) == {"Hamas", "Iran"}
    assert after["sources"] == event["sources"]
    run_undo(db, change)
    assert records(db, include_hidden=True) == before


def test_partial_dates_and_bad_input_change_nothing(seeded) -> None:  # type: ignore[no-untyped-def]
    db, _pages = seeded
    before = records(db, include_hidden=True)
    event_id = min(before)
    run(db, curation.edit_event, event_id, EventEdit(date="2023"))
    assert records(db)[event_id]["precision"] == "year"
    for bad in (EventEdit(date="2023-13"), EventEdit(type="party"), EventEdit(add_officials=("Nobody Known",)),
                EventEdit(date="2024", remove_delegations=("Iran",))):
        now = records(db, include_hidden=True)
        with pytest.raises(CurationError):
            run(db, curation.edit_event, event_id, bad)
        assert records(db, include_hidden=True) == now
    with pytest.raises(CurationError, match="no event with id 999999"):
        run(db, curation.set_hidden, [event_id, 999999], True)
    assert records(db)[event_id]["hidden"] is False


def test_hide_leaves_it_out_until_unhidden_and_undo_works(seeded) -> None:  # type: ignore[no-untyped-def]
    db, _pages = seeded
    before = records(db)
    false_event = by_quote(before, "Sergey Lavrov rece")
    change = run(db, curation.set_hidden, [false_event["id"]], True)
    assert false_event["id"] not in records(db)
    hidden = records(db, include_hidden=True)[false_event["id"]]
    assert hidden["hidden"] is True
    run_undo(db, change)
    assert records(db) == before
    run(db, curation.set_hidden, [false_event["id"]], True)
    run(db, curation.set_hidden, [false_event["id"]], False)
    assert records(db)[false_event["id"]]["hidden"] is False


def test_merge_combines_sources_people_and_the_most_precise_date(seeded) -> None:  # type: ignore[no-untyped-def]
    db, _pages = seeded
    before = records(db)
    undated = by_quote(before, "guesthouse")
    other_undated = by_quote(before, "had discussed with Bogdanov")
    dated = by_quote(before, "RIA Novosti later reported")
    change = run(db, curation.merge_events, [undated["id"], other_undated["id"], dated["id"]])
    assert change.result == undated["id"]
    after = records(db)
    assert other_undated["id"] not in after and dated["id"] not in after
    merged = after[undated["id"]]
    assert merged["date"] == dated["date"] and merged["precision"] == "day"
    quotes = {s["quote"] for s in merged["sources"]}
    assert quotes == {s["quote"] for e in (undated, other_undated, dated) for s in e["sources"]}
    assert officials(merged) >= officials(undated) | officials(dated)
    assert merged["curated"] is True
    run_undo(db, change)
    assert records(db) == before


def test_split_a_source_off_into_its_own_event_and_undo(seeded) -> None:  # type: ignore[no-untyped-def]
    db, _pages = seeded
    before = records(db)
    event = by_quote(before, "Bogdanov welcomed the visit")
    source = next(s for s in event["sources"] if "Bogdanov welcomed" in s["quote"])
    with db.session() as session:
        doc_id = _document_id(session, source["document"])
        mention_id = curation.mention_for_span(session, event["id"], doc_id, source["start"], source["end"])
    assert mention_id is not None
    change = run(db, curation.split_source, event["id"], mention_id)
    after = records(db)
    new = after[change.result]
    assert source["quote"] in {s["quote"] for s in new["sources"]}
    assert source["quote"] not in {s["quote"] for s in after[event["id"]]["sources"]}
    assert {s["document"] for s in new["sources"]} == {source["document"]}
    run_undo(db, change)
    assert records(db) == before


def _document_id(session, path: str) -> int:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from timeline_app.storage.models import Document

    return session.scalar(select(Document.id).where(Document.path == path))


def test_new_event_from_a_selection_and_undo(seeded) -> None:  # type: ignore[no-untyped-def]
    db, pages = seeded
    before = records(db)
    path = str(pages / "004_9702e96eff6568ce.txt")
    with db.session() as session:
        doc_id = _document_id(session, path)
        text = session.get(__import__("timeline_app.storage.models", fromlist=["Document"]).Document, doc_id).text
    start = text.index("The visit of Hamas delegation")
    end = text.index(".", start) + 1
    change = run(db, curation.new_event_from_span, doc_id, start, end, type="visit", date="2023-09")
    made = records(db)[change.result]
    assert made["sources"] == [{"document": path, "published": made["sources"][0]["published"], "start": start,
                                "end": end, "quote": text[start:end]}]
    assert (made["type"], made["date"], made["date_basis"], made["curated"]) == ("visit", "2023-09", "curated", True)
    run_undo(db, change)
    assert records(db) == before


def test_actor_merge_moves_people_and_teaches_later_ingests(seeded, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, _pages = seeded
    before = records(db)
    galuzin_event = next(r for r in before.values() if "Mikhail Galuzin" in officials(r))
    change = run(db, actors.merge_actors, "Mikhail Bogdanov", ["Galuzin"])
    after = records(db)
    assert "Mikhail Galuzin" not in officials(after[galuzin_event["id"]])
    assert "Mikhail Bogdanov" in officials(after[galuzin_event["id"]])
    run_undo(db, change)
    assert records(db) == before
    run(db, actors.merge_actors, "Mikhail Bogdanov", ["Galuzin"])
    new = tmp_path / "new"
    new.mkdir()
    (new / "galuzin.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    assert ingest_paths(db, [new]).failures == []
    march = [r for r in records(db).values() if (r["date"] or "").startswith("2021-03")]
    assert march and all("Mikhail Galuzin" not in officials(r) for r in march)
    assert any("Mikhail Bogdanov" in officials(r) for r in march)


def test_rename_keeps_the_old_name_findable_and_undo(seeded) -> None:  # type: ignore[no-untyped-def]
    db, _pages = seeded
    before = records(db)
    change = run(db, actors.rename_actor, "Mikhail Bogdanov", "Mikhail L. Bogdanov")
    after = records(db)
    assert any("Mikhail L. Bogdanov" in officials(r) for r in after.values())
    assert any("Mikhail L. Bogdanov" in r["title"] for r in after.values())
    assert actors.find_actor is not None
    with db.session() as session:
        assert actors.find_actor(session, "Mikhail Bogdanov").name == "Mikhail L. Bogdanov"
    with pytest.raises(CurationError):
        run(db, actors.rename_actor, "Mikhail L. Bogdanov", "Hamas")
    run_undo(db, change)
    assert records(db) == before


def test_split_alias_gives_that_spelling_its_own_actor(seeded) -> None:  # type: ignore[no-untyped-def]
    db, _pages = seeded
    with db.session() as session:
        listed = {a["name"]: a for a in actors.list_actors(session)}
    person = next(a for a in listed.values() if a["kind"] == "person" and a["aliases"])
    alias = person["aliases"][0]
    change = run(db, actors.split_alias, person["name"], alias)
    with db.session() as session:
        assert actors.find_actor(session, alias).name == alias
    run_undo(db, change)
    with db.session() as session:
        assert {a["name"] for a in actors.list_actors(session)} == set(listed)


def test_confidence_and_the_review_list(seeded) -> None:  # type: ignore[no-untyped-def]
    db, _pages = seeded
    recs = records(db)
    assert all(0.0 < r["confidence"] <= 1.0 for r in recs.values())
    explicit = [r for r in recs.values() if r["date_basis"] in ("explicit", "relative") and len({s["document"] for s in r["sources"]}) > 1]
    undated = [r for r in recs.values() if r["date"] is None]
    assert explicit and undated and min(r["confidence"] for r in explicit) > max(r["confidence"] for r in undated)
    review = records(db, needs_review=True)
    assert set(review) >= {r["id"] for r in undated}
    run(db, curation.mark_reviewed, list(review))
    assert records(db, needs_review=True) == {}


def test_set_kind_and_affiliation_then_undo(seeded) -> None:  # type: ignore[no-untyped-def]
    db, _pages = seeded
    before = records(db)
    with db.session() as session:
        listed = {a["name"]: a for a in actors.list_actors(session)}
    assert listed["Mikhail Bogdanov"]["affiliation"] == "Russia"
    change = run(db, actors.set_actor_kind, "Mikhail Bogdanov", None, "Hamas")
    with db.session() as session:
        assert {a["name"]: a for a in actors.list_actors(session)}["Mikhail Bogdanov"]["affiliation"] == "Hamas"
    with pytest.raises(CurationError, match="unknown kind"):
        run(db, actors.set_actor_kind, "Hamas", "club")
    run(db, actors.set_actor_kind, "Palestinian Islamic Jihad", "organisation")
    run_undo(db, change)
    with db.session() as session:
        assert {a["name"]: a for a in actors.list_actors(session)}["Mikhail Bogdanov"]["affiliation"] == "Russia"
    assert records(db) == before
