"""GUI benchmark: synthetic events; window build, filter changes, paints per zoom level, peak RSS.

    python -m benchmarks gui [--events 100000] [--db /tmp/bench.sqlite] [--repeat 5]

Builds (or reuses, with --db) a database filled in bulk through SQLAlchemy Core (not the
extractor), then measures on the offscreen platform unless a display is set:

* build: `build_main_window` + show + first complete paint (targets: < 2 s at 1,000,000 events,
  < 1 s at 100,000), its wall time and CPU time (all threads: what does not depend on the load);
  the labels' titles are read in the background after that paint (printed too);
* filter: one filter change through the side panel until timeline, table and counts are
  updated and the timeline is repainted (target: < 100 ms);
* paint: `repaint()` of the timeline at zoom levels from decades to hours (target: < 16 ms),
  first paint after the zoom (layout included), steady paints, paints while dragging (40 px
  a 60 Hz frame) and page turns (a whole view width after a pause);
* reload (File ▸ Refresh): a new index built in the background beside the shown one; its own
  peak RSS (target < 800 MB at 1,000,000 events), and the open's;
* reopen: the same database opened again in a fresh process (its columns from the copy the first
  open kept, `gui.column_cache`); every other figure is of a first (cold) open.

Numbers are printed, never asserted: tests must not depend on machine speed. The last line is
one JSON object: open_first_paint_ms, open_cpu_s, open_peak_rss_mb (from the window's build until
its labels are read), filter_ms_max, paint_p95_ms (every steady and panning paint from decades to
days; paint_cpu_p95_ms: the GUI thread's CPU time of the same paints, which the machine's load
changes far less; filter_cpu_ms_max likewise), reload_peak_rss_mb (from File ▸ Refresh until the new index is shown; Linux resets the
peak before each of these two steps), peak_rss_mb (the whole run, the load-only warm-up included),
reopen_ms, reopen_cpu_s, load_avg_1m.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "gui"))


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def cpu_seconds() -> float:
    """User + system CPU of every thread of this process (independent of the machine's load)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def rss_mb() -> float:
    """Peak RSS of the whole run so far (never goes down)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> bool:
    """Start a new peak (Linux: writing 5 to clear_refs resets VmHWM), so a step's own peak can
    be read with `step_peak_mb`; False where that is not possible (then the run's peak is used)."""
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")
        return True
    except OSError:
        return False


def step_peak_mb() -> float:
    """Peak RSS since the last `reset_peak` (VmHWM), else of the whole run."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            return next((int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM:")), rss_mb())
    except OSError:
        return rss_mb()


def wait_for_labels(app, timeline) -> float:  # type: ignore[no-untyped-def]
    """Seconds until the titles the last paint asked for have been read (in the background), the
    timeline has repainted with them and laid out the pages beside the view (idle work)."""
    started = time.perf_counter()
    while timeline._texts.busy or timeline.preparing:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    return time.perf_counter() - started


FRAME = 1 / 60


def open_only(app, path: Path, settings) -> int:  # type: ignore[no-untyped-def]
    """Open the window once (in a fresh process), paint, print time, CPU and RSS as JSON."""
    from sqlalchemy.orm import configure_mappers

    from timeline_app.gui import build_main_window

    configure_mappers()
    cpu_before, started = cpu_seconds(), time.perf_counter()
    window = build_main_window(str(path), settings=settings)
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    window.timeline.repaint()
    with open("/proc/self/status", encoding="ascii") as status:  # ru_maxrss survives exec on Linux: the parent's
        peak = next((int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM:")), rss_mb())
    print(json.dumps({"ms": round((time.perf_counter() - started) * 1000, 1), "cpu_s": round(cpu_seconds() - cpu_before, 2),
                      "rss_mb": round(peak)}))
    window.close()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--db", help="reuse (or create) this database file")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--open-only", action="store_true", help=argparse.SUPPRESS)  # one reopen, as JSON
    args = parser.parse_args()
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    from synthetic_data import bulk_fill

    path = Path(args.db) if args.db else Path(tempfile.mkdtemp(prefix="gui-bench-")) / "bench.sqlite"
    if not path.exists():
        started = time.perf_counter()
        bulk_fill(path, args.events).close()
        print(f"database: {args.events:,} events written in {time.perf_counter() - started:.1f} s ({path})")
    else:
        print(f"database: reusing {path}")

    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from timeline_app.gui import build_main_window
    from timeline_app.gui.event_index import FilterState
    from timeline_app.gui import column_cache
    from timeline_app.gui.workers import load_index
    from timeline_app.storage.db import Database

    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    settings.clear()

    if args.open_only:
        return open_only(app, path, settings)
    db = Database(str(path), writer=False)
    cache = column_cache.cache_file(db)
    forget = lambda: cache.unlink(missing_ok=True) if cache is not None else None  # noqa: E731
    forget()  # the first open of a database (or of a changed one) reads it: measured cold
    started = time.perf_counter()
    loaded = load_index(db)
    print(f"load only: {ms(time.perf_counter() - started)} (compact columns + index, {loaded.index.size:,} events)")
    events = loaded.index.size
    del loaded  # the window loads its own: keep one index in memory, as the app does
    db.close()
    column_cache.wait_for_saves()
    forget()

    from sqlalchemy.orm import configure_mappers

    configure_mappers()  # once per process, whatever opens first: not part of opening a window
    reset_peak()  # the window's own peak, not the load-only warm-up's
    cpu_before = cpu_seconds()
    started = time.perf_counter()
    window = build_main_window(str(path), settings=settings)
    built = time.perf_counter()
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    window.timeline.repaint()
    shown = time.perf_counter()
    open_cpu = cpu_seconds() - cpu_before
    labelled = wait_for_labels(app, window.timeline)
    open_peak = step_peak_mb()
    print(f"build window: {ms(built - started)}; shown and painted: {ms(shown - started)}  (target < 2000 ms); "
          f"CPU {open_cpu:.2f} s (all threads); labels read {ms(labelled)} after that paint (background); "
          f"peak RSS of the open {open_peak:.0f} MB")
    figures: dict = {"events": events, "open_first_paint_ms": round((shown - started) * 1000, 1),
                     "open_cpu_s": round(open_cpu, 2), "open_peak_rss_mb": round(open_peak)}
    filter_times: list[float] = []
    zoom_paints: list[float] = []
    filter_cpu: list[float] = []
    zoom_cpu: list[float] = []  # the CPU time of those paints (GUI thread): compares runs at different loads

    panel = window.filters
    index = window.index
    assert index is not None
    big_official = max(index.officials, key=lambda n: index.official_counts[n])
    unchecked = Qt.CheckState.Unchecked
    changes = [
        ("uncheck one delegation", None, lambda: panel.delegations.model.item(0).setCheckState(unchecked)),
        ("only one delegation", None, lambda: panel.delegations.only(index.delegations[1])),
        ("all delegations", None, panel.delegations.check_all),
        ("only one official", None, lambda: panel.officials.only(big_official)),
        ("uncheck one official of 400", panel.officials.check_all, lambda: panel.officials.model.item(3).setCheckState(unchecked)),
        ("one event type off", panel.officials.check_all, lambda: panel.type_boxes["call"].setChecked(False)),
        ("reset all", None, panel.reset),
    ]
    print("\nfilter changes (user action → timeline, table, counts updated and the window repainted; target < 50 ms):")
    for label, before, change in changes:
        if before is not None:
            before()
            app.processEvents()
        started, cpu = time.perf_counter(), time.thread_time()
        change()
        app.processEvents()  # paints every widget the change dirtied, the timeline included
        elapsed = time.perf_counter() - started
        filter_times.append(elapsed)
        filter_cpu.append(time.thread_time() - cpu)
        print(f"  {label:32s} {ms(elapsed)} (CPU {ms(filter_cpu[-1])})   {window.count_label.text()}")
    samples = []
    for _ in range(args.repeat):
        started = time.perf_counter()
        window.apply_filter(FilterState(delegations=frozenset(index.delegations[:3])))
        window.timeline.repaint()
        samples.append(time.perf_counter() - started)
        window.apply_filter(FilterState())
    print(f"  apply_filter(3 delegations) + timeline repaint, median {ms(statistics.median(samples))}")
    # paint what those filter changes left dirty (the table, scroll bars): a timeline repaint()
    # flushes every pending paint of the window, which would be counted as the first zoom paint
    app.processEvents()

    timeline = window.timeline
    timeline.fit_all()
    middle = date(2010, 6, 15).toordinal()
    print("\npaint at zoom levels (target < 16 ms; first = layout + paint after zooming):")
    for label, scale in (("fit all (30 years)", None), ("decades", 0.05), ("years", 0.5), ("months", 4.0),
                         ("weeks", 30.0), ("days", 200.0), ("hours", 1200.0)):
        if scale is None:
            timeline.fit_all()
        else:
            timeline.set_view_state(middle, scale)
        started = time.perf_counter()
        timeline.repaint()
        first = time.perf_counter() - started
        wait_for_labels(app, timeline)  # the labels' titles arrive; steady paints draw them
        steady, level_cpu = [], []  # level_cpu: the GUI thread's CPU time of the same paints
        for _ in range(args.repeat):
            started, cpu = time.perf_counter(), time.thread_time()
            timeline.repaint()
            steady.append(time.perf_counter() - started)
            level_cpu.append(time.thread_time() - cpu)
        pans = []
        for _ in range(args.repeat):  # dragging at 60 Hz: a paint, then the rest of the frame idle
            timeline.scene.pan(40)
            started, cpu = time.perf_counter(), time.thread_time()
            timeline.repaint()
            pans.append(time.perf_counter() - started)
            level_cpu.append(time.thread_time() - cpu)
            while time.perf_counter() < started + FRAME:
                app.processEvents()  # titles read meanwhile are kept, the next pages laid out
        items = sum(len(timeline.scene._visible_items(k)) for k in timeline.scene.visible_lane_range())
        turns = []
        for _ in range(3):  # a whole view width at once (Page Down, a fast drag) after a pause
            wait_for_labels(app, timeline)
            timeline.scene.pan(timeline.scene.time_width)
            started, cpu = time.perf_counter(), time.thread_time()
            timeline.repaint()
            turns.append(time.perf_counter() - started)
            level_cpu.append(time.thread_time() - cpu)
        if label not in ("fit all (30 years)", "hours"):  # decades to days
            zoom_paints += steady + pans + turns
            zoom_cpu += level_cpu
        every = steady + pans + turns
        print(f"  {label:20s} first {ms(first)}  steady {ms(statistics.median(steady))}  "
              f"panning {ms(statistics.median(pans))} (max {ms(max(pans))})  page turn max {ms(max(turns))}  "
              f"p95 {ms(statistics.quantiles(every, n=20)[-1])}  items drawn {items}")
    column_cache.wait_for_saves()
    forget()  # a reload follows a change: the database is read, not the copy
    del index  # the window's own reference is what keeps the shown index alive
    with open("/proc/self/status", encoding="ascii") as status:
        before_reload = next((int(line.split()[1]) / 1024 for line in status if line.startswith("VmRSS:")), 0.0)
    reset_peak()
    shown_index = window.index
    started = time.perf_counter()
    cpu_before = cpu_seconds()
    window.reload()  # File ▸ Refresh: a new index is built in the background while the old one is shown
    while window._load_worker is not None or window.index is shown_index:
        app.processEvents()
        time.sleep(0.001)
    del shown_index
    app.processEvents()  # the first paint of the new index
    reload_peak = step_peak_mb()
    print(f"\nreload (background, the window stays usable): {ms(time.perf_counter() - started)}, "
          f"CPU {cpu_seconds() - cpu_before:.2f} s; RSS {before_reload:.0f} MB before it, peak {reload_peak:.0f} MB "
          f"during it (peak of the whole run {rss_mb():.0f} MB)")
    figures["reload_peak_rss_mb"] = round(reload_peak)
    window.close()
    rss = rss_mb()
    column_cache.wait_for_saves()  # the copy this open made, for the reopen below
    reopen = [json.loads(subprocess.run([sys.executable, "-m", "benchmarks", "gui", "--db", str(path), "--open-only"],
                                        capture_output=True, text=True, check=True).stdout.splitlines()[-1])
              for _ in range(2)]
    print(f"reopen (unchanged database, columns from the copy kept at the last open): "
          + ", ".join(f"{r['ms']:.0f} ms (CPU {r['cpu_s']:.2f} s, peak RSS {r['rss_mb']} MB)" for r in reopen))
    figures.update(reopen_ms=min(r["ms"] for r in reopen), reopen_cpu_s=min(r["cpu_s"] for r in reopen))
    p95 = statistics.quantiles(zoom_paints, n=20)[-1] if len(zoom_paints) >= 2 else (zoom_paints or [0])[0]
    cpu95 = statistics.quantiles(zoom_cpu, n=20)[-1] if len(zoom_cpu) >= 2 else (zoom_cpu or [0])[0]
    print(f"\npaint p95 from decades to days: {ms(p95)} (target < 16 ms; CPU time of the GUI thread {ms(cpu95)}); "
          f"worst filter change {ms(max(filter_times))}; peak RSS {rss:.0f} MB")
    figures.update(filter_ms_max=round(max(filter_times) * 1000, 1), paint_p95_ms=round(p95 * 1000, 2),
                   paint_cpu_p95_ms=round(cpu95 * 1000, 2), filter_cpu_ms_max=round(max(filter_cpu) * 1000, 1),
                   peak_rss_mb=round(rss))
    if hasattr(os, "getloadavg"):
        print("load average (1, 5, 15 min): " + ", ".join(f"{v:.2f}" for v in os.getloadavg()))
        figures["load_avg_1m"] = round(os.getloadavg()[0], 2)
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
