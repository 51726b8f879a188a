#!/usr/bin/env python3
"""Check a blind set's gold against its documents: python tests/data/check_gold.py SET_FOLDER

One checker for every set written in this shape (blind5 onwards); a set whose file holds a
second article lists that article's dateline under the gold's top-level "extra_datelines"
({file: [ISO dates]}): it also anchors weekdays.

Why: a gold file is only worth its scores if every quote it relies on is really in the
text a reader sees, and every date it claims agrees with the calendar. Checks:
valid JSON; every document file exists; every evidence and trap text occurs verbatim in
the document's visible text (HTML: tags, scripts, styles and <head> dropped, entities
decoded); ISO dates valid at their precision; accept_dates valid; a weekday named in a
day-precision evidence matches the gold date, which lies within the week before the
publication date; keys link at least two documents; every person and organisation in
events and traps has an aliases entry. Prints each error and the count; exit 1 if any.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
PRECISIONS = {"day": 10, "month": 7, "year": 4}
TYPES = {"visit", "meeting", "talks", "call"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
WRITTEN = re.compile(r"\b(?:(?P<wd1>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
                     r"(?P<d>\d{1,2})\s+(?P<m>january|february|march|april|may|june|july|august|september|"
                     r"october|november|december)\s+(?P<y>\d{4})(?:,?\s+(?P<wd2>monday|tuesday|wednesday|"
                     r"thursday|friday|saturday|sunday))?", re.I)


def written_weekdays(text: str) -> list[str]:
    """Every written date that names its weekday ("Monday, 17 February 2025") must be right."""
    bad = []
    for m in WRITTEN.finditer(text):
        wd = (m.group("wd1") or m.group("wd2") or "").lower()
        if not wd:
            continue
        d = dt.date(int(m.group("y")), MONTHS.index(m.group("m").lower()) + 1, int(m.group("d")))
        if DAYS[d.weekday()] != wd:
            bad.append(f"{m.group(0)!r} is a {DAYS[d.weekday()]}")
    return bad


class Visible(HTMLParser):
    """Collects the text a browser shows: no <head>, <script> or <style> content."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head") and self.skip:
            self.skip -= 1
        if tag in ("p", "div", "li", "h1", "h2", "h3", "figcaption", "header", "footer", "article", "aside", "nav"):
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible_text(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix.lower() in (".html", ".htm"):
        p = Visible()
        p.feed(raw)
        return html.unescape("".join(p.parts))
    return raw


def valid_iso(value: str, precision: str) -> bool:
    width = PRECISIONS.get(precision)
    if width is None or len(value) != width:
        return False
    fmt = {10: "%Y-%m-%d", 7: "%Y-%m", 4: "%Y"}[width]
    try:
        dt.datetime.strptime(value, fmt)
    except ValueError:
        return False
    return True


def iso_prefix_ok(value: str) -> bool:
    return any(valid_iso(value, p) for p, w in PRECISIONS.items() if len(value) == w)


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: python tests/data/check_gold.py SET_FOLDER (or its gold.json)")
        return 2
    gold_path = Path(sys.argv[1])
    gold_path = gold_path / "gold.json" if gold_path.is_dir() else gold_path
    errors: list[str] = []
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"{gold_path}: not valid JSON: {exc}")
        return 1
    aliases = gold.get("aliases", {})
    known = set(aliases)
    for variants in aliases.values():
        known.update(variants)
    extra_datelines: dict[str, list[str]] = gold.get("extra_datelines", {})
    keys: dict[str, set[str]] = {}
    n_req = n_opt = n_traps = 0
    for doc in gold["documents"]:
        name = doc["file"]
        path = gold_path.parent / name
        if not path.exists():
            errors.append(f"{name}: file missing")
            continue
        text = visible_text(path)
        pub = dt.date.fromisoformat(doc["published"]) if doc.get("published") else None
        anchors = ([pub] if pub else []) + [dt.date.fromisoformat(x) for x in extra_datelines.get(name, [])]
        for bad in written_weekdays(text):
            errors.append(f"{name}: written date {bad}")
        for i, e in enumerate(doc["events"]):
            where = f"{name} event {i + 1}"
            n_req += bool(e["required"])
            n_opt += not e["required"]
            if e["type"] not in TYPES:
                errors.append(f"{where}: type {e['type']!r}")
            if e["evidence"] not in text:
                errors.append(f"{where}: evidence not in visible text: {e['evidence'][:70]!r}")
            if e["precision"] == "unknown":
                if e["date"] is not None:
                    errors.append(f"{where}: unknown precision with a date")
            elif not e["date"] or not valid_iso(e["date"], e["precision"]):
                errors.append(f"{where}: bad date {e['date']!r} for precision {e['precision']}")
            for acc in e.get("accept_dates", []):
                if acc is not None and not iso_prefix_ok(acc):
                    errors.append(f"{where}: bad accept_date {acc!r}")
            if e["date"] and e["precision"] == "day":
                d = dt.date.fromisoformat(e["date"])
                named = [w for w in DAYS if re.search(rf"\b{w}\b", e["evidence"], re.I)]
                if len(named) == 1:
                    if DAYS[d.weekday()] != named[0]:
                        errors.append(f"{where}: evidence says {named[0]} but {e['date']} is a {DAYS[d.weekday()]}")
                    if anchors and not any(0 <= (a - d).days <= 7 for a in anchors):
                        errors.append(f"{where}: {named[0]} {e['date']} not in the week before {anchors}")
                if anchors and d > max(anchors):
                    errors.append(f"{where}: event {e['date']} after publication {anchors}")
            for person in e["officials"]:
                if person not in known:
                    errors.append(f"{where}: official {person!r} has no aliases entry")
            for org in e["delegations"]:
                if org not in known:
                    errors.append(f"{where}: delegation {org!r} has no aliases entry")
            if e.get("key"):
                keys.setdefault(e["key"], set()).add(name)
        for j, t in enumerate(doc.get("traps", [])):
            n_traps += 1
            where = f"{name} trap {j + 1}"
            if t["text"] not in text:
                errors.append(f"{where}: text not in visible text: {t['text'][:70]!r}")
            if t.get("date") and not iso_prefix_ok(t["date"]):
                errors.append(f"{where}: bad date {t['date']!r}")
            if t.get("date") and any(e["date"] and (e["date"].startswith(t["date"]) or t["date"].startswith(e["date"]) and e["precision"] == "day")
                                     for e in doc["events"]):
                errors.append(f"{where}: trap date {t['date']} collides with a gold event date")
            for person in t.get("officials", []):
                if person not in known:
                    errors.append(f"{where}: official {person!r} has no aliases entry")
    for key, files in keys.items():
        if len(files) < 2:
            errors.append(f"key {key}: only in {sorted(files)}")
    listed = {d["file"] for d in gold["documents"]}
    for f in sorted(p for p in gold_path.parent.iterdir() if p.suffix in (".txt", ".html")):
        if f.name not in listed:
            errors.append(f"{f.name}: document without gold entry")
    for line in errors:
        print(line)
    print(f"{len(gold['documents'])} documents, {n_req} required, {n_opt} optional, {n_traps} traps, "
          f"{len(keys)} keys: {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
