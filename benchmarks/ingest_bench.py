"""Ingest throughput: generated articles into a fresh SQLite database (prints numbers).

    python benchmarks/ingest_bench.py [N]

Uses the article generator of the crash-safety test, so the numbers match what that test runs.
"""
from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from helpers.corpus import write_corpus  # noqa: E402

from timeline_app.ingest.extract import extract_document  # noqa: E402
from timeline_app.ingest.pipeline import ingest_paths  # noqa: E402
from timeline_app.storage import Database  # noqa: E402


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    work = Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    paths = write_corpus(work / "corpus", count)
    texts = [p.read_text(encoding="utf-8") for p in paths[:200]]
    extract_document(texts[0])  # load the gazetteer once
    started = time.perf_counter()
    for text in texts:
        extract_document(text)
    per_doc = (time.perf_counter() - started) / len(texts) * 1000
    db = Database(str(work / "bench.sqlite"))
    started = time.perf_counter()
    report = ingest_paths(db, [work / "corpus"])
    elapsed = time.perf_counter() - started
    print(f"extraction only: {per_doc:.1f} ms per document")
    print(f"ingest of {count} documents: {elapsed:.1f} s ({elapsed / count * 1000:.1f} ms per document)")
    started = time.perf_counter()
    again = ingest_paths(db, [work / "corpus"])
    print(f"re-ingest (all unchanged): {time.perf_counter() - started:.2f} s; {again.summary()}")
    print(report.summary())
    db.close()


if __name__ == "__main__":
    main()
