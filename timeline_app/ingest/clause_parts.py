"""Clause level: the sides, places and day one clause of a sentence names.

Read by the trigger stage for each reported event. Works on the entity layer of the sentence
(people, organisations, places found once by `entities.recognize`); the only text it reads
itself is the grammar around those entities ("a delegation of the X", "in <town>", "on Tuesday").
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .clauses import Masked
from .date_scope import in_dateline, in_other_clause, in_other_happening, own_coordinate
from .dates import DateExpr
from .entities import Ent
from .memory import UNNAMED_OFFICIAL
from .gazetteer import ADJECTIVE, COUNTRY, ORG_KINDS, PERSON, gazetteer, org_key
from .pattern_keys import key_words
from .resources import load_json
from .side_phrases import owned_body_named, unnamed_of
from .span_keys import may_search
from .vocab_matcher import words

_GENERIC_GROUPS = frozenset({"movement", "group", "organisation", "organization", "party", "front", "faction", "side", "government", "palestinian", "senior", "high-level", "official", "joint"})


def within(ent: Ent, base: int, a: int, b: int) -> bool:
    """The entity lies inside the clause [a, b) of the sentence starting at base."""
    return a <= ent.start - base and ent.end - base <= b


_LOCATIVE = re.compile(r"\b(?:in|to|into|from|at|near|across|against|on|over|about|inside|outside|toward|towards|via|through|within|throughout|of|for|by)\s+(?:the\s+)?$", re.I)

_MOURNED = re.compile(
    r"\b(?:funeral|burial|memorial|mourning|commemoration|killing|assassination|death|tomb|grave|mausoleum|shrine)\s+(?:(?:service|ceremony|prayers?|rites|procession)\s+)?"
    r"(?:(?:on|in|at)\s+[\w\-]+\s+)?(?:of|for)\s+(?:the\s+)?(?:late\s+)?(?:[\w\-\u2019'.]+\s+){0,6}(?:[\w\-\u2019'.]+,\s+)?$"
    r"|\bthe\s+(?:late|martyrs?|martyred)\s+(?:[\w\-\u2019'.]+,?\s+){0,8}$", re.I)  # "paid tribute to the late leader X", "the martyr X", "funeral prayers for the slain leader, X": deceased

# a letter's or a message's sender (not its bearer "delivered by Y", not its addressee "from X to Y")
_SENDER = re.compile(r"\b(?:letter|message)\s+(?:to\s+[^,;.]{1,40}?\s+)?from\s+(?:(?!to\b|and\b)[\w\-\u2019'.]+\s+){0,4}?"
                     r"(?:(?!to\b|and\b)[\w\-\u2019'.]+,\s+)?$", re.I)

_COINCIDED = re.compile(r"\bcoincid(?:ed|es|ing)\s+with\s+[^,;.]*$", re.I)
# words before a person that say he was not at the meeting: "the funeral of ... X" (the deceased), "handed a
# letter from the movement's leader, X" (he wrote), "coincided with a visit to Moscow of X" (another event)
_NOT_THERE_BEFORE = (_MOURNED, _SENDER, _COINCIDED)
_KIND_NOUN = re.compile(r"\s*(?:group|movement|militia|party|faction|organi[sz]ation)\s+")


def clause_people(ents: list[Ent], base: int, a: int, b: int, masked: Masked, text: str | None = None) -> tuple[list[Ent], list[Ent]]:
    people, orgs = [], []
    for e in ents:
        if not within(e, base, a, b) or e.modifier or masked.hidden(e.start - base, e.end - base):
            continue
        if e.kind == PERSON:
            if text is not None and any(p.search(text[max(a, e.start - base - 90):e.start - base]) for p in _NOT_THERE_BEFORE):
                continue  # the deceased of a funeral, a letter's sender, the traveller of a visit it coincided with
            people.append(e)
        elif e.kind in ORG_KINDS:
            orgs.append(e)
        elif e.kind == COUNTRY and text is not None and _acting_country(text, e, base):
            gov = gazetteer().government(e.name)
            # ("the delegation of the Government of X": named as a side by a group phrase, t0 = -1 marks it)
            named = _GOVERNMENT_OF.search(text, max(0, e.start - base - 60), e.start - base) is not None
            orgs.append(Ent(e.start, e.end, -1 if named else e.t0, -1 if named else e.t1, gov.kind, gov.name, e.surface, country=e.name))
    return people, orgs


# "the delegation of the Government of X", "with the Government of X": the government acting, not a place
_GOVERNMENT_OF = re.compile(r"(?:\b(?:delegations?|team|representatives|envoys|negotiators)\s+of|\bwith|\band|\bbetween|^|[,;])\s+(?:the\s+)?"
                            r"(?:government|authorities)\s+of\s+(?:the\s+)?$", re.I)


def _acting_country(text: str, e: Ent, base: int) -> bool:
    """'The United States and the Taliban signed ...', 'talks with Iran': a country as a side."""
    before = text[max(0, e.start - base - 60):e.start - base]
    after = text[e.end - base:]
    if _GOVERNMENT_OF.search(text, max(0, e.start - base - 60), e.start - base):
        return True  # "with the delegation of the Government of Sudan": the state's side
    if _LOCATIVE.search(before) or re.match(r"^['\u2019]s\b|^\s*-", after):
        return False
    stripped = before.rstrip()
    return not stripped or bool(re.search(r"(?:\b(?:and|with|between|the)|,)$", stripped))


def _adjective_form(e: Ent, text: str, base: int) -> bool:
    """'US officials', 'a U.S. delegation': a country's short name used as its adjective before a group word
    qualifies the group exactly as 'American officials' does (resources/countries.json 'adjectives')."""
    return e.kind == COUNTRY and org_key(e.surface.replace(".", "").split()) in gazetteer().adjectives \
        and bool(_GROUP_ADJ.match(text[e.end - base:].removeprefix(".")))


def with_groups(orgs: list[Ent], groups: list[Ent]) -> list[Ent]:
    """The clause's bodies with those named by group phrases: 'Delegates of A and B met' reads B as a bare
    country too, and the group reading (a side even where no town is told) must be the one kept."""
    return [o for o in orgs if not any(g.name == o.name and g.t0 == -1 for g in groups)] + groups


def clause_groups(text: str, ents: list[Ent], base: int, a: int, b: int, masked: Masked) -> list[Ent]:
    """'the Iranian delegation', 'a delegation of the Polisario Front': sides named by group words."""
    g = gazetteer()
    out: list[Ent] = []
    adjectives = [e for e in ents if (e.kind == ADJECTIVE or _adjective_form(e, text, base)) and within(e, base, a, b)
                  and not masked.hidden(e.start - base, e.end - base)]
    for i, e in enumerate(adjectives):
        rest = text[e.end - base:].removeprefix(".") if e.kind == COUNTRY else text[e.end - base:]  # ("U.S. officials")
        grouped = bool(_GROUP_ADJ.match(rest)) or bool(_ITS_COUNTERPART.match(rest) and re.search(r"\bits\s+$", text[:e.start - base]))
        # "spoke with a Qatari minister of state": one unnamed person's side (t0 = UNNAMED_OFFICIAL marks it)
        unnamed = not grouped and bool(_unnamed_official().match(rest)) and bool(_UNNAMED_BEFORE.search(text, max(0, e.start - base - 26), e.start - base))
        if unnamed:
            gov = g.government(e.country or e.name)
            out.append(Ent(e.start, e.end, UNNAMED_OFFICIAL, UNNAMED_OFFICIAL, gov.kind, gov.name, e.surface, country=e.country))
        if not grouped:
            # "Saudi and Omani delegations": the first adjective shares the group noun
            m = re.match(r"^\s*(?:,|and|,\s*and)\s+", rest)
            nxt = adjectives[i + 1] if i + 1 < len(adjectives) else None
            grouped = bool(m and nxt is not None and nxt.start - base == e.end - base + m.end() and _GROUP_ADJ.match(text[nxt.end - base:]))
        if grouped:  # t0 = -1 marks a side named by a group phrase ("the Iranian delegation")
            gov = g.government(e.country or e.name)
            out.append(Ent(e.start, e.end, -1, -1, gov.kind, gov.name, e.surface, country=e.country))
    for e in ents:  # "received a deputy foreign minister of Oman": one unnamed official's country
        if e.kind == COUNTRY and within(e, base, a, b) and not masked.hidden(e.start - base, e.end - base) \
                and unnamed_of().search(text, max(0, e.start - base - 70), e.start - base):
            gov = g.government(e.name)
            out.append(Ent(e.start, e.end, UNNAMED_OFFICIAL, UNNAMED_OFFICIAL, gov.kind, gov.name, e.surface, country=e.name))
    for m in _GROUP_FROM.finditer(text, a, b):
        pos = m.end()
        for e in sorted((x for x in ents if x.start - base >= pos), key=lambda x: x.start):
            gap = text[pos:e.start - base]
            if not re.fullmatch(r"\s*(?:,|and|,\s*and|including|such as|notably|among them|the)?\s*(?:the\s+)?", gap):
                break
            if re.match(r"^['\u2019]s\b", text[e.end - base:]) and owned_body_named(text, e.end - base + 2, ents, base):
                pos = e.end - base + 2  # "a delegation from Yemen's Houthi movement": Yemen only qualifies
                continue
            # ("a delegation from Iraq's chambers of commerce": no body named after it, the country is the side)
            if e.kind == COUNTRY:
                gov = g.government(e.name)
                out.append(Ent(e.start, e.end, -1, -1, gov.kind, gov.name, e.surface, country=e.name))
            elif e.kind in ORG_KINDS:
                out.append(e)
            else:
                break
            pos = e.end - base
    for m in _GROUP_FROM_DESCRIBED.finditer(text, a, b):  # "a delegation from the regional bloc (ECOWAS)"
        known = [e for e in ents if e.start - base == m.start("acr") and e.end - base == m.end("acr")]
        if not known or known[0].kind in ORG_KINDS:  # (a known body as itself; an unknown one by its bracketed name)
            name = known[0].name if known else m.group("acr")
            kind = known[0].kind if known else "organisation"
            out.append(Ent(m.start("acr") + base, m.end("acr") + base, -1, -1, kind, name, m.group("acr"),
                           country=known[0].country if known else None))
    for regex in (_DELEGATION_OF, _ORG_DELEGATION):
        for m in regex.finditer(text, a, b):
            for name, offset in _org_names(text, m):
                s, e = offset + base, offset + len(name) + base
                if any(x.start <= s < x.end or s <= x.start < e for x in ents if x.kind != ADJECTIVE) or _described(text, e - base, ents, base):
                    continue  # ("a delegation of the Lebanese Shiite group Hezbollah": words describing the body named after)
                key = org_key(name.split())
                if key in g.adjectives:  # "the Iranian delegation": a country's government
                    gov = g.government(g.adjectives[key])
                    out.append(Ent(s, e, -1, -1, gov.kind, gov.name, name, country=g.adjectives[key]))
                    continue
                pair = [org_key([part]) for part in name.split("-")] if "-" in name and " " not in name else []
                if pair and all(k in g.adjectives for k in pair):  # "a Qatari-Egyptian delegation": both states
                    for k in pair:
                        gov = g.government(g.adjectives[k])
                        if not any(o.name == gov.name for o in out):  # ("Omani" may be named as an adjective already)
                            out.append(Ent(s, e, -1, -1, gov.kind, gov.name, name, country=g.adjectives[k]))
                    continue
                if not name or key in g.roles or name.lower() in g.blocked:
                    continue
                movement = g.short_name(name.strip()) if " " not in name.strip() else None
                if movement is not None:  # "The Jihad delegation": the body its short name stands for
                    out.append(Ent(s, e, -1, -1, movement.kind, movement.name, name, country=movement.country))
                    continue
                out.append(Ent(s, e, -1, -1, "organisation", name, name))
    return out


def _described(text: str, end: int, ents: list[Ent], base: int) -> bool:
    """Is the run ending at `end` followed by a kind noun and a known body ('... group Hezbollah')?"""
    m = _KIND_NOUN.match(text, end, end + 20)
    return m is not None and any(x.kind in ORG_KINDS and x.start - base == m.end() for x in ents)


def _org_names(text: str, m: re.Match[str]) -> list[tuple[str, int]]:
    """'Delegations of the Libyan House of Representatives and the High Council of State': both."""
    out = []
    start = m.start("org")
    raw = m.group("org")
    tail = re.match(r"\s*and\s+(?:the\s+)?((?:[A-Z][\w\u2019'\-]*\s?(?:of\s+(?:the\s+)?)?){1,7})", text[m.end("org"):])
    parts = [(raw, start)]
    if tail:
        parts.append((tail.group(1), m.end("org") + tail.start(1)))
    for part, offset in parts:
        name = " ".join(part.split()).rstrip(" ,")
        name = re.sub(r"\s+of(?:\s+the)?$", "", name)
        name = re.sub(r"['\u2019]s$", "", name)
        if name and name.lower() not in _GENERIC_GROUPS:
            out.append((name, offset + (len(part) - len(part.lstrip()))))
    return out


_STATEMENT_DAY = re.compile(
    r"\b(?:statement|communiqu[e\u00e9]|readout|release|post)\s+(?:[\w\-]+\s+){0,2}(?:issued|released|published|posted)\s+"
    r"(?:(?:late|early)\s+)?(?:on\s+)?$"
    # "issued a statement today on the visit of X": the day the statement came out, not the visit's
    r"|\b(?:issued|released|published|posted|put\s+out)\s+(?:a|an|its|the)\s+(?:[\w\-]+\s+){0,2}?(?:statement|communiqu[e\u00e9]|readout|press\s+release)\s+"
    r"(?:(?:late|early)\s+)?(?:on\s+)?$", re.I)


# ", killed in an air strike on September 3," : an aside dating a death, not the event reported
# (", the group's deputy leader killed in a strike on 2 January": after an apposition too)
# ("toured the site of the strike that killed X on September 27": the strike's day, in its relative clause)
_DEATH_DAY = re.compile(r"(?:,\s+(?:who\s+was\s+|(?:the|a|an)\s+(?:[\w\-\u2019']+\s+){0,5}?)?|\b(?:that|which)\s+)(?:killed|assassinated|slain|murdered)\b[^,;]{0,60}$", re.I)
# "the summit to be held on Saturday", "a visit scheduled for May": the day of a happening still planned
# ("Ramadan, expected to begin around 13 April", "a truce due to end by Friday": a day still ahead)
_PLANNED_DAY = re.compile(r"\b(?:to\s+be\s+(?:held|convened|hosted|staged)|to\s+take\s+place|(?:scheduled|slated|planned|set|due|(?<!as )expected)(?:\s+to\s+(?:be\s+held|take\s+place|open|start|begin|end|expire|resume|arrive))?)"
                          r"\s+(?:for\s+|on\s+|around\s+|by\s+|in\s+|(?:on\s+or\s+)?about\s+)?$", re.I)


def clause_date(text: str, a: int, b: int, anchor: int, masked: Masked, dates: list[DateExpr]) -> DateExpr | None:
    """The day a clause text[a:b] gives, read from the sentence's date layer (nearest the trigger);
    a day named in the trigger's own coordinate first ("brokered X in March 2023, and hosted Y on
    March 14": the hosting's day, see `date_scope`)."""
    own = own_coordinate(text, a, b, anchor)
    if own != (a, b) and (mine := clause_date(text, own[0], own[1], anchor, masked, dates)) is not None:
        return mine
    best = exact = said_day = latest = dateline_day = trip_end = None
    seen = words(text)  # (a window check whose cue words the sentence lacks is not run: span_keys)
    # "has been holding talks in Cairo since Monday with X": the talks told began that day, the report's day
    ongoing = re.search(r"\b(?:has|have)\s+been\s+$", text[max(a, anchor - 20):anchor]) is not None
    # "gathered in Beijing on Sunday for the round, the second hosted by China this year": the
    # ordinal's period counts the rounds; the round's day is the one its clause names before
    counted = _ORDINAL_BEFORE.search(text, max(a, anchor - 40), anchor) is not None \
        and any(a <= d.start < anchor and d.kind in _BEGAN_KINDS for d in dates)
    for d in dates:
        s, e = d.start, d.end
        if s < a or e > b:
            continue
        if ongoing and s > anchor and d.kind in _BEGAN_KINDS and re.search(r"\bsince\s+$", text[max(a, s - 8):s]) \
                and not re.search(r"[,;()\"\u201c]", text[anchor:s]) and not masked.hidden(s, e):
            return d
        if s < anchor and _SAID_BEFORE.search(text[max(a, s - 60):s]) and re.search(r"\bthat\b", text[e:anchor]):
            said_day = said_day or d
            continue  # "X said in a statement on Tuesday that Y met Z on Monday": the day it was said
        if masked.hidden(s, e) or _SINCE.search(text[max(a, s - 20):s]) or _DATE_NOISE_AFTER.match(text[e:]):
            continue
        if d.kind == "anaphoric" and any(p.kind in _BEGAN_KINDS and a <= p.start and re.fullmatch(r",\s*", text[p.end:s]) for p in dates):
            continue  # "On Saturday, the eve of the conference, X was received": the day named, not the apposition counting it
        if in_dateline(text, s, e):
            dateline_day = dateline_day or d  # "TEHRAN (Aug. 14, 2019) - X received Y on Tuesday": the report's own day first
            continue
        if s > anchor and ";" in text[anchor:s]:
            continue  # "met X in October; on 23 December he announced ...": the next clause's day
        if s > anchor and (in_other_happening(text, anchor, s) or in_other_clause(text, anchor, s)):
            continue  # "met X after the killing of Y on Tuesday", "after the group seized power in August": that happening's day (see date_scope)
        if s > anchor and _SINCE_CLAUSE.search(text[anchor:s]):
            continue  # "..., the first visit since the group returned to power in August": not the report's day
        if s < anchor and _TRIP_ENDED.search(text[max(a, s - 60):s]) and _DURING_TRIP.match(text, e, anchor):
            trip_end = trip_end or d  # "returned on Tuesday from a three-day visit during which he met X": the return's day, not the meeting's
            continue
        if s < anchor and _SINCE_CLAUSE.search(text[max(a, s - 80):s]):
            continue  # "attending his first summit since Egypt joined the bloc in January, had talks": that clause's day
        if s < anchor and re.search(r"\b(?:who|which|whose)\b[^,;()]*$", text[max(a, s - 100):s]) and "," in text[e:anchor]:
            continue  # "Fidan, who took over the ministry last June, also met X": the relative clause's day
        if s < anchor and may_search(_DAY_KEYS[3], seen, text, max(a, s - 60), s, sliced=True) and _OFFICE_APPOSITION.search(text[max(a, s - 60):s]) and "," in text[e:anchor]:
            continue  # "Qassem, elected in October, received X": the day of the office, not of the report
        if d.kind in ("year", "month_year") and _STALL_APPOSITION.search(text[max(a, s - 80):s]) and re.match(r"\s*,", text[e:]):
            continue  # "Talks, suspended after starting in 2017, resumed on Monday": the stall's years, not the report's day
        if (may_search(_DAY_KEYS[0], seen, text, max(0, s - 50), s, sliced=True) and _STATEMENT_DAY.search(text[max(0, s - 50):s]) and not re.match(r"['\u2019]s\b", text[e:])) \
                or (may_search(_DAY_KEYS[1], seen, text, max(a, s - 100), s, sliced=True) and _DEATH_DAY.search(text[max(a, s - 100):s])) \
                or (may_search(_DAY_KEYS[2], seen, text, max(a, s - 40), s, sliced=True) and _PLANNED_DAY.search(text[max(a, s - 40):s])):
            continue  # "in a statement issued late on Tuesday", "X, killed in a strike on May 3,", "to be held on Saturday": not the report's day
        if s > anchor and re.match(r"['\u2019]s\s+(?!(?:talks|meeting|meetings|visit|summit|session|call|trip)\b)[a-z]", text[e:] if not re.search(r"['\u2019]s$", text[s:e]) else text[e - 2:]):
            continue  # "held talks to shore up the truce that ended this week's fighting": the day of another noun
        if d.kind == "year" and d.rel in ("since", "until", "by", "from"):
            continue
        if counted and s > anchor and d.kind in _VAGUE_KINDS | {"year", "month_year"}:
            continue
        if re.match(r"(?:until|till|since)\b", d.text or "", re.I):
            continue  # "who was defence minister until May": the end of a tenure, not the report's day
        if MOST_RECENT.search(text, max(a, s - 40), s):
            latest = latest or d  # "has met him twice this month, most recently on Tuesday": the one occasion told
        if best is None or abs(s - anchor) < abs(best.start - anchor):
            best = d
        if d.kind in _DAY_KINDS and (exact is None or abs(s - anchor) < abs(exact.start - anchor)):
            exact = d
    # "came last month, when X received Y ... on April 20": the day the clause names beats a vaguer period near it
    if best is None and trip_end is not None:  # some day of the trip that ended then: its month, not the return's day
        return DateExpr(trip_end.start, trip_end.end, "relperiod", rel=TRIP_MONTH, text=trip_end.text, undisclosed=True)
    if best is None:
        if said_day is None and dateline_day is not None and dateline_day.kind == "full":
            return replace(dateline_day, rel="dateline")  # the filing day: dated as by the publication, which it is
        return said_day or dateline_day or _after_relative(text, anchor, b, dates)  # "said on Tuesday that the two met": the day it was told
    if latest is not None:
        return latest
    return exact if best.kind in _VAGUE_KINDS and exact is not None else best


# "most recently on Tuesday", "the latest of them in May": among occasions counted or told as a habit, the one dated
# "received X, who arrived on Sunday for a two-day visit, on Monday": the day after the relative clause closes
_RELATIVE_THEN_DAY = re.compile(r"[^,;:()\"\u201c\u201d]*,\s+(?:who|which)\s+[^,;:()\"\u201c\u201d]+,\s+(?=(?:on|late\s+on|early\s+on)\s)", re.I)


def _after_relative(text: str, anchor: int, b: int, dates: list[DateExpr]) -> DateExpr | None:
    """A day told right after a relative clause that follows the trigger's object ('received X, who
    arrived on Sunday, on Monday'): the trigger's clause was cut where the relative clause's verb
    begins, but the day closing the sentence after it is the trigger's."""
    m = _RELATIVE_THEN_DAY.match(text, anchor)
    if m is None or m.end() < b:
        return None
    return next((d for d in dates if m.end() <= d.start <= m.end() + 12 and re.match(r"\s*(?:[,.;]|$)", text[d.end:])), None)


MOST_RECENT = re.compile(r"\b(?:most\s+recently|(?:the\s+)?(?:latest|last|most\s+recent)\s+(?:(?:one|time|occasion|of\s+(?:which|them|these|those))\s+)?"
                         r"(?:being\s+|was\s+|coming\s+)?(?=(?:on|in|at)\s))(?:\s+(?:on|in|at|during|this|last))?\s*$", re.I)


# "X, elected in October,", "Y, appointed last year,": an apposition telling when someone took office
_OFFICE_APPOSITION = re.compile(r",\s+(?:(?:newly|recently|only|just)\s+)?(?:re-?elected|elected|appointed|named|chosen|installed|sworn\s+in|nominated|promoted|tapped|picked)"
                                r"\s+(?:[\w\-]+\s+){0,4}?(?:in|on|last|this|earlier|early|late)?\s*$", re.I)
# "The talks, interrupted for years after starting in 2017, resumed on Monday": the aside's year is the stall's
_STALL_APPOSITION = re.compile(r",\s+(?:(?:first|long|largely)\s+)?(?:interrupted|suspended|stalled|frozen|halted|paused|broken\s+off)\b[^,;()]{0,60}$", re.I)


# "said in a statement on", "announced on": a day that dates the telling, when "that ..." follows
_SAID_BEFORE = re.compile(r"\b(?:said|says|announced|reported|stated|confirmed)\b(?:\s+in\s+an?\s+\w+)?\s+"
                          r"(?:(?:late|early|earlier)\s+)?(?:on\s+)?$", re.I)


_DAY_KINDS = frozenset({"full", "month_day", "dom"})
_ORDINAL_BEFORE = re.compile(r",\s+the\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th))"
                             r"\s+(?:such\s+)?(?:[a-z\-]+\s+)?$", re.I)
_BEGAN_KINDS = frozenset({"full", "month_day", "dom", "weekday"})
_VAGUE_KINDS = frozenset({"relperiod", "month"})


SUBORDINATE = re.compile(
    r"\b(?:which|who|whom)\b|\b(?:discussed|exchanged views)\b|\b(?:announced|unveiled|proposed|launched|released|issued|published|declared|killed|"
    r"assassinated|imposed|signed|reached|struck|brokered)\s+(?:in|on|at|last|earlier|this)\b", re.I)


# a trailing "since ..." clause between the report and a date: the date belongs to the clause
TRIP_MONTH = "trip's month"  # the rel of such a date: the month of the trip told by its end (arrivals folds it into the trip)
# a trip told by its end ("returned home on Tuesday from", "wrapped up on Sunday") and what it held told in a
# "during which" clause after it: the day is the trip's last, its meetings were on days the clause does not say
_TRIP_ENDED = re.compile(r"\b(?:returned|came\s+back|flew\s+back|arrived\s+back|got\s+back|wrapped\s+up|concluded|ended|rounded\s+off)\b[^,;()]*$", re.I)
# (the trip itself, "from a three-day visit", is no more of that day than what it held)
_DURING_TRIP = re.compile(r"[^;()]*?\b(?:visit|trip|tour|stay|mission)\b[^;()]{0,60}?,?\s+(?:during|in\s+the\s+course\s+of)\s+which\b[^;()]*$"
                          r"|\s+from\s+(?:a|an|his|her|their|its|the)\s+(?:[\w\-]+\s+){0,3}$", re.I)
_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;()]*$", re.I)
_SINCE = re.compile(r"\b(?:since|until|till|before|after|from|by|through|following|ahead of)\s+(?:the\s+)?$", re.I)


# the cue words of the statement, death, plan and office checks of a date (vocab_matcher.key_words)
_DAY_KEYS = tuple(key_words(p) for p in (_STATEMENT_DAY, _DEATH_DAY, _PLANNED_DAY, _OFFICE_APPOSITION))
_DATE_NOISE_AFTER = re.compile(r"^\s*(?:attack|attacks|war|massacre|offensive|assault|events?)\b", re.I)


# "spoke with a Qatari minister", "met the Chinese ambassador": a counterpart's title without a name is still a counterpart
# (also as the subject opening a sentence or a dateline's story: "A senior Indian diplomat held talks with X")
_UNNAMED_BEFORE = re.compile(r"(?:\b(?:with\s+an?|(?:met|meets|meeting|received|receives|receiving|hosted|hosts|hosting|welcomed|welcomes)\s+(?:an?|the))"
                             r"|(?:^|[:\u2013\u2014]\s+|--\s+)(?-i:A|An))\s+(?:(?:senior|top|high-ranking|visiting)\s+)?$", re.I)


@lru_cache(maxsize=1)
def _unnamed_official() -> re.Pattern[str]:
    """'a Qatari minister', 'an Egyptian official' (resources/titles.json 'unnamed_official_nouns'): one
    unnamed person whose side is known."""
    nouns = (load_json("titles.json") or {}).get("unnamed_official_nouns", ["official"])
    # ("an Omani deputy foreign minister", "a Saudi assistant defence minister": a portfolio between)
    return re.compile(r"^\s*(?:(?:senior|top|deputy|assistant|vice|special|foreign|defen[cs]e|interior|finance|economy|trade|energy|oil)\s+){0,3}"
                      r"(?:" + "|".join(map(re.escape, nouns)) + r")\b", re.I)


# "an Egyptian security delegation", "the Iranian negotiating team" (qualifiers in titles.json), "an Omani
# mediation delegation": up to two listed qualifiers, or one other lower-case word before delegation/team
_GROUP_ADJ = re.compile(
    r"^\s*(?:(?:" + "|".join(map(re.escape, load_json("titles.json").get("group_qualifiers", []))) + r")\s+){0,2}"
    r"(?:(?!(?:and|or|of|to|in|on|at|for|with|from|by|the|was|were|is|are|has|had|who|which|that)\b)(?-i:[a-z][a-z\-]{3,})\s+(?=(?:delegations?|teams?)\b))?"
    r"(?:sides?|delegations?|delegates|teams?|officials|representatives|envoys|government|leadership|counterparts|"
    r"negotiators|mediators|foreign ministry|authorities|diplomats|ministers|leaders|security officials|intelligence officials)\b",
    re.I,
)


_DELEGATION_OF = re.compile(r"\b[Dd]elegations?\s+(?:of|from)\s+(?:the\s+)?(?P<org>(?:[A-Z][\w\u2019'\-]*\s?(?:of\s+(?:the\s+)?)?){1,7})", re.U)


# "the delegation sat down with its Saudi counterpart": a group's counterpart is that country's group
_ITS_COUNTERPART = re.compile(r"\s*counterpart\b", re.I)
_GROUP_FROM = re.compile(r"\b(?:envoys?|delegations?|representatives|delegates|officials|diplomats|ministers|negotiators|teams?|(?<=military )leaders|chiefs)\s+(?:from|of)\s+(?:(?:more than|some|about|around|over)\s+\d+\s+countries,?\s+)?(?:including\s+)?", re.I)


# the body a group comes from, described first and named in brackets after: "envoys from West Africa's bloc (ECOWAS)"
_GROUP_FROM_DESCRIBED = re.compile(r"\b(?:envoys?|delegations?|representatives|delegates|officials|negotiators|teams?|mission)\s+from\s+"
                                   r"(?:the\s+)?(?:[\w\u2019'\-]+\s+){1,6}\((?P<acr>[A-Z][\w\-]{1,15})\)")
_ORG_DELEGATION = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?P<org>(?:[A-Z][\w\u2019'\-]*\s){1,4})delegation\b")
