"""Curation in the real window, driven like a user: Edit menu actions, the edit dialog, the
Hidden and Needs review lists, a selection in the source text; each with Undo (Ctrl+Z) and
Redo (Ctrl+Shift+Z); and a re-import after the edits keeps every decision."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QTextCursor

from timeline_app.gui.formatting import qt_text_position
from timeline_app.ingest.pipeline import ingest_paths
from timeline_app.storage import Database
from timeline_app.storage import actor_curation, curation
from timeline_app.storage.export import export_records

ROOT = Path(__file__).resolve().parent.parent.parent
TIMEOUT = 30_000


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Path, Path]:
    pages = tmp_path / "pages"
    shutil.copytree(ROOT / "seeds", pages)
    path = tmp_path / "t.sqlite"
    db = Database(str(path))
    assert ingest_paths(db, [pages]).failures == []
    db.close()
    return path, pages


def stored(path: Path, **kw: bool) -> dict[int, dict]:
    db = Database(str(path), writer=False)
    try:
        with db.session() as session:
            return {r["id"]: r for r in export_records(session, **kw)}
    finally:
        db.close()


def with_quote(path: Path, words: str) -> int:
    (found,) = [i for i, r in stored(path, include_hidden=True).items() if any(words in s["quote"] for s in r["sources"])]
    return found


def shown(window) -> dict[int, tuple]:  # type: ignore[no-untyped-def]
    """What the window shows now: id -> (date, title, officials)."""
    cols = window.index.cols
    return {cols.ids[i]: (cols.dates[i], cols.titles[i], {o[0] for o in cols.officials[i]}) for i in range(len(cols))}


def settle(qtbot, window, check) -> None:  # type: ignore[no-untyped-def]
    """Wait until the write has run and the window has reloaded to show it."""
    qtbot.waitUntil(lambda: window.curation.controller.pending == 0 and window._load_worker is None and check(), timeout=TIMEOUT)


def select_rows(window, ids: list[int]) -> None:  # type: ignore[no-untyped-def]
    selection = window.table.selectionModel()
    selection.clearSelection()
    for event_id in ids:
        index = window.table_model.index(window.table_model.row_of_event(event_id), 0)
        selection.select(index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)


def undo_redo(qtbot, window, before, after) -> None:  # type: ignore[no-untyped-def]
    ui = window.curation
    ui.action_undo.trigger()
    settle(qtbot, window, lambda: shown(window) == before)
    ui.action_redo.trigger()
    settle(qtbot, window, lambda: after(shown(window)))


@pytest.fixture
def win(make_window, seeded):  # type: ignore[no-untyped-def]
    path, pages = seeded
    window = make_window(path)
    assert window.curation.menu.title() == "&Edit"
    return window, path, pages


def test_edit_dialog_changes_an_event_and_undo_redo(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    window, path, _pages = win
    event_id = with_quote(path, "guesthouse")
    before = shown(window)
    select_rows(window, [event_id])
    dialog = window.curation.edit_event()
    assert dialog is not None and dialog.isVisible()
    completer = dialog.officials.entry.completer()
    assert "Sergey Lavrov" in completer.model().stringList()
    dialog.date.setText("2023-05")
    dialog.title.setText("Hamas delegation received in Moscow")
    qtbot.keyClicks(dialog.officials.entry, "Sergey Lavrov")
    qtbot.keyClick(dialog.officials.entry, Qt.Key.Key_Return)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    def edited(now: dict) -> bool:
        return now.get(event_id, (None,))[:2] == ("2023-05", "Hamas delegation received in Moscow") and "Sergey Lavrov" in now[event_id][2]

    settle(qtbot, window, lambda: edited(shown(window)))
    record = stored(path)[event_id]
    assert record["curated"] and record["date_basis"] == "curated" and record["precision"] == "month"
    undo_redo(qtbot, window, before, edited)


def test_a_bad_date_is_refused_in_the_dialog(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    window, path, _pages = win
    select_rows(window, [min(shown(window))])
    dialog = window.curation.edit_event()
    dialog.date.setText("2023-13")
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    assert dialog.isVisible() and "not a date" in dialog.problem.text()


def test_hide_then_restore_from_the_hidden_view_with_undo(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    window, path, _pages = win
    event_id = with_quote(path, "Sergey Lavrov rece")
    before = shown(window)
    select_rows(window, [event_id])
    window.curation.action_hide.trigger()
    settle(qtbot, window, lambda: event_id not in shown(window))
    undo_redo(qtbot, window, before, lambda now: event_id not in now)
    window.curation.action_hidden_view.trigger()
    hidden = window.curation.hidden
    assert hidden.isVisible() and [r.id for r in hidden.rows] == [event_id]
    hidden.table.selectRow(0)
    hidden.button.click()
    settle(qtbot, window, lambda: event_id in shown(window) and hidden.rows == [])
    assert shown(window) == before


def test_merge_selected_events_and_undo(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    window, path, _pages = win
    dated = with_quote(path, "RIA Novosti later reported")
    undated = with_quote(path, "had discussed with Bogdanov")
    before = shown(window)
    select_rows(window, [dated, undated])
    window.curation.action_merge.trigger()

    def merged(now: dict) -> bool:
        return undated not in now and dated in now

    settle(qtbot, window, lambda: merged(shown(window)))
    assert any("had discussed with Bogdanov" in s["quote"] for s in stored(path)[dated]["sources"])
    undo_redo(qtbot, window, before, merged)


def test_split_a_source_off_and_undo(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    window, path, _pages = win
    event_id = with_quote(path, "Bogdanov welcomed the visit")
    before = shown(window)
    window.show_event(event_id)
    row = next(n for n, s in enumerate(window.current_sources) if "Bogdanov welcomed the visit" in s.quote)
    window.details.select_source(row)
    window.curation.action_split.trigger()
    settle(qtbot, window, lambda: len(shown(window)) == len(before) + 1)
    assert with_quote(path, "Bogdanov welcomed the visit") != event_id
    undo_redo(qtbot, window, before, lambda now: len(now) == len(before) + 1)


def test_new_event_from_text_selected_in_the_source_and_undo(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    window, path, _pages = win
    before = shown(window)
    window.show_event(with_quote(path, "guesthouse"))
    window.show_source(0)
    text = window.source.document.text
    sentence = "The delegation of the movement affirmed the rights of the Palestinian people"
    start = text.index(sentence)
    cursor = window.source.text.textCursor()
    cursor.setPosition(qt_text_position(text, start))
    cursor.setPosition(qt_text_position(text, start + len(sentence)), QTextCursor.MoveMode.KeepAnchor)
    window.source.text.setTextCursor(cursor)
    window.curation.action_new.trigger()
    settle(qtbot, window, lambda: len(shown(window)) == len(before) + 1)
    made = max(shown(window))
    assert [s["quote"] for s in stored(path)[made]["sources"]] == [sentence]
    undo_redo(qtbot, window, before, lambda now: len(now) == len(before) + 1)


def test_review_list_space_marks_reviewed_and_undo(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    window, path, _pages = win
    window.curation.action_review_view.trigger()
    review = window.curation.review
    count = len(review.rows)
    assert count > 0 and all(r.confidence < 0.6 for r in review.rows)
    review.table.setFocus()
    review.table.selectRow(0)
    first = review.rows[0].id
    qtbot.keyClick(review.table, Qt.Key.Key_Space)
    settle(qtbot, window, lambda: len(review.rows) == count - 1)
    assert stored(path)[first]["reviewed"] is True
    window.curation.action_undo.trigger()
    settle(qtbot, window, lambda: len(review.rows) == count)


def test_reimport_after_edits_keeps_every_decision(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    window, path, pages = win
    ui = window.curation
    edited = with_quote(path, "guesthouse")
    hidden = with_quote(path, "Sergey Lavrov rece")
    dated, undated = with_quote(path, "RIA Novosti later reported"), with_quote(path, "had discussed with Bogdanov")
    ui.controller.push("edit", curation.edit_event, edited,
                       curation.EventEdit(date="2023-03-16", title="Edited by hand"))
    select_rows(window, [hidden])
    ui.action_hide.trigger()
    select_rows(window, [dated, undated])
    ui.action_merge.trigger()
    ui.controller.push("merge actors", actor_curation.merge_actors, "Mikhail Bogdanov", ["Galuzin"])
    settle(qtbot, window, lambda: hidden not in shown(window) and undated not in shown(window)
           and shown(window).get(edited, ("",))[0] == "2023-03-16")
    decided = shown(window)
    source = pages / "004_9702e96eff6568ce.txt"
    source.write_text("Revised.\n\n" + source.read_text(encoding="utf-8"), encoding="utf-8")
    with qtbot.waitSignal(window.dataReloaded, timeout=TIMEOUT):
        worker = window.import_paths([str(pages)])
        assert worker is not None
    settle(qtbot, window, lambda: window._import_worker is None)
    after = shown(window)
    assert after == decided
    assert after[edited][:2] == ("2023-03-16", "Edited by hand")
    assert all("Mikhail Galuzin" not in officials for _d, _t, officials in after.values())
    assert stored(path, include_hidden=True)[hidden]["hidden"] is True


def test_table_shows_confidence_and_a_curated_mark(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    from timeline_app.gui.event_table_model import CONFIDENCE, REVIEW

    window, path, _pages = win
    model = window.table_model
    event_id = with_quote(path, "guesthouse")

    def cell(column: int) -> str:
        return model.index(model.row_of_event(event_id), column).data()

    assert cell(CONFIDENCE) == f"{stored(path)[event_id]['confidence']:.2f}" and cell(REVIEW) == "needs review"
    select_rows(window, [event_id])
    window.curation.action_hide.trigger()  # hide then undo: the row comes back with its state
    settle(qtbot, window, lambda: event_id not in shown(window))
    window.curation.action_undo.trigger()
    settle(qtbot, window, lambda: event_id in shown(window))
    window.curation.controller.push("edit", curation.edit_event,
                                    event_id, curation.EventEdit(type="talks"))
    settle(qtbot, window, lambda: model.row_of_event(event_id) >= 0 and cell(REVIEW) == "✎ curated")
    window.curation.action_undo.trigger()
    settle(qtbot, window, lambda: model.row_of_event(event_id) >= 0 and cell(REVIEW) == "needs review")


def test_a_curated_event_is_marked_on_the_timeline(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    window, path, _pages = win
    event_id = with_quote(path, "RIA Novosti later reported")
    position = window.index.id_to_index[event_id]
    qtbot.waitUntil(lambda: window.timeline.scene._label(position, 400)[0] != "")  # its title is read in the background
    assert not window.timeline.scene._label(position, 400)[0].startswith("✎")
    window.curation.controller.push("edit", curation.edit_event, event_id, curation.EventEdit(location="Moscow"))
    settle(qtbot, window, lambda: window.index.cols.statuses[window.index.id_to_index[event_id]] == "curated")
    qtbot.waitUntil(lambda: window.timeline.scene._label(window.index.id_to_index[event_id], 400)[0] != "")
    label, _width = window.timeline.scene._label(window.index.id_to_index[event_id], 400)
    assert label.startswith("✎ ")


def test_needs_review_filter_in_the_side_panel_follows_mark_reviewed(qtbot, win) -> None:  # type: ignore[no-untyped-def]
    """'Needs review' as a filter beside the others: the timeline and the table show the review
    queue, and an event marked reviewed (Space in the table) leaves it; Reset clears it."""
    window, path, _pages = win
    queue = {i for i, r in stored(path).items() if r["confidence"] < 0.6 and not r["reviewed"] and not r["curated"]}
    assert queue and len(queue) < len(stored(path))

    def filtered() -> set[int]:
        mask, ids = window.timeline.scene.mask, window.index.cols.ids
        return {ids[i] for i in range(window.index.size) if mask >> i & 1}

    window.filters.review_box.setChecked(True)
    qtbot.waitUntil(lambda: filtered() == queue and window.table_model.rowCount() == len(queue), timeout=TIMEOUT)
    first = sorted(queue)[0]
    window.curation.controller.push("Mark reviewed", curation.mark_reviewed, [first], True)
    settle(qtbot, window, lambda: filtered() == queue - {first})
    assert window.filters.review_box.isChecked()  # a reload keeps the filter
    window.filters.reset()
    qtbot.waitUntil(lambda: len(filtered()) == len(stored(path)), timeout=TIMEOUT)
