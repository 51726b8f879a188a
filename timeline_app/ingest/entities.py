"""Find people, organisations and places in a sentence, with affiliation and role.

Known actors come from the gazetteer (spelling variants folded). Unknown people are found by
general cues: a capitalised run that starts with a known given name, follows a title
("Deputy Foreign Minister <Name>") or carries a role apposition ("<Name>, the head of ...").
A lone surname ("Bogdanov") is resolved against the people the article already named.
Affiliation comes from the words around the name ("Iran's Deputy Foreign Minister",
", a member of the Hamas political bureau"), falling back on the gazetteer.
"""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import accumulate
from operator import not_
from functools import lru_cache

from .gazetteer import (
    ADJECTIVE, CITY, COUNTRY, GOVERNMENT, MOVEMENT, ORG_KINDS, PERSON, REGION, Entity, Gazetteer, gazetteer,
    org_key, person_key,
)
from .offices import office_holders
from .memory import NAME_PARTICLES, ArticleMemory, Ent, word_tokens_text
from .people import APPOSITION, CHAIN_LINK, LEFT_OK, chain_end, find_unknown_people, initialled_people, is_role, joins_name, possessive_groups, title_before
from .resources import load_json
from .tokens import Token, last_word, tokens_and_gaps
from .topic_people import mark_topic_people

_GAP_POSSESSIVE = re.compile(r"^['\u2019]s\s+$")
# "Rafic Hariri International Airport", "King Fahd Stadium": a place named after a person
_NAMED_AFTER = re.compile(
    r"^(?:['\u2019]s)?\s+(?:International\s+)?(?:Airport|Air\s+Base|Stadium|Hospital|University|Street|Avenue|Square|Mosque|"
    r"Palace|Port|Center|Centre|Hall|Hotel|Foundation|Institute|School|Bridge|Tower|Highway|Boulevard|Library|Museum|Park|Sports\s+City)\b"
)
_SEAT_SPEAKS = re.compile(r"\s+(?:also\s+)?(?:said|says|added|announced|stated|confirmed|noted|reported|declined)\b")
_AT_SEAT = re.compile(r"\b(?:at|in|outside|inside)\s+the\s+$", re.I)
_WHOSE = re.compile(r",\s+whose\s+[^,;.]*")
_WEAK_WHO = re.compile(r"^who\s+(?:handles|oversees|deals with|follows|covers)\b", re.I)
_ANAPHORIC_ORG = re.compile(r"\b(?:its|the movement['\u2019]s|the group['\u2019]s|the Movement['\u2019]s)\b", re.I)


def recognize(text: str, offset: int = 0, memory: ArticleMemory | None = None) -> list[Ent]:
    """Entities in text (a sentence starting at absolute offset `offset`), in text order."""
    g = gazetteer()
    memory = memory or ArticleMemory()
    toks, gaps = tokens_and_gaps(text)
    taken = [False] * len(toks)
    ents: list[Ent] = []
    lowered = org_key([t.text for t in toks])

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
            ent.affiliation_kind = _kind_of(g, entity.affiliation)
        for k in range(i, j):
            taken[k] = True
        ents.append(ent)
        return ent

    # 1. known people (longest match), then organisations and places
    i = 0
    while i < len(toks):
        matched = False
        if toks[i].capitalized and not (i >= 2 and toks[i - 1].text.lower() in CHAIN_LINK and toks[i - 2].capitalized) \
                and g.may_open_person(toks[i].text):  # not inside a chain ("Khalid bin Mohammed bin Zayed": not Mohammed bin Zayed)
            for length in range(min(6, len(toks) - i), 0, -1):
                j = i + length
                if not toks[j - 1].capitalized or not joined(i, j):
                    continue
                if any(not (t.capitalized or t.text.lower() in NAME_PARTICLES) for t in toks[i:j]):
                    continue
                entity = g.people.get(person_key([t.text for t in toks[i:j]]))
                if entity is None or (entity.weak and _claimed_by_other(memory, entity, toks[i].text)):
                    continue
                if entity.weak and length == 1 and (_after_name_part(toks, gaps, i, g, entity.name)
                                                    or (toks[i].text.lower(),) in g.honorifics):
                    continue  # "Ali Abu Shaheen": the end of another person's name, not Suhail Shaheen; "Haji Mohammad": a title, not al-Hayya
                j = chain_end(toks, gaps, j)
                add(i, j, replace(entity, weak=False))
                i, matched = j, True
                break
        if not matched:
            i += 1
    initialled_people(text, toks, gaps, taken, g, add)
    longest_from = g.longest_from
    for i in range(len(toks)):
        if taken[i]:
            continue
        tok = toks[i]
        if tok.text in g.acronyms and tok.text.isupper():
            add(i, i + 1, g.acronyms[tok.text])
            continue
        if not tok.capitalized or lowered[i] not in longest_from:
            continue  # no organisation, place or adjective opens with this word
        for length in range(min(g.max_len, longest_from[lowered[i]], len(toks) - i), 0, -1):
            j = i + length
            if any(taken[i:j]) or not joined(i, j) and length > 1:
                continue
            key = lowered[i:j]  # org_key of the tokens, folded once per sentence
            if not toks[j - 1].text[:1].isupper() and length > 1:
                continue
            entity = g.orgs.get(key) or g.places.get(key)
            if entity is not None and length == 1 and _first_name_of_titled_person(text, toks, gaps, taken, i, g):
                break  # "Foreign Minister Israel Katz": a given name, not the country
            if entity is not None and entity.kind in (CITY, COUNTRY) and _after_given_name(toks, gaps, taken, i, g):
                break  # "Carlos Mendoza": a surname, not the Argentine city
            if entity is not None:
                _mark_owner(text, add(i, j, entity), toks[j - 1].end)
                break
            if key in g.org_adjectives:
                _mark_owner(text, add(i, j, g.org_adjectives[key]), toks[j - 1].end)
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
    # 2. unknown people: capitalised runs with a given name, a title before or a role after
    find_unknown_people(text, offset, toks, gaps, taken, ents, memory, g)
    ents[:] = [e for e in ents if not (e.kind == PERSON and _NAMED_AFTER.match(text[e.end - offset:]))]
    ents.sort(key=lambda e: e.start)
    _capital_phrases(text, offset, ents, g)
    possessive_groups(text, offset, ents, g)
    for m in _WHOSE.finditer(text):  # "met X, whose country mediates between A and B": A and B are description
        for e in ents:
            if e.kind != PERSON and m.start() <= e.start - offset < m.end():
                e.modifier = True
    _attach_roles(text, offset, toks, gaps, ents, memory, g)
    office_holders(text, offset, ents, memory, g)  # "the Iranian foreign minister": who held the office
    return ents


@lru_cache(maxsize=1)
def _owned_things() -> re.Pattern[str]:
    words = load_json("group_things.json")
    nouns = "|".join(re.escape(w) for w in sorted(words["nouns"], key=len, reverse=True))
    suffixes = "|".join(re.escape(w) for w in words["hyphen_suffixes"])
    return re.compile(r"(?:\s+(?:" + nouns + r")|[\-\u2010\u2011](?:" + suffixes + r"))\b", re.I)


def _mark_owner(text: str, ent: Ent, end: int) -> None:
    """'struck Houthi targets', 'the Hamas-run ministry': the movement owns a thing there; it is no side."""
    if ent.kind == MOVEMENT and _owned_things().match(text, end):
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
    return word in _KUNYA or (g.is_given_name(toks[prev].text) and word not in g.blocked)


def _claimed_by_other(memory: ArticleMemory, entity: Entity, surface: str) -> bool:
    """A one-word alias yields to a person of this article who carries the same word."""
    other = memory.by_part([surface])
    return other is not None and other.name != entity.name


def _kind_of(g: Gazetteer, name: str) -> str:
    """Kind of an affiliation: a country stands for its government."""
    return _kinds().get(name, "organisation")


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    g = gazetteer()
    kinds: dict[str, str] = {}
    for entity in list(g.places.values()) + list(g.acronyms.values()):
        if entity.kind == COUNTRY:
            kinds.setdefault(entity.name, GOVERNMENT)
    for entity in list(g.orgs.values()) + list(g.acronyms.values()):
        if entity.kind in ORG_KINDS:
            kinds[entity.name] = entity.kind
    return kinds


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


def _attach_roles(text: str, offset: int, toks: list[Token], gaps: list[str], ents: list[Ent], memory: ArticleMemory, g: Gazetteer) -> None:
    """Affiliation and title of each person from the words before and after the name."""
    people = [e for e in ents if e.kind == PERSON]
    for p in people:
        local_start = p.start - offset
        local_end = p.end - offset
        # words before the name: "Iran's Deputy Foreign Minister", "Hamas political bureau member"
        left_text, left_aff = _left_context(text, local_start, ents, offset, p, g, memory)
        # an apposition after the name: ", the head of the Hamas political bureau,"
        right_aff = None
        right_title = None
        m = APPOSITION.match(text[local_end:])
        if m and is_role(m.group("body"), g) and not _WEAK_WHO.match(m.group("body").strip()) \
                and not re.match(r"\s*and\s+(?:then\s+|later\s+|also\s+)?(?:with\b|(?-i:[a-z]+)(?<!the)\b)", m.group("body"), re.I) \
                and not _titled_list_item(m, local_end + offset, ents, p):
            body_start = local_end + m.start("body") + offset
            body_end = local_end + m.end("body") + offset
            who_clause = m.group("body").lstrip().lower().startswith(("who ", "which "))
            for e in ents:
                if body_start <= e.start and e.end <= body_end and e is not p and not (who_clause and e.kind == PERSON):
                    e.modifier = True
                    if right_aff is None and e.kind in (*ORG_KINDS, COUNTRY, ADJECTIVE):
                        right_aff = e
            if right_aff is None and _ANAPHORIC_ORG.search(m.group("body")):
                mov = _sentence_movement(ents, p) or memory.last_movement()
                if mov:
                    right_aff = Ent(0, 0, -1, -1, MOVEMENT, mov, mov)
            right_title = " ".join(m.group("body").split())
        if not left_text and left_aff is None and right_title is None:
            left_text, left_aff = _role_before_comma(text, local_start, ents, offset, p, g)
        chosen = left_aff or right_aff
        curated = g.people.get(person_key(word_tokens_text(p.name)))
        if curated is not None and curated.name == p.name and curated.affiliation:
            p.affiliation, p.affiliation_kind = curated.affiliation, _kind_of(g, curated.affiliation)
        elif chosen is not None:
            p.affiliation, p.affiliation_kind = _affiliation(chosen, g)
        elif p.affiliation is None:
            known = memory.by_part(p.name.split()) if p.name else None
            if known is not None and known.affiliation:
                p.affiliation, p.affiliation_kind = known.affiliation, known.affiliation_kind
        title = left_text or right_title
        if title:
            p.title = title[:200]
    mark_topic_people(text, offset, ents)
    memory.remember(ents)


def _titled_list_item(m: re.Match[str], at: int, ents: list[Ent], person: Ent) -> bool:
    """'A, senior official B, and C': a title and a name of its own after the comma are the
    next item of a list, not a role of A ('A, the deputy of B,' starts with a determiner)."""
    body = m.group("body")
    if _DETERMINER_START.match(body):
        return False
    start, end = at + m.start("body"), at + m.end("body")
    for e in ents:
        if e.kind != PERSON or e is person or not (start < e.start and e.end <= end):
            continue
        if re.match(r"['\u2019]s\b", body[e.end - start:]):
            continue  # "President X's envoy": X only qualifies a title
        title = re.split(r"['\u2019]s\s", body[:e.start - start])[-1]
        # a bare title right before the name ("senior official X", "Y's deputy X"); "adviser to
        # the Supreme Leader X" relates A to X: a role of A
        if title.strip() and not _RELATING.search(title):
            return True
    return False


_RELATING = re.compile(r"\b(?:to|of|for|at|in|with|and)\b")
_DETERMINER_START = re.compile(r"\s*(?:the|a|an|its|his|her|their|who|which)\b", re.I)
_ROLE_BEFORE_COMMA = re.compile(r"(?:^|[\-\u2013\u2014;:]\s*)(?P<body>[A-Z][^,;\u2013\u2014()]{2,80}),\s*$")


def _role_before_comma(text: str, local_start: int, ents: list[Ent], offset: int, person: Ent, g: Gazetteer) -> tuple[str | None, Ent | None]:
    """'Qatar's special envoy for Afghanistan, Mutlaq bin Majed Al-Qahtani, held talks': a role
    phrase opening the clause, then the name in apposition."""
    window = max(0, local_start - 100)
    m = _ROLE_BEFORE_COMMA.search(text[window:local_start])
    if not m or not is_role(m.group("body"), g):
        return None, None
    body_start, body_end = window + m.start("body") + offset, window + m.end("body") + offset
    dash = None
    for dash in re.finditer(r"\s[-\u2013\u2014]{1,2}\s+", m.group("body")):
        pass
    if dash is not None:  # "KABUL -- Qatar's special envoy ...": the dateline is not the role
        body_start += dash.end()
        if not is_role(text[body_start - offset:body_end - offset], g):
            return None, None
    body = text[body_start - offset:body_end - offset]
    if any(w[0].islower() and w not in LEFT_OK and w not in ("to", "in") for w in re.findall(r"[\w\-]+", re.sub(r"['\u2019]s\b", "", body))):
        return None, None  # a clause ("The visit follows a trip by ..."), not a role phrase
    inside = [e for e in ents if body_start <= e.start and e.end <= body_end and e is not person]
    if any(e.kind == PERSON for e in inside):
        return None, None
    affiliation = next((e for e in inside if e.kind in (*ORG_KINDS, COUNTRY, ADJECTIVE)), None)
    for e in inside:
        e.modifier = True
    title = " ".join(text[body_start - offset:body_end - offset].split())
    if affiliation is not None and affiliation.start == body_start:
        title = re.sub(r"^['\u2019]s\s+", "", text[affiliation.end - offset:body_end - offset]).strip()
    return title[:200], affiliation


def _sentence_movement(ents: list[Ent], before: Ent) -> str | None:
    movements = [e for e in ents if e.kind == MOVEMENT and e.start < before.start]
    return movements[-1].name if movements else None


def _affiliation(e: Ent, g: Gazetteer) -> tuple[str, str]:
    if e.kind in (ADJECTIVE, COUNTRY):
        gov = g.government(e.country or e.name)
        return gov.name, gov.kind
    return e.name, e.kind


_PORTFOLIO = re.compile(r"\b(?:for|to)\s+(?:the\s+)?$", re.I)


def _left_context(text: str, local_start: int, ents: list[Ent], offset: int, person: Ent, g: Gazetteer, memory: ArticleMemory) -> tuple[str | None, Ent | None]:
    """Walk left over title words; return (title text, affiliation entity)."""
    window_start = local_start
    pos = local_start
    words_seen = 0
    affiliation = portfolio = None
    while words_seen < 12:  # "Prime Minister and Minister of Foreign Affairs H E Sheikh <Name>"
        window = max(0, pos - 120)  # a bounded look back: sentences can be huge
        last = last_word(text, window, pos)
        if last is None:
            break
        word, word_start = last
        low = word.lower().strip(".")
        ent = next((e for e in ents if e.start - offset <= word_start < e.end - offset and e is not person), None)
        if ent is not None:
            if ent.kind == PERSON:
                if words_seen and word.endswith(("'s", "\u2019s")):
                    ent.modifier = True  # "Trump's envoy Witkoff", "Sinwar's deputy X": the possessor is not there
                break
            if ent.kind == CITY or (ent.kind == REGION and not words_seen):
                break  # "Middle East envoy": a region inside a title is part of it
            if affiliation is None and ent.kind in (*ORG_KINDS, COUNTRY, ADJECTIVE):
                portfolio_of = ent.kind == COUNTRY and _PORTFOLIO.search(text, max(0, ent.start - offset - 8), ent.start - offset)
                affiliation, portfolio = (None, portfolio or ent) if portfolio_of else (ent, portfolio)  # "X's envoy for Afghanistan": X's
            ent.modifier = ent.modifier or ent.kind in (*ORG_KINDS, COUNTRY, ADJECTIVE)
            pos = ent.start - offset
            window_start = pos
            words_seen += 1
            continue
        honorific = org_key([word]) in g.honorifics or (len(word) == 1 and word.isupper())  # "H E Sheikh"
        if low in LEFT_OK or honorific or org_key([word]) in g.roles or word[:1].isupper() and low in g.blocked:
            pos = word_start
            if low not in ("the", "and", "of", "for", "his", "her", "its", "their"):
                window_start = pos
            words_seen += 1
            continue
        break
    title = text[window_start:local_start].strip(" ,")
    affiliation = affiliation or portfolio
    if affiliation is not None:
        aff_end = affiliation.end - offset
        if window_start <= affiliation.start - offset and aff_end <= local_start:
            title = text[aff_end:local_start].strip(" ,")
            title = re.sub(r"^['\u2019]s\s+", "", title)
    title = re.sub(r"^(?:and|of|for|the)\s+", "", title, flags=re.I)
    has_role = any(w.lower() in LEFT_OK - {"the", "and", "of", "for", "his", "her", "its", "their"} for w in title.split())
    return (title if has_role else None), affiliation
