"""The text fields of events (titles, dates as written, places, names), read for the events the
window shows, a page at a time, and kept (`PagedEvents`); plus the sequence views the widgets
read them through (`cols.titles[i]`). The compact columns of every event are `window_columns`.

No Qt here: plain data for any thread.
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from ..domain import EventRow, Official, OfficialRow

@dataclass(frozen=True)
class EventDetails:
    """The text fields of one event: read only for the events on screen or in a page of the table."""

    title: str = ""
    date: str | None = None
    precision: str = "unknown"
    basis: str = "unknown"
    location: str | None = None
    confidence: float = 0.0
    delegations: tuple[str, ...] = ()
    officials: tuple[Official, ...] = ()


MISSING = EventDetails(title="(no longer in the database)")


_DETAILS = text("SELECT id, title, date, precision, basis, location, confidence FROM events WHERE id IN :ids") \
    .bindparams(bindparam("ids", expanding=True))
_PEOPLE = text(
    "SELECT p.event_id, a.name, a.kind, p.role, p.title, o.name FROM participants p JOIN actors a ON a.id = p.actor_id "
    "LEFT JOIN actors o ON o.id = p.organization_id WHERE p.event_id IN :ids ORDER BY p.id"
).bindparams(bindparam("ids", expanding=True))


def load_event_details(session: Session, ids: Sequence[int]) -> dict[int, EventDetails]:
    """Titles, dates, places and names of the given events: two indexed queries per 900 events
    (Core statements: the ORM's per-query overhead would be most of the cost of a page)."""
    out: dict[int, EventDetails] = {}
    wanted = sorted(set(int(i) for i in ids))
    conn = session.connection()
    for k in range(0, len(wanted), 900):  # SQLite's bound-parameter limit
        chunk = wanted[k:k + 900]
        dels: dict[int, list[str]] = {}
        offs: dict[int, list[Official]] = {}
        for event_id, name, kind, role, title, organization in conn.execute(_PEOPLE, {"ids": chunk}):
            if kind == "person":
                offs.setdefault(event_id, []).append((name, organization, title))
            elif role == "delegation":
                dels.setdefault(event_id, []).append(name)
        for event_id, title, value, precision, basis, location, conf in conn.execute(_DETAILS, {"ids": chunk}):
            out[event_id] = EventDetails(title or "", value, precision or "unknown", basis or "unknown", location,
                                         float(conf or 0.0), tuple(dels.get(event_id, ())), tuple(offs.get(event_id, ())))
    return out


_TITLES = text("SELECT id, title FROM events WHERE id IN :ids").bindparams(bindparam("ids", expanding=True))


def load_event_titles(session: Session, ids: Sequence[int]) -> dict[int, str]:
    """Just the titles (what a timeline paint labels with): one indexed query per 900 events."""
    out: dict[int, str] = {}
    wanted = sorted(set(int(i) for i in ids))
    conn = session.connection()
    for k in range(0, len(wanted), 900):
        out.update((event_id, title or "") for event_id, title in conn.execute(_TITLES, {"ids": wanted[k:k + 900]}))
    return out


class PagedEvents:
    """Text fields by position, read from the database when first asked for and then kept.

    A miss reads the next `PAGE` positions too (a table scrolled in date order reads its
    screen in one query); `prefetch` reads exactly the missing positions of a batch in one
    round trip (a paint asks for all of its labels at once, a filtered table for its screen,
    both scattered over the whole database). Past `limit` cached events the cache starts over.
    """

    PAGE = 64

    def __init__(self, ids: np.ndarray, fetch: Callable[[Sequence[int]], dict[int, EventDetails]], limit: int = 200_000,
                 fetch_titles: Callable[[Sequence[int]], dict[int, str]] | None = None) -> None:
        self._ids = ids
        self._fetch = fetch
        self._fetch_titles = fetch_titles
        self._cache: dict[int, EventDetails] = {}
        self._titles: dict[int, str] = {}  # titles read alone (paint labels), until the rest is read
        self._limit = limit
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._ids)

    def has(self, i: int) -> bool:
        return i in self._cache

    def get(self, i: int) -> EventDetails:
        found = self._cache.get(i)
        if found is None:
            self.prefetch(range(i, min(i + self.PAGE, len(self._ids))))
            found = self._cache.get(i, MISSING)
        return found

    def title(self, i: int) -> str:
        found = self._cache.get(i)
        if found is not None:
            return found.title
        title = self._titles.get(i)
        return title if title is not None else self.get(i).title

    def peek_title(self, i: int) -> str | None:
        """The title if it has been read, else None: never touches the database (what a paint
        may call; `TextLoader` reads the missing ones in the background)."""
        found = self._cache.get(i)
        return found.title if found is not None else self._titles.get(i)

    def peek(self, i: int) -> EventDetails | None:
        """Every text field if it has been read, else None (never touches the database)."""
        return self._cache.get(i)

    def read_titles(self, positions: Iterable[int]) -> dict[int, str]:
        """The titles of the positions not read yet, from the database, *not* kept: a worker
        thread reads, the GUI thread keeps them (`store_titles`)."""
        missing = [p for p in positions if p not in self._cache and p not in self._titles]
        if not missing or self._fetch_titles is None:
            return {p: d.title for p, d in self.read(missing).items()} if missing else {}
        ids = self._ids[np.asarray(missing, dtype=np.int64)].tolist()
        found = self._fetch_titles(ids)
        return {p: found.get(event_id, MISSING.title) for p, event_id in zip(missing, ids)}

    def read(self, positions: Iterable[int]) -> dict[int, EventDetails]:
        """Every text field of the positions not read yet, from the database, not kept (`store`)."""
        missing = [p for p in positions if p not in self._cache]
        if not missing:
            return {}
        ids = self._ids[np.asarray(missing, dtype=np.int64)].tolist()
        found = self._fetch(ids)
        return {p: found.get(event_id, MISSING) for p, event_id in zip(missing, ids)}

    def store_titles(self, titles: dict[int, str]) -> None:
        with self._lock:
            if len(self._titles) + len(titles) > self._limit:
                self._titles.clear()
            self._titles.update(titles)

    def store(self, details: dict[int, EventDetails]) -> None:
        with self._lock:
            if len(self._cache) + len(details) > self._limit:
                self._cache.clear()
            self._cache.update(details)

    def prefetch_titles(self, positions: Iterable[int]) -> None:
        """Only the titles of a batch (a paint's labels: a third of the cost of every field)."""
        self.store_titles(self.read_titles(positions))

    def prefetch(self, positions: Iterable[int]) -> None:
        self.store(self.read(positions))


class FieldColumn(Sequence):  # type: ignore[type-arg]
    """One field of `PagedEvents` as a read-only sequence (`cols.titles[i]`)."""

    def __init__(self, paged: PagedEvents, name: str) -> None:
        self._paged, self._name = paged, name

    def __len__(self) -> int:
        return len(self._paged)

    def __getitem__(self, i):  # type: ignore[no-untyped-def,override]
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        if self._name == "title":
            return self._paged.title(i)
        return getattr(self._paged.get(i), self._name)

    def prefetch(self, positions: Iterable[int]) -> None:
        self._paged.prefetch(positions)


class CodeColumn(Sequence):  # type: ignore[type-arg]
    """A small-integer column shown as words (types, review states)."""

    def __init__(self, codes: np.ndarray, words: Sequence[str]) -> None:
        self.codes, self.words = codes, tuple(words)
        self._codes, self._words = codes.tobytes(), self.words

    def __len__(self) -> int:
        return len(self._codes)

    def __getitem__(self, i):  # type: ignore[no-untyped-def,override]
        if isinstance(i, slice):
            return [self._words[c] for c in self._codes[i]]
        return self._words[self._codes[i]]


def event_row(cols, i: int) -> EventRow:  # type: ignore[no-untyped-def]
    """The full row of position `i` of any columns object (`EventColumns` or the window's)."""
    return EventRow(
        id=cols.ids[i], title=cols.titles[i], type=cols.types[i], date=cols.dates[i], precision=cols.precisions[i],
        basis=cols.bases[i], location=cols.locations[i], delegations=tuple(cols.delegations[i]),
        officials=tuple(OfficialRow(*o) for o in cols.officials[i]), source_count=cols.source_counts[i],
        status=cols.statuses[i] if cols.statuses else "", confidence=cols.confidences[i] if cols.confidences else 0.0,
    )
