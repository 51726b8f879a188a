"""People named only by their office: 'the Iranian foreign minister', "Iran's president".

News often names a counterpart by office alone. When the article names someone of that side
with that office, the phrase is that person; otherwise the holder of the office at the article's
date (resources/offices.json: who held which office from which month to which) is. A phrase
followed by a name ("Iran's foreign minister Abbas Araghchi") is a title, left to the name;
"former", "deputy" or "acting ... of another year" are not the office holder.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from .gazetteer import COUNTRY, PERSON, Gazetteer, org_key, person_key
from .memory import UNNAMED_OFFICIAL, ArticleMemory, Ent
from .resources import load_json


@lru_cache(maxsize=1)
def office_data() -> tuple[re.Pattern[str], dict[str, str], dict[tuple[str, str], list[tuple[str, str, str | None]]]]:
    data = load_json("offices.json")
    canonical = {p.lower(): office for office, phrases in data["phrases"].items() for p in phrases}
    words = "|".join(re.escape(p) for p in sorted(canonical, key=len, reverse=True))
    pattern = re.compile(
        r"(?:\b(?P<home>[Tt]he)|\b(?P<side>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2})['\u2019]s|\b(?P<plural>[A-Z][\w\-]+)\s+[a-z]+s['\u2019]"
        r"|\b(?P<adj>[A-Z][\w\-]+))"
        rf"\s+(?:(?:top|new|chief|current|incumbent)\s+)?(?P<office>(?i:{words}))\b(?:\s+and\s+[A-Z][a-z]+(?=\s+of\s))?"
        # "the Emir of Qatar", "the speaker of the Russian State Duma", "the Minister of Foreign Affairs and
        # Emigration of the Arab Republic of Egypt": the office, then whose it is (a state's formal name read to its name)
        r"(?:\s+of\s+(?:the\s+)?(?:(?:[A-Z][a-z]+\s+){0,2}(?:Republic|Kingdom|State|Sultanate)\s+of\s+(?:the\s+)?)?"
        r"(?P<of>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+){0,2}))?")
    holders: dict[tuple[str, str], list[tuple[str, str, str | None]]] = {}
    for h in data["holders"]:
        holders.setdefault((h["of"], h["office"]), []).append((h["holder"], h["from"], h["until"]))
    return pattern, canonical, holders


@lru_cache(maxsize=1)
def _self_sided() -> dict[str, str]:
    """'the UN envoy for Yemen': offices whose phrase names their side."""
    return dict(load_json("offices.json").get("self_sided", {}))


@lru_cache(maxsize=1)
def _only_with_of() -> frozenset[str]:
    return frozenset(p.lower() for p in load_json("offices.json").get("only_with_of", []))


@lru_cache(maxsize=1)
def _loose() -> frozenset[str]:
    """Offices said of more than their holders ('the Hamas leader' of any senior figure)."""
    return frozenset(load_json("offices.json").get("loose_for_dating", []))


_HOME_OFFICES = frozenset({"speaker", "prime minister", "president", "emir"})  # "the parliament speaker" of the dateline's country
_OF_ANOTHER = re.compile(r"\b(?:of|to|for)\s+(?:the\s+)?$", re.I)
_NOT_HOLDER = re.compile(r"\b(?:former|ex-|late|deputy|vice|assistant|then|previous|next|future|acting|a|an|another|one|other|senior|local"
                         r"|was|were|had\s+been)\s*$", re.I)  # "Shoigu, who was Russia's defence minister until May"


_SCOPE_THEN_NAME = re.compile(r"\s+(?:in|for)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w\-]+\s+){1,2}")


_SHARED_OF = re.compile(r"\s+and\s+(?:(?-i:[A-Z])[a-z\-]+\s+){1,3}of\s+(?:the\s+)?(?P<of>(?-i:[A-Z])[\w\-]+(?:\s+(?-i:[A-Z])[\w\-]+)?)")


def office_holders(text: str, offset: int, ents: list[Ent], memory: ArticleMemory, g: Gazetteer) -> None:
    """Add a person entity for each office phrase of the sentence whose holder is known."""
    pattern, canonical, holders = office_data()
    low = text.lower()
    # (one `in` after another: the same test as any() over a tuple of the words, without a generator's
    # step per word, asked of every sentence, most of which hold none of them)
    if not ("minister" in low or "president" in low or "leader" in low or "speaker" in low or "chief" in low or "premier" in low
            or "emir" in low or "amir" in low or "ruler" in low or "king" in low or "secretary" in low or "director" in low):
        return
    added = []
    for m in pattern.finditer(text):
        start, end = m.start() + offset, m.end() + offset
        if any(e.kind == PERSON and e.start < end and start < e.end for e in ents):
            continue
        if _NOT_HOLDER.search(text[max(0, m.start() - 12):m.start()]) or _OF_ANOTHER.search(text[max(0, m.start() - 12):m.start()]):
            continue  # "the former foreign minister", "an adviser to the Iranian president"
        if re.match(r"['\u2019]s\b|\s+of\b|\s+(?-i:[a-z]+)\s+(?:minister|negotiator|envoy|adviser|official)", text[m.end():]) \
                or (m.group("of") is not None and _of_side(m.group("of"), g) is None):
            continue  # "the Russian president's special envoy": someone else's title
        if re.match(r"-(?-i:[a-z])", text[m.end():]):
            continue  # "US President-elect X", "the prime minister-designate": another office than the holder's, a title before a name
        after = text[m.end():m.end() + 3]
        if any(e.kind == PERSON and (end <= e.start <= end + len(after) - len(after.lstrip(" ,")) or _honorific_between(text, m.end(), e.start - offset, g))
               for e in ents):
            continue  # "Iran's foreign minister Abbas Araghchi", "the Emir of Qatar, Sheikh X": a title before the name
        if any(e.kind == PERSON and 0 < e.start - end <= 40 and _SCOPE_THEN_NAME.fullmatch(text, m.end(), e.start - offset) for e in ents):
            continue  # "Hamas leader in the Strip Yahya Sinwar": the title's scope, then the name
        office = canonical[m.group("office").lower()]
        of_side = _self_sided().get(canonical[m.group("office").lower()]) or _of_side(m.group("of"), g)
        if of_side is None and m.group("of") is None and (shared := _SHARED_OF.match(text, m.end())):
            of_side = _of_side(shared.group("of"), g)  # "the Foreign Minister and Prime Minister of Qatar": one man, both of Qatar
        if of_side is None and m.group("office").lower() in _only_with_of():
            continue  # "the speaker" alone is anyone who speaks
        if m.group("home") is not None and office not in _HOME_OFFICES and of_side is None:
            continue
        side = of_side or (memory.home if m.group("home") is not None else side_of_word(m.group("adj") or m.group("side") or m.group("plural"), g))
        if side is None:
            continue
        if office in _loose() and any(e.kind == PERSON and e.end <= start and e.affiliation == side for e in ents):
            continue  # "a delegation led by X held talks, during which the Taliban leader said": a loose title, X himself
        if m.group("home") is not None and of_side is None:  # "The president also met ...": the president the article named, if any
            person = named_in_article(memory, None, m.group("office")) or office_holder(holders, side, office, memory.published, g)
        else:
            person = named_in_article(memory, side, m.group("office")) or office_holder(holders, side, office, memory.published, g)
        if person is None:
            if memory.published is None and m.group("home") is None and (unnamed := unnamed_official(start, end, side, text[m.start():m.end()], g)):
                added.append(unnamed)  # "Egypt's foreign minister met ..." on a page with no date: that side's one official
            continue
        name, affiliation, title = person
        # the office phrase is no spelling of the holder: as an alias it would make every later
        # "Egypt's intelligence chief" (another year, another man) the same actor in the database
        ent = Ent(start, end, -2, -2, PERSON, name, name, affiliation=affiliation,
                  affiliation_kind=affiliation_kind(affiliation, g), title=title)
        for e in ents:
            if start <= e.start and e.end <= end:
                e.modifier = True  # "Iranian" in "the Iranian foreign minister" is not a side of its own
        added.append(ent)
    memory.add_found(ents, added)


def _honorific_between(text: str, end: int, name_start: int, g: Gazetteer) -> bool:
    """'the Emir of Qatar, Sheikh X': only a comma and honorifics stand between the office and the name."""
    if not 0 < name_start - end <= 30:
        return False
    words = text[end:name_start].strip().lstrip(",").split()
    return bool(words) and re.fullmatch(r"\s*,?\s*(?:\S+\s+){1,3}", text[end:name_start]) is not None \
        and org_key(words) in g.honorifics


def unnamed_official(start: int, end: int, side: str, surface: str, g: Gazetteer) -> Ent | None:
    """A country's official whom nobody names and no dated list of office holders can tell (a page
    without a date): that country's side, marked as one unnamed official (a movement's is not)."""
    if affiliation_kind(side, g) != "government":
        return None
    gov = g.government(side)
    return Ent(start, end, UNNAMED_OFFICIAL, UNNAMED_OFFICIAL, gov.kind, gov.name, surface, country=side)


def side_of_word(word: str | None, g: Gazetteer) -> str | None:
    """The country or movement a phrase names; 'On Tuesday Saudi Arabia's defence minister' reads
    the capitalised run before the possessive, so words before the name ('Tuesday') are skipped."""
    if not word:
        return None
    parts = word.split()
    for i in range(len(parts)):
        found = _side_of(parts[i:], g)
        if found is not None:
            return found
    return None


def _of_side(word: str | None, g: Gazetteer) -> str | None:
    """Whose office 'of ...' names: the longest run of capitalised words read from the front ("the
    secretary-general of Islamic Jihad", "the president of Iran Ebrahim Raisi": Iran)."""
    parts = (word or "").split()
    for k in range(len(parts), 0, -1):
        found = _side_of(parts[:k], g)
        if found is not None:
            return found
    return None


def _side_of(parts: list[str], g: Gazetteer) -> str | None:
    key = org_key(parts)
    if key in g.adjectives:
        return g.adjectives[key]
    if key in g.org_adjectives:
        return g.org_adjectives[key].name
    entity = g.places.get(key) or g.orgs.get(key)
    if entity is not None and entity.kind in (COUNTRY, "movement", "government"):
        return entity.country if entity.kind == "government" and entity.country else entity.name
    return None


def named_in_article(memory: ArticleMemory, side: str | None, office: str) -> tuple[str, str, str | None] | None:
    """'the Iranian foreign minister' after 'Foreign Minister Abbas Araghchi' is Araghchi."""
    for p in reversed(memory.people):
        if (side is None or p.affiliation == side) and p.affiliation and p.title and office.lower() in p.title.lower() \
                and "deputy" not in p.title.lower() and "former" not in p.title.lower():
            return p.name, p.affiliation, p.title
    return None


def office_holder(holders: dict[tuple[str, str], list[tuple[str, str, str | None]]], side: str, office: str,
            when: date | None, g: Gazetteer) -> tuple[str, str, str | None] | None:
    if when is None:
        return None
    month = f"{when.year:04d}-{when.month:02d}"
    for name, since, until in holders.get((side, office), []):
        if since <= month and (until is None or month < until):
            known = g.people.get(person_key(name.split()))
            if known is not None:
                return name, known.affiliation or side, known.title  # Abbas acts for the Palestinian Authority
            return name, side, None
    return None


def affiliation_kind(affiliation: str, g: Gazetteer) -> str:
    """A country stands for its government; a movement is a movement."""
    entity = g.orgs.get(org_key(affiliation.split()))
    if entity is not None:
        return entity.kind
    return "government"
