"""Curation survival benchmark: every event of a corpus decided about (half hidden, half edited),
every file edited (a line added on top, so every offset moves), everything re-ingested.

    python benchmarks/curation_reingest_bench.py [--corpus ../shared/corpus/dev]

Prints how many decisions came through (the event still there, hidden or with its edited title;
events whose facts changed at all are listed on stderr), how many events were re-created or lost their sources, and the times; the last line
is JSON. Numbers are printed, never asserted.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    from timeline_app.ingest.pipeline import ingest_paths
    from timeline_app.storage import Database, curation
    from timeline_app.storage.export import export_records

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "dev"))
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="curation-bench-"))
    try:
        pages = tmp / "pages"
        shutil.copytree(args.corpus, pages, ignore=shutil.ignore_patterns("*.json"))
        db = Database(str(tmp / "t.sqlite"))
        started = time.perf_counter()
        ingest_paths(db, [pages])
        first = time.perf_counter() - started

        def state() -> dict[int, tuple]:
            with db.session() as session:
                return {r["id"]: (r["title"], r["hidden"], r["source_gone"], sorted(s["quote"] for s in r["sources"]))
                        for r in export_records(session, include_hidden=True)}

        ids = sorted(state())
        started = time.perf_counter()
        curation.run(db, curation.set_hidden, ids[::2], True)
        for event_id in ids[1::2]:
            curation.run(db, curation.edit_event, event_id, curation.EventEdit(title=f"edited {event_id}"))
        decide = (time.perf_counter() - started) / max(len(ids), 1)
        before = state()
        for path in sorted(p for p in pages.rglob("*") if p.is_file()):
            path.write_text("Revised.\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
        started = time.perf_counter()
        report = ingest_paths(db, [pages])
        again = time.perf_counter() - started
        after = state()
        db.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    # a decision is kept when the event is still there with the same hidden state and, if its
    # title was edited, that title (a generated title may read its names in another order)
    edited = set(ids[1::2])
    kept = sum(1 for k, v in before.items() if k in after and after[k][1:3] == v[1:3] and (k not in edited or after[k][0] == v[0]))
    for k, v in before.items():
        if after.get(k) != v:
            print("changed:", k, v[:3], "->", after.get(k, (None,))[:3], file=sys.stderr)
    result = {"events": len(before), "decisions_kept": kept, "recreated": len(set(after) - set(before)),
              "source_gone": sum(1 for v in after.values() if v[2]), "first_ingest_s": round(first, 2),
              "action_s": round(decide, 3), "reingest_s": round(again, 2), "failed_files": len(report.failures)}
    print(f"{len(before)} events decided about; after editing every file and re-ingesting: {kept} unchanged, "
          f"{result['recreated']} re-created, {result['source_gone']} source gone")
    print(f"first ingest {first:.2f} s, one action {decide * 1000:.0f} ms, re-ingest {again:.2f} s")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
