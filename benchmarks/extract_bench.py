"""Extraction speed per realistic article, and on hostile shapes that must stay linear.

Run: python benchmarks/extract_bench.py [--hostile]
Prints one line per measurement and a JSON summary as the last line.
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from timeline_app.ingest.extract import extract_document

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "seeds", ROOT.parent / "shared" / "corpus" / "dev", ROOT / "tests" / "data" / "heldout",
           ROOT / "tests" / "data" / "blind2"]


def articles() -> list[str]:
    """Every test article of 300-600 words: the size of a real news report."""
    texts = [p.read_text(encoding="utf-8") for folder in FOLDERS if folder.is_dir() for p in sorted(folder.glob("*.txt"))]
    return [t for t in texts if 300 <= len(t.split()) <= 600]


def per_article_ms(texts: list[str], rounds: int = 5) -> float:
    extract_document(texts[0])  # load the knowledge once
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for t in texts:
            extract_document(t)
        best = min(best, (time.perf_counter() - t0) / len(texts) * 1000)
    return best


MONTHS = "January February March April May June July August September October November December".split()
FIRST = "Ahmad Karim Yusuf Omar Samir Nabil Walid Tariq Fadi Hassan Majid Rami".split()
LAST = "Haddad Nasser Khalil Mansour Saleh Darwish Azzam Qasim Barakat Hamdan Jaber Sabbagh Zaid Awad Rahal".split()


def chronology(n: int) -> str:
    """A chronology page: n dated meetings, each with other people (every line distinct)."""
    paras = []
    for i in range(n):
        day = f"{1 + i % 28} {MONTHS[(i // 28) % 12]} {1990 + i // 336}"
        a, b = f"{FIRST[i % 12]} {LAST[(i // 12) % 15]}", f"{FIRST[(i + 5) % 12]} {LAST[(i // 7) % 15]}"
        paras.append(f"On {day}, Hamas official {a} met Egyptian intelligence officer {b} in Cairo.")
    return "Chronology of meetings\n\nFriday 5-February-2021\n\n" + "\n\n".join(paras) + "\n"


def hostile() -> dict[str, float]:
    """Seconds per shape; each should grow linearly with its size."""
    shapes = {
        "headline_lines_0.4MB": "\n".join("Hamas Delegation Meets Egyptian Officials In Cairo Today" for _ in range(7000)),
        "headline_lines_0.8MB": "\n".join("Hamas Delegation Meets Egyptian Officials In Cairo Today" for _ in range(14000)),
        "chronology_500": chronology(500),
        "chronology_3000": chronology(3000),
        "mr_5MB": "Mr. " * 1_250_000,
        "mr_20MB": "Mr. " * 5_000_000,
    }
    out = {}
    for name, text in shapes.items():
        t0 = time.perf_counter()
        extract_document(text)
        out[name] = round(time.perf_counter() - t0, 2)
        print(f"{name}: {out[name]} s", flush=True)
    return out


if __name__ == "__main__":
    texts = articles()
    ms = per_article_ms(texts)
    print(f"{len(texts)} articles of 300-600 words: {ms:.1f} ms each")
    summary: dict[str, object] = {"articles": len(texts), "ms_per_article": round(ms, 1)}
    if "--hostile" in sys.argv:
        summary["hostile_s"] = hostile()
    print(json.dumps(summary))
