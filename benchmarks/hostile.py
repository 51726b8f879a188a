"""Pathological single pages at two sizes: does time grow linearly with size?

    python -m benchmarks hostile [--timeout 120] [--scale 1.0] [--only headline,chronology,...]

Each page is ingested by a real `timeline-app ingest` into a fresh SQLite file (extraction,
storage and merge all count). The time of ingesting a one-line page is subtracted (interpreter
start, imports), then the growth ratio time(2x size) / time(x) is printed; the goal is at most
2.2. A run that exceeds --timeout is killed and reported as "timeout", never waited for.
Shapes (issue 12): headline-like lines, a chronology page of dated meetings, 20 MB of "Mr. ",
a 2 MB page on one line.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from .measure import run

APP = [sys.executable, "-m", "timeline_app"]
MOVEMENTS = ("Hamas", "Fatah", "Palestinian Islamic Jihad", "Taliban", "Houthis", "PFLP")
PEOPLE = ("Mikhail Bogdanov", "Sergey Lavrov", "Ali Bagheri Kani", "Hakan Fidan", "Ayman Safadi")
CITIES = ("Moscow", "Cairo", "Doha", "Ankara", "Tehran", "Beijing", "Algiers")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")


def headline_lines(size: int, rng: random.Random) -> str:
    """Short capitalised lines without full stops, like a page that is all headlines."""
    lines, total = [], 0
    while total < size:
        line = (f"{rng.choice(MOVEMENTS)} Delegation Meets {rng.choice(PEOPLE)} In {rng.choice(CITIES)} "
                f"As Talks Resume {rng.randrange(1000)}")
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines) + "\n"


def chronology(meetings: int, rng: random.Random) -> str:
    """A timeline page: one dated meeting per paragraph."""
    out = ["Chronology of contacts", "", "Published 12 March 2024", ""]
    for i in range(meetings):
        year, month, day = 1995 + i * 29 // max(meetings, 1), rng.randrange(12), rng.randrange(1, 28)
        out.append(f"On {day} {MONTHS[month]} {year}, a {rng.choice(MOVEMENTS)} delegation met "
                   f"{rng.choice(PEOPLE)} in {rng.choice(CITIES)} to discuss the situation.")
        out.append("")
    return "\n".join(out)


def mr(size: int, rng: random.Random) -> str:
    return "Mr. " * (size // 4)


def one_line(size: int, rng: random.Random) -> str:
    """A page whose line breaks were lost: ordinary sentences, no newline."""
    parts, total = [], 0
    while total < size:
        s = (f"A {rng.choice(MOVEMENTS)} delegation held talks with {rng.choice(PEOPLE)} in "
             f"{rng.choice(CITIES)} on Monday, the ministry said. ")
        parts.append(s)
        total += len(s)
    return "".join(parts)


SHAPES: dict[str, tuple[Callable[[int, random.Random], str], int, str]] = {
    # name: (generator, base size at --scale 1, unit)
    "headline": (headline_lines, 100_000, "bytes"),
    "chronology": (chronology, 250, "meetings"),
    "mr": (mr, 10_000_000, "bytes"),
    "one-line": (one_line, 1_000_000, "bytes"),
}


def ingest_seconds(page: Path, work: Path, timeout: float) -> tuple[float | None, float]:
    db = work / f"{page.stem}.sqlite"
    result = run([*APP, "ingest", "--db", str(db), str(page)], timeout=timeout)
    for leftover in work.glob(f"{page.stem}.sqlite*"):
        leftover.unlink()
    return (None if result.timed_out else result.wall), result.peak_rss_mb


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per run before it is killed")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply the base sizes")
    ap.add_argument("--only", default=",".join(SHAPES), help="comma-separated shapes: " + ", ".join(SHAPES))
    a = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="hostile-bench-"))
    rng = random.Random(3)
    base_page = work / "base.txt"
    base_page.write_text("Talks in Moscow\n\nThe Hamas delegation met Mikhail Bogdanov in Moscow on Thursday.\n")
    base, _ = ingest_seconds(base_page, work, a.timeout)
    base = base or 0.0
    print(f"one-line page (start-up, subtracted below): {base:.2f} s")
    figures: dict[str, dict] = {}
    for name in a.only.split(","):
        make, size, unit = SHAPES[name]
        size = int(size * a.scale)
        times: list[float | None] = []
        line = f"{name:11s}"
        for n in (size, 2 * size):
            page = work / f"{name}-{n}.txt"
            page.write_text(make(n, rng), encoding="utf-8")
            seconds, rss = ingest_seconds(page, work, a.timeout)
            mb = page.stat().st_size / 1e6
            page.unlink()
            times.append(None if seconds is None else max(seconds - base, 0.01))
            shown = "timeout" if seconds is None else f"{times[-1]:7.2f} s"
            line += f"  {n:>10,} {unit} ({mb:5.1f} MB): {shown:>9s}, {rss:4.0f} MB RSS"
            if seconds is None:
                break
        ratio = times[1] / times[0] if len(times) == 2 and None not in times else None
        verdict = "timeout" if None in times else ("ok" if ratio <= 2.2 else "SUPERLINEAR")
        print(f"{line}   x2 size -> x{ratio:.2f} time ({verdict})" if ratio else f"{line}   ({verdict})", flush=True)
        figures[name] = {"sizes": [size, 2 * size], "unit": unit, "seconds": [None if t is None else round(t, 2) for t in times],
                         "ratio": round(ratio, 2) if ratio else None, "verdict": verdict}
    print(json.dumps({"timeout_s": a.timeout, "startup_s": round(base, 2), "shapes": figures}))
    return 0
