"""What the window remembers between sessions (QSettings, INI format).

By default the file is `settings.ini` in the app's user data folder (beside the default
database), so tests that isolate that folder isolate the settings too; pass a QSettings to
`build_main_window(settings=...)` to put them elsewhere. Filters are stored by name, so they
survive re-imports; see `FacetList.snapshot` for how names that appear later are treated.
"""
from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QSettings

from .. import paths

GEOMETRY = "window/geometry"
STATE = "window/state"
SPLITTERS = "window/splitters"
VIEW = "timeline/view"  # json: {"center": day, "scale": px per day}
FILTERS = "filters/state"  # json of FilterPanel.snapshot()
TABLE_SORT = "table/sort"  # json: [column, order]
LAST_IMPORT_DIR = "import/last_folder"
PANELS = "window/panels"  # json: {"filters": bool, "details": bool}
ZOOM_TO_FILTERED = "timeline/zoom_to_filtered"  # "true" (default) / "false"


def default_settings() -> QSettings:
    folder = paths.user_data_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def read_bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, (bytes, bytearray)) and value:
        return QByteArray(bytes(value))
    return None


def read_json(settings: QSettings, key: str, default=None):  # type: ignore[no-untyped-def]
    value = settings.value(key)
    if not isinstance(value, str) or not value:
        return default
    try:
        return json.loads(value)
    except ValueError:
        return default


def write_json(settings: QSettings, key: str, value) -> None:  # type: ignore[no-untyped-def]
    settings.setValue(key, json.dumps(value, ensure_ascii=False))


def read_str(settings: QSettings, key: str) -> str | None:
    value = settings.value(key)
    return value if isinstance(value, str) and value else None
