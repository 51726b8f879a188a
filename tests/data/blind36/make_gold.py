#!/usr/bin/env python3
"""Builds blind36's documents' gold.json from docs_*.py parts (writer36). Run from anywhere."""
import json, importlib.util, glob, os
HERE = os.path.dirname(os.path.abspath(__file__))
ALIASES = {}
DOCS = []
SOURCES = {}
def alias(name, *variants):
    ALIASES.setdefault(name, [])
    for v in variants:
        if v not in ALIASES[name]:
            ALIASES[name].append(v)
def ev(date, prec, typ, loc, dels, offs, evidence, required=True, key=None, accept=None):
    e = {"date": date, "precision": prec, "type": typ, "location": loc, "delegations": dels,
         "officials": offs, "evidence": evidence, "required": required}
    if key: e["key"] = key
    if accept is not None: e["accept_dates"] = accept
    return e
def trap(kind, text, note, date=None, officials=None):
    t = {"kind": kind, "text": text, "note": note}
    if date: t["date"] = date
    if officials: t["officials"] = officials
    return t
def doc(file, published, body, events, traps):
    with open(os.path.join(HERE, file), "w", encoding="utf-8") as f:
        f.write(body.lstrip("\n"))
    DOCS.append({"file": file, "published": published, "events": events, "traps": traps})
NOTE = ("Written blind by helper writer36 (issue 9, section 3). Event dates are when the event happened, resolved "
        "against the document's own publication date ('published') for weekday and relative references "
        "('last Monday', 'overnight', 'on the 12th', 'late last month'); 'precision' is the finest the text supports. "
        "required=true marks the events a reader would call the page's news; required=false marks earlier meetings "
        "mentioned in passing and secondary arrivals. 'delegations' lists movements (Hamas, Palestinian Islamic Jihad, "
        "Taliban, Houthis, Hezbollah, SDF, Polisario Front, RSF, M23, Fatah...) whenever they take part, and "
        "governments only when they send people abroad; the host government on its own soil is not a delegation (its "
        "people are officials); a UN envoy does not make his country or the UN's subject a delegation. 'officials' are "
        "named people who took part. Plans ('is expected to meet', 'will travel'), cancelled, postponed or denied "
        "meetings, 'exchanged messages' or letters, spokesmen who only spoke, the deceased, organisers, reporters, "
        "photo-caption and related-headline dates are traps where tempting. Every named person and organisation in "
        "events and trap officials has an 'aliases' entry. 'key' links reports of the same real event across documents. "
        "People and titles are real and of the time; the meetings are plausible and may be fictional; every sentence "
        "and every byline is invented. 'sources' lists the public pages read for shapes only (no text copied).")
for part in sorted(glob.glob(os.path.join(HERE, "docs_*.py"))):
    spec = importlib.util.spec_from_file_location(os.path.basename(part)[:-3], part)
    mod = importlib.util.module_from_spec(spec)
    mod.__dict__.update(alias=alias, ev=ev, trap=trap, doc=doc, SOURCES=SOURCES)
    spec.loader.exec_module(mod)
gold = {"note": NOTE, "sources": SOURCES, "documents": DOCS, "aliases": ALIASES}
with open(os.path.join(HERE, "gold.json"), "w", encoding="utf-8") as f:
    json.dump(gold, f, ensure_ascii=False, indent=1)
print(len(DOCS), "documents written")
