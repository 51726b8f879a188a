"""What the window restores and saves between sessions (see `settings.py` for the keys)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from . import settings as keys


class SettingsMixin:
    """Part of `MainWindow`: geometry, splitters, view, filters and sort order."""

    def _restore_settings(self) -> None:
        s = self.settings
        geometry = keys.read_bytes(s, keys.GEOMETRY)
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = keys.read_bytes(s, keys.STATE)
        if state is not None:
            self.restoreState(state)
        splitters = keys.read_json(s, keys.SPLITTERS, {})
        if isinstance(splitters, dict):
            for split in (self.main_split, self.center_split, self.side_split):
                sizes = splitters.get(split.objectName())
                if isinstance(sizes, list) and len(sizes) == split.count() and all(isinstance(v, int) for v in sizes):
                    split.setSizes(sizes)
        panels = keys.read_json(s, keys.PANELS, {})
        if isinstance(panels, dict):
            self.action_show_filters.setChecked(panels.get("filters") is not False)
            self.action_show_details.setChecked(panels.get("details") is not False)
        view = keys.read_json(s, keys.VIEW)
        if isinstance(view, dict) and self.index is not None:
            try:
                self.timeline.set_view_state(float(view["center"]), float(view["scale"]))
            except (KeyError, TypeError, ValueError):
                pass
        sort = keys.read_json(s, keys.TABLE_SORT)
        if isinstance(sort, list) and len(sort) == 2:
            try:
                self.table.sortByColumn(int(sort[0]), Qt.SortOrder(int(sort[1])))
            except ValueError:
                pass

    def save_settings(self) -> None:
        s = self.settings
        s.setValue(keys.GEOMETRY, self.saveGeometry())
        s.setValue(keys.STATE, self.saveState())
        keys.write_json(s, keys.SPLITTERS, {split.objectName(): split.sizes()
                                            for split in (self.main_split, self.center_split, self.side_split)})
        keys.write_json(s, keys.PANELS, {"filters": self.action_show_filters.isChecked(),
                                         "details": self.action_show_details.isChecked()})
        self._save_view()
        self._save_filters()
        keys.write_json(s, keys.TABLE_SORT, [self.table_model.sort_column, self.table_model.sort_order.value])
        s.sync()

    def _save_filters(self) -> None:
        self._filters_timer.stop()
        if self.index is not None:
            keys.write_json(self.settings, keys.FILTERS, self.filters.snapshot())

    def _schedule_save_view(self) -> None:
        self._view_timer.start()

    def _save_view(self) -> None:
        if self.index is not None:
            center, scale = self.timeline.view_state()
            keys.write_json(self.settings, keys.VIEW, {"center": center, "scale": scale})

