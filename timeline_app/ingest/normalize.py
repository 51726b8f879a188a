"""Text as the matchers see it: NFC, without invisible format characters, with a map back.

A soft hyphen, zero-width space/joiner/non-joiner, word joiner, byte-order mark or bidi control
inside "Ismail Hani\u00adyeh" cut the name short, and a decomposed accent ("e" + U+0301) split it
into a new actor. The extractor matches on the cleaned text; every offset it reports is mapped
back through `OffsetMap`, so evidence still points into the stored text, which is never changed.

Linear in the text: the common case (nothing to clean) is one regex search and one
`unicodedata.is_normalized` call; otherwise only the lines that are not NFC are walked
character by character.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from .resources import load_json

# soft hyphen, Arabic letter mark, Mongolian vowel separator, zero-width space/non-joiner/joiner,
# LRM/RLM, bidi embeddings and overrides, word joiner and invisible operators, bidi isolates,
# byte-order mark / zero-width no-break space
INVISIBLE = re.compile("[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]+")
# "Mohammed Shia' al-Sudani": a transliteration's apostrophe (an ayn) at a name word's end, before the
# particle that goes on with the name, is no possessive: dropped like an invisible mark
_AYN_PARTICLE = "(?=\\s+(?:al|el|bin|ibn|bint|abu)[\\-\\s])"
DROPPED = re.compile(INVISIBLE.pattern + "|(?<=[a-z])['\u2019]" + _AYN_PARTICLE)
# Whether DROPPED matches anywhere, asked of every page: the same two alternatives with the character
# first, so re skips to the few characters that can open a match instead of trying both at every
# character (~95 -> ~11 us on a 3,000-character page); on ASCII text only the apostrophe can (~3 us)
_INVISIBLE_CHARS = INVISIBLE.pattern[:-1]  # the character class without its "+"
_MAY_DROP = re.compile(_INVISIBLE_CHARS[:-1] + "'\u2019]" + "(?:(?<=" + _INVISIBLE_CHARS + ")|(?<=[a-z]['\u2019])" + _AYN_PARTICLE + ")")
_MAY_DROP_ASCII = re.compile("'(?<=[a-z]')" + _AYN_PARTICLE)


def _drops_nothing(text: str) -> bool:
    """`DROPPED.search(text) is None`, faster (see `_MAY_DROP`)."""
    return (_MAY_DROP_ASCII if text.isascii() else _MAY_DROP).search(text) is None


@dataclass
class OffsetMap:
    """Offsets in the cleaned text -> offsets in the original text.

    Stored as breakpoints (clean offset, original offset) where the difference changes: between
    two breakpoints, both texts advance together.
    """

    clean: list[int] = field(default_factory=lambda: [0])
    original: list[int] = field(default_factory=lambda: [0])

    def add(self, clean_at: int, original_at: int) -> None:
        if self.original[-1] - self.clean[-1] == original_at - clean_at:
            return  # the same shift continues
        if self.clean[-1] == clean_at:
            self.original[-1] = original_at
        else:
            self.clean.append(clean_at)
            self.original.append(original_at)

    def to_original(self, offset: int) -> int:
        i = bisect_right(self.clean, offset) - 1
        return self.original[i] + offset - self.clean[i]

    @property
    def identity(self) -> bool:
        return len(self.clean) == 1 and self.original[0] == 0


class ChainedMap:
    """Two maps applied in turn: offsets in the final text -> the intermediate -> the original."""

    def __init__(self, first: OffsetMap, second: OffsetMap) -> None:
        self.first, self.second = first, second

    def to_original(self, offset: int) -> int:
        return self.first.to_original(self.second.to_original(offset))

    @property
    def identity(self) -> bool:
        return self.first.identity and self.second.identity


# words glued by scraping: "Khamenei,Foreign Minister", "Raisi,who said", "Zarifunderlined" (a name run into a reporting verb)
# (the punctuation first, its letters behind: re then skips to each comma and full stop instead of
# trying the look-behind at every character)
_GLUED_COMMA = re.compile(r",(?<=[a-z],)(?=[A-Z][a-z]|(?:who|which|whose|where|when|while|and|but|according|after|before)\b)|\.(?<=[a-z]{3}\.)(?=[A-Z][a-z]{2}|[A-Z][a-z]?\s)")  # also "Ali Shamkhani.Shamkhani told", "in Tehran.In the meeting"


@lru_cache(maxsize=1)
def _glued_verb() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A capitalised word run into a reporting verb, and the real words it must not be ("Withheld").
    The word opens with its capital, not with \\b ("[A-Z](?<!\\w[A-Z])" is "\\b[A-Z]"), so re skips to
    the capitals of the text; a match that is a kept word is dropped by its caller (no match can
    start inside it: it has no word boundary)."""
    words = load_json("triggers.json")
    verbs = "|".join(map(re.escape, words.get("glued_verbs", [])))
    kept = "|".join(map(re.escape, words.get("glued_words_kept", []))) or "(?!)"  # real words: "Withheld"
    guard = _run_ends_with(words.get("glued_verbs", []), r"\b")
    return re.compile(rf"[A-Z](?<!\w[A-Z]){guard}[a-z]{{3,20}}(?=(?:{verbs})\b)"), re.compile(rf"(?:{kept})\b")


def _run_ends_with(words: list[str], after: str) -> str:
    """A look-ahead that every match of "<capital>[a-z]{3,20}(?:words)" followed by `after` passes at
    its capital, when the words are lower-case letters (else none): the word's run of lower-case
    letters ends with one of the words, so with one of their last two letters, and `after` follows.
    Read in one pass without backtracking ([a-z]*+), it turns away at once the capitalised words
    that end otherwise (nearly all of a page's), which the pattern itself tried at every length
    from 20 letters down, each against every word (~60 -> ~15 us a page for the reporting verbs)."""
    if not words or not all(re.fullmatch("[a-z]{2,}", w) for w in words):
        return ""
    ends = "|".join(sorted({w[-2:] for w in words}))
    return rf"(?=[a-z]*+(?<={ends}){after})"


@lru_cache(maxsize=1)
def _glued_small() -> tuple[re.Pattern[str], frozenset[str]]:
    """A known surname run into the small word after it: "Mohammad Javad Zarifat the foreign
    ministry". Found as any capitalised word ending in a small word before a lower-case one, then
    kept only when what precedes the small word is a surname we know (one set look-up, no scan)."""
    small = "|".join(map(re.escape, load_json("triggers.json").get("glued_small_words", []))) or "(?!)"
    surnames = frozenset(n.split()[-1] for p in _known_people() for n in [p["name"], *p.get("aliases", [])])
    guard = _run_ends_with(load_json("triggers.json").get("glued_small_words", []), r"\s")
    return re.compile(rf"([A-Z](?<!\w[A-Z]){guard}[a-z]{{3,20}})(?:{small})(?=\s+[a-z])"), surnames  # (\b[A-Z]: see _glued_verb)


def _known_people() -> list[dict]:
    people = load_json("people.json") or {}
    more = load_json("more_people.json") or []
    return list(people.get("people", []) if isinstance(people, dict) else people) + list(more)


# "date 2023-11-09", "Published: 2023-11-09T10:15Z": a saved page's metadata field, an ISO day perhaps with
# its clock. Its one pattern: `stamp_apart` sets it apart when glued before the lede, and pubdate reads
# it (`stamp_day`) where it opens a header line or the lede under a headline.
_STAMP = (r"\s*(?:(?:date|published|posted|updated)\s*:?\s+)?(?P<day>(?:19|20)\d\d-[01]\d-[0-3]\d)"
          r"(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d)?Z?)?")
# "date 2023-11-09 Hamas' leader arrived ...": the stamp printed on the lede's own line; the space after it becomes a line break
_GLUED_STAMP = re.compile(r"\A" + _STAMP + r"(?P<gap> )(?=\S)", re.I)
_LINE_STAMP = re.compile(_STAMP + r"\b", re.I)


def _calendar_day(iso: str) -> date | None:
    try:
        return date.fromisoformat(iso)
    except ValueError:  # "2024-13-05": no day of the calendar
        return None


def stamp_day(line: str) -> tuple[date, tuple[int, int]] | None:
    """The day of a metadata stamp opening `line` and the day's span in it: a saved page's date
    field read with the same pattern that `stamp_apart` sets apart, so the two never disagree."""
    m = _LINE_STAMP.match(line)
    day = _calendar_day(m.group("day")) if m else None
    return (day, m.span("day")) if m and day else None


def stamp_apart(text: str) -> str:
    """The text with a metadata stamp glued before the lede set on its own line (same length, so
    every offset stays put): the stamp then reads as the page's date line, the publication day
    that "on Thursday" counts from, and not as the date of the lede's own report."""
    m = _GLUED_STAMP.match(text)
    if m is None or _calendar_day(m.group("day")) is None:
        return text
    return text[:m.start("gap")] + "\n" + text[m.end("gap"):]


def matching_text(text: str) -> tuple[str, OffsetMap | ChainedMap]:
    """`clean_text`, then a glued metadata stamp set apart and glued words split apart; offsets map back to `text`."""
    clean, first = clean_text(text)
    clean = stamp_apart(clean)
    spaced, second = _unglue(clean)
    return (clean, first) if second.identity else (spaced, ChainedMap(first, second))


def _unglue(text: str) -> tuple[str, OffsetMap]:
    mapping = OffsetMap()
    small, surnames = _glued_small()
    glued, kept = _glued_verb()
    cuts = sorted({m.end() for m in _GLUED_COMMA.finditer(text)} | {m.end() for m in glued.finditer(text) if not kept.match(text, m.start())}
                  | {m.end(1) for m in small.finditer(text) if m.group(1) in surnames})
    if not cuts:
        return text, mapping
    out, previous = [], 0
    for n, cut in enumerate(cuts):
        out.append(text[previous:cut])
        out.append(" ")
        mapping.add(cut + n + 1, cut)  # after the inserted space, the text resumes at `cut`
        previous = cut
    out.append(text[previous:])
    return "".join(out), mapping


def clean_text(text: str) -> tuple[str, OffsetMap]:
    """The text to match on, and the map from its offsets back to `text`'s."""
    mapping = OffsetMap()
    if _drops_nothing(text) and unicodedata.is_normalized("NFC", text):
        return text, mapping
    out: list[str] = []
    size = 0  # length of the cleaned text so far
    position = 0
    for m in list(DROPPED.finditer(text)) + [None]:
        end = m.start() if m is not None else len(text)
        size = _append_nfc(text, position, end, out, size, mapping)
        if m is not None:
            position = m.end()
            mapping.add(size, position)
    return "".join(out), mapping


def _append_nfc(text: str, start: int, end: int, out: list[str], size: int, mapping: OffsetMap) -> int:
    """Append text[start:end] in NFC, line by line; returns the new cleaned length."""
    piece = text[start:end]
    if unicodedata.is_normalized("NFC", piece):
        mapping.add(size, start)
        out.append(piece)
        return size + len(piece)
    at = start
    for line in piece.splitlines(keepends=True):
        mapping.add(size, at)
        if unicodedata.is_normalized("NFC", line):
            out.append(line)
            size += len(line)
        else:
            size = _append_clusters(line, at, out, size, mapping)
        at += len(line)
    return size


def _append_clusters(line: str, at: int, out: list[str], size: int, mapping: OffsetMap) -> int:
    """A base character with its combining marks composes as one unit, mapped to the base."""
    i = 0
    while i < len(line):
        j = i + 1
        while j < len(line) and unicodedata.combining(line[j]):
            j += 1
        composed = unicodedata.normalize("NFC", line[i:j])
        mapping.add(size, at + i)
        out.append(composed)
        size += len(composed)
        mapping.add(size, at + j)
        i = j
    return size
