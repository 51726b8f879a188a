"""Extraction entry point: one document's text in, its articles and event reports out.

Pure function of the text (no database, no clock, no network), so a stored document can always
be re-extracted and compared, and tests can run on plain strings. The text is annotated once
(`document.annotate`: blocks, sentences, quotations, entities, dates, reports as layers); the
grouper reads those layers article by article and each draft is finished into an EventMention.
"""
from __future__ import annotations

import re
from datetime import date

from ..domain import ArticleInfo, DocumentExtraction, EventMention
from .document import MAX_SENTENCE_CHARS, MAX_SENTENCES, ArticleLayers, annotate
from .arrivals import fold_arrivals
from .blog_clock import ClockDays
from .dates import find_dates, resolve
from .day_headings import day_heading, time_stamp_above
from .drafts import finish
from .entities import Ent
from .grouping import Grouper
from .normalize import ChainedMap, OffsetMap
from .topic import topic_terms
from .weekday_anchor import told_weekdays
from .year_headings import YearHeadings

__all__ = ["MAX_SENTENCE_CHARS", "MAX_SENTENCES", "extract_document"]


def extract_document(text: str, published_hint: date | None = None, saved_on: date | None = None) -> DocumentExtraction:
    """Articles and event reports of one stored text; offsets point into `text` itself.

    `published_hint`, when given, is the article's publication date (known from outside the
    text, e.g. a saved page's metadata) and wins over what the text says. `saved_on`, when
    given, is the day the file was saved: it completes a dateline printed without a year
    ("CAIRO, Nov 12 (Reuters) -"), so the same text and day always give the same events.
    """
    doc = annotate(text, published_hint, saved_on)
    result = DocumentExtraction()
    for article in doc.articles:
        block, pub = article.block, article.published
        result.articles.append(ArticleInfo(
            position=block.position, start=block.start, end=block.end,
            headline=block.headline.text if block.headline else None,
            published=pub.day.isoformat() if pub.day else None, published_how=pub.how, published_span=pub.span,
        ))
        result.mentions.extend(_article_events(article, doc.text))
    return result if doc.offsets.identity else _to_original(result, doc.offsets)


def _to_original(result: DocumentExtraction, offsets: OffsetMap | ChainedMap) -> DocumentExtraction:
    """Offsets found in the cleaned text, moved back onto the stored text."""
    def span(s: tuple[int, int]) -> tuple[int, int]:
        return offsets.to_original(s[0]), offsets.to_original(s[1])

    for info in result.articles:
        info.start, info.end = span((info.start, info.end))
        if info.published_span is not None:
            info.published_span = span(info.published_span)
    for mention in result.mentions:
        mention.evidence = [span(e) for e in mention.evidence]
    return result


_HEADING_LINE = re.compile(r"^[^\n.!?]{2,70}$")


def _section_day(text: str, start: int, published: date | None) -> date | None | bool:
    """A digest item's heading on the line above a paragraph ("IRAN-LEBANON | Saturday 23 November"):
    its day (the year from the issue's date), None for a heading without one ("COMING UP": back to
    the issue's date), False when the paragraph has no heading line above it."""
    if start == 0 or text[start - 1] != "\n":
        return False
    line_start = text.rfind("\n", 0, start - 1) + 1
    line = text[line_start:start - 1].strip()
    if not line or not _HEADING_LINE.match(line):
        return False
    if "|" not in line:
        return None if line.upper() == line else False
    for expr in find_dates(line.rsplit("|", 1)[1]):
        resolved = resolve(expr, published, future=False)
        if resolved is not None and resolved.precision == "day":
            return date.fromisoformat(resolved.value)
    return None


def _article_events(article: ArticleLayers, text: str = "") -> list[EventMention]:
    published = article.published.day
    grouper = Grouper(published)
    grouper.interviewee = article.interviewee
    if published is None and text:  # a page without a date: its weekdays are of the week it prints a day of
        # (from its paragraphs: a site's clock above the headline, "Monday, June 3, 2024", dates no report)
        grouper.weekday_anchors = [a for p in article.block.paragraphs for a in told_weekdays(text[p.start:p.end], p.start)]
    first = article.sentences[0].index if article.sentences else 0
    clock = ClockDays(published)  # "19:05 ..." under "08:50 ...": a live blog's entry of the day before
    years = YearHeadings(text, article.block.start, article.block.end) if text else None
    for layer in article.sentences:
        section: date | None | bool = False
        if text and published:  # "Fri 4 Oct" over a blog's entries, perhaps over an entry's clock (see day_headings)
            section = day_heading(text, layer.sentence.start, published, article.published.span, layer.index == first) or False
            if section is not False:
                clock.reset(section)
            turned = clock.entry_day(text, layer.sentence.start)
            if section is False and turned is not None:
                section = turned
            if section is False and time_stamp_above(text, layer.sentence.start):
                section = grouper.section_day  # another entry of the same day: a section of its own (no continuing across entries)
            elif section is False:
                section = _section_day(text, layer.sentence.start, published)
        if section is not False:
            grouper.section_day, grouper.section_start = section, len(grouper.sentence_dates)
            grouper.published = section or published
            grouper.year_only = False
        elif years:  # "2023" alone over a chronology's entries: their year-less days are of that year
            anchor = years.anchor(layer.sentence.start, published)
            if anchor is not None:
                grouper.published, grouper.year_only = anchor
        grouper.feed(layer.index, layer.entities, layer.reports, layer.speakers, layer.sentence.text, layer.paragraph,
                     layer.sentence.start, layer.dates)
    headline_text = [article.block.headline.text] if article.block.headline else []
    terms = topic_terms(headline_text + article.paragraph_texts)
    mentions = []
    previous_places: list[Ent] = []
    for draft in fold_arrivals(grouper.drafts):
        # no place of its own: the article's previous event (same trip), else the dateline, else the headline
        fallback = previous_places or article.dateline_places or article.headline_places
        if draft.told_elsewhere:  # "confirmed Monday's meeting": held where the report that told it says, not here
            fallback = previous_places
        event = finish(draft, published, fallback, article.block.position, terms)
        if draft.places:
            previous_places = draft.places
        if event is not None:
            mentions.append(event)
    return mentions

