"""A person's title and side from the words around the name, once a sentence's entities are found.

Words before the name ("Iran's Deputy Foreign Minister", "Hamas political bureau member"), an
apposition after it (", the head of the Hamas political bureau,") or a role phrase opening the
clause ("Qatar's special envoy for Afghanistan, <Name>, held talks") give the title and the
affiliation; a curated person keeps the gazetteer's side, and an unknown one falls back on the
person of that name the article told before. Called by `entities.recognize` as its last layer."""
from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import ADJECTIVE, CITY, COUNTRY, GOVERNMENT, MOVEMENT, ORG_KINDS, PERSON, REGION, Gazetteer, gazetteer, person_key, org_key
from .memory import ArticleMemory, Ent, word_tokens_text
from .people import APPOSITION, LEFT_OK, apposition_length, is_role, titled_list_item
from .tokens import Token, last_word
from .topic_people import mark_topic_people

# ", and Hamas political bureau chief X": the next of two named sides, no apposition of the first
_AND_TITLED_NAME = re.compile(r"\s*and\s+(?:the\s+)?(?-i:[A-Z])[\w\-\u2019']*(?:\s+[\w\-\u2019']+){0,5}\s+(?-i:[A-Z])[\w\-]+\s+(?-i:[A-Z])")
_OWNS_GROUP = re.compile(r"['\u2019]s\s+(?:(?-i:[A-Z])[\w\-]+\s+)?(?:faction|movement|party|government|administration|camp)\b")
_WEAK_WHO = re.compile(r"^who\s+(?:handles|oversees|deals with|follows|covers)\b", re.I)
_ANAPHORIC_ORG = re.compile(r"\b(?:its|the movement['\u2019]s|the group['\u2019]s|the Movement['\u2019]s)\b", re.I)


def kind_of(g: Gazetteer, name: str) -> str:
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


def attach_roles(text: str, offset: int, toks: list[Token], gaps: list[str], ents: list[Ent], memory: ArticleMemory, g: Gazetteer) -> None:
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
                and not _AND_TITLED_NAME.match(m.group("body")) \
                and not titled_list_item(m, local_end + offset, ents, p):
            kept = apposition_length(m.group("body"))
            body_start = local_end + m.start("body") + offset
            body_end = body_start + kept
            who_clause = m.group("body").lstrip().lower().startswith(("who ", "which "))
            for e in ents:
                if body_start <= e.start and e.end <= body_end and e is not p and not (who_clause and e.kind == PERSON):
                    e.modifier = True
                    if right_aff is None and e.kind in (*ORG_KINDS, COUNTRY, ADJECTIVE) \
                            and not _APPOSITION_PORTFOLIO.search(text, max(0, e.start - offset - 20), e.start - offset):
                        right_aff = e  # (", joint secretary in charge of the Pakistan-Iran desk,": a portfolio, not his side)
            if right_aff is None and _ANAPHORIC_ORG.search(m.group("body")):
                mov = _sentence_movement(ents, p) or memory.last_movement()
                if mov:
                    right_aff = Ent(0, 0, -1, -1, MOVEMENT, mov, mov)
            right_title = " ".join(m.group("body")[:kept].split())
        if not left_text and left_aff is None and right_title is None:
            left_text, left_aff = _role_before_comma(text, local_start, ents, offset, p, g)
        chosen = left_aff or right_aff
        curated = g.people.get(person_key(word_tokens_text(p.name)))
        if curated is not None and curated.name == p.name and curated.affiliation:
            p.affiliation, p.affiliation_kind = curated.affiliation, kind_of(g, curated.affiliation)
        elif chosen is not None:
            p.affiliation, p.affiliation_kind = _affiliation(chosen, g)
        elif p.affiliation is None:
            known = memory.by_part(p.name.split()) if p.name else None
            if known is not None and known.affiliation:
                p.affiliation, p.affiliation_kind = known.affiliation, known.affiliation_kind
        title = left_text or right_title
        if title:
            p.title = title[:200]
        if _OWNS_GROUP.match(text, local_end):
            p.modifier = True  # "signed for President X's faction": X owns the group that took part; he is not there
    mark_topic_people(text, offset, ents)
    memory.remember(ents)


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
_APPOSITION_PORTFOLIO = re.compile(r"\b(?:in\s+charge\s+of|responsible\s+for)\s+(?:the\s+)?$|[\-\u2010\u2011]$", re.I)


def _left_context(text: str, local_start: int, ents: list[Ent], offset: int, person: Ent, g: Gazetteer, memory: ArticleMemory) -> tuple[str | None, Ent | None]:
    """Walk left over title words; return (title text, affiliation entity)."""
    window_start = local_start
    pos = local_start
    words_seen = 0
    affiliation = portfolio = None
    while words_seen < 12:  # "Prime Minister and Minister of Foreign Affairs H E Sheikh <Name>"
        window = max(0, pos - 120)  # a bounded look back: sentences can be huge
        last = last_word(text, window, pos)
        if last is None and pos > 1 and text[pos - 1] in "/\u2215" and text[pos - 2].isalpha():
            # "Deputy Prime Minister/Foreign Minister X": two offices held at once, one title
            k = pos - 1
            while k > window and (text[k - 1].isalnum() or text[k - 1] in "-'\u2019."):
                k -= 1
            if text[k:pos - 1].lower().strip(".") in LEFT_OK or org_key([text[k:pos - 1]]) in g.roles:
                pos = window_start = k
                words_seen += 1
                continue
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