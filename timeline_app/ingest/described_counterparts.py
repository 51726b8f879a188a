"""A visitor's meeting whose counterpart is a described group of the host's legislators.

"X arrived in Washington late on Monday. ... X met congressional leaders on Capitol Hill this
afternoon": the counterpart is named only as a group (resources/titles.json 'host_legislators'),
so the report names one person and no side, which makes no event on its own (a lone person with
nobody met). When that person is a visitor whose arrival the article tells (before or after,
as a live blog does), the host's legislators are a counterpart all the same: the meeting is the
visitor's side's event.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .candidate import VERB, Candidate
from .drafts import Draft
from .entities import Ent
from .resources import load_json


@lru_cache(maxsize=1)
def _legislators() -> re.Pattern[str]:
    nouns = sorted((load_json("titles.json") or {}).get("host_legislators", []), key=len, reverse=True)
    return re.compile(r"\s+(?:with\s+)?(?:(?:senior|top|several|some|leading|a\s+group\s+of|a\s+number\s+of)\s+)?(?:the\s+)?(?:"
                      + "|".join(map(re.escape, nouns)) + r")\b", re.I)


def visitor_met_legislators(cand: Candidate, people: list[Ent]) -> bool:
    """Does the report tell one person of a known side meeting the host's legislators (see the module)?
    The draft it makes is kept only if the article tells that person's journey (`kept_visitor_meetings`)."""
    if cand.kind != VERB or cand.type not in ("meeting", "talks") or len(people) != 1 or not people[0].affiliation:
        return False
    return bool(_legislators().match(cand.sentence.text, cand.trigger[1] - cand.sentence.start))


def kept_visitor_meetings(drafts: list[Draft]) -> list[Draft]:
    """The drafts without the legislators' meetings of a person whose journey the article does not tell
    (a live blog tells the arrival after the meeting, newest first: the whole article is read first).
    A kept one with no town of its own ('on Capitol Hill') is held where the journey went."""
    kept: list[Draft] = []
    for d in drafts:
        trips = [t for t in drafts if t.type == "visit" and set(d.people) & set(t.people) and not t.past_perfect
                 and not t.background and t.host is None and not t.legislators] if d.legislators else []
        if d.legislators and not trips:
            continue
        if trips and not d.places:
            d.places = list(trips[0].places)
        kept.append(d)
    return kept
