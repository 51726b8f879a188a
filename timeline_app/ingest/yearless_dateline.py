"""The year of a dateline printed without one ('CAIRO, March 3 (Reuters) -', 'posted 16 October',
'ANKARA - Tuesday, July 8'): the page's year when its full dates give one, else the year inferred
from the day the file was saved, the weekdays the lede and the dateline print, and the office
holders the page names (`year_inference.infer_year`). Kept apart from `pubdate`, which finds the
dateline, so each module stays one job."""
from __future__ import annotations

import re
from datetime import date

from .date_patterns import FULL_WEEKDAYS
from .dateline_place import told_from_afar
from .dates import WEEKDAYS, DateExpr, find_dates, full_dates
from .pubdate_stamps import PubDate
from .segment import ArticleBlock, lede_dateline
from .tenures import Untitled, years_in_office
from .year_inference import before_plans, infer_year, named_past_year, names_leap_day, page_year, page_year_day, told_day_after, url_year, year_bounds


def yearless(e: DateExpr, article: ArticleBlock, text: str, saved_on: date | None, offset: int) -> PubDate | None:
    """A dateline's day printed without its year ('CAIRO, March 3 (Reuters) -'): the year of the
    page's full dates, else the year inferred from when the file was saved (see `infer_year`)."""
    if e.kind != "month_day" or not e.month or not e.day:
        return None
    span = (offset + e.start, offset + e.end)
    year = page_year(text[article.start:article.end]) or page_year(text) or url_year(e.month, e.day, text) \
        or _header_month_year(e.month, article)
    first = article.paragraphs[0] if article.paragraphs else None
    weekdays = [WEEKDAYS[w.lower()] for w in _WEEKDAY_WORD.findall(text[first.start:first.end])] if first else []
    told = _TOLD_ON.search(text, first.start, first.end) if first else None
    if told is None and first is not None and not weekdays:  # a lede without a weekday: the body's "a spokesman said on Wednesday"
        told = _TOLD_ON.search(text, first.end, article.end)
    told_on = WEEKDAYS[told.group(1).lower()] if told else None
    printed = _PRINTED_WEEKDAY.match(e.text)
    body = text[article.start:article.end]
    if _shared_dateline(e.month, e.day, text):  # one agency's bulletin of several reports of one day: they date together
        body = text
    day_word = _day_word_weekday(body)
    if day_word is not None:
        told_on = day_word
    if printed:  # "CAIRO, Tuesday, July 8 -": the dateline prints its own weekday, which names its year
        told_on = WEEKDAYS[printed.group(1).lower()]
    if year is not None:
        try:
            day = page_year_day(year, e.month, e.day, text[first.start:article.end] if first else "", saved_on, weekdays[0] if weekdays else None, told_on)
        except ValueError:
            return None
        day = _before_header_stamps(day, article)
        scope = text[article.start:article.end] if page_year(text[article.start:article.end]) else text  # where the year came from
        if _printed_in_full(day, scope):  # "June 12, 2002" above "PYONGYANG, Jun 12 (Reuters) -": the page's own stamp
            return PubDate(day, "lede", span)
        day = _background_year(day, scope, saved_on, weekdays[0] if weekdays else None) or day
        return PubDate(_out_of_office(day, body, saved_on, weekdays[0] if weekdays else None, told_on) or day, "lede", span)
    planned = before_plans(e.month, e.day, text[article.start:article.end])
    if planned is not None:
        return PubDate(planned, "lede", span)
    if saved_on is None or first is None:
        return None
    day = infer_year(e.month, e.day, saved_on, weekdays[0] if weekdays else None,
                     years_in_office(body), told_on=told_on, bounds=year_bounds(body),
                     told_later=told_day_after(text[first.end:article.end], weekdays[0] if weekdays else None),
                     named_year=named_past_year(body), leap=names_leap_day(e.month, body),
                     remote=_from_afar(text[first.start:first.end]))
    return PubDate(day, "lede, year inferred", span) if day is not None else None


# "the summit the Kingdom will host tomorrow, Monday", "talks resume today (Sunday)": a day word
# told with its weekday names the weekday of the day the report was written, the dateline's
_DAY_WORD_WEEKDAY = re.compile(r"\b(today|tomorrow|yesterday)\s*(?:,\s*|\(\s*)(" + FULL_WEEKDAYS + r")\b", re.I)
_DAY_WORD_SHIFT = {"today": 0, "tomorrow": 1, "yesterday": -1}


def _day_word_weekday(body: str) -> int | None:
    """The dateline's weekday from a day word told with its weekday ('tomorrow, Monday': Sunday)."""
    m = _DAY_WORD_WEEKDAY.search(body)
    return (WEEKDAYS[m.group(2).lower()] - _DAY_WORD_SHIFT[m.group(1).lower()]) % 7 if m else None


def _shared_dateline(month: int, day: int, text: str) -> bool:
    """Whether two or more reports of the page open with a year-less dateline of this day ('Doha,
    October 03 (QNA) -' over each report of an agency's bulletin): then they are of one day, and
    what one of them says of the year (an office holder's term, a weekday) holds for all."""
    count = 0
    for line in text.splitlines():
        m = lede_dateline(line) if line[:1].isupper() else None
        if m is None or not m.group("date") or re.search(r"\b(?:19|20)\d\d\b", m.group("date")):
            continue
        if any(x.kind == "month_day" and x.month == month and x.day == day for x in find_dates(m.group("date"))):
            count += 1
    return count >= 2


def _header_month_year(month: int, article: ArticleBlock) -> int | None:
    """'Shoukry meets Haniyeh in Cairo, March 2024' over 'CAIRO, March 12 (Reuters) -': a headline or
    header line naming the dateline's own month with a year names the report's year (in the body,
    'last met in March 2023' is an earlier March)."""
    for line in article.header:
        for x in find_dates(line.text):
            if x.kind == "month_year" and x.month == month and x.year:
                return x.year
    return None


def _out_of_office(day: date, body: str, saved_on: date | None, weekday: int | None, told_on: int | None) -> date | None:
    """'CAIRO, March 12 (Reuters) - Egyptian Foreign Minister Badr Abdelatty met ...' over a page
    whose only full date is an old photo's or a related link's ('15 January 2022 (archive)'): the
    page year puts the dateline where no office holder the page names by title was in office yet
    (or any more). Then that date only bounds the year from below, and the year is inferred as for
    a page without dates, when a day within the holders' terms fits."""
    if saved_on is None:
        return None
    terms = [t for t in years_in_office(body) if not isinstance(t, Untitled)]
    if not terms or any(a <= day and (b is None or day <= b) for t in terms for a, b in t):
        return None
    inferred = infer_year(day.month, day.day, saved_on, weekday, terms, told_on=told_on, bounds=(day, None))
    if inferred is None or inferred <= day or not any(a <= inferred and (b is None or inferred <= b) for t in terms for a, b in t):
        return None
    return inferred


def _printed_in_full(day: date, scope: str) -> bool:
    """Whether the page prints the dateline's own day with its year ('June 12, 2002' in the site's
    header over 'PYONGYANG, Jun 12 (Reuters) -'): that stamp names the year outright, so neither an
    office holder's term (a tenure list can be wrong or incomplete) nor a background date moves it."""
    return any(x.year == day.year and x.month == day.month and x.day == day.day for x in full_dates(scope))


def _from_afar(lede: str) -> bool:
    """Whether the lede's dateline places it in another country than its dated happening (see `told_from_afar`)."""
    match = lede_dateline(lede)
    return match is not None and told_from_afar(match.group("city"), lede[match.end():])


# "Tuesday, July 8", "Tue 8 July": a weekday printed before a year-less day (the date reader keeps it in the day's text)
_PRINTED_WEEKDAY = re.compile(r"(" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\b\.?,?\s", re.I)


def _before_header_stamps(day: date, article: ArticleBlock) -> date:
    """'Sat. Jan 4th, 2025' above the headline, 'KUWAIT, Dec 30 (KUNA) --' in the lede: the lines
    above the lede (a site's clock, a stamp) print a day the report was already out, so a year-less
    dateline whose page year puts it after all of them is of the year before."""
    stamps = [date(e.year, e.month, e.day) for line in article.header for e in full_dates(line.text) if e.year and e.month and e.day]
    if not stamps or (day - max(stamps)).days <= 1:
        return day
    try:
        earlier = date(day.year - 1, day.month, day.day)
    except ValueError:
        return day
    return earlier if (earlier - max(stamps)).days <= 1 else day


_BACKGROUND_DAYS = 60


def _background_year(day: date, body: str, saved_on: date | None, weekday: int | None) -> date | None:
    """'Doha, December 16 (QNA) - ... met on Sunday' over a body whose only full date is the war's
    start ('began on October 7, 2023'): a date told months before the dateline bounds the year from
    below but does not name it. When the page year's day does not fit the lede's weekday (neither
    that day nor the day before it), the year is inferred as for a page without dates, from that bound on."""
    if weekday is None or saved_on is None or (day.weekday() - weekday) % 7 in (0, 1):
        return None
    told = [date(x.year, x.month, x.day) for x in full_dates(body) if x.year and x.month and x.day]
    if not told or any((day - t).days < _BACKGROUND_DAYS for t in told):
        return None
    inferred = infer_year(day.month, day.day, saved_on, weekday, years_in_office(body), bounds=(max(told), None))
    if inferred is None or inferred == day or (inferred.weekday() - weekday) % 7 not in (0, 1):
        return None
    return inferred


# "..., the ministry said on Tuesday" (wire style: "said Tuesday"): the day the report was given out, the dateline's own day
_TOLD_ON = re.compile(r"\b(?:said|says|announced|reported|stated|confirmed|told\s+[\w\-]+(?:\s+[\w\-]+)?)\s+(?:in\s+a\s+\w+\s+)?(?:late\s+|early\s+)?(?:on\s+)?"
                      r"(" + FULL_WEEKDAYS + r")\b(?!['\u2019])")
_WEEKDAY_WORD = re.compile(r"\b(?:on|late|early|last)\s+(" + FULL_WEEKDAYS + r")\b")
