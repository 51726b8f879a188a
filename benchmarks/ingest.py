"""Ingest at scale through `timeline-app ingest`, with accuracy and dateparser as the reference.

    python -m benchmarks ingest --docs 1000 [--seed 7] [--work DIR] [--dateparser-sample 1000]

Steps, each a real `timeline-app` subprocess on a fresh SQLite file:
  1. cold ingest of the generated pages (benchmarks/corpus.py);
  2. the same command again, nothing changed (everything must be skipped before extraction);
  3. after editing 1% of the pages (one sentence appended), again.
Then `timeline-app export` is scored against the planted gold with ../shared/tools/score_events.py,
and `dateparser.search_dates(text, languages=["en"])` is timed over the same texts (over a sample
of them when --dateparser-sample is smaller than --docs, scaled to all pages) as the reference.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

from .corpus import generate
from .measure import run, tenth_rates

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "tools" / "score_events.py"
APP = [sys.executable, "-m", "timeline_app"]


def read_and_hash(paths: list[Path]) -> float:
    started = time.perf_counter()
    for p in paths:
        hashlib.sha256(p.read_bytes()).hexdigest()
    return time.perf_counter() - started


def dateparser_time(texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of dateparser's search_dates over `texts` (CPU does not depend on
    what else the machine is doing, so the CPU ratio is the one to compare across runs)."""
    from dateparser.search import search_dates

    search_dates("Talks were held on Monday, 5 March 2024.", languages=["en"])  # load its data first
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        search_dates(text, languages=["en"])
    return time.perf_counter() - started, time.process_time() - cpu


def edit_one_percent(paths: list[Path], seed: int) -> int:
    rng = random.Random(seed + 1)
    chosen = rng.sample(paths, max(1, len(paths) // 100))
    for p in chosen:
        text = p.read_text(encoding="utf-8")
        p.write_text(text.rstrip("\n") + "\n\nThis article has been updated with further details.\n", encoding="utf-8")
    return len(chosen)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--work", type=Path, help="folder for pages and database (default: a new temporary one)")
    ap.add_argument("--dateparser-sample", type=int, default=1000, help="time dateparser over this many pages (0: skip)")
    ap.add_argument("--timeout", type=float, default=3600.0, help="give up on the cold ingest after this many seconds")
    a = ap.parse_args()
    work = a.work or Path(tempfile.mkdtemp(prefix="ingest-bench-"))
    started = time.perf_counter()
    paths, gold = generate(work / "corpus", a.docs, a.seed)
    size = sum(p.stat().st_size for p in paths)
    print(f"corpus: {len(paths):,} pages, {size / 1e6:.1f} MB, written in {time.perf_counter() - started:.1f} s ({work})")
    db = work / "bench.sqlite"
    for leftover in work.glob("bench.sqlite*"):
        leftover.unlink()
    hashing = read_and_hash(paths)
    pages_dir = str(work / "corpus" / "pages")

    cold = run([*APP, "ingest", "--db", str(db), pages_dir], progress=True, timeout=a.timeout)
    summary = (cold.stdout.strip().splitlines() or ["(no summary)"])[-1]
    finished = cold.returncode == 0 and "files read" in summary
    first, last = tenth_rates(cold.done_at, len(paths))
    print(f"cold ingest: {cold.wall:.1f} s, {len(paths) / cold.wall:.1f} pages/s, {size / 1e6 / cold.wall:.2f} MB/s, "
          f"CPU {cold.cores:.2f} cores, peak RSS {cold.peak_rss_mb:.0f} MB (process tree)")
    print(f"  {summary}" if finished else f"  did not finish (exit {cold.returncode}); reached "
          f"{max(cold.done_at, default=0):,} of {len(paths):,} pages")
    print(f"  first 10%: {first or 0:.1f} pages/s, last 10%: {last or 0:.1f} pages/s; "
          f"read+hash alone {hashing:.2f} s ({cold.wall / hashing:.0f}x less)")
    workers_cpu = max(cold.cpu - cold.main_cpu, 0.0)
    idle_wall = max(cold.main_cpu, cold.cpu / (os.cpu_count() or 1))
    print(f"  CPU: {cold.cpu:.1f} s in all, {cold.main_cpu:.1f} s in the main process (reading, storing, merging), "
          f"{workers_cpu:.1f} s in workers; on idle cores the wall time would be about {idle_wall:.0f} s "
          f"({len(paths) / idle_wall:.0f} pages/s)" if cold.main_cpu else "")
    figures: dict = {"cpu_s": round(cold.cpu, 1), "main_cpu_s": round(cold.main_cpu, 1),
                     "idle_estimate_pages_per_s": round(len(paths) / idle_wall, 1) if idle_wall else None,
                     "docs": len(paths), "mb": round(size / 1e6, 2), "finished": finished,
                     "cold_s": round(cold.wall, 2), "pages_per_s": round(len(paths) / cold.wall, 1),
                     "mb_per_s": round(size / 1e6 / cold.wall, 3), "cpu_cores": round(cold.cores, 2),
                     "peak_rss_mb": round(cold.peak_rss_mb), "first10_pages_per_s": round(first or 0, 1),
                     "last10_pages_per_s": round(last or 0, 1), "read_hash_s": round(hashing, 2),
                     "workers": os.environ.get("TIMELINE_APP_WORKERS", "auto")}
    if finished:
        again = run([*APP, "ingest", "--db", str(db), pages_dir])
        print(f"unchanged re-ingest: {again.wall:.2f} s  ({again.stdout.strip().splitlines()[-1]})")
        edited = edit_one_percent(paths, a.seed)
        redo = run([*APP, "ingest", "--db", str(db), pages_dir])
        print(f"{edited} pages edited (1%), re-ingest: {redo.wall:.2f} s  ({redo.stdout.strip().splitlines()[-1]})")
        idle = run([*APP, "--help"])
        print(f"  (each command includes {idle.wall:.2f} s of interpreter start and imports)")
        figures.update(unchanged_s=round(again.wall, 2), edited_s=round(redo.wall, 2), startup_s=round(idle.wall, 2))
        export = work / "export.json"
        out = run([*APP, "export", "--db", str(db), "--format", "json", "--output", str(export)])
        if out.returncode == 0 and SCORER.exists():
            scored = run([sys.executable, str(SCORER), str(export), str(gold), "--json"])
            result = json.loads(scored.stdout[:scored.stdout.rindex("}") + 1])
            keys = ("recall", "precision", "date_accuracy", "officials_f1", "delegations_f1", "traps", "duplicates")
            print("accuracy (score_events.py): " + ", ".join(f"{k} {result[k]:.3f}" if isinstance(result[k], float)
                                                              else f"{k} {result[k]}" for k in keys))
            figures.update({k: round(result[k], 4) for k in keys})
        else:
            print(f"accuracy: not scored ({'export failed' if out.returncode else f'no scorer at {SCORER}'})")
    if a.dateparser_sample:
        sample = paths[: a.dateparser_sample]
        try:
            wall, cpu = dateparser_time([p.read_text(encoding="utf-8") for p in sample])
        except ImportError:
            print("dateparser: not installed (pip install -e '.[bench]')")
        else:
            wall, cpu = wall * len(paths) / len(sample), cpu * len(paths) / len(sample)
            scaled = "" if len(sample) == len(paths) else f" (timed over {len(sample):,} pages, scaled)"
            print(f"dateparser.search_dates over the same texts: {wall:.1f} s, {cpu:.1f} s CPU{scaled}; ingest is "
                  f"{wall / cold.wall:.2f}x its speed in wall time, {cpu / cold.cpu:.2f}x in CPU time "
                  f"(ingest on idle cores, estimated: {wall and cpu / idle_wall:.2f}x)")
            figures.update(dateparser_s=round(wall, 1), dateparser_cpu_s=round(cpu, 1),
                           speed_vs_dateparser=round(wall / cold.wall, 2),
                           cpu_vs_dateparser=round(cpu / cold.cpu, 2),
                           idle_estimate_vs_dateparser=round(cpu / idle_wall, 2))
    load = os.getloadavg()
    print(f"load average at the end (1, 5, 15 min): {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f} "
          f"on {os.cpu_count()} cores (other work on the machine slows every figure above)")
    figures["load_avg_1m"] = round(load[0], 2)
    print(json.dumps(figures))
    return 0 if finished else 1
