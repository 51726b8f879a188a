"""Classify the lines of a saved page: article prose versus page furniture.

Saved pages mix the article with menus, photo captions (often printed twice), credit lines,
share widgets and lists of unrelated headlines with clock times. Nothing but prose may
produce events or dates, so every line gets a kind here, from layout cues alone.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .dates import full_dates, has_full_date
from .resources import load_json
from .vocab_matcher import KeyedPatterns, Keys, key_words, may_match, words as text_words

BLANK, SEPARATOR, CLOCK, DATE, CAPTION, NAV, MARKER, BLOCK_MARKER, PROSE, TITLE, OTHER = (
    "blank", "separator", "clock", "date", "caption", "nav", "marker", "block_marker", "prose", "title", "other",
)

_BULLET = re.compile(r"^[\u2022\u00b7\u25aa\u25cf\u2023\u2043*\-\u2013]\s+")
_RULE = re.compile(r"[-*_=\u2022\u00b7\u2014\s]{3,}")  # a line drawn with dashes, stars, bullets
_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])[:.][0-5]\d(?![./]\d)(?:\s*(?:am|pm|GMT|UTC))?\b", re.I)
_NAV_CHARS = "|\u203a>\u00bb\u2022\u00b7/"
# whether a line holds one of _NAV_CHARS: one scan of the line for the class, not a generator and a
# scan per character (asked of nearly every line of a page)
_ANY_NAV_CHAR = re.compile("[" + re.escape(_NAV_CHARS) + "]").search
# the characters a bullet opens with (_BULLET's class): most lines open with none, and are not matched
_BULLET_FIRST = frozenset("\u2022\u00b7\u25aa\u25cf\u2023\u2043*-\u2013")
_NAV_SEPARATORS = re.compile(r"\s[" + _NAV_CHARS + r"]\s")
_WORD = re.compile(r"[^\W\d_][\w'\u2019\-.]*", re.U)
_WORD_ASCII = re.compile(r"[A-Za-z][A-Za-z0-9_'\-.]*")  # the same on ASCII text (ranges test faster than categories)
_TIME_OF_DAY = re.compile(r"\b[0-2]?\d:[0-5]\d\b")
_FUNCTION_WORDS = frozenset(
    "a an the of in on at to for with from by and or but as is are was were be has have had that this its their his her "
    "after before over into about says say said will would not no than".split()
)
_CLOSERS = "\"'\u201d\u2019)]"


def _terminal(text: str) -> bool:
    """Does the line end like a sentence: a full stop, question or exclamation mark or ellipsis,
    then closing quotes or brackets, at the end or before a final newline? Read from its end
    rather than searched for along the whole line (a regex with `$` tried every position)."""
    if text.endswith("\n"):
        text = text[:-1]
    return text.rstrip(_CLOSERS).endswith((".", "!", "?", "\u2026"))


@dataclass
class Line:
    index: int
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str
    bullet: bool
    kind: str = OTHER
    repeated: bool = False


@lru_cache(maxsize=1)
def _markers() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...], frozenset[str]]:
    data = load_json("boilerplate.json")
    block = frozenset(m.lower() for m in data.get("footer_markers", []))
    inline = tuple(m.lower() for m in data.get("inline_markers", []))
    agencies = tuple(data.get("credit_agencies", []))
    separators = frozenset(data.get("separators", []))
    return block, inline, agencies, separators


@lru_cache(maxsize=1)
def _posing() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    data = load_json("boilerplate.json")
    alt = lambda words: "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)) or "(?!x)x"  # noqa: E731
    markers = alt(data.get("position_markers", []))
    return (re.compile(rf"\((?:{markers})\)"), re.compile(rf",\s+(?i:{markers}),\s"),
            re.compile(rf"\b(?:{alt(data.get('caption_verbs', []))})\b"))


_YEAR = re.compile(r"\d{4}")
# "In this picture taken on 5 May 2019, X meets Y": a caption's own opening
_IN_THIS_PICTURE = re.compile(r"\s*In\s+this\s+(?:(?:file|handout|undated|pool|archive|photo)\s+)?(?:photo|photograph|picture|image|frame\s+grab|video\s+grab)\b", re.I)
# the past tense of a report or of speech: prose that tells, not a picture
_TOLD = re.compile(r"\b(?:met|arrived|received|held|visited|hosted|travell?ed|signed|said|says|told|was|were|had|has|have|will|would)\b", re.I)
# what may follow a caption's closing date: a full stop, a credit in brackets
_CAPTION_END = re.compile(r"\s*\.?\s*(?:[(\[][^()\[\]]{0,60}[)\]])?\s*\.?\s*$")


def posed(body: str) -> bool:
    """A photo's caption told as prose: a position marker ('Haniyeh (R) meets ...', 'X, centre,
    arrives ...') or the present tense of a picture closed by its full date ('X receives Y in
    Doha, 22 October 2019.'); a report tells its day in the past tense."""
    bracketed, commas, verb = _posing()  # (two patterns: each opens with a literal re can skip to)
    if ("(" in body and bracketed.search(body)) or commas.search(body) or _IN_THIS_PICTURE.match(body):
        return True
    if not _YEAR.search(body) or not verb.search(body) or _TOLD.search(body) or not has_full_date(body):
        return False
    last = full_dates(body)
    return bool(last) and bool(_CAPTION_END.fullmatch(body, last[-1].end))


@lru_cache(maxsize=1)
def _agencies() -> tuple[list[str], KeyedPatterns, list[bool]]:
    """The credit agencies, longest first; which of them a line names (as words); which are plain
    words (letters, digits, spaces and hyphens), the only ones ever left out of the pattern."""
    agencies = sorted(_markers()[2], key=len, reverse=True)
    keyed = KeyedPatterns([re.compile(r"\b(?:" + re.escape(a) + r")\b", re.I) for a in agencies])
    return agencies, keyed, [bool(re.fullmatch(r"\w+(?:[\s\-]\w+)*", a)) for a in agencies]


def _credit_for(text_words: frozenset[str] | None) -> re.Pattern[str]:
    """The credit pattern with only the agencies a line names. An agency's name stands there as
    whole words (after a boundary, a bracket or a dash, before a slash or a boundary), so one the
    line lacks matches nowhere in it: leaving it out changes no match."""
    if text_words is None:
        return _credit_pattern()
    agencies, keyed, plain = _agencies()
    named = set(keyed.runnable(text_words))
    return _credit_pattern(tuple(i for i in range(len(agencies)) if i in named or not plain[i]))


@lru_cache(maxsize=256)
def _credit_pattern(agencies_named: tuple[int, ...] | None = None) -> re.Pattern[str]:
    agencies = _agencies()[0]
    names = "|".join(re.escape(a) for i, a in enumerate(agencies) if agencies_named is None or i in agencies_named) or "(?!x)x"
    return re.compile(
        rf"(?:\b(?:{names})\s*/\s*[\w .\-]{{0,40}}$)"  # REUTERS/Denis Balibouse (not "MOSCOW, October 4. /TASS/. X held talks ...")
        rf"|(?:\(\s*(?:[^()]{{1,40}}?\s[-\u2013\u2014/]\s*)?(?:{names})\b[^)]*\)\s*$)"  # (EPA), ( Cem Genco - Anadolu Agency )
        rf"|(?:\b(?:Photo|Photograph|Image|Picture|Credit)s?\s*(?:by|credit)?\s*:)"  # Photo: Wikipedia
        rf"|(?:^\(\s*(?:File\s+)?(?:Photo|Photograph|Image|Picture)s?\b[^()]{{0,40}}\))",  # (Photo by AFP) Egyptian officials receive ...
        re.I,
    )


_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019']?\s+(?=[A-Z\"\u201c])")
_TRAILING_BRACKET = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)\s*\.?\s*$")


def glued_caption(body: str, credit_at: int) -> int | None:
    """Where a photo caption glued to the end of a paragraph begins ('... were achieved." X meets Y
    in Tehran, February 8, 2025. (credit: Office/Handout via REUTERS)'): the sentences before it are
    the article's prose, the caption (present tense, closed by its full date and the credit) is not.
    None when the line is a caption or credit of its own."""
    cut = None
    for m in reversed(list(_SENTENCE_END.finditer(body, 0, credit_at))):
        rest = _TRAILING_BRACKET.sub("", body[m.end():])
        if rest and posed(rest):
            cut = m.end()
        elif cut is not None:
            break
    return cut if cut is not None and is_prose(body[:cut].rstrip()) and len(body[:cut]) >= 80 else None


@lru_cache(maxsize=1)
def _credit_keys() -> Keys | None:
    """The words a credit line needs (an agency's name, 'Photo', 'Credit'): prose has none."""
    return key_words(_credit_pattern())


def _may_be_credit(body: str, keys: Keys | None) -> bool:
    """False when the credit pattern cannot match: each of its forms needs a slash ('REUTERS/X'),
    a closing bracket ('(EPA)') or a colon ('Photo:'), and an agency's name or a photo word."""
    return ("/" in body or ")" in body or ":" in body) and may_match(keys, text_words(body))


def split_lines(text: str) -> list[Line]:
    lines: list[Line] = []
    pos = 0
    for index, raw in enumerate(text.split("\n")):
        left = raw.lstrip()
        stripped = left.rstrip()  # (raw.strip(), with the left strip made once)
        start = pos + len(raw) - len(left)
        bullet = stripped[:1] in _BULLET_FIRST and _BULLET.match(stripped) is not None
        lines.append(Line(index, start, start + len(stripped), stripped, bullet))
        pos += len(raw) + 1
    return lines


def _norm(text: str, bullet: bool = True) -> str:
    """The line as it is compared with the page's other lines (`bullet`: whether `_BULLET` matches it;
    when the caller knows it does not, the substitution is skipped)."""
    if len(text) > 4000:
        return text  # a huge line is compared as it is, never split into millions of words
    low = (_BULLET.sub("", text) if bullet else text).lower()
    # a printable line's only white space is " " (tabs, newlines, no-break and other spaces are not
    # printable): without two in a row or one at an end it is its own words joined by spaces
    if low.isprintable() and "  " not in low and low[:1] != " " and low[-1:] != " ":
        return low
    return " ".join(low.split())


@lru_cache(maxsize=64)
def words(text: str) -> tuple[str, ...]:
    """The words of a line (cached: a line is asked for them by several of the checks below)."""
    return tuple((_WORD_ASCII if text.isascii() else _WORD).findall(text))


# the same words, each found by its first letter alone (the group): one-letter strings are shared,
# so nothing is made per word. How many words a line has and how they open is all most checks ask
_INITIAL = re.compile("(" + _WORD.pattern[:_WORD.pattern.index("]") + 1] + ")" + _WORD.pattern[_WORD.pattern.index("]") + 1:], re.U)
_INITIAL_ASCII = re.compile("([A-Za-z])" + _WORD_ASCII.pattern[len("[A-Za-z]"):])


@lru_cache(maxsize=64)
def initials(text: str) -> tuple[str, ...]:
    """The first letter of each of `words(text)`, in order (as many as there are words)."""
    return tuple((_INITIAL_ASCII if text.isascii() else _INITIAL).findall(text))


LONG_LINE = 4000  # past this a line is judged on its first characters: a 20 MB line is not re-tokenised


def is_prose(text: str) -> bool:
    """A sentence-like line: enough words, mostly lower case, ending like a sentence."""
    firsts = initials(text[:LONG_LINE])
    if len(firsts) < 6:
        return False
    lower = sum(map(str.islower, firsts))  # (words opening in lower case; no Python loop)
    terminal = _terminal(text)
    if lower < 2 or (lower < len(firsts) * 0.25 and not (terminal and len(firsts) >= 8)):
        return False  # a sentence full of names and titles still ends like one; a headline does not
    return terminal or len(firsts) >= 25


def _is_nav(text: str) -> bool:
    if len(text) > LONG_LINE:
        return False  # navigation is a short line
    if _ANY_NAV_CHAR(text) and len(_NAV_SEPARATORS.findall(f" {text} ")) >= 2:
        return True  # (a line without the separators' characters, most prose, is not scanned for them)
    firsts = initials(text)  # (the words themselves only for a line that gets past these)
    if len(firsts) >= 2 and "  " in text and not any(t.lower() in _FUNCTION_WORDS for t in words(text)):
        return True
    if len(firsts) >= 3 and all(c.isupper() or not c.isalpha() for c in firsts) and not any(
        t.lower() in _FUNCTION_WORDS for t in words(text)
    ) and not _terminal(text) and len(firsts) <= 8 and any(not t.isascii() for t in words(text)):
        return True
    return False


def _is_title(text: str) -> bool:
    if len(text) > LONG_LINE:
        return False
    if not 3 <= len(initials(text)) <= 30:
        return False
    return not text.rstrip("\"'\u201d\u2019").endswith((".", ":", ","))


def classify(text: str) -> list[Line]:
    lines = split_lines(text)
    block, inline, _agencies, separators = _markers()
    norms = [_norm(line.text, line.bullet) for line in lines]  # (once per line: counted, then looked up)
    counts = Counter(norm for norm, line in zip(norms, lines) if line.text)
    credit_keys = _credit_keys()
    for line, norm in zip(lines, norms):
        t = line.text
        body = _BULLET.sub("", t) if line.bullet else t  # (line.bullet: whether _BULLET matches t, found by split_lines)
        line.repeated = counts[norm] > 1
        if not t:
            line.kind = BLANK
        elif t in separators or _RULE.fullmatch(t):
            line.kind = SEPARATOR
        elif _CLOCK.match(body) and not is_prose(_CLOCK.sub("", body).lstrip(" \u2014\u2013-|:")) and not (
                len(body) <= 60 and has_full_date(body)):  # "18:22, 03 May 2018 Thursday" is a dateline
            line.kind = CLOCK  # "16:58  Wheat futures slip": a headline list; "15:58 — The talks have begun ..." is a live-blog entry
        elif body.lower().rstrip(" :.\u2026").strip() in block:  # (made only for a line that gets this far)
            line.kind = BLOCK_MARKER
        elif body.lower().startswith(inline):  # (one call over the tuple of markers)
            # "Source: Xinhua| 2021-01-27 21:04:36|Editor: ...": a stamped date line, not a link
            stamped = len(body) <= 120 and _TIME_OF_DAY.search(body) and has_full_date(body)
            line.kind = DATE if stamped else MARKER
        elif len(body) <= LONG_LINE and _may_be_credit(body, credit_keys) and (credit := _credit_for(text_words(body)).search(body)):  # a credit is a short line
            cut = None if line.bullet else glued_caption(body, credit.start())
            if cut is not None:  # a paragraph with the photo's caption and credit glued to its end: the paragraph is prose
                line.text, line.end, line.kind = body[:cut].rstrip(), line.start + len(body[:cut].rstrip()), PROSE
            else:
                line.kind = CAPTION
        elif len(body) <= 120 and has_full_date(body) and len(initials(body)) <= 14 and not is_prose(body):
            line.kind = DATE
        elif _is_nav(body):
            line.kind = NAV
        elif is_prose(body):
            line.kind = CAPTION if line.repeated or posed(body) else PROSE
        elif _is_title(body):
            line.kind = TITLE
        else:
            line.kind = OTHER
    _body_printed_twice(lines, norms)
    _merge_wrapped(lines)
    return lines


def _body_printed_twice(lines: list[Line], norms: list[str]) -> None:
    """A page that prints its body twice (a mobile and a desktop copy saved together) repeats its paragraphs
    in the same order: 'A B C ... A B C'. Those repeats are no captions (a photo's caption repeats alone, next
    to its alt text): the first copy is read as prose, the later one stays set aside, so the report is told once."""
    shown = [i for i, line in enumerate(lines) if line.text]
    at = {i: n for n, i in enumerate(shown)}
    first: dict[str, int] = {}
    places: dict[str, list[int]] = {}
    for i in shown:
        first.setdefault(norms[i], i)
        places.setdefault(norms[i], []).append(i)

    def paired(i: int, step: int) -> bool:
        n = at[i] + step
        if not 0 <= n < len(shown):
            return False
        j = shown[n]
        if norms[j] == norms[i] or not lines[j].repeated or first[norms[j]] != j:
            return False
        for k in places[norms[i]][1:]:  # (the later copies of line i: its pair must sit beside it there too)
            m = at[k] + step
            if 0 <= m < len(shown) and norms[shown[m]] == norms[j]:
                return True
        return False

    for i in shown:
        line = lines[i]
        if line.kind == CAPTION and line.repeated and first[norms[i]] == i and is_prose(line.text) \
                and not posed(line.text) and (paired(i, 1) or paired(i, -1)):
            line.kind = PROSE


# "February 22, 2026 (KHARTOUM) – ...", "KHARTOUM, Feb 22 (Reuters) - ...": a line that opens with a dateline
# starts the article; the line above it (a photo's caption, a standfirst) is never wrapped into it
_OPENS_DATELINE = re.compile(
    r"(?:(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4})\s*\([A-Z][A-Za-z .,/\-]{1,40}\)"
    r"|[A-Z][A-Z'.\-]{2,}(?:\s+[A-Z][A-Z'.\-]+){0,2},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*\([A-Za-z .]{2,25}\))"
    r"\s*[\u2013\u2014\-:]+\s")
MAX_WRAPPED_LINES = 40  # a hard-wrapped paragraph of 40 lines at 72 columns is ~2,900 characters


def _merge_wrapped(lines: list[Line]) -> None:
    """Hard-wrapped paragraphs (text saved at 72 columns) become one prose line."""
    i = 0
    while i < len(lines) - 1:
        line = lines[i]
        # ("- Headline one" / "- Headline two": items of a list of links, each a line of its own, never
        # a paragraph wrapped at 72 columns; nor does a wrapped paragraph run on into a list's item)
        if line.kind in (TITLE, OTHER) and len(line.text) >= 45 and not _terminal(line.text) \
                and not (line.bullet and ((i + 1 < len(lines) and lines[i + 1].bullet) or (i > 0 and lines[i - 1].bullet))):
            j = i
            parts = [line]
            # bounded: a run of 10,000 headline-like lines must not be re-joined from every line
            while j + 1 < len(lines) and j - i < MAX_WRAPPED_LINES and lines[j + 1].text and lines[j + 1].kind in (TITLE, OTHER, PROSE) \
                    and not lines[j + 1].bullet and not _OPENS_DATELINE.match(lines[j + 1].text):
                nxt = lines[j + 1]
                parts.append(nxt)
                j += 1
                if nxt.kind == PROSE or _terminal(nxt.text):
                    break
                if len(nxt.text) < 45:
                    break
            joined = " ".join(p.text for p in parts)
            if len(parts) > 1 and (parts[1].text[:1].islower() or _terminal(parts[-1].text)) and is_prose(joined):
                first, last = parts[0], parts[-1]
                first.end = last.end
                first.text = joined
                first.kind = PROSE
                for p in parts[1:]:
                    p.kind = BLANK
                    p.text = ""
                i = j + 1
                continue
        i += 1
