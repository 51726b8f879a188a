"""The window's compact columns kept on disk between opens of an unchanged database.

Opening a million events reads three aggregate scans (1.4-1.9 s of CPU, most of it SQLite
formatting numbers); reopening the same database reads a 50 MB file of the same arrays instead
(about 0.1 s). A cached copy is used only when the database is exactly as it was: its revision
(bumped by every write), the row count and top id of every table the columns come from, and the
size and modification time of the database file and its WAL all match what was recorded when
the copy was made, so a write by anything, even one that forgets the revision, means a fresh read.
Small databases (they open in a fraction of a second) and server databases are never cached.
A copy that cannot be read is ignored: the worst case is a fresh read.

No Qt here: plain data for any thread.
"""
from __future__ import annotations

import hashlib
import json
import os
import threading
import zipfile
from pathlib import Path

import numpy as np
from sqlalchemy import text

from .. import paths
from ..storage.db import Database
from ..storage.window_columns import WindowColumns
from ..storage.window_scans import scan_connection

FORMAT = 1
MIN_EVENTS = 50_000  # below this a fresh read takes well under half a second: not worth a file
_STATE = text(
    "SELECT (SELECT count(*) FROM events), (SELECT max(id) FROM events), (SELECT count(*) FROM participants), "
    "(SELECT max(id) FROM participants), (SELECT count(*) FROM mentions), (SELECT max(id) FROM mentions), "
    "(SELECT count(*) FROM actors), (SELECT max(id) FROM actors)")


def cache_file(db: Database) -> Path | None:
    """Where the copy of this database's columns lives (None: never cached)."""
    if db.path is None or db.engine.dialect.name != "sqlite":
        return None
    digest = hashlib.sha256(str(Path(db.path).resolve()).encode()).hexdigest()[:20]
    return paths.user_data_dir() / "window-cache" / f"{digest}.npz"


def database_state(db: Database, revision: int) -> tuple[str, int]:
    """(what the database is now, as a string to compare; its number of events)."""
    with scan_connection(db.engine) as conn:  # the counts read whole indexes: no page cache kept
        counts = [int(v or 0) for v in conn.execute(_STATE).one()]
    files = []
    for name, when in ((str(db.path), True), (f"{db.path}-wal", False)):  # a WAL is made anew by opening
        try:
            st = os.stat(name)
            files.append([name, st.st_size, st.st_mtime_ns if when else 0])
        except OSError:
            files.append([name, 0, 0])
    return json.dumps([FORMAT, revision, counts, files]), counts[0]


def load(file: Path, state: str) -> WindowColumns | None:
    """The cached columns if they were made from the database in `state`, else None."""
    try:
        with np.load(file, allow_pickle=False) as data:
            if str(data["state"]) != state:
                return None
            return WindowColumns(
                ids=data["ids"], start=data["start"], end=data["end"], types=data["types"],
                type_names=tuple(str(t) for t in data["type_names"]), status=data["status"], sources=data["sources"],
                delegations=_unpack(data, "delegations"), officials=_unpack(data, "officials"))
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        return None


_SAVES: list[threading.Thread] = []


def save_later(file: Path, state: str, columns: WindowColumns) -> threading.Thread:
    """Write the copy in the background (the window is already usable); never raises."""
    thread = threading.Thread(target=_save, args=(file, state, columns), name="window-cache", daemon=True)
    _SAVES[:] = [t for t in _SAVES if t.is_alive()] + [thread]
    thread.start()
    return thread


def wait_for_saves() -> None:
    """Until every copy being written is on disk (tests, benchmarks)."""
    for thread in list(_SAVES):
        thread.join()


def _save(file: Path, state: str, columns: WindowColumns) -> None:
    temporary = file.with_name(f"{file.stem}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        arrays = {"state": np.array(state), "ids": columns.ids, "start": columns.start, "end": columns.end,
                  "types": columns.types, "type_names": np.array(columns.type_names, dtype=str),
                  "status": columns.status, "sources": columns.sources}
        for name in ("delegations", "officials"):
            arrays.update(_pack(getattr(columns, name), name))
        with open(temporary, "wb") as out:
            np.savez(out, **arrays)
        os.replace(temporary, file)  # whole or not at all: a reader never sees half a file
    except (OSError, ValueError):
        try:
            temporary.unlink(missing_ok=True)
        except OSError:
            pass


def _pack(by_name: dict[str, np.ndarray], prefix: str) -> dict[str, np.ndarray]:
    names = list(by_name)
    return {f"{prefix}_names": np.array(names, dtype=str),
            f"{prefix}_lengths": np.array([len(by_name[n]) for n in names], dtype=np.int64),
            f"{prefix}_positions": np.concatenate([by_name[n] for n in names]) if names else np.zeros(0, np.int64)}


def _unpack(data, prefix: str) -> dict[str, np.ndarray]:  # type: ignore[no-untyped-def]
    names = [str(n) for n in data[f"{prefix}_names"]]
    lengths = data[f"{prefix}_lengths"]
    positions = data[f"{prefix}_positions"]
    if len(names) != len(lengths) or int(lengths.sum()) != len(positions):
        raise ValueError("inconsistent cache")
    return dict(zip(names, np.split(positions, np.cumsum(lengths)[:-1]) if names else []))
