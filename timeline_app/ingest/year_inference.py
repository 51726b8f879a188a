"""The year of a dateline printed without one ('CAIRO, Nov 12 (Reuters) -'): from the year the
page's full dates agree on, moved on a year when the body tells later days as past, else inferred
from the day the file was saved, the lede's weekday and the terms of the office holders the article
names. Kept apart from `pubdate`, which finds the dateline, because this is arithmetic on
calendars and terms that the tests drive directly."""
from __future__ import annotations

import calendar
import re
from collections import Counter
from datetime import date

from .date_patterns import FULL_WEEKDAYS
from .dates import find_dates, full_dates
from .tenures import Untitled


_PAGE_DAYS_AHEAD = 31


def page_year_day(year: int, month: int, day: int, body: str, saved_on: date | None, weekday: int | None,
                   told_on: int | None) -> date:
    """The dateline's day in the year of the page's dates; in the year after it when that day
    would come over a month before a date its paragraphs tell as past and the lede's weekday (if any) agrees
    ('BEIRUT, Feb 26 -- Iranian media on Wednesday broadcast ...' over a body that tells a strike
    'on 27 September 2024'): an article tells the months before it, across a new year too."""
    printed = date(year, month, day)
    told = [(date(e.year, e.month, e.day), _in_prose(body, e.start)) for e in full_dates(body) if e.year and e.month and e.day
            and not _FUTURE_BEFORE.search(body[max(0, e.start - 80):e.start])]
    # (a site's header, a caption or a related link prints a day some weeks later; a sentence of the
    # report telling a day as past ("last met X on February 25, 2023") does not come after its dateline)
    if not any((t - printed).days > (_PROSE_DAYS_AHEAD if prose else _PAGE_DAYS_AHEAD) for t, prose in told):
        return printed
    try:
        later = date(year + 1, month, day)
    except ValueError:
        return printed
    if saved_on is not None and later > saved_on:
        return printed
    if told_on is not None:
        return later if later.weekday() == told_on else printed
    if weekday is not None:
        return later if (later.weekday() - weekday) % 7 in (0, 1) else printed
    return later


_PROSE_DAYS_AHEAD = 1  # (a day's slack: the dateline's time zone)
_PROSE_LINE = 120  # a paragraph of the report, not a caption, a stamp or a link


def _in_prose(body: str, at: int) -> bool:
    """Whether the date at `at` stands in a paragraph of running text (a long line of sentences)."""
    start = body.rfind("\n", 0, at) + 1
    end = body.find("\n", at)
    line = body[start:end if end != -1 else len(body)].strip()
    return len(line) >= _PROSE_LINE and line.count(". ") + line.endswith(".") >= 2


# "Kabulov said the next round would be held in 2025": a plan, told before the year it names
_FUTURE_BEFORE = re.compile(r"\b(?:will|would|shall|next|plans?|planned|planning|expected|scheduled|due|to\s+be\s+held|set\s+to|(?:is|are)\s+to)\b[^.;!?]{0,80}$", re.I)
# "Elections scheduled for May 2021 were called off": the rest of the sentence tells the plan as dropped
_CALLED_OFF = re.compile(r"[^.;!?]{0,60}?\b(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:\w+\s+)?"
                         r"(?:called\s+off|cancell?ed|postponed|scrapped|put\s+off|shelved|abandoned|suspended)\b", re.I)
_PAST_YEAR_PREPS = frozenset({"in", "since", "during", "from"})


def year_bounds(body: str) -> tuple[date | None, date | None]:
    """The earliest and latest day a year-less article can be of, from the months and years it
    names: not before a month or year it tells as past ('was held in Kazan in September 2023'),
    before a year it names for a plan ('the next round would be held in 2025'), not after a month
    it names for one."""
    low: date | None = None
    high: date | None = None
    for e in find_dates(body):
        if not e.year or e.kind not in ("month_year", "year") or (e.kind == "year" and e.rel not in _PAST_YEAR_PREPS):
            continue
        sentence = max(body.rfind(". ", 0, e.start), body.rfind("\n", 0, e.start)) + 1
        if _FUTURE_BEFORE.search(body[max(sentence, e.start - 80):e.start]):
            if _CALLED_OFF.match(body, e.end):  # a plan told as dropped is past: no bound either way
                continue
            bound = date(e.year - 1, 12, 31) if e.kind == "year" else date(e.year, e.month or 1, 1)
            high = bound if high is None else min(high, bound)
        else:
            start = date(e.year, e.month or 1, 1)
            low = start if low is None else max(low, start)
    return low, high


def names_leap_day(month: int, body: str) -> bool:
    """Whether a year-less article under a dateline of January to April names 29 February without
    a year ('the signing could take place on Feb. 29', 'talks held on February 29'): that day exists
    only in a leap year, and a day told so near the dateline's is of the dateline's own year."""
    return month <= 4 and any(e.kind == "month_day" and e.month == 2 and e.day == 29 for e in find_dates(body))


# a page address with the report's day in its path: ".../news/2024/3/7/slug", ".../2023/10/slug",
# ".../2023-04-10-slug" (sites file a report under the day it went out)
_URL_DAY = re.compile(r"https?://[^\s/]+(?:/[^\s/]+)*?/(?P<y>(?:19|20)\d\d)[/\-](?P<m>[01]?\d)(?:[/\-](?P<d>[0-3]?\d))?(?=[/\-]|\.html?\b|\s|$)")
_URL_DAYS = 7  # how far a year-less dateline may lie from the day its address files it under


def url_year(month: int, day: int, text: str) -> int | None:
    """The year of a year-less dateline ('SANAA, April 10 (wire) -') from the page's own address
    printed on it ('https://site/2023/04/10/slug'): the year in which the dateline's day lies
    within a week of the address's day (or in the address's month, when it names no day)."""
    for m in _URL_DAY.finditer(text):
        year, url_month = int(m["y"]), int(m["m"])
        if not 1 <= url_month <= 12:
            continue
        for candidate_year in (year, year - 1, year + 1):
            try:
                candidate = date(candidate_year, month, day)
            except ValueError:
                continue
            if m["d"] is None:
                if candidate_year == year and month == url_month:
                    return year
                continue
            try:
                filed = date(year, url_month, int(m["d"]))
            except ValueError:
                break
            if abs((candidate - filed).days) <= _URL_DAYS:
                return candidate_year
    return None


def named_past_year(body: str) -> int | None:
    """The latest year a month told as past is printed with ('had visited Tashkent in July 2022'):
    news prints a month's year only when it is not the year of the report (the same year's month
    is 'in July'), so a year-less dateline over such a body is of a later year."""
    years = [e.year for e in find_dates(body) if e.year and e.kind == "month_year"
             and not _FUTURE_BEFORE.search(body[max(0, body.rfind(". ", 0, e.start) + 1, body.rfind("\n", 0, e.start) + 1, e.start - 80):e.start])]
    return max(years, default=None)


YEARS_BACK = 12  # a weekday falls on a given day of the year again within 11 years
SAME_DAY_PREFERENCE_YEARS = 5


def infer_year(month: int, day: int, saved_on: date, weekday: int | None,
               in_office: list[list[tuple[date, date | None]]] | None = None, told_on: int | None = None,
               bounds: tuple[date | None, date | None] = (None, None), told_later: bool = False,
               named_year: int | None = None, leap: bool = False, remote: bool = False) -> date | None:
    """'CAIRO, Nov 12 (Reuters) - ... met ... on Tuesday': wire copy pasted without a year. The
    dateline is the latest such day not after the file was saved, within the terms of the most
    office holders the article names (`in_office`: see `tenures.years_in_office`), and, when the lede dates
    its report by a weekday, one on which that weekday is the dateline day or in the week before it; a
    lede that says on which weekday the news was given out ('told_on': '..., the ministry said on
    Tuesday') names the dateline's own weekday, which wins. When the body tells the day after the
    lede's weekday as past ('told_later': a lede's talks 'on Tuesday', a second meeting 'on Wednesday
    morning'), the dateline is not the lede's day: the day-after fit wins. A month told as past with
    its year printed (`named_past_year`) puts the dateline in a later year, when one fits; a
    29 February told without a year near the dateline's month (`leap`: see `names_leap_day`) puts
    it in a leap year, when one fits. A lede that tells its happening in another country than the
    dateline's (`remote`: see `dateline_place.told_from_afar`) was filed the day after it: a later
    day-after fit wins over an earlier same-day one."""
    days = []
    for year in range(saved_on.year, saved_on.year - YEARS_BACK, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue  # 29 February
        if candidate <= saved_on:
            days.append(candidate)
    low, high = bounds  # (see `year_bounds`): outvoted when no day lies between them
    days = [d for d in days if (low is None or d >= low) and (high is None or d <= high)] or days
    days = [d for d in days if named_year is None or d.year > named_year] or days
    days = [d for d in days if not leap or calendar.isleap(d.year)] or days
    days = _most_in_office(days, in_office or [])
    if told_on is not None:  # "met X on Sunday, the ministry said on Tuesday": the wire is filed the day it was said
        said = next((d for d in days if d.weekday() == told_on), None)
        if said is not None:
            return said
        # ("met X on Friday evening, TRT reported on Saturday" under a dateline of no Saturday within the
        # terms: filed the day after it was said, as a lede's weekday is the dateline day or the day before)
        filed = next((d for d in days if (d.weekday() - told_on) % 7 == 1
                      and (weekday is None or (d.weekday() - weekday) % 7 <= 2)), None)
        if filed is not None:
            return filed
    if weekday is not None:
        # a wire report is filed on the day it tells ("on Tuesday" under a Tuesday dateline), else
        # the day after: the same day wins unless it lies years before a day-after fit
        same = next((d for d in days if d.weekday() == weekday), None)
        after = next((d for d in days if (d.weekday() - weekday) % 7 == 1), None)
        if told_later:
            # the body tells the day after the lede's as past: the dateline is not the lede's own day;
            # the day after fits, else two days after (the report filed the day after that later day)
            two_after = next((d for d in days if (d.weekday() - weekday) % 7 == 2), None)
            later = after or two_after
            if remote and two_after is not None and (after is None or two_after > after):
                later = two_after  # (told from afar: filed the day after that later day too)
            if later is not None:
                return later
        if remote and same is not None and after is not None and after > same:
            return after
        if same is not None and (after is None or after.year - same.year <= SAME_DAY_PREFERENCE_YEARS):
            return same
        if after is not None:
            return after
        # ("held talks on Thursday, the movement said in a statement late on Friday" under a Saturday
        # dateline, when no year within the bounds puts it on Thursday or Friday): filed two days after
        # the lede's day is still that week's report, nearer than a year that fits no weekday at all
        two_after = next((d for d in days if (d.weekday() - weekday) % 7 == 2), None)
        if two_after is not None:
            return two_after
    return days[0] if days else None


def _most_in_office(days: list[date], in_office: list[list[tuple[date, date | None]]]) -> list[date]:
    """The days that lie within the terms of the most office holders the article names by title,
    then of the most it names without one (`tenures.Untitled`): one holder misplaced, or a term
    the resource lacks, is outvoted rather than voiding the rest."""
    def fit(d: date) -> tuple[int, int]:
        inside = [any(a <= d and (b is None or d <= b) for a, b in terms) for terms in in_office]
        return (sum(i for i, t in zip(inside, in_office) if not isinstance(t, Untitled)),
                sum(i for i, t in zip(inside, in_office) if isinstance(t, Untitled)))
    fits = [fit(d) for d in days]
    best = max(fits, default=(0, 0))
    return [d for d, n in zip(days, fits) if n == best] if best != (0, 0) else days


_WEEKDAY_NAMES = tuple(FULL_WEEKDAYS.split("|"))


def told_day_after(body: str, weekday: int | None) -> bool:
    """Whether the body tells the weekday after the lede's as past ('... received a delegation on
    Wednesday morning', '... told reporters on Thursday' under talks 'on Tuesday'/'on Wednesday'):
    then the report was filed that later day, not the lede's."""
    if weekday is None:
        return False
    name = _WEEKDAY_NAMES[(weekday + 1) % 7]
    for m in re.finditer(rf"\b[Oo]n\s+{name}\b", body):  # ("On Monday, the minister spoke ..." opens a sentence too)
        sentence = max(body.rfind(". ", 0, m.start()), body.rfind("\n", 0, m.start())) + 1
        if not _FUTURE_BEFORE.search(body[max(sentence, m.start() - 80):m.start()]):
            return True
    return False


def before_plans(month: int, day: int, text: str) -> date | None:
    """The latest such day before the first plan the page dates, when all its full dates are plans:
    'CAIRO, Dec 29 - ... The next round is due on January 10, 2025' is of 29 December 2024."""
    plans = [date(e.year, e.month, e.day) for e in full_dates(text) if e.year and e.month and e.day
             and not _CAPTION_LINE.match(text, text.rfind("\n", 0, e.start) + 1)]  # (a caption's date is no plan)
    if not plans:
        return None
    bound = min(plans)
    for year in (bound.year, bound.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate < bound:
            return candidate
    return None


# a photo's caption line ("Photo: ...", "File photo - ...", "Picture: ..."): its date is the picture's, often years older
_CAPTION_LINE = re.compile(r"[ \t]*(?:\(?(?:file\s+)?photo|picture|image|caption|pictured)\b\s*[:\-\u2013\u2014)]", re.I)


def page_year(text: str) -> int | None:
    """The year the article's full dates agree on (the latest of the most frequent), not counting
    a date told as a plan ('the next round is due to be held on January 10, 2025', under a
    year-less 'CAIRO, Dec 29' dateline: see `before_plans`)."""
    dates = [e for e in full_dates(text) if e.year]
    told = [e for e in dates if not _FUTURE_BEFORE.search(text, max(0, e.start - 80, text.rfind("\n", 0, e.start) + 1), e.start)
            and not _CAPTION_LINE.match(text, text.rfind("\n", 0, e.start) + 1)]  # ("Photo: X during his first visit, 15/01/2022": the picture's)
    years = Counter(e.year for e in told)
    if not years:
        return None
    top = max(years.values())
    return max(y for y, n in years.items() if n == top)
