"""Check blind3 part A gold: every file listed, 300-600 words, evidence and trap texts are exact
substrings, day dates valid, and no trap date collides with a gold event of the same document."""
import json, glob, os, sys, datetime
d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
files = {x["file"] for x in g["documents"]}
disk = {os.path.basename(p) for p in glob.glob(os.path.join(d, "b3-*.txt"))}
assert files == disk, (files ^ disk)
bad = 0; req = opt = traps = 0
for doc in g["documents"]:
    text = open(os.path.join(d, doc["file"]), encoding="utf-8").read()
    n = len(text.split())
    if not 300 <= n <= 600: print("length", doc["file"], n); bad += 1
    for e in doc["events"]:
        if e["evidence"] not in text: print("evidence missing", doc["file"], e["evidence"][:60]); bad += 1
        if e["precision"] == "day": datetime.date.fromisoformat(e["date"])
        req += e["required"]; opt += not e["required"]
        for k in ("date","precision","type","location","delegations","officials","evidence","required"): assert k in e
    for t in doc["traps"]:
        traps += 1
        if t["text"] not in text: print("trap missing", doc["file"], t["text"][:60]); bad += 1
        if t.get("date"):
            for e in doc["events"]:
                if e["date"] and e["date"].startswith(t["date"]) or (e["date"] and t["date"].startswith(e["date"]) and e["precision"]=="day"):
                    print("trap date collides", doc["file"], t["date"], e["date"]); bad += 1
print(f"{len(files)} documents, {req} required, {opt} optional, {traps} traps, problems {bad}")
sys.exit(1 if bad else 0)
