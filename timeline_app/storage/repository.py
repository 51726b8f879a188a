"""Write side: documents, actors, mentions and the events they are clustered into.

Every function takes the caller's Session (one unit of work per document, opened by the
ingest pipeline), so a document is stored with all its events or not at all.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import ColumnElement, delete, func, insert, select
from sqlalchemy.orm import Session

from ..domain import ActorRef, DocumentExtraction
from ..names import compact_key
from .aggregate import MentionFacts, aggregate, merge_role
from .curation_state import apply_facts, is_pinned, owned_fields, participant_slots
from .models import (
    Actor, Alias, Article, Document, Event, Evidence, Mention, MentionParticipant, MergeTerm, Participant,
)



def delete_document(session: Session, document_id: int) -> set[int]:
    """Remove a document with its mentions; returns the events that must be re-aggregated."""
    affected = set(
        session.scalars(select(Mention.event_id).where(Mention.document_id == document_id, Mention.event_id.is_not(None)))
    )
    mention_ids = select(Mention.id).where(Mention.document_id == document_id)
    session.execute(delete(Evidence).where(Evidence.document_id == document_id))
    session.execute(delete(MentionParticipant).where(MentionParticipant.mention_id.in_(mention_ids)))
    session.execute(delete(Mention).where(Mention.document_id == document_id))
    session.execute(delete(Article).where(Article.document_id == document_id))
    session.execute(delete(Document).where(Document.id == document_id))
    session.flush()
    return affected


# --------------------------------------------------------------------------- actors

class ActorResolver:
    """Maps extractor actors to rows, merging spelling variants through folded aliases.

    New actors stay pending (no flush per actor): the caller writes the whole document in one
    flush, inside `session.no_autoflush`, and the resolver remembers what it created so the
    same person named twice in one document is one actor.
    """

    def __init__(self, session: Session) -> None:
        self._session = session
        self._by_name: dict[tuple[str, str], Actor] = {}
        self._by_key: dict[tuple[str, str], Actor] = {}
        self._alias_keys: dict[int, set[str]] = {}
        self._new_names: set[str] = set()
        self.renamed: set[int] = set()  # existing actors given a preferred spelling: retitle their events

    def resolve(self, ref: ActorRef) -> Actor:
        family = "person" if ref.kind == "person" else "org"
        keys = {compact_key(v) for v in (ref.name, *ref.variants)} - {""}
        actor = self._by_name.get((family, ref.name)) or next(
            (self._by_key[(family, k)] for k in sorted(keys) if (family, k) in self._by_key), None
        )
        if actor is None:
            actor = self._find(ref, family, keys)
            if actor is not None:
                self._prefer_spelling(actor, ref.name)
        if actor is None:
            actor = Actor(name=self._free_name(ref.name), kind=ref.kind, fold_key=compact_key(ref.name))
            self._session.add(actor)
            self._new_names.add(actor.name)
        self._add_aliases(actor, (ref.name, *ref.variants))
        if ref.affiliation and actor.affiliation is None and ref.affiliation != ref.name:
            actor.affiliation = self.resolve(ActorRef(ref.affiliation, ref.affiliation_kind or "organisation"))
        self._by_name[(family, ref.name)] = actor
        for key in keys:
            self._by_key.setdefault((family, key), actor)
        return actor

    def _in_family(self, family: str) -> ColumnElement[bool]:
        """Every kind that is not a person is an organisation here: the extractor also reports
        affiliations of kind "country", and a list of known kinds made each document create a new
        "Saudi Arabia (2)", "(3)", ... actor (and made every new name slower to find)."""
        return Actor.kind == "person" if family == "person" else Actor.kind != "person"

    def _find(self, ref: ActorRef, family: str, keys: set[str]) -> Actor | None:
        kinds = self._in_family(family)
        actor = self._session.scalar(select(Actor).where(Actor.name == ref.name, kinds))
        if actor is not None or not keys:
            return actor
        return self._session.scalar(
            select(Actor)
            .join(Alias, Alias.actor_id == Actor.id)
            .where(Alias.fold_key.in_(keys), kinds)
            .order_by(Actor.id)
            .limit(1)
        )

    def _prefer_spelling(self, actor: Actor, name: str) -> None:
        """Of two spellings of one name ("Al-Thani", "Al Thani"), the actor is shown under the one
        that sorts first, so its name does not depend on which document arrived first."""
        if actor.id is None or name >= actor.name or compact_key(name) != actor.fold_key:
            return
        if self._session.scalar(select(Actor.id).where(Actor.name == name)) is None:
            actor.name = name
            self.renamed.add(actor.id)

    def _free_name(self, name: str) -> str:
        """Actor names are unique; a person and an organisation may share one (rare)."""
        candidate, n = name, 2
        while candidate in self._new_names or self._session.scalar(select(Actor.id).where(Actor.name == candidate)) is not None:
            candidate = f"{name} ({n})"
            n += 1
        return candidate

    def _add_aliases(self, actor: Actor, variants: tuple[str, ...]) -> None:
        existing = self._alias_keys.get(id(actor))
        if existing is None:
            existing = set() if actor.id is None else set(
                self._session.scalars(select(Alias.fold_key).where(Alias.actor_id == actor.id))
            )
            self._alias_keys[id(actor)] = existing
        for variant in variants:
            key = compact_key(variant)
            if key and key not in existing:
                self._session.add(Alias(actor=actor, alias=variant, fold_key=key))
                existing.add(key)


# --------------------------------------------------------------------------- documents

def store_document(
    session: Session,
    *,
    path: str,
    content_hash: str,
    size: int,
    mtime_ns: int,
    encoding: str,
    text: str,
    extraction: DocumentExtraction,
) -> list[int]:
    """Insert a document with its articles and mentions; returns the new mention ids."""
    first = extraction.articles[0] if extraction.articles else None
    doc = Document(
        path=path, content_hash=content_hash, size=size, mtime_ns=mtime_ns, encoding=encoding, text=text,
        published=first.published if first else None, published_how=first.published_how if first else "none",
    )
    session.add(doc)
    session.flush()
    articles: dict[int, Article] = {}
    for info in extraction.articles:
        articles[info.position] = Article(
            document=doc, position=info.position, start=info.start, end=info.end,
            headline=(info.headline or "")[:1024] or None, published=info.published, published_how=info.published_how,
            published_start=info.published_span[0] if info.published_span else None,
            published_end=info.published_span[1] if info.published_span else None,
        )
    session.add_all(articles.values())
    resolver = ActorResolver(session)
    rows: list[Mention] = []
    with session.no_autoflush:  # build the whole document, then write it in one flush
        _build_mentions(session, doc, articles, extraction, resolver, rows)
    session.flush()  # one round of INSERTs for the whole document
    if resolver.renamed:
        for event_id in sorted(set(session.scalars(select(Participant.event_id).where(Participant.actor_id.in_(sorted(resolver.renamed)))))):
            refresh_event(session, event_id)
    return [row.id for row in rows]


def _build_mentions(session: Session, doc: Document, articles: dict[int, Article], extraction: DocumentExtraction,
                    resolver: "ActorResolver", rows: list[Mention]) -> None:
    resolved = [
        [(resolver.resolve(p.actor), p, resolver.resolve(ActorRef(p.actor.affiliation, p.actor.affiliation_kind or "organisation"))
          if p.actor.affiliation else None) for p in m.participants]
        for m in extraction.mentions
    ]
    for m, participants in zip(extraction.mentions, resolved):
        row = Mention(
            document=doc, article=articles.get(m.article), date=m.date, precision=m.precision,
            basis=m.basis, date_text=(m.date_text or "")[:256] or None, type=m.type, location=m.location,
            location_country=m.location_country, topic=" ".join(m.topic),
        )
        seen: set[int] = set()
        for actor, p, org in participants:
            if id(actor) not in seen:
                seen.add(id(actor))
                row.participants.append(MentionParticipant(actor=actor, role=p.role, title=p.title, organization=org))
        for start, end in sorted(set(m.evidence)):  # one row per span (a unique constraint)
            row.evidence.append(Evidence(document_id=doc.id, start=start, end=end))
        session.add(row)
        rows.append(row)


# --------------------------------------------------------------------------- clustering views

@dataclass(frozen=True)
class ClusterView:
    """What the merge rules look at, for one mention or one event (plain data)."""

    id: int
    document_ids: frozenset[int]
    date: str | None
    precision: str
    basis: str
    type: str
    location: str | None
    location_country: str | None
    delegations: frozenset[int]
    people: frozenset[int]
    topics: tuple[frozenset[str], ...]  # one per report: a merged event must not grow a vaguer topic


def mention_view(session: Session, mention_id: int) -> ClusterView:
    m = session.get_one(Mention, mention_id)
    dels, people = _participant_sets(session, [mention_id], by="mention")[mention_id]
    return ClusterView(
        m.id, frozenset({m.document_id}), m.date, m.precision, m.basis, m.type, m.location, m.location_country,
        dels, people, (frozenset(m.topic.split()),),
    )


def event_views(session: Session, event_ids: set[int]) -> list[ClusterView]:
    if not event_ids:
        return []
    ids = sorted(event_ids)
    events = {e.id: e for e in session.scalars(select(Event).where(Event.id.in_(ids)))}
    docs: dict[int, set[int]] = defaultdict(set)
    topics: dict[int, list[frozenset[str]]] = defaultdict(list)
    countries: dict[int, str | None] = {}
    for event_id, doc_id, topic, loc, country in session.execute(
        select(Mention.event_id, Mention.document_id, Mention.topic, Mention.location, Mention.location_country).where(Mention.event_id.in_(ids))
    ):
        docs[event_id].add(doc_id)
        topics[event_id].append(frozenset(topic.split()))
        if loc and loc == events[event_id].location:
            countries[event_id] = country
    parts = _participant_sets(session, ids, by="event")
    out = []
    for event_id in ids:
        e = events.get(event_id)
        if e is None:
            continue
        dels, people = parts.get(event_id, (frozenset(), frozenset()))
        out.append(ClusterView(
            e.id, frozenset(docs[event_id]), e.date, e.precision, e.basis, e.type, e.location, countries.get(event_id),
            dels, people, tuple(topics[event_id]),
        ))
    return out


def _participant_sets(session: Session, ids: list[int], by: str) -> dict[int, tuple[frozenset[int], frozenset[int]]]:
    table = MentionParticipant if by == "mention" else Participant
    key = MentionParticipant.mention_id if by == "mention" else Participant.event_id
    dels: dict[int, set[int]] = defaultdict(set)
    people: dict[int, set[int]] = defaultdict(set)
    for owner, actor_id, role, kind in session.execute(
        select(key, table.actor_id, table.role, Actor.kind).join(Actor, Actor.id == table.actor_id).where(key.in_(ids))
    ):
        if kind == "person":
            people[owner].add(actor_id)
        elif role == "delegation":
            dels[owner].add(actor_id)
    return {i: (frozenset(dels[i]), frozenset(people[i])) for i in ids}


def _term_key(term: str) -> str:
    return term[:64]


def assign_mention(session: Session, mention_id: int, event_id: int | None) -> int:
    """Put a mention into an event (a new one when event_id is None) and re-aggregate it."""
    if event_id is None:
        event = Event(date=None, precision="unknown", basis="unknown", type="meeting", title="", sort_key="9999")
        session.add(event)
        session.flush()
        event_id = event.id
    session.get_one(Mention, mention_id).event_id = event_id
    session.flush()
    refresh_event(session, event_id)
    return event_id


def move_event(session: Session, source_event_id: int, target_event_id: int) -> None:
    """Fold one event into another (an undated report joining the dated event it describes)."""
    for mention in session.scalars(select(Mention).where(Mention.event_id == source_event_id)):
        mention.event_id = target_event_id
    session.flush()
    refresh_event(session, source_event_id)
    refresh_event(session, target_event_id)


def refresh_event(session: Session, event_id: int) -> bool:
    """Recompute an event from its mentions; delete it when no mention is left."""
    event = session.get(Event, event_id)
    if event is None:
        return False
    # in the order of their documents' content (not of arrival), so the event reads the same
    # whichever analyst's ingest stored which report first
    mentions = list(session.scalars(
        select(Mention).join(Document, Document.id == Mention.document_id)
        .where(Mention.event_id == event_id).order_by(Document.content_hash, Mention.id)
    ))
    people_owned = "people" in owned_fields(event)  # curation: the analyst's participant rows stay
    if not people_owned:
        session.execute(delete(Participant).where(Participant.event_id == event_id))
    session.execute(delete(MergeTerm).where(MergeTerm.event_id == event_id))
    if not mentions and is_pinned(event):  # a human decided about it: keep it, say its sources are gone
        event.source_gone = True
        session.flush()
        return True
    if not mentions:
        session.delete(event)
        session.flush()
        return False
    facts = aggregate([
        MentionFacts(m.document_id, m.date, m.precision, m.basis, m.type, m.location, m.location_country) for m in mentions
    ])
    merged: dict[int, dict] = {}
    rows = session.execute(
        select(MentionParticipant, Actor.kind, Actor.name)
        .join(Actor, Actor.id == MentionParticipant.actor_id)
        .where(MentionParticipant.mention_id.in_([m.id for m in mentions]))
    ).all()
    position = {m.id: n for n, m in enumerate(mentions)}
    rows.sort(key=lambda r: (position[r[0].mention_id], r[0].id))
    for mp, kind, name in rows:
        slot = merged.setdefault(mp.actor_id, {"role": None, "title": None, "org": None, "kind": kind, "name": name})
        slot["role"] = merge_role(slot["role"], mp.role)
        slot["title"] = slot["title"] or mp.title
        slot["org"] = slot["org"] or mp.organization_id
    if people_owned:
        merged = participant_slots(session, event_id)
    for actor_id, slot in ({} if people_owned else merged).items():
        session.add(Participant(event_id=event_id, actor_id=actor_id, role=slot["role"], title=slot["title"], organization_id=slot["org"]))
    delegations = [s["name"] for s in merged.values() if s["kind"] != "person" and s["role"] == "delegation"]
    hosts = [s["name"] for s in merged.values() if s["kind"] == "person" and s["role"] == "host"]
    if facts.type == "call" and not hosts:  # the far end of a call is marked an official, not a host
        hosts = [s["name"] for s in merged.values() if s["kind"] == "person" and s["role"] == "official"]
    members = [s["name"] for s in merged.values() if s["kind"] == "person" and s["name"] not in hosts]
    apply_facts(event, facts, (delegations, hosts, members), documents=len({m.document_id for m in mentions}))  # keeps what the analyst owns
    indexed = [a for a, s in merged.items() if s["kind"] == "person" or s["role"] == "delegation"]
    terms = sorted({_term_key(t) for m in mentions for t in m.topic.split()})
    rows = [{"term": t, "actor_id": a, "event_id": event_id} for t in terms for a in indexed]
    if rows:
        session.execute(insert(MergeTerm), rows)
    session.flush()
    return True


def count_events(session: Session) -> int:
    return session.scalar(select(func.count(Event.id))) or 0
