#!/usr/bin/env python3
"""Consistency check of blind4/gold.json against its articles (no extractor involved).

Checks: valid JSON; every document file exists; every event's evidence and every trap's text occurs
verbatim in the document's text (for HTML: its visible text); dates are valid ISO at their precision;
a day-precision event whose evidence names exactly one weekday falls on that weekday; keys and
required flags are well formed; every official and delegation is a canonical alias entry.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


class Visible(HTMLParser):
    """Collects text outside <script>, <style> and <head>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "head", "title"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "head", "title") and self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def text_of(path: Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        p = Visible()
        p.feed(raw)
        raw = "".join(p.parts)
    return re.sub(r"\s+", " ", raw)


def check_date(value: str | None, precision: str) -> bool:
    if value is None:
        return precision == "unknown"
    fmt = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}.get(precision)
    if fmt is None:
        return False
    try:
        dt.datetime.strptime(value, fmt)
    except ValueError:
        return False
    return True


def main() -> int:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    canon = set(gold["aliases"])
    errors: list[str] = []
    n_req = n_opt = n_traps = 0
    for doc in gold["documents"]:
        path = HERE / doc["file"]
        if not path.exists():
            errors.append(f"{doc['file']}: missing")
            continue
        text = text_of(path)
        if doc.get("published"):
            dt.date.fromisoformat(doc["published"])
        for e in doc["events"]:
            ev = re.sub(r"\s+", " ", e["evidence"])
            if ev not in text:
                errors.append(f"{doc['file']}: evidence not in text: {ev[:70]}")
            if not check_date(e["date"], e["precision"]):
                errors.append(f"{doc['file']}: bad date {e['date']} {e['precision']}")
            for acc in e.get("accept_dates", []):
                if acc is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", acc):
                    errors.append(f"{doc['file']}: bad accept_date {acc}")
            if e["precision"] == "day":
                days = {w for w in WEEKDAYS if re.search(rf"\b{w}\b", ev.lower())}
                if len(days) == 1:
                    got = WEEKDAYS[dt.date.fromisoformat(e["date"]).weekday()]
                    if got not in days:
                        errors.append(f"{doc['file']}: {e['date']} is a {got}, evidence says {days}")
            for name in e["officials"] + e["delegations"]:
                if name not in canon:
                    errors.append(f"{doc['file']}: {name!r} has no alias entry")
            if e["type"] not in ("visit", "meeting", "talks", "call"):
                errors.append(f"{doc['file']}: bad type {e['type']}")
            n_req += bool(e["required"])
            n_opt += not e["required"]
        for t in doc.get("traps", []):
            n_traps += 1
            if re.sub(r"\s+", " ", t["text"]) not in text:
                errors.append(f"{doc['file']}: trap text not in text: {t['text'][:70]}")
            if t.get("date") and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", t["date"]):
                errors.append(f"{doc['file']}: bad trap date {t['date']}")
            for e in doc["events"]:
                if t.get("date") and e["date"] and e["date"].startswith(t["date"]):
                    errors.append(f"{doc['file']}: trap date {t['date']} collides with event {e['date']}")
                for acc in e.get("accept_dates", []):
                    if t.get("date") and acc and acc.startswith(t["date"]):
                        errors.append(f"{doc['file']}: trap date {t['date']} collides with accepted {acc}")
    keys: dict[str, int] = {}
    for doc in gold["documents"]:
        for e in doc["events"]:
            if e.get("key"):
                keys[e["key"]] = keys.get(e["key"], 0) + 1
    for k, n in keys.items():
        if n < 2:
            errors.append(f"key {k} used once")
    for line in errors:
        print("ERROR", line)
    print(f"{len(gold['documents'])} documents, {n_req} required events, {n_opt} optional, {n_traps} traps, "
          f"{len(keys)} shared keys; {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
