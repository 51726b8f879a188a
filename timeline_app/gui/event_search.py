"""Full-text search over events: titles, people, places and delegations in memory, evidence
quotes in the database; the result is a bitset that filters the timeline and the table.

The search runs on the reader pool (`SearchWorker`): a quote search reads every evidence span,
which must not block the window on a large database. A newer search supersedes an older one
(its result is dropped when it arrives late).
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject

from ..storage.db import Database
from ..storage.queries import events_quoting
from .event_index import EventIndex, bits_from_indices
from .workers import Worker


def matching_in_memory(index: EventIndex, words: str) -> list[int]:
    """Index positions of events whose title, place, delegations or officials contain `words`."""
    needle = words.casefold()
    cols = index.cols
    out = []
    for i, (title, place, dels, offs) in enumerate(zip(cols.titles, cols.locations, cols.delegations, cols.officials)):
        if (needle in title.casefold() or (place is not None and needle in place.casefold())
                or any(needle in d.casefold() for d in dels) or any(needle in o[0].casefold() for o in offs)):
            out.append(i)
    return out


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
        found = set(matching_in_memory(self.index, self.words))
        with self.db.session() as session:
            quoted = events_quoting(session, self.words)
        to_index = self.index.id_to_index
        found.update(to_index[e] for e in quoted if e in to_index)
        return SearchResult(self.words, self.index, bits_from_indices(found, self.index.size), len(found))
