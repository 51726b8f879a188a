#!/usr/bin/env python3
"""Sanity checks for eval/blind2/gold.json (run from anywhere)."""
import datetime as dt, json, re, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
gold = json.load(open(HERE / "gold.json", encoding="utf-8"))
errors, warns = [], []
DAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
TOP = {"about", "note", "documents", "aliases"}
EV = {"key", "date", "precision", "accept_dates", "type", "location", "delegations", "officials", "evidence", "required", "note"}
TR = {"kind", "text", "date", "officials", "note"}

if set(gold) - TOP or TOP - set(gold):
    errors.append(f"top-level keys {sorted(gold)}")
files = sorted(p.name for p in HERE.glob("b*.txt"))
listed = [d["file"] for d in gold["documents"]]
if sorted(listed) != files or len(set(listed)) != len(listed):
    errors.append(f"listed {listed} vs on disk {files}")

def variants(name):
    out = [name] + gold["aliases"].get(name, [])
    return out

def valid(date, prec):
    fmt = {"day": "%Y-%m-%d", "month": "%Y-%m", "year": "%Y"}[prec]
    dt.datetime.strptime(date, fmt)

key_seen = {}
req = opt = traps = 0
for d in gold["documents"]:
    f = d["file"]
    path = HERE / f
    if not path.exists():
        errors.append(f"{f}: missing"); continue
    text = path.read_text(encoding="utf-8")
    size = len(text.encode("utf-8"))
    if not 2000 <= size <= 4096:
        warns.append(f"{f}: size {size} bytes")
    pub = d["published"]
    if pub:
        dt.date.fromisoformat(pub)
    keys_here = set()
    ev_dates = set()
    for e in d["events"]:
        if set(e) - EV: errors.append(f"{f}: extra fields {set(e) - EV}")
        for k in ("key", "date", "precision", "type", "location", "delegations", "officials", "evidence", "required"):
            if k not in e: errors.append(f"{f}: event lacks {k}")
        if e["key"] in keys_here: errors.append(f"{f}: key {e['key']} twice in one document")
        keys_here.add(e["key"])
        key_seen.setdefault(e["key"], []).append(f)
        req += e["required"]; opt += not e["required"]
        if e["evidence"] not in text: errors.append(f"{f}: evidence not in file: {e['evidence']!r}")
        if e["date"] is None:
            if e["precision"] != "unknown": errors.append(f"{f}: null date with precision {e['precision']}")
        else:
            try: valid(e["date"], e["precision"])
            except Exception as x: errors.append(f"{f}: bad date {e['date']} {e['precision']}: {x}")
            ev_dates.add(e["date"])
            if pub and e["date"] > pub: errors.append(f"{f}: event after publication {e['date']}")
        for a in e.get("accept_dates", []):
            if a: ev_dates.add(a)
        if e["date"] is not None and "accept_dates" in e and e["date"] not in e["accept_dates"]:
            errors.append(f"{f}: date {e['date']} missing from its accept_dates")
        if pub is None and e["date"] is not None and e["precision"] == "day":
            errors.append(f"{f}: day-precise date {e['date']} in an undated file")
        # weekday check: a weekday in the evidence must resolve (latest such day on or before publication)
        m = sorted((mm.start(), mm.group(0).lower()) for w in DAYS for mm in re.finditer(rf"\b{w}\b", e["evidence"], re.I))
        m = [w for _, w in m]
        if m and pub and e["date"]:
            p = dt.date.fromisoformat(pub)
            want = p - dt.timedelta(days=(p.weekday() - DAYS.index(m[0])) % 7)
            if want.isoformat() != e["date"]:
                errors.append(f"{f}: '{m[0]}' resolves to {want} but gold says {e['date']}")
        if m and e["date"]:
            wd = dt.date.fromisoformat(e["date"]).weekday() if e["precision"] == "day" else None
            if wd is not None and DAYS[wd] != m[0]:
                errors.append(f"{f}: {e['date']} is a {DAYS[wd]}, evidence says {m[0]}")
        # every official / delegation is named in the file (by canonical name, an alias or a surname)
        for n in e["officials"] + e["delegations"]:
            vs = variants(n)
            if not any(v in text for v in vs) and not any(v.split()[-1] in text for v in vs):
                (errors if n in e["officials"] else warns).append(f"{f}: '{n}' not found in text")
        if e["location"] and e["location"].replace("St ", "St. ") not in text and e["location"] not in text:
            warns.append(f"{f}: location '{e['location']}' not literally in text")
    for t in d["traps"]:
        traps += 1
        if set(t) - TR: errors.append(f"{f}: trap extra fields {set(t) - TR}")
        if t["text"] not in text: errors.append(f"{f}: trap text not in file: {t['text']!r}")
        if t.get("date"):
            valid(t["date"], {10: "day", 7: "month", 4: "year"}[len(t["date"])])
            for x in ev_dates:
                if x.startswith(t["date"]):
                    errors.append(f"{f}: trap date {t['date']} collides with gold date {x}")
        for n in t.get("officials", []):
            for e in d["events"]:
                if n in e["officials"]:
                    errors.append(f"{f}: trap official {n} is also an event official")
    for e in d["events"]:
        for t in d["traps"]:
            if t["text"] in e["evidence"]:
                warns.append(f"{f}: trap text inside evidence {t['text']!r}")

alias_owner = {}
for canon, vs in gold["aliases"].items():
    for v in [canon] + vs:
        if v in alias_owner and alias_owner[v] != canon:
            errors.append(f"alias {v!r} under both {alias_owner[v]} and {canon}")
        alias_owner[v] = canon
shared = {k: v for k, v in key_seen.items() if len(v) > 1}
for w in warns: print("warn ", w)
for x in errors: print("ERROR", x)
print(f"{len(gold['documents'])} documents, {req} required + {opt} optional events, {traps} traps, "
      f"{len(shared)} keys shared across documents: " + ", ".join(f"{k} {v}" for k, v in sorted(shared.items())))
sys.exit(1 if errors else 0)
