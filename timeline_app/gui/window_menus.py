"""The window's menus, actions and shortcuts, and the small actions behind them."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from . import settings as keys
from .dialogs import show_message

SHORTCUTS_TEXT = """Timeline
  Left / Right      previous / next event (date order)
  Enter             show the selected event's details and source
  + / −             zoom in / out (also Ctrl+wheel, pinch)
  Home              fit all events          End   last event
  Page Up / Down    scroll in time          Up / Down   scroll lanes
  Wheel / drag      scroll in time (Shift+wheel: lanes)
  Escape            clear the selection

Window
  Ctrl+O            import documents        Ctrl+Shift+O  import a folder
  F5                refresh from the database
  Ctrl+1 … Ctrl+5   focus timeline, table, delegations, officials, source text
  Ctrl+F            search events (titles, people, places, quotes)
  Ctrl+R            reset all filters
  Ctrl+Shift+F / D  hide or show the filters / details panel
  Alt+P / Alt+N     previous / next source  Alt+G    open the original file
  Ctrl+E            export the timeline as PNG or SVG
"""


_FALLBACK_KEYS = {
    QKeySequence.StandardKey.Open: "Ctrl+O",
    QKeySequence.StandardKey.Quit: "Ctrl+Q",
    QKeySequence.StandardKey.Refresh: "F5",
    QKeySequence.StandardKey.Find: "Ctrl+F",
    QKeySequence.StandardKey.HelpContents: "F1",
}


class MenusMixin:
    """Part of `MainWindow`: File, View and Help menus."""

    def _action(self, text: str, name: str, slot, shortcut=None, tip: str = "") -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(text, self)
        action.setObjectName(name)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # platform shortcuts where the platform has them, the usual keys where it has none
            action.setShortcuts(QKeySequence.keyBindings(shortcut) or [QKeySequence(_FALLBACK_KEYS[shortcut])])
        elif isinstance(shortcut, (list, tuple)):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        elif shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _panel_action(self, text: str, name: str, panel, shortcut: str) -> QAction:  # type: ignore[no-untyped-def]
        """A checkable action showing or hiding a side panel: hidden, the timeline takes its width."""
        action = self._action(text, name, lambda _=False: None, shortcut, "Hide it to widen the timeline")
        action.setCheckable(True)
        action.setChecked(True)
        action.toggled.connect(panel.setVisible)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.action_import = self._action("&Import Documents…", "actionImport", self.choose_files,
                                          QKeySequence.StandardKey.Open, "Import saved news pages")
        self.action_import_folder = self._action("Import &Folder…", "actionImportFolder", self.choose_folder,
                                                 "Ctrl+Shift+O", "Import every page in a folder")
        self.action_export = self._action("&Export Timeline Image…", "actionExportImage", self.export_image,
                                          "Ctrl+E", "Save the timeline as PNG or SVG")
        self.action_quit = self._action("&Quit", "actionQuit", self.close, QKeySequence.StandardKey.Quit)
        file_menu.addActions([self.action_import, self.action_import_folder])
        file_menu.addSeparator()
        file_menu.addAction(self.action_export)
        file_menu.addSeparator()
        file_menu.addAction(self.action_quit)

        view_menu = bar.addMenu("&View")
        self.action_refresh = self._action("&Refresh", "actionRefresh", self.reload, QKeySequence.StandardKey.Refresh,
                                           "Read the database again")
        self.action_zoom_in = self._action("Zoom &In", "actionZoomIn", self.timeline.zoom_in, ["Ctrl++", "Ctrl+="])
        self.action_zoom_out = self._action("Zoom &Out", "actionZoomOut", self.timeline.zoom_out, "Ctrl+-")
        self.action_fit = self._action("&Fit All Events", "actionFitAll", self.timeline.fit_all, "Ctrl+0")
        self.action_zoom_filtered = self._action("&Zoom to Filtered", "actionZoomToFiltered", lambda _=False: None,
                                                 tip="Fit the view to the events shown after every filter change")
        self.action_zoom_filtered.setCheckable(True)
        self.action_zoom_filtered.setChecked(keys.read_str(self.settings, keys.ZOOM_TO_FILTERED) != "false")
        self.action_zoom_filtered.toggled.connect(
            lambda on: self.settings.setValue(keys.ZOOM_TO_FILTERED, "true" if on else "false"))
        self.action_reset = self._action("Reset &Filters", "actionResetFilters", self.filters.reset, "Ctrl+R")
        view_menu.addActions([self.action_refresh])
        view_menu.addSeparator()
        view_menu.addActions([self.action_zoom_in, self.action_zoom_out, self.action_fit, self.action_zoom_filtered])
        view_menu.addSeparator()
        self.action_show_filters = self._panel_action("Show &Filters Panel", "actionShowFilters", self.filters,
                                                      "Ctrl+Shift+F")
        self.action_show_details = self._panel_action("Show &Details Panel", "actionShowDetails", self.side_split,
                                                      "Ctrl+Shift+D")
        view_menu.addActions([self.action_show_filters, self.action_show_details])
        view_menu.addSeparator()
        view_menu.addAction(self.action_reset)
        view_menu.addSeparator()
        focus = view_menu.addMenu("&Go To")
        for n, (label, name, widget) in enumerate((
            ("&Timeline", "actionFocusTimeline", self.timeline),
            ("Event T&able", "actionFocusTable", self.table),
            ("&Delegation Filter", "actionFocusDelegations", self.filters.delegations.search),
            ("&Official Filter", "actionFocusOfficials", self.filters.officials.search),
            ("&Source Text", "actionFocusSource", self.source.text),
        ), 1):
            focus.addAction(self._action(label, name, lambda _=False, w=widget: w.setFocus(Qt.FocusReason.ShortcutFocusReason),
                                         f"Ctrl+{n}"))
        self.action_find = self._action("&Search Events", "actionFindEvents", self.focus_search,
                                        QKeySequence.StandardKey.Find,
                                        "Search titles, people, places and quotes")
        view_menu.insertAction(view_menu.actions()[0], self.action_find)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction(self._action("&Keyboard Shortcuts", "actionShortcuts", self.show_shortcuts,
                                         QKeySequence.StandardKey.HelpContents))
        help_menu.addAction(self._action("&About Timeline", "actionAbout", self.show_about))


    def export_image(self) -> None:
        from .render import render_scene_to_file

        start = str(Path(keys.read_str(self.settings, keys.LAST_IMPORT_DIR) or Path.home()) / "timeline.png")
        path, _ = QFileDialog.getSaveFileName(self, "Export timeline image", start, "PNG image (*.png);;SVG drawing (*.svg)")
        if path:
            try:
                render_scene_to_file(self.timeline.scene, path, int(self.timeline.width()), int(self.timeline.height()),
                                     self.timeline.palette())
                self.statusBar().showMessage(f"Saved {path}", 6000)
            except (OSError, ValueError) as exc:
                show_message(self, QMessageBox.Icon.Warning, "Export failed", str(exc))

    def show_shortcuts(self) -> None:
        box = show_message(self, QMessageBox.Icon.Information, "Keyboard shortcuts", SHORTCUTS_TEXT)
        box.setStyleSheet("QLabel { font-family: monospace; }")

    def show_about(self) -> None:
        show_message(self, QMessageBox.Icon.Information, "About Timeline",
                     "timeline-app: dated diplomatic visits and meetings found in saved news pages, "
                     "each linked to the sentences it came from.")

