"""An article's publication date: the anchor for "on Thursday" and for undated reports.

Taken from the dateline near the headline: a date line right after the headline wins over one
above it (sites print the day the page was shown above the headline: 001's "Sun 6-October-2024"
is not the article's date), and "Published" wins over "Updated". Without a dateline, a lede
that opens "RAMALLAH, Monday 26 February 2024 –" gives it. Otherwise it is unknown: never a
caption's date, never today's.
"""
from __future__ import annotations

import re
from datetime import date

from . import lines as L
from .dates import DateExpr, full_dates, find_dates
from .date_patterns import FULL_WEEKDAYS
from .segment import HIJRI_FIRST, ArticleBlock, known_place, lede_dateline
from .pubdate_stamps import PUBLISHED as _PUBLISHED, PubDate, embedded_post_day, stamp_words, posted_day, updated_stamp, relative_stamp, clocks as _clocks, footer_date as _footer_date, stamp_date as _stamp_date
from .yearless_dateline import yearless as _yearless
from .numeric_dateline import numeric_dateline
from .normalize import stamp_day

# a weekday glued to the word before it: "UAEThursday 1 October 2020" (a site header, not a dateline)
_GLUED = re.compile(r"[A-Za-z](?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s*$")
_UPDATED = re.compile(r"\b(?:" + stamp_words("updated", "last update") + r")\b", re.I)


def _line_date(line: L.Line) -> tuple[date, tuple[int, int]] | None:
    exprs = full_dates(line.text)
    if not exprs:
        return None
    chosen: DateExpr = exprs[0]
    if len(exprs) > 1:
        text = line.text
        published = _PUBLISHED.search(text)
        updated = _UPDATED.search(text)
        if published and updated:
            chosen = min(exprs, key=lambda e: abs(e.start - published.end()))
    assert chosen.year and chosen.month and chosen.day
    return date(chosen.year, chosen.month, chosen.day), (line.start + chosen.start, line.start + chosen.end)


_READER_STAMP = re.compile(r"^\s*(?:" + stamp_words("reader") + r")\b(?:\s+on)?\s*:?", re.I)


def publication_date(article: ArticleBlock, text: str, saved_on: date | None = None) -> PubDate:
    pub = _publication_date(article, text, saved_on)
    pub = _dateline_before_field(pub, article, text, saved_on) or pub
    if pub.span is None or not pub.how.startswith(("dateline", "wire dateline", "place dateline")):
        return pub
    return PubDate(pub.day, pub.how, pub.span, _line_place(text, pub.span[0]))


_FIELD_LAG_DAYS = 3


def _dateline_before_field(pub: PubDate, article: ArticleBlock, text: str, saved_on: date | None) -> PubDate | None:
    """'date 2019-06-25' (a saved page's date field) over a lede opening 'MOSCOW (Wire / Sputnik - 24th
    June, 2019)': the field is the day the page went up or was stored, the lede's own dateline is the
    day the report was written and its weekdays count from, when it prints its year and lies a few
    days before the field (the site posts the wire copy the next morning)."""
    if pub.day is None or pub.span is None or not article.paragraphs:
        return None
    line_start = text.rfind("\n", 0, pub.span[0]) + 1
    if stamp_day(text[line_start:pub.span[1]]) is None or line_start >= article.paragraphs[0].start:
        return None
    own = _lede_date(article, text, saved_on)
    if own is None or own.day is None or not _prints_year(own, text):
        own = None
        # (the field's line may carry the page's summary as a paragraph of its own before the lede)
        for para in article.paragraphs[:2]:
            bracket = _PLACE_BRACKET_DATE.match(text[para.start:para.end])
            exprs = full_dates(bracket.group("inner")) if bracket and known_place(bracket.group("place").title()) else []
            if bracket and len(exprs) == 1:
                e, at = exprs[0], para.start + bracket.start("inner")
                assert e.year and e.month and e.day
                own = PubDate(date(e.year, e.month, e.day), "wire dateline", (at + e.start, at + e.end))
                break
    return own if own is not None and own.day is not None and 0 < (pub.day - own.day).days <= _FIELD_LAG_DAYS else None


# "Beirut, " or "RIYADH/DUBAI, " before a dateline's date: its (first) place
_PLACE_BEFORE = re.compile(r"\s*(?P<place>[A-Z][\w'\u2019.\-]+(?:\s+[A-Z][\w'\u2019.\-]+){0,2})(?:\s*/\s*[A-Z][\w'\u2019.\-]+)*\s*[,|\u2013\u2014:\-]?\s*$")


def _line_place(text: str, date_start: int) -> tuple[int, int] | None:
    """The known place a dateline line prints before its date, as a span of the text."""
    line_start = text.rfind("\n", 0, date_start) + 1
    m = _PLACE_BEFORE.match(text, line_start, date_start)
    if m is None or not known_place(m.group("place").title()):
        return None
    return m.start("place"), m.end("place")


def _publication_date(article: ArticleBlock, text: str, saved_on: date | None = None) -> PubDate:
    header = article.header
    headline = article.headline
    # "Printed: 03 Jan 2024 10:52" on a printed page: the day the reader printed it, not the report's
    date_lines = [line for line in header if line.kind == L.DATE and not _READER_STAMP.match(line.text)]
    if headline is not None and date_lines:
        first_headline = min(line.index for line in header if line.kind == L.TITLE and line.text == headline.text)
        after = [line for line in date_lines if line.index > first_headline]
        before = [line for line in date_lines if line.index < first_headline]
        for line in after:
            found = _line_date(line)
            if found:
                # "Updated: 2 May 2024" or a reposting's "2 May 2024" over "ISTANBUL, April 21 (AA) -": the lede
                # tells the day its weekdays count from
                lede = _lede_date(article, text, saved_on)
                if lede is not None and lede.day is not None and 0 < (found[0] - lede.day).days <= 60:
                    return lede
                # "Officials at an earlier round in Cairo, 9 October 2024 (archive)" over "CAIRO, 4 November
                # 2024 —": a report is not out before the day its own dateline prints, so an older date
                # between headline and lede is a caption's
                if lede is not None and lede.day is not None and found[0] < lede.day and _prints_year(lede, text):
                    return lede
            if found:
                return PubDate(found[0], "dateline", found[1])
        lede = _lede_date(article, text, saved_on)  # "ISTANBUL, Feb 1 (AW) -" beats a date printed above the headline
        if lede is not None:
            return lede
        clocks = _clocks(article, text)
        for line in reversed(before):
            found = _line_date(line)
            if found and (_GLUED.search(text[max(0, found[1][0] - 12):found[1][0]]) or line.text in clocks):
                continue  # "Abu Dhabi, UAEThursday 1 October 2020": a site header glued to its place; a site's clock by its weather
            if found:
                return PubDate(found[0], "page header", found[1])
    elif date_lines:
        found = _line_date(date_lines[-1])
        if found:
            return PubDate(found[0], "dateline", found[1])
    return _lede_date(article, text, saved_on) or _stamp_date(article, text, _clocks(article, text)) or _footer_date(article, text) \
        or _place_date_line(article, text, saved_on) or _header_line_date(article, text) or relative_stamp(article, text, saved_on) \
        or _posted_yearless(article, text, saved_on) or updated_stamp(article, text) or _lede_weekday_day(article, text, saved_on) \
        or embedded_post_day(article, text) or PubDate(None, "none", None)


def _lede_weekday_day(article: ArticleBlock, text: str, saved_on: date | None) -> PubDate | None:
    """'On Thursday, February 29, the factions began ...': a page with no date of its own whose lede
    tells its day with the weekday but no year. That weekday names the year (as a dateline's printed
    weekday does: see `yearless`), and the day anchors the page's other weekdays and 'yesterday'."""
    if not article.paragraphs:
        return None
    first = article.paragraphs[0]
    head = text[first.start:min(first.end, first.start + 60)]
    for e in find_dates(head):
        if e.kind == "month_day" and _PRINTED.match(e.text):
            return _yearless(e, article, text, saved_on, first.start)
    return None


_PRINTED = re.compile(rf"(?:{FULL_WEEKDAYS}),?\s")


def _posted_yearless(article: ArticleBlock, text: str, saved_on: date | None) -> PubDate | None:
    """'Compiled by A. Writer - posted 16 October' over a diary without a dateline: the stamp's day,
    its year inferred as for a year-less dateline (`yearless_dateline.yearless`), so the day headings under it date."""
    found = posted_day(article, text)
    return _yearless(found[0], article, text, saved_on, found[1]) if found else None


# "Kabul (BNA) Sept 12, 2024 -- Leaders hold talks": place, agency and date glued before the headline
_PLACE_AGENCY = re.compile(r"^\s*(?P<place>[A-Z][\w'\u2019.\-]+(?:\s+[A-Z][\w'\u2019.\-]+){0,2})\s*\((?P<agency>[A-Za-z .]{2,25})\)\s*[\-\u2013\u2014,:]*\s*")
# "ABU DHABI, (Gulf Wire / WAM - 16th Feb, 2020)": a place, then agencies and a full date closing one bracket
_PLACE_BRACKET_DATE = re.compile(r"^\s*(?P<place>[A-Z][\w'\u2019.\-]+(?:\s+[A-Z][\w'\u2019.\-]+){0,2})\s*,?\s*\((?P<inner>[^()]{6,80}?)\)")
# "2022/03/31" on a line of its own: a site's stamp printed year first
_YMD_LINE = re.compile(r"^\s*(?P<y>(?:19|20)\d\d)/(?P<m>\d{1,2})/(?P<d>\d{1,2})(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*$")


def _header_line_date(article: ArticleBlock, text: str) -> PubDate | None:
    """A header line no date reader took for a dateline: 'Kabul (BNA) Sept 12, 2024 -- Headline'
    (a known place, the agency, a full date, a dash) or '2022/03/31' alone under the headline."""
    firsts = [(p.start, text[p.start:p.end]) for p in article.paragraphs[:1]]  # "ANKARA (AA) - 27.07.2023 - " opening the lede
    for start, line_text in [(line.start, line.text) for line in article.header] + firsts:
        bracket = _PLACE_BRACKET_DATE.match(line_text)
        if bracket and known_place(bracket.group("place").title()):
            # "MOSCOW (Wire / Sputnik - 12th September, 2022) X met Y": the agencies and the day in one bracket
            exprs = full_dates(bracket.group("inner"))
            if len(exprs) == 1 and not bracket.group("inner")[exprs[0].end:].strip(" .,"):
                e, at = exprs[0], start + bracket.start("inner")
                assert e.year and e.month and e.day
                return PubDate(date(e.year, e.month, e.day), "wire dateline", (at + e.start, at + e.end))
        m = _PLACE_AGENCY.match(line_text)
        if m and known_place(m.group("place").title()):
            exprs = full_dates(line_text[m.end():m.end() + 40])
            if exprs and exprs[0].start == 0 and re.match(r"\s*(?:-{1,3}|[\u2013\u2014:])\s", line_text[m.end() + exprs[0].end:]):
                e, at = exprs[0], start + m.end()
                assert e.year and e.month and e.day
                return PubDate(date(e.year, e.month, e.day), "wire dateline", (at + e.start, at + e.end))
    for line_start, line_text in [(line.start, line.text) for line in article.header] + firsts:
        stamp = stamp_day(line_text)  # "date 2019-12-03 A senior delegation ...": a saved page's date field
        if stamp:
            return PubDate(stamp[0], "stamp", (line_start + stamp[1][0], line_start + stamp[1][1]))
    for line in article.header:
        y = _YMD_LINE.match(line.text)
        if y:
            try:
                day = date(int(y.group("y")), int(y.group("m")), int(y.group("d")))
            except ValueError:
                continue
            return PubDate(day, "stamp", (line.start + y.start("y"), line.start + y.end("d")))
    return None


# "Muscat, 26 April 2025 (AFP)" on a line of its own above the headline: the line is only a
# known place, one full date and perhaps the agency (a photo caption says more than that);
# "Doha | 2 Aug 2024 | Anadolu / agencies": the same, its parts set apart by bars; "ANKARA - Tuesday, July 8": by a dash
_PLACE_DATE = re.compile(r"^\s*(?P<city>[A-Z][A-Za-z'\u2019.\-]+(?:\s+[A-Z][A-Za-z'\u2019.\-]+){0,2})\s*(?:,|\||(?<=\s)[\-\u2013\u2014](?=\s))\s*"
                         r"(?P<date>[^()|]{6,40}?)\s*(?:\([A-Za-z .\-]{2,25}\)|\|\s*[A-Za-z .\-/&]{2,40})?\s*$")


# "14 March 2024 (IRNA)" on a line of its own: a full date and the agency (read as a credit line)
_DATE_AGENCY = re.compile(r"^\s*(?P<date>[^()|]{6,40}?)\s*\((?:[A-Z][A-Za-z.\-]{1,12})(?:\s*[/,]\s*[A-Z][A-Za-z.\-]{1,12})*\)\s*$")


def _place_date_line(article: ArticleBlock, text: str, saved_on: date | None) -> PubDate | None:
    """A header line read as a caption because of its '(AFP)' but that is the dateline: the
    article's date when nothing else dates it. 'BEIJING, July 23 (Xinhua)' without a year is
    completed like a lede's year-less dateline (`yearless_dateline.yearless`)."""
    for line in article.header:
        bracketed = _bracket_year_line(line)
        if bracketed is not None:
            return bracketed
        wire = _wire_line(line)
        if wire is not None:
            return _dateline_day(wire[0], wire[1], article, text, saved_on, "wire dateline")
        alone = _DATE_AGENCY.match(line.text)
        exprs = full_dates(alone.group("date")) if alone else []
        if len(exprs) == 1 and exprs[0].end - exprs[0].start >= len(alone.group("date")) - 12:  # ("- 11:05" may follow)
            e, at = exprs[0], line.start + alone.start("date")
            assert e.year and e.month and e.day
            return PubDate(date(e.year, e.month, e.day), "place dateline", (at + e.start, at + e.end))
        m = _PLACE_DATE.match(line.text)
        if not m or not known_place(m.group("city")):
            continue
        at = line.start + m.start("date")
        exprs = full_dates(m.group("date"))
        if len(exprs) == 1 and exprs[0].end - exprs[0].start >= len(m.group("date").strip()) - 12:
            e = exprs[0]
            assert e.year and e.month and e.day
            return PubDate(date(e.year, e.month, e.day), "place dateline", (at + e.start, at + e.end))
        found = find_dates(m.group("date"))
        if not exprs and len(found) == 1 and found[0].end - found[0].start >= len(m.group("date").strip()) - 2:
            yearless = _yearless(found[0], article, text, saved_on, at)
            if yearless is not None:
                return PubDate(yearless.day, "place dateline, year inferred" if yearless.how.endswith("inferred") else "place dateline",
                               yearless.span)
    return None


# "BEIJING, April 24 (2025) --" on a line of its own: the year printed in brackets after the month and day
_BRACKET_YEAR = re.compile(r"^\s*(?P<city>[A-Z][A-Za-z'\u2019.\-]+(?:\s+[A-Z][A-Za-z'\u2019.\-]+){0,2})\s*,\s*"
                           r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s*\((?P<year>(?:19|20)\d\d)\)"
                           r"\s*(?:-{1,3}|[\u2013\u2014:])?\s*$")


def _bracket_year_line(line: L.Line) -> PubDate | None:
    """A dateline whose year stands in brackets after the day: that full date (a known place first)."""
    m = _BRACKET_YEAR.match(line.text)
    if not m or not known_place(m.group("city")):
        return None
    found = [e for e in find_dates(m.group("date")) if e.kind == "month_day"]
    if len(found) != 1:
        return None
    e = found[0]
    assert e.month and e.day
    try:
        day = date(int(m.group("year")), e.month, e.day)
    except ValueError:
        return None
    return PubDate(day, "place dateline", (line.start + m.start("date"), line.start + m.end("year") + 1))


# "— by Dilnoza Karimova" after a dateline on its own line: the byline, nothing more
_BYLINE_REST = re.compile(r"(?:by\s+)?[A-Z][\w'\u2019.\-]+(?:\s+[A-Z][\w'\u2019.\-]+){0,3}\s*", re.I)


def _wire_line(line: L.Line) -> tuple[str, int] | None:
    """'RIYADH/DUBAI, Sept 20 -' or 'TASHKENT, July 27 — by A. Writer' on a line of its own under
    the headline: a wire dateline whose lede starts on the next line. Its date text and offset."""
    m = lede_dateline(line.text + " ", strict=True)
    if not m or not m.group("date"):
        return None
    rest = line.text[m.end():].strip() if m.end() <= len(line.text) else ""
    if rest and not _BYLINE_REST.fullmatch(rest):
        return None
    return m.group("date"), line.start + m.start("date")


def _dateline_day(date_text: str, at: int, article: ArticleBlock, text: str, saved_on: date | None, how: str) -> PubDate | None:
    """The day a dateline's date text names: a full date as printed, a year-less one completed
    like a lede's (`yearless_dateline.yearless`)."""
    found = find_dates(date_text)
    for e in found:
        if e.kind == "full":
            assert e.year and e.month and e.day
            return PubDate(date(e.year, e.month, e.day), how, (at + e.start, at + e.end))
    for e in found:
        if e.kind == "month_day":
            yearless = _yearless(e, article, text, saved_on, at)
            if yearless is not None:
                return PubDate(yearless.day, how + (", year inferred" if yearless.how.endswith("inferred") else ""), yearless.span)
    return None


_CREDIT_FIRST = re.compile(r"\(\s*(?:MENAFN|Source|Via|From)\b[^()\n]{0,60}\)\s*", re.I)


def _lede_date(article: ArticleBlock, text: str, saved_on: date | None = None) -> PubDate | None:
    """'RAMALLAH, Monday 26 February 2024 -', 'CAIRO, March 3 (Reuters) -' (the page's year, else
    the year inferred from when the file was saved: see `infer_year`)."""
    if not article.paragraphs:
        return None
    first = article.paragraphs[0]
    # "(MENAFN- Nam News Network) ISTANBUL, Apr 21 (NNN-TRT) -": a syndicator's credit before the dateline
    credit = _CREDIT_FIRST.match(text, first.start, first.end)
    start = credit.end() if credit is not None else first.start
    match = lede_dateline(text[start:first.end])
    if not match or not match.group("date"):
        return _lede_prefix_date(text, first.start, first.end) or numeric_dateline(article, text, saved_on)  # "Place, 05/04 (SPS) -"
    found = find_dates(match.group("date"))
    offset = start + match.start("date")
    exprs = [e for e in found if e.kind == "full"]
    if exprs:
        e = exprs[0]
        assert e.year and e.month and e.day
        return PubDate(date(e.year, e.month, e.day), "lede", (offset + e.start, offset + e.end))
    for e in found:
        if e.kind == "month_day":
            return _yearless(e, article, text, saved_on, offset)
    return None


# where a dateline ends: a dash, a colon or slashes set apart ("Doha-QNA, 14 March 2024: ", "DOHA // March 14, 2024 // ")
# or a full stop right after the year ("MOSCOW, September 16, 2019. A delegation ...": the dateline as its own sentence)
# or an agency's bracket right after the year ("Oslo (Norway) 2 October 2015 (SPS) A delegation ...",
# "CARACAS, Nov. 2, 2022 (Andes Wire). Colombian President ...": a name of up to three words, a full stop after it)
_DATELINE_END = re.compile(r"\s+(?:-{1,3}|[\u2013\u2014]|//)\s+|:\s+|(?<=(?:19|20)\d\d)\.\s+|(?<=(?:19|20)\d\d)\s+\((?-i:[A-Z])[A-Za-z.]{1,12}(?:\s+(?-i:[A-Z])[A-Za-z.]{1,12}){0,2}\)\.?\s+")
_NOT_DATELINE_WORDS = frozenset("on in at by since until from the a an last this next after before during".split())


def _prints_year(pub: PubDate, text: str) -> bool:
    """Whether the dateline's own words print its year (not one taken from the page or inferred)."""
    return pub.span is not None and re.search(r"\b(?:19|20)\d\d\b", text[pub.span[0]:pub.span[1]]) is not None


_HIJRI = re.compile(HIJRI_FIRST)


def _lede_prefix_date(text: str, start: int, end: int) -> PubDate | None:
    """A dateline of another shape opening the lede: '(ANTARA) - Doha, 14 March 2024 -', '14 March 2024
    - Doha:', 'Doha, 4 Ramadan 1445 / 14 March 2024 (QNA) -': up to a dash or colon within its first
    words, one full date among capitalised words (places, agencies, weekdays), numbers and brackets."""
    for sep in _DATELINE_END.finditer(text, start, min(end, start + 90)):
        head = text[start:sep.start()]
        exprs = full_dates(head)
        if not exprs:
            continue
        # ("Riyadh, 1 Ramadan 1445 AH, corresponding to 11 March 2024 (SPA) --": the Hijri day before it is no word of a sentence)
        words = re.findall(r"[^\W\d_][\w'\u2019.\-]*", _HIJRI.sub(" ", head[:exprs[0].start]) + " " + head[exprs[-1].end:])
        # ("Bogotá desk, 23 November 2022 --": a newsroom's desk or bureau names the place it files from)
        if len(exprs) != 1 or len(words) > 6 or any((not w[0].isupper() and w not in ("desk", "bureau")) or w.lower() in _NOT_DATELINE_WORDS for w in words):
            return None
        e = exprs[0]
        assert e.year and e.month and e.day
        return PubDate(date(e.year, e.month, e.day), "lede", (start + e.start, start + e.end))
    return None
