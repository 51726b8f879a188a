"""Corpora saved as browser pages score as well as the same articles as text.

Each article of ../shared/corpus/dev and of the two in-repo held-out sets is wrapped into a
realistic saved page (nav bar with the site's own date in a <time>, figure, related list,
footer; make_pages.wrap_text), saved as
HTML and MHTML and printed to PDF by Chromium, ingested with `timeline-app ingest` and scored
with ../shared/tools/score_events.py. Skips when ../shared is absent (PDF: when Chromium is).
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "tools" / "score_events.py"

spec = importlib.util.spec_from_file_location("make_pages", ROOT / "tests" / "data" / "pages" / "make_pages.py")
assert spec and spec.loader
make_pages = importlib.util.module_from_spec(spec)
spec.loader.exec_module(make_pages)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (CORPUS / "gold.json").is_file() or not SCORER.is_file(), reason="../shared corpus and scorer not present"),
]


@pytest.mark.parametrize("corpus", [CORPUS, ROOT / "tests" / "data" / "heldout", ROOT / "tests" / "data" / "blind2"],
                         ids=["dev", "heldout", "blind2"])
def test_corpus_as_saved_pages_scores_like_text(tmp_path: Path, corpus: Path) -> None:
    formats = ("txt", "html", "mhtml") + (("pdf",) if make_pages.chromium() else ())
    scores = make_pages.score_formats(corpus, tmp_path, SCORER, formats)
    for fmt, score in scores.items():
        print(fmt, {k: score[k] for k in ("recall", "precision", "date_accuracy", "traps", "duplicates")})
    text = scores["txt"]
    for fmt in formats[1:]:
        score = scores[fmt]
        assert score["traps"] == 0, (fmt, score["trap_hits"])
        assert score["duplicates"] <= text["duplicates"], (fmt, score["duplicates"])
        for key in ("recall", "precision", "date_accuracy"):
            assert score[key] >= text[key] - 0.05, (fmt, key, score[key], text[key], score["misses"], score["unpaired_exported"])
