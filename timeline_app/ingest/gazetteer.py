"""Known actors and places, loaded from resources/ and indexed for token lookup.

People are indexed by folded spelling (so "Mihail Bogdanov" finds "Mikhail Bogdanov"),
organisations and places by their lower-cased tokens. Nothing here is specific to one
article: adding a delegation, a person or a city means editing a data file.
"""
from __future__ import annotations

from bisect import bisect_left

from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from ..names import PARTICLES, fold_token, strip_accents
from .resources import load_json, load_lines

PERSON, MOVEMENT, GOVERNMENT, ORGANISATION, COUNTRY, CITY, REGION, ADJECTIVE = (
    "person", "movement", "government", "organisation", "country", "city", "region", "adjective",
)
ORG_KINDS = (MOVEMENT, GOVERNMENT, ORGANISATION)


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str
    country: str | None = None  # cities: their country; organisations: their home country
    affiliation: str | None = None  # people: organisation or country
    title: str | None = None
    weak: bool = False  # a one-word alias of a person: trusted only when nothing else claims it


class Memo(dict):
    """word -> f(word), computed on the first ask. Its __getitem__ is a plain dict look-up (C), about
    half the cost of an lru_cache hit: these are asked for every word of every sentence."""

    def __init__(self, f) -> None:
        super().__init__()
        self.f = f

    def __missing__(self, word: str) -> str:
        if len(self) >= 65536:  # bounded: a huge file's words do not pile up
            self.clear()
        value = self[word] = self.f(word)
        return value


def org_key(tokens: list[str]) -> tuple[str, ...]:
    return tuple(map(_lower_plain, tokens))  # (map: no generator frame; asked for every name length tried)


def _plain_lower(token: str) -> str:
    return strip_accents(token).lower()


_lower_plain = Memo(_plain_lower).__getitem__
lower_plain = _lower_plain  # one word's org_key (org_key([word])[0])
_folded = Memo(fold_token).__getitem__  # a word is folded once, not at every name length tried
folded_word = _folded  # one word as person_key folds it


# a regnal numeral after a name ('Abdullah II', 'Charles III'): kept apart in a key, so that the
# numeral's folded letters do not run into the name ('Abdullah'+'II' is not 'Abdoulaye')
_REGNAL = frozenset({"II", "III", "IV", "VI", "VII", "VIII"})


def person_key(tokens: list[str]) -> str:
    folded = [_folded(t) for t in tokens]
    if len(tokens) > 1 and not _REGNAL.isdisjoint(tokens[1:]):
        folded = [folded[0]] + ["#" + t.lower() if t in _REGNAL else f for t, f in zip(tokens[1:], folded[1:])]
    kept = [t for t in folded if t and t not in PARTICLES]
    return "".join(kept or folded)


@dataclass
class Gazetteer:
    orgs: dict[tuple[str, ...], Entity] = field(default_factory=dict)
    acronyms: dict[str, Entity] = field(default_factory=dict)  # matched case-sensitively
    places: dict[tuple[str, ...], Entity] = field(default_factory=dict)
    people: dict[str, Entity] = field(default_factory=dict)
    adjectives: dict[tuple[str, ...], str] = field(default_factory=dict)  # "russian" -> "Russia"
    org_adjectives: dict[tuple[str, ...], Entity] = field(default_factory=dict)  # "houthi" -> Houthis
    capitals: dict[str, str] = field(default_factory=dict)  # country -> capital
    governments: dict[str, Entity] = field(default_factory=dict)  # country -> the actor that governs it
    de_facto: dict[str, tuple[Entity, str]] = field(default_factory=dict)  # country -> (ruler, since YYYY-MM)
    agencies: dict[str, str] = field(default_factory=dict)  # state body -> its country
    metonyms: dict[tuple[str, ...], str] = field(default_factory=dict)  # "kremlin" -> "Russia"
    acronym_keys: frozenset[tuple[str, ...]] = frozenset()  # keys only an acronym alias spells ("sadr"): read in capitals only
    short_names: dict[tuple[str, ...], Entity] = field(default_factory=dict)  # "jihad" -> Palestinian Islamic Jihad (before "delegation")
    first_names: frozenset[str] = frozenset()

    blocked: frozenset[str] = frozenset()  # lower-case words never part of a person's name
    not_places: frozenset[str] = frozenset()  # capitalised words after "in" that are not towns
    honorifics: frozenset[tuple[str, ...]] = frozenset()
    roles: frozenset[tuple[str, ...]] = frozenset()
    role_heads: tuple[str, ...] = ()  # longest first, for prefix tests
    role_head_set: frozenset[str] = frozenset()  # the same, for the per-name membership tests of people.title_before
    max_len: int = 1
    person_len: int = 6  # words of the longest known person's spelling ('Badr bin Hamad bin Hamoud Al Busaidi': 7)

    def government(self, country: str) -> Entity:
        return self.governments.get(country) or Entity(country, GOVERNMENT, country=country)

    def short_name(self, word: str) -> Entity | None:
        """The body a bare word stands for before a group noun ("the Jihad delegation": Islamic Jihad's;
        organisations.json 'short_names', never read alone: "Jihad Azour" is a man)."""
        return self.short_names.get(org_key([word]))

    @cached_property
    def people_by_surname(self) -> dict[str, list[Entity]]:
        """Known people by their last name (person_key), for 'M. Salah' (a ministry readout's initials)."""
        out: dict[str, list[Entity]] = {}
        for entity in {e.name: e for e in self.people.values()}.values():
            words = entity.name.split()
            if len(words) >= 2:
                out.setdefault(person_key(words[-1:]), []).append(entity)
        return out

    @cached_property
    def uncased_acronyms(self) -> bool:
        """Does an acronym open with a letter that has no case (so its word is not capitalised)? Then
        every word of a sentence is asked whether it is an acronym, not the capitalised ones only."""
        return any(not key[:1].isupper() for key in self.acronyms)

    @cached_property
    def _person_keys(self) -> list[str]:
        return sorted(self.people)

    def may_open_person(self, token: str) -> bool:
        """False when no known person's name can start with this word (asked for every capitalised
        word of every sentence: answered once per word)."""
        return self._opens_person[token]

    @cached_property
    def _opens_person(self) -> Memo:
        return Memo(self._may_open_person)

    def _may_open_person(self, token: str) -> bool:
        """The key of a name that starts with this word (person_key) would start with the word
        folded, unless the word is a particle or folds to nothing, and no key does."""
        folded = _folded(token)
        if not folded or folded in PARTICLES:
            return True
        keys = self._person_keys
        at = bisect_left(keys, folded)
        return at < len(keys) and keys[at].startswith(folded)

    @cached_property
    def longest_from(self) -> dict[str, int]:
        """For each first word of an organisation, place, adjective or metonym name, the length in
        words of the longest such name: a sentence's word that opens none is not looked up at all."""
        out: dict[str, int] = {}
        for names in (self.orgs, self.places, self.org_adjectives, self.metonyms, self.adjectives):
            for key in names:
                if key:
                    out[key[0]] = max(out.get(key[0], 0), len(key))
        return out

    def home_of(self, government: str) -> str:
        """The country a government actor governs ('Government of Lebanon' -> 'Lebanon'); a bare country name is its own home."""
        for country, gov in self.governments.items():
            if gov.name == government:
                return country
        return government

    def is_given_name(self, token: str) -> bool:
        return _lower_plain(token) in self.first_names

    def state_of(self, organisation: str) -> str | None:
        """The country a state body (Mossad, Egypt's General Intelligence Service) acts for."""
        return self.agencies.get(organisation)

    def ruler(self, government: str, when: str | None) -> Entity | None:
        """The de facto ruler standing for a country's government at a date (None: no change).

        Undated events are taken to be recent: news about them is read today.
        """
        ruled = self.de_facto.get(government)
        if ruled is None:
            return None
        org, since = ruled
        return org if when is None or when[:7] >= since else None


def _tokens(text: str) -> list[str]:
    from .tokens import token_texts

    return token_texts(text)


def _add(index: dict, key, entity: Entity) -> None:
    if key and key not in index:
        index[key] = entity


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    g = Gazetteer()
    max_len = 1
    countries = load_json("countries.json") or []
    if isinstance(countries, dict):
        countries = countries.get("countries", [])
    for c in countries:
        name = c["name"]
        country = Entity(name, COUNTRY, country=name)
        for alias in [name, *c.get("aliases", [])]:
            toks = _tokens(alias)
            if alias.replace(".", "").isupper() and len(alias.replace(".", "")) <= 4:
                g.acronyms.setdefault(alias.replace(".", ""), country)
            else:
                _add(g.places, org_key(toks), country)
            max_len = max(max_len, len(toks))
        for adj in c.get("adjectives", []):
            _add(g.adjectives, org_key(_tokens(adj)), name)
        capital = c.get("capital")
        if capital:
            g.capitals[name] = capital
            for alias in [capital, *c.get("capital_aliases", [])]:
                _add(g.places, org_key(_tokens(alias)), Entity(capital, CITY, country=name))
        for city in c.get("cities", []):
            _add(g.places, org_key(_tokens(city)), Entity(city, CITY, country=name))
        for city, aliases in (c.get("city_aliases") or {}).items():
            for alias in aliases:
                _add(g.places, org_key(_tokens(alias)), Entity(city, CITY, country=name))
        for metonym in c.get("government_metonyms", []):
            _add(g.metonyms, org_key(_tokens(metonym)), name)
    regions = load_json("regions.json") or {}
    for region in regions.get("regions", []):
        _add(g.places, org_key(_tokens(region)), Entity(region, REGION))
    city_country = {e.name: e.country for e in g.places.values() if e.kind == CITY}
    for venue, city in (regions.get("venues") or {}).items():
        toks = _tokens(venue)
        if toks and toks[0].lower() == "the":
            toks = toks[1:]
        g.places[org_key(toks)] = Entity(city, CITY, country=city_country.get(city))
        max_len = max(max_len, len(toks))
    acronym_only: set[tuple[str, ...]] = set()
    spelled: set[tuple[str, ...]] = set()
    for o in (load_json("organisations.json") or {}).get("organisations", []):
        org = Entity(o["name"], o["kind"], country=o.get("country"))
        if o["kind"] == GOVERNMENT and o.get("country"):
            g.governments[o["country"]] = org
        if o["kind"] == ORGANISATION and o.get("country"):
            g.agencies[o["name"]] = o["country"]
        if o.get("country") and o.get("governs_since"):
            g.de_facto[o["country"]] = (org, o["governs_since"])
        for alias in [o["name"], *o.get("aliases", [])]:
            bare = alias.replace(".", "")
            if bare.isupper() and len(bare) <= 5:
                g.acronyms.setdefault(bare, org)
                if alias != o["name"] and bare.isalpha():
                    acronym_only.add(org_key(_tokens(alias)))  # ("SADR" is read in capitals only: "the Sadr delegation" is no Polisario one)
            else:
                spelled.add(org_key(_tokens(alias)[1:] if _tokens(alias)[:1] == ["the"] else _tokens(alias)))
            toks = _tokens(alias)
            if toks and toks[0].lower() == "the":
                toks = toks[1:]
            _add(g.orgs, org_key(toks), org)
            max_len = max(max_len, len(toks))
        for adj in o.get("adjectives", []):
            _add(g.org_adjectives, org_key(_tokens(adj)), org)
        for short in o.get("short_names", []):
            g.short_names[org_key(_tokens(short))] = org
    g.acronym_keys = frozenset(acronym_only - spelled)
    people = []
    for source in ("people.json", "more_people.json"):
        data = load_json(source)
        people.extend(data.get("people", []) if isinstance(data, dict) else (data or []))
    for p in people:
        affiliation = p.get("affiliation")
        person = Entity(p["name"], PERSON, affiliation=affiliation, title=p.get("title"))
        for alias in [p["name"], *p.get("aliases", [])]:
            toks = _tokens(alias)
            if not toks:
                continue
            key = person_key(toks)
            if len(toks) == 1:
                weak = Entity(p["name"], PERSON, affiliation=affiliation, title=p.get("title"), weak=True)
                if key in g.people and g.people[key].name != p["name"]:
                    continue
                g.people.setdefault(key, weak)
            elif key not in g.people or g.people[key].weak:
                g.people[key] = person
            max_len = max(max_len, len(toks))
            g.person_len = max(g.person_len, len(toks))
    g.max_len = max_len
    # exact (accent-free, lower-case) spellings: folding would make "Jin" a match for "In"
    g.first_names = frozenset(_lower_plain(n) for n in load_lines("first_names.txt"))
    titles = load_json("titles.json") or {}
    g.honorifics = frozenset(org_key(_tokens(h)) for h in titles.get("honorifics", []))
    g.roles = frozenset(org_key(_tokens(r)) for r in titles.get("roles", []))
    g.role_heads = tuple(sorted(titles.get("role_heads", []), key=len, reverse=True))
    g.role_head_set = frozenset(g.role_heads)
    blocked = {w.lower() for w in regions.get("non_person_words", [])}
    # words of titles never start a name, except given names that also occur in titles ("Amir")
    title_words = {w for r in g.roles | g.honorifics for w in r if len(w) > 2}
    blocked.update(w for w in title_words if w not in g.first_names)
    from .dates import MONTHS, WEEKDAYS

    blocked.update(m for m in MONTHS if len(m) > 3)
    blocked.update(d for d in WEEKDAYS if len(d) > 3)
    g.blocked = frozenset(blocked)
    g.not_places = frozenset(w.lower() for w in regions.get("not_places", []))
    return g
