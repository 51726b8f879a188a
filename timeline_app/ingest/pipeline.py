"""Ingest a batch of files: read, extract, store and merge, all of a document or nothing of it.

Extraction runs in worker processes (see parallel.py); this process reads, hashes and is the only
writer: it stores several documents per write transaction, each in its own savepoint
(storage/write_batch.py), and every write of the command (a moved file, a new mtime) goes through
that one transaction, so it never waits for a lock it holds itself. Files whose size and modification time match what is stored are skipped without being
read, files whose content hash matches (or copies of a stored file) without being extracted.

A bad file costs one line in the report and nothing else: what is already stored stays, and
the rest of the batch carries on. Callers (the command line, the GUI worker) pass callbacks
for progress and cancellation; this module knows nothing about terminals or windows.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial

from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from ..domain import DocumentExtraction
from ..storage import curation_reingest, file_identity as files_db, repository as repo
from ..storage.db import Database, DatabaseError, fatal_write_error
from ..storage.event_refresh import refresh_events
from ..storage.write_batch import WriteBatch
from .extract import extract_document
from .files import FileItem, expand_paths
from .merge import cluster_mentions
from .parallel import Extracted, extract_in_order
from .reader import RawFile, ReadError, SourceText, parse_raw, read_raw

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: str  # added | replaced | unchanged | duplicate | moved | failed | skipped (a format we do not read)
    reason: str | None = None
    events_added: int = 0
    events_merged: int = 0


@dataclass
class IngestReport:
    outcomes: list[FileOutcome] = field(default_factory=list)
    total_events: int = 0
    cancelled: bool = False

    def count(self, *statuses: str) -> int:
        return sum(1 for o in self.outcomes if o.status in statuses)

    @property
    def failures(self) -> list[FileOutcome]:
        return [o for o in self.outcomes if o.status == "failed"]

    @property
    def events_added(self) -> int:
        return sum(o.events_added for o in self.outcomes)

    @property
    def events_merged(self) -> int:
        return sum(o.events_merged for o in self.outcomes)

    def summary(self) -> str:
        formats = f"{self.count('skipped')} skipped (format), " if self.count("skipped") else ""
        text = (
            f"{self.count('added', 'replaced')} files read, {self.count('unchanged', 'duplicate', 'moved')} skipped as unchanged, "
            f"{formats}{self.count('failed')} failed; events: {self.events_added} added, {self.events_merged} merged, "
            f"{self.total_events} total"
        )
        return text + (" (cancelled)" if self.cancelled else "")


def ingest_paths(
    db: Database,
    paths: Iterable[str | os.PathLike[str]],
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelFn | None = None,
) -> IngestReport:
    """Ingest files and folders in the order listed; workers parse and extract, this process
    reads, hashes and stores one document per transaction (so merges come out as with one process)."""
    items = list(expand_paths(paths))
    report = IngestReport()
    stored = _stored_files(db, items)
    planned = _plans(db, items, stored)
    results = extract_in_order(
        planned, lambda plan: None if plan.outcome else plan.raw,
        partial(analyse, extractor=extract_document), expected=len(items),
    )
    batch = WriteBatch(db)
    pending: list[FileOutcome] = []  # stored in the open batch: reported once it is committed
    try:
        for index, item in enumerate(items):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            if progress is not None:
                progress(index, len(items), item.path)
            plan, extracted = next(results)
            if plan.outcome and not plan.write:
                report.outcomes.append(plan.outcome)
                continue
            pending.append(_write(batch, plan, extracted))
            if batch.due():
                _commit(db, batch, pending, report)
        _commit(db, batch, pending, report)
    except BaseException:
        if isinstance(sys.exc_info()[1], (KeyboardInterrupt, DatabaseError)):
            _commit(db, batch, pending, report, quietly=True)  # keep the documents already complete
        batch.rollback()
        raise
    finally:
        results.close()  # after a cancel or an error: stop the workers
    if progress is not None and not report.cancelled:
        progress(len(items), len(items), "")
    try:
        with db.session() as session:
            report.total_events = repo.count_events(session)
    except SQLAlchemyError:
        pass
    return report


def _commit(db: Database, batch: WriteBatch, pending: list[FileOutcome], report: IngestReport, *, quietly: bool = False) -> None:
    """Commit the open batch; its documents are reported only now (a failed commit fails them all)."""
    try:
        batch.commit()
    except SQLAlchemyError as exc:
        if quietly:
            pending.clear()
            return
        outcome = _database_failure(db, "", exc)  # raises for a database that cannot be written
        pending[:] = [FileOutcome(o.path, "failed", outcome.reason) if o.status in ("added", "replaced") else o
                      for o in pending]
    report.outcomes += pending
    pending.clear()


@dataclass(frozen=True)
class Analysis:
    """What a worker hands back for one file: the text we store and the events found in it."""
    source: SourceText
    extraction: DocumentExtraction


def analyse(raw: RawFile, extractor: Callable[..., DocumentExtraction]) -> Analysis:
    """Parse a file's bytes and extract its events (runs in a worker process)."""
    source = parse_raw(raw)
    return Analysis(source, extractor(source.text, published_hint=source.published, saved_on=source.saved_on))


@dataclass
class _Plan:
    """What the reader decided for one file: an outcome already, or bytes to analyse and store."""
    item: FileItem
    outcome: FileOutcome | None = None
    raw: RawFile | None = None
    known: files_db.KnownFile | None = None
    write: Callable[[Session], bool] | None = None  # a change the writer makes (a new mtime, a move)


def _stored_files(db: Database, items: list[FileItem]) -> dict[str, files_db.KnownFile]:
    paths = [item.path for item in items if not item.error and not item.skipped]
    with db.session() as session:
        return files_db.known_files(session, paths)


PLAN_AHEAD = 64  # files read and hashed before the new ones' contents are looked up (one query)
PLAN_AHEAD_BYTES = 32 * 1024 * 1024


def _plans(db: Database, items: list[FileItem], stored: dict[str, files_db.KnownFile]) -> Iterator[_Plan]:
    """The plan of each item, in order, reading a few files ahead: whether a new file's content is
    already stored (a copy, or a file moved here) is asked for a chunk of files in one short
    read transaction, not one per file (a transaction and a query per page were a tenth of the
    writer's time in a cold ingest)."""
    chunk: list[_Plan] = []
    held = 0
    for item in items:
        plan = _read(item, stored)
        chunk.append(plan)
        held += len(plan.raw.data) if plan.raw is not None else 0
        if len(chunk) >= PLAN_AHEAD or held >= PLAN_AHEAD_BYTES:
            yield from _copies_found(db, chunk)
            chunk, held = [], 0
    yield from _copies_found(db, chunk)


def _read(item: FileItem, stored: dict[str, files_db.KnownFile]) -> _Plan:
    """Read and hash a file. The content hash decides (size and time can lie: an edit that kept
    the size and had its time restored); unchanged content is never analysed."""
    if item.error:
        return _Plan(item, FileOutcome(item.path, "failed", item.error))
    if item.skipped:
        return _Plan(item, FileOutcome(item.path, "skipped", item.skipped))
    path, known = item.path, stored.get(item.path)
    try:
        raw = read_raw(path)
    except ReadError as exc:
        return _Plan(item, FileOutcome(path, "failed", str(exc)))
    except MemoryError:
        return _Plan(item, FileOutcome(path, "failed", "out of memory while reading this file"))
    if known and known.content_hash == raw.content_hash:
        touch = partial(files_db.touch_document, document_id=known.id, mtime_ns=raw.mtime_ns)
        return _Plan(item, FileOutcome(path, "unchanged"), write=touch if known.mtime_ns != raw.mtime_ns else None)
    return _Plan(item, None, raw, known)


def _copies_found(db: Database, plans: list[_Plan]) -> list[_Plan]:
    """The plans, with new files whose content is stored under another path turned into a move
    (the stored file is gone from there: follow it) or a duplicate: neither is analysed."""
    new = [p for p in plans if p.raw is not None and p.outcome is None and p.known is None]
    if not new:
        return plans
    try:
        with db.session() as session:
            twins = files_db.paths_with_hashes(session, {p.raw.content_hash for p in new})  # type: ignore[union-attr]
    except SQLAlchemyError as exc:
        failed = {id(p): _Plan(p.item, _database_failure(db, p.item.path, exc)) for p in new}
        return [failed.get(id(p), p) for p in plans]
    asked = {id(p) for p in new}
    out: list[_Plan] = []
    for plan in plans:
        twin = twins.get(plan.raw.content_hash) if id(plan) in asked else None  # type: ignore[union-attr]
        if twin is None:
            out.append(plan)
            continue
        path, raw = plan.item.path, plan.raw
        if not os.path.exists(twin):  # the stored file was moved here: follow it
            move = partial(files_db.move_document, old_path=twin, new_path=path, mtime_ns=raw.mtime_ns)  # type: ignore[union-attr]
            out.append(_Plan(plan.item, FileOutcome(path, "moved", f"moved from {twin}"), write=move))
        else:
            out.append(_Plan(plan.item, FileOutcome(path, "duplicate", f"same content as {twin}")))
    return out


def _write(batch: WriteBatch, plan: _Plan, extracted: Extracted | None) -> FileOutcome:
    """Make one document's changes in its own savepoint of the open batch: all or nothing."""
    path = plan.item.path
    if plan.outcome is None and (extracted is None or extracted.extraction is None):
        return FileOutcome(path, "failed", extracted.failure if extracted else "could not be read")
    # a new file is stored through Core statements only: a plain savepoint will do (write_batch)
    plain = plan.outcome is None and plan.known is None
    try:
        try:
            return _unit(batch, plan, extracted, orm=not plain)
        except _NeedsOrm:  # another writer stored this path since it was read: replace it
            return _unit(batch, plan, extracted, orm=True)
    except SQLAlchemyError as exc:
        return _database_failure(batch.db, path, exc)
    except RecursionError:
        return FileOutcome(path, "failed", "text too deeply nested to analyse")
    except MemoryError:
        return FileOutcome(path, "failed", "out of memory while analysing this file")


class _NeedsOrm(Exception):
    """A unit in a plain savepoint met a stored document to replace (the ORM's work)."""


def _unit(batch: WriteBatch, plan: _Plan, extracted: Extracted | None, *, orm: bool) -> FileOutcome:
    with batch.unit(orm=orm) as session:
        if plan.outcome is not None and plan.write is not None:
            if plan.write(session):
                batch.changed()
            return plan.outcome
        outcome, changed = _store(session, batch, plan, extracted, orm=orm)  # type: ignore[arg-type]
        if changed:
            batch.changed()
        return outcome


def _store(session: Session, batch: WriteBatch, plan: _Plan, extracted: Extracted, *, orm: bool) -> tuple[FileOutcome, bool]:
    """Store one analysed document and merge its reports; (outcome, whether anything changed)."""
    path = plan.item.path
    source, extraction = extracted.extraction.source, extracted.extraction.extraction
    # Look again under the write lock: another ingest (the window, a second command) may
    # have stored this path or this content since we looked, and paths are unique.
    known, twin = files_db.stored_as(session, path, source.content_hash)
    if known and known.content_hash == source.content_hash:
        return FileOutcome(path, "unchanged"), False
    if known and not orm:
        raise _NeedsOrm  # nothing written yet
    if twin and known:
        # edited into a copy of another stored file: its old version goes, the copy is not stored twice
        affected = repo.delete_document(session, known.id)  # curated events stay, "source gone"
        refresh_events(session, affected)
        return FileOutcome(path, "duplicate", f"same content as {twin}"), True
    if twin:
        return FileOutcome(path, "duplicate", f"same content as {twin}"), False
    kept = curation_reingest.remember(session, known.id) if known else None  # the analyst's decisions
    affected = repo.delete_document(session, known.id) if known else set()
    fresh: dict | None = None if known else {}  # a new file's reports, as stored: the merge need not read them back
    mention_ids = repo.store_document(
        session, path=path, content_hash=source.content_hash, size=source.size, mtime_ns=source.mtime_ns,
        encoding=source.encoding, text=source.text, extraction=extraction, actors=batch.actors, fresh=fresh,
    )
    if kept is not None:
        mention_ids = curation_reingest.reattach(session, kept, files_db.known_file(session, path).id, mention_ids)
    refresh_events(session, affected)
    stats = cluster_mentions(session, mention_ids, affected, batch.events, fresh)
    return FileOutcome(path, "replaced" if known else "added", None, stats.added, stats.merged), True


def _database_failure(db: Database, path: str, exc: SQLAlchemyError) -> FileOutcome:
    fatal = fatal_write_error(exc)
    if fatal:  # read-only, disk full, server gone: every further file would fail alike
        raise DatabaseError(f"{db.path or db.url}: {fatal}") from None
    if isinstance(exc, OperationalError):
        return FileOutcome(path, "failed", f"database error: {str(exc.orig or exc).splitlines()[0]}")
    return FileOutcome(path, "failed", f"database error: {exc.__class__.__name__}")
