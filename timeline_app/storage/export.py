"""The JSON export is the contract other tools read; keep its names and meanings stable.

{"events": [{"id", "title", "type", "date", "precision", "date_basis", "location",
             "delegations": [str], "officials": [{"name", "organization", "role"}],
             "sources": [{"document", "published", "start", "end", "quote"}]}]}
"""
from __future__ import annotations

import csv
from typing import IO, Any

from sqlalchemy.orm import Session

from .queries import load_event_rows, load_sources

CSV_COLUMNS = ("id", "date", "precision", "date_basis", "type", "title", "location", "delegations", "officials", "documents", "quotes")


def export_records(session: Session) -> list[dict[str, Any]]:
    rows = load_event_rows(session)
    sources = load_sources(session)
    return [
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
        }
        for r in rows
    ]


def export_json(session: Session) -> dict[str, Any]:
    return {"events": export_records(session)}


def write_csv(session: Session, handle: IO[str]) -> int:
    """One row per event; lists joined with "; " so spreadsheets stay readable."""
    writer = csv.writer(handle)
    writer.writerow(CSV_COLUMNS)
    records = export_records(session)
    for e in records:
        writer.writerow([
            e["id"], e["date"] or "", e["precision"], e["date_basis"], e["type"], e["title"], e["location"] or "",
            "; ".join(e["delegations"]),
            "; ".join(o["name"] + (f" ({o['organization']})" if o["organization"] else "") for o in e["officials"]),
            "; ".join(sorted({s["document"] for s in e["sources"]})),
            " | ".join(s["quote"] for s in e["sources"]),
        ])
    return len(records)
