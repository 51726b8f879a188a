"""Regenerate the curation screenshots in docs/ from the bundled seeds (offscreen, no display).

    python docs/curation_screenshots.py

* docs/curation-edit.png: the window with the "Edit event" dialog open on an undated event;
* docs/curation-hidden.png: the Hidden events list after hiding a false event;
* docs/curation-review.png: the Needs review list (low-confidence events nobody checked yet).

Dialogs are separate windows: each is drawn over the window's own picture, as a user sees it.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint, QSettings, Qt
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from timeline_app import cli
    from timeline_app.gui import build_main_window

    work = Path(tempfile.mkdtemp(prefix="timeline-shots-"))
    db = work / "seeds.sqlite"
    cli.main(["ingest", "--db", str(db), str(ROOT / "seeds")])
    window = build_main_window(str(db), settings=QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat))
    window.resize(1500, 860)
    window.show()
    app.processEvents()
    ui = window.curation

    def settle() -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and (ui.controller.pending or window._load_worker is not None):
            app.processEvents()
            time.sleep(0.02)
        app.processEvents()

    def save(name: str, dialog) -> None:  # type: ignore[no-untyped-def]
        picture = window.grab()
        painter = QPainter(picture)
        shot = dialog.grab()
        x, y = (picture.width() - shot.width()) // 2, (picture.height() - shot.height()) // 3
        bar = 28  # offscreen windows have no decoration: draw a plain title bar and frame
        painter.fillRect(x - 1, y - bar - 1, shot.width() + 2, shot.height() + bar + 2, QColor("#5a5a5a"))
        painter.fillRect(x, y - bar, shot.width(), bar, QColor("#e8e8e8"))
        painter.setPen(QColor("#202020"))
        painter.drawText(x + 10, y - bar, shot.width() - 20, bar, int(Qt.AlignmentFlag.AlignVCenter), dialog.windowTitle())
        painter.drawPixmap(QPoint(x, y), shot)
        painter.end()
        picture.save(str(DOCS / name))

    cols = window.index.cols
    undated = next(cols.ids[i] for i in range(len(cols)) if cols.dates[i] is None and cols.delegations[i])
    window.show_event(undated)
    app.processEvents()
    dialog = ui.edit_event()
    dialog.date.setText("2023-03-16")
    dialog.officials.entry.setText("Sergey Lav")
    app.processEvents()
    save("curation-edit.png", dialog)
    dialog.reject()

    false_event = next(cols.ids[i] for i in range(len(cols)) if "Lavrov" in cols.titles[i])
    window.show_event(false_event)
    ui.hide_selected()
    settle()
    ui.action_hidden_view.trigger()
    app.processEvents()
    save("curation-hidden.png", ui.hidden)
    ui.hidden.close()

    ui.action_review_view.trigger()
    app.processEvents()
    save("curation-review.png", ui.review)
    ui.review.close()
    window.close()
    print(f"wrote {', '.join(str(DOCS / n) for n in ('curation-edit.png', 'curation-hidden.png', 'curation-review.png'))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
