"""Split a saved page into its articles and find each article's headline and body paragraphs.

A new article starts at a headline-like line after a separator ("---"), or at one that is
followed by its own dateline, or repeated (pages print headlines twice), or followed by prose
opening with a dateline ("RAMALLAH, Monday 26 February 2024 –"). A headline-like line without
such support inside a body is a "read also" link and does not split the article. After a
"Related" / "Most read" marker, lines belong to page furniture until a new article starts.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from . import lines as L
from .lines import Line, initials
from .lists import find_lists

# "15 Rajab 1445 AH, corresponding to 27 January 2024": Arab agencies print the Hijri day first
# (a year 1300-1499 marked AH); the Gregorian date after it is the one read
HIJRI_FIRST = r"(?:(?:[A-Z][a-z]{2,8},?\s+)?\d{1,2}\s+[A-Z][A-Za-z'\u2019\-]{2,12}(?:\s+[A-Za-z'\u2019\-]{2,12}){0,2}\s+1[34]\d\d\s*(?:AH|A\.H\.|H|Hijri)\b,?\s*(?:(?:which\s+)?correspond(?:ing|s)\s+to|corresp\.\s+to|/|=)\s*)"
LEDE_DATELINE = re.compile(  # "DOHA/TEHRAN, Aug 5, 2024 -", "BEIRUT Oct 4 (ME Wire) -", "BEIJING, May 21, 2025:"
    r"^(?P<city>[A-Z][A-Z'\u2019.\-]+(?:(?:\s+|\s*/\s*)[A-Z][A-Z'\u2019.\-]+){0,3})"
    # "TINDOUF (refugee camps), May 3 -": a note on where the place is, in words, before the comma
    r"(?:\s*\((?=[^()\n]*[a-z])[^()\n\d]{3,40}\)(?=\s*,))?"
    r"(?:(?:\s*,\s*|\s+(?=[A-Z][a-z]{2,8}\.?\s+\d))(?P<date>" + HIJRI_FIRST + r"?[^\u2013\u2014()\n]{3,45}?))?"
    # "(SPA/agencies)" too; "(Caucasus & Central Asia Wire)": a service's longer name with an ampersand
    r"\s*(?:\((?P<agency>[A-Za-z .\-]{2,25}(?:/[A-Za-z .\-]{2,25})?|[A-Z][A-Za-z .&\-]{2,40})\)\s*)?"
    # a colon ends the dateline only after a date with its year (a colon after a bare place is a quote's lead)
    r"(?:[\u2013\u2014\-]{1,2}|(?<=\d{4}):)\s+"
)


@dataclass
class ArticleBlock:
    position: int
    start: int
    end: int
    lines: list[Line] = field(default_factory=list)
    paragraphs: list[Line] = field(default_factory=list)
    headline: Line | None = None
    list_heads: dict[int, Line] = field(default_factory=dict)  # a list item's line index -> its heading (`lists`)

    @property
    def header(self) -> list[Line]:
        """Lines before the first paragraph: where headline and dateline live."""
        if not self.paragraphs:
            return list(self.lines)
        first = self.paragraphs[0].index
        return [line for line in self.lines if line.index < first]


_TITLE_DATELINE = re.compile(
    r"^(?:[\u2022\u00b7*\-]\s+)?(?P<city>[A-Z][a-z'\u2019.\-]+(?:\s+[A-Z][a-z'\u2019.\-]+){0,2})"
    r"(?:\s*,\s*(?P<date>[A-Z][A-Za-z]{1,12}(?:\s+[A-Z][A-Za-z]{1,12})?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?"
    # "Tehran, March 12, IRNA --", "Gaza, 12 March 2023, (Safa) –": the agency after a comma, with or without brackets
    r"(?:\s*,\s*(?-i:[A-Z]{2,8})(?=\s*(?:--|[\u2013\u2014])))?"
    r"(?:\s*,?\s*\((?P<agency>[A-Za-z .\-]{2,25}(?:/[A-Za-z .\-]{2,25})?)\))?"
    r"\s*(?:-{2,3}|[\u2013\u2014]|-(?=\s)|:)\s+"  # "Muscat, Jan 15 (ONA) --- "
)


# "KABUL (ANN) Oct 11, 2023:", "ISTANBUL (AA) 21.04.2024 -": place, agency, then the date
_AGENCY_FIRST = re.compile(  # also "ANKARA, Türkiye (AA) – March 12, 2023:": the country after the place, a dash after the agency
    r"^(?P<city>[A-Z][A-Z'\u2019.\-]+(?:\s+[A-Z][A-Z'\u2019.\-]+){0,3})(?:,\s*[A-Z][^\s,()]{1,20})?\s*\((?P<agency>[A-Za-z .]{2,25})\)\s*(?:[\u2013\u2014\-]{1,2}\s*)?"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|\d{1,2}[./]\d{1,2}[./]\d{4})\s*[:\u2013\u2014\-]+\s+"
)


# "MOSCOW, October 26, 2023. /TASS/.": place, date, then the agency between slashes (wire copy
# often drops the year: "MOSCOW, September 12. /TASS/.", completed like any year-less dateline)
_SLASH_AGENCY = re.compile(
    r"^(?P<city>[A-Z][A-Z'\u2019.\-]+(?:\s+[A-Z][A-Z'\u2019.\-]+){0,3}),\s*"
    r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?)\.?\s*/(?P<agency>[A-Za-z .\-]{2,25})/\.?\s+"
)


# "ISLAMABAD: ...", "KABUL (Pajhwok): ...", "ISLAMABAD, Dec 26 (APP):Foreign ...": South Asian papers end
# the dateline with a colon after the bare place; read only for a known place (a colon after a name
# in capitals is otherwise a transcript's speaker)
_COLON_DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z'\u2019.\-]+(?:\s+[A-Z][A-Z'\u2019.\-]+){0,2})"
    r"(?:,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?"
    r"\s*(?:\((?P<agency>[A-Za-z .\-]{2,25})\)\s*)?:\s*(?=[A-Z\"\u201c])"
)


def lede_dateline(text: str, *, strict: bool = False) -> re.Match[str] | None:
    """'MOSCOW, Feb 29 (Reuters) -', 'RAMALLAH, Monday 26 February 2024 –', and (unless strict, as
    when deciding where an article starts) for a known city 'Muscat, IRNA --' or '• Sanaa — '."""
    match = _AGENCY_FIRST.match(text) or _SLASH_AGENCY.match(text) or LEDE_DATELINE.match(text)  # the specific forms first
    if match:
        city = match.group("city")
        if len(city) >= 3 and city.replace(" ", "").replace(".", "").replace("-", "").replace("'", "").isupper():
            return match
    if strict:
        return None
    # (the form ends with a dash or a colon: a paragraph without any, most of them, is not tried)
    match = _TITLE_DATELINE.match(text) if ("-" in text or ":" in text or "\u2013" in text or "\u2014" in text) else None
    if match and known_place(match.group("city")):
        return match
    match = _COLON_DATELINE.match(text)
    if match and known_place(match.group("city").title()):
        return match
    return None


def known_place(name: str) -> bool:
    """A city or country of the gazetteer (a dateline's place, not a word that looks like one)."""
    from .gazetteer import CITY, COUNTRY, gazetteer, org_key

    entity = gazetteer().places.get(org_key(name.split()))
    return entity is not None and entity.kind in (CITY, COUNTRY)


def _next_nonblank(lines: list[Line], i: int, limit: int) -> list[Line]:
    out = []
    j = i + 1
    while j < len(lines) and len(out) < limit:
        if lines[j].kind != L.BLANK:
            out.append(lines[j])
        j += 1
    return out


def _prev_nonblank(lines: list[Line], i: int) -> Line | None:
    j = i - 1
    while j >= 0:
        if lines[j].kind != L.BLANK:
            return lines[j]
        j -= 1
    return None


def _starts_article(lines: list[Line], i: int, in_footer: bool) -> bool:
    line = lines[i]
    if line.kind != L.TITLE:
        return False
    ahead = _next_nonblank(lines, i, 8)
    prose_at = next((k for k, nxt in enumerate(ahead) if nxt.kind == L.PROSE), None)
    if prose_at is None:
        return False
    before_prose = ahead[:prose_at]
    if any(nxt.kind in (L.CLOCK, L.BLOCK_MARKER) for nxt in before_prose):
        return False
    prev = _prev_nonblank(lines, i)
    if prev is not None and prev.kind == L.SEPARATOR:
        return True
    if any(nxt.kind == L.DATE for nxt in before_prose):
        return True
    if any(nxt.kind == L.TITLE and nxt.text == line.text for nxt in before_prose):
        return True
    if lede_dateline(ahead[prose_at].text, strict=True):
        return True
    return in_footer and prose_at <= 2 and len(initials(ahead[prose_at].text)) >= 25


def _title_again(current: ArticleBlock, line: Line) -> bool:
    """'Headline / standfirst / Headline / caption / date': a page printing its title again under
    the standfirst is still that article (only one short paragraph has come since the title)."""
    return len(current.paragraphs) <= 1 and any(x.text == line.text or (x.kind == L.PROSE and x.text.startswith(line.text + " "))
                                                for x in current.lines)  # (the standfirst may be read on as the title's line)


def segment(text: str) -> list[ArticleBlock]:
    lines = L.classify(text)
    heads = find_lists(lines)  # a short entry under a list's heading is article text
    articles: list[ArticleBlock] = []
    current = ArticleBlock(0, 0, len(text))
    in_footer = False
    for i, line in enumerate(lines):
        if current.paragraphs and _starts_article(lines, i, in_footer) and not _title_again(current, line):
            current.end = line.start
            articles.append(current)
            current = ArticleBlock(len(articles), line.start, len(text))
            in_footer = False
        current.lines.append(line)
        if line.kind == L.BLOCK_MARKER and current.paragraphs:
            in_footer = True
        elif line.kind == L.PROSE:
            if in_footer and (line.bullet or len(initials(line.text)) < 25):
                continue
            in_footer = False
            current.paragraphs.append(line)
    articles.append(current)
    kept = [a for a in articles if a.paragraphs] or articles[:1]
    for position, article in enumerate(kept):
        article.position = position
        article.headline = _headline(article)
        article.list_heads = {p.index: heads[p.index] for p in article.paragraphs if p.index in heads}
    return kept


def _headline(article: ArticleBlock) -> Line | None:
    titles = [line for line in article.header if line.kind == L.TITLE and not line.bullet] or [
        line for line in article.header if line.kind == L.TITLE
    ]  # bullets under a headline are its summary points
    if not titles:
        return None
    # pages often print the headline more than once: a repeated title is the strongest signal
    counts = Counter(t.text for t in titles)  # counted once: a page of 10,000 title-like lines stays linear
    repeated = [t for t in titles if counts[t.text] > 1]
    return repeated[-1] if repeated else titles[-1]
