"""The Edit menu of curation, installed on a main window by one call (`install_curation`).

Kept outside main_window so the window's own modules can change freely: this needs only the
window's table, timeline, details, source view, index, `db`, `db_url`, `reload()` and
`dataReloaded`. Every action is an undoable command (curation_commands); Undo/Redo are
Ctrl+Z / Ctrl+Shift+Z.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QMainWindow, QMenu, QMessageBox
from sqlalchemy.exc import SQLAlchemyError

from ..storage import actor_curation, curation
from ..storage.actor_curation import list_actors
from .curation_commands import CurationController
from .curation_lists import EventListDialog, hidden_view, review_view
from .dialogs import show_message
from .event_editor import EventEditorDialog


def python_offset(text: str, qt_position: int) -> int:
    """The Python index of a QPlainTextEdit position (inverse of formatting.qt_text_position:
    UTF-16 units, and "\r\n" shown as one break)."""
    units, i = 0, 0
    while i < len(text) and units < qt_position:
        if text.startswith("\r\n", i):
            i += 2
        else:
            i += 1
        units += 2 if ord(text[i - 1]) > 0xFFFF else 1
    return i


class CurationUi(QObject):
    """The Edit menu, its actions and the Hidden / Needs review lists of one window."""

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.window = window
        self.controller = CurationController(window.db_url, self)
        self.controller.done.connect(self._after_write)
        self.controller.failed.connect(self._show_problem)
        self.editor: EventEditorDialog | None = None
        self.problem: QMessageBox | None = None
        self.hidden = hidden_view(window)
        self.review = review_view(window)
        self.hidden.actionRequested.connect(lambda ids: self.controller.push(f"Restore {len(ids)} event(s)", curation.set_hidden, ids, False))
        self.review.actionRequested.connect(lambda ids: self.controller.push(f"Mark {len(ids)} reviewed", curation.mark_reviewed, ids, True))
        for view in (self.hidden, self.review):
            view.eventActivated.connect(window.show_event)
        window.dataReloaded.connect(self._refresh_lists)
        window.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # merge needs several
        self._build_menu()

    # ------------------------------------------------------------------ menu
    def _act(self, text: str, name: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text.replace("&", "").rstrip("…"))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build_menu(self) -> None:
        stack = self.controller.stack
        self.action_undo = stack.createUndoAction(self.window, "&Undo")
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setShortcut(QKeySequence("Ctrl+Z"))
        self.action_redo = stack.createRedoAction(self.window, "&Redo")
        self.action_redo.setObjectName("actionRedo")
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.window.addActions([self.action_undo, self.action_redo])
        self.action_edit = self._act("&Edit Event…", "actionEditEvent", self.edit_event, "F2")
        self.action_hide = self._act("&Hide Event", "actionHideEvent", self.hide_selected, "Delete")
        self.action_merge = self._act("&Merge Selected Events", "actionMergeEvents", self.merge_selected, "Ctrl+M")
        self.action_split = self._act("&Split Source Off", "actionSplitSource", self.split_source)
        self.action_new = self._act("&New Event from Selected Text", "actionNewEventFromText", self.new_event_from_text, "Ctrl+Shift+N")
        self.action_reviewed = QAction("Mark &Reviewed", self.window)
        self.action_reviewed.setObjectName("actionMarkReviewed")
        self.action_reviewed.setShortcut(QKeySequence("Space"))  # on the table only: Space also opens events on the timeline
        self.action_reviewed.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action_reviewed.triggered.connect(self.mark_reviewed)
        self.window.table.addAction(self.action_reviewed)
        self.action_hidden_view = self._act("&Hidden Events…", "actionHiddenEvents", lambda: self._open(self.hidden))
        self.action_review_view = self._act("Events Needing Re&view…", "actionNeedsReview", lambda: self._open(self.review), "Ctrl+Shift+R")
        self.action_merge_actors = self._act("Merge &Actors…", "actionMergeActors", self.merge_actors)
        self.action_rename_actor = self._act("Rena&me Actor…", "actionRenameActor", self.rename_actor)
        self.action_split_alias = self._act("Split A&lias Off…", "actionSplitAlias", self.split_alias)
        self.action_actor_kind = self._act("Actor &Kind and Affiliation…", "actionActorKind", self.set_actor_kind)
        menu = QMenu("&Edit", self.window)
        menu.setObjectName("menuEdit")
        menu.addActions([self.action_undo, self.action_redo])
        menu.addSeparator()
        menu.addActions([self.action_edit, self.action_hide, self.action_merge, self.action_split, self.action_new])
        menu.addSeparator()
        menu.addActions([self.action_reviewed, self.action_review_view, self.action_hidden_view])
        menu.addSeparator()
        menu.addActions([self.action_merge_actors, self.action_rename_actor, self.action_split_alias, self.action_actor_kind])
        bar = self.window.menuBar()
        after_file = next((a for a in bar.actions() if a.text().replace("&", "") == "View"), None)
        bar.insertMenu(after_file, menu) if after_file is not None else bar.addMenu(menu)
        self.menu = menu

    # ------------------------------------------------------------------ what is selected
    def selected_ids(self) -> list[int]:
        w = self.window
        rows = sorted({i.row() for i in w.table.selectionModel().selectedRows()})
        ids = [w.table_model.event_id(r) for r in rows]
        if not ids:
            current = w.timeline.selected_event_id()
            ids = [current] if current >= 0 else ([w.current_event_id] if w.current_event_id >= 0 else [])
        return ids

    # ------------------------------------------------------------------ actions
    def edit_event(self) -> EventEditorDialog | None:
        ids = self.selected_ids()
        w = self.window
        if not ids or w.index is None or ids[0] not in w.index.id_to_index:
            return None
        row = w.index.cols.row(w.index.id_to_index[ids[0]])
        try:
            with w.db.session() as session:
                actors = list_actors(session)
        except SQLAlchemyError:
            actors = []
        groups = [a["name"] for a in actors if a["kind"] != "person"]
        people = [a["name"] for a in actors if a["kind"] == "person"]
        self.editor = EventEditorDialog(row, groups, people, w)
        self.editor.accepted.connect(lambda: self._apply_edit(row.id))
        self.editor.open()
        return self.editor

    def _apply_edit(self, event_id: int) -> None:
        assert self.editor is not None
        edit = self.editor.edit()
        if edit != curation.EventEdit():
            self.controller.push(f"Edit event {event_id}", curation.edit_event, event_id, edit)

    def hide_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.controller.push(f"Hide {len(ids)} event(s)", curation.set_hidden, ids, True)

    def mark_reviewed(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.controller.push(f"Mark {len(ids)} reviewed", curation.mark_reviewed, ids, True)

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) < 2:
            self._show_problem("Select two or more events in the table to merge them (Ctrl+click).")
            return
        self.controller.push(f"Merge {len(ids)} events", curation.merge_events, ids)

    def split_source(self) -> None:
        w = self.window
        number = w.details.source_list.currentRow()
        if w.current_event_id < 0 or not 0 <= number < len(w.current_sources):
            self._show_problem("Open an event and choose the source to split off.")
            return
        source = w.current_sources[number]
        with w.db.session() as session:
            mention = curation.mention_for_span(session, w.current_event_id, source.document_id, source.start, source.end)
        if mention is not None:
            self.controller.push("Split source off", curation.split_source, w.current_event_id, mention)

    def new_event_from_text(self) -> None:
        view = self.window.source
        cursor = view.text.textCursor()
        if view.document is None or not cursor.hasSelection():
            self._show_problem("Select the sentence that reports the event in the source text first.")
            return
        text = view.document.text
        start, end = python_offset(text, cursor.selectionStart()), python_offset(text, cursor.selectionEnd())
        self.controller.push("New event from selected text", curation.new_event_from_span, view.document.id, start, end)

    def merge_actors(self) -> None:
        keep, ok = QInputDialog.getText(self.window, "Merge actors", "Keep this actor (name or alias):")
        if not ok or not keep.strip():
            return
        other, ok = QInputDialog.getText(self.window, "Merge actors", f"Merge into {keep.strip()} (name or alias):")
        if ok and other.strip():
            self.controller.push(f"Merge {other.strip()} into {keep.strip()}", actor_curation.merge_actors, keep.strip(), [other.strip()])

    def rename_actor(self) -> None:
        name, ok = QInputDialog.getText(self.window, "Rename actor", "Actor (name or alias):")
        if not ok or not name.strip():
            return
        new, ok = QInputDialog.getText(self.window, "Rename actor", "New canonical name:")
        if ok and new.strip():
            self.controller.push(f"Rename {name.strip()}", actor_curation.rename_actor, name.strip(), new.strip())

    def split_alias(self) -> None:
        name, ok = QInputDialog.getText(self.window, "Split alias off", "Actor (name or alias):")
        if not ok or not name.strip():
            return
        alias, ok = QInputDialog.getText(self.window, "Split alias off", f"Alias of {name.strip()} that is someone else:")
        if ok and alias.strip():
            self.controller.push(f"Split {alias.strip()} off", actor_curation.split_alias, name.strip(), alias.strip())

    def set_actor_kind(self) -> None:
        name, ok = QInputDialog.getText(self.window, "Actor kind and affiliation", "Actor (name or alias):")
        if not ok or not name.strip():
            return
        kind, ok = QInputDialog.getItem(self.window, "Actor kind and affiliation", "Kind:", list(actor_curation.KINDS), 0, False)
        if not ok:
            return
        affiliation, ok = QInputDialog.getText(self.window, "Actor kind and affiliation", "Affiliation (empty: unchanged):")
        if ok:
            self.controller.push(f"Set kind of {name.strip()}", actor_curation.set_actor_kind, name.strip(), kind,
                                 affiliation.strip() or None)

    # ------------------------------------------------------------------ after a write
    def _after_write(self, _result: object) -> None:
        self.window.reload()

    def _refresh_lists(self) -> None:
        for view in (self.hidden, self.review):
            if view.isVisible():
                view.refresh(self.window.db)

    def _open(self, view: EventListDialog) -> None:
        view.refresh(self.window.db)
        view.show()
        view.raise_()

    def _show_problem(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)
        self.problem = show_message(self.window, QMessageBox.Icon.Information, "Cannot do that", message)


def install_curation(window: QMainWindow) -> CurationUi:
    """Give a main window the Edit menu of curation (Undo/Redo, edit, hide, merge, review...)."""
    ui = CurationUi(window)
    window.curation = ui  # type: ignore[attr-defined]
    return ui
