"""Synthetic databases for GUI tests and the GUI benchmark.

Two ways in, for two needs:

* `fill_events(db, specs)` goes through the real write path (`store_document` then
  `cluster_mentions`), so the rows look exactly like an ingest would leave them; use it for small
  databases with exact expectations.
* `bulk_fill(path, n)` writes 100,000 events in seconds with SQLAlchemy Core straight into the
  tables (documents, actors, events, participants, mentions, evidence); use it for benchmarks.

Neither depends on the extractor, so the GUI can be developed and tested before it lands.
"""
from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from timeline_app.domain import ActorRef, ArticleInfo, DocumentExtraction, EventMention, ParticipantRef
from timeline_app.ingest.merge import cluster_mentions
from timeline_app.storage import repository as repo
from timeline_app.storage.db import Database, bump_revision
from timeline_app.storage.models import Actor, Document, Event, Evidence, Mention, Participant


@dataclass
class Person:
    name: str
    title: str | None = None
    organization: str | None = None


@dataclass
class EventSpec:
    """One event as one article reports it; `sentence` is the evidence quoted in the text."""

    sentence: str
    date: str | None = None
    precision: str = "day"
    basis: str = "explicit"
    type: str = "meeting"
    location: str | None = "Moscow"
    delegations: Sequence[str] = ()
    hosts: Sequence[Person] = ()
    members: Sequence[Person] = ()
    before: str = "Filler paragraph before the evidence.\n\n"
    after: str = "\n\nFiller paragraph after the evidence.\n"
    documents: int = 1  # >1: the same report in several documents (one event, several sources)
    extra: dict = field(default_factory=dict)


def _actor(name: str, kind: str, affiliation: str | None = None) -> ActorRef:
    return ActorRef(name=name, kind=kind, affiliation=affiliation, affiliation_kind="government" if affiliation else None)


def _participants(spec: EventSpec) -> list[ParticipantRef]:
    out = [ParticipantRef(_actor(d, "movement"), "delegation") for d in spec.delegations]
    out += [ParticipantRef(_actor(p.name, "person", p.organization), "host", p.title) for p in spec.hosts]
    out += [ParticipantRef(_actor(p.name, "person", p.organization), "delegation_member", p.title) for p in spec.members]
    return out


def fill_events(db: Database, specs: Sequence[EventSpec], folder: Path) -> list[Path]:
    """Write one text file per report under `folder` and store it as an ingest would."""
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for number, spec in enumerate(specs):
        for copy in range(spec.documents):
            text = f"Report {number}.{copy}\n\n{spec.before}{spec.sentence}{spec.after}"
            start = text.index(spec.sentence)
            path = folder / f"report_{number:03d}_{copy}.txt"
            path.write_text(text, encoding="utf-8")
            mention = EventMention(
                article=0, type=spec.type, date=spec.date,
                precision=spec.precision if spec.date else "unknown",
                basis=spec.basis if spec.date else "unknown",
                date_text=spec.date, location=spec.location, location_country=None,
                participants=_participants(spec), evidence=[(start, start + len(spec.sentence))],
                topic=tuple(f"topic{number}_{k}" for k in range(4)),
            )
            extraction = DocumentExtraction(
                articles=[ArticleInfo(0, 0, len(text), f"Report {number}", spec.date if spec.precision == "day" else None, "header")],
                mentions=[mention],
            )
            with db.session() as session:
                ids = repo.store_document(
                    session, path=str(path), content_hash=hashlib.sha256(text.encode()).hexdigest(),
                    size=len(text.encode()), mtime_ns=0, encoding="utf-8", text=text, extraction=extraction,
                )
                cluster_mentions(session, ids)
                bump_revision(session)
            written.append(path)
    return written


def make_db(path: Path, specs: Sequence[EventSpec], docs: Path) -> Path:
    """A new database at `path` holding `specs` (documents written under `docs`)."""
    db = Database(str(path))
    try:
        fill_events(db, specs, docs)
    finally:
        db.close()
    return path


BOGDANOV = Person("Mikhail Bogdanov", "Deputy Foreign Minister", "Russian Foreign Ministry")
MARZOUK = Person("Mousa Abu Marzouk", "political bureau member", "Hamas")
LAVROV = Person("Sergei Lavrov", "Foreign Minister", "Russian Foreign Ministry")
BAGHERI = Person("Ali Bagheri Kani", "Deputy Foreign Minister", "Iran")
FIVE_OFFICIALS = [
    Person("Mikhail Bogdanov", "Deputy Foreign Minister and Special Presidential Envoy for the Middle East",
           "Russian Foreign Ministry"),
    Person("Sergei Lavrov", "Foreign Minister", "Russian Foreign Ministry"),
    Person("Mousa Abu Marzouk", "political bureau member", "Hamas"),
    Person("Ismail Haniyeh", "head of the political bureau", "Hamas"),
    Person("Khaled Mashal", "head of the movement abroad", "Hamas"),
]


def small_specs() -> list[EventSpec]:
    """Seven events shaped like the seeds: lanes, a month span, a year span, an undated one,
    an event without delegation, one without officials, one with two sources, an emoji."""
    return [
        EventSpec("Bogdanov met Abu Marzouk in Moscow on 4 February 2021.", "2021-02-04", basis="relative",
                  delegations=["Hamas"], hosts=[BOGDANOV], members=[MARZOUK]),
        EventSpec("Hamas and Islamic Jihad delegations held talks with Lavrov on 5 February 2021.", "2021-02-05",
                  type="talks", delegations=["Hamas", "Palestinian Islamic Jihad"], hosts=[LAVROV]),
        EventSpec("Emoji 😀🎉 before: Iranian envoys met Bogdanov in October 2023.", "2023-10", precision="month",
                  delegations=["Iran"], hosts=[BOGDANOV], members=[BAGHERI],
                  before="Smileys 😀😀 <b>not bold</b> ahead.\n\n"),
        EventSpec("A Hamas delegation visited Moscow on 26 October 2023.", "2023-10-26", type="visit",
                  delegations=["Hamas"], hosts=[BOGDANOV], documents=2),
        EventSpec("Officials met in Geneva sometime in 2019 <a href=\"http://x\">link</a> <img src=\"y.png\"> javascript:alert(1).",
                  "2019", precision="year", location="Geneva", basis="publication", hosts=[LAVROV]),
        EventSpec("A Taliban delegation held a meeting in Doha, no officials named.", "2022-06-15",
                  delegations=["Taliban"], location="Doha"),
        EventSpec("Hamas leaders met <b>someone</b> at an undisclosed time.", None,
                  delegations=["Hamas"], hosts=[Person("Unnamed Host", None, None)], location="Istanbul"),
    ]


# ----------------------------------------------------------------------------- bulk (benchmarks)

DELEGATIONS = (
    "Hamas", "Taliban", "Iran", "Hezbollah", "Palestinian Islamic Jihad", "Houthis", "Fatah", "Syria",
    "Turkey", "Qatar", "Egypt", "Muslim Brotherhood", "Libya National Army", "Polisario Front",
)
FIRST = ("Ali", "Mikhail", "Sergei", "Mousa", "Ismail", "Khaled", "Ahmad", "Mohammad", "Abdul", "Yusuf",
         "Omar", "Hassan", "Ivan", "Maria", "Leila", "Nabil", "Rami", "Samir", "Tariq", "Zaid")
LAST = ("Bogdanov", "Lavrov", "Haniyeh", "Marzouk", "Zakharova", "Nakhalah", "Baradar", "Muttaqi",
        "Amir-Abdollahian", "Bagheri", "Qassem", "Nasrallah", "Abbas", "Shtayyeh", "Sinwar", "Mashal",
        "Zaki", "Hamdan", "Rahman", "Karimi", "Volkov", "Petrov", "Orlov", "Saleh", "Najjar")
CITIES = ("Moscow", "Doha", "Tehran", "Beirut", "Cairo", "Istanbul", "Ankara", "Kabul", "Damascus", "Geneva")
TYPES = ("meeting", "visit", "talks", "call")


def bulk_fill(path: Path, n: int = 100_000, *, seed: int = 7, documents: int = 2000) -> Database:
    """A database of `n` synthetic events (with participants, mentions and evidence), fast."""
    rng = random.Random(seed)
    db = Database(str(path))
    people = sorted({f"{f} {l}" for f in FIRST for l in LAST})[:400]
    with db.engine.begin() as conn:
        actors = [{"id": i + 1, "name": name, "kind": "movement", "fold_key": name.lower()} for i, name in enumerate(DELEGATIONS)]
        org_id = len(actors) + 1
        actors.append({"id": org_id, "name": "Russian Foreign Ministry", "kind": "government", "fold_key": "rfm"})
        first_person = org_id + 1
        actors += [{"id": first_person + i, "name": name, "kind": "person", "fold_key": name.lower()} for i, name in enumerate(people)]
        conn.execute(insert(Actor.__table__), actors)

        doc_rows, doc_len = [], []
        for d in range(documents):
            body = " ".join(f"Sentence {k} of synthetic report {d}: a delegation met officials." for k in range(60))
            doc_rows.append({"id": d + 1, "path": f"/synthetic/report_{d:05d}.txt", "content_hash": f"{d:064x}", "size": len(body),
                             "mtime_ns": 0, "encoding": "utf-8", "text": body, "published": None, "published_how": "none"})
            doc_len.append(len(body))
        conn.execute(insert(Document.__table__), doc_rows)

        start_day = date(1995, 1, 1).toordinal()
        span = date(2025, 12, 31).toordinal() - start_day
        events, parts, mentions, evidence = [], [], [], []
        mention_id = 0
        for i in range(1, n + 1):
            roll = rng.random()
            day = date.fromordinal(start_day + rng.randrange(span))
            if roll < 0.04:
                value, precision = None, "unknown"
            elif roll < 0.11:
                value, precision = day.strftime("%Y-%m"), "month"
            elif roll < 0.14:
                value, precision = day.strftime("%Y"), "year"
            else:
                value, precision = day.isoformat(), "day"
            kind = rng.choice(TYPES)
            dels = [] if rng.random() < 0.05 else rng.sample(range(1, len(DELEGATIONS) + 1), 1 if rng.random() < 0.85 else 2)
            hosts = rng.sample(range(first_person, first_person + len(people)), rng.choice((0, 1, 1, 2)))
            city = rng.choice(CITIES)
            names = ", ".join(DELEGATIONS[d - 1] for d in dels) or "Officials"
            events.append({"id": i, "date": value, "precision": precision, "basis": "explicit" if value else "unknown",
                           "type": kind, "location": city, "title": f"{names} {kind} in {city}", "sort_key": value or "9999"})
            for d in dels:
                parts.append({"event_id": i, "actor_id": d, "role": "delegation", "title": None, "organization_id": None})
            for h in hosts:
                parts.append({"event_id": i, "actor_id": h, "role": "host", "title": "Deputy Foreign Minister", "organization_id": org_id})
            for _ in range(1 if rng.random() < 0.8 else 2):
                mention_id += 1
                doc = rng.randrange(documents)
                s = rng.randrange(max(1, doc_len[doc] - 80))
                mentions.append({"id": mention_id, "document_id": doc + 1, "article_id": None, "event_id": i, "date": value,
                                 "precision": precision, "basis": "explicit" if value else "unknown", "date_text": None,
                                 "type": kind, "location": city, "location_country": None, "topic": ""})
                evidence.append({"mention_id": mention_id, "document_id": doc + 1, "start": s, "end": s + 60})
        conn.execute(insert(Event.__table__), events)
        conn.execute(insert(Participant.__table__), parts)
        conn.execute(insert(Mention.__table__), mentions)
        conn.execute(insert(Evidence.__table__), evidence)
    with db.session() as session:
        bump_revision(session)
    return db


def day_after(value: str, days: int = 1) -> str:
    return (date.fromisoformat(value) + timedelta(days=days)).isoformat()


def news_pages(folder: Path, tag: str, count: int) -> list[Path]:
    """`count` pages, each one dated meeting of its own (distinct years, so nothing merges)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"{tag}_{n}.txt"
        path.write_text(
            f"Talks {tag} {n}\n\nOn {n + 3} March {2000 + len(tag) * 3 + n}, a Hamas delegation met Russian "
            f"Deputy Foreign Minister Mikhail Bogdanov in Moscow, officials said.\n", encoding="utf-8")
        paths.append(path)
    return paths


def add_evidence(path: Path, count: int) -> None:
    """`count` more evidence spans for the first mention: an event with thousands of sources, fast.

    Spans are distinct sub-spans of the first one (one evidence row per span is a constraint)."""
    db = Database(str(path))
    try:
        with db.writing() as session:
            first = session.scalars(select(Evidence).order_by(Evidence.id).limit(1)).one()
            spans = [(a, b) for a in range(first.start, first.end) for b in range(a + 1, first.end + 1)
                     if (a, b) != (first.start, first.end)]
            assert len(spans) >= count, "the first evidence span is too short for that many sub-spans"
            session.execute(insert(Evidence), [
                {"mention_id": first.mention_id, "document_id": first.document_id, "start": a, "end": b}
                for a, b in spans[:count]
            ])
            bump_revision(session)
    finally:
        db.close()
