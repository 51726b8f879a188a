"""CPU cost of extraction alone (the per-document work of the worker processes), and a dump of
its output, so a speed change can be shown to change nothing.

Run:
    python -m benchmarks extract [--corpus DIR] [--rounds 3]   # CPU ms/page, JSON last line
    python -m benchmarks extract --dump OUT.json [--corpus DIR] # every page's extraction

Pages are read as `timeline-app ingest` reads them (`read_raw` + `parse_raw`: saved pages give
their article text and metadata date), with the saved day pinned so the output does not depend
on file times. The sets are the generated corpus (`python -m benchmarks corpus DIR --docs 400`),
the seeds, the dev corpus and every test set under tests/data.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import time
from datetime import date
from pathlib import Path

from timeline_app.ingest.extract import extract_document
from timeline_app.ingest.reader import parse_raw, read_raw

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAVED_ON = date(2026, 11, 30)
SUFFIXES = {".txt", ".html", ".htm", ".pdf", ".mht", ".mhtml"}


def test_sets() -> dict[str, Path]:
    """Seeds, dev and the test sets of tests/data (each folder holding pages)."""
    sets = {"seeds": Path("/work/shared/seeds"), "dev": Path("/work/shared/corpus/dev")}
    for folder in sorted((ROOT / "tests" / "data").iterdir()):
        if folder.is_dir():
            sets[folder.name] = folder
    return sets


def pages(folder: Path) -> list[tuple[str, str, date | None]]:
    """(name, text, published hint) of every page under `folder`, read as ingest reads it."""
    out = []
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() not in SUFFIXES or path.name.startswith(("README", "FIRST_RUN")):
            continue
        try:
            source = parse_raw(read_raw(path))
        except Exception as exc:  # noqa: BLE001 - a page the reader refuses is not extraction's business
            print(f"{path}: not read ({exc})")
            continue
        out.append((str(path.relative_to(folder)), source.text, source.published))
    return out


def cpu_ms_per_page(docs: list[tuple[str, str, date | None]], rounds: int) -> float:
    """Best of `rounds` passes: process CPU time per page, in ms."""
    extract_document(docs[0][1])  # load the knowledge once
    best = float("inf")
    for _ in range(rounds):
        t0 = time.process_time()
        for _, text, hint in docs:
            extract_document(text, hint, SAVED_ON)
        best = min(best, (time.process_time() - t0) / len(docs) * 1000)
    return best


def dump(sets: dict[str, Path], out: Path) -> None:
    result = {}
    for name, folder in sets.items():
        for page, text, hint in pages(folder):
            result[f"{name}/{page}"] = dataclasses.asdict(extract_document(text, hint, SAVED_ON))
    out.write_text(json.dumps(result, indent=0, sort_keys=True, default=str))
    print(f"{len(result)} pages dumped to {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/speedx_corpus"),
                        help="a generated corpus (python -m benchmarks corpus DIR --docs 400)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--dump", type=Path, help="write every page's extraction here instead of timing")
    args = parser.parse_args()
    sets = {"corpus": args.corpus / "pages"} if (args.corpus / "pages").is_dir() else {}
    sets.update(test_sets())
    if args.dump:
        dump(sets, args.dump)
        return
    summary: dict[str, object] = {}
    generated = pages(sets.pop("corpus")) if "corpus" in sets else []
    tests = [doc for folder in sets.values() for doc in pages(folder)]
    for label, docs in (("generated", generated), ("test_sets", tests)):
        if docs:
            ms = cpu_ms_per_page(docs, args.rounds)
            print(f"{label}: {len(docs)} pages, {ms:.2f} ms CPU/page (best of {args.rounds})", flush=True)
            summary[f"{label}_pages"], summary[f"{label}_cpu_ms_per_page"] = len(docs), round(ms, 2)
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
