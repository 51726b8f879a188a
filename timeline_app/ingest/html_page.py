"""A browser-saved HTML page to its article text, title, author, site and publication date.

Article text comes from trafilatura, which separates the story from menus, related-headline
lists, footers, cookie banners and figure captions far better than line rules on raw markup
could (and decodes entities). The publication date comes from htmldate without its extensive
search, so only the page's metadata is read (meta tags, JSON-LD, `<time datetime>`, the URL),
never a date printed in the running text. Navigation bars, site headers, footers, asides and
related-article blocks are removed before that search: the "today" date a site prints in its
top bar, or the clock times of its headline list, are not this article's date.
"""
from __future__ import annotations

import re
from datetime import date

import lxml.html
from lxml import etree

from .dates import full_dates
from .html_stream import strip_heavy, visible_text
from .page import PageText, ReadError, clean_chars, parse_iso_day

_SAVED_FROM = re.compile(rb"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)
# class or id of page furniture whose dates belong to the site or to other articles
# above this much markup (scripts and styles removed) a page is read by the streaming reader:
# trees and trafilatura's copies cost ~70 bytes per byte; articles are tens of kilobytes
MAX_TREE_CHARS = 400_000
# ("today", "site-date", "hdr-date", "date-strip", "date-bar": the site's clock, the day the page was looked at)
_FURNITURE = re.compile(r"nav|menu|topbar|top-bar|masthead|breadcrumb|related|sidebar|footer|cookie|trending|most-read|latest|ticker"
                        r"|today|(?:current|site|hdr|header|top)[-_]?date|date[-_]?(?:now|strip|bar)", re.I)
# a photo's caption dates the picture ("(file) - 2023-09-14"), never the page: cut before reading the metadata date
_CAPTION = re.compile(r"photo|caption|gallery", re.I)


def decode_html(data: bytes, declared: str | None = None) -> str:
    """Bytes of a page to text: a byte-order mark, then the charset the page or its container
    declares, then UTF-8, then Windows-1252 (what browsers assume for an undeclared page)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    candidates = [declared] if declared else []
    found = _META_CHARSET.search(data[:4096])
    if found:
        candidates.append(found.group(1).decode("ascii"))
    for codec in [*candidates, "utf-8"]:
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
    return data.decode("cp1252", errors="replace")


def saved_from_url(data: bytes) -> str | None:
    """Chrome writes `<!-- saved from url=(0042)https://... -->` on top of a page saved as HTML."""
    found = _SAVED_FROM.search(data[:2048])
    return found.group(1).decode("ascii", errors="ignore") if found else None


def read_html(markup: str, url: str | None = None) -> PageText:
    if not markup.strip():
        raise ReadError("empty page")
    markup = strip_heavy(markup)
    if len(markup) > MAX_TREE_CHARS:
        text, title = visible_text(markup)
        if not text:
            raise ReadError("no text found in the page")
        return PageText(clean_chars(text) + "\n", _one_line(title))
    import trafilatura  # imported here: a folder of text files does not pay for it

    try:
        tree = lxml.html.fromstring(markup.encode("utf-8", errors="replace"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (etree.ParserError, ValueError):
        raise ReadError("not an HTML page (the markup cannot be parsed)") from None
    published = publication_date(tree, url)
    doc = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, include_images=False,
        include_tables=True, include_links=False, include_formatting=False, deduplicate=False,
    )
    body = getattr(doc, "text", None) or ""
    title = _one_line(getattr(doc, "title", None))
    if not body.strip():
        # Too little prose for trafilatura to call it an article: keep every visible line and let
        # the text rules (menus, headline lists, captions) sort it, rather than lose the page.
        body = trafilatura.html2txt(markup) or ""
    text = _paragraphs(clean_chars(body))
    if not text:
        raise ReadError("no article text found in the page")
    dateline = None if published else (_header_dateline(_without_furniture(tree)) or _above_headline(_without_furniture(tree)))
    if dateline and dateline not in text:
        # no date in the metadata: keep the story's printed date line (a byline trafilatura drops)
        # for the dateline rules on the text, as when the page is read as text
        head, sep, rest = text.partition("\n\n")
        text = f"{head}\n\n{dateline}\n\n{rest}" if (title and head == title) else f"{dateline}\n\n{text}"
    if title and not text.startswith(title):
        text = f"{title}\n\n{text}"
    text += "".join(f"\n\n{more}" for more in further_articles(tree, text))
    return PageText(text + "\n", title, published, _one_line(getattr(doc, "author", None)), _one_line(getattr(doc, "sitename", None)))


def publication_date(tree: lxml.html.HtmlElement, url: str | None) -> date | None:
    """The page's own date from its metadata, with site furniture cut away first."""
    import htmldate

    tree = _without_furniture(tree, captions=True)
    try:
        found = htmldate.find_date(tree, extensive_search=False, original_date=True, url=url, outputformat="%Y-%m-%d")
    except Exception:  # htmldate on hostile markup must not cost the page its text
        found = None
    day = parse_iso_day(found) or _declared_date(tree)
    line = _header_dateline(tree) if day is not None else None
    if line is not None and _visible_publication_differs(day, line, tree):
        return None  # the date line under the headline says when it was published: the text rules read it
    return day


_PUBLISHED_WORD = re.compile(r"\b(?:published|posted)\b", re.I)
_UPDATED_WORD = re.compile(r"\b(?:updated|modified|last update)\b", re.I)
_META_MODIFIED = frozenset({"article:modified_time", "og:updated_time", "last-modified", "dcterms.modified", "datemodified"})


def _visible_publication_differs(day: date | None, line: str, tree: lxml.html.HtmlElement) -> bool:
    """Whether htmldate's day is the page's update while the line under the headline prints another
    publication: 'Updated: 2 May 2024 | Published: 21 April 2024', or a byline '21 April 2024' on a
    page whose only metadata is its modified time."""
    exprs = [e for e in full_dates(line) if e.year and e.month and e.day]
    if not exprs or _declared_date(tree) == day:
        return False  # (a publication the page declares in its metadata stands)
    published, updated = _PUBLISHED_WORD.search(line), _UPDATED_WORD.search(line)
    if published and updated:
        e = min(exprs, key=lambda x: abs(x.start - published.end()))
        return date(e.year, e.month, e.day) != day  # type: ignore[arg-type]
    modified = {_full_day(meta.get("content", "")) for meta in tree.iter("meta")
                if (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower() in _META_MODIFIED}
    return day in modified and day not in {date(e.year, e.month, e.day) for e in exprs}  # type: ignore[arg-type]


# where a page declares its publication: JSON-LD's datePublished, the meta tags news sites use
_LD_PUBLISHED = re.compile(r"\"datePublished\"\s*:\s*\"([^\"]{8,40})\"")
_META_PUBLISHED = frozenset({"article:published_time", "og:published_time", "pubdate", "publishdate", "publish-date", "date",
                             "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date"})


def _declared_date(tree: lxml.html.HtmlElement) -> date | None:
    """A publication date the page declares in a form htmldate does not read ('Sun, 21 Apr 2024
    09:12:00 GMT' in JSON-LD), parsed by dateutil only when the value names a year, a month and a day
    (dateutil fills what is missing from its default; two defaults tell whether it had to)."""
    values = [m.group(1) for script in tree.iter("script") if script.get("type", "").lower() == "application/ld+json"
              for m in _LD_PUBLISHED.finditer(script.text or "")]
    values += [meta.get("content", "") for meta in tree.iter("meta")
               if (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower() in _META_PUBLISHED | {"datepublished"}]
    for value in values:
        day = _full_day(value)
        if day is not None:
            return day
    return None


def _full_day(value: str) -> date | None:
    from datetime import datetime

    from dateutil import parser

    try:
        one = parser.parse(value, default=datetime(2001, 1, 1))
        two = parser.parse(value, default=datetime(2002, 2, 2))
    except (ValueError, OverflowError):
        return None
    if one.date() != two.date() or not 1900 <= one.year <= date.today().year + 1:
        return None  # a part of the date was missing, or the year is noise
    return one.date()


def _without_furniture(tree: lxml.html.HtmlElement, captions: bool = False) -> lxml.html.HtmlElement:
    """The page without its site furniture (menus, tickers, the site's clock), and with `captions`
    without its photos' captions too (for the metadata date only: a caption line under the headline
    is left to the text rules, which read it for what it is)."""
    tree = lxml.html.fromstring(lxml.html.tostring(tree))  # a copy: trafilatura gets the page as saved
    doomed = []
    for element in tree.iter("nav", "footer", "aside", "header", "div", "section", "ul", "span", "p", *(("figure",) if captions else ())):
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        inside_article = any(a.tag in ("article", "main") for a in element.iterancestors())
        if element.tag in ("nav", "footer", "aside"):
            doomed.append(element)
        elif captions and (element.tag == "figure" or _CAPTION.search(marks)):
            doomed.append(element)
        elif element.tag == "header" and not inside_article:
            doomed.append(element)
        elif _FURNITURE.search(marks):
            doomed.append(element)
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    return tree


def _header_dateline(tree: lxml.html.HtmlElement) -> str | None:
    """A short line holding a full date between the story's headline and its first paragraph."""
    seen_headline = False
    for count, element in enumerate(tree.iter()):
        if count > 5000 or not isinstance(element.tag, str):
            continue
        if element.tag == "h1":
            seen_headline = True
            continue
        if not seen_headline or len(element):
            continue
        line = " ".join(clean_chars(element.text_content()).split())
        if element.tag == "p" and len(line) > 100:
            return None
        if 0 < len(line) <= 80 and full_dates(line):
            return line
    return None


def _above_headline(tree: lxml.html.HtmlElement) -> str | None:
    """The story's date printed as the last short line right above its headline ('Doha, Qatar
    Monday 10 June 2024' over the h1), when no line under the headline dates it: the site's clock
    and tickers are cut as furniture first, so the line next to the headline is the story's own."""
    last: str | None = None
    for count, element in enumerate(tree.iter()):
        if count > 5000 or not isinstance(element.tag, str) or element.tag in ("script", "style", "title", "head"):
            continue
        if element.tag == "h1":
            return last if last and full_dates(last) else None
        if len(element):
            continue
        line = " ".join(clean_chars(element.text_content()).split())
        if line:
            last = line if len(line) <= 80 else None
    return None


def _one_line(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(clean_chars(value).split())
    return value or None


def _paragraphs(body: str) -> str:
    """trafilatura writes one block per line; the text rules expect blank lines between paragraphs."""
    lines = [" ".join(line.split()) for line in body.split("\n")]
    return "\n\n".join(line for line in lines if line)


_MIN_PARAGRAPH = 60  # a paragraph of prose, not a teaser line or a byline


def further_articles(tree: lxml.html.HtmlElement, text: str) -> list[str]:
    """Whole stories the page carries in other `<article>` elements that the main text lacks.

    trafilatura keeps one story and drops a "read next" section as furniture, even when that
    section prints a second full article (headline, dateline, paragraphs). A teaser (a headline
    with one line) is not a story: two paragraphs of prose are required.
    """
    seen = " ".join(text.split())
    out = []
    for article in tree.iter("article"):
        if any(a.tag == "article" for a in article.iterancestors()):
            continue
        lines = [" ".join(clean_chars(e.text_content()).split()) for e in article.iter("h1", "h2", "h3", "h4", "p")]
        lines = [line for line in lines if line]
        prose = [line for line in lines if len(line) >= _MIN_PARAGRAPH]
        if len(prose) < 2 or any(line[:_MIN_PARAGRAPH] in seen for line in prose):  # (the main story itself)
            continue
        out.append("\n\n".join(lines))
    return out
