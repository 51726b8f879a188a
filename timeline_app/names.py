"""Name folding shared by the extractor (matching in text) and storage (matching across documents).

News transliterates the same Arabic, Persian or Russian name many ways (Marzouq / Marzook /
Marzuq / Marzouk; Zakharova / Zaharova; Haniyeh / Haniya). Folding maps such variants to one key
while keeping genuinely different names apart; curated aliases in resources/ cover what folding
cannot (Abu Mazen = Mahmoud Abbas).
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc\u02bb'`\u00b4]")
_HYPHENS = re.compile(r"[\-\u2010\u2011\u2012\u2013\u2014]")
_NON_ALNUM = re.compile(r"[^a-z0-9 ]+")
_DOUBLE = re.compile(r"(.)\1+")
# consonant spellings first, then y as a vowel, then vowel clusters, then single vowels
_DIGRAPHS = (
    ("q", "k"), ("ck", "k"), ("kh", "h"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("ph", "f"),
    ("sh", "s"), ("zh", "z"), ("ch", "c"), ("w", "v"), ("j", "i"), ("x", "ks"), ("y", "i"),
    ("ou", "u"), ("oo", "u"), ("ee", "i"), ("ei", "i"), ("ie", "i"), ("e", "a"), ("o", "u"),
)
# particles that come and go between spellings of the same name
PARTICLES = {"al", "el", "ul", "ad", "ar", "as", "at", "an", "az", "ash", "ibn"}
_TRAILING_H = re.compile(r"(?<=[aeiou])h\b")


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("\u0131", "i").replace("\u0130", "I").replace("\u00df", "ss")


@lru_cache(maxsize=65536)
def fold_token(token: str) -> str:
    """Fold one word: lower case, no accents, transliteration variants collapsed."""
    t = _NON_ALNUM.sub("", strip_accents(token).lower())
    t = _TRAILING_H.sub("", t)
    for a, b in _DIGRAPHS:
        t = t.replace(a, b)
    t = _DOUBLE.sub(r"\1", t)
    return t[:-1] if len(t) > 3 and t.endswith("ia") else t


def name_tokens(name: str) -> list[str]:
    """Surface tokens of a name with apostrophes dropped and hyphens as spaces."""
    text = _APOSTROPHES.sub("", strip_accents(name))
    text = _HYPHENS.sub(" ", text)
    return [t for t in re.split(r"[\s.,]+", text) if t]


def fold_name(name: str) -> str:
    """Key under which spelling variants of one name meet ("Abu Marzouq" == "Abu Marzuk")."""
    tokens = [fold_token(t) for t in name_tokens(name)]
    kept = [t for t in tokens if t and t not in PARTICLES]
    return " ".join(kept or [t for t in tokens if t])


def compact_key(name: str) -> str:
    """fold_name without spaces, so "Abdul Salam" == "Abdulsalam" and "Amir-Abdollahian" ==
    "Amirabdollahian"; this is the key stored for aliases."""
    return fold_name(name).replace(" ", "")


