"""Timeline labels come from a background read: a paint draws what has been read and never waits
on SQL; a label whose title is still being read is drawn without it, and appears once read.

The reference titles are `load_event_rows` (what every exporter reads), never the code under test.
"""
from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import event

from timeline_app.storage.db import Database
from timeline_app.storage.queries import load_event_rows

from .synthetic_data import bulk_fill


@pytest.fixture(scope="module")
def many_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("labels") / "labels.sqlite"
    bulk_fill(path, 1500, documents=50).close()
    return path


def stored_titles(path: Path) -> dict[int, str]:
    db = Database(str(path), writer=False)
    try:
        with db.session() as session:
            return {row.id: row.title for row in load_event_rows(session)}
    finally:
        db.close()


def shows(label: str, title: str) -> bool:
    """The label is the title, or the title elided at its end."""
    return label == title or (label.endswith("…") and title.startswith(label[:-1]))


def watch_paints(window, monkeypatch):  # type: ignore[no-untyped-def]
    """Statements the GUI thread runs while painting the timeline, and the number of paints."""
    gui_thread = threading.current_thread()
    painting, queries, paints = [False], [], [0]

    def on_statement(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        if painting[0] and threading.current_thread() is gui_thread:
            queries.append(statement)

    event.listen(window.db.engine, "before_cursor_execute", on_statement)
    scene = window.timeline.scene
    paint = scene.paint

    def counted(*args):  # type: ignore[no-untyped-def]
        painting[0] = True
        paints[0] += 1
        try:
            paint(*args)
        finally:
            painting[0] = False

    monkeypatch.setattr(scene, "paint", counted)
    return queries, paints


def test_labels_appear_once_read_and_no_paint_queries_the_database(make_window, many_db: Path, qtbot, monkeypatch) -> None:
    titles = stored_titles(many_db)
    window = make_window(many_db)
    queries, paints = watch_paints(window, monkeypatch)
    timeline = window.timeline
    qtbot.waitUntil(lambda: not timeline._texts.busy)  # what the first view asked for has been read
    index = window.index
    paged = index.cols.paged
    unread = [p for p in range(index.dated) if paged.peek_title(p) is None]
    assert unread, "a database of 1,500 events is not read whole by the first view"
    target = unread[len(unread) // 2]
    target_id = index.cols.ids[target]

    with qtbot.waitSignal(timeline.textsLoaded, timeout=10_000):
        timeline.set_view_state(index.center[target], 200.0)  # days: every event its own marker
        assert not timeline.event_rect(target_id).isEmpty()  # its lane scrolled into view
        timeline.repaint()
        drawn = timeline.labels()
        assert target_id in drawn and drawn[target_id] == ""  # being read: the marker without its title
    qtbot.waitUntil(lambda: timeline.labels().get(target_id, "") != "")
    drawn = timeline.labels()
    assert drawn and all(shows(label, titles[event_id]) for event_id, label in drawn.items() if label)
    assert shows(drawn[target_id], titles[target_id])
    assert paints[0] >= 2 and queries == []  # every paint drew from memory


def test_undated_chips_get_their_titles_and_colours(make_window, many_db: Path, qtbot, monkeypatch) -> None:
    titles = stored_titles(many_db)
    window = make_window(many_db)
    queries, paints = watch_paints(window, monkeypatch)
    scene = window.timeline.scene
    assert scene.undated
    first = scene.undated[0]
    qtbot.waitUntil(lambda: scene.chip_texts(first)[0] is not None)
    title, lane = scene.chip_texts(first)
    assert title == titles[index_id(window, first)]
    assert lane == -1 or window.index.delegations[lane] in title  # synthetic titles name their delegations
    window.timeline.repaint()
    assert paints[0] >= 1 and queries == []


def index_id(window, position: int) -> int:  # type: ignore[no-untyped-def]
    return window.index.cols.ids[position]


def test_a_picture_of_the_window_has_every_label_at_once(make_window, many_db: Path, qtbot, tmp_path: Path) -> None:
    """File ▸ Export cannot wait for a repaint: the picture reads its labels before painting."""
    from PySide6.QtGui import QImage

    from timeline_app.gui.render import render_scene_to_file

    window = make_window(many_db)
    timeline = window.timeline
    index = window.index
    timeline.set_view_state(index.center[index.dated // 3], 200.0)
    output = tmp_path / "view.png"
    render_scene_to_file(timeline.scene, str(output), 1200, 500, timeline.palette())
    drawn = timeline.scene.drawn_labels
    assert drawn and all(drawn.values())
    assert not QImage(str(output)).isNull()
    assert timeline.scene.text_requests is not None  # the window goes on reading in the background


def test_table_rows_fill_in_once_read_and_the_tables_paint_never_queries(make_window, many_db: Path, qtbot) -> None:
    titles = stored_titles(many_db)
    window = make_window(many_db)
    table, model = window.table, window.table_model
    gui_thread = threading.current_thread()
    painting, statements = [False], []
    event.listen(window.db.engine, "before_cursor_execute",
                 lambda *args: statements.append(painting[0]) if threading.current_thread() is gui_thread else None)
    qtbot.waitUntil(lambda: not model._texts.busy)
    paged = window.index.cols.paged
    row = model.rowCount() - 1  # far below the first screen: not read yet
    event_id = model.event_id(row)
    position = window.index.id_to_index[event_id]
    assert paged.peek(position) is None

    from timeline_app.gui.event_table_model import TITLE

    with qtbot.waitSignal(model.textsLoaded, timeout=10_000):
        table.scrollTo(model.index(row, TITLE))
        painting[0] = True
        table.viewport().repaint()  # synchronous: every statement meanwhile belongs to this paint
        painting[0] = False
    assert True not in statements  # the paint asked; a worker read
    assert paged.peek(position) is not None
    read_before = len(statements)
    assert model.index(row, TITLE).data() == titles[event_id]  # what the background read, from memory
    assert len(statements) == read_before
