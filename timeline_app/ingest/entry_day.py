"""The day a chronology entry opens with, for the entry's later sentences.

"14 August 2024 - Geneva talks open. An RSF delegation meets the US envoy and the co-hosts.": an
entry is a paragraph whose first sentence opens with a date and a dash (or colon, or bar); the
sentences after the first one tell the same day unless they name one of their own. The list
layer (`list_subjects`) gives the opening sentence's reports the entry's day; this gives it to
the rest of the entry, which otherwise took no day at all (or the publication's).
"""
from __future__ import annotations

import re
from datetime import date

from .dates import DateExpr, ResolvedDate, resolve

_DASH_AFTER = re.compile(r"\s*[\-\u2013\u2014:|]\s")
_BULLET = re.compile(r"[\s*\u2022\u00b7\-\u2013\u2014]*")
_DAY_KINDS = ("full", "month_day")


def entry_opening_day(text: str, dates: list[DateExpr], published: date | None) -> tuple[DateExpr, ResolvedDate] | None:
    """The day a paragraph's first sentence opens with ('6 May 2023 - ...', '* March 4: ...'), resolved; else None."""
    lead = _BULLET.match(text)
    at = lead.end() if lead else 0
    for d in dates:
        if d.start == at and d.kind in _DAY_KINDS and _DASH_AFTER.match(text, d.end):
            resolved = resolve(d, published, future=False)
            if resolved is not None and resolved.precision == "day":
                return d, resolved
    return None
