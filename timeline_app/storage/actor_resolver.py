"""Map the extractor's actors to rows of the actors table, merging spelling variants through
folded aliases (write side of ingest).

`ActorCache` remembers what the actors and aliases tables hold, as far as one write transaction
has looked them up or written them, so the documents of one batch ask the database about each
name once (a gazetteer actor named in thousands of pages was looked up by name and by alias,
and its alias list read, for every page). It is only valid inside the transaction that filled
it, while this process holds the write lock: the pipeline makes a new one per transaction and
after a document is rolled back.

`ActorResolver` is one document's view: the same person named twice in one document is one
actor, and which row a name resolves to is decided exactly as by the database queries the cache
stands for (exact name first, then the lowest-id actor sharing a folded alias).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import Connection, bindparam, insert, select, update

from ..domain import ActorRef, DocumentExtraction
from ..names import compact_key as _compact_key
from .fast_sql import FastStatement
from .models import Actor, Alias

A, AL = Actor.__table__, Alias.__table__
_ROW_COLUMNS = (A.c.id, A.c.name, A.c.kind, A.c.fold_key, A.c.affiliation_id)
_BY_NAME = FastStatement(select(*_ROW_COLUMNS).where(A.c.name.in_(bindparam("names", expanding=True))))
_BY_ALIAS = FastStatement(select(AL.c.fold_key, *_ROW_COLUMNS).join(A, A.c.id == AL.c.actor_id).where(
    AL.c.fold_key.in_(bindparam("keys", expanding=True))))
_ALIAS_KEYS = FastStatement(select(AL.c.actor_id, AL.c.fold_key).where(AL.c.actor_id.in_(bindparam("ids", expanding=True))))
_RENAME = FastStatement(update(A).where(A.c.id == bindparam("aid")).values(name=bindparam("new_name")))
_SET_AFFILIATION = FastStatement(update(A).where(A.c.id == bindparam("aid")).values(affiliation_id=bindparam("org")))
_NEW_ACTOR = FastStatement(insert(A).returning(A.c.id))
_NEW_ALIASES = FastStatement(insert(AL))
CHUNK = 400
# the same gazetteer names come back in thousands of pages, and their folded keys are asked for
# several times per page (prefetch, resolve, aliases): a pure function, remembered
compact_key = lru_cache(maxsize=65536)(_compact_key)


def family(kind: str) -> str:
    """Every kind that is not a person is an organisation here: the extractor also reports
    affiliations of kind "country", and a list of known kinds made each document create a new
    "Saudi Arabia (2)", "(3)", ... actor."""
    return "person" if kind == "person" else "org"


@dataclass
class ActorRow:
    id: int
    name: str
    kind: str
    fold_key: str
    affiliation_id: int | None


class ActorCache:
    """The actors and aliases rows one write transaction has seen or written (see module doc)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.rows: dict[int, ActorRow] = {}
        self._by_name: dict[str, int | None] = {}  # name -> actor id, None: no actor has it
        self._owners: dict[str, set[int]] = {}  # alias fold key -> the actors having it
        self._alias_keys: dict[int, set[str]] = {}  # actor id -> its alias fold keys

    def prefetch(self, names: set[str], keys: set[str], *, with_aliases: bool = False) -> None:
        """Look up a document's names and alias keys in two queries instead of one per actor.

        with_aliases: also read the alias keys of the actors found by name, in one query, which
        resolving each of them reads anyway (`alias_keys`, one query per actor: the most frequent
        statement of a cold ingest, since every batch starts with an empty cache)."""
        missing = sorted(n for n in names if n not in self._by_name)
        found: list[int] = []
        for start in range(0, len(missing), CHUNK):
            chunk = missing[start:start + CHUNK]
            self._by_name.update((n, None) for n in chunk)
            for row in _BY_NAME.rows(self.conn, {"names": chunk}):
                found.append(self._remember(ActorRow(*row)).id)
        unknown = sorted(k for k in keys if k not in self._owners)
        for start in range(0, len(unknown), CHUNK):
            chunk = unknown[start:start + CHUNK]
            self._owners.update((k, set()) for k in chunk)
            for key, *row in _BY_ALIAS.rows(self.conn, {"keys": chunk}):
                actor = self._remember(ActorRow(*row))
                self._owners[key].add(actor.id)
        if with_aliases:
            self._read_alias_keys(sorted({a for a in found if a not in self._alias_keys}))

    def _read_alias_keys(self, actor_ids: list[int]) -> None:
        for start in range(0, len(actor_ids), CHUNK):
            chunk = actor_ids[start:start + CHUNK]
            self._alias_keys.update((a, set()) for a in chunk)
            for owner, key in _ALIAS_KEYS.rows(self.conn, {"ids": chunk}):
                self._alias_keys[owner].add(key)

    def _remember(self, row: ActorRow) -> ActorRow:
        known = self.rows.setdefault(row.id, row)
        self._by_name[known.name] = known.id
        return known

    def named(self, name: str) -> ActorRow | None:
        if name not in self._by_name:
            self.prefetch({name}, set())
        actor_id = self._by_name[name]
        return None if actor_id is None else self.rows[actor_id]

    def by_alias(self, keys: set[str], fam: str) -> ActorRow | None:
        """The lowest-id actor of the family having one of these folded aliases."""
        self.prefetch(set(), keys)
        ids = [a for k in keys for a in self._owners[k] if family(self.rows[a].kind) == fam]
        return self.rows[min(ids)] if ids else None

    def alias_keys(self, actor_id: int) -> set[str]:
        if actor_id not in self._alias_keys:
            self._read_alias_keys([actor_id])
        return self._alias_keys[actor_id]

    def create(self, name: str, kind: str) -> ActorRow:
        fold = compact_key(name)
        new_id = _NEW_ACTOR.insert_ids(self.conn, [{"name": name, "kind": kind, "fold_key": fold}])[0]
        row = self._remember(ActorRow(new_id, name, kind, fold, None))
        self._alias_keys[new_id] = set()
        return row

    def add_aliases(self, actor: ActorRow, variants: tuple[str, ...]) -> None:
        existing = self.alias_keys(actor.id)
        rows = []
        for variant in variants:
            key = compact_key(variant)
            if key and key not in existing:
                rows.append({"actor_id": actor.id, "alias": variant, "fold_key": key})
                existing.add(key)
                if key in self._owners:
                    self._owners[key].add(actor.id)
        _NEW_ALIASES.many(self.conn, rows)

    def rename(self, actor: ActorRow, name: str) -> None:
        _RENAME.run(self.conn, {"aid": actor.id, "new_name": name})
        self._by_name[actor.name] = None
        actor.name = name
        self._by_name[name] = actor.id

    def set_affiliation(self, actor: ActorRow, org: ActorRow) -> None:
        _SET_AFFILIATION.run(self.conn, {"aid": actor.id, "org": org.id})
        actor.affiliation_id = org.id


class ActorResolver:
    """One document's actors: each ActorRef to an actor row (found, or made with its aliases)."""

    def __init__(self, cache: ActorCache) -> None:
        self._cache = cache
        self._by_name: dict[tuple[str, str], ActorRow] = {}
        self._by_key: dict[tuple[str, str], ActorRow] = {}
        self.renamed: set[int] = set()  # existing actors given a preferred spelling: retitle their events

    def prefetch(self, extraction: DocumentExtraction) -> None:
        names: set[str] = set()
        keys: set[str] = set()
        for mention in extraction.mentions:
            for p in mention.participants:
                names.add(p.actor.name)
                keys |= {compact_key(v) for v in (p.actor.name, *p.actor.variants)}
                if p.actor.affiliation:
                    names.add(p.actor.affiliation)
                    keys.add(compact_key(p.actor.affiliation))
        self._cache.prefetch(names, keys - {""}, with_aliases=True)

    def resolve(self, ref: ActorRef) -> ActorRow:
        fam = family(ref.kind)
        keys = {compact_key(v) for v in (ref.name, *ref.variants)} - {""}
        actor = self._by_name.get((fam, ref.name)) or next(
            (self._by_key[(fam, k)] for k in sorted(keys) if (fam, k) in self._by_key), None
        )
        if actor is None:
            actor = self._find(ref, fam, keys)
            if actor is not None:
                self._prefer_spelling(actor, ref.name)
        if actor is None:
            actor = self._cache.create(self._free_name(ref.name), ref.kind)
        self._cache.add_aliases(actor, (ref.name, *ref.variants))
        if ref.affiliation and actor.affiliation_id is None and ref.affiliation != ref.name:
            self._cache.set_affiliation(actor, self.resolve(ActorRef(ref.affiliation, ref.affiliation_kind or "organisation")))
        self._by_name[(fam, ref.name)] = actor
        for key in keys:
            self._by_key.setdefault((fam, key), actor)
        return actor

    def _find(self, ref: ActorRef, fam: str, keys: set[str]) -> ActorRow | None:
        actor = self._cache.named(ref.name)
        if actor is not None and family(actor.kind) == fam:
            return actor
        return self._cache.by_alias(keys, fam) if keys else None

    def _prefer_spelling(self, actor: ActorRow, name: str) -> None:
        """Of two spellings of one name ("Al-Thani", "Al Thani"), the actor is shown under the one
        that sorts first, so its name does not depend on which document arrived first."""
        if name >= actor.name or compact_key(name) != actor.fold_key:
            return
        if self._cache.named(name) is None:
            self._cache.rename(actor, name)
            self.renamed.add(actor.id)

    def _free_name(self, name: str) -> str:
        """Actor names are unique; a person and an organisation may share one (rare)."""
        candidate, n = name, 2
        while self._cache.named(candidate) is not None:
            candidate = f"{name} ({n})"
            n += 1
        return candidate
