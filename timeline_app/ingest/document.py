"""One annotated document: the span layers of a text, each computed once by the module that owns it.

The walk goes forward: normalised text (`normalize`) -> article blocks, headline, dateline
(`segment`, `pubdate`) -> sentences with their quotation state (`sentences`, `clauses`) ->
per sentence, in order, the entity layer (`entities`, with the article's memory of names), the
date layer (`dates`) and the trigger layer (`triggers`: event reports read from the entity and
date layers), then the subject layer (`list_subjects`: an entry of a list whose heading names its
subject, found on the page's lines by `lists`, is that subject's report). Grouping then reads these layers; no later stage re-scans the raw text for what
an earlier layer owns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .candidate import Candidate
from .clauses import opens_quote
from .dates import DateExpr, find_dates
from .entities import ArticleMemory, Ent, recognize
from .gazetteer import CITY, COUNTRY
from .list_subjects import chronology_subject, head_subject, list_subject
from .normalize import ChainedMap, OffsetMap, matching_text
from .numeric_dates import day_first_text
from .pubdate import PubDate, publication_date
from .lines import Line
from .segment import ArticleBlock, lede_dateline, segment
from .sentences import Sentence, split_sentences
from .triggers import candidates, opens_on_call, speakers

MAX_SENTENCE_CHARS = 2000  # a "sentence" longer than this is not prose (a pasted table, a 2 MB line)
MAX_SENTENCES = 3000  # a news article has dozens; past this a file is a dump, and the rest is not read for events


@dataclass
class SentenceLayers:
    """What one sentence holds, layer by layer (entity and sentence offsets are absolute)."""

    index: int
    paragraph: int
    sentence: Sentence
    in_quote: bool
    entities: list[Ent]
    dates: list[DateExpr]  # offsets local to the sentence
    reports: list[Candidate]
    speakers: list[Ent]
    opens_call: bool = False  # it opens on a call ("During the call, ..."): read by its own triggers and the sentence before


@dataclass
class ArticleLayers:
    block: ArticleBlock
    published: PubDate
    headline_places: list[Ent] = field(default_factory=list)
    dateline_places: list[Ent] = field(default_factory=list)
    interviewee: Ent | None = None
    paragraph_texts: list[str] = field(default_factory=list)
    sentences: list[SentenceLayers] = field(default_factory=list)


@dataclass
class AnnotatedDocument:
    text: str  # the normalised text every offset above refers to
    offsets: OffsetMap | ChainedMap  # back to the stored text
    articles: list[ArticleLayers]


def annotate(stored_text: str, published_hint: object = None, saved_on: date | None = None) -> AnnotatedDocument:
    """All layers of a stored text, in one forward pass. `saved_on` (when the file was saved) only
    completes a dateline printed without its year."""
    text, offsets = matching_text(stored_text)
    text = day_first_text(text)  # "DTN (AP), 10/3/2019" on a month-first page: read as 3 October (same offsets)
    articles = []
    for block in segment(text):
        pub = publication_date(block, text, saved_on)
        # a page's metadata date (HTML meta, JSON-LD, <time>) is the page's article's date, and
        # that of any further article on the page that has no dateline of its own
        if published_hint is not None and (block.position == 0 or pub.day is None):
            pub = PubDate(published_hint, "metadata", None, pub.place)  # type: ignore[arg-type]
        elif pub.day is None and articles and articles[-1].published.day is not None:
            # "---" then a follow-up report with no dateline, saved on the page of a dated one: the
            # page keeps reports of the same days, so its weekdays count from the report before it
            pub = PubDate(articles[-1].published.day, "previous article", None, pub.place)
        articles.append(_annotate_article(text, block, pub))
    return AnnotatedDocument(text, offsets, articles)


def _wire_day(report: Candidate, day: date) -> None:
    """'MOSCOW, October 4. /TASS/. X held a meeting with Y': wire copy's lede report without a day of
    its own is of the dateline's day (so a report of the day before with the same people stays apart)."""
    before = report.sentence.text[:report.trigger[0] - report.sentence.start]
    if report.kind == "verb" and report.date is None and not report.past_perfect and not report.background \
            and not re.search(r"\b(?:has|have|had)\s+(?:\w+\s+)?$", before):
        report.date = DateExpr(0, 0, "full", day.year, day.month, day.day, text=day.isoformat())


_SLASHED_AGENCY = re.compile(r"/[A-Za-z .\-]{2,25}/")  # "/TASS/" after a dateline: the agency's slash form

_PRONOUN_SAID = re.compile(r"[,\u201d\"]\s*(?:he|she)\s+(?:said|added|told|stated)\b")


# "X receives Y, discusses Gaza and southern front": the town after a topic verb is a subject of the talks, no venue
_HEADLINE_TOPIC = re.compile(r"\b(?:discuss(?:es|ed|ing)?|talks?\s+(?:on|about|over)|focus(?:es|ed)?\s+on)\s+(?:the\s+)?(?:situation\s+in\s+)?$", re.I)


def _after_preposition(text: str, e: Ent) -> bool:
    return bool(re.search(r"\b(?:in|at|to|into|visits?|arrives? in)\s+(?:the\s+)?$", text[max(0, e.start - 20):e.start], re.I))


def _list_subject(heading: Line, block: ArticleBlock, head_ents: list[Ent], paragraph_ents: dict[int, list[Ent]],
                  memory: ArticleMemory, protagonist: Ent | None) -> tuple[Ent | None, list[Ent]]:
    """The subject a list's heading names, and its city ("Meetings of the delegation in Tehran:"
    is where entries that name no place were held), read from the heading's entity layer: the
    headline's, a lead paragraph's, or (a heading line that is neither) recognised here, once."""
    if block.headline is not None and heading.index == block.headline.index:
        ents = head_ents
    elif heading.index in paragraph_ents:
        ents = paragraph_ents[heading.index]
    else:
        ents = recognize(heading.text[:MAX_SENTENCE_CHARS], heading.start, memory)
    person = protagonist if protagonist is not None and protagonist.kind == "person" else None
    cities = [e for e in ents if e.kind == CITY and heading.start <= e.start < heading.end  # "in Tehran", not "from Doha to Moscow"
              and re.search(r"\b(?:in|at)\s+$", heading.text[max(0, e.start - heading.start - 6):e.start - heading.start])]
    return head_subject(heading.text, heading.start, ents, person), cities[:1]


@dataclass
class _ParagraphSplit:
    """A paragraph cut once: its lede dateline, where its prose starts, its sentences and which of them
    open on a call (the sentence before a call opener reads that flag, not the text again)."""

    lede: re.Match[str] | None
    start: int
    sentences: list[Sentence]
    opens_call: list[bool]


def _split_paragraph(text: str, paragraph: Line) -> _ParagraphSplit:
    lede = lede_dateline(text[paragraph.start:paragraph.end])
    start = paragraph.start + lede.end() if lede is not None else paragraph.start
    sentences = split_sentences(text, start, paragraph.end)
    return _ParagraphSplit(lede, start, sentences, [opens_on_call(s.text) for s in sentences])


def _annotate_article(text: str, block: ArticleBlock, pub: PubDate) -> ArticleLayers:
    layers = ArticleLayers(block, pub)
    memory = ArticleMemory(published=pub.day)
    head_ents: list[Ent] = []
    if pub.place is not None:  # "Beirut, June 3, 2025" under the headline: 'the parliament speaker' is of that country
        city = [e for e in recognize(text[pub.place[0]:pub.place[1]].title(), pub.place[0], ArticleMemory()) if e.kind in (CITY, COUNTRY)]
        memory.home = next((e.country or e.name for e in city[:1]), None)
    if block.headline is not None:
        head_ents = recognize(block.headline.text[:MAX_SENTENCE_CHARS], block.headline.start, memory)
        cities = [e for e in head_ents if e.kind == CITY]
        cities = [e for e in cities if not _HEADLINE_TOPIC.search(text, max(0, e.start - 30), e.start)]  # "..., discusses Gaza": what was talked about
        layers.headline_places = sorted(cities, key=lambda e: not _after_preposition(text, e))  # "... talks in Cairo" over "Gaza ceasefire"
        memory.clear()
        layers.interviewee = next((e for e in head_ents if e.kind == "person"), None)
    index = 0
    subjects: dict[int, tuple[Ent | None, list[Ent]]] = {}  # a list heading's line index -> the subject and city it names
    paragraph_ents: dict[int, list[Ent]] = {}  # a paragraph's line index -> its entities (a lead can head a list)
    call_before = False  # the last sentence of the paragraph before reported a call ("The calls dealt with ..." after them)
    splits = [_split_paragraph(text, p) for p in block.paragraphs]  # (a paragraph's last sentence reads the next one's first)
    for paragraph_number, paragraph in enumerate(block.paragraphs):
        split = splits[paragraph_number]
        start = split.start
        heading = block.list_heads.get(paragraph.index)
        if heading is not None and heading.index not in subjects:
            subjects[heading.index] = _list_subject(heading, block, head_ents, paragraph_ents, memory, layers.interviewee)
        subject, list_places = subjects[heading.index] if heading is not None else (None, [])
        paragraph_places: list[Ent] = []
        lede = split.lede
        if lede is not None:
            city = [e for e in recognize(lede.group("city").title(), paragraph.start, ArticleMemory()) if e.kind in (CITY, COUNTRY)]
            # "CAIRO — ..." after a paragraph of page furniture that told nothing: still the wire's
            # dateline (where the reporter files from), not the place of the events the paragraph tells
            wire = not layers.dateline_places and not any(s.reports for s in layers.sentences) and lede_dateline(text[paragraph.start:paragraph.end], strict=True)
            if paragraph is block.paragraphs[0] or wire:
                layers.dateline_places = city[:1]
                memory.home = next((e.country or e.name for e in city[:1]), None)  # "the parliament speaker": of this country
            else:
                paragraph_places = city[:1]  # "• Sanaa — ...": a digest's entry names its place first
        layers.paragraph_texts.append(text[start:paragraph.end])
        quoted = False  # a quotation can run over several sentences of a paragraph
        last_speaker: Ent | None = None  # who spoke last in this paragraph: the "he" of '"...," he said'
        after_call = call_before  # the sentence before reported a call (the last of the paragraph before, too)
        sentences = split.sentences
        following = splits[paragraph_number + 1].opens_call[:1] if paragraph_number + 1 < len(splits) else []
        # "X spoke with Y on Sunday. During the call, ...": the sentence after names what the talk was
        opens_after = split.opens_call[1:] + (following or [False])
        for at, sentence in enumerate(sentences):
            in_quote, quoted = quoted, quoted != opens_quote(sentence.text)
            if len(sentence.text) > MAX_SENTENCE_CHARS:
                continue
            if index >= MAX_SENTENCES:
                break
            ents = recognize(sentence.text, sentence.start, memory)
            paragraph_ents.setdefault(paragraph.index, []).extend(ents)
            if layers.interviewee is None and paragraph_number == 0:
                layers.interviewee = next((e for e in ents if e.kind == "person"), None)
            dates = find_dates(sentence.text)
            reports = candidates(sentence, ents, in_quote=in_quote, dates=dates, after_call=after_call,
                                 before_call=opens_after[at], opens_call=split.opens_call[at])
            # "X called Y. X also spoke with Z": another call (a sentence reporting nothing in between keeps it)
            after_call = any(r.type == "call" for r in reports) if reports else after_call
            call_before = after_call
            # ("MOSCOW, October 4. /TASS/.": the agency's slash form, whose date the lede sentence used to carry)
            # (a slash between two cities, "DOHA/KABUL, May 31 --", is no agency's)
            first_of_lede = lede is not None and _SLASHED_AGENCY.search(lede.group(0)) is not None and paragraph is block.paragraphs[0] and sentence.start <= start + 2
            for report in reports:
                if subject is not None:
                    list_subject(report, dates, subject)
                chronology_subject(report, dates, layers.interviewee if layers.interviewee and layers.interviewee.kind == "person" else None)
                report.places = report.places or list(paragraph_places) or list(list_places)
                if first_of_lede and pub.day is not None:
                    _wire_day(report, pub.day)
                if report.anaphor in ("i", "we") and report.speaker is None and _PRONOUN_SAID.search(sentence.text):
                    report.speaker = last_speaker  # 'X told the channel ... "On 5 May we met Y," he said': X
            spoke = speakers(sentence, ents)
            last_speaker = spoke[0] if spoke else last_speaker
            layers.sentences.append(SentenceLayers(index, paragraph_number, sentence, in_quote, ents, dates, reports, spoke, split.opens_call[at]))
            index += 1
    return layers
