"""Command line: `timeline-app [gui] | ingest | export | render`.

Exit status: 0 success, 1 some input files failed (each named on stderr), 2 the database or
the arguments cannot be used.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import IO, Sequence

from . import paths
from .ingest.resources import KnowledgeMissing
from .storage.db import Database, DatabaseError


def _db_arg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="URL",
        help="SQLAlchemy URL or path to an SQLite file (default: $TIMELINE_APP_DB, else timeline.sqlite in the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        description="Find dated diplomatic visits and meetings in saved news pages and explore them on a timeline.",
    )
    _db_arg(parser)  # `timeline-app --db URL` opens the window on that database
    sub = parser.add_subparsers(dest="command")

    ingest = sub.add_parser("ingest", help="read files and folders of saved news pages into the database")
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.txt .md .text .html .htm .mhtml .mht .pdf .eml .docx), folders recursively")
    _db_arg(ingest)

    export = sub.add_parser("export", help="write all events as JSON (default) or CSV")
    _db_arg(export)
    export.add_argument("--format", choices=("json", "csv"), default="json")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")

    gui = sub.add_parser("gui", help="open the timeline window (what plain `timeline-app` does)")
    _db_arg(gui)

    render = sub.add_parser("render", help="draw the timeline into a PNG or SVG file, without a window")
    _db_arg(render)
    render.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.png or FILE.svg")
    render.add_argument("--delegation", action="append", default=[], metavar="NAME",
                        help="show only this delegation (repeat for several)")
    render.add_argument("--official", action="append", default=[], metavar="NAME",
                        help="show only events with this official (repeat for several)")
    render.add_argument("--from", dest="date_from", metavar="DATE", help="first day shown: YYYY, YYYY-MM or YYYY-MM-DD")
    render.add_argument("--to", dest="date_to", metavar="DATE", help="last day shown: YYYY, YYYY-MM or YYYY-MM-DD")
    render.add_argument("--width", type=int, default=1600, help="image width in pixels (default 1600)")
    render.add_argument("--height", type=int, default=900, help="image height in pixels (default 900)")
    render.add_argument("--dark", action="store_true", help="use a dark palette")
    return parser


def open_database(db_arg: str | None) -> Database:
    """Open --db, else $TIMELINE_APP_DB, else the default file (seeded on first use)."""
    chosen = db_arg or paths.configured_db()
    if chosen:
        return Database(chosen)
    db = Database(str(paths.default_db_path()))
    if db.created:
        _ingest_seeds(db)
    return db


def _ingest_seeds(db: Database) -> None:
    from .ingest.pipeline import ingest_paths

    report = ingest_paths(db, [paths.seeds_dir()])
    print(f"timeline-app: new database {db.path}; added the bundled example documents ({report.summary()})", file=sys.stderr)


class TerminalProgress:
    """A one-line progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.enabled = stream.isatty()

    def __call__(self, done: int, total: int, path: str) -> None:
        if not self.enabled or total == 0:
            return
        width = 30
        filled = width * done // total
        name = Path(path).name[:40] if path else ""
        self.stream.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name:<40}")
        self.stream.flush()

    def finish(self) -> None:
        if self.enabled:
            self.stream.write("\r" + " " * 90 + "\r")
            self.stream.flush()


def cmd_ingest(args: argparse.Namespace) -> int:
    from .ingest.pipeline import ingest_paths

    db = open_database(args.db)
    bar = TerminalProgress(sys.stderr)
    try:
        report = ingest_paths(db, args.paths, progress=bar)
    except KeyboardInterrupt:
        bar.finish()
        print("timeline-app: interrupted; documents already ingested are kept", file=sys.stderr)
        return 130
    finally:
        db.close()
    bar.finish()
    for failure in report.failures:
        print(f"error: {failure.path}: {failure.reason}", file=sys.stderr)
    print(report.summary())
    return 1 if report.failures else 0


def cmd_export(args: argparse.Namespace) -> int:
    from .storage.export import export_json, write_csv

    db = open_database(args.db)
    try:
        with db.session() as session:
            if args.output:
                with open(args.output, "w", encoding="utf-8", newline="") as handle:
                    _write_export(session, args.format, handle, export_json, write_csv)
            else:
                _write_export(session, args.format, sys.stdout, export_json, write_csv)
                sys.stdout.flush()  # a closed pipe must fail here, not at interpreter exit
    except BrokenPipeError:
        # `export | head`: the reader stopped early, which is not an error; point stdout at devnull
        # so the interpreter's final flush does not fail again on the closed pipe
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        print(f"error: {args.output or 'standard output'}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    finally:
        db.close()
    return 0


def _write_export(session, fmt, handle, export_json, write_csv) -> None:  # type: ignore[no-untyped-def]
    if fmt == "csv":
        write_csv(session, handle)
    else:
        json.dump(export_json(session), handle, ensure_ascii=False, indent=2)
        handle.write("\n")


def _gui_database_url(db_arg: str | None) -> str:
    """The database the window opens; the default one is created and seeded on first use.

    A database that cannot be opened is still handed to the window, which explains the problem
    in a dialog (and leaves the file untouched) instead of failing on the terminal only.
    """
    try:
        db = open_database(db_arg)
    except DatabaseError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return db_arg or paths.configured_db() or str(paths.default_db_path())
    url = db.url
    db.close()
    return url


def cmd_gui(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationDisplayName("Timeline")
    app.setDesktopFileName(paths.APP_NAME)
    from .gui import build_main_window

    window = build_main_window(_gui_database_url(getattr(args, "db", None)))
    window.show()
    return app.exec()


def cmd_render(args: argparse.Namespace) -> int:
    from .gui.render import RenderError, RenderRequest, render_timeline

    url = _render_database_url(args.db)
    request = RenderRequest(
        output=args.output, width=args.width, height=args.height, delegations=tuple(args.delegation),
        officials=tuple(args.official), date_from=args.date_from, date_to=args.date_to, dark=args.dark,
    )
    try:
        print(render_timeline(url, request))
    except RenderError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def _render_database_url(db_arg: str | None) -> str:
    db = open_database(db_arg)
    url = db.url
    db.close()
    return url


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    commands = {"ingest": cmd_ingest, "export": cmd_export, "gui": cmd_gui, "render": cmd_render}
    if args.command is None:
        args.command = "gui"
    if args.command not in commands:
        parser.print_help()
        return 2
    try:
        return commands[args.command](args)
    except (DatabaseError, KnowledgeMissing) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
