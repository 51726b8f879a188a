"""Exports meant for people and their tools: a spreadsheet, a calendar, a briefing chronology.

All three start from the JSON export's records (`export.export_records`), so every format says
the same thing about an event. Text from articles is untrusted: a CSV cell that a spreadsheet
would read as a formula is neutralised, and no cell exceeds what spreadsheets accept.
"""
from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import date, datetime, timezone
from pathlib import Path
from typing import IO, Any

CSV_COLUMNS = ("id", "date", "precision", "date_basis", "type", "title", "location", "delegations", "officials",
               "documents", "quotes")
CELL_LIMIT = 32_767  # Excel's and LibreOffice's longest cell; Python's csv reader refuses far less by default
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")  # OWASP's list of formula triggers
_ELLIPSIS = " …"


def safe_cell(value: object) -> str:
    """A cell a spreadsheet shows as text: a leading formula character gets a `'` in front (the
    convention spreadsheets hide), and over-long text is cut with a visible mark."""
    text = "" if value is None else str(value)
    if text.startswith(_FORMULA_START):
        text = "'" + text
    if len(text) > CELL_LIMIT:
        text = text[: CELL_LIMIT - len(_ELLIPSIS)] + _ELLIPSIS
    return text


def write_csv(records: Sequence[dict[str, Any]], handle: IO[str]) -> int:
    """One row per event; lists joined with "; " so spreadsheets stay readable."""
    writer = csv.writer(handle)
    writer.writerow(CSV_COLUMNS)
    for e in records:
        writer.writerow([safe_cell(v) for v in (
            e["id"], e["date"] or "", e["precision"], e["date_basis"], e["type"], e["title"], e["location"] or "",
            "; ".join(e["delegations"]),
            "; ".join(o["name"] + (f" ({o['organization']})" if o["organization"] else "") for o in e["officials"]),
            "; ".join(sorted({s["document"] for s in e["sources"]})),
            " | ".join(s["quote"] for s in e["sources"]),
        )])
    return len(records)


def _first_day(value: str) -> date:
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def _people(e: dict[str, Any]) -> str:
    return ", ".join(o["name"] + (f" ({o['role']})" if o.get("role") else "") for o in e["officials"])


def write_ics(records: Sequence[dict[str, Any]], handle: IO[str]) -> int:
    """One all-day VEVENT per dated event, through the icalendar library (line folding,
    escaping and CRLF are its job). Month or year precision: the first day, and the precision
    stated in the description. Undated events have no place in a calendar and are left out."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//timeline-app//diplomatic timeline//EN")
    calendar.add("version", "2.0")
    stamp = datetime.now(timezone.utc)
    written = 0
    for e in records:
        if not e["date"]:
            continue
        vevent = Event()
        vevent.add("uid", f"event-{e['id']}@timeline-app")
        vevent.add("dtstamp", stamp)
        vevent.add("dtstart", _first_day(e["date"]))
        vevent.add("summary", e["title"])
        if e["location"]:
            vevent.add("location", e["location"])
        lines = []
        if e["precision"] != "day":
            lines.append(f"Date known to the {e['precision']} only ({e['date']}).")
        if e["delegations"]:
            lines.append("Delegations: " + ", ".join(e["delegations"]))
        if e["officials"]:
            lines.append("Officials: " + _people(e))
        for s in e["sources"]:
            lines.append(f"“{s['quote']}” — {s['document']}" + (f" ({s['published']})" if s["published"] else ""))
        vevent.add("description", "\n".join(lines))
        vevent.add("categories", [e["type"]])
        calendar.add_component(vevent)
        written += 1
    handle.write(calendar.to_ical().decode("utf-8"))
    return written


def _md(text: str) -> str:
    """Article text as literal Markdown: no emphasis, links or HTML from a quote."""
    out = text.replace("\\", "\\\\")
    for ch in "`*_[]<>#|":
        out = out.replace(ch, "\\" + ch)
    return " ".join(out.split())


def write_markdown(records: Sequence[dict[str, Any]], handle: IO[str], *, heading: str = "Chronology") -> int:
    """A chronology to paste into a briefing: date, title, people, place, quoted evidence."""
    handle.write(f"# {heading}\n\n")
    for e in records:
        when = e["date"] or "Undated"
        handle.write(f"## {when} — {_md(e['title'])}\n\n")
        facts = [f"*{e['type'].capitalize()}*"]
        if e["location"]:
            facts.append(f"in {_md(e['location'])}")
        handle.write(" ".join(facts) + "\n\n")
        if e["delegations"]:
            handle.write(f"- Delegations: {_md(', '.join(e['delegations']))}\n")
        if e["officials"]:
            handle.write(f"- Officials: {_md(_people(e))}\n")
        for s in e["sources"]:
            published = f", {s['published']}" if s["published"] else ""
            handle.write(f"\n> {_md(s['quote'])}\n>\n> — {_md(Path(s['document']).name)}{published}\n")
        handle.write("\n")
    return len(records)
