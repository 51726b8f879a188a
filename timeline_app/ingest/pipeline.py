"""Ingest a batch of files: read, extract, store and merge, one transaction per document.

A bad file costs one line in the report and nothing else: what is already stored stays, and
the rest of the batch carries on. Callers (the command line, the GUI worker) pass callbacks
for progress and cancellation; this module knows nothing about terminals or windows.
"""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from ..storage import repository as repo
from ..storage.db import Database, DatabaseError, bump_revision, fatal_write_error
from .extract import extract_document
from .files import FileItem, expand_paths
from .merge import cluster_mentions
from .reader import ReadError, read_document
from .resources import KnowledgeMissing

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]


@dataclass(frozen=True)
class FileOutcome:
    path: str
    status: str  # added | replaced | unchanged | duplicate | failed | skipped (a format we do not read)
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
            f"{self.count('added', 'replaced')} files read, {self.count('unchanged', 'duplicate')} skipped as unchanged, "
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
    items = list(expand_paths(paths))
    report = IngestReport()
    for index, item in enumerate(items):
        if cancelled is not None and cancelled():
            report.cancelled = True
            break
        if progress is not None:
            progress(index, len(items), item.path)
        report.outcomes.append(ingest_file(db, item))
    if progress is not None and not report.cancelled:
        progress(len(items), len(items), "")
    try:
        with db.session() as session:
            report.total_events = repo.count_events(session)
    except SQLAlchemyError:
        pass
    return report


def ingest_file(db: Database, item: FileItem) -> FileOutcome:
    if item.error:
        return FileOutcome(item.path, "failed", item.error)
    if item.skipped:
        return FileOutcome(item.path, "skipped", item.skipped)
    path = item.path
    try:
        st = os.stat(path)
        with db.session() as session:
            known = repo.known_file(session, path)
        if known and known.size == st.st_size and known.mtime_ns == st.st_mtime_ns:
            return FileOutcome(path, "unchanged")
        source = read_document(path)
        with db.session() as session:
            twin = None if known else repo.path_with_hash(session, source.content_hash)
        if known and known.content_hash == source.content_hash:
            with db.writing() as session:
                repo.touch_document(session, known.id, source.mtime_ns)
                return FileOutcome(path, "unchanged")
        if twin:
            return FileOutcome(path, "duplicate", f"same content as {twin}")
        try:
            extraction = extract_document(source.text, published_hint=source.published)
        except (RecursionError, MemoryError, KnowledgeMissing):
            raise
        except Exception as exc:  # a bug must cost one file, not the batch
            return FileOutcome(path, "failed", f"could not analyse the text (internal error: {exc.__class__.__name__})")
        with db.writing() as session:
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
                encoding=source.encoding, text=source.text, extraction=extraction,
            )
            for event_id in sorted(affected):
                repo.refresh_event(session, event_id)
            stats = cluster_mentions(session, mention_ids, affected)
            bump_revision(session)
        return FileOutcome(path, "replaced" if known else "added", None, stats.added, stats.merged)
    except ReadError as exc:
        return FileOutcome(path, "failed", str(exc))
    except FileNotFoundError:
        return FileOutcome(path, "failed", "file disappeared before it could be read")
    except PermissionError:
        return FileOutcome(path, "failed", "permission denied")
    except SQLAlchemyError as exc:
        fatal = fatal_write_error(exc)
        if fatal:  # read-only, disk full, server gone: every further file would fail alike
            raise DatabaseError(f"{db.path or db.url}: {fatal}") from None
        if isinstance(exc, OperationalError):
            return FileOutcome(path, "failed", f"database error: {str(exc.orig or exc).splitlines()[0]}")
        return FileOutcome(path, "failed", f"database error: {exc.__class__.__name__}")
    except RecursionError:
        return FileOutcome(path, "failed", "text too deeply nested to analyse")
    except MemoryError:
        return FileOutcome(path, "failed", "out of memory while analysing this file")
