"""Undoable curation in the window: each action is a QUndoCommand whose work runs on the
one-writer pool, so the window never waits on the database and two writes never interleave.

The pool has one thread and runs jobs in order, so an undo queued after its action always
finds the action's `Change` (set by the action's job itself, in that thread, before the undo
job starts); no signal ordering is relied on. After each write the window reloads.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..storage import curation
from ..storage.curation import CurationError
from ..storage.db import Database
from ..storage.snapshot import Change
from .workers import Worker, writer_pool

Job = Callable[[Database], Any]


class _CurationWorker(Worker):
    """Runs one job with a writer Database of its own (like the import worker); its signals
    belong to the controller, so they are deleted in the GUI thread, never from the pool."""

    def __init__(self, db_url: str, job: Job, parent: QObject) -> None:
        super().__init__(parent)
        self.db_url = db_url
        self.job = job

    def work(self) -> object:
        db = Database(self.db_url, writer=True, create=False)
        try:
            return self.job(db)
        except CurationError as exc:  # said to the user, not a crash
            return exc
        finally:
            db.close()


class CurationController(QObject):
    """Owns the undo stack and runs curation jobs for a window (see `curation_menu.install`)."""

    done = Signal(object)  # the job's result (a Change, a CurationError, or None)
    failed = Signal(str)

    def __init__(self, db_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_url = db_url
        self.stack = QUndoStack(self)
        self.pending = 0

    def submit(self, job: Job) -> None:
        worker = _CurationWorker(self.db_url, job, self)
        worker.signals.finished.connect(self._finished)
        worker.signals.failed.connect(self._failed)
        self.pending += 1
        worker.start(writer_pool())

    def _finished(self, result: object) -> None:
        self.pending -= 1
        if isinstance(result, CurationError):
            self.failed.emit(str(result))
        self.done.emit(result)

    def _failed(self, message: str) -> None:
        self.pending -= 1
        self.failed.emit(message)
        self.done.emit(None)

    def push(self, text: str, action: Callable[..., Change], *args: Any) -> "CurationCommand":
        command = CurationCommand(self, text, action, args)
        self.stack.push(command)  # runs redo() now
        return command


class CurationCommand(QUndoCommand):
    """One analyst action; redo runs it again (ids it created may differ, which nothing keeps)."""

    def __init__(self, controller: CurationController, text: str, action: Callable[..., Change], args: tuple) -> None:
        super().__init__(text)
        self.controller = controller
        self.action = action
        self.args = args
        self.change: Change | None = None

    def redo(self) -> None:
        def job(db: Database) -> Any:
            self.change = None
            self.change = curation.run(db, self.action, *self.args)
            return self.change

        self.controller.submit(job)

    def undo(self) -> None:
        def job(db: Database) -> Any:
            if self.change is None:  # the action itself failed: nothing to undo
                return None
            curation.run_undo(db, self.change)
            return None

        self.controller.submit(job)
