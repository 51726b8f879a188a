"""How a curated event is marked wherever it is drawn (timeline labels, table, lists)."""
from __future__ import annotations

from ..domain import EventColumns

CURATED_MARK = "✎ "


def marked_title(cols: EventColumns, i: int, title: str) -> str:
    """A curated event's label starts with a pencil, as its Review cell in the table does."""
    return CURATED_MARK + title if cols.statuses and cols.statuses[i] == "curated" else title
