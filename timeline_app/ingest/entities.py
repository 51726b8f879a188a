"""Find people, organisations and places in a sentence, with affiliation and role.

Known actors come from the gazetteer (spelling variants folded). Unknown people are found by
general cues: a capitalised run that starts with a known given name, follows a title
("Deputy Foreign Minister <Name>") or carries a role apposition ("<Name>, the head of ...").
A lone surname ("Bogdanov") is resolved against the people the article already named.
Affiliation and title come from the words around the name (`person_roles`: "Iran's Deputy
Foreign Minister", ", a member of the Hamas political bureau"), falling back on the gazetteer.
"""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import accumulate, compress
from operator import itemgetter, not_
from functools import lru_cache

from .gazetteer import (
    ADJECTIVE, CITY, COUNTRY, GOVERNMENT, MOVEMENT, PERSON, Entity, Gazetteer, gazetteer, lower_plain, org_key, person_key,
)
from .entity_gate import holds_no_name
from .counterparts import counterpart_holders, paired_office_holders
from .offices import office_holders
from .person_roles import attach_roles, kind_of
from .memory import NAME_PARTICLES, ArticleMemory, Ent
from .initials import initialled_people
from .name_chains import chain_short_forms
from .name_chains import given_name_syllable
from .people import CHAIN_LINK, attributive_countries, chain_end, find_unknown_people, joins_name, possessive_groups, title_before
from .resources import load_json
from .tokens import Token, tokens_and_gaps

_GAP_POSSESSIVE = re.compile(r"^['\u2019]s\s+$")
# "Rafic Hariri International Airport", "King Fahd Stadium": a place named after a person
_NAMED_AFTER = re.compile(
    r"^(?:['\u2019]s)?\s+(?:International\s+)?(?:Airport|Air\s+Base|Stadium|Hospital|University|Street|Avenue|Square|Mosque|"
    r"Palace|Port|Center|Centre|Hall|Hotel|Foundation|Institute|School|Bridge|Tower|Highway|Boulevard|Library|Museum|Park|Sports\s+City)\b"
)
# (also "a Foreign Office statement", "the Kremlin's readout": the seat's words, not a side at the talks)
_SEAT_SPEAKS = re.compile(r"\s+(?:also\s+)?(?:said|says|added|announced|stated|confirmed|noted|reported|declined)\b"
                          r"|(?:['\u2019]s)?\s+(?:statement|readout|press\s+release|communiqu[e\u00e9])\b")
_AT_SEAT = re.compile(r"\b(?:at|in|outside|inside)\s+the\s+$", re.I)
_WHOSE = re.compile(r",\s+whose\s+[^,;.]*")
_CAPITALIZED = itemgetter(3)  # Token.capitalized (an item getter: no attribute look-up per word)


def _name_goes_on(toks: list[Token], i: int, j: int, joined, g: Gazetteer) -> bool:
    """A capitalised word joined to the one-word name at i..j that is neither a particle, a word never in
    a name, nor the start of another known person: the name at i is the first of a longer one."""
    if j >= len(toks) or not toks[j].capitalized or not joined(i, j + 1):
        return False
    low = toks[j].text.lower()
    return low not in NAME_PARTICLES and low not in g.blocked and g.people.get(person_key([toks[j].text])) is None


def recognize(text: str, offset: int = 0, memory: ArticleMemory | None = None) -> list[Ent]:
    """Entities in text (a sentence starting at absolute offset `offset`), in text order."""
    g = gazetteer()
    memory = memory or ArticleMemory()
    if holds_no_name(text, memory, g):  # most sentences (entity_gate.py): only an office phrase can name someone
        ents: list[Ent] = []
        office_holders(text, offset, ents, memory, g)
        counterpart_holders(text, offset, ents, memory, g)
        paired_office_holders(text, offset, ents, memory, g)
        return ents
    toks, gaps = tokens_and_gaps(text)
    taken = [False] * len(toks)
    ents = []
    lowered: tuple[str, ...] = ()  # org_key of every word, made once a word opens a known name (most sentences: none)

    # breaks[k]: how many gaps before token k do not join words into one name (so "joined" is O(1))
    breaks = [*accumulate(map(not_, map(joins_name, gaps)), initial=0), 0]  # (no Python loop: ~40% less)

    def joined(i: int, j: int) -> bool:
        return j - 1 <= i or breaks[j - 1] == breaks[i]

    def add(i: int, j: int, entity: Entity, kind: str | None = None) -> Ent:
        ent = Ent(
            toks[i].start + offset, toks[j - 1].end + offset, i, j, kind or entity.kind, entity.name,
            text[toks[i].start:toks[j - 1].end], country=entity.country, affiliation=entity.affiliation,
            title=entity.title,
        )
        if ent.kind == PERSON and entity.affiliation:
            ent.affiliation_kind = kind_of(g, entity.affiliation)
        for k in range(i, j):
            taken[k] = True
        ents.append(ent)
        return ent

    # every stage below opens a name at a capitalised word only: the loops visit those words alone
    # (most words of a sentence are lower case; a sentence of filler prose has one capital, its first)
    caps = list(compress(range(len(toks)), map(_CAPITALIZED, toks)))

    # 1. known people (longest match), then organisations and places
    resume = 0  # a match goes on from its end
    for i in caps:
        if i < resume:
            continue
        if not (i >= 2 and toks[i - 1].text.lower() in CHAIN_LINK and toks[i - 2].capitalized) \
                and g.may_open_person(toks[i].text):  # not inside a chain ("Khalid bin Mohammed bin Zayed": not Mohammed bin Zayed)
            for length in range(min(g.person_len, len(toks) - i), 0, -1):  # (a long Arabic chain the lists spell out whole)
                j = i + length
                syllable = given_name_syllable(toks, gaps, i, j - 1)  # "Kim Jong-un": the known name's last syllable
                if not (toks[j - 1].capitalized or syllable) or not joined(i, j):
                    continue
                if any(not (t.capitalized or t.text.lower() in NAME_PARTICLES) for t in toks[i:j - 1 if syllable else j]):
                    continue
                entity = g.people.get(person_key([t.text for t in toks[i:j]]))
                if entity is None or (entity.weak and _claimed_by_other(memory, entity, toks[i].text)):
                    continue
                # (a particle does not count: "Khalid Al-Mishri" holds the one word "Mishri", a surname of another man)
                words = length - sum(t.text.lower() in NAME_PARTICLES for t in toks[i:j])
                if entity.weak and words == 1 and (_after_name_part(toks, gaps, i, g, entity.name) and not (length > words and _run_opens_with(toks, gaps, i, entity.name))
                                                    or (toks[i].text.lower(),) in g.honorifics):
                    continue  # "Ali Abu Shaheen": the end of another person's name, not Suhail Shaheen; "Haji Mohammad": a title, not al-Hayya
                if entity.weak and words == 1 and _name_goes_on(toks, i, j, joined, g) and title_before(text, toks, i, g):
                    continue  # "Ambassador Burhan Koroglu": a titled man's given name, his surname after it, not al-Burhan
                j = chain_end(toks, gaps, j)
                add(i, j, replace(entity, weak=False))
                resume = j
                break
            else:
                end, forms = chain_short_forms(toks, gaps, i)
                known = [e for e in (g.people.get(person_key(f)) for f in forms) if e is not None and not e.weak]
                if known:
                    add(i, end, replace(known[0], weak=False))  # "Badr bin Hamad bin Hamoud bin Hamad Al Busaidi": Badr bin Hamad Al Busaidi
                    resume = end
    initialled_people(text, toks, gaps, taken, g, add)
    longest_from = g.longest_from
    # (an acronym is upper case, so capitalised, unless one opens with a letter that has no case)
    for i in (caps if not g.uncased_acronyms else range(len(toks))):
        if taken[i]:
            continue
        tok = toks[i]
        if tok.text in g.acronyms and tok.text.isupper():
            add(i, i + 1, g.acronyms[tok.text])
            continue
        if (dotted := _dotted_acronym(toks, gaps, i)) and not any(taken[i:dotted[0]]) and dotted[1] in g.acronyms:
            _mark_owner(text, add(i, dotted[0], g.acronyms[dotted[1]]), tok.start, toks[dotted[0] - 1].end)  # "U.S. officials", "the U.N. envoy": spelt with stops
            continue
        if not tok.capitalized or (first := lower_plain(tok.text)) not in longest_from:
            continue  # no organisation, place or adjective opens with this word
        lowered = lowered or org_key([t.text for t in toks])
        for length in range(min(g.max_len, longest_from[first], len(toks) - i), 0, -1):
            j = i + length
            if any(taken[i:j]) or not joined(i, j) and length > 1:
                continue
            key = lowered[i:j]  # org_key of the tokens, folded once per sentence
            if not toks[j - 1].text[:1].isupper() and length > 1:
                continue
            entity = g.orgs.get(key) or g.places.get(key)
            if entity is not None and length == 1 and key in g.acronym_keys and not toks[i].text.isupper():
                entity = g.places.get(key)  # "Sadr" is not the "SADR" of an alias
            if entity is not None and length == 1 and _first_name_of_titled_person(text, toks, gaps, taken, i, g):
                break  # "Foreign Minister Israel Katz": a given name, not the country
            if entity is not None and entity.kind in (CITY, COUNTRY) and _after_given_name(toks, gaps, taken, i, g):
                break  # "Carlos Mendoza": a surname, not the Argentine city
            if entity is not None:
                _mark_owner(text, add(i, j, entity), toks[i].start, toks[j - 1].end)
                break
            if key in g.org_adjectives:
                _mark_owner(text, add(i, j, g.org_adjectives[key]), toks[i].start, toks[j - 1].end)
                break
            if key in g.metonyms:
                country = g.metonyms[key]
                seat = add(i, j, g.government(country), GOVERNMENT)
                # "the Foreign Office said", "talks at the Foreign Office": a seat that speaks or hosts is no side
                seat.modifier = bool(_SEAT_SPEAKS.match(text, toks[j - 1].end) or _AT_SEAT.search(text, 0, toks[i].start))
                break
            if key in g.adjectives:
                country = g.adjectives[key]
                add(i, j, Entity(country, ADJECTIVE, country=country))
                break
    _elided_compass_countries(toks, gaps, taken, ents, add, g)
    # 2. unknown people: capitalised runs with a given name, a title before or a role after
    find_unknown_people(text, offset, toks, gaps, taken, ents, memory, g)
    ents[:] = [e for e in ents if not (e.kind == PERSON and _NAMED_AFTER.match(text[e.end - offset:]))]
    if "'" in text or "\u2018" in text or "\u201c" in text or '"' in text:
        ents[:] = [e for e in ents if not _given_name_before_nickname(text, offset, e, ents)]
    ents.sort(key=lambda e: e.start)
    _capital_phrases(text, offset, ents, g)
    possessive_groups(text, offset, ents, g)
    attributive_countries(text, offset, ents)
    for m in _WHOSE.finditer(text):  # "met X, whose country mediates between A and B": A and B are description
        for e in ents:
            if e.kind != PERSON and m.start() <= e.start - offset < m.end():
                e.modifier = True
    attach_roles(text, offset, toks, gaps, ents, memory, g)  # title and side of each person (person_roles)
    office_holders(text, offset, ents, memory, g)  # "the Iranian foreign minister": who held the office
    counterpart_holders(text, offset, ents, memory, g)  # "his Omani counterpart": the holder of the same office there
    paired_office_holders(text, offset, ents, memory, g)  # "Iranian and Omani foreign ministers": both holders
    return ents


_COMPASS = frozenset({"North", "South", "East", "West"})


def _elided_compass_countries(toks: list[Token], gaps: list[str], taken: list[bool], ents: list[Ent], add, g: Gazetteer) -> None:
    """'North and South Korea', 'South and North Sudan': the first point of the compass shares the
    name after the second, so it names a country of its own (when that country is known)."""
    for e in [x for x in ents if x.kind == COUNTRY and x.t1 - x.t0 == 2 and toks[x.t0].text in _COMPASS]:
        i = e.t0 - 2
        if i < 0 or taken[i] or toks[i].text not in _COMPASS or toks[i + 1].text != "and" or not joins_name(gaps[i]):
            continue
        entity = g.places.get(org_key([toks[i].text, toks[e.t0 + 1].text]))
        if entity is not None and entity.kind == COUNTRY and entity.name != e.name:
            add(i, i + 1, entity)


def _dotted_acronym(toks: list[Token], gaps: list[str], i: int) -> tuple[int, str] | None:
    """'U.S.', 'U.N.': single capital letters each followed by a stop spell one acronym; the end
    token and the letters joined ('US'), or None (tokens split at the stops, so no name joins them)."""
    j = i
    while j < len(toks) and len(toks[j].text) == 1 and toks[j].text.isupper() and j < len(gaps) and gaps[j].startswith("."):
        j += 1
        if not gaps[j - 1] == ".":
            break
    if j - i < 2 or not gaps[j - 1].startswith("."):
        return None
    return j, "".join(t.text for t in toks[i:j])


@lru_cache(maxsize=1)
def _owned_things() -> re.Pattern[str]:
    words = load_json("group_things.json")
    nouns = "|".join(re.escape(w) for w in sorted(words["nouns"], key=len, reverse=True))
    suffixes = "|".join(re.escape(w) for w in words["hyphen_suffixes"])
    # ("a dispute over Hezbollah's arsenal": a possessive before the thing owns it as well)
    return re.compile(r"(?:(?:['\u2019]s)?\s+(?:" + nouns + r")|[\-\u2010\u2011](?:" + suffixes + r"))\b", re.I)


# "held the U.S. administration responsible for ...": whom a speaker blames, no side of the meeting
_HELD_BEFORE = re.compile(r"\b(?:held|holds|holding|hold)\s+(?:the\s+)?$", re.I)
_RESPONSIBLE_AFTER = re.compile(r"(?:\.?\s+(?:administration|government|regime|leadership|authorities))?\s+(?:fully\s+|directly\s+)?(?:responsible|accountable|liable)\b", re.I)


def _mark_owner(text: str, ent: Ent, start: int, end: int) -> None:
    """'struck Houthi targets', 'the Hamas-run ministry': the movement owns a thing there; it is no side
    (nor is a state or movement a speaker holds responsible for something)."""
    if (ent.kind == MOVEMENT and _owned_things().match(text, end)) \
            or (_RESPONSIBLE_AFTER.match(text, end) and _HELD_BEFORE.search(text, max(0, start - 20), start)):
        ent.modifier = True


def _first_name_of_titled_person(text: str, toks: list[Token], gaps: list[str], taken: list[bool], i: int, g: Gazetteer) -> bool:
    nxt = i + 1
    return (
        nxt < len(toks) and not taken[nxt] and toks[nxt].capitalized and toks[nxt].text.lower() not in g.blocked
        and joins_name(gaps[i]) and g.is_given_name(toks[i].text) and title_before(text, toks, i, g)
    )


def _after_given_name(toks: list[Token], gaps: list[str], taken: list[bool], i: int, g: Gazetteer) -> bool:
    prev = i - 1
    return (
        prev >= 0 and not taken[prev] and toks[prev].capitalized and joins_name(gaps[prev])
        and toks[prev].text.lower() not in g.blocked and g.is_given_name(toks[prev].text)
    )


_KUNYA = frozenset({"abu", "abou", "umm", "bin", "ibn"})


def _after_name_part(toks: list[Token], gaps: list[str], i: int, g: Gazetteer, known: str) -> bool:
    """Is token i the surname of a longer name ('Ali Abu Shaheen', 'Mohsen Shaheen')? Not when the
    word before is the known person's own given name ('Hossein Abdollahian')."""
    prev = i - 1
    if prev < 0 or not toks[prev].capitalized or not joins_name(gaps[prev]):
        return False
    word = toks[prev].text.lower()
    if word == known.split()[0].lower():
        return False
    if word in _KUNYA or (g.is_given_name(toks[prev].text) and word not in g.blocked):
        return True
    # "Ali Asghar Khaji": a name run that opened with a given name two words back
    first = prev - 1
    return first >= 0 and toks[first].capitalized and joins_name(gaps[first]) and word not in g.blocked \
        and toks[first].text.lower() not in g.blocked and g.is_given_name(toks[first].text)


# "Mohamed 'Hemedti' Dagalo": a quoted nickname inside one man's name
_NICKNAME_AFTER = re.compile(r"\s*['\u2018\u201c\"][A-Z][\w\-]+['\u2019\u201d\"]\s+")


def _given_name_before_nickname(text: str, offset: int, e: Ent, ents: list[Ent]) -> bool:
    """A one-word person right before a quoted nickname and the person it names is that person's
    given name, not somebody else ("Lt Gen Mohamed 'Hemedti' Dagalo" is one man)."""
    if e.kind != PERSON or " " in e.surface.strip():
        return False
    m = _NICKNAME_AFTER.match(text, e.end - offset)
    return m is not None and any(o is not e and o.kind == PERSON and m.start() < o.start - offset <= m.end() for o in ents)


def _run_opens_with(toks: list[Token], gaps: list[str], i: int, known: str) -> bool:
    """Does the name run ending at token i open with the known person's given name ('Mohammed bin
    Abdulaziz bin Saleh Al-Khulaifi' is Mohammed Al-Khulaifi; 'Khalid Al-Mishri' is not Vikram Misri)?"""
    k = i
    while k > 0 and joins_name(gaps[k - 1]) and (toks[k - 1].capitalized or toks[k - 1].text.lower() in CHAIN_LINK):
        k -= 1
    return k < i and toks[k].text.lower() == known.split()[0].lower()


def _claimed_by_other(memory: ArticleMemory, entity: Entity, surface: str) -> bool:
    """A one-word alias yields to a person of this article who carries the same word."""
    other = memory.by_part([surface])
    return other is not None and other.name != entity.name


def _capital_phrases(text: str, offset: int, ents: list[Ent], g: Gazetteer) -> None:
    """'the Russian capital' / 'the capital of Qatar' name a city."""
    if "capital" not in text:  # (both forms hold the word, as written: most sentences are done here)
        return
    for m in re.finditer(r"\bthe\s+([A-Z][\w\u2019']+)\s+capital\b(?:\s*,?\s*([A-Z][\w\-]+))?|\bthe\s+capital\s+of\s+([A-Z][\w ]+?)\b(?=[,. ])", text):
        word = m.group(1) or m.group(3)
        country = g.adjectives.get(org_key([word])) or (g.places.get(org_key(word.split())).name if g.places.get(org_key(word.split())) else None)
        if not country or country not in g.capitals:
            continue
        start, end = m.start() + offset, m.end() + offset
        named = m.group(2)
        if named and g.places.get(org_key([named])) is not None:
            continue  # "the Russian capital Moscow": the city itself is already an entity
        ents[:] = [e for e in ents if not (start <= e.start and e.end <= end)]
        ents.append(Ent(start, end, -1, -1, CITY, g.capitals[country], m.group(0), country=country))
    ents.sort(key=lambda e: e.start)
