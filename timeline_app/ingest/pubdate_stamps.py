"""Publication stamps printed around an article's text rather than in its dateline: a site's
'Posted: 26 January 2025 | 17:05' between the first paragraphs, a sign-off under the last one
('Anadolu Agency 18.11.2021', 'This article was originally published on 14 March 2024.'), and
the site clocks beside the weather that are no stamp at all. Kept apart from `pubdate`, which
weighs these against the datelines, so each module stays one job."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from . import lines as L
from .dates import DateExpr, find_dates, full_dates
from .segment import ArticleBlock

# "Saturday, July 27, 2024\n31.1 C": the day and the weather a site shows to every reader, not the article's date
_WEATHER = re.compile(r"\s*\n\s*-?\d{1,2}(?:\.\d)?\s*\u00b0?\s*[CF]\s*(?:\n|$)")

# The words a stamp opens with, by what its date tells: one table, every stamp pattern of
# `pubdate` and of this module is read off it (`stamp_words`), so a site's new wording is added once.
STAMP_WORDS: dict[str, tuple[str, ...]] = {
    "published": ("published", "posted", "first published"),  # the day the page went out
    "updated": ("updated", "modified"),  # the day it was last revised
    "reader": ("printed", "print date", "accessed", "retrieved", "downloaded", "saved", "viewed"),  # the reader's day, no stamp
}


def stamp_words(kind: str, *more: str) -> str:
    """The table's words of one kind (and a reader's own `more`) as one regex alternation, in the
    table's order, a space as any run of whitespace."""
    return "|".join(w.replace(" ", r"\s+") for w in STAMP_WORDS[kind] + more)


PUBLISHED = re.compile(r"\b(?:" + stamp_words("published", "created") + r")\b", re.I)


@dataclass(frozen=True)
class PubDate:
    day: date | None
    how: str  # dateline | page header | lede | hint | none
    span: tuple[int, int] | None
    place: tuple[int, int] | None = None  # "Beirut, June 3, 2025" on the date's line: where the article was filed


_STAMP = re.compile(r"^\s*(?:" + stamp_words("published") + r")\b", re.I)
# "13/08/2025 12:55" on a line of its own under the lede: a site's stamp, its date and time only
_SECTION_AFTER = re.compile(r"(?<=\d)\s*\|\s*[A-Za-z][A-Za-z &\-]{0,30}\s*$")
# "(May 22, 2024 / JNS)" on a line of its own under the lede's photo: the day and the outlet in one bracket
_DATE_CREDIT = re.compile(r"\s*\(\s*[^()/]{6,30}?\s*/\s*[A-Z][A-Za-z.\-]{1,12}(?:\s+[A-Z][A-Za-z.\-]{1,12}){0,2}\s*\)\s*$")
_CLOCK_AROUND = re.compile(r"\W*(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*(?:GMT|UTC|am|pm))?)?\W*", re.I)


def clocks(article: ArticleBlock, text: str) -> set[str]:
    """Header date lines a site prints beside its weather (once or twice): its clock, no dateline."""
    return {line.text for line in article.header if line.kind == L.DATE and _WEATHER.match(text, line.end)}


def stamp_date(article: ArticleBlock, text: str, clocks: set[str] = frozenset()) -> PubDate | None:
    """'Posted: 26 January 2025 | 17:05 Kabul time' printed under the lede (a site's stamp between
    paragraphs): a short line that says it is the publication and holds one full date."""
    if not article.paragraphs:
        return None
    end = article.paragraphs[min(3, len(article.paragraphs) - 1)].start
    for m in re.finditer(r"[^\n]+", text[article.start:end]):
        line = m.group(0)
        exprs = full_dates(line) if len(line) <= 80 and line.strip() not in clocks else []
        # "July, 30, 2024 - 21:15  |  Politics news": the clock may be followed by the site's section
        after = _SECTION_AFTER.sub("", line[exprs[0].end:]) if exprs else ""
        clocked = len(exprs) == 1 and _CLOCK_AROUND.fullmatch(line[:exprs[0].start]) \
            and _CLOCK_AROUND.fullmatch(after) and re.search(r"\d[:.]\d\d", line)
        if not _STAMP.match(line) and not clocked and not _DATE_CREDIT.match(line):  # "21.04.2024 - Update : 21.04.2024": a line of dates alone, the first the publication
            exprs = exprs[:1] if exprs and _only_dates(line, exprs) else []
        if len(exprs) == 1:
            e, at = exprs[0], article.start + m.start()
            assert e.year and e.month and e.day
            return PubDate(date(e.year, e.month, e.day), "stamp", (at + e.start, at + e.end))
    return None


_STAMP_WORDS = frozenset("update updated published posted last modified gmt utc local time".split())


def _only_dates(line: str, exprs: list[DateExpr]) -> bool:
    """A stamp of dates and nothing else: no words but 'Update', 'Published', 'GMT' and the like."""
    rest, last = [], 0
    for e in exprs:
        rest.append(line[last:e.start])
        last = e.end
    rest.append(line[last:])
    return all(w.lower() in _STAMP_WORDS for w in re.findall(r"[A-Za-z]+", " ".join(rest)))


_FIRST_PUBLISHED = re.compile(r"\s*(?:This\s+(?:article|story|report|piece)\s+(?:was|has\s+been|is)\s+)?(?:originally\s+|first\s+)?"
                             r"(?:" + stamp_words("published", "appeared") + r")\b[^.!?]{0,80}[.!?]?\s*$", re.I)


def footer_date(article: ArticleBlock, text: str) -> PubDate | None:
    """'Anadolu Agency 18.11.2021' as the article's last line, or 'Published 14:20 GMT, 3 March 2024'
    under it: a sign-off that dates the report when nothing above the text does (a short line
    holding one full date and a few words)."""
    if not article.paragraphs:
        return None
    last = article.paragraphs[-1]  # "This article was originally published on 14 March 2024.": a sign-off told as a sentence
    exprs = full_dates(text[last.start:last.end]) if _FIRST_PUBLISHED.match(text, last.start, last.end) else []
    if len(exprs) == 1 and exprs[0].year and exprs[0].month and exprs[0].day:
        e = exprs[0]
        return PubDate(date(e.year, e.month, e.day), "footer", (last.start + e.start, last.start + e.end))  # type: ignore[arg-type]
    tail_start = last.end
    lines = [m for m in re.finditer(r"[^\n]+", text[tail_start:article.end])
             if m.group(0).strip() and not (re.fullmatch(r"\s*\(.*\)\s*", m.group(0)) and not full_dates(m.group(0)))]
    # (not "(Reporting by ...)"; "(Source / 06.09.2020)" is a sign-off with its date)
    stamped = [m for m in lines[:3] if PUBLISHED.search(m.group(0)) and full_dates(m.group(0))]
    dated = [m for m in lines[:3] if len(m.group(0)) <= 80 and full_dates(m.group(0))]
    # "Published 14:20 GMT, 3 March 2024" above a most-read list; "Muscat, Tuesday 14 March 2023"
    # above the ministry's name: the one dated line of a short sign-off
    lines = stamped[:1] or (dated if len(dated) == 1 and len(lines) <= 3 else lines)
    if len(lines) != 1:
        return None
    line = lines[0].group(0)
    exprs = full_dates(line)
    # ("Published: 24 July 2024 | Filed from the Asia desk | Share | Print": the stamp is the dated part of a bar of links)
    stamp = next((part for part in line.split("|") if full_dates(part)), line) if "|" in line and _POSTED_DAY.search(line) else line
    if len(stamp) > 80 or len(exprs) != 1 or len(re.findall(r"[A-Za-z]+", stamp)) > 8:
        return None
    e, at = exprs[0], tail_start + lines[0].start()
    assert e.year and e.month and e.day
    return PubDate(date(e.year, e.month, e.day), "footer", (at + e.start, at + e.end))


# "Yesterday 14:05", "Published: Today, 09:12" under the headline: a site's stamp told from the day it was read
_RELATIVE_STAMP = re.compile(r"\s*(?:(?:" + stamp_words("published", "updated") + r")\s*:?\s*)?(?:(?P<day>today|yesterday)\s*,?\s*(?:at\s+)?"
                             r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s*[ap]\.?m\.?)?"
                             # "3 hours ago", "Published 2 days ago", "an hour ago": counted back from the day the page was read
                             r"|(?P<n>\d{1,2}|an?|one)\s+(?P<unit>minutes?|mins?|hours?|hrs?|days?)\s+ago)\s*$", re.I)


def relative_stamp(article: ArticleBlock, text: str, saved_on: date | None) -> PubDate | None:
    """The day a 'Yesterday 14:05' stamp names, counted from the day the page was saved (when it was
    read): only for an article nothing else dates, and only a stamp that is a day word and a clock."""
    if saved_on is None:
        return None
    end = article.paragraphs[min(2, len(article.paragraphs) - 1)].start if article.paragraphs else article.end
    begin = article.headline.start if article.headline is not None else article.start  # (not a headline list's "Today 13:02" above it)
    for m in re.finditer(r"[^\n]+", text[begin:end]):
        stamp = _RELATIVE_STAMP.fullmatch(m.group(0))
        if stamp and stamp.group("day"):
            at = begin + m.start() + stamp.start("day")
            back = 1 if stamp.group("day").lower() == "yesterday" else 0
            return PubDate(saved_on - timedelta(days=back), "stamp, from the saved day", (at, at + len(stamp.group("day"))))
        if stamp:  # (hours and minutes: the saved day itself; a file's day is all that is known of when it was read)
            count = int(stamp.group("n")) if stamp.group("n").isdigit() else 1
            back = count if stamp.group("unit").lower().startswith("day") else 0
            at = begin + m.start() + stamp.start("n")
            return PubDate(saved_on - timedelta(days=back), "stamp, from the saved day", (at, begin + m.start() + stamp.end("unit") + 4))
    return None


# "Compiled by A. Writer - posted 16 October", "Posted: Oct 16": a stamp of the day without its year
_POSTED_DAY = re.compile(r"(?:^|[\s|\u2013\u2014\-,])(?:" + stamp_words("published") + r")\s*(?:on\s+)?:?\s*", re.I)


_TRAILING_CLOCK = re.compile(r"[\s,|\u2013\u2014\-]*(?:at\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d\b.*$")


def posted_day(article: ArticleBlock, text: str) -> tuple[DateExpr, int] | None:
    """A header line's 'posted 16 October' (a site's stamp printed without the year, often after the
    byline): its month-and-day date and that date's offset in the text, for the year to be inferred
    as for a year-less dateline. Only the date (and a clock) may follow the word."""
    for line in article.header:
        for m in _POSTED_DAY.finditer(line.text):
            rest = line.text[m.end():]
            found = find_dates(_TRAILING_CLOCK.sub("", rest, count=1))  # ("12 March, 14:05": the date reader takes no clock after a comma)
            if found and found[0].start == 0 and found[0].kind == "month_day" \
                    and (_CLOCK_AROUND.fullmatch(rest[found[0].end:]) or _TRAILING_CLOCK.fullmatch(rest[found[0].end:])):
                return found[0], line.start + m.end()
    return None


# "Last updated 12 January 2024.", "Updated: 3 March 2024 14:05": the day the text was last revised
_UPDATED_ON = re.compile(r"\b(?:last\s+)?(?:" + stamp_words("updated", "revised") + r")\s*(?:on\s+)?:?\s*", re.I)


def updated_stamp(article: ArticleBlock, text: str) -> PubDate | None:
    """'Last updated 12 January 2024.' near the top of a page nothing else dates (a reference
    section's chronology, a background page): the days it tells without a year ('On 9 April')
    are told as past from the day it was last revised, so that day anchors them."""
    end = article.paragraphs[min(2, len(article.paragraphs) - 1)].end if article.paragraphs else article.end
    for m in _UPDATED_ON.finditer(text, article.start, end):
        exprs = full_dates(text[m.end():m.end() + 40])
        if exprs and exprs[0].start == 0:
            e = exprs[0]
            assert e.year and e.month and e.day
            return PubDate(date(e.year, e.month, e.day), "updated stamp", (m.end() + e.start, m.end() + e.end))
    return None


# "— Foreign Ministry (@SomeMinistry) April 14, 2024": an embedded post's signature, its handle then its day
_POST_SIGNATURE = re.compile(r"\(@\w{1,30}\)\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+(?:19|20)\d\d)\b")


def embedded_post_day(article: ArticleBlock, text: str) -> PubDate | None:
    """The latest day an embedded post the report quotes was posted ('... (@handle) April 14, 2024'),
    for a page that prints no date of its own: the report was written once the post was out, and
    the weekdays it tells ('received a call late on Sunday', the call the post announces) are of
    that week, so they count from it rather than from nothing."""
    days = []
    for m in _POST_SIGNATURE.finditer(text, article.start, article.end):
        exprs = full_dates(m.group("date"))
        if len(exprs) == 1 and exprs[0].year and exprs[0].month and exprs[0].day:
            e = exprs[0]
            days.append((date(e.year, e.month, e.day), (m.start("date"), m.end("date"))))  # type: ignore[arg-type]
    if not days:
        return None
    day, span = max(days)
    return PubDate(day, "embedded post", span)
