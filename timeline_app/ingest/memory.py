"""The entity layer's record type, and what an article has named so far."""
from __future__ import annotations

from datetime import date
from dataclasses import dataclass, field

from ..names import fold_token
from .gazetteer import MOVEMENT, PERSON, person_key
from .tokens import token_texts

NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "abd", "ould", "ben", "de", "van", "von", "der", "da", "di", "del", "la", "le", "ul", "ad", "ar", "as", "ash", "az", "bek", "beg"})


_CHAIN_LINKS = frozenset({"bin", "bint", "ibn"})
UNNAMED_OFFICIAL = -3  # the t0 of a side named only by one unnamed official ("a Qatari minister", clause_parts)


@dataclass
class Ent:
    start: int
    end: int
    t0: int
    t1: int
    kind: str
    name: str
    surface: str
    country: str | None = None
    affiliation: str | None = None
    affiliation_kind: str | None = None
    title: str | None = None
    modifier: bool = False  # inside another person's title or apposition: not a participant
    variants: tuple[str, ...] = ()


@dataclass
class ArticleMemory:
    """People and movements an article has named so far, for surnames and 'the movement'.

    Indexed as people are added (by full name, by every name ending, by every inner part), so a
    chronology page naming 3,000 people costs the same per lookup as a short report.
    """

    people: list[Ent] = field(default_factory=list)
    movements: list[str] = field(default_factory=list)
    published: date | None = None  # the article's date: who held an office then ('the Iranian foreign minister')
    home: str | None = None  # the dateline's country: 'the parliament speaker' with no country named is of it
    _by_name: dict[str, Ent] = field(default_factory=dict)
    _by_ending: dict[str, Ent] = field(default_factory=dict)  # "marzouk", "abumarzouk" -> the first such person
    _by_inner: dict[str, list[Ent]] = field(default_factory=dict)  # "wang" (of Wang Yi) -> people
    tails: set[str] = field(default_factory=set)  # every ending of those keys: what a looked-up name's last word folds to, if it names anyone

    def clear(self) -> None:
        self.people.clear()
        self.movements.clear()
        self._by_name.clear()
        self._by_ending.clear()
        self._by_inner.clear()
        self.tails.clear()

    def add_found(self, ents: list[Ent], added: list[Ent]) -> None:
        """Entities a later reader found in a sentence (an office's holder, a paired counterpart): into
        the sentence's entity layer in text order, and remembered for the rest of the article."""
        if added:
            ents.extend(added)
            ents.sort(key=lambda e: e.start)
            self.remember(added)

    def remember(self, ents: list[Ent]) -> None:
        for e in ents:
            if e.kind == PERSON:
                known = self._by_name.get(e.name)
                if known is None:
                    self._add(e)
                elif not known.affiliation and e.affiliation:
                    known.affiliation, known.affiliation_kind = e.affiliation, e.affiliation_kind
            if e.kind == MOVEMENT:
                self.movements.append(e.name)

    def _add(self, person: Ent) -> None:
        self.people.append(person)
        self._by_name[person.name] = person
        parts = [fold_token(t) for t in word_tokens_text(person.name)]
        parts = [t for t in parts if t and t not in NAME_PARTICLES]
        for i in range(1, len(parts)):
            # a family name two people of the article share ('Sirajuddin Haqqani ... his brother Anas
            # Haqqani ... Haqqani held talks'): the one named first, whom the report is about
            self._by_ending.setdefault("".join(parts[i:]), person)
        raw = [t.lower() for t in word_tokens_text(person.name)]
        if len(parts) >= 3 and any(t in _CHAIN_LINKS for t in raw[1:-1]):
            # "Sheikh Mohammed Al Thani" after "Mohammed bin Abdulrahman bin Jassim Al Thani": a name chain is
            # shortened to its given and family names (a second such chain makes the short form nobody's)
            short = parts[0] + parts[-1]
            other = self._by_ending.get(short)
            self._by_ending[short] = person if other is None or other.name == person.name else _AMBIGUOUS
            self.tails.update(short[k:] for k in range(len(short)))
        for key in ("".join(parts[1:]), *parts[:-1]):  # (the others are endings of these)
            self.tails.update(key[k:] for k in range(len(key)))
        for part in set(parts[:-1]):
            holders = self._by_inner.setdefault(part, [])
            if len(holders) < 2:  # more than one holder makes the word ambiguous: two are enough to know
                holders.append(person)

    def by_part(self, tokens: list[str]) -> Ent | None:
        """The person of this article whose name ends with these tokens ("Bogdanov", "Abu
        Marzouk"); a single word may also be another part of one name only ("Wang" for Wang Yi)."""
        key = person_key(tokens)
        if not key:
            return None
        found = self._by_ending.get(key)
        if found is _AMBIGUOUS:
            return None
        if found is not None:
            return found
        if len(tokens) == 1:
            holders = self._by_inner.get(key, [])
            return holders[0] if len(holders) == 1 else None
        return None

    def last_movement(self) -> str | None:
        return self.movements[-1] if self.movements else None


_AMBIGUOUS = Ent(0, 0, 0, 0, PERSON, "", "")  # a short form two people of the article share


def word_tokens_text(text: str) -> list[str]:
    return token_texts(text)
