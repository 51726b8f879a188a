"""Days counted inside a quotation from the day the quotation was given.

'In a readout published on Sunday, the spokesman said: "Earlier in the day the minister met X"':
the readout's "earlier in the day" is that Sunday, not the day of the meeting the article told
last (which may be weeks before). The day must be the telling's own (a publishing or speech word
just before it), and the relative phrase must stand inside a quotation opened after that day.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .candidate import Candidate
from .clauses import opens_quote
from .dates import ResolvedDate, find_dates, resolve

# "published ... on Sunday", "said on Monday", "in a statement on Tuesday": the day of the telling
_TOLD = re.compile(r"\b(?:published|issued|released|posted|put\s+out|said|says|stated|announced|reported|told|wrote|added|"
                   r"statement|readout|communiqu\u00e9|communique)\b[^.;\"\u201c\u201d]{0,60}$", re.I)
_DAY_KINDS = ("weekday", "full", "month_day", "dom", "relday")


def quoted_from_day(cand: Candidate, published: date | None) -> ResolvedDate | None:
    """The day an anaphoric date inside a quotation counts from, when the sentence names the day the
    quotation was given before opening it; None otherwise (the article's own narrative decides)."""
    expr = cand.date
    if expr is None or expr.kind != "anaphoric" or published is None:
        return None
    text = cand.sentence.text
    before = text[:expr.start]
    if not opens_quote(before):
        return None  # not inside a quotation
    opening = before.rfind("\u201c") if before.count("\u201c") > before.count("\u201d") else before.rfind('"')
    for told in reversed(find_dates(text[:opening])):
        if told.kind not in _DAY_KINDS or not _TOLD.search(text, max(0, told.start - 80), told.start):
            continue
        resolved = resolve(told, published, future=False)
        if resolved is None or resolved.precision != "day":
            return None
        day = date.fromisoformat(resolved.value) + timedelta(days=expr.day or 0)
        return ResolvedDate(day.isoformat(), "day", "relative")
    return None
