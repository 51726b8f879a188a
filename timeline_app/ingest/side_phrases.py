"""Phrases that name a side by one unnamed official or by a country's body (clause_parts.clause_groups).

"met a deputy foreign minister of Oman" names Oman's side with nobody named; "a delegation from
Jordan's chambers of commerce" names Jordan's, but "a delegation from Yemen's Houthi movement" names
the movement and "the ministers of Afghanistan's neighbours" no side at all. The words are in
resources/titles.json ('unnamed_official_nouns', 'state_body_nouns').
"""
from __future__ import annotations

import re
from functools import lru_cache

from .entities import Ent
from .gazetteer import ADJECTIVE
from .resources import load_json


@lru_cache(maxsize=1)
def unnamed_of() -> re.Pattern[str]:
    """'met a deputy foreign minister of Oman': one unnamed official named by his country after 'of'."""
    nouns = (load_json("titles.json") or {}).get("unnamed_official_nouns", ["official"])
    return re.compile(r"(?:\b(?:with|met|meets|received|receives|hosted|hosts|welcomed)\s+|^)an?\s+(?:[a-z\-]+\s+){0,3}(?:"
                      + "|".join(map(re.escape, nouns)) + r")\s+of\s+(?:the\s+)?$", re.I)


@lru_cache(maxsize=1)
def state_body() -> re.Pattern[str]:
    nouns = (load_json("titles.json") or {}).get("state_body_nouns", ["ministry"])
    return re.compile(r"\s*(?:[a-z\-]+\s+){0,3}?(?:" + "|".join(sorted(map(re.escape, nouns), key=len, reverse=True)) + r")\b")


def owned_body_named(text: str, pos: int, ents: list[Ent], base: int) -> bool:
    """After "Yemen's", a named movement or body follows ("Yemen's Houthi movement"), or no state
    body at all ("Afghanistan's neighbours"): the country is no side. Only "Jordan's chambers of
    commerce", a common state body, leaves the country as the side."""
    nxt = min((x for x in ents if x.start - base >= pos and x.kind != ADJECTIVE), key=lambda x: x.start, default=None)
    if nxt is not None and re.fullmatch(r"\s*(?:the\s+)?", text[pos:nxt.start - base]):
        return True
    return not state_body().match(text, pos)
