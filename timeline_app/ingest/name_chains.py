"""Arabic name chains and the gaps that join words into one name: 'Mohammed bin Abdulrahman bin
Jassim Al Thani' is one person however many links it has (used by people and entities)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .gazetteer import Memo
from .tokens import Token

if TYPE_CHECKING:
    from .memory import Ent

_GAP = re.compile(r"^(?:\s|-|\u2010|\u2011)*$")
# joins_name(gap): does the text between two words join them into one name (spaces and hyphens only)?
# Memoised per gap: asked ~500 times a page for a handful of distinct gaps, where a regex match
# costs seven times a dict look-up.
joins_name = Memo(lambda gap: _GAP.match(gap) is not None).__getitem__


CHAIN_LINK = frozenset({"bin", "ibn", "bint", "ben"})


def is_chain(names: list[str]) -> bool:
    """'Badr bin Hamad bin Hamood' (before a known 'Albusaidi'): given name, then father's and
    grandfather's names joined by links -- one person however many links it has."""
    return len(names) >= 3 and all(w.lower() in CHAIN_LINK for w in names[1::2]) and len(names) % 2 == 1


def opens_chain(toks: list[Token], gaps: list[str], i: int) -> bool:
    """'Sultan bin Mohammed al-X': a title word right before 'bin' is the given name opening a
    name chain (a title names the man after it: 'Sultan Haitham bin Tariq')."""
    return i + 2 < len(toks) and toks[i + 1].text.lower() in CHAIN_LINK and joins_name(gaps[i]) and toks[i + 2].capitalized


def chain_end(toks: list[Token], gaps: list[str], j: int) -> int:
    """'Mohammed bin Abdulrahman' + 'bin Jassim Al Thani': an Arabic name chain is one person,
    so the known name extends over the links that follow it (never a second person)."""
    n = len(toks)
    while j + 1 < n and toks[j].text.lower() in CHAIN_LINK and toks[j + 1].capitalized and all(
            joins_name(gaps[k]) for k in (j - 1, j)):
        j += 2
        if j + 1 < n and toks[j].text.lower() in ("al", "aal", "el") and toks[j + 1].capitalized and all(
                joins_name(gaps[k]) for k in (j - 1, j)):
            j += 2
    return j


FAMILY_ARTICLES = frozenset({"al", "aal", "el"})


def chain_short_forms(toks: list[Token], gaps: list[str], i: int) -> tuple[int, list[list[str]]]:
    """'Badr bin Hamad bin Hamoud bin Hamad Al Busaidi' (a chain longer than any spelling the lists
    know): its end, and the shorter form one writes for the same man -- the given name, the
    father's name and the family ('Badr bin Hamad Al Busaidi') -- to look up when the whole chain is
    not known (not the given name and the family alone: 'Mohammed Al Thani' is many men). (0, []) when
    no chain of two links or more ending in a family name opens at i."""
    n, j, links = len(toks), i + 1, 0
    while j + 1 < n and toks[j].text.lower() in CHAIN_LINK and toks[j + 1].capitalized and joins_name(gaps[j - 1]) and joins_name(gaps[j]):
        j, links = j + 2, links + 1
    if links < 2 or not (j + 1 < n and toks[j].text.lower() in FAMILY_ARTICLES and toks[j + 1].capitalized
                         and joins_name(gaps[j - 1]) and joins_name(gaps[j])):
        return 0, []
    given, father, family = toks[i].text, toks[i + 2].text, [toks[j].text, toks[j + 1].text]
    return j + 2, [[given, toks[i + 1].text, father, *family]]


# "Kim Jong-un", "Kang Kyung-wha": a Korean given name's second syllable, lower case after a hyphen;
# words that are no syllable ("Biden-led", "Hamas-run", "Soviet-era") stay out
_NOT_SYLLABLES = frozenset({"led", "run", "era", "old", "made", "born", "like", "wide", "free", "held", "type", "bound", "year", "day", "way", "up", "in"})
_SYLLABLE = re.compile(r"[a-z]{2,4}")


def given_name_syllable(toks: list[Token], gaps: list[str], i: int, j: int) -> bool:
    """Does toks[j] close a name begun at toks[i] as the lower-case syllable of a hyphenated given
    name? Only after two capitalised words at least ("Kim Jong-un", not "Seoul-based"), glued by a
    hyphen, and the word ends there."""
    return j >= i + 2 and gaps[j - 1] in ("-", "\u2010", "\u2011") and toks[j - 1].capitalized \
        and _SYLLABLE.fullmatch(toks[j].text) is not None and toks[j].text not in _NOT_SYLLABLES \
        and (j + 1 >= len(toks) or gaps[j][:1] not in ("-", "\u2010", "\u2011"))


def own_short_word(person: "Ent | None", names: list[str]) -> "Ent | None":
    """The person a one-word name stands for, unless it is a short word that only folds like his
    ("On Wednesday" is not Kim Jong Un's "Un"): a word of three letters or less must be his own."""
    if person is None or len(names) != 1 or len(names[0]) > 3:
        return person
    return person if names[0].lower() in person.name.lower().replace("-", " ").split() else None
