"""Extraction entry point: one document's text in, its articles and event reports out.

Pure function of the text (no database, no clock, no network), so a stored document can always
be re-extracted and compared, and tests can run on plain strings.
"""
from __future__ import annotations

import re
from datetime import date

from ..domain import ArticleInfo, DocumentExtraction, EventMention
from .entities import ArticleMemory, Ent, recognize
from .gazetteer import CITY, COUNTRY
from .drafts import finish
from .grouping import Grouper
from .normalize import OffsetMap, clean_text
from .pubdate import PubDate, publication_date
from .segment import ArticleBlock, lede_dateline, segment
from .sentences import split_sentences
from .topic import topic_terms
from .clauses import opens_quote
from .triggers import candidates, speakers

MAX_SENTENCE_CHARS = 2000  # a "sentence" longer than this is not prose (a pasted table, a 2 MB line)
MAX_SENTENCES = 3000  # a news article has dozens; past this a file is a dump, and the rest is not read for events


def extract_document(text: str, published_hint: date | None = None) -> DocumentExtraction:
    """Articles and event reports of one stored text; offsets point into `text` itself.

    `published_hint`, when given, is the article's publication date (known from outside the
    text, e.g. a saved page's metadata) and wins over what the text says.
    """
    text, offsets = clean_text(text)
    result = DocumentExtraction()
    for article in segment(text):
        pub = publication_date(article, text)
        if published_hint is not None:
            pub = PubDate(published_hint, "hint", None)
        result.articles.append(ArticleInfo(
            position=article.position, start=article.start, end=article.end,
            headline=article.headline.text if article.headline else None,
            published=pub.day.isoformat() if pub.day else None, published_how=pub.how, published_span=pub.span,
        ))
        result.mentions.extend(_article_events(text, article, pub.day))
    return result if offsets.identity else _to_original(result, offsets)


def _to_original(result: DocumentExtraction, offsets: OffsetMap) -> DocumentExtraction:
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


def _after_preposition(text: str, e: Ent) -> bool:
    return bool(re.search(r"\b(?:in|at|to|into|visits?|arrives? in)\s+(?:the\s+)?$", text[max(0, e.start - 20):e.start], re.I))


def _interviewee(text: str, article: ArticleBlock, memory: ArticleMemory) -> Ent | None:
    """The person an interview is with: named in its headline, else first named in its lede."""
    sources = ([article.headline] if article.headline else []) + article.paragraphs[:1]
    for line in sources:
        head = line.text[:MAX_SENTENCE_CHARS]
        people = [e for e in recognize(head, line.start, ArticleMemory()) if e.kind == "person"]
        if people:
            return people[0]
    return None


def _article_events(text: str, article: ArticleBlock, published) -> list[EventMention]:  # type: ignore[no-untyped-def]
    memory = ArticleMemory()
    headline_places: list[Ent] = []
    if article.headline is not None:
        cities = [e for e in recognize(article.headline.text, article.headline.start, memory) if e.kind == CITY]
        headline_places = sorted(cities, key=lambda e: not _after_preposition(text, e))  # "... talks in Cairo" over "Gaza ceasefire"
        memory.clear()
    dateline_places: list[Ent] = []
    grouper = Grouper(published)
    grouper.interviewee = _interviewee(text, article, memory)
    index = 0
    paragraph_texts = []
    for paragraph_number, paragraph in enumerate(article.paragraphs):
        start = paragraph.start
        paragraph_places: list[Ent] = []
        lede = lede_dateline(text[paragraph.start:paragraph.end])
        if lede is not None:
            city = [e for e in recognize(lede.group("city").title(), paragraph.start, ArticleMemory()) if e.kind in (CITY, COUNTRY)]
            if paragraph is article.paragraphs[0]:
                dateline_places = city[:1]
            else:
                paragraph_places = city[:1]  # "• Sanaa — ...": a digest's entry names its place first
            start = paragraph.start + lede.end()
        paragraph_texts.append(text[start:paragraph.end])
        quoted = False  # a quotation can run over several sentences of a paragraph
        for sentence in split_sentences(text, start, paragraph.end):
            in_quote, quoted = quoted, quoted != opens_quote(sentence.text)
            if len(sentence.text) > MAX_SENTENCE_CHARS:
                continue
            if index >= MAX_SENTENCES:
                break
            ents = recognize(sentence.text, sentence.start, memory)
            cands = candidates(sentence, ents, in_quote=in_quote)
            for cand in cands:
                cand.places = cand.places or list(paragraph_places)
            grouper.feed(index, ents, cands, speakers(sentence, ents), sentence.text, paragraph_number)
            index += 1
    headline_text = [article.headline.text] if article.headline else []
    terms = topic_terms(headline_text + paragraph_texts)
    mentions = []
    previous_places: list[Ent] = []
    for draft in grouper.drafts:
        # no place of its own: the article's previous event (same trip), else the dateline, else the headline
        fallback = previous_places or dateline_places or headline_places
        event = finish(draft, published, fallback, article.position, terms)
        if draft.places:
            previous_places = draft.places
        if event is not None:
            mentions.append(event)
    return mentions
