"""Recorded extractions and the merge decisions a reference version of the writer made on them.

The writer (storage, merge) was rewritten for speed; its decisions must not move. Extraction
changes under other hands, so the fixture records what the extractor found (the pages'
DocumentExtraction) next to the pages' text, and the events a reference writer made of them: a
test replays the recorded extractions through today's `ingest_paths` and compares.

    python tests/helpers/merge_fixture.py OUT.json.gz --docs 300   # record (run under the reference code)
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from dataclasses import asdict
from pathlib import Path

from timeline_app.domain import ActorRef, ArticleInfo, DocumentExtraction, EventMention, ParticipantRef


def to_json(extraction: DocumentExtraction) -> dict:
    return asdict(extraction)


def from_json(data: dict) -> DocumentExtraction:
    def actor(a: dict) -> ActorRef:
        return ActorRef(a["name"], a["kind"], a["affiliation"], a["affiliation_kind"], tuple(a["variants"]))

    articles = [ArticleInfo(**{**a, "published_span": tuple(a["published_span"]) if a["published_span"] else None})
                for a in data["articles"]]
    mentions = [EventMention(**{**m, "participants": [ParticipantRef(actor(p["actor"]), p["role"], p["title"])
                                                      for p in m["participants"]],
                               "evidence": [tuple(e) for e in m["evidence"]], "topic": tuple(m["topic"])})
                for m in data["mentions"]]
    return DocumentExtraction(articles, mentions)


def decisions(export: dict) -> list[str]:
    """Each event as its sources (file name and span), date and title: what the merge decided."""
    out = []
    for event in export["events"]:
        sources = sorted(f"{Path(s['document']).name}:{s['start']}-{s['end']}" for s in event["sources"])
        out.append(json.dumps([sources, event["date"], event["precision"], event["title"]]))
    return sorted(out)


def replay(pages: dict[str, tuple[str, dict]], folder: Path, db_path: Path) -> list[str]:
    """Write the pages, ingest them with the recorded extractions, return the decisions."""
    from timeline_app.ingest import pipeline
    from timeline_app.storage import Database
    from timeline_app.storage.export import export_json

    folder.mkdir(parents=True, exist_ok=True)
    by_text: dict[str, DocumentExtraction] = {}
    for name, (text, extraction) in pages.items():
        (folder / name).write_text(text, encoding="utf-8", newline="")
        by_text[text] = from_json(extraction)
    real = pipeline.extract_document
    pipeline.extract_document = lambda text, **_: by_text[text]  # type: ignore[assignment]
    try:
        db = Database(str(db_path))
        try:
            report = pipeline.ingest_paths(db, [folder])
            assert report.failures == [], report.failures
            with db.session() as session:
                return decisions(json.loads(json.dumps(export_json(session))))
        finally:
            db.close()
    finally:
        pipeline.extract_document = real  # type: ignore[assignment]


def main() -> int:
    import tempfile

    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", type=int, default=300)
    a = ap.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from benchmarks.corpus import generate
    from timeline_app.ingest.extract import extract_document

    work = Path(tempfile.mkdtemp(prefix="merge-fixture-"))
    paths, _gold = generate(work / "corpus", a.docs, 7)
    pages = {}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        pages[path.name] = (text, to_json(extract_document(text)))
    expected = replay(pages, work / "replay", work / "replay.sqlite")
    a.out.write_bytes(gzip.compress(json.dumps({"pages": pages, "decisions": expected}).encode("utf-8")))
    print(f"{len(pages)} pages, {len(expected)} events -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
