"""Sentence level: which words report a visit, meeting, talks or call, and what each one says.

A verb trigger ("met", "held talks", "arrived in") reports an event when it is not a plan,
negated, hypothetical or habitual ("will soon travel", "had no plans to receive", "has been
hosting"). A sentence with several triggers is cut into clauses so that "flew into Moscow on
Sunday and on Monday held talks with Lavrov" yields two reports with their own dates.
Noun triggers ("the visit", "during their meeting with") and attachment cues ("the delegation
included", "sat in on the talks") refer to an event and are resolved at article level.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .clauses import Masked, mask, topic_marker
from .dates import DateExpr, find_dates
from .entities import Ent
from .gazetteer import ADJECTIVE, CITY, COUNTRY, GOVERNMENT, MOVEMENT, ORG_KINDS, PERSON, REGION, gazetteer, org_key
from .resources import load_json
from .sentences import Sentence

VERB, NOUN, ATTACH = "verb", "noun", "attach"

_DETERMINERS = frozenset("the a an their his her its our this that these those such first second last previous latest recent".split())
_SPLIT = re.compile(r";\s+|,\s+(?:and\s+|then\s+|but\s+)?(?=(?:who|when|where|while|after|before|and)\b)|\s+and\s+(?=(?:on|in|last|later|then|also|earlier|subsequently)\b)|,\s+and\s+|\s+and\s+(?=(?:held|met|received|hosted|visited|arrived|flew|travelled|traveled|spoke|signed|had)\b)", re.I)
_OBJECT_GROUP = re.compile(r"^\s*(?:with\s+)?(?:the\s+)?(?:(?:heads|leaders|members|chiefs)\s+of\s+)?(?:the\s+|both\s+)?(?:two|three|four|visiting|both)\s+(?:delegations|sides|parties|teams|movements|factions)\b", re.I)
_GROUP_SUBJECT = re.compile(r"\b(?:factions|groups|movements|parties|delegations|sides|envoys|representatives|delegates|countries|nations|members|group|quartet|committee|mediators)\b", re.I)
_RELATIVE = re.compile(r",\s+(?:who|which)\s+", re.I)
_SINCE = re.compile(r"\b(?:since|until|till|before|after|from|by|through|following|ahead of)\s+(?:the\s+)?$", re.I)
_DATE_NOISE_AFTER = re.compile(r"^\s*(?:attack|attacks|war|massacre|offensive|assault|events?)\b", re.I)
_PREP_PLACE = re.compile(r"\b(?:in|at|to|into|inside|near|outside)\s+(?:the\s+)?(?:[\w\u2019'\-]+\s+){0,4}$", re.I)
_ANAPHOR = re.compile(
    r"^[\s\u2014\u2013\-\"\u201c]*(?:(?:on|in|during|at|later|earlier|meanwhile|then|also|afterwards|subsequently|yesterday|today|last night|this morning|that day)[\w ,]*?,?\s+)?(?:(?:most|some|all|many|several|each|both|two|three)\s+(?:of\s+)?)?"
    r"(?P<a>he|she|they|it|i|we|the two (?:leaders|men|sides|ministers|officials|delegations)|both (?:sides|parties|men|leaders)|"
    r"the (?:[\w\u2019']+\s+){0,2}(?:delegation|delegations|delegates|team|visitors|guests|side|movement|participants|envoy|minister|official|leader))\b",
    re.I,
)
_OBJECT_PRONOUN = re.compile(r"\b(?:with|received|met|hosted|welcomed)\s+(?P<o>him|her|them)\b", re.I)
_SEPARATE = re.compile(r"\bseparate(?:ly)?\b", re.I)
_GROUP_ADJ = re.compile(
    r"^\s*(?:sides?|delegations?|delegates|teams?|officials|representatives|envoys|government|leadership|counterparts|"
    r"negotiators|mediators|foreign ministry|authorities|diplomats|ministers|leaders|security officials|intelligence officials)\b",
    re.I,
)
_DELEGATION_OF = re.compile(r"\b[Dd]elegations?\s+(?:of|from)\s+(?:the\s+)?(?P<org>(?:[A-Z][\w\u2019'\-]*\s?(?:of\s+(?:the\s+)?)?){1,7})", re.U)
_GROUP_FROM = re.compile(r"\b(?:envoys?|delegations?|representatives|delegates|officials|diplomats|ministers|negotiators|teams?)\s+(?:from|of)\s+(?:(?:more than|some|about|around|over)\s+\d+\s+countries,?\s+)?(?:including\s+)?", re.I)
_GENERIC_GROUPS = frozenset({"movement", "group", "organisation", "organization", "party", "front", "faction", "side", "government", "palestinian", "senior", "high-level", "official", "joint"})
_ORG_DELEGATION = re.compile(r"\b(?:[Tt]he|[Aa]n?)\s+(?P<org>(?:[A-Z][\w\u2019'\-]*\s){1,4})delegation\b")


@lru_cache(maxsize=1)
def _patterns() -> dict:
    data = load_json("triggers.json") or {}

    def compile_group(entries: list[dict]) -> list[tuple[str, re.Pattern[str]]]:
        return [(e["type"], re.compile(r"\b(?:" + e["pattern"] + r")\b", re.I)) for e in entries]

    modality = data.get("modality", {})
    return {
        "verbs": compile_group(data.get("verbs", [])),
        "nouns": compile_group(data.get("nouns", [])),
        "attach": re.compile(r"\b(?:" + "|".join(data.get("attach", [])) + r")\b", re.I) if data.get("attach") else None,
        "future_before": _phrase_set(modality.get("future_before", [])),
        "future_noun_before": _phrase_set(modality.get("future_noun_before", [])),
        "future_noun_after": _phrase_set(modality.get("future_noun_after", [])),
        "negation_before": _phrase_set(modality.get("negation_before", [])),
        "negation": re.compile(r"\b(?:" + "|".join(map(re.escape, modality.get("negation_words", ["cancelled"]))) + r")\b", re.I),
        "habitual": re.compile(r"\b(?:" + "|".join(map(re.escape, modality.get("habitual", ["regularly"]))) + r")\b", re.I),
        "hypothetical": re.compile(r"\b(?:" + "|".join(map(re.escape, modality.get("hypothetical", ["if"]))) + r")\b", re.I),
    }


def _phrase_set(phrases: list[str]) -> re.Pattern[str]:
    if not phrases:
        return re.compile(r"(?!x)x")
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(r"\b(?:" + alternatives + r")\b", re.I)


@dataclass
class Candidate:
    """One report of an event, read from one clause of one sentence."""

    kind: str  # verb | noun | attach
    type: str
    sentence: Sentence
    clause: tuple[int, int]  # absolute offsets
    trigger: tuple[int, int]
    people: list[Ent] = field(default_factory=list)
    orgs: list[Ent] = field(default_factory=list)
    places: list[Ent] = field(default_factory=list)
    date: DateExpr | None = None  # offsets relative to the sentence
    anaphor: str | None = None  # an unresolved subject ("he", "the delegation", "the two sides")
    object_anaphor: str | None = None
    speaker: Ent | None = None  # who said it, for "X said that he had met ..."
    past_perfect: bool = False
    subject_people: list[Ent] = field(default_factory=list)
    subject_orgs: list[Ent] = field(default_factory=list)
    separate: bool = False  # "held separate calls with A and with B"
    sentence_start_anaphoric: bool = False
    elaborates: bool = False  # a "when ..." / "where ..." clause: same event as the clause before
    also: bool = False  # "also met X": another meeting, not the one before
    sideline: bool = False  # "on the sidelines": a meeting of its own inside a larger one
    continuation: bool = False  # "a second session": a new meeting of the same parties
    background: bool = False  # "had previously met", "last met": history, not the news of the day
    host_verb: bool = False  # "X received / hosted Y": X is at home
    passive: bool = False  # "X was received by Y": Y is at home
    object_group: bool = False  # "received the heads of the two delegations": the sides already named
    group_subject: bool = False  # "Fourteen Palestinian factions signed ...": sides named later
    serial: int = 0  # position among its sentence's candidates (set by the grouper)


def _words_before(text: str, pos: int, n: int) -> str:
    return " ".join(re.findall(r"[\w'\u2019\-]+", text[max(0, pos - 30 * n):pos])[-n:]).lower()


def _is_nominal(text: str, start: int) -> bool:
    before = _words_before(text, start, 1)
    return before in _DETERMINERS or before.endswith("'s") or before.endswith("\u2019s")


def _modal_ok(text: str, start: int, clause_start: int, p: dict) -> bool:
    window = text[max(clause_start, start - 60):start]
    words = re.findall(r"[\w'\u2019\-]+", window)[-5:]
    recent = " ".join(words).lower()
    if p["future_before"].search(recent) or p["negation_before"].search(recent):
        return False
    verb = re.match(r"[a-z]+", text[start:].lower())
    if verb and verb.group(0).endswith("s") and not verb.group(0).endswith("ss") and re.search(r"\b(?:before|until|till|once|ahead|when|unless)\b", " ".join(words[-4:]).lower()):
        return False  # "before Algiers hosts a summit": present tense in a time clause is a plan
    return True


def _noun_subject(text: str, clause_start: int, start: int) -> bool:
    return bool(re.match(
        r"^\s*(?:the|this|that|a|an)\s+(?:[\w\-]+\s+){0,2}(?:gathering|meeting|talks|session|conference|summit|event|ceremony|round|dialogue|audience|consultations|negotiations)\b",
        text[clause_start:start], re.I))


def _passive(text: str, start: int, end: int) -> bool:
    return bool(re.match(r"\s+by\b", text[end:])) and bool(re.search(r"\b(?:is|was|were|are|being|been)\s+$", text[max(0, start - 20):start], re.I))


def candidates(sentence: Sentence, ents: list[Ent], *, in_quote: bool = False) -> list[Candidate]:
    """Event reports of one sentence (offsets absolute); in_quote: it starts inside a quotation."""
    p = _patterns()
    text = sentence.text
    masked = mask(text, in_quote=in_quote)
    base = sentence.start
    hits: list[tuple[int, int, str, str]] = []
    for etype, pattern in p["verbs"]:
        for m in pattern.finditer(text):
            if masked.hidden(m.start(), m.end()):
                continue
            word = m.group(0).lower()
            if word.startswith(("visits", "meeting with", "hosts", "meets")) and _is_nominal(text, m.start()):
                hits.append((m.start(), m.end(), NOUN, etype))
                continue
            hits.append((m.start(), m.end(), VERB, etype))
    hits = _dedupe(hits)
    for etype, pattern in p["nouns"]:
        for m in pattern.finditer(text):
            if masked.hidden(m.start(), m.end()) or any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _, _ in hits):
                continue
            hits.append((m.start(), m.end(), NOUN, etype))
    hits = _dedupe(hits)
    attach_hits = []
    if p["attach"] is not None:
        for m in p["attach"].finditer(text):
            if not masked.hidden(m.start(), m.end()):
                attach_hits.append((m.start(), m.end()))
    if p["habitual"].search(text):
        hits = [h for h in hits if h[2] != VERB]
    speaker = _speaker(masked, ents, base)
    # "a visiting delegation", "the arriving team": an adjective, neither a report nor a clause boundary
    verbs = sorted(h for h in hits if h[2] == VERB and not (
        word_is_participle_modifier(text, h[0], h[1]) and _words_before(text, h[0], 1) in _DETERMINERS))
    clauses = _clauses(text, masked, [h[0] for h in verbs])
    out: list[Candidate] = []
    negated = False
    for (start, end, kind, etype), (c0, c1) in zip(verbs, clauses):
        if not _modal_ok(text, start, c0, p) or _hypothetical(text, start, c0, p):
            negated = negated or bool(p["negation_before"].search(_words_before(text, start, 5)))
            continue
        if p["negation"].search(text[c0:c1]) or re.search(r"\b(?:no|neither|nobody|none of)\s+(?:[\w\-\u2019']+\s+){0,5}$", text[c0:start], re.I):
            negated = True
            continue
        if re.search(r"\bto\s+$", text[max(c0, start - 4):start], re.I):
            continue  # "arrived ... to meet": purpose, the arrival is the event
        if text[start:end].lower().startswith("called on") and re.search(r"\bto\s+[a-z]+", text[end:min(c1, end + 70)]):
            continue  # "called on Israel to stop": an appeal
        if word_is_participle_modifier(text, start, end) or (_passive(text, start, end) and _noun_subject(text, c0, start)):
            continue  # "The gathering is hosted by the Institute": an attachment, found below
        cand = _build(kind, etype, sentence, masked, ents, (c0, c1), (start, end), speaker)
        if cand is not None:
            out.append(cand)
    nouns = [h for h in hits if h[2] == NOUN] if not negated else []
    if attach_hits and not out:
        nouns = [h for h in nouns if _noun_has_own_date(text, h[0], masked)]
    for start, end, kind, etype in nouns:
        if _future_noun(text, start, end, p) or not _modal_ok(text, start, masked.content[0], p):
            continue
        if p["negation"].search(text[masked.content[0]:masked.content[1]]):
            continue
        if any(c.trigger[0] - base <= start < c.clause[1] - base for c in out):
            continue  # inside a reported event's clause: part of that report (or a side remark about other talks)
        cand = _noun(sentence, masked, ents, start, end, etype, speaker)
        if cand is not None:
            out.append(cand)
    if attach_hits and not any(c.kind == VERB and (c.orgs or len(c.people) >= 2 or c.anaphor) for c in out):
        start, end = attach_hits[0]
        if not p["negation"].search(text) and _modal_ok(text, start, masked.content[0], p):
            cand = _attach(sentence, masked, ents, start, end)
            if cand is not None:
                out.append(cand)
    return out


_SPEECH = re.compile(r"^\s*(?:also\s+)?(?:said|says|thanked|told|stressed|called|described|expressed|praised|welcomed|hailed|affirmed|added|noted)\b", re.I)


def speakers(sentence: Sentence, ents: list[Ent]) -> list[Ent]:
    """People who speak in a sentence ("X thanked Algeria ..."), as subjects of a speech verb."""
    out = []
    for e in ents:
        if e.kind == PERSON and not e.modifier and _SPEECH.match(sentence.text[e.end - sentence.start:]):
            out.append(e)
    return out


def _noun_has_own_date(text: str, start: int, masked: Masked) -> bool:
    return _date(text, masked.content[0], masked.content[1], start, masked) is not None


def word_is_participle_modifier(text: str, start: int, end: int) -> bool:
    """'arriving', 'visiting' as an adjective ('visiting delegation') is no report."""
    word = text[start:end].lower()
    if " " in word or not word.endswith("ing"):
        return False
    before = _words_before(text, start, 1)
    return before not in ("is", "are", "was", "were", "been", "while", "after", "before", "when")


def _dedupe(hits: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    hits = sorted(hits, key=lambda h: (h[0], -(h[1] - h[0])))
    out: list[tuple[int, int, str, str]] = []
    for h in hits:
        if out and h[0] < out[-1][1]:
            continue
        out.append(h)
    return out


def _hypothetical(text: str, start: int, clause_start: int, p: dict) -> bool:
    return bool(p["hypothetical"].search(text[clause_start:start]))


def _future_noun(text: str, start: int, end: int, p: dict) -> bool:
    before = " ".join(re.findall(r"[\w'\u2019\-]+", text[max(0, start - 80):start])[-3:]).lower()
    after = " ".join(re.findall(r"[\w'\u2019\-]+", text[end:])[:5]).lower()
    if re.search(r"\b(?:could|would|will|might|may|is to|are to|was to)\s+(?:\w+\s+){0,2}(?:take place|happen|be held|go ahead|come|continue|resume|start|begin|open)\b", text[end:end + 160], re.I):
        return True  # "a visit to Türkiye by Raisi, which ... could take place before the end of the year"
    if p["future_noun_before"].search(before) or p["negation_before"].search(before):
        return True
    if re.match(r"^(?:that|which)\s+(?:[\w\-]+\s+){0,3}(?:plans?|will|would|is expected|are expected|intends|hopes)\b", after):
        return True
    return bool(p["future_noun_after"].search(" ".join(after.split()[:2])))


def _speaker(masked: Masked, ents: list[Ent], base: int) -> Ent | None:
    for s, e in masked.attribution:
        people = [x for x in ents if x.kind == PERSON and s <= x.start - base < e]
        if people:
            return people[0]
    return None


def _clauses(text: str, masked: Masked, starts: list[int]) -> list[tuple[int, int]]:
    """Cut the sentence between consecutive triggers at a clause boundary."""
    c0, c1 = masked.content
    if not starts:
        return []
    bounds = [c0]
    for a, b in zip(starts, starts[1:]):
        cut = None
        for m in _SPLIT.finditer(text, a, b):
            cut = m.start()
        bounds.append(cut if cut is not None else b)
    bounds.append(c1)
    out = []
    for i in range(len(starts)):
        s, e = bounds[i], bounds[i + 1]
        if i > 0:
            m = _SPLIT.match(text, s)
            if m:
                s = m.end()
        rel = None
        for m in _RELATIVE.finditer(text, s, starts[i]):
            rel = m
        if rel is not None and "," not in text[rel.end():starts[i]]:
            s = max(s, _antecedent_start(text, rel.start()))
            end_rel = text.find(",", starts[i])
            if end_rel != -1 and end_rel < e:
                e = end_rel
        else:
            for m in _RELATIVE.finditer(text, starts[i], e):
                e = m.start()
                break
        out.append((s, max(s, e)))
    return out


def _where_antecedent(text: str, ents: list[Ent], base: int, a: int) -> Ent | None:
    """The city right before ", where" when the clause starting at a is that where-clause."""
    m = re.match(r"\s*where\b", text[a:], re.I)
    if not m:
        return None
    before = text[:a].rstrip(" ,")
    return next((e for e in ents if e.kind in (CITY, COUNTRY) and e.end - base == len(before)), None)


def _in_relative(text: str, a: int, trigger: int) -> bool:
    """Does the clause [a, trigger) start at the antecedent of ", who ..."?"""
    return bool(re.search(r",\s+(?:who|which)\s+(?:[\w\u2019'\-]+\s+){0,3}$", text[a:trigger], re.I))


def _antecedent_start(text: str, comma: int) -> int:
    """Start of the capitalised name (or noun phrase) right before ", who"."""
    window = max(0, comma - 120)
    m = re.search(r"((?:[A-Z][\w\u2019'\-]*\s+){0,5}[A-Z][\w\u2019'\-]*)\s*$", text[window:comma])
    return window + m.start(1) if m else comma


def _in(ent: Ent, base: int, a: int, b: int) -> bool:
    return a <= ent.start - base and ent.end - base <= b


_LOCATIVE = re.compile(r"\b(?:in|to|into|from|at|near|across|against|on|over|about|inside|outside|toward|towards|via|through|within|throughout|of|for|by)\s+(?:the\s+)?$", re.I)


def _participants(ents: list[Ent], base: int, a: int, b: int, masked: Masked, text: str | None = None) -> tuple[list[Ent], list[Ent]]:
    people, orgs = [], []
    for e in ents:
        if not _in(e, base, a, b) or e.modifier or masked.hidden(e.start - base, e.end - base):
            continue
        if e.kind == PERSON:
            people.append(e)
        elif e.kind in ORG_KINDS:
            orgs.append(e)
        elif e.kind == COUNTRY and text is not None and _acting_country(text, e, base):
            gov = gazetteer().government(e.name)
            orgs.append(Ent(e.start, e.end, e.t0, e.t1, gov.kind, gov.name, e.surface, country=e.name))
    return people, orgs


def _acting_country(text: str, e: Ent, base: int) -> bool:
    """'The United States and the Taliban signed ...', 'talks with Iran': a country as a side."""
    before = text[max(0, e.start - base - 60):e.start - base]
    after = text[e.end - base:]
    if _LOCATIVE.search(before) or re.match(r"^['\u2019]s\b|^\s*-", after):
        return False
    stripped = before.rstrip()
    return not stripped or bool(re.search(r"(?:\b(?:and|with|between|the)|,)$", stripped))


def _group_orgs(text: str, ents: list[Ent], base: int, a: int, b: int, masked: Masked) -> list[Ent]:
    """'the Iranian delegation', 'a delegation of the Polisario Front': sides named by group words."""
    g = gazetteer()
    out: list[Ent] = []
    adjectives = [e for e in ents if e.kind == ADJECTIVE and _in(e, base, a, b) and not masked.hidden(e.start - base, e.end - base)]
    for i, e in enumerate(adjectives):
        rest = text[e.end - base:]
        grouped = bool(_GROUP_ADJ.match(rest))
        if not grouped:
            # "Saudi and Omani delegations": the first adjective shares the group noun
            m = re.match(r"^\s*(?:,|and|,\s*and)\s+", rest)
            nxt = adjectives[i + 1] if i + 1 < len(adjectives) else None
            grouped = bool(m and nxt is not None and nxt.start - base == e.end - base + m.end() and _GROUP_ADJ.match(text[nxt.end - base:]))
        if grouped:  # t0 = -1 marks a side named by a group phrase ("the Iranian delegation")
            gov = g.government(e.country or e.name)
            out.append(Ent(e.start, e.end, -1, -1, gov.kind, gov.name, e.surface, country=e.country))
    for m in _GROUP_FROM.finditer(text, a, b):
        pos = m.end()
        for e in sorted((x for x in ents if x.start - base >= pos), key=lambda x: x.start):
            gap = text[pos:e.start - base]
            if not re.fullmatch(r"\s*(?:,|and|,\s*and|including|such as|notably|among them|the)?\s*(?:the\s+)?", gap):
                break
            if re.match(r"^['\u2019]s\b", text[e.end - base:]):
                pos = e.end - base + 2  # "a delegation from Yemen's Houthi movement": Yemen only qualifies
                continue
            if e.kind == COUNTRY:
                gov = g.government(e.name)
                out.append(Ent(e.start, e.end, -1, -1, gov.kind, gov.name, e.surface, country=e.name))
            elif e.kind in ORG_KINDS:
                out.append(e)
            else:
                break
            pos = e.end - base
    for regex in (_DELEGATION_OF, _ORG_DELEGATION):
        for m in regex.finditer(text, a, b):
            for name, offset in _org_names(text, m):
                s, e = offset + base, offset + len(name) + base
                if any(x.start <= s < x.end or s <= x.start < e for x in ents if x.kind != ADJECTIVE):
                    continue
                key = org_key(name.split())
                if key in g.adjectives:  # "the Iranian delegation": a country's government
                    gov = g.government(g.adjectives[key])
                    out.append(Ent(s, e, -1, -1, gov.kind, gov.name, name, country=g.adjectives[key]))
                    continue
                if not name or key in g.roles or name.lower() in g.blocked:
                    continue
                out.append(Ent(s, e, -1, -1, "organisation", name, name))
    return out


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


_UNKNOWN_TOWN = re.compile(r"\b(?:in|at)\s+(?P<town>[A-Z][a-z\u00e0-\u00ff'\u2019\-]{3,}(?:[\s\-](?:al|el|ad|as|ar)?[\s\-]?[A-Z][a-z\u00e0-\u00ff'\u2019\-]{2,})?)(?=\s*(?:[,.;]|on\b|in\b|at\b|for\b|to\b|near\b|south\b|north\b|east\b|west\b|$))")


def _unknown_towns(text: str, ents: list[Ent], base: int, a: int, b: int) -> list[Ent]:
    """A capitalised word after "in"/"at" that names nothing we know: a town our lists lack."""
    g = gazetteer()
    out = []
    for m in _UNKNOWN_TOWN.finditer(text, a, b):
        s, e = m.start("town") + base, m.end("town") + base
        name = m.group("town")
        if any(x.start < e and s < x.end for x in ents) or any(w.lower() in g.blocked or w.lower() in g.not_places for w in re.split(r"[\s\-]", name) if w):
            continue
        out.append(Ent(s, e, -1, -1, CITY, name, name))
    return out


def _places(text: str, ents: list[Ent], base: int, a: int, b: int, masked: Masked) -> list[Ent]:
    found = _known_places(text, ents, base, a, b, masked)
    return found or _unknown_towns(text, ents, base, a, b)


def _known_places(text: str, ents: list[Ent], base: int, a: int, b: int, masked: Masked) -> list[Ent]:
    out = []
    for e in ents:
        if e.kind not in (CITY, COUNTRY) or not _in(e, base, a, b) or masked.hidden(e.start - base, e.end - base):
            continue
        if e.modifier:
            continue
        if e.kind == COUNTRY and not re.search(r"\b(?:in|to|into|visit(?:ed|ing|s)?|toured)\s+$", text[max(0, e.start - base - 30):e.start - base], re.I):
            continue
        if re.match(r"^[\-\u2010\u2011]\w", text[e.end - base:]):
            continue  # "Moscow-format talks", "Doha-based": an adjective, not the venue
        if e.kind == CITY and not (_PREP_PLACE.search(text[a:e.start - base]) or e.surface.lower().startswith("the")
                                   or re.search(r"\b(?:visit(?:ed|ing|s)?|toured|reached)\s+$|\bcapital,?\s+$|\bin\s+[A-Z][\w\-'\u2019 ]{1,25},\s+$", text[a:e.start - base], re.I)):
            continue
        out.append(e)
    return out


def _date(text: str, a: int, b: int, anchor: int, masked: Masked) -> DateExpr | None:
    best = None
    for d in find_dates(text[a:b]):
        s, e = d.start + a, d.end + a
        if masked.hidden(s, e) or _SINCE.search(text[max(a, s - 20):s]) or _DATE_NOISE_AFTER.match(text[e:]):
            continue
        if d.kind == "year" and d.rel in ("since", "until", "by", "from"):
            continue
        shifted = DateExpr(s, e, d.kind, d.year, d.month, d.day, d.weekday, d.rel, d.text)
        if best is None or abs(s - anchor) < abs(best.start - anchor):
            best = shifted
    return best


_SUBORDINATE = re.compile(
    r"\b(?:which|who|whom)\b|\b(?:announced|unveiled|proposed|launched|released|issued|published|declared|killed|"
    r"assassinated|imposed|signed)\s+(?:in|on|at|last|earlier|this)\b", re.I)


def _topic_cut(text: str, start: int, a: int, b: int) -> int:
    m = topic_marker().search(text, start, b)
    return m.start() if m else b


def _build(kind: str, etype: str, sentence: Sentence, masked: Masked, ents: list[Ent], clause: tuple[int, int], trig: tuple[int, int], speaker: Ent | None) -> Candidate | None:
    text, base = sentence.text, sentence.start
    a, b = clause
    b_part = _topic_cut(text, trig[1], a, b)
    people, orgs = _participants(ents, base, a, b_part, masked, text)
    orgs += _group_orgs(text, ents, base, a, b_part, masked)
    relative = _in_relative(text, a, trig[0])
    subject_people = [e for e in people if e.end - base <= trig[0]]
    subject_orgs = [e for e in orgs if e.end - base <= trig[0]]
    elaborates = bool(re.match(r"\s*(?:when|where|as|during which)\b", text[a:trig[0]], re.I)) or bool(
        re.search(r"\b(?:when|where)\s+(?:[\w\u2019'\-]+\s+){0,8}$", text[a:trig[0]], re.I) and a > masked.content[0])
    where_place = _where_antecedent(text, ents, base, a)
    # "... the US plan announced in Washington on Tuesday", "which he called ...": a clause of its
    # own after the report; its place and day are that clause's, never the meeting's
    sub = _SUBORDINATE.search(text, trig[1], b_part)
    b_when = sub.start() if sub else b_part
    places = _places(text, ents, base, a, b_when, masked)
    if where_place is not None and not places:
        places, elaborates = [where_place], False  # another event, at the place the where-clause names
    date = _date(text, a, b_when, trig[0], masked)
    if relative:
        main = (masked.content[0], a)
        date = date or _date(text, main[0], main[1], a, masked)
        places = places or _places(text, ents, base, main[0], main[1], masked)
    cand = Candidate(
        VERB, _refine_type(etype, text, trig), sentence, (a + base, b + base), (trig[0] + base, trig[1] + base),
        people=people, orgs=orgs, places=places, date=date, speaker=speaker,
        also=bool(re.search(r"\balso\s+(?:[\w\-]+\s+)?$", text[max(a, trig[0] - 25):trig[0]], re.I))
        or bool(re.match(r"\s*(?:earlier|later)\b(?!\s+(?:this|that)\s+(?:week|month|year))", text[a:trig[0]], re.I)),
        background=bool(re.search(r"\b(?:previously|earlier|last|first|once|had)\s+(?:[\w\-]+\s+)?$", text[max(a, trig[0] - 25):trig[0]], re.I)),
        host_verb=bool(re.match(r"(?:received|receives|hosted|hosts|welcomed)\b", text[trig[0]:trig[1]], re.I)),
        passive=_passive(text, trig[0], trig[1]),
        object_group=bool(_OBJECT_GROUP.match(text[trig[1]:b_part])),
        group_subject=bool(_GROUP_SUBJECT.search(text[a:trig[0]])),
        sideline=bool(re.search(r"\bon the (?:sidelines|margins)\b|\bbilateral\b", text[a:b], re.I)),
        past_perfect=bool(re.search(r"\bhad\s+(?:(?:also|already|previously|earlier|just|been)\s+)?$", text[max(a, trig[0] - 25):trig[0]], re.I)),
        subject_people=subject_people, subject_orgs=subject_orgs,
        separate=bool(_SEPARATE.search(text[trig[0]:b])), elaborates=elaborates,
    )
    if not subject_people and not subject_orgs:
        m = _ANAPHOR.match(text[a:trig[0]].strip())
        if m:
            cand.anaphor = m.group("a").lower()
        elif a > masked.content[0]:
            cand.anaphor = "(shared subject)"
    obj = _OBJECT_PRONOUN.search(text, trig[0], b_part)
    if obj:
        cand.object_anaphor = obj.group("o").lower()
    return cand


def _refine_type(etype: str, text: str, trig: tuple[int, int]) -> str:
    if etype == "meeting" and re.search(r"\bcall\b", text[trig[1]:trig[1] + 40], re.I) and text[trig[0]:trig[1]].lower().startswith("receiv"):
        return "call"
    return etype


def _noun(sentence: Sentence, masked: Masked, ents: list[Ent], start: int, end: int, etype: str, speaker: Ent | None) -> Candidate | None:
    text, base = sentence.text, sentence.start
    a, b = masked.content
    right_end = _noun_phrase_end(text, end, b)
    cut = _topic_cut(text, end, end, right_end)
    people, orgs = _participants(ents, base, end, cut, masked, text)
    orgs += _group_orgs(text, ents, base, start, cut, masked)
    before = _words_before(text, start, 1)
    at_event = bool(re.search(r"\b(?:at|during|in|on the sidelines of)\s+(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}$", text[a:start], re.I))
    if before in ("their", "his", "her", "its") or before.endswith(("'s", "\u2019s")) or at_event:
        # "during their meeting with X", "X appealed ... at an international conference"
        sp, so = _participants(ents, base, a, start, masked, text)
        people = sp + people
        orgs = so + orgs
    attach = _patterns()["attach"]
    if attach is not None:
        m = attach.search(text, a, b)
        if m:
            ap, ao = _participants(ents, base, m.end(), b, masked, text)
            ao += _group_orgs(text, ents, base, m.start(), b, masked)
            people += [x for x in ap if x not in people]
            orgs += [x for x in ao if x.name not in {o.name for o in orgs}]
    anaphoric_start = bool(re.match(
        r"^(?:(?:during|at|in|after|before|throughout)\s+)?(?:the|this|that|both|saturday's|sunday's|monday's|tuesday's|wednesday's|thursday's|friday's)\b",
        text[a:start].strip() + " ", re.I)) and start - a < 45
    cand = Candidate(
        NOUN, etype, sentence, (a + base, b + base), (start + base, end + base), people=people, orgs=orgs,
        places=_places(text, ents, base, end, cut, masked), date=_date(text, a, b, start, masked), speaker=speaker,
        sentence_start_anaphoric=anaphoric_start,
        continuation=bool(re.search(r"\b(?:a|the)\s+(?:second|third|fourth|fifth|further|new|fresh|final|another|follow-up)\s+(?:round\s+of\s+)?$|\banother\s+$", text[max(a, start - 30):start], re.I)),
    )
    return cand


_NOUN_PHRASE_STOP = re.compile(
    r",\s+(?:the|which|who|where|when|as|but|a|an)\b|;|\.\s|\s\(|\b(?:coincides?|comes?|came|was|were|is|are|took|lasted|ended|"
    r"began|focused|followed|follows|marked|marks|has|had|will|would|said|says)\b",
    re.I,
)


def _noun_phrase_end(text: str, end: int, limit: int) -> int:
    """Where 'the meeting between X and Y in Dubai on Wednesday' ends: at the next clause or verb."""
    m = _NOUN_PHRASE_STOP.search(text, end, min(limit, end + 220))
    return m.start() if m else min(limit, end + 220)


def _attach(sentence: Sentence, masked: Masked, ents: list[Ent], start: int, end: int) -> Candidate | None:
    text, base = sentence.text, sentence.start
    a, b = masked.content
    people, orgs = _participants(ents, base, a, b, masked)
    orgs += _group_orgs(text, ents, base, a, b, masked)
    if not people and not orgs:
        return None
    cue = text[start:end].lower()
    etype = "visit" if re.search(r"travel|accompan", cue) else "meeting"
    return Candidate(ATTACH, etype, sentence, (a + base, b + base), (start + base, end + base), people=people, orgs=orgs)
