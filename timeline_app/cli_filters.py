"""The filter options shared by `export`, `events list` (and the same names as `render`)."""
from __future__ import annotations

import argparse

from .storage.event_filter import EVENT_TYPES, EventFilter


def filter_args(parser: argparse.ArgumentParser, *, types: bool = True) -> None:
    parser.add_argument("--delegation", action="append", default=[], metavar="NAME",
                        help="only events with this delegation (repeat for several; any spelling or alias)")
    parser.add_argument("--official", action="append", default=[], metavar="NAME",
                        help="only events with this official (repeat for several; any spelling or alias)")
    parser.add_argument("--from", dest="date_from", metavar="DATE", help="first day: YYYY, YYYY-MM or YYYY-MM-DD")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="last day: YYYY, YYYY-MM or YYYY-MM-DD")
    if not types:  # render draws every type; its lanes are delegations
        return
    parser.add_argument("--type", dest="types", action="append", default=[], choices=EVENT_TYPES,
                        help="only events of this type (repeat for several)")


def event_filter(args: argparse.Namespace) -> EventFilter:
    return EventFilter(
        delegations=tuple(args.delegation), officials=tuple(args.official),
        date_from=args.date_from, date_to=args.date_to, types=tuple(args.types),
    )
