"""Regenerate the screenshots in docs/ from the bundled seeds (offscreen, no display needed).

    python docs/screenshots.py

* docs/timeline.png: `timeline-app render` of the seeds timeline;
* docs/filtered.png: the window, filtered to one delegation and one official;
* docs/event-source.png: the window with an event selected and its evidence highlighted.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


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
    app.processEvents()
    index = window.index
    assert index is not None and index.size, "the seeds gave no events: is the extractor in place?"

    window.filters.delegations.only("Hamas")
    if "Mikhail Bogdanov" in index.officials:
        window.filters.officials.only("Mikhail Bogdanov")
    window.timeline.fit_all()
    app.processEvents()
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
    print(f"wrote {DOCS / 'timeline.png'}, {DOCS / 'filtered.png'}, {DOCS / 'event-source.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
