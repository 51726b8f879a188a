"""The JSON export is the contract other tools read; keep its names and meanings stable.

{"events": [{"id", "title", "type", "date", "precision", "date_basis", "location",
             "delegations": [str], "officials": [{"name", "organization", "role"}],
             "sources": [{"document", "published", "start", "end", "quote"}],
             "curated": bool, "hidden": bool, "reviewed": bool, "source_gone": bool,
             "confidence": float 0..1}]}
"curated": an analyst set some of its facts by hand (then a hand-set date has date_basis
"curated"); hidden events are left out unless asked for (--include-hidden).
"""
from __future__ import annotations

import json
from typing import IO, Any

from sqlalchemy.orm import Session

from .curation_state import curation_fields, load_states
from .event_filter import EventFilter
from .queries import load_event_rows, load_sources
from .report_formats import CSV_COLUMNS, write_csv, write_ics, write_markdown

FORMATS = ("json", "csv", "ics", "md")
__all__ = ["CSV_COLUMNS", "FORMATS", "export_json", "export_records", "write_export"]

def export_records(session: Session, event_filter: EventFilter | None = None, *, include_hidden: bool = False,
                   needs_review: bool = False) -> list[dict[str, Any]]:
    """Every event as the JSON export describes it; with a filter, only those it keeps (names
    and dates in the filter are resolved here, so an unknown name raises FilterError)."""
    rows = load_event_rows(session, include_hidden=include_hidden)
    states = load_states(session)
    sources = load_sources(session)
    records = [
        {
            "id": r.id,
            "title": r.title,
            "type": r.type,
            "date": r.date,
            "precision": r.precision,
            "date_basis": r.basis,
            "location": r.location,
            "delegations": list(r.delegations),
            "officials": [{"name": o.name, "organization": o.organization, "role": o.role} for o in r.officials],
            "sources": [
                {"document": s.document, "published": s.published, "start": s.start, "end": s.end, "quote": s.quote}
                for s in sources.get(r.id, [])
            ],
            **curation_fields(states.get(r.id)),
        }
        for r in rows
    ]
    if needs_review:
        records = [r for r in records if states[r["id"]].needs_review]
    if event_filter is not None and event_filter.active:
        records = event_filter.resolved(session).apply(records)
    return records


def export_json(session: Session, event_filter: EventFilter | None = None) -> dict[str, Any]:
    return {"events": export_records(session, event_filter)}


def write_export(session: Session, fmt: str, handle: IO[str], event_filter: EventFilter | None = None, *,
                 include_hidden: bool = False) -> int:
    """Write the (filtered) events in one of FORMATS; returns how many events were written."""
    records = export_records(session, event_filter, include_hidden=include_hidden)
    if fmt == "csv":
        return write_csv(records, handle)
    if fmt == "ics":
        return write_ics(records, handle)
    if fmt == "md":
        return write_markdown(records, handle)
    json.dump({"events": records}, handle, ensure_ascii=False, indent=2)
    handle.write("\n")
    return len(records)
