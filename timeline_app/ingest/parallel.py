"""Extract documents in worker processes, in order; the caller stays the only reader and writer.

Extraction is pure CPU work on one text at a time, so it scales over processes (threads would
share one interpreter lock); it is nearly all of the cost of a new document (reading and hashing
a page is about 1/2000 of it). The caller reads, hashes and decides what needs extracting
(unchanged and duplicate files never reach a worker), workers get the text and hand back a plain
`Analysis` (the stored text and its extraction): parsing a saved page (HTML, PDF) costs about as
much as extracting from it, so both happen in the worker. Results come back in the order the entries went in, so documents are
stored (and merged) in the same order as by one process, and only a few are in flight at once,
so memory stays bounded on big batches.

Workers are forked from a process that runs a single thread (the command line): a spawned worker
imports the application again and runs the caller's main module, about 0.6 s of CPU each before
its first page. A process with other threads (the GUI calls this from a thread of a Qt process)
spawns them instead, because forking a multi-threaded process can deadlock the child. Small
batches run in the calling process,
because starting workers costs more than they would save: the reader looks ahead to count the
documents that really need extracting (in a re-ingest most are unchanged and never reach a worker).
"""
from __future__ import annotations

import itertools
import multiprocessing
import os
import pickle
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import TypeVar

from typing import Any

from .reader import ReadError
from .resources import KnowledgeMissing

Extractor = Callable[[Any], Any]  # a job (picklable) -> its result (picklable)
T = TypeVar("T")
WORKERS_ENV = "TIMELINE_APP_WORKERS"  # 1: always in-process; N: N worker processes
# fewer documents to extract than this: extract in-process. Two spawned workers cost ~1 s each of
# imports before their first page (~11 ms of extraction each): below ~150 pages they cost more
# than they save, and on a busy machine they only take CPU from the writer. An explicit
# $TIMELINE_APP_WORKERS uses the pool from 12 documents on.
MIN_PARALLEL = 150
MIN_PARALLEL_CONFIGURED = 12
# documents per task sent to a worker: each task costs the writing process a pickled call, two
# thread wake-ups, a future and a result message, together about as much CPU as storing a page
CHUNK = 4


@dataclass(frozen=True)
class Extracted:
    """A worker's answer: the analysis, or why there is none (one line for the report)."""
    extraction: Any
    failure: str | None = None


def _configured() -> bool:
    return os.environ.get(WORKERS_ENV, "").strip().isdigit()


def worker_count() -> int:
    """Worker processes to use: $TIMELINE_APP_WORKERS, else the cores this process may run on."""
    configured = os.environ.get(WORKERS_ENV, "").strip()
    if configured.isdigit() and int(configured) > 0:
        return int(configured)
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def extract_safely(job: Any, extract: Extractor) -> Extracted:
    """Run the extractor; a bug or a pathological text costs this document, not the batch."""
    try:
        return Extracted(extract(job))
    except KnowledgeMissing:
        raise  # a broken install: stop the batch, nothing can be extracted
    except ReadError as exc:  # bytes that are no readable page (a scanned PDF, a broken archive)
        return Extracted(None, str(exc))
    except RecursionError:
        return Extracted(None, "text too deeply nested to analyse")
    except MemoryError:
        return Extracted(None, "out of memory while analysing this file")
    except Exception as exc:  # noqa: BLE001 - a bug must cost one file, not the batch
        return Extracted(None, f"could not analyse the text (internal error: {exc.__class__.__name__})")


def _single_threaded() -> bool:
    """One thread in this process, counting threads Python did not start (Qt's, a driver's)."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:  # no /proc (not Linux): never fork
        return False


def _start_method() -> multiprocessing.context.BaseContext:
    """fork where that is safe (the application's modules imported once, here), else spawn. The
    knowledge itself (patterns compiled on first use, ~0.2 s) is left to each worker: loading it
    here first would save about as much worker CPU as it costs the writing process, which has
    the most work of any one process."""
    if _single_threaded() and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _worker_init(parent: int) -> None:
    # Ctrl-C reaches the whole process group; the parent decides what happens (keeps what is
    # stored, shuts the pool down), so workers must not print tracebacks of their own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    """A killed parent (kill -9, a crash) leaves workers blocked on their task queue, which they
    hold open themselves: poll for the parent and leave with it."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def extract_in_order(
    entries: Iterable[T], text_of: Callable[[T], Any], extract: Extractor, *, expected: int,
) -> Iterator[tuple[T, Extracted | None]]:
    """(entry, extraction) for each entry, in order; None for entries whose `text_of` is None.

    `expected` is how many entries may need extracting (decides whether a pool is worth it).
    Closing the iterator early (a cancel, an error) waits only for the documents already being
    extracted, so no worker outlives the call.
    """
    workers = min(worker_count(), max(expected, 1))
    entries = iter(entries)
    if workers > 1 and not _configured():
        # how many really need extracting (a re-ingest of 10,000 files with 100 edited ones): the
        # reader looks ahead, holding the texts of those only, until enough make a pool worth it
        ahead: list[T] = []
        needed = 0
        for entry in entries:
            ahead.append(entry)
            needed += text_of(entry) is not None
            if needed >= MIN_PARALLEL:
                break
        entries, expected = itertools.chain(ahead, entries), max(needed, expected if needed >= MIN_PARALLEL else 0)
    if workers <= 1 or expected < (MIN_PARALLEL_CONFIGURED if _configured() else MIN_PARALLEL) or not _picklable(extract):
        for entry in entries:
            text = text_of(entry)
            yield entry, None if text is None else extract_safely(text, extract)
        return
    pool: ProcessPoolExecutor | None = None  # started at the first text to extract, not for a batch of unchanged files

    def submit(chunk: list[_Slot]) -> None:
        nonlocal pool
        if pool is None:
            pool = ProcessPoolExecutor(workers, mp_context=_start_method(),
                                       initializer=_worker_init, initargs=(os.getpid(),))
        future = pool.submit(extract_all, [slot.job for slot in chunk], extract)
        for n, slot in enumerate(chunk):
            slot.future, slot.index, slot.job = future, n, None

    window: deque[tuple[T, _Slot | None]] = deque()
    limit = workers * 4 * CHUNK  # enough to keep every worker busy while the writer stores a chunk
    source = iter(entries)
    exhausted = False
    try:
        while True:
            if not exhausted and len(window) <= limit - CHUNK:
                chunk: list[_Slot] = []
                while len(window) < limit:
                    entry = next(source, _END)
                    if entry is _END:
                        exhausted = True
                        break
                    text = text_of(entry)  # type: ignore[arg-type]
                    slot = None if text is None else _Slot(text)
                    window.append((entry, slot))  # type: ignore[arg-type]
                    if slot is not None:
                        chunk.append(slot)
                        if len(chunk) == CHUNK:
                            submit(chunk)
                            chunk = []
                if chunk:
                    submit(chunk)
            if not window:
                return
            entry, slot = window.popleft()
            yield entry, None if slot is None else slot.result()
    finally:
        for _, slot in window:
            if slot is not None and slot.future is not None:
                slot.future.cancel()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


class _Slot:
    """One entry's place in a chunk sent to a worker: its job until sent, then its future."""
    __slots__ = ("job", "future", "index")

    def __init__(self, job: Any) -> None:
        self.job = job
        self.future: Future[list[Extracted]] | None = None
        self.index = 0

    def result(self) -> Extracted:
        return self.future.result()[self.index]  # type: ignore[union-attr]


def extract_all(jobs: list[Any], extract: Extractor) -> list[Extracted]:
    """A chunk of jobs in one worker call (see CHUNK)."""
    return [extract_safely(job, extract) for job in jobs]


_END = object()


def _picklable(extract: Extractor) -> bool:
    """Workers receive the extractor by pickling; a closure or lambda (a test's stand-in, a
    plug-in) cannot travel, and a pool fed one never returns, so such an extractor runs here."""
    try:
        pickle.dumps(extract)
    except (pickle.PicklingError, AttributeError, TypeError):
        return False
    return True
