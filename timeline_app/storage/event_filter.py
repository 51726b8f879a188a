"""One set of filters for every way events leave the database (export, `events list`, render).

Analysts pass the same options to `export`, `events list` and `render`; the meaning must not
drift between them. Names are resolved through `actor_lookup` (spellings and aliases, as ingest
matched them); dates are partial ("2021", "2021-02", "2021-02-04") and an event is kept when
its own extent overlaps the asked range, so a month-precision event counts for any day in it.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy.orm import Session

from .actor_lookup import canonical_names

EVENT_TYPES = ("visit", "meeting", "talks", "call")


class FilterError(ValueError):
    """Filters that cannot be honoured (unknown name, bad date); the message is one line."""


def partial_date_range(value: str | None) -> tuple[date, date] | None:
    """First and last day covered by "YYYY", "YYYY-MM" or "YYYY-MM-DD"; None for no/bad date.

    relativedelta does the calendar arithmetic (the last day of February, of December).
    """
    if not value:
        return None
    text = value.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return day, day
        if len(text) == 7 and text[4] == "-":
            first = date(int(text[:4]), int(text[5:7]), 1)
            return first, first + relativedelta(months=1, days=-1)
        if len(text) == 4 and text.isdigit():
            first = date(int(text), 1, 1)
            return first, first + relativedelta(years=1, days=-1)
    except ValueError:
        return None
    return None


@dataclass(frozen=True)
class EventFilter:
    delegations: tuple[str, ...] = ()
    officials: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    types: tuple[str, ...] = ()
    _first: date | None = field(default=None, compare=False)
    _last: date | None = field(default=None, compare=False)

    @property
    def first_day(self) -> date | None:
        """The first day asked for (on a `resolved` filter)."""
        return self._first

    @property
    def last_day(self) -> date | None:
        """The last day asked for (on a `resolved` filter)."""
        return self._last

    @property
    def active(self) -> bool:
        return bool(self.delegations or self.officials or self.date_from or self.date_to or self.types)

    def resolved(self, session: Session) -> EventFilter:
        """The same filter with canonical names and checked dates, or FilterError."""
        first = _bound(self.date_from, "--from", 0)
        last = _bound(self.date_to, "--to", 1)
        if first and last and first > last:
            raise FilterError(f"--from {self.date_from} is after --to {self.date_to}")
        bad_types = [t for t in self.types if t not in EVENT_TYPES]
        if bad_types:
            raise FilterError(f"unknown event type {bad_types[0]!r} (use {', '.join(EVENT_TYPES)})")
        return EventFilter(
            delegations=_canonical(session, self.delegations, "delegation", people=False),
            officials=_canonical(session, self.officials, "official", people=True),
            date_from=self.date_from, date_to=self.date_to, types=self.types, _first=first, _last=last,
        )

    def keeps(self, record: dict[str, Any]) -> bool:
        """Whether an exported event record passes (call on a `resolved` filter)."""
        if self.types and record["type"] not in self.types:
            return False
        if self.delegations and not set(self.delegations) & set(record["delegations"]):
            return False
        if self.officials and not set(self.officials) & {o["name"] for o in record["officials"]}:
            return False
        if self._first or self._last:
            extent = partial_date_range(record["date"])
            if extent is None:
                return False
            if self._first and extent[1] < self._first:
                return False
            if self._last and extent[0] > self._last:
                return False
        return True

    def apply(self, records: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
        return [r for r in records if self.keeps(r)] if self.active else list(records)


def _bound(value: str | None, option: str, side: int) -> date | None:
    if not value:
        return None
    extent = partial_date_range(value)
    if extent is None:
        raise FilterError(f"{option} {value!r} is not a date (use YYYY, YYYY-MM or YYYY-MM-DD)")
    return extent[side]


def _canonical(session: Session, asked: Sequence[str], what: str, *, people: bool) -> tuple[str, ...]:
    found = canonical_names(session, asked, people=people)
    unknown = [name for name, canonical in found.items() if canonical is None]
    if unknown:
        raise FilterError(f"unknown {what} {unknown[0]!r}{_suggestions(session, unknown[0], what, people=people)}")
    return tuple(dict.fromkeys(c for c in found.values() if c))


def _suggestions(session: Session, name: str, what: str, *, people: bool) -> str:
    """Close spellings from the database (read only when a name is unknown), never a list cut
    off in the middle."""
    import difflib

    from sqlalchemy import select

    from .models import Actor

    kind = (Actor.kind == "person") if people else (Actor.kind != "person")
    known = list(session.scalars(select(Actor.name).where(kind)))
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
    if close:
        return f" (did you mean {', '.join(map(repr, close))}?)"
    return f" ({len(known):,} {what}s in the database; `timeline-app actors list` lists them)"
