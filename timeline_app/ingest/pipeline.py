"""Ingest a batch of files: read, extract, store and merge, one transaction per document.

Extraction runs in worker processes (see parallel.py); this process reads, hashes and is the only
writer. Files whose size and modification time match what is stored are skipped without being
read, files whose content hash matches (or copies of a stored file) without being extracted.

A bad file costs one line in the report and nothing else: what is already stored stays, and
the rest of the batch carries on. Callers (the command line, the GUI worker) pass callbacks
for progress and cancellation; this module knows nothing about terminals or windows.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from ..storage import repository as repo
from ..storage.models import Document
from ..storage.db import Database, bump_revision
from .extract import extract_document
from .files import FileItem, expand_paths
from .merge import cluster_mentions
from .parallel import Extracted, extract_in_order
from .reader import ReadError, SourceText, read_document

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: str  # added | replaced | unchanged | duplicate | failed
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
        text = (
            f"{self.count('added', 'replaced')} files read, {self.count('unchanged', 'duplicate')} skipped as unchanged, "
            f"{self.count('failed')} failed; events: {self.events_added} added, {self.events_merged} merged, "
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
    """Ingest files and folders in the order listed; workers extract, this process reads and
    stores one document per transaction (so merges come out as with one process)."""
    items = list(expand_paths(paths))
    report = IngestReport()
    looks = _first_look(db, items)
    planned = (_plan(db, item, look) for item, look in zip(items, looks))
    results = extract_in_order(
        planned, lambda plan: None if plan.outcome else plan.source.text,  # type: ignore[union-attr]
        extract_document, expected=sum(1 for look in looks if not isinstance(look, FileOutcome)),
    )
    try:
        for index, item in enumerate(items):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            if progress is not None:
                progress(index, len(items), item.path)
            plan, extracted = next(results)
            report.outcomes.append(plan.outcome or _store(db, plan, extracted))
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


@dataclass
class _Plan:
    """What the reader decided for one file: an outcome already, or a text to extract and store."""
    item: FileItem
    outcome: FileOutcome | None = None
    source: SourceText | None = None
    known: repo.KnownFile | None = None


def _first_look(db: Database, items: list[FileItem]) -> list[FileOutcome | repo.KnownFile | None]:
    """Per item: its outcome when it needs no reading (a bad path, or the same
    size and modification time as stored), else what is stored for its path (None when new)."""
    looks: list[FileOutcome | repo.KnownFile | None] = []
    try:
        stored = _known_files(db, [item.path for item in items if not item.error])
    except SQLAlchemyError as exc:
        return [FileOutcome(item.path, "failed", item.error or _database_error(exc)) for item in items]
    for item in items:
        if item.error:
            looks.append(FileOutcome(item.path, "failed", item.error))
            continue
        try:
            st = os.stat(item.path)
            known = stored.get(item.path)
        except FileNotFoundError:
            looks.append(FileOutcome(item.path, "failed", "file disappeared before it could be read"))
        except PermissionError:
            looks.append(FileOutcome(item.path, "failed", "permission denied"))
        except OSError as exc:
            looks.append(FileOutcome(item.path, "failed", f"cannot read file ({exc.strerror or exc})"))
        else:
            same = known and known.size == st.st_size and known.mtime_ns == st.st_mtime_ns
            looks.append(FileOutcome(item.path, "unchanged") if same else known)
    return looks


def _known_files(db: Database, paths: list[str]) -> dict[str, repo.KnownFile]:
    """What is stored for these paths, a few hundred per query: one query per file cost 2-3 s
    for 10,000 unchanged files. (Belongs next to `repo.known_file`; here until storage settles.)"""
    found: dict[str, repo.KnownFile] = {}
    with db.session() as session:
        for start in range(0, len(paths), 500):
            rows = session.execute(
                select(Document.path, Document.id, Document.content_hash, Document.size, Document.mtime_ns)
                .where(Document.path.in_(paths[start:start + 500]))
            )
            found.update((row[0], repo.KnownFile(*row[1:])) for row in rows)
    return found


def _plan(db: Database, item: FileItem, look: FileOutcome | repo.KnownFile | None) -> _Plan:
    """Read and hash a file; unchanged content or a copy of a stored file is never extracted."""
    if isinstance(look, FileOutcome):
        return _Plan(item, look)
    path = item.path
    try:
        source = read_document(path)
        with db.session() as session:
            if look and look.content_hash == source.content_hash:
                repo.touch_document(session, look.id, source.mtime_ns)  # the next run skips without hashing
                return _Plan(item, FileOutcome(path, "unchanged"))
            twin = None if look else repo.path_with_hash(session, source.content_hash)
        if twin:
            return _Plan(item, FileOutcome(path, "duplicate", f"same content as {twin}"))
    except ReadError as exc:
        return _Plan(item, FileOutcome(path, "failed", str(exc)))
    except FileNotFoundError:
        return _Plan(item, FileOutcome(path, "failed", "file disappeared before it could be read"))
    except PermissionError:
        return _Plan(item, FileOutcome(path, "failed", "permission denied"))
    except MemoryError:
        return _Plan(item, FileOutcome(path, "failed", "out of memory while reading this file"))
    except SQLAlchemyError as exc:
        return _Plan(item, FileOutcome(path, "failed", _database_error(exc)))
    return _Plan(item, None, source, look)


def _store(db: Database, plan: _Plan, extracted: Extracted | None) -> FileOutcome:
    """Write one extracted document in its own transaction: all of it or nothing."""
    path, source = plan.item.path, plan.source
    if source is None or extracted is None or extracted.extraction is None:
        return FileOutcome(path, "failed", extracted.failure if extracted else "could not be read")
    try:
        with db.session() as session:
            # Look again under the write lock: another ingest (the window, a second command) may
            # have stored this path or this content since we looked, and paths are unique.
            known = repo.known_file(session, path)
            if known and known.content_hash == source.content_hash:
                return FileOutcome(path, "unchanged")
            twin = None if known else repo.path_with_hash(session, source.content_hash)
            if twin:
                return FileOutcome(path, "duplicate", f"same content as {twin}")
            affected = repo.delete_document(session, known.id) if known else set()
            mention_ids = repo.store_document(
                session, path=path, content_hash=source.content_hash, size=source.size, mtime_ns=source.mtime_ns,
                encoding=source.encoding, text=source.text, extraction=extracted.extraction,
            )
            for event_id in sorted(affected):
                repo.refresh_event(session, event_id)
            stats = cluster_mentions(session, mention_ids)
            bump_revision(session)
        return FileOutcome(path, "replaced" if known else "added", None, stats.added, stats.merged)
    except SQLAlchemyError as exc:
        return FileOutcome(path, "failed", _database_error(exc))
    except RecursionError:
        return FileOutcome(path, "failed", "text too deeply nested to analyse")
    except MemoryError:
        return FileOutcome(path, "failed", "out of memory while analysing this file")


def _database_error(exc: SQLAlchemyError) -> str:
    if isinstance(exc, OperationalError):
        return f"database error: {str(exc.orig or exc).splitlines()[0]}"
    return f"database error: {exc.__class__.__name__}"
