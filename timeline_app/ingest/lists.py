"""Lists of one subject's events, found on the classified lines of a page.

A heading or lead names whose list it is ("Timeline of X's visits", "X's trips abroad since
2021", "The Hamas delegation's meetings:", "Below are his main stops.") and the lines under it
are its items: bullet lines, dated lines ("14 March 2022 - Meets X"), and one-line entries that
open with the report itself ("Meets X in Ankara.", "Received by Y", "Talks with Z in Doha").
Such an item is a paragraph of the article even when it is too short to read as prose, where
`lines` alone would leave a four-word line aside like a photo caption or a stray label; and it
keeps its heading, whose subject the entity stage reads (`list_subjects`).

Found here, before the article is cut into paragraphs, because whether a short line is article
text depends on the line above it. One forward pass over the lines: each line is looked at as a
heading at most once and as an item at most once.
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import lines as L
from .lines import Line, initials
from .resources import load_json, phrase_alternatives
from .trigger_words import patterns

MAX_ITEM_WORDS = 60  # an item is one entry; a longer line is a paragraph of its own
MAX_HEAD_CHARS = 300  # a heading or a lead, not a whole article on one line

# what may open an item before its report: bullets, then perhaps a date and a dash, colon or bar
ITEM_OPENING = re.compile(r"[\s*\u2022\u00b7\u25aa\u25cf\u2023\u2043\-\u2013\u2014]*"
                          r"(?:(?P<date>[\w.,/ \-]{4,40}?)\s*[\-\u2013\u2014:|]\s+)?")
_DATE_WORD = re.compile(r"\d|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b\.?")
_CAPITALS = re.compile(r"\b[A-Z]{3,}\b")  # "CAIRO, March 10 - ...": a report's dateline, not a list's entry
_NOT_HEADS = (L.BLANK, L.SEPARATOR, L.CLOCK, L.NAV, L.MARKER, L.BLOCK_MARKER, L.CAPTION)
_NOT_ITEMS = (L.BLANK, L.SEPARATOR, L.CLOCK, L.NAV, L.MARKER, L.BLOCK_MARKER)



@lru_cache(maxsize=2)
def head_patterns(nouns_key: str = "list_nouns") -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(possessive, of, pronoun, heading word) patterns of a list's heading (resources/lists.json):
    "X's [main] visits" (X is written just before the match), "visits of X" (group "of"),
    "his main stops", "Timeline: ..."."""
    data = load_json("lists.json") or {}
    nouns = phrase_alternatives(data.get(nouns_key, ["visits", "meetings"]))
    owners = phrase_alternatives(data.get("owner_nouns", ["delegation"]))
    possessive = re.compile(r"(?:\s+(?:" + owners + r"))?['\u2019]s\s+(?:[\w\-]+\s+){0,2}?(?:" + nouns + r")\b", re.I)
    of = re.compile(r"\b(?:" + nouns + r")\s+(?:of|by)\s+(?P<of>[^\n:;!?]{2,80})", re.I)
    pronoun = re.compile(r"\b(?P<pronoun>his|her|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:" + nouns + r")\b", re.I)
    heading = re.compile(r"^\W*(?:" + phrase_alternatives(data.get("heading_words", ["timeline"])) + r")\b", re.I)
    return possessive, of, pronoun, heading


def is_head(text: str, nouns_key: str = "list_nouns") -> bool:
    """Does the line name whose list follows? (With "series_nouns": a page heading naming a series
    of trips, "Timeline of X's visits", whose entries may come after a lead paragraph.)"""
    if len(text) > MAX_HEAD_CHARS:
        return False
    return any(p.search(text) for p in head_patterns(nouns_key))


@lru_cache(maxsize=1)
def _report_opener() -> re.Pattern[str]:
    """The trigger vocabulary's verbs ("Meets", "Received by", "Holds talks") and its nouns followed
    by their object ("Talks with Z", "Visit to Doha"; not "Call for calm"), as one pattern."""
    p = patterns()
    verbs = "|".join(rx.pattern for _, rx in p["verbs"])
    nouns = "|".join(rx.pattern for _, rx in p["nouns"])
    return re.compile(r"(?:" + verbs + r")|(?:" + nouns + r")\s+(?:with|to|between|in|at)\b", re.I)


# "In Doha, meets the emir", "Later, talks with Z": a short fronted phrase before the entry's report
FRONTED = re.compile(r"(?-i:[A-Z])[^,.;:\n]{0,40},\s+")


def _opens_with_report(rest: str) -> bool:
    """'Meets X', 'Received by Y', 'Holds talks with Z', 'Talks with Z', 'In Doha, meets X': the
    item opens with its report."""
    if not rest[:1].isupper():
        return False
    fronted = FRONTED.match(rest)
    return _report_opener().match(rest) is not None or (fronted is not None and _report_opener().match(rest, fronted.end()) is not None)


MEMBER, ENTRY = 1, 2


def item_level(line: Line) -> int:
    """ENTRY for a line that is an entry of a list (a dated entry, a one-line report), MEMBER for
    a bullet that only continues one (it is article text only if it reads as prose), else 0."""
    if line.kind in _NOT_ITEMS:
        return 0
    opening = ITEM_OPENING.match(line.text)
    assert opening is not None  # everything in the pattern is optional
    rest = line.text[opening.end():]
    when = opening.group("date")
    if (when and _DATE_WORD.search(when) and not _CAPITALS.search(when) and rest[:1].isupper()) or _opens_with_report(rest):
        level = ENTRY
    else:
        level = MEMBER if line.bullet else 0
    return level if level and len(initials(line.text[:2000])) <= MAX_ITEM_WORDS else 0


def find_lists(lines: list[Line]) -> dict[int, Line]:
    """Item line index -> its heading line, for every list of the page. Entries become prose
    (paragraphs of the article); a heading is only read, never changed.

    A heading's items are the lines right under it (blank lines aside). A page heading that names
    a series ("Timeline of X's visits", "X's trips abroad") also heads the entries that come after
    its lead paragraph, until a separator, a footer marker or another heading."""
    heads: dict[int, Line] = {}
    series: Line | None = None  # the page heading whose entries may come after a lead
    # nothing but short title-like lines since the series heading: a byline ("X Monitor - Research
    # desk") or a kicker between the heading and its lead is no heading of its own and keeps the series
    only_titles = False
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.kind in (L.SEPARATOR, L.BLOCK_MARKER):
            series = None
        if line.kind in _NOT_HEADS:
            i += 1
            continue
        if series is not None and item_level(line) == ENTRY:
            line.kind = L.PROSE
            heads[line.index] = series
            i += 1
            continue
        if line.kind == L.TITLE:
            if is_head(line.text, "series_nouns"):
                series, only_titles = line, True
            elif not (series is not None and only_titles):
                series = None
        else:
            only_titles = False
        j = i + 1
        while j < len(lines) and lines[j].kind == L.BLANK:
            j += 1
        # the cheap tests first: a paragraph longer than any heading (most lines of a page) heads
        # nothing, whatever follows it (is_head's own first test), and most lines are not followed by an item
        if j == len(lines) or len(line.text) > MAX_HEAD_CHARS or not item_level(lines[j]) or not is_head(line.text):
            i += 1
            continue
        while j < len(lines):
            nxt = lines[j]
            if nxt.kind != L.BLANK:
                level = item_level(nxt)
                if not level:
                    break
                if level == ENTRY:
                    nxt.kind = L.PROSE  # "Meets X in Ankara.": too short for prose, an entry all the same
                heads[nxt.index] = line
            j += 1
        i = j
    return heads
