"""The writer alone at scale: replay cached extractions a tenth at a time, CPU per page per tenth.

    python -m benchmarks.ingest_replay --docs 10000 [--work DIR] [--profile-tenth 10]

`python -m benchmarks ingest` measures the whole pipeline; its wall time depends on what else the
machine runs and on the extraction. This measures only the process that stores and merges (the
critical path: one writer), as CPU time, which the load on a shared machine barely moves: the
generated pages (benchmarks/corpus.py) are extracted once (cached in WORK/extractions.pickle,
in two processes) and replayed through `ingest_paths` (TIMELINE_APP_WORKERS=1, extraction
replaced by the cache) in ten calls into one SQLite file. The growth from the first tenth to the
last is what the issue-12 target (last tenth no slower than the first +20%) is about.
Then a 1% edit (100 pages of 10,000, a line appended) is replayed the same way.
Last line: one JSON object.
"""
from __future__ import annotations

import argparse
import json
import os
import pickle
import random
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .corpus import generate


def _extract(text: str):  # noqa: ANN202 - a DocumentExtraction, in a worker
    from timeline_app.ingest.extract import extract_document

    return text, extract_document(text)


def extractions(work: Path, paths: list[Path]) -> dict:
    cache = work / "extractions.pickle"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    texts = [p.read_text(encoding="utf-8") for p in paths]
    with ProcessPoolExecutor(2) as pool:
        found = dict(pool.map(_extract, texts, chunksize=50))
    cache.write_bytes(pickle.dumps(found))
    return found


def replay(db, files: list[Path], cache: dict) -> tuple[float, float]:
    """(wall, CPU) seconds of this process for ingesting `files` with cached extractions."""
    from timeline_app.ingest import pipeline

    real = pipeline.extract_document

    def cached(text: str, **_):  # noqa: ANN202
        found = cache.get(text)
        return found if found is not None else real(text)

    pipeline.extract_document = cached  # type: ignore[assignment]
    try:
        wall, cpu = time.perf_counter(), time.process_time()
        report = pipeline.ingest_paths(db, [str(p) for p in files])
        assert not report.failures, report.failures[:3]
        return time.perf_counter() - wall, time.process_time() - cpu
    finally:
        pipeline.extract_document = real  # type: ignore[assignment]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--work", type=Path)
    ap.add_argument("--tenths", type=int, default=10, help="replay only the first N tenths")
    ap.add_argument("--export", type=Path, help="write the export (JSON) here after the cold replay")
    a = ap.parse_args()
    os.environ["TIMELINE_APP_WORKERS"] = "1"
    from timeline_app.storage import Database

    work = a.work or Path(tempfile.mkdtemp(prefix="ingest-replay-"))
    pages = work / "corpus" / "pages"
    if not pages.exists():
        generate(work / "corpus", a.docs, a.seed)
    paths = sorted(pages.glob("*"))
    started = time.perf_counter()
    cache = extractions(work, paths)
    print(f"{len(paths):,} pages, extractions ready in {time.perf_counter() - started:.1f} s ({work})", flush=True)
    db_path = work / "replay.sqlite"
    for leftover in work.glob("replay.sqlite*"):
        leftover.unlink()
    db = Database(str(db_path))
    per_tenth: list[float] = []
    size = len(paths) // 10
    try:
        for n in range(a.tenths):
            part = paths[n * size:(n + 1) * size if n < 9 else len(paths)]
            wall, cpu = replay(db, part, cache)
            per_tenth.append(round(cpu * 1000 / len(part), 1))
            print(f"tenth {n + 1}: {cpu * 1000 / len(part):.1f} ms CPU/page, {wall:.1f} s wall, load {os.getloadavg()[0]:.1f}",
                  flush=True)
        figures: dict = {"docs": len(paths), "writer_ms_per_page_by_tenth": per_tenth}
        if a.export:
            from timeline_app.storage.export import export_json

            with db.session() as session:
                a.export.write_text(json.dumps(export_json(session)), encoding="utf-8")
        if a.tenths == 10:
            rng = random.Random(a.seed + 1)
            chosen = rng.sample(paths, max(1, len(paths) // 100))
            originals = {p: p.read_bytes() for p in chosen}
            for p in chosen:
                text = p.read_text(encoding="utf-8")
                p.write_text(text.rstrip("\n") + "\n\nThis article has been updated with further details.\n", encoding="utf-8")
            try:
                wall, cpu = replay(db, paths, cache)
            finally:
                for p, data in originals.items():
                    p.write_bytes(data)
            print(f"1% edit ({len(chosen)} pages, extraction included): {wall:.2f} s wall, {cpu:.2f} s CPU", flush=True)
            figures.update(edit_wall_s=round(wall, 2), edit_cpu_s=round(cpu, 2))
    finally:
        db.close()
    figures["load_avg_1m"] = round(os.getloadavg()[0], 2)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
