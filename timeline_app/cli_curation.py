"""Command line curation: `events edit|hide|unhide|merge|review` and `actors list|merge|rename`.

For scripts: stable names, JSON with --json. An unknown id or name is one line on stderr and exit
status 2, with nothing changed (each command is one transaction that checks everything first).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from .storage import actor_curation, curation
from .storage.curation import CurationError, EventEdit
from .storage.event_filter import EVENT_TYPES
from .terminal import printable

DbArg = Callable[[argparse.ArgumentParser], None]


def _ids(parser: argparse.ArgumentParser, minimum: int = 1) -> None:
    parser.add_argument("ids", nargs="+" if minimum == 1 else "*", type=int, metavar="ID", help="event id(s), as `events list` shows")


def add_event_commands(events_sub: Any, db_arg: DbArg) -> None:
    edit = events_sub.add_parser("edit", help="correct an event (what you set is kept by every later ingest)")
    db_arg(edit)
    edit.add_argument("id", type=int, metavar="ID")
    edit.add_argument("--date", metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD (date_basis becomes \"curated\")")
    edit.add_argument("--type", choices=EVENT_TYPES)
    edit.add_argument("--location", metavar="PLACE", help="the place (empty: none)")
    edit.add_argument("--title", metavar="TEXT")
    edit.add_argument("--add-delegation", action="append", default=[], metavar="NAME")
    edit.add_argument("--remove-delegation", action="append", default=[], metavar="NAME")
    edit.add_argument("--add-official", action="append", default=[], metavar="NAME")
    edit.add_argument("--remove-official", action="append", default=[], metavar="NAME")
    for name, text in (("hide", "hide false events (left out of views and exports; `unhide` restores)"),
                       ("unhide", "show hidden events again"),
                       ("merge", "merge events that are one (into the first id: sources, people, the most precise date)"),
                       ("review", "mark events as reviewed (they leave the --needs-review list)")):
        command = events_sub.add_parser(name, help=text)
        db_arg(command)
        _ids(command)


def add_list_options(events_list: argparse.ArgumentParser) -> None:
    events_list.add_argument("--needs-review", action="store_true",
                             help="only events not reviewed, not curated and found with low confidence")
    events_list.add_argument("--include-hidden", action="store_true", help="also events hidden by an analyst")


def add_actor_commands(sub: Any, db_arg: DbArg) -> None:
    actors = sub.add_parser("actors", help="list, merge and rename people and organisations")
    actors_sub = actors.add_subparsers(dest="actors_command", required=True)
    listing = actors_sub.add_parser("list", help="every actor with kind, affiliation, aliases, number of events")
    db_arg(listing)
    listing.add_argument("--json", action="store_true")
    merge = actors_sub.add_parser("merge", help="KEEP absorbs OTHER... (their names become aliases, used by later ingests)")
    db_arg(merge)
    merge.add_argument("keep", metavar="KEEP")
    merge.add_argument("others", nargs="+", metavar="OTHER")
    rename = actors_sub.add_parser("rename", help="give an actor a new canonical name (the old one stays an alias)")
    db_arg(rename)
    rename.add_argument("name", metavar="NAME")
    rename.add_argument("new_name", metavar="NEW")


def _write(args: argparse.Namespace, action: Callable[..., Any], *params: Any) -> int:
    from .cli import open_database

    db = open_database(args.db, create=False)
    try:
        change = curation.run(db, action, *params)
    except CurationError as exc:
        print(f"error: {printable(str(exc))}", file=sys.stderr)
        return 2
    finally:
        db.close()
    if change.result is not None:
        print(change.result)
    return 0


def cmd_events_curation(args: argparse.Namespace) -> int:
    command = args.events_command
    if command == "edit":
        edit = EventEdit(
            date=args.date, type=args.type, location=args.location, title=args.title,
            add_delegations=tuple(args.add_delegation), remove_delegations=tuple(args.remove_delegation),
            add_officials=tuple(args.add_official), remove_officials=tuple(args.remove_official),
        )
        if edit == EventEdit():
            print("error: events edit: nothing to change (give --date, --type, --location, --title or people)", file=sys.stderr)
            return 2
        return _write(args, curation.edit_event, args.id, edit)
    if command in ("hide", "unhide"):
        return _write(args, curation.set_hidden, args.ids, command == "hide")
    if command == "review":
        return _write(args, curation.mark_reviewed, args.ids, True)
    if command == "merge":
        return _write(args, curation.merge_events, args.ids)
    raise AssertionError(command)


def cmd_actors(args: argparse.Namespace) -> int:
    command = args.actors_command
    if command == "merge":
        return _write(args, actor_curation.merge_actors, args.keep, args.others)
    if command == "rename":
        return _write(args, actor_curation.rename_actor, args.name, args.new_name)
    from .cli import open_database

    db = open_database(args.db, create=False)
    try:
        with db.session() as session:
            actors = actor_curation.list_actors(session)
    finally:
        db.close()
    if args.json:
        json.dump({"actors": actors}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for a in actors:
        extra = f" ({printable(a['affiliation'])})" if a["affiliation"] else ""
        print(f"{a['events']:>5}  {a['kind']:<12}  {printable(a['name'])}{extra}")
    return 0


def list_line(record: dict[str, Any]) -> str:
    """One `events list` line: id, date, type, marks (C curated, H hidden, ? needs review), title."""
    marks = ("C" if record["curated"] else "") + ("H" if record["hidden"] else "") + ("G" if record["source_gone"] else "")
    return f"{record['id']:>6}  {record['date'] or 'undated':<10}  {record['type']:<7}  {marks:<3} {printable(record['title'])}"
