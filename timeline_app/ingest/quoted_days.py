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
from .dates import DateExpr, ResolvedDate, find_dates, resolve

# "published ... on Sunday", "said on Monday", "in a statement on Tuesday": the day of the telling
_TOLD = re.compile(r"\b(?:published|issued|released|posted|put\s+out|said|says|stated|announced|reported|told|wrote|added|"
                   r"statement|readout|communiqu\u00e9|communique)\b[^.;\"\u201c\u201d]{0,60}$", re.I)
# "On Monday, the spokesman said: \"": the day opening the attribution, its speech verb after it
_TOLD_AFTER = re.compile(r"[^.;!?\"\u201c\u201d]{0,80}?\b(?:said|says|stated|announced|told|wrote|added|declared)\b[^.;!?\"\u201c\u201d]{0,40}$", re.I)
# '," the spokesman said on Monday': an attribution after the closing mark, up to its day
# (also '," the embassy said in a statement issued on Thursday night': the statement's day)
_ATTRIBUTION = re.compile(r"\s*[,\u2014\-]?\s*(?:[^.;!?\"\u201c\u201d]{0,80}?\s)?(?:said|says|stated|announced|told\s+[\w\s]{1,40}?|wrote|added|declared)\s+"
                          r"(?:in\s+an?\s+(?:[\w\-]+\s+)?(?:statement|readout|post|communiqu\u00e9|communique|message)(?:\s+(?:issued|published|released|posted|put\s+out))?\s+)?"
                          r"(?:late\s+|early\s+)?(?:on\s+)?", re.I)
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
    curly = text[opening] == "\u201c"
    # the telling named before the quotation: "said on Monday: \"...", "On Monday, the spokesman said: \"..."
    for told in reversed(find_dates(text[:opening])):
        if told.kind not in _DAY_KINDS or not (_TOLD.search(text, max(0, told.start - 80), told.start)
                                               or _TOLD_AFTER.match(text, told.end, opening)):
            continue
        return _counted(told, expr.day, published)
    # the attribution after it: "\"Earlier in the day the minister met X,\" the spokesman said on Monday."
    close = text.find("\u201d" if curly else '"', expr.end)
    if close < 0:
        return None
    for told in find_dates(text[close:]):
        at = close + told.start
        if told.kind in _DAY_KINDS and _ATTRIBUTION.fullmatch(text, close + 1, at):
            return _counted(told, expr.day, published)
    return None


def _counted(told: DateExpr, offset: int | None, published: date) -> ResolvedDate | None:
    """The day of the telling moved by the quotation's offset ('earlier in the day': 0, 'the day before': -1)."""
    resolved = resolve(told, published, future=False)
    if resolved is None or resolved.precision != "day":
        return None
    day = date.fromisoformat(resolved.value) + timedelta(days=offset or 0)
    return ResolvedDate(day.isoformat(), "day", "relative")
