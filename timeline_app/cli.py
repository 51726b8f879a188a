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

from . import cli_curation, paths
from .terminal import printable
from .ingest.resources import KnowledgeMissing
from .cli_filters import event_filter, filter_args
from .storage.db import Database, DatabaseError
from .storage.event_filter import FilterError
from .storage.export import FORMATS


def _db_arg(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    """`--db` means the same before or after the sub-command.

    Sub-commands declare it with SUPPRESS as default, so an option given only before the
    sub-command is not overwritten by the sub-parser's default (argparse copies sub-parser
    defaults over the namespace); given in both places, the later one wins.
    """
    parser.add_argument(
        "--db", metavar="URL", default=None if top else argparse.SUPPRESS,
        help="SQLAlchemy URL or path to an SQLite file (default: $TIMELINE_APP_DB, else timeline.sqlite in the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="timeline-app",
        description="Find dated diplomatic visits and meetings in saved news pages and explore them on a timeline.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    _db_arg(parser, top=True)  # `timeline-app --db URL` opens the window on that database
    sub = parser.add_subparsers(dest="command")

    ingest = sub.add_parser("ingest", help="read files and folders of saved news pages into the database")
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.txt .md .text .html .htm .mhtml .mht .pdf .eml .docx), folders recursively")
    _db_arg(ingest)

    export = sub.add_parser("export", help="write events as JSON (default), CSV, iCalendar or a Markdown chronology")
    _db_arg(export)
    export.add_argument("--format", choices=FORMATS, default="json")
    export.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    filter_args(export)
    export.add_argument("--include-hidden", action="store_true", help="also events hidden by an analyst")

    events = sub.add_parser("events", help="list events (for scripts: --json)")
    events_sub = events.add_subparsers(dest="events_command", required=True)
    events_list = events_sub.add_parser("list", help="one line per event, or JSON with --json")
    _db_arg(events_list)
    filter_args(events_list)
    events_list.add_argument("--json", action="store_true", help="the JSON export's records")
    cli_curation.add_list_options(events_list)
    cli_curation.add_event_commands(events_sub, _db_arg)  # curation: edit, hide, unhide, merge, review
    cli_curation.add_actor_commands(sub, _db_arg)

    gui = sub.add_parser("gui", help="open the timeline window (what plain `timeline-app` does)")
    _db_arg(gui)

    render = sub.add_parser("render", help="draw the timeline into a PNG, SVG or PDF file, without a window")
    _db_arg(render)
    render.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.png, FILE.svg or FILE.pdf (PDF: vector, one page per year for long ranges)")
    filter_args(render, types=False)  # the same names and meanings as export's and events list's
    render.add_argument("--width", type=int, default=1600, help="image width in pixels (default 1600)")
    render.add_argument("--height", type=int, default=900, help="image height in pixels (default 900)")
    render.add_argument("--dark", action="store_true", help="use a dark palette")
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("timeline-app")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "unknown (not installed)"


def open_database(db_arg: str | None, *, create: bool = True) -> Database:
    """Open --db, else $TIMELINE_APP_DB, else the default file (created and seeded on first use).

    `create=False` is for commands that only read: a mistyped path must be refused, not turned
    into a new empty database whose empty export looks like a real answer.
    """
    chosen = db_arg or paths.configured_db()
    if chosen:
        return Database(chosen, writer=create, create=create)
    default = paths.default_db_path()
    if not create and not default.exists():
        raise DatabaseError(f"{default}: no database yet (open the window or run `timeline-app ingest` first)")
    db = Database(str(default), writer=create, create=create)
    if db.created:
        _ingest_seeds(db)
    return db


def _ingest_seeds(db: Database) -> None:
    from .ingest.pipeline import ingest_paths

    report = ingest_paths(db, [paths.seeds_dir()])
    print(f"timeline-app: new database {printable(str(db.path))}; added the bundled example documents "
          f"({report.summary()})", file=sys.stderr)


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
        name = printable(Path(path).name)[:40] if path else ""
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
        print(f"error: {printable(failure.path)}: {printable(failure.reason or '')}", file=sys.stderr)
    print(report.summary())
    return 1 if report.failures else 0


def cmd_export(args: argparse.Namespace) -> int:
    from .storage.export import write_export

    db = open_database(args.db, create=False)
    try:
        with db.session() as session:
            if args.output:
                with open(args.output, "w", encoding="utf-8", newline="") as handle:
                    write_export(session, args.format, handle, event_filter(args), include_hidden=args.include_hidden)
            else:
                write_export(session, args.format, sys.stdout, event_filter(args), include_hidden=args.include_hidden)
                sys.stdout.flush()  # a closed pipe must fail here, not at interpreter exit
    except FilterError as exc:
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `export | head`: the reader stopped early, which is not an error; point stdout at devnull
        # so the interpreter's final flush does not fail again on the closed pipe
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        print(f"error: {printable(args.output or 'standard output')}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    finally:
        db.close()
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from .storage.export import export_records

    if args.events_command != "list":
        return cli_curation.cmd_events_curation(args)
    db = open_database(args.db, create=False)
    try:
        with db.session() as session:
            records = export_records(session, event_filter(args), include_hidden=args.include_hidden,
                                     needs_review=args.needs_review)
    except FilterError as exc:
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        return 2
    finally:
        db.close()
    if args.json:
        json.dump({"events": records}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for e in records:
        print(cli_curation.list_line(e))
    return 0


def _gui_database_url(db_arg: str | None) -> str:
    """The database the window opens; the default one is created and seeded on first use.

    A database that cannot be opened is still handed to the window, which explains the problem
    in a dialog (and leaves the file untouched) instead of failing on the terminal only.
    """
    chosen = db_arg or paths.configured_db()
    try:
        # an explicit database must exist: a typo must not open an empty window on a new file
        db = open_database(db_arg, create=not chosen)
    except DatabaseError as exc:
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        return chosen or str(paths.default_db_path())
    url = db.url
    db.close()
    return url


def cmd_gui(args: argparse.Namespace) -> int:
    from .gui.platform_check import platform_problem

    problem = platform_problem()  # Qt would abort the process: say what is missing instead
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
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
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        return 2
    return 0


def _render_database_url(db_arg: str | None) -> str:
    db = open_database(db_arg, create=False)
    url = db.url
    db.close()
    return url


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    commands = {"ingest": cmd_ingest, "export": cmd_export, "gui": cmd_gui, "render": cmd_render, "events": cmd_events,
                "actors": cli_curation.cmd_actors}
    if args.command is None:
        args.command = "gui"
    if args.command not in commands:
        parser.print_help()
        return 2
    try:
        code = commands[args.command](args)
        sys.stdout.flush()  # a closed pipe must fail here, inside the handler below
        return code
    except (DatabaseError, KnowledgeMissing) as exc:
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        # `events list | head`: the reader stopped early, which is not an error; point stdout at
        # devnull so the interpreter's final flush does not fail again on the closed pipe
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
