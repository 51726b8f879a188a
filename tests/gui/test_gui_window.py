"""The main window driven like a user would: filters, clicks, keys, wheel, selection, settings."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QNativeGestureEvent, QPointingDevice, QWheelEvent
from PySide6.QtWidgets import QApplication, QListView, QMainWindow, QMessageBox, QPlainTextEdit, QTableView

from timeline_app.gui import build_main_window
from timeline_app.gui.timeline_view import TimelineView
from timeline_app.storage.db import Database
from timeline_app.storage.queries import load_document, load_event_rows, load_sources

from .synthetic_data import EventSpec, Person, fill_events, make_db


def db_rows(path: Path):  # type: ignore[no-untyped-def]
    db = Database(str(path), writer=False)
    try:
        with db.session() as session:
            return load_event_rows(session)
    finally:
        db.close()


def event_id(path: Path, title_part: str) -> int:
    return next(r.id for r in db_rows(path) if title_part in r.title)


def check(view: QListView, names: set[str] | None) -> None:
    """Check exactly `names` (None: all) in a filter list, through its model like a user click."""
    model = view.model()
    for r in range(model.rowCount()):
        index = model.index(r, 0)
        name = index.data().split(" (")[0]
        want = Qt.CheckState.Checked if names is None or name in names else Qt.CheckState.Unchecked
        if index.data(Qt.ItemDataRole.CheckStateRole) != want.value and index.data(Qt.ItemDataRole.CheckStateRole) != want:
            model.setData(index, want, Qt.ItemDataRole.CheckStateRole)


def expected_highlight(path: Path, event: int) -> tuple[int, int, str]:
    """The first evidence span of `event` in Qt positions (UTF-16 units), computed independently."""
    db = Database(str(path), writer=False)
    try:
        with db.session() as session:
            source = load_sources(session, [event])[event][0]
            text = load_document(session, source.document_id).text
    finally:
        db.close()
    utf16 = lambda i: len(text[:i].encode("utf-16-le")) // 2  # noqa: E731
    return utf16(source.start), utf16(source.end), source.quote


def highlight_of(window) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    text = window.findChild(QPlainTextEdit, "sourceText")
    extra = text.extraSelections()
    assert extra, "no evidence highlight"
    cursor = extra[0].cursor
    assert (cursor.selectionStart(), cursor.selectionEnd()) == (text.textCursor().selectionStart(), text.textCursor().selectionEnd())
    return cursor.selectionStart(), cursor.selectionEnd()


# ----------------------------------------------------------------------------- build and contract

def test_build_main_window_returns_an_unshown_window_with_the_contract(qtbot, small_db: Path, settings) -> None:
    window = build_main_window(str(small_db), settings=settings)
    qtbot.addWidget(window)
    assert isinstance(window, QMainWindow) and not window.isVisible()
    timeline = window.findChild(TimelineView, "timeline")
    assert timeline is not None
    assert isinstance(window.findChild(QListView, "delegationFilter"), QListView)
    assert isinstance(window.findChild(QListView, "officialFilter"), QListView)
    assert isinstance(window.findChild(QTableView, "eventTable"), QTableView)
    assert isinstance(window.findChild(QPlainTextEdit, "sourceText"), QPlainTextEdit)
    assert timeline.visible_event_ids() == [r.id for r in db_rows(small_db)]
    names = [window.findChild(QListView, "delegationFilter").model().index(r, 0).data() for r in range(4)]
    assert names == ["Hamas", "Iran", "Palestinian Islamic Jihad", "Taliban"]
    assert window.findChild(QListView, "delegationFilter").model().index(0, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable


def test_status_table_and_timeline_agree_after_each_filter(window, small_db: Path) -> None:
    timeline = window.timeline
    table = window.findChild(QTableView, "eventTable")
    rows = db_rows(small_db)
    assert window.count_label.text() == "7 events"
    check(window.findChild(QListView, "delegationFilter"), {"Hamas"})
    hamas = [r.id for r in rows if "Hamas" in r.delegations]
    assert timeline.visible_event_ids() == hamas
    assert table.model().rowCount() == len(hamas)
    assert window.count_label.text() == f"{len(hamas)} of 7 events"
    check(window.findChild(QListView, "officialFilter"), {"Mikhail Bogdanov"})
    both = [r.id for r in rows if "Hamas" in r.delegations and any(o.name == "Mikhail Bogdanov" for o in r.officials)]
    assert timeline.visible_event_ids() == both
    assert window.count_label.text() == f"{len(both)} of 7 events"
    window.filters.reset()
    assert timeline.visible_event_ids() == [r.id for r in rows]


def test_events_without_officials_stay_while_all_officials_are_checked(window, small_db: Path) -> None:
    taliban = event_id(small_db, "Taliban")
    assert taliban in window.timeline.visible_event_ids()
    officials = window.findChild(QListView, "officialFilter")
    check(officials, None)
    assert taliban in window.timeline.visible_event_ids()
    window.filters.officials.only("Sergei Lavrov")
    assert taliban not in window.timeline.visible_event_ids()
    window.filters.officials.without.setChecked(True)
    assert taliban in window.timeline.visible_event_ids()
    window.filters.officials.check_all()
    assert len(window.timeline.visible_event_ids()) == 7


def test_only_and_all_shortcuts_and_search(window, qtbot) -> None:
    facet = window.filters.delegations
    facet.only("Iran")
    assert [window.timeline.scene.index.cols.delegations[i] for i in window.timeline.scene.visible_indices()] == [("Iran",)]
    facet.search.setText("isl")
    visible_rows = [r for r in range(facet.model.rowCount()) if not facet.view.isRowHidden(r)]
    assert [facet.model.item(r).text() for r in visible_rows] == ["Palestinian Islamic Jihad"]
    facet.all_button.click()
    assert len(window.timeline.visible_event_ids()) == 7


def test_type_and_date_filters(window, small_db: Path) -> None:
    window.filters.type_boxes["meeting"].setChecked(False)
    rows = db_rows(small_db)
    assert window.timeline.visible_event_ids() == [r.id for r in rows if r.type != "meeting"]
    window.filters.type_boxes["meeting"].setChecked(True)
    from PySide6.QtCore import QDate

    window.filters.from_edit.setDate(QDate(2023, 1, 1))
    window.filters.from_check.setChecked(True)
    assert window.timeline.visible_event_ids() == [r.id for r in rows if r.date and r.date >= "2023"]


# ----------------------------------------------------------------------------- click → details → source

def test_clicking_an_event_shows_details_and_highlights_its_evidence(window, qtbot, small_db: Path) -> None:
    event = event_id(small_db, "Hamas meets Mikhail Bogdanov")
    rect = window.timeline.event_rect(event)
    assert not rect.isEmpty() and window.timeline.rect().contains(rect.center().toPoint())
    with qtbot.waitSignal(window.timeline.eventActivated, timeout=2000) as blocker:
        qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert blocker.args == [event]
    assert window.details.title.text() == "Hamas meets Mikhail Bogdanov in Moscow"
    assert window.details.date.text() == "4 Feb 2021 (day; worked out from the article's date)"
    assert "Mikhail Bogdanov — Deputy Foreign Minister, Russian Foreign Ministry" in window.details.officials.text()
    start, end, quote = expected_highlight(small_db, event)
    assert highlight_of(window) == (start, end)
    assert window.findChild(QPlainTextEdit, "sourceText").textCursor().selectedText() == quote
    table = window.findChild(QTableView, "eventTable")
    assert table.model().data(table.currentIndex().siblingAtColumn(2)) == "Hamas meets Mikhail Bogdanov in Moscow"


def test_highlight_after_an_emoji_uses_utf16_positions(window, qtbot, small_db: Path) -> None:
    event = event_id(small_db, "Iran meets")
    rect = window.timeline.event_rect(event)
    with qtbot.waitSignal(window.timeline.eventActivated, timeout=2000):
        qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    start, end, quote = expected_highlight(small_db, event)
    assert "😀" in window.source.document.text[: window.source.spans[0][0]]
    assert highlight_of(window) == (start, end)
    assert window.findChild(QPlainTextEdit, "sourceText").textCursor().selectedText() == quote


def test_every_event_rect_activates_that_event(window, qtbot, small_db: Path) -> None:
    for row in db_rows(small_db):
        rect = window.timeline.event_rect(row.id)
        assert not rect.isEmpty(), row
        with qtbot.waitSignal(window.timeline.eventActivated, timeout=2000) as blocker:
            qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
        assert blocker.args == [row.id]


def test_several_sources_can_be_switched(window, qtbot, small_db: Path) -> None:
    event = event_id(small_db, "Hamas delegation in Moscow")
    window.show_event(event)
    assert window.details.source_list.count() == 2
    first = window.source.document.path
    window.source.next_button.click()
    assert window.source.document.path != first
    assert window.source.header.text().startswith("Source 2 of 2")
    start, end, _ = expected_highlight(small_db, event)  # same sentence, same offsets in each copy
    assert highlight_of(window) == (start, end)


def test_open_original_opens_only_the_local_file(window, monkeypatch, small_db: Path) -> None:
    opened = []
    monkeypatch.setattr("timeline_app.gui.source_view.QDesktopServices.openUrl", lambda url: opened.append(url) or True)
    window.show_event(event_id(small_db, "Taliban"))
    window.source.open_button.click()
    assert len(opened) == 1 and opened[0].isLocalFile()
    assert opened[0].toLocalFile() == window.source.document.path


# ----------------------------------------------------------------------------- untrusted text

@pytest.fixture
def injected_db(tmp_path: Path) -> Path:
    specs = [EventSpec(
        'They met. <a href="javascript:alert(1)">click</a> <img src="http://example.invalid/x.png"> <b>bold</b>',
        "2022-03-03", delegations=["<b>Bold</b> Front"], hosts=[Person('<img src="x.png"> Host', "<i>Envoy</i>", None)],
        before="<script>alert(2)</script>\n",
    )]
    return make_db(tmp_path / "inj.sqlite", specs, tmp_path / "docs")


def test_markup_in_articles_shows_literally_everywhere(make_window, qtbot, injected_db: Path) -> None:
    window = make_window(injected_db)
    event = window.timeline.visible_event_ids()[0]
    rect = window.timeline.event_rect(event)
    with qtbot.waitSignal(window.timeline.eventActivated, timeout=2000):
        qtbot.mouseClick(window.timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    source = window.findChild(QPlainTextEdit, "sourceText").toPlainText()
    assert '<a href="javascript:alert(1)">' in source and "<img src=" in source and "<script>" in source
    assert window.details.title.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Bold</b> Front" in window.details.title.text()
    assert window.details.delegations.text() == "<b>Bold</b> Front"
    assert '<img src="x.png"> Host' in window.details.officials.text()
    for label in (window.details.title, window.details.date, window.details.officials, window.source.header):
        assert label.textFormat() == Qt.TextFormat.PlainText
    table = window.findChild(QTableView, "eventTable")
    title_cell = table.model().index(0, 2)
    assert "<b>Bold</b> Front" in title_cell.data()
    tip = table.model().data(title_cell, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("<qt>") and "<b>" not in tip and "&lt;b&gt;Bold&lt;/b&gt;" in tip
    hit = window.timeline.scene.hit_test(rect.center())
    tip = window.timeline.scene.tooltip(hit)
    assert "<b>Bold" not in tip and "&lt;b&gt;Bold" in tip
    item = window.findChild(QListView, "delegationFilter").model().index(0, 0)
    assert item.data() == "<b>Bold</b> Front"
    assert "<b>Bold" not in item.data(Qt.ItemDataRole.ToolTipRole)
    source_item = window.details.source_list.item(0)
    assert "<a href=" in source_item.text() and "<a href" not in source_item.toolTip()


# ----------------------------------------------------------------------------- table

def test_table_model_passes_the_model_tester(window, qtmodeltester) -> None:
    qtmodeltester.check(window.table_model)
    qtmodeltester.check(window.table_proxy)


def test_table_sorts_and_selection_syncs_both_ways(window, qtbot, small_db: Path) -> None:
    table = window.findChild(QTableView, "eventTable")
    model = table.model()
    table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    titles = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Undated"
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    # table → timeline
    table.setFocus()
    table.selectRow(2)
    assert window.timeline.selected_event_id() == window.table_proxy.event_id(2)
    # timeline → table
    target = event_id(small_db, "Taliban")
    window.timeline.select_event(target, notify=True)
    assert window.table_proxy.event_id(table.currentIndex().row()) == target
    # Enter in the table activates
    with qtbot.waitSignal(window.details.sourceChosen, timeout=2000):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.details.title.text() == "Taliban meeting in Doha"


# ----------------------------------------------------------------------------- keyboard, zoom, scroll

def test_arrow_keys_select_and_enter_activates(window, qtbot) -> None:
    timeline = window.timeline
    timeline.fit_all()
    timeline.setFocus()
    ids = timeline.visible_event_ids()
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.selected_event_id() == ids[0]
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.selected_event_id() == ids[1]
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.selected_event_id() == ids[0]
    with qtbot.waitSignal(timeline.eventActivated, timeout=2000) as blocker:
        qtbot.keyClick(timeline, Qt.Key.Key_Return)
    assert blocker.args == [ids[0]]
    qtbot.keyClick(timeline, Qt.Key.Key_End)
    assert timeline.selected_event_id() == ids[-1]  # the undated one, in its strip
    assert not timeline.event_rect(ids[-1]).isEmpty()


def test_zoom_keys_wheel_and_pinch_change_the_visible_range(window, qtbot) -> None:
    timeline = window.timeline
    timeline.fit_all()
    timeline.setFocus()
    a, b = timeline.visible_range()
    qtbot.keyClick(timeline, Qt.Key.Key_Plus)
    c, d = timeline.visible_range()
    assert d - c < (b - a) * 0.8
    qtbot.keyClick(timeline, Qt.Key.Key_Minus)
    qtbot.keyClick(timeline, Qt.Key.Key_Minus)
    e, f = timeline.visible_range()
    assert f - e > d - c
    # Ctrl+wheel zooms around the cursor: the day under it stays under it
    pos = QPointF(timeline.scene.time_left + 200, 120)
    day_under = timeline.scene.ts.t(200)
    wheel = QWheelEvent(pos, timeline.mapToGlobal(pos), QPoint(), QPoint(0, 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(timeline, wheel)
    assert timeline.scene.ts.t(200) == pytest.approx(day_under, abs=1e-6)
    assert timeline.visible_range()[1] - timeline.visible_range()[0] < f - e
    # plain wheel scrolls in time
    before = timeline.visible_range()
    wheel = QWheelEvent(pos, timeline.mapToGlobal(pos), QPoint(), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(timeline, wheel)
    after = timeline.visible_range()
    assert after[0] > before[0] and after[1] - after[0] == pytest.approx(before[1] - before[0])
    # pinch (native gesture on macOS / Wayland touchpads)
    span = after[1] - after[0]
    gesture = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2,
                                  pos, pos, timeline.mapToGlobal(pos), 0.5, QPointF(), 0)
    QApplication.sendEvent(timeline, gesture)
    assert timeline.visible_range()[1] - timeline.visible_range()[0] < span
    # Home fits all events again
    qtbot.keyClick(timeline, Qt.Key.Key_Home)
    assert timeline.visible_range() == pytest.approx((a, b))


def test_drag_and_scroll_bar_scroll_in_time(window, qtbot) -> None:
    timeline = window.timeline
    timeline.fit_all()
    start = timeline.visible_range()
    y = int(timeline.scene.lanes_top + 5)
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=QPoint(700, y))
    qtbot.mouseMove(timeline, QPoint(650, y))
    qtbot.mouseMove(timeline, QPoint(500, y))
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=QPoint(500, y))
    moved = timeline.visible_range()
    assert moved[0] > start[0]
    bar = timeline._hbar
    bar.setValue(bar.minimum())
    assert timeline.visible_range()[0] < moved[0]


def test_clicking_a_cluster_zooms_into_it(window, qtbot, small_db: Path) -> None:
    timeline = window.timeline
    timeline.fit_all()
    scene = timeline.scene
    clusters = [(k, item) for k in range(len(scene.lanes)) for item in scene.lane_layout(k).items if item.is_cluster]
    assert clusters, "the two Hamas events of February 2021 should cluster when everything is shown"
    k, item = clusters[0]
    rect = scene.item_rect(k, item)
    before = timeline.visible_range()
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    after = timeline.visible_range()
    assert after[1] - after[0] < (before[1] - before[0]) / 2
    assert after[0] <= item.t0 and item.t1 <= after[1]


def test_hover_shows_an_escaped_tooltip(make_window, qtbot, injected_db: Path) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    window = make_window(injected_db)
    timeline = window.timeline
    rect = timeline.event_rect(timeline.visible_event_ids()[0])
    pos = rect.center().toPoint()
    QApplication.sendEvent(timeline, QHelpEvent(QEvent.Type.ToolTip, pos, timeline.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible, timeout=2000)
    assert "&lt;b&gt;Bold&lt;/b&gt; Front" in QToolTip.text() and "<b>Bold</b>" not in QToolTip.text()
    QToolTip.hideText()
    image = timeline.grab()
    assert not image.isNull()


# ----------------------------------------------------------------------------- persistence

def test_geometry_splitters_zoom_and_filters_persist(make_window, small_db: Path, qtbot) -> None:
    screen = QApplication.primaryScreen().availableGeometry()
    size = (min(1300, screen.width() - 40), min(850, screen.height() - 40))  # restoreGeometry keeps windows on screen
    first = make_window(small_db, size=size)
    first.filters.delegations.only("Hamas")
    first.filters.type_boxes["visit"].setChecked(False)
    first.timeline.fit_all()
    first.timeline.zoom_in()
    view = first.timeline.view_state()
    first.main_split.setSizes([240, 300, 200])
    qtbot.wait(1)
    sizes = first.main_split.sizes()
    size = (first.width(), first.height())  # the window may not go below its minimum size
    visible = first.timeline.visible_event_ids()
    first.close()

    second = make_window(small_db, size=None)
    assert second.timeline.visible_event_ids() == visible
    assert second.filters.delegations.checked_names() == {"Hamas"}
    assert not second.filters.type_boxes["visit"].isChecked()
    assert second.timeline.view_state() == pytest.approx(view)
    assert (second.width(), second.height()) == size
    assert second.main_split.sizes() == sizes


def test_new_delegations_after_a_reimport_follow_the_saved_choice(make_window, small_db: Path, tmp_path: Path) -> None:
    first = make_window(small_db)
    first.filters.delegations.model.item(1).setCheckState(Qt.CheckState.Unchecked)  # hide Iran only
    first.close()
    db = Database(str(small_db))
    fill_events(db, [EventSpec("Houthi envoys met in Muscat.", "2024-01-02", delegations=["Houthis"], location="Muscat")],
                tmp_path / "more")
    db.close()
    second = make_window(small_db)
    checked = second.filters.delegations.checked_names()
    assert "Iran" not in checked and "Houthis" in checked


# ----------------------------------------------------------------------------- refresh and errors

def test_refresh_and_revision_polling_pick_up_new_events(window, qtbot, small_db: Path, tmp_path: Path) -> None:
    before = set(window.timeline.visible_event_ids())
    db = Database(str(small_db))
    fill_events(db, [EventSpec("Qatar hosted a Taliban delegation.", "2024-05-05", delegations=["Taliban"], location="Doha")],
                tmp_path / "new1")
    db.close()
    with qtbot.waitSignal(window.dataReloaded, timeout=5000):
        window.action_refresh.trigger()
    assert len(set(window.timeline.visible_event_ids()) - before) == 1
    db = Database(str(small_db))
    fill_events(db, [EventSpec("Iran sent envoys to Beijing.", "2024-06-06", delegations=["Iran"], location="Beijing")],
                tmp_path / "new2")
    db.close()
    with qtbot.waitSignal(window.dataReloaded, timeout=5000):
        window.poll_revision()
    assert len(set(window.timeline.visible_event_ids()) - before) == 2
    assert window.action_refresh.shortcut().toString() == "F5"


def test_polling_survives_a_busy_database(window, monkeypatch) -> None:
    from sqlalchemy.exc import OperationalError

    def busy() -> int:
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    monkeypatch.setattr(window.db, "revision", busy)
    window.poll_revision()  # no exception, no reload
    assert window._load_worker is None


@pytest.mark.parametrize("content", [b"this is not a database at all\n" * 10, b""])
def test_a_bad_database_gets_a_dialog_and_is_never_modified(qtbot, tmp_path: Path, settings, content: bytes) -> None:
    path = tmp_path / "bad.sqlite"
    if content:
        path.write_bytes(content)
    else:
        import sqlite3

        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE other_app (x)")
        conn.commit()
        conn.close()
    before = path.read_bytes()
    window = build_main_window(str(path), settings=settings)
    qtbot.addWidget(window)
    assert window.database_error
    assert window.timeline.visible_event_ids() == []
    window.show()
    qtbot.waitUntil(lambda: window.error_box is not None and window.error_box.isVisible(), timeout=3000)
    assert window.error_box.textFormat() == Qt.TextFormat.PlainText
    assert "not changed" in window.error_box.text()
    assert window.error_box.icon() == QMessageBox.Icon.Critical
    assert not window.action_import.isEnabled()
    window.error_box.close()
    window.close()
    assert path.read_bytes() == before


def test_every_action_has_a_shortcut_or_menu_and_widgets_have_names(window) -> None:
    for name in ("actionImport", "actionImportFolder", "actionRefresh", "actionZoomIn", "actionZoomOut",
                 "actionFitAll", "actionResetFilters", "actionQuit", "actionExportImage"):
        action = window.findChild(type(window.action_import), name)
        assert action is not None and not action.shortcut().isEmpty(), name
    for menu in window.menuBar().actions():
        assert "&" in menu.text()
    from PySide6.QtWidgets import QWidget

    unnamed = [
        w for w in window.findChildren(QWidget)
        if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.accessibleName()
        and not (hasattr(w, "text") and callable(w.text) and isinstance(w.text(), str) and w.text())
        and w.objectName() not in ("qt_scrollarea_viewport",) and w.metaObject().className() not in ("QCalendarWidget",)
    ]
    assert not unnamed, [(w.metaObject().className(), w.objectName()) for w in unnamed]
