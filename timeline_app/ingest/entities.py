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
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..names import fold_token
from .gazetteer import (
    ADJECTIVE, CITY, COUNTRY, GOVERNMENT, MOVEMENT, ORG_KINDS, PERSON, REGION, Entity, Gazetteer, gazetteer,
    org_key, person_key,
)
from .tokens import Token, word_tokens

NAME_PARTICLES = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "abd", "ould", "ben", "de", "van", "von", "der", "da", "di", "del", "la", "le", "ul", "ad", "ar", "as", "ash", "az"})
_LEFT_OK = frozenset(
    "of the for and acting deputy former veteran senior political bureau member head chief spokesperson spokesman "
    "spokeswoman figure counterpart envoy minister foreign leader official representative his her its their special "
    "presidential affairs interim new then top prime president vice secretary general director department office "
    "relations international movement group party council ambassador negotiator adviser advisor commander premier "
    "supreme speaker king emir crown prince sheikh sultan mawlawi mullah dr mr mrs ms state chairman deputy".split()
)
_GAP_JOIN = re.compile(r"^(?:\s|-|\u2010|\u2011)*$")
_GAP_POSSESSIVE = re.compile(r"^['\u2019]s\s+$")
_APPOSITION = re.compile(r"^\s*,\s*(?P<body>[^,;.()\u201c\u201d\"]{3,140}?)(?=\s*(?:,|;|\.|\)|$| and (?:with|the)\b))")
_WHO_ROLE = re.compile(r"^(?:who|which)\s+(?:is\s+|was\s+)?(?:heads|leads|runs|oversees|handles|chairs|directs|represents|is|was|serves as|served as)\b", re.I)
# "Rafic Hariri International Airport", "King Fahd Stadium": a place named after a person
_NAMED_AFTER = re.compile(
    r"^(?:['\u2019]s)?\s+(?:International\s+)?(?:Airport|Air\s+Base|Stadium|Hospital|University|Street|Avenue|Square|Mosque|"
    r"Palace|Port|Center|Centre|Hall|Hotel|Foundation|Institute|School|Bridge|Tower|Highway|Boulevard|Library|Museum|Park|Sports\s+City)\b"
)
_WEAK_WHO = re.compile(r"^who\s+(?:handles|oversees|deals with|follows|covers)\b", re.I)
_ANAPHORIC_ORG = re.compile(r"\b(?:its|the movement['\u2019]s|the group['\u2019]s|the Movement['\u2019]s)\b", re.I)


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
    _by_name: dict[str, Ent] = field(default_factory=dict)
    _by_ending: dict[str, Ent] = field(default_factory=dict)  # "marzouk", "abumarzouk" -> latest such person
    _by_inner: dict[str, list[Ent]] = field(default_factory=dict)  # "wang" (of Wang Yi) -> people

    def clear(self) -> None:
        self.people.clear()
        self.movements.clear()
        self._by_name.clear()
        self._by_ending.clear()
        self._by_inner.clear()

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
            self._by_ending["".join(parts[i:])] = person
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
        if found is not None:
            return found
        if len(tokens) == 1:
            holders = self._by_inner.get(key, [])
            return holders[0] if len(holders) == 1 else None
        return None

    def last_movement(self) -> str | None:
        return self.movements[-1] if self.movements else None


def word_tokens_text(text: str) -> list[str]:
    return [t.text for t in word_tokens(text)]


def recognize(text: str, offset: int = 0, memory: ArticleMemory | None = None) -> list[Ent]:
    """Entities in text (a sentence starting at absolute offset `offset`), in text order."""
    g = gazetteer()
    memory = memory or ArticleMemory()
    toks = word_tokens(text)
    gaps = [text[toks[k].end:toks[k + 1].start] for k in range(len(toks) - 1)]
    taken = [False] * len(toks)
    ents: list[Ent] = []

    def joined(i: int, j: int) -> bool:
        return all(_GAP_JOIN.match(gaps[k]) for k in range(i, j - 1))

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
        inside_chain = i >= 2 and toks[i - 1].text.lower() in _CHAIN_LINK and toks[i - 2].capitalized
        if toks[i].capitalized and not inside_chain:  # "Khalid bin Mohammed bin Zayed": not Mohammed bin Zayed
            for length in range(min(6, len(toks) - i), 0, -1):
                j = i + length
                if not toks[j - 1].capitalized or not joined(i, j):
                    continue
                if any(not (t.capitalized or t.text.lower() in NAME_PARTICLES) for t in toks[i:j]):
                    continue
                entity = g.people.get(person_key([t.text for t in toks[i:j]]))
                if entity is None or (entity.weak and _claimed_by_other(memory, entity, toks[i].text)):
                    continue
                j = _chain_end(toks, gaps, j)
                add(i, j, replace(entity, weak=False))
                i, matched = j, True
                break
        if not matched:
            i += 1
    for i in range(len(toks)):
        if taken[i]:
            continue
        tok = toks[i]
        if tok.text in g.acronyms and tok.text.isupper():
            add(i, i + 1, g.acronyms[tok.text])
            continue
        if not tok.capitalized:
            continue
        for length in range(min(g.max_len, len(toks) - i), 0, -1):
            j = i + length
            if any(taken[i:j]) or not joined(i, j) and length > 1:
                continue
            key = org_key([t.text for t in toks[i:j]])
            if not toks[j - 1].text[:1].isupper() and length > 1:
                continue
            entity = g.orgs.get(key) or g.places.get(key)
            if entity is not None and length == 1 and _first_name_of_titled_person(text, toks, gaps, taken, i, g):
                break  # "Foreign Minister Israel Katz": a given name, not the country
            if entity is not None and entity.kind in (CITY, COUNTRY) and _after_given_name(toks, gaps, taken, i, g):
                break  # "Carlos Mendoza": a surname, not the Argentine city
            if entity is not None:
                add(i, j, entity)
                break
            if key in g.org_adjectives:
                add(i, j, g.org_adjectives[key])
                break
            if key in g.metonyms:
                country = g.metonyms[key]
                add(i, j, g.government(country), GOVERNMENT)
                break
            if key in g.adjectives:
                country = g.adjectives[key]
                add(i, j, Entity(country, ADJECTIVE, country=country))
                break
    # 2. unknown people: capitalised runs with a given name, a title before or a role after
    _unknown_people(text, offset, toks, gaps, taken, ents, memory, g)
    ents[:] = [e for e in ents if not (e.kind == PERSON and _NAMED_AFTER.match(text[e.end - offset:]))]
    ents.sort(key=lambda e: e.start)
    _capital_phrases(text, offset, ents, g)
    _attach_roles(text, offset, toks, gaps, ents, memory, g)
    return ents


def _first_name_of_titled_person(text: str, toks: list[Token], gaps: list[str], taken: list[bool], i: int, g: Gazetteer) -> bool:
    nxt = i + 1
    return (
        nxt < len(toks) and not taken[nxt] and toks[nxt].capitalized and toks[nxt].text.lower() not in g.blocked
        and bool(_GAP_JOIN.match(gaps[i])) and g.is_given_name(toks[i].text) and _title_before(text, toks, i, g)
    )


def _after_given_name(toks: list[Token], gaps: list[str], taken: list[bool], i: int, g: Gazetteer) -> bool:
    prev = i - 1
    return (
        prev >= 0 and not taken[prev] and toks[prev].capitalized and bool(_GAP_JOIN.match(gaps[prev]))
        and toks[prev].text.lower() not in g.blocked and g.is_given_name(toks[prev].text)
    )


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


def _unknown_people(text: str, offset: int, toks: list[Token], gaps: list[str], taken: list[bool], ents: list[Ent], memory: ArticleMemory, g: Gazetteer) -> None:
    n = len(toks)
    i = 0
    while i < n:
        if taken[i] or not toks[i].capitalized:
            i += 1
            continue
        known = _known_surname(toks, gaps, taken, i, memory)
        if known is not None:
            j, person = known
            ents.append(Ent(toks[i].start + offset, toks[j - 1].end + offset, i, j, PERSON, person.name, text[toks[i].start:toks[j - 1].end],
                            affiliation=person.affiliation, affiliation_kind=person.affiliation_kind, title=person.title))
            for k in range(i, j):
                taken[k] = True
            i = j
            continue
        honorific = _honorific_length(toks, gaps, i, g)
        if toks[i].text.lower() in g.blocked or honorific:
            i += max(1, honorific)
            continue
        j = i + 1
        while j < n and not taken[j] and _GAP_JOIN.match(gaps[j - 1]) and (
            (toks[j].capitalized and toks[j].text.lower() not in g.blocked) or toks[j].text.lower() in NAME_PARTICLES
        ):
            j += 1
        while j > i + 1 and toks[j - 1].text.lower() in NAME_PARTICLES:
            j -= 1
        names = [t.text for t in toks[i:j]]
        person = memory.by_part(names)
        titled = _title_before(text, toks, i, g)
        role_after = bool(_APPOSITION.match(text[toks[j - 1].end:]) and _is_role(_APPOSITION.match(text[toks[j - 1].end:]).group("body"), g))
        if person is not None:
            ent = Ent(toks[i].start + offset, toks[j - 1].end + offset, i, j, PERSON, person.name, " ".join(names),
                      affiliation=person.affiliation, affiliation_kind=person.affiliation_kind, title=person.title)
            ents.append(ent)
        elif 2 <= len([x for x in names if x.lower() not in NAME_PARTICLES]) <= 5 and (g.is_given_name(names[0]) or titled or role_after) and not _looks_like_org(names, g):
            full = text[toks[i].start:toks[j - 1].end]
            ents.append(Ent(toks[i].start + offset, toks[j - 1].end + offset, i, j, PERSON, _canonical(full), full))
        elif len(names) == 1 and titled and toks[i].text[1:].islower() and len(names[0]) > 2:
            ents.append(Ent(toks[i].start + offset, toks[j - 1].end + offset, i, j, PERSON, names[0], names[0]))
        else:
            i = j
            continue
        for k in range(i, j):
            taken[k] = True
        i = j


_CHAIN_LINK = frozenset({"bin", "ibn", "bint", "ben"})


def _chain_end(toks: list[Token], gaps: list[str], j: int) -> int:
    """'Mohammed bin Abdulrahman' + 'bin Jassim Al Thani': an Arabic name chain is one person,
    so the known name extends over the links that follow it (never a second person)."""
    n = len(toks)
    while j + 1 < n and toks[j].text.lower() in _CHAIN_LINK and toks[j + 1].capitalized and all(
            _GAP_JOIN.match(gaps[k]) for k in (j - 1, j)):
        j += 2
        if j + 1 < n and toks[j].text.lower() in ("al", "aal", "el") and toks[j + 1].capitalized and all(
                _GAP_JOIN.match(gaps[k]) for k in (j - 1, j)):
            j += 2
    return j


def _honorific_length(toks: list[Token], gaps: list[str], i: int, g: Gazetteer) -> int:
    """'Sheikh', 'H E', 'His Excellency': words before a name that are not the name."""
    for length in (3, 2, 1):
        j = i + length
        if j <= len(toks) and all(_GAP_JOIN.match(gaps[k]) or gaps[k].strip() == "." for k in range(i, j - 1)) and \
                org_key([t.text for t in toks[i:j]]) in g.honorifics:
            return length
    return 0


def _known_surname(toks: list[Token], gaps: list[str], taken: list[bool], i: int, memory: ArticleMemory) -> tuple[int, Ent] | None:
    """'West', 'Abu Marzouk': the end of a name this article already gave in full."""
    for length in (3, 2, 1):
        j = i + length
        if j > len(toks) or any(taken[i:j]) or not all(_GAP_JOIN.match(gaps[k]) for k in range(i, j - 1)):
            continue
        if j < len(toks) and not taken[j] and toks[j].capitalized and _GAP_JOIN.match(gaps[j - 1]):
            continue  # part of a longer capitalised run: not just the surname
        person = memory.by_part([t.text for t in toks[i:j]])
        if person is not None:
            return j, person
    return None


def _canonical(surface: str) -> str:
    return " ".join(surface.split())


def _looks_like_org(names: list[str], g: Gazetteer) -> bool:
    last = names[-1].lower()
    return last in {"movement", "party", "front", "council", "ministry", "office", "agency", "forces", "brigades", "army", "organization", "organisation", "institute", "university", "committee", "channel", "news", "times", "post", "media"}


def _title_before(text: str, toks: list[Token], i: int, g: Gazetteer) -> bool:
    if i == 0:
        return False
    for length in (4, 3, 2, 1):
        if i - length < 0:
            continue
        window = toks[i - length:i]
        gap_text = text[window[-1].end:toks[i].start]
        if gap_text.strip(" \u00a0.") != "":
            continue
        key = org_key([t.text for t in window])
        if key in g.roles or key in g.honorifics:
            return True
    if re.search(r"\b(?:led|headed|chaired|accompanied|received|hosted)\s+by\s+$", text[max(0, toks[i].start - 40):toks[i].start], re.I):
        return True
    prev = toks[i - 1].text.lower()
    return prev in {"minister", "president", "envoy", "ambassador", "spokesperson", "spokesman", "spokeswoman", "leader", "chief", "head", "member", "official", "counterpart", "chairman", "secretary", "commander", "director", "negotiator", "representative", "figure", "premier", "sheikh", "prince", "emir", "king", "mawlawi", "mullah", "dr", "mr", "mrs", "ms", "adviser", "advisor", "speaker", "governor", "mayor"}


def _is_role(body: str, g: Gazetteer) -> bool:
    """Is ', <body>,' after a name an apposition naming a role ('the head of ...')?"""
    low = body.lower().strip()
    if _WHO_ROLE.match(low):
        return True
    if re.match(r"^(?:who|which)\b", low):
        return False  # "who led the delegation in talks with X": a clause about an event, not a title
    stripped = re.sub(r"^(?:the|a|an|its|his|her|their)\s+", "", body.strip())
    low = stripped.lower()
    words = low.split()
    if not words:
        return False
    first = stripped.split()[0]
    if not (first[:1].isupper() or words[0] in _LEFT_OK or any(h.startswith(words[0]) for h in g.role_heads)):
        return False  # ", received Iran's minister": a verb, not an apposition
    head = f" {' '.join(w.strip(',') for w in words[:14])} "
    return any(low.startswith(h + " ") or low == h or f" {h} " in head for h in g.role_heads)


def _capital_phrases(text: str, offset: int, ents: list[Ent], g: Gazetteer) -> None:
    """'the Russian capital' / 'the capital of Qatar' name a city."""
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
        m = _APPOSITION.match(text[local_end:])
        if m and _is_role(m.group("body"), g) and not _WEAK_WHO.match(m.group("body").strip()):
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
    memory.remember(ents)


def _sentence_movement(ents: list[Ent], before: Ent) -> str | None:
    movements = [e for e in ents if e.kind == MOVEMENT and e.start < before.start]
    return movements[-1].name if movements else None


def _affiliation(e: Ent, g: Gazetteer) -> tuple[str, str]:
    if e.kind in (ADJECTIVE, COUNTRY):
        gov = g.government(e.country or e.name)
        return gov.name, gov.kind
    return e.name, e.kind


def _left_context(text: str, local_start: int, ents: list[Ent], offset: int, person: Ent, g: Gazetteer, memory: ArticleMemory) -> tuple[str | None, Ent | None]:
    """Walk left over title words; return (title text, affiliation entity)."""
    window_start = local_start
    pos = local_start
    words_seen = 0
    affiliation = None
    while words_seen < 9:
        window = max(0, pos - 120)  # a bounded look back: sentences can be huge
        m = re.search(r"([\w\u2019'\-.]+)(['\u2019]s)?(\s+)$", text[window:pos])
        if not m:
            break
        word = m.group(1)
        low = word.lower().strip(".")
        word_start = window + m.start(1)
        ent = next((e for e in ents if e.start - offset <= word_start < e.end - offset and e is not person), None)
        if ent is not None:
            if ent.kind == PERSON:
                break
            if ent.kind in (CITY, REGION):
                break
            if affiliation is None and ent.kind in (*ORG_KINDS, COUNTRY, ADJECTIVE):
                affiliation = ent
            ent.modifier = ent.modifier or ent.kind in (*ORG_KINDS, COUNTRY, ADJECTIVE)
            pos = ent.start - offset
            window_start = pos
            words_seen += 1
            continue
        if low in _LEFT_OK or org_key([word]) in g.roles or word[:1].isupper() and low in g.blocked:
            pos = word_start
            if low not in ("the", "and", "of", "for", "his", "her", "its", "their"):
                window_start = pos
            words_seen += 1
            continue
        break
    title = text[window_start:local_start].strip(" ,")
    if affiliation is not None:
        aff_end = affiliation.end - offset
        if window_start <= affiliation.start - offset and aff_end <= local_start:
            title = text[aff_end:local_start].strip(" ,")
            title = re.sub(r"^['\u2019]s\s+", "", title)
    title = re.sub(r"^(?:and|of|for|the)\s+", "", title, flags=re.I)
    has_role = any(w.lower() in _LEFT_OK - {"the", "and", "of", "for", "his", "her", "its", "their"} for w in title.split())
    return (title if has_role else None), affiliation
