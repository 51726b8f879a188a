"""PDF output of the timeline through Qt's own QPdfWriter: vector shapes and real text.

A short range is one page, the same drawing as the PNG/SVG. A long range (more than
PAGE_BY_YEAR_ABOVE days of dated events) becomes one page per calendar year, each fitted to
its year, so a ten-year timeline stays readable when printed instead of shrinking to stubs.
The scene is the caller's (the window's own for File ▸ Export / Print): its view is restored.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPagedPaintDevice, QPainter, QPalette, QPdfWriter

from . import layout as L
from .timeline_scene import TimelineScene

PAGE_BY_YEAR_ABOVE = 2 * 366  # days
DPI = 96  # scene pixels are 1/96 inch on paper, as on a standard screen


def page_ranges(scene: TimelineScene) -> list[tuple[float, float, str]]:
    """(first day, day after the last, label) of each page: one page, or one per year."""
    t0, t1 = scene.data_range()
    if t1 - t0 <= PAGE_BY_YEAR_ABOVE:
        return [(t0, t1, "")]
    first, last = date.fromordinal(int(t0)).year, date.fromordinal(max(int(t1) - 1, int(t0))).year
    return [(float(date(y, 1, 1).toordinal()), float(date(y + 1, 1, 1).toordinal()), str(y)) for y in range(first, last + 1)]


def write_pdf(scene: TimelineScene, output: str, width: int, height: int, palette: QPalette,
              caption: str | None, top: float) -> int:
    """Write the PDF; returns the number of pages."""
    from .render import RenderError, _paint_page

    writer = QPdfWriter(output)
    writer.setResolution(DPI)
    writer.setTitle("Timeline")
    writer.setCreator("timeline-app")
    size = QPageSize(QSizeF(width * 72.0 / DPI, height * 72.0 / DPI), QPageSize.Unit.Point, "timeline")
    writer.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    return paint_pages(scene, writer, width, height, palette, caption, top, error=lambda: RenderError(f"{output}: cannot write the PDF file"),
                       paint=_paint_page)


def paint_pages(scene: TimelineScene, device: QPagedPaintDevice, width: int, height: int, palette: QPalette,
                caption: str | None, top: float, *, error, paint) -> int:  # type: ignore[no-untyped-def]
    """Paint every page on a paged device (a PDF writer or a printer), restoring the view."""
    saved_ts, saved_v, saved_interactive, saved_requests = scene.ts, scene.v_offset, scene.interactive, scene.text_requests
    scene.interactive = False  # paper cannot be clicked: no "click to zoom" in the key
    scene.text_requests = None  # paper cannot wait for labels: each page reads its own first
    ranges = page_ranges(scene)
    painter = QPainter()
    if not painter.begin(device):
        raise error()
    try:
        for n, (t0, t1, label) in enumerate(ranges):
            if n:
                device.newPage()
            if label:
                scene.ts = L.fit_scale(t0, t1, scene.time_width, margin=0.01)
                scene.v_offset = 0.0
            painter.save()
            paint(painter, scene, width, height, palette, f"{caption} — {label}" if caption and label else caption, top)
            painter.restore()
    finally:
        painter.end()
        scene.ts, scene.v_offset, scene.interactive, scene.text_requests = saved_ts, saved_v, saved_interactive, saved_requests
    return len(ranges)
