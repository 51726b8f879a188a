"""People a sentence talks about without their taking part in what it reports.

"after the fall of President X's government", "the funeral of former leader Y" (the deceased),
"during X's rule": X and Y are the subject matter, never a visitor or a host. Such people are
marked as modifiers (like a country inside a title), so no event takes them as participants
and no pronoun is resolved to them. The nouns live in resources/titles.json.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .gazetteer import MOVEMENT, PERSON
from .memory import Ent
from .people import LEFT_OK, ROLE_WORDS
from .resources import load_json


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    titles = load_json("titles.json")
    of_nouns = "|".join(re.escape(w) for w in sorted(titles["topic_of_nouns"], key=len, reverse=True))
    possessed = "|".join(re.escape(w) for w in sorted(titles["topic_possessed_nouns"], key=len, reverse=True))
    before = re.compile(r"\b(?:" + of_nouns + r")(?:\s+(?:ceremony|ceremonies|service|services|procession|prayers?|rites))?"
                        r"(?:\s+(?:in|at|on)\s+[A-Z][\w\-]+)?\s+of\s+(?P<gap>(?:[\w\-\u2019'.,]+\s+){0,7})$"
                        r"|\bthe\s+late\s+(?P<gap3>(?:[\w\-\u2019'.]+\s+){0,5})$"
                        # "signed by envoys of army chief X and his rival Y": those who sent envoys were not there
                        r"|\b(?:envoys|representatives|emissaries|delegates)\s+of\s+(?P<gap5>(?:[\w\-\u2019'.,()]+\s+){0,14})$"
                        # "delivered a message from X": the sender is not there
                        r"|\b(?:message|messages|letter|letters|greetings|regards|invitation|condolences)\s+from\s+(?P<gap4>(?:[\w\-\u2019'.]+\s+){0,5})$"
                        # "on an invitation extended by his counterpart, X": who invited is not said to be there
                        r"|\binvitations?\s+(?:extended|issued|sent|addressed)\s+by\s+(?P<gap8>(?:[\w\-\u2019'.,]+\s+){0,6})$"
                        r"|\b(?:funeral|burial|memorial|mourning)\b[^.;]{0,80}?\bfor\s+(?P<gap2>(?:[\w\-\u2019'.,]+\s+){0,4})$"
                        # "paid condolences over X": the deceased ("condolences to X" is the bereaved, who may be met)
                        r"|\bcondolences\s+(?:over|on|for)\s+(?:the\s+(?:death|killing|loss|passing|martyrdom|assassination)\s+of\s+)?"
                        r"(?P<gap6>(?:[\w\-\u2019'.]+\s+){0,5})$"
                        # "the strike that killed Hezbollah leader X": the dead are not there
                        r"|\b(?:killed|assassinated|slain|murdered)\s+(?P<gap7>(?:[\w\-\u2019'.]+\s+){0,5})$", re.I)
    # "X's envoy", "X's special envoy", "X's Middle East envoy": X only qualifies the envoy
    after = re.compile(r"(?:['\u2019]s\s+(?:(?:[A-Z][\w\-]*|(?i:[a-z\-]+))\s+)?(?:[A-Z][\w\-]*\s+){0,2}|\s+)(?i:" + possessed + r")\b")
    return before, after, frozenset(titles["topic_list_words"]) | LEFT_OK


# "the conference organised by Qatar and Germany", "talks convened by the Chinese foreign ministry": the organisers
_ORGANISED_BY = re.compile(r"\b(?:co-)?(?:organi[sz]ed|convened|sponsored|facilitated)\s+by\s+(?:the\s+)?(?:[\w\-\u2019']+\s+(?:and\s+)?){0,4}$", re.I)


# "an ally of Hezbollah", "Israel's campaign against Hezbollah": the group is described or fought, no side there
_DESCRIBED_BY = re.compile(r"\b(?:(?:an?|the|key|close|staunch|main)\s+)?(?:ally|allies|backer|backers|patron|proxy|proxies)\s+of\s+(?:the\s+)?$"
                           r"|\bagainst\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+){0,2}$")


def mark_topic_people(text: str, offset: int, ents: list[Ent]) -> None:
    """Mark the people of `text` (offsets of `ents` are `offset` + local) that are only talked about,
    and the organisers of a gathering others met at (no delegation of their own, issue 9)."""
    before, after, list_words = _patterns()
    for p in ents:
        if p.kind != PERSON and not p.modifier and (_ORGANISED_BY.search(text, max(0, p.start - offset - 60), p.start - offset)
                                                    or (p.kind == MOVEMENT and _DESCRIBED_BY.search(text, max(0, p.start - offset - 40), p.start - offset))):
            p.modifier = True
        if p.kind != PERSON or p.modifier:
            continue
        start, end = p.start - offset, p.end - offset
        if after.match(text, end, min(len(text), end + 40)):
            p.modifier = True
            continue
        gap = _talked_about(before, list_words, text, max(0, start - 160), start)
        if gap >= 0:
            p.modifier = True  # "the funeral of former Secretary-General X", "the killing of X and Y"
            for o in ents:  # "the martyrdom of Hezbollah Secretary-General X": his side is talked about too
                if o.kind != PERSON and gap + offset <= o.start and o.end <= p.start:
                    o.modifier = True


_APPOSED_MEMBERS = re.compile(r"(?:the|its|his|their)\s+(?:[\w\-\u2019'()]+\s+){0,5}[\w\-\u2019'()]+$", re.I)
_INSTITUTION = re.compile(r"(?-i:Government|Administration)\s+of\s+(?-i:[A-Z])")
_GOVERNMENT_OF = re.compile(r"^(?:government|administration)\s+of\s", re.I)


def _talked_about(before: re.Pattern[str], list_words: frozenset[str], text: str, lo: int, hi: int) -> int:
    """Where the words between a topic noun and `hi` begin when only names and list words stand there
    ("the fall of the regime of X": when the farther noun's gap holds a common word, the nearer noun may
    still govern X), else -1."""
    while lo < hi:
        m = before.search(text, lo, hi)
        if m is None:
            return -1
        gap = next((g for g in m.groups() if g), "")
        if _INSTITUTION.match(m.group(0)):  # "the Government of National Unity, X": an institution's name, X heads it
            lo = m.start() + 1
            continue
        if "," in gap and _GOVERNMENT_OF.search(m.group(0)):
            # "the Foreign Minister of the caretaker government of Afghanistan, X": X, set off by the comma,
            # is the minister named, not the man a government of is told of ("the government of X")
            lo = m.start() + 1
            continue
        if m.group("gap5") and _APPOSED_MEMBERS.match(gap.rsplit(",", 1)[0]) \
                and gap.rsplit(",", 1)[0].split()[-1].lower() not in ROLE_WORDS:
            # "senior representatives of the Autonomous Administration, A and B": A and B, set off by the
            # comma after the body, are the representatives named, not the senders ("envoys of X and Y")
            lo = m.start() + 1
            continue
        if all(any(c.isupper() for c in w) or w.strip(",()").lower() in list_words for w in gap.split()):
            # "envoys of X and Y", "a message from X": X's side sent someone, so only X is the topic
            return hi if m.group("gap5") or m.group("gap4") or m.group("gap8") else hi - len(gap)
        lo = m.start() + 1
    return -1
