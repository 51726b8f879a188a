"""Draw the timeline without a window: PNG through QImage, SVG through QSvgGenerator, PDF
through QPdfWriter (render_pdf).

`timeline-app render` uses the very scene the window paints (`TimelineScene`), fitted to all
filtered events, plus a one-line caption. It needs a QGuiApplication, which the command line
creates on the offscreen platform when there is no display.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPalette

from ..storage.db import Database
from .event_index import EventIndex, FilterState
from .timeline_scene import TimelineScene
from .workers import load_index

CAPTION_H = 30.0
FORMATS = (".png", ".svg", ".pdf")


class RenderError(ValueError):
    """A render request that cannot be honoured (unknown name, bad format); one line for users."""


@dataclass(frozen=True)
class RenderRequest:
    output: str
    width: int = 1600
    height: int = 900
    delegations: tuple[str, ...] = ()
    officials: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    dark: bool = False


def ensure_gui_application() -> QGuiApplication:
    """The running application, or a new one (offscreen when there is no display)."""
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if not os.environ.get("QT_QPA_PLATFORM") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or sys.platform in ("win32", "darwin")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(sys.argv[:1])


def filter_state(db: Database, request: RenderRequest) -> FilterState:
    """The filters a render asks for, resolved as `export` and `events list` resolve them (any
    spelling or alias, partial dates, --from not after --to): one mechanism, one meaning."""
    from ..storage.event_filter import EventFilter, FilterError

    asked = EventFilter(delegations=request.delegations, officials=request.officials,
                        date_from=request.date_from, date_to=request.date_to)
    try:
        with db.session() as session:
            found = asked.resolved(session)
    except FilterError as exc:
        raise RenderError(str(exc)) from None
    return FilterState(
        delegations=frozenset(found.delegations) if request.delegations else None,
        officials=frozenset(found.officials) if request.officials else None,
        date_from=found.first_day.toordinal() if found.first_day else None,
        date_to=found.last_day.toordinal() if found.last_day else None,
    )


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, "#2b2b2e"), (QPalette.ColorRole.Base, "#1e1e20"),
        (QPalette.ColorRole.AlternateBase, "#26262a"), (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"), (QPalette.ColorRole.Highlight, "#3d7bd9"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.Mid, "#555555"),
    ):
        palette.setColor(role, QColor(color))
    return palette


def render_timeline(db_url: str, request: RenderRequest) -> str:
    """Render the database's timeline to `request.output`; returns a one-line summary."""
    suffix = Path(request.output).suffix.lower()
    if suffix not in FORMATS:
        raise RenderError(f"{request.output}: output must end in .png, .svg or .pdf")
    if request.width < 200 or request.height < 120:
        raise RenderError("the image must be at least 200×120 pixels")
    ensure_gui_application()
    db = Database(db_url, writer=False, create=False)
    try:
        state = filter_state(db, request)  # a bad name or date is refused before anything loads
        index = load_index(db).index
    finally:
        db.close()
    palette = dark_palette() if request.dark else QGuiApplication.palette()
    scene = TimelineScene(QGuiApplication.font())
    scene.set_index(index, state)
    scene.resize(request.width, request.height - CAPTION_H)
    scene.fit_all()
    shown = scene.mask.bit_count()
    caption = _caption(index, state, shown)
    render_scene_to_file(scene, request.output, request.width, request.height, palette, caption)
    return f"{request.output}: {shown:,} of {index.size:,} events, {len(scene.lanes)} lanes"


def _caption(index: EventIndex, state: FilterState, shown: int) -> str:
    parts = [f"{shown:,} of {index.size:,} events"]
    if state.delegations is not None:
        parts.append("delegations: " + ", ".join(sorted(state.delegations)))
    if state.officials is not None:
        parts.append("officials: " + ", ".join(sorted(state.officials)))
    if state.date_from is not None or state.date_to is not None:
        a = date.fromordinal(state.date_from).isoformat() if state.date_from else "…"
        b = date.fromordinal(state.date_to).isoformat() if state.date_to else "…"
        parts.append(f"{a} to {b}")
    return "Timeline of diplomatic visits and meetings — " + " · ".join(parts)


def render_scene_to_file(
    scene: TimelineScene, output: str, width: int, height: int, palette: QPalette, caption: str | None = None
) -> None:
    """Paint `scene` (as it is now) into a PNG or SVG file, with an optional caption line.

    The scene may be the window's own (File ▸ Export): its size and caches are restored after.
    """
    suffix = Path(output).suffix.lower()
    if suffix not in FORMATS:
        raise RenderError(f"{output}: output must end in .png, .svg or .pdf")
    top = CAPTION_H if caption else 0.0
    saved = (scene.width, scene.height, scene.use_sprites, scene.interactive, scene.text_requests)
    scene.resize(width, height - top)
    scene.use_sprites = suffix == ".png"  # SVG stays vector: shapes and text, no bitmaps
    scene.interactive = False  # no "click to zoom" in a picture
    scene.text_requests = None  # a picture cannot wait for labels: read them before painting
    try:
        if suffix == ".pdf":  # vector, one page or one per year (render_pdf)
            from .render_pdf import write_pdf

            write_pdf(scene, output, width, height, palette, caption, top)
        elif suffix == ".svg":
            _write_svg(scene, output, width, height, palette, caption, top)
        else:
            _write_png(scene, output, width, height, palette, caption, top)
    finally:
        scene.resize(saved[0], saved[1])
        scene.use_sprites, scene.interactive, scene.text_requests = saved[2], saved[3], saved[4]


def _paint_page(painter: QPainter, scene: TimelineScene, width: int, height: int, palette: QPalette,
                caption: str | None, top: float) -> None:
    painter.fillRect(QRectF(0, 0, width, height), palette.color(QPalette.ColorRole.Window))
    if caption:
        font = QFont(scene.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(QRectF(10, 0, width - 20, top), int(Qt.AlignmentFlag.AlignVCenter), caption)
    painter.translate(0, top)
    scene.paint(painter, palette)


def _write_svg(scene: TimelineScene, output: str, width: int, height: int, palette: QPalette,
               caption: str | None, top: float) -> None:
    from PySide6.QtSvg import QSvgGenerator

    generator = QSvgGenerator()
    generator.setFileName(output)
    generator.setSize(QSize(width, height))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle("Timeline")
    generator.setDescription(caption or "timeline-app")
    painter = QPainter()
    if not painter.begin(generator):
        raise RenderError(f"{output}: cannot write the SVG file")
    try:
        _paint_page(painter, scene, width, height, palette, caption, top)
    finally:
        painter.end()


def _write_png(scene: TimelineScene, output: str, width: int, height: int, palette: QPalette,
               caption: str | None, top: float) -> None:
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(palette.color(QPalette.ColorRole.Window))
    painter = QPainter(image)
    try:
        _paint_page(painter, scene, width, height, palette, caption, top)
    finally:
        painter.end()
    if not image.save(output, "PNG"):
        raise RenderError(f"{output}: cannot write the PNG file")
