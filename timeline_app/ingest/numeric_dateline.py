"""A lede's dateline that prints its day as two numbers and no year: 'Chahid El Hafed, 05/04 (SPS) -'.

Agencies of the Maghreb and the Sahel (SPS, APS, MAP) write the place, the day and month as
numbers, then their name in brackets and a dash. The bracketed agency and the dash make it a
dateline whatever the place (a camp or a small town the gazetteer does not hold). The numbers are
day first, as those agencies write (a second number above 12 can only be the day: then month
first); the year is completed as for 'CAIRO, March 3 (Reuters) -' (`yearless_dateline.yearless`).
"""
from __future__ import annotations

import re
from datetime import date

from .dates import DateExpr
from .pubdate_stamps import PubDate
from .segment import ArticleBlock
from .yearless_dateline import yearless

_NUMERIC_DATELINE = re.compile(
    r"(?P<city>[A-Z][\w'\u2019.\-]+(?:\s+[A-Z][\w'\u2019.\-]+){0,3}),\s*(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])"
    r"\s*\((?P<agency>[A-Z][A-Za-z.\-]{1,12})\)\s*(?:-{1,3}|[\u2013\u2014])\s+")


def numeric_dateline(article: ArticleBlock, text: str, saved_on: date | None) -> PubDate | None:
    """The day the lede's numeric year-less dateline names, its year completed; None when there is none."""
    if not article.paragraphs:
        return None
    first = article.paragraphs[0]
    m = _NUMERIC_DATELINE.match(text, first.start, first.end)
    if m is None:
        return None
    a, b = int(m.group("a")), int(m.group("b"))
    day, month = (b, a) if b > 12 >= a else (a, b)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    start = m.start("a") - first.start
    expr = DateExpr(start, m.end("b") - first.start, "month_day", month=month, day=day, text=text[m.start("a"):m.end("b")])
    found = yearless(expr, article, text, saved_on, first.start)
    return PubDate(found.day, "lede" + (", year inferred" if found.how.endswith("inferred") else ""), found.span) if found else None
