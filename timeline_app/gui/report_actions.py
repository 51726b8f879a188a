"""File ▸ Export Timeline as PDF… and File ▸ Print…: the window's current view and filters, the
same drawing as `timeline-app render` (render_pdf pages it by year for long ranges).

Installed on a main window by one call (`install_report_actions`), like the curation menu, so
main_window.py does not have to change for it. Dialogs open without blocking.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QPageLayout
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .dialogs import show_message
from .render import RenderError, _paint_page
from .render_pdf import paint_pages, write_pdf


class ReportActions(QObject):
    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.printer: QPrinter | None = None
        self.print_dialog: QPrintDialog | None = None
        self.action_pdf = QAction("Export Timeline as &PDF…", window)
        self.action_pdf.setObjectName("actionExportPdf")
        self.action_pdf.triggered.connect(self.choose_pdf)
        self.action_print = QAction("&Print…", window)
        self.action_print.setObjectName("actionPrint")
        self.action_print.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.action_print.triggered.connect(self.choose_printer)
        window.addActions([self.action_pdf, self.action_print])
        file_menu = next((a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "File"), None)
        if file_menu is not None:
            before = next((a for a in file_menu.actions() if a.objectName() == "actionQuit"), None)
            file_menu.insertActions(before, [self.action_pdf, self.action_print]) if before else file_menu.addActions(
                [self.action_pdf, self.action_print])
            if before is not None:
                file_menu.insertSeparator(before)

    def _size(self) -> tuple[int, int]:
        view = self.window.timeline
        return max(int(view.width()), 200), max(int(view.height()), 120)

    def choose_pdf(self) -> None:
        start = str(Path.home() / "timeline.pdf")
        path, _ = QFileDialog.getSaveFileName(self.window, "Export timeline as PDF", start, "PDF document (*.pdf)")
        if path:
            self.export_pdf(path if path.lower().endswith(".pdf") else path + ".pdf")

    def export_pdf(self, path: str) -> int:
        """Write the timeline as the window shows it (filters, lanes) to a PDF; returns pages."""
        width, height = self._size()
        view = self.window.timeline
        try:
            pages = write_pdf(view.scene, path, width, height, view.palette(), None, 0.0)
        except (OSError, RenderError) as exc:
            show_message(self.window, QMessageBox.Icon.Warning, "Export failed", str(exc))
            return 0
        self.window.statusBar().showMessage(f"Saved {path} ({pages} page{'s' if pages != 1 else ''})", 6000)
        return pages

    def choose_printer(self) -> None:
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        self.print_dialog = QPrintDialog(self.printer, self.window)
        self.print_dialog.accepted.connect(lambda: self.print_to(self.printer))
        self.print_dialog.open()

    def print_to(self, printer: QPrinter) -> int:
        """The same pages as the PDF, each scaled to the printer's page; returns pages."""
        width, height = self._size()
        view = self.window.timeline
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        scale = min(page.width() / width, page.height() / height)

        def paint(painter, scene, w, h, palette, caption, top):  # type: ignore[no-untyped-def]
            painter.scale(scale, scale)
            _paint_page(painter, scene, w, h, palette, caption, top)

        return paint_pages(view.scene, printer, width, height, view.palette(), None, 0.0,
                           error=lambda: RenderError("cannot print: the printer is not ready"), paint=paint)


def install_report_actions(window: Any) -> ReportActions:
    actions = ReportActions(window)
    window.report_actions = actions
    return actions
