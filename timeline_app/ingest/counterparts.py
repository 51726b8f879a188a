"""'his Omani counterpart': the holder of the speaker's own office on the side the adjective names.

News names the other side of a meeting of equals by the visitor's or host's office alone:
"Amirabdollahian met his visiting Omani counterpart", "Fidan held talks with his Qatari
counterpart". The possessor is the nearest titled person before the phrase (in the sentence, else
the article's last titled person); his office read from his title (resources/offices.json
phrases) and the nationality adjective's side give the counterpart: the person of that side and
office the article has named, else the office holder at the article's date. A name right after
the phrase ("his Omani counterpart Badr Albusaidi") is left to the name.

"Iranian and Omani foreign ministers held a meeting": the same office on two sides, named together,
is each side's holder (`paired_office_holders`).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import PERSON, Gazetteer
from .memory import UNNAMED_OFFICIAL, ArticleMemory, Ent
from .offices import affiliation_kind, named_in_article, office_data, office_holder, side_of_word, unnamed_official

_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+(?:(?:visiting|new|current)\s+)?(?P<adj>(?-i:[A-Z])[\w\-]+)\s+counterpart\b", re.I)


def _office_of(title: str | None) -> str | None:
    """The canonical office a title holds ('Iranian Foreign Minister' -> the foreign minister's office)."""
    if not title:
        return None
    low = title.lower()
    if re.search(r"\b(?:deputy|vice|former|assistant|acting)\b", low):
        return None
    _, canonical, _ = office_data()
    found = [p for p in canonical if re.search(rf"\b{re.escape(p)}\b", low)]
    return canonical[max(found, key=len)] if found else None


def counterpart_holders(text: str, offset: int, ents: list[Ent], memory: ArticleMemory, g: Gazetteer) -> None:
    """Add a person entity for each 'his <Nationality> counterpart' whose holder is known."""
    if "counterpart" not in text.lower():
        return
    _, _, holders = office_data()
    added = []
    for m in _COUNTERPART.finditer(text):
        start, end = m.start() + offset, m.end() + offset
        if any(e.kind == PERSON and end <= e.start <= end + 3 for e in ents):
            continue  # "his Omani counterpart Badr Albusaidi": the name follows
        before = [e for e in ents if e.kind == PERSON and e.end <= start and e.title]
        possessor = before[-1] if before else next((p for p in reversed(memory.people) if p.title), None)
        office = _office_of(possessor.title) if possessor is not None else None
        side = side_of_word(m.group("adj"), g)
        nameless = next((e for e in reversed(ents) if e.t0 == UNNAMED_OFFICIAL and e.end <= start), None) if memory.published is None else None
        if nameless is not None and side is not None and side != nameless.country and not any(p.end > nameless.end for p in before):
            added += [u for u in (unnamed_official(start, end, side, m.group(0), g),) if u is not None]
            continue  # "Egypt's foreign minister met his Turkish counterpart" on an undated page: two unnamed officials
        if possessor is None or office is None or side is None or side == possessor.affiliation:
            continue
        holder = _holder_ent(start, end, side, office, ents, memory, g, holders)
        if holder is None and memory.published is None and not any(p.affiliation == side for p in memory.people):
            holder = unnamed_official(start, end, side, m.group(0), g)  # no date, no holder: that side's one official
        if holder is not None:
            added.append(holder)
    memory.add_found(ents, added)


def _holder_ent(start: int, end: int, side: str, office: str, ents: list[Ent], memory: ArticleMemory, g: Gazetteer,
                holders: dict[tuple[str, str], list[tuple[str, str, str | None]]]) -> Ent | None:
    """The person entity standing for `side`'s holder of `office` over start..end (the one the article
    names, else the holder at its date); the words it covers ("Omani" in "his Omani counterpart") are
    marked as modifiers, no side of their own."""
    person = named_in_article(memory, side, office) or office_holder(holders, side, office, memory.published, g)
    if person is None:
        return None
    name, affiliation, title = person
    for e in ents:
        if start <= e.start and e.end <= end:
            e.modifier = True
    return Ent(start, end, -2, -2, PERSON, name, name, affiliation=affiliation,
               affiliation_kind=affiliation_kind(affiliation, g), title=title)


@lru_cache(maxsize=1)
def _paired_pattern() -> re.Pattern[str]:
    """'<Adjective> and <Adjective> <office>s', the offices of resources/offices.json: built once."""
    _, canonical, _ = office_data()
    words = "|".join(re.escape(p) for p in sorted(canonical, key=len, reverse=True) if " " in p or p.endswith("minister"))
    return re.compile(r"\b(?P<a>(?-i:[A-Z])[\w\-]+)\s+and\s+(?P<b>(?-i:[A-Z])[\w\-]+)\s+(?P<office>" + words + r")s\b", re.I)


def paired_office_holders(text: str, offset: int, ents: list[Ent], memory: ArticleMemory, g: Gazetteer) -> None:
    """'Iranian and Omani foreign ministers met in Tehran': each side's holder of that office (named in
    the article, else at its date), one person entity on each side's adjective."""
    low = text.lower()
    if " and " not in low or "ministers" not in low:
        return
    _, canonical, holders = office_data()
    added = []
    for m in _paired_pattern().finditer(text):
        office = canonical[m.group("office").lower()]
        for key in ("a", "b"):
            side = side_of_word(m.group(key), g)
            if side is None:
                break
            holder = _holder_ent(m.start(key) + offset, m.end(key) + offset, side, office, ents, memory, g, holders)
            if holder is not None:
                added.append(holder)
    memory.add_found(ents, added)
