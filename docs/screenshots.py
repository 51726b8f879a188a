"""Regenerate the screenshots in docs/ from the bundled seeds (offscreen, no display needed).

    python docs/screenshots.py

* docs/timeline.png: `timeline-app render` of the seeds timeline;
* docs/first-view.png: the window on the seeds as it first opens;
* docs/filtered.png: the window, filtered to one delegation and one official;
* docs/event-source.png: the window with an event selected and its evidence highlighted;
* docs/overview-240.png, docs/overview-3000.png: synthetic databases at "fit all" (markers and
  small clusters; density strips);
* docs/details-five-officials.png: the details panel of an event with five officials.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT / "tests" / "gui"))  # synthetic_data: the test suite's database builders


def settle(app, window) -> None:  # type: ignore[no-untyped-def]
    for _ in range(3):
        app.processEvents()


def synthetic_shots(app, work: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from synthetic_data import FIVE_OFFICIALS, EventSpec, bulk_fill, make_db
    from timeline_app.gui import build_main_window

    for n in (240, 3000):
        db = work / f"bulk{n}.sqlite"
        bulk_fill(db, n, documents=100).close()
        window = build_main_window(str(db), settings=QSettings(str(work / f"s{n}.ini"), QSettings.Format.IniFormat))
        window.resize(1600, 900)
        window.show()
        settle(app, window)
        window.timeline.fit_all()
        settle(app, window)
        window.grab().save(str(DOCS / f"overview-{n}.png"))
        window.close()

    db = make_db(work / "five.sqlite", [
        EventSpec("Bogdanov and Lavrov received a Hamas delegation led by Haniyeh in Moscow on 3 March 2023.",
                  "2023-03-03", delegations=["Hamas"], hosts=FIVE_OFFICIALS[:2], members=FIVE_OFFICIALS[2:], documents=6),
    ], work / "five-docs")
    window = build_main_window(str(db), settings=QSettings(str(work / "five.ini"), QSettings.Format.IniFormat))
    window.resize(1600, 900)
    window.show()
    settle(app, window)
    window.show_event(window.timeline.visible_event_ids()[0])
    settle(app, window)
    window.side_split.grab().save(str(DOCS / "details-five-officials.png"))
    window.close()


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])  # before render, which would make a QGuiApplication
    from timeline_app import cli

    work = Path(tempfile.mkdtemp(prefix="timeline-shots-"))
    db = work / "seeds.sqlite"
    cli.main(["ingest", "--db", str(db), str(ROOT / "seeds")])
    cli.main(["render", "--db", str(db), "-o", str(DOCS / "timeline.png"), "--width", "1600", "--height", "420"])

    from timeline_app.gui import build_main_window

    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(str(db), settings=settings)
    window.resize(1600, 900)
    window.show()
    settle(app, window)
    window.grab().save(str(DOCS / "first-view.png"))
    index = window.index
    assert index is not None and index.size, "the seeds gave no events: is the extractor in place?"

    window.filters.delegations.only("Hamas")
    if "Mikhail Bogdanov" in index.officials:
        window.filters.officials.only("Mikhail Bogdanov")
    settle(app, window)
    window.grab().save(str(DOCS / "filtered.png"))

    window.filters.reset()
    window.timeline.fit_all()
    dated = [i for i in window.timeline.visible_event_ids() if index.cols.dates[index.id_to_index[i]]]
    target = next((i for i in dated if index.cols.source_counts[index.id_to_index[i]] > 1), dated[0])
    window.timeline.event_rect(target)  # scrolls and zooms it into view, as a click would need
    window.show_event(target)
    app.processEvents()
    window.grab().save(str(DOCS / "event-source.png"))
    window.close()
    synthetic_shots(app, work)
    print(f"wrote the screenshots in {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
