"""Full-text search over events: titles, people, places, delegations and evidence quotes, in
the database (the window keeps no text in memory); the result is a bitset that filters the
timeline and the table.

The search runs on the reader pool (`SearchWorker`): a quote search reads every evidence span,
which must not block the window on a large database. A newer search supersedes an older one
(its result is dropped when it arrives late).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from ..storage.db import Database
from ..storage.window_queries import events_matching
from .compact import bits_from_positions
from .event_index import EventIndex
from .workers import Worker


@dataclass(frozen=True)
class SearchResult:
    words: str
    index: EventIndex
    bits: int
    count: int


class SearchWorker(Worker):
    """Matches `words` against one loaded index (and the quotes in the database)."""

    def __init__(self, db: Database, index: EventIndex, words: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.index, self.words = db, index, words

    def work(self) -> SearchResult:
        with self.db.session() as session:
            ids = events_matching(session, self.words)
        found = self.index.id_to_index.positions(sorted(ids))
        return SearchResult(self.words, self.index, bits_from_positions(found, self.index.size), len(found))
