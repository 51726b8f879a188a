"""Where the app finds its bundled data and keeps the user's database.

`resources/` and `seeds/` sit at the top of the source tree (the design card wants them visible
there) and are installed into the wheel as `timeline_app/resources` and `timeline_app/seeds`.
An editable install does not map those folders, so we fall back to the source tree.
"""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

APP_NAME = "timeline-app"
DB_ENV_VAR = "TIMELINE_APP_DB"
DEFAULT_DB_FILENAME = "timeline.sqlite"


def _bundled_dir(folder: str) -> Path:
    """`timeline_app/<folder>` in an installed wheel, else `<folder>` at the top of the source tree."""
    package = Path(__file__).resolve().parent
    installed = package / folder
    if installed.is_dir():
        return installed
    return package.parent / folder


@lru_cache(maxsize=None)
def resources_dir() -> Path:
    """Folder of the knowledge files (actors, places, triggers, boilerplate markers)."""
    return _bundled_dir("resources")


@lru_cache(maxsize=None)
def seeds_dir() -> Path:
    """Folder of the seed documents ingested into a new default database."""
    return _bundled_dir("seeds")


def user_data_dir() -> Path:
    from platformdirs import user_data_dir as _user_data_dir

    return Path(_user_data_dir(APP_NAME, appauthor=False))


def default_db_path() -> Path:
    return user_data_dir() / DEFAULT_DB_FILENAME


def configured_db() -> str | None:
    """The database named by the environment, if any (same meaning as --db)."""
    value = os.environ.get(DB_ENV_VAR, "").strip()
    return value or None
