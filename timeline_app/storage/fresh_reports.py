"""A new document's reports as the writer holds them in memory, for the merge and the refresh.

`repository.store_document` has every fact of the reports it has just inserted, and the merge
(ingest/merge.py) then asked the database for them again (two statements), and refreshing the
event a new report founds read the event, its reports and their participants back (three more,
and a DELETE of participant rows a new event cannot have): seven of the ~26 statements of a
typical page. The merge takes a new document's reports from here instead, and an event made
in this transaction whose reports are all this document's is refreshed from here, by the same
code (storage/event_refresh.py) and so to the same rows.

Only for a new file (no stored version replaced: the analyst's decisions re-attached to a
replaced document change its reports after they are stored). Actors are held as the write
transaction's `ActorRow`s, so a rename later in the same document is seen (what reading the
actors table back would give).
"""
from __future__ import annotations

from dataclasses import dataclass

from .actor_resolver import ActorRow
from .regroup import MentionRow


@dataclass(frozen=True)
class FreshReport:
    """One report just stored: the merge's row and what the event refresh reads of it."""
    row: MentionRow
    topic: str  # as stored (space-separated terms)
    participants: tuple[tuple[ActorRow, str, str | None, int | None], ...]  # (actor, role, title, organisation id), stored order
