"""A seeded generator of realistic saved news pages, with the gold it planted.

    python -m benchmarks.corpus OUT_DIR [--docs 1000] [--seed 7]

Writes OUT_DIR/pages/*.txt and OUT_DIR/gold.json in the format of ../shared/corpus/dev/gold.json,
so `score_events.py EXPORT.json OUT_DIR/gold.json` scores accuracy at any size.

What the pages look like (the noise of the seeds and the dev set): a site header, a dateline in one
of several forms (about 5% of pages have none), 300-600 words, a photo caption with another date
and place, a related-headlines list with clock times, background paragraphs. Actors come from the
gazetteer in resources/ (movements, their leaders, foreign ministers, with their spelling variants)
plus generated names, dates span 30 years, and a third of the events are reported by two or three
pages written differently (other template, spelling, date phrase, publication day). Events of
one page carry a gold "key", so the scorer counts duplicates across pages.
"""
from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from . import furniture as fu

RESOURCES = Path(__file__).resolve().parent.parent / "resources"
FIRST_DAY, LAST_DAY = date(1995, 1, 1), date(2024, 12, 31)
SYLLABLES = (("Bar", "Kar", "Hal", "Nas", "Mor", "Tal", "Ven", "Sor", "Dal", "Rim", "Zah", "Qor", "Lem", "Fard"),
             ("ani", "ov", "ez", "stad", "ian", "ouri", "enko", "ati", "ski", "eddine", "oglu", "avi", "ida", "ssen"))
HOST_ROLES = ("Foreign Minister", "Deputy Foreign Minister", "Special Envoy")
HEAD_ROLES = ("a member of the {m} political bureau", "head of the {m} international relations office",
              "a senior {m} official", "deputy head of the {m} political bureau")
TOPICS = ("the ceasefire and the exchange of prisoners", "reconstruction and humanitarian aid",
          "the upcoming elections and national reconciliation", "the political situation in the region",
          "the humanitarian situation and the crossings")


@dataclass(frozen=True)
class Person:
    name: str            # canonical (gold) name
    spellings: tuple[str, ...]  # full-name spellings a page may use (name first)
    role: str            # apposition or title

    def spelled(self, rng: random.Random) -> str:
        return self.spellings[0] if rng.random() < 0.6 else rng.choice(self.spellings)

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True)
class Event:
    key: str
    day: date
    kind: str            # meeting | talks | visit | call
    movement: str
    head: Person
    host: Person
    adj: str             # host country adjective
    city: str            # host capital


class Cast:
    """Movements, their people and host officials: from the gazetteer plus generated names."""

    def __init__(self, rng: random.Random) -> None:
        orgs = json.loads((RESOURCES / "organisations.json").read_text(encoding="utf-8"))["organisations"]
        people = json.loads((RESOURCES / "people.json").read_text(encoding="utf-8"))["people"]
        people += json.loads((RESOURCES / "more_people.json").read_text(encoding="utf-8"))
        countries = json.loads((RESOURCES / "countries.json").read_text(encoding="utf-8"))
        given = [n.strip() for n in (RESOURCES / "first_names.txt").read_text(encoding="utf-8").split("\n") if n.strip()]
        self.aliases: dict[str, list[str]] = {}
        used: set[str] = {p["name"] for p in people}

        def generated() -> str:
            while True:
                name = f"{rng.choice(given)} {rng.choice(SYLLABLES[0])}{rng.choice(SYLLABLES[1])}"
                if name not in used:
                    used.add(name)
                    return name

        def known(p: dict, role: str) -> Person:
            spellings = [p["name"]] + [a for a in p.get("aliases", []) if len(a.split()) >= 2]
            self.aliases[p["name"]] = list(p.get("aliases", []))
            return Person(p["name"], tuple(spellings), role)

        self.heads: dict[str, list[Person]] = {}
        for org in (o for o in orgs if o["kind"] == "movement"):
            m = org["name"]
            heads = [known(p, p.get("title") or HEAD_ROLES[2].format(m=m)) for p in people if p.get("affiliation") == m]
            heads += [Person(n, (n,), rng.choice(HEAD_ROLES).format(m=m)) for n in (generated() for _ in range(3))]
            self.heads[m] = heads
        self.hosts: list[tuple[str, str, list[Person]]] = []
        skip = {"Palestine", "Israel"}
        for c in countries[:60]:
            if c["name"] in skip or not c.get("capital"):
                continue
            adj = c["adjectives"][0]
            real = [known(p, p["title"]) for p in people if p.get("affiliation") == c["name"]
                    and p.get("title") in HOST_ROLES]
            made = [Person(n, (n,), rng.choice(HOST_ROLES)) for n in (generated() for _ in range(2))]
            self.hosts.append((adj, c["capital"], real + made))
        self.movements = sorted(self.heads)
        self.cities = [city for _, city, _ in self.hosts]


def plan_events(cast: Cast, rng: random.Random, count: int) -> list[Event]:
    events = []
    span = (LAST_DAY - FIRST_DAY).days
    for i in range(count):
        m = rng.choice(cast.movements)
        adj, city, hosts = rng.choice(cast.hosts)
        kind = rng.choices(("meeting", "talks", "visit", "call"), weights=(4, 3, 2, 1))[0]
        events.append(Event(f"e{i:06d}", FIRST_DAY + timedelta(days=rng.randrange(span)), kind, m,
                            rng.choice(cast.heads[m]), rng.choice(hosts), adj, city))
    return events


def date_phrase(event_day: date, published: date | None, rng: random.Random) -> str:
    """'on Monday' when the page's date resolves it, else an explicit day."""
    gap = (published - event_day).days if published else None
    if gap is not None and 0 <= gap <= 5 and rng.random() < 0.7 or gap is None and rng.random() < 0.5:
        # without a dateline a weekday cannot be resolved: the report stays undated
        return f"on {fu.WEEKDAYS[event_day.weekday()]}"
    if rng.random() < 0.5:
        return f"on {event_day.day} {fu.MONTHS[event_day.month - 1]} {event_day.year}"
    return f"on {fu.MONTHS[event_day.month - 1]} {event_day.day}, {event_day.year}"


def lead(e: Event, rng: random.Random, when: str) -> tuple[str, str, dict]:
    """Headline, first paragraph and its gold event (delegations, officials, location)."""
    head, host = e.head.spelled(rng), f"{e.adj} {e.host.role} {e.host.spelled(rng)}"
    topic, style = rng.choice(TOPICS), rng.randrange(2)
    gold = {"delegations": [e.movement], "officials": [e.head.name, e.host.name], "location": e.city}
    if e.kind == "visit":
        gold["officials"] = [e.head.name]
        title = f"{e.movement} delegation in {e.city} for consultations"
        text = (f"A {e.movement} delegation headed by {head}, {e.head.role}, arrived in {e.city} {when} "
                f"for a visit at the invitation of the {e.adj} government to discuss {topic}.")
    elif e.kind == "call":
        gold["location"] = None
        title = f"{e.host.surname} and {e.head.surname} discuss {topic.split(' and ')[0]} by phone"
        text = (f"{host} spoke by telephone {when} with {head}, {e.head.role}, about {topic}, "
                f"the {e.adj} foreign ministry said.")
    elif e.kind == "talks" or style:
        title = f"{e.movement} team holds talks in {e.city}"
        text = (f"A {e.movement} delegation led by {head}, {e.head.role}, held talks with {host} "
                f"in {e.city} {when} on {topic}.")
    else:
        title = f"{e.host.surname} receives {e.movement} delegation"
        text = (f"{host} met {head}, {e.head.role}, in {e.city} {when}, the {e.adj} foreign ministry said "
                f"in a statement. The two sides discussed {topic}.")
    return title, text, gold


def page(e: Event, published: date | None, cast: Cast, rng: random.Random) -> tuple[str, dict]:
    """One saved page reporting `e`, and its gold document entry (without the file name)."""
    when = date_phrase(e.day, published, rng)
    title, first, gold = lead(e, rng, when)
    traps: list[dict] = []
    lines = fu.header(rng)
    above = rng.random() < 0.5
    if published is not None and above:
        lines += fu.dateline(published, rng, e.city)
    lines += ["", title, ""]
    if published is not None and not above:
        lines += fu.dateline(published, rng, e.city) + [""]
    if rng.random() < 0.6:
        text, trap = fu.caption(rng, published or e.day, cast.cities)
        lines += [text, ""]
        traps.append(trap)
    prefix = fu.wire_prefix(published, e.city, rng) if published else ""
    body = [prefix + first]
    if rng.random() < 0.7:
        body.append(f"\"{rng.choice(fu.QUOTES)},\" {e.head.surname} told reporters afterwards.")
    events = [{"date": e.day.isoformat(), "precision": "day", "type": e.kind, "location": gold["location"],
               "delegations": gold["delegations"], "officials": gold["officials"],
               "evidence": first[:120], "required": True, "key": e.key}]
    if published is None:
        # no dateline: a weekday cannot be resolved, so "unknown" is right; the real date is
        # right too when another page of the same event dates it (the merge may adopt it)
        events[0]["accept_dates"] = [None, e.day.isoformat()] if when.startswith("on ") and when[3:] in fu.WEEKDAYS \
            else [e.day.isoformat()]
    if rng.random() < 0.3 and e.kind != "call":
        past = e.day - timedelta(days=rng.randrange(60, 900))
        body.append(f"{e.head.surname} and {e.host.surname} last met in {fu.MONTHS[past.month - 1]} {past.year} "
                    f"in {e.city}.")
        events.append({"date": past.strftime("%Y-%m"), "precision": "month", "type": "meeting", "location": e.city,
                       "delegations": [e.movement], "officials": [e.head.name, e.host.name],
                       "evidence": body[-1], "required": False})
    target = rng.randrange(300, 600) - sum(len(p.split()) for p in body) - len(" ".join(lines).split())
    background = fu.filler(rng, max(target - 40, 60), e.adj, e.movement)
    spot = rng.randrange(1, len(background) + 1)
    body[1:1] = background[:spot]
    body += background[spot:]
    lines += [p for para in body for p in (para, "")]
    if rng.random() < 0.7:
        related, trap = fu.headline_list(rng)
        lines += related + [""]
        traps.append(trap)
    lines += fu.footer(rng)
    doc = {"published": published.isoformat() if published else None, "events": events, "traps": traps}
    return "\n".join(lines).rstrip() + "\n", doc


def generate(out: Path, docs: int, seed: int = 7) -> tuple[list[Path], Path]:
    """Write `docs` pages and the gold; returns (page paths, gold path)."""
    rng = random.Random(seed)
    cast = Cast(rng)
    pages_dir = out / "pages"
    pages_dir.mkdir(parents=True, exist_ok=True)
    # about 1.5 pages per event: most events once, a third twice or three times
    reports: list[tuple[Event, int]] = []
    for e in plan_events(cast, rng, max(1, round(docs / 1.5))):
        copies = rng.choices((1, 2, 3), weights=(67, 23, 10))[0]
        reports += [(e, c) for c in range(copies)]
    rng.shuffle(reports)
    reports = reports[:docs]
    while len(reports) < docs:  # the rounding left a few short: one more single report each
        # plan_events numbers from e000000, so a filler needs a key of its own, or the
        # scorer reads every filler page as one event reported many times (a duplicate each)
        extra = plan_events(cast, rng, 1)[0]
        reports.append((replace(extra, key=f"x{len(reports):06d}"), 0))
    documents, paths = [], []
    for i, (e, copy) in enumerate(reports):
        undated = rng.random() < 0.05
        published = None if undated else e.day + timedelta(days=rng.choice((0, 0, 1, 1, 2, 3)) if copy else rng.randrange(0, 2))
        text, doc = page(e, published, cast, rng)
        path = pages_dir / f"p{i:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        documents.append({"file": path.name, **doc})
    _drop_keys_seen_once(documents)
    gold = {"note": "generated by benchmarks/corpus.py (seed %d); see its docstring" % seed,
            "documents": documents, "aliases": cast.aliases}
    gold_path = out / "gold.json"
    gold_path.write_text(json.dumps(gold, indent=1, ensure_ascii=False), encoding="utf-8")
    return paths, gold_path


def _drop_keys_seen_once(documents: list[dict]) -> None:
    """A key on a single page says nothing; an undated page's real date is only reachable via another page."""
    seen: dict[str, int] = {}
    for d in documents:
        for ev in d["events"]:
            if ev.get("key"):
                seen[ev["key"]] = seen.get(ev["key"], 0) + 1
    for d in documents:
        for ev in d["events"]:
            if ev.get("key") and seen[ev["key"]] == 1:
                ev.pop("key")
                if ev.get("accept_dates") and None in ev["accept_dates"]:
                    ev["accept_dates"] = [None]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    paths, gold = generate(a.out, a.docs, a.seed)
    print(f"{len(paths)} pages in {a.out / 'pages'}; gold in {gold}")


if __name__ == "__main__":
    main()
