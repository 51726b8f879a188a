"""Which stored document a file on disk is: by path, by content hash, or moved.

The content hash decides identity (size and time can lie); these lookups let the pipeline skip
unchanged files, refuse copies, and follow a file that was moved, without reading any text.
"""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from .fast_sql import FastStatement, connection
from .models import Document


@dataclass(frozen=True)
class KnownFile:
    id: int
    content_hash: str
    size: int
    mtime_ns: int


def known_file(session: Session, path: str) -> KnownFile | None:
    return known_files(session, [path]).get(path)


D = Document.__table__
_BY_PATHS = FastStatement(select(D.c.path, D.c.id, D.c.content_hash, D.c.size, D.c.mtime_ns).where(
    D.c.path.in_(bindparam("paths", expanding=True))))
_AT_PATH_OR_WITH_HASH = FastStatement(select(D.c.path, D.c.id, D.c.content_hash, D.c.size, D.c.mtime_ns).where(
    (D.c.path == bindparam("path")) | (D.c.content_hash == bindparam("hash"))))
_PATH_WITH_HASH = FastStatement(select(D.c.path).where(D.c.content_hash == bindparam("hash")).limit(1))


def known_files(session: Session, paths: list[str]) -> dict[str, KnownFile]:
    """What is stored for these paths, a few hundred per query: one query per file cost 2-3 s
    for 10,000 unchanged files. (Core statements built once: the writer asks for every file.)"""
    found: dict[str, KnownFile] = {}
    conn = connection(session)
    for start in range(0, len(paths), 500):
        rows = _BY_PATHS.rows(conn, {"paths": paths[start:start + 500]})
        found.update((row[0], KnownFile(*row[1:])) for row in rows)
    return found


def stored_as(session: Session, path: str, content_hash: str) -> tuple[KnownFile | None, str | None]:
    """(what is stored at this path, the path of the stored document with this content), in
    one lookup: the writer asks both for every new file, under the write lock."""
    known, twin = None, None
    for row in _AT_PATH_OR_WITH_HASH.rows(connection(session), {"path": path, "hash": content_hash}):
        if row[0] == path:
            known = KnownFile(*row[1:])
        if row[2] == content_hash and twin is None:
            twin = row[0]
    return known, twin


def move_document(session: Session, old_path: str, new_path: str, mtime_ns: int) -> bool:
    """A stored file found at a new path with the same content (and gone from the old one): the
    document follows it, so "Open original" opens a file that exists. False if the old path is
    no longer stored or the new one already is (another ingest got there first)."""
    doc = session.scalars(select(Document).where(Document.path == old_path)).first()
    if doc is None or session.scalar(select(Document.id).where(Document.path == new_path)) is not None:
        return False
    doc.path, doc.mtime_ns = new_path, mtime_ns
    return True


_PATHS_WITH_HASHES = FastStatement(select(D.c.content_hash, D.c.path).where(
    D.c.content_hash.in_(bindparam("hashes", expanding=True))))


def paths_with_hashes(session: Session, hashes: set[str]) -> dict[str, str]:
    """content hash -> the path of the stored document with that content, for those stored."""
    found: dict[str, str] = {}
    ordered, conn = sorted(hashes), connection(session)
    for start in range(0, len(ordered), 500):
        found.update(_PATHS_WITH_HASHES.rows(conn, {"hashes": ordered[start:start + 500]}))
    return found


def path_with_hash(session: Session, content_hash: str) -> str | None:
    found = _PATH_WITH_HASH.scalars(connection(session), {"hash": content_hash})
    return found[0] if found else None


def touch_document(session: Session, document_id: int, mtime_ns: int) -> None:
    """Remember the mtime of unchanged content (the hash decided it is unchanged)."""
    doc = session.get(Document, document_id)
    if doc is not None:
        doc.mtime_ns = mtime_ns
