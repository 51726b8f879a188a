"""People the gazetteer does not know, found by the shapes news writes names in.

A capitalised run that starts with a known given name, follows a title ("Deputy Foreign
Minister <Name>") or carries a role apposition ("<Name>, the head of ..."); a surname the
article already gave in full; Arabic name chains ("X bin Y bin Z Al W") as one person;
honorifics ("Sheikh", "H E") dropped. Called by `entities.recognize` after the known actors.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from itertools import compress
from operator import itemgetter

from ..names import PARTICLES
from .gazetteer import COUNTRY, PERSON, Gazetteer, folded_word, org_key
from .resources import load_json
from .memory import NAME_PARTICLES, ArticleMemory, Ent
from .tokens import Token
from .name_chains import CHAIN_LINK, chain_end, given_name_syllable, own_short_word, is_chain as _is_chain, joins_name, opens_chain as _opens_chain  # noqa: F401 (CHAIN_LINK, chain_end: entities imports them from here)

_TITLE_GOES_ON = re.compile(r"\s+(?:for|of)\s")  # "Minister Responsible for Foreign Affairs": a title word, not a name
# "the official Bakhtar News Agency", "state-run Xinhua news agency": the word names an outlet, not a man
_OUTLET_AFTER = re.compile(r"\s+(?:news\s+agency|news\s+service|agency|news|tv|television|radio|channel|newspaper|daily)\b", re.I)


@lru_cache(maxsize=1)
def _titles() -> dict:
    return load_json("titles.json")


LEFT_OK = frozenset(_titles()["title_words"])  # words a title before a name is made of
_ORG_HEADS = frozenset(_titles()["org_heads"])
_ROLE_NOUNS = frozenset(_titles()["role_nouns"])
_KIN_NOUNS = frozenset(_titles()["kin_nouns"])
_KIN_OWNER = re.compile(r"(?:\b(?:his|her|their)|['\u2019]s)\s+(?:(?:eldest|elder|younger|youngest|half|late|own)\s+)?$", re.I)
_WHO_ROLE = re.compile(r"^who\s+(?:is\s+|was\s+)?(?:heads|leads|runs|oversees|handles|chairs|directs|represents|is|was|serves as|served as)\b(?!\s+on\s+(?:a|an|his|her|their)\s+(?:[\w\-]+\s+)?(?:tour|visit|trip)\b)", re.I)  # ("who is on a tour": no title)
APPOSITION = re.compile(r"^\s*,\s*(?P<body>[^,;.()\u201c\u201d\"]{3,140}?)(?=\s*(?:,|;|\.|\)|$| and (?:with|the)\b))")
_APPOSITION_VERB = re.compile(r"\s(?:" + "|".join(map(re.escape, _titles().get("apposition_ending_verbs", []))) + r")\b")
_RELATIVE_BEFORE = re.compile(r"\b(?:who|which|that|whom)\s+(?:\w+\s+)?$", re.I)


def apposition_length(body: str) -> int:
    """How much of ', <body>,' after a name is the apposition: 'X, acting foreign minister of the
    Taliban regime met with Y, ...' (the closing comma left out) ends before its clause's finite
    verb (resources/titles.json 'apposition_ending_verbs'), so Y is a participant, not part of X's title."""
    for m in _APPOSITION_VERB.finditer(body):
        if not _RELATIVE_BEFORE.search(body, 0, m.start()):
            return m.start()
    return len(body)


def find_unknown_people(text: str, offset: int, toks: list[Token], gaps: list[str], taken: list[bool], ents: list[Ent], memory: ArticleMemory, g: Gazetteer) -> None:
    n = len(toks)
    caps = list(compress(range(n), map(itemgetter(3), toks)))  # the capitalised words (Token.capitalized): where a name may open
    i = 0
    while i < n:
        if taken[i] or not toks[i].capitalized:
            at = bisect_right(caps, i)  # (the words up to the next capitalised one would each be skipped here)
            i = caps[at] if at < len(caps) else n
            continue
        known = _known_surname(toks, gaps, taken, i, memory)
        if known is not None and known[0] == i + 1 and org_key([toks[i].text]) in g.honorifics | g.roles:
            known = None  # "the Emir of Qatar": a title, not the 'Amir' of Amir-Abdollahian
        if known is not None and i > 0 and taken[i - 1] and joins_name(gaps[i - 1]):
            glued = next((e for e in ents if e.kind == PERSON and e.t1 == i and e.name != known[1].name), None)
            if glued is not None:  # "Mullah Mohammad Yaqoob Mujahid": the last name of this man, not the other Mujahid
                glued.end, glued.t1 = toks[known[0] - 1].end + offset, known[0]
                glued.surface = text[glued.start - offset:toks[known[0] - 1].end]
                for k in range(i, known[0]):
                    taken[k] = True
                i = known[0]
                continue
        if known is not None:
            j, person = known
            ents.append(Ent(toks[i].start + offset, toks[j - 1].end + offset, i, j, PERSON, person.name, text[toks[i].start:toks[j - 1].end],
                            affiliation=person.affiliation, affiliation_kind=person.affiliation_kind, title=person.title))
            for k in range(i, j):
                taken[k] = True
            i = j
            continue
        honorific = _honorific_length(toks, gaps, i, g)
        if honorific and (same := _same_honorific(toks, gaps, taken, i, honorific, memory)) is not None:
            k = i + honorific  # "Sheikh Mohammed" after "Sheikh Mohammed bin Abdulrahman Al Thani" and "Mullah Mohammad Hassan Akhund"
            ents.append(Ent(toks[k].start + offset, toks[k].end + offset, k, k + 1, PERSON, same.name, toks[k].text,
                            affiliation=same.affiliation, affiliation_kind=same.affiliation_kind, title=same.title))
            taken[k] = True
            i = k + 1
            continue
        if (toks[i].text.lower() in g.blocked or honorific) and not _opens_chain(toks, gaps, i):
            i += max(1, honorific)
            continue
        j = i + 1
        while j < n and not taken[j] and joins_name(gaps[j - 1]) and (
            (toks[j].capitalized and (toks[j].text.lower() not in g.blocked or _hyphenated(toks, gaps, j)))
            or toks[j].text.lower() in NAME_PARTICLES or given_name_syllable(toks, gaps, i, j)
        ):
            j += 1
        while j > i + 1 and toks[j - 1].text.lower() in NAME_PARTICLES:
            j -= 1
        names = [t.text for t in toks[i:j]]
        k = j
        while k < n and toks[k].text.lower() in NAME_PARTICLES and joins_name(gaps[k]):
            k += 1  # "... Ibrahim al-Hayya": the known surname after its particle
        known_next = next((e for e in ents if e.kind == PERSON and j <= e.t0 <= k), None) if j < n and joins_name(gaps[j - 1]) else None
        if known_next is not None and (j <= i + 3 or _is_chain(names)) and known_next.name.split()[0].lower() == names[0].lower():
            # "Hossein Abdollahian" for Hossein Amir-Abdollahian, "Khalil Ismail Ibrahim al-Hayya": the
            # given name (and the father's names after it) belong to the known person after them
            i = _widen_left(known_next, toks, i, k, text, offset, taken)
            continue
        if known_next is not None and j == i + 1 and known_next.t0 == j and known_next.t1 - known_next.t0 >= 2 and joins_name(gaps[i]) \
                and g.is_given_name(names[0]) and names[0].lower() not in g.blocked:
            i = _widen_left(known_next, toks, i, k, text, offset, taken)  # "Muhammad Ishaq Dar": a further given name of the known man
            continue
        initial_of = next((e for e in ents if e.kind == PERSON and e.t0 == j), None) \
            if j < n and j > i + 1 and len(names[-1]) == 1 and names[-1].isupper() and gaps[j - 1].strip() == "." else None
        if initial_of is not None:  # "Joseph R. Biden": a given name and a middle initial before a known surname
            i = _widen_left(initial_of, toks, i, j, text, offset, taken)
            continue
        person = own_short_word(memory.by_part(names), names)
        # (title_before and the role apposition are pure and cost regex searches: each is asked only
        # where a branch below still needs it, after the cheaper conditions; most runs need neither)
        if known_next is not None and j == i + 1 and known_next.t1 - known_next.t0 == 1 and person is None \
                and names[0].lower() not in known_next.name.lower().split() and (g.is_given_name(names[0]) or title_before(text, toks, i, g)):
            # "headed by Masoom Stanekzai": another given name before a known man's surname is another man
            ents.remove(known_next)
            full = text[toks[i].start:known_next.end - offset]
            ents.append(Ent(toks[i].start + offset, known_next.end, i, known_next.t1, PERSON, _canonical(full), full))
            for t in range(i, known_next.t1):
                taken[t] = True
            i = known_next.t1
            continue
        if person is not None:
            ent = Ent(toks[i].start + offset, toks[j - 1].end + offset, i, j, PERSON, person.name, " ".join(names),
                      affiliation=person.affiliation, affiliation_kind=person.affiliation_kind, title=person.title)
            ents.append(ent)
        elif 2 <= len([x for x in names if x.lower() not in NAME_PARTICLES]) <= 5 and (g.is_given_name(names[0]) or title_before(text, toks, i, g, long_titles=True) or _role_after(text, toks[j - 1].end, g)
                                                                                    or _next_in_list_of_people(text, toks, i, j, ents, offset, g) or _opens_chain(toks, gaps, i)) \
                and not _looks_like_org(names, g):
            full = text[toks[i].start:toks[j - 1].end]
            ents.append(Ent(toks[i].start + offset, toks[j - 1].end + offset, i, j, PERSON, _canonical(full), full))
        elif len(names) == 1 and toks[i].text[1:].islower() and len(names[0]) > 2 and names[0].lower() not in LEFT_OK \
                and title_before(text, toks, i, g) \
                and not _TITLE_GOES_ON.match(text, toks[i].end) and not _OUTLET_AFTER.match(text, toks[i].end) \
                and not (j < n and joins_name(gaps[j - 1]) and (_honorific_length(toks, gaps, j, g) or toks[j].text.lower() in _ROLE_NOUNS)):
            # ("Minister Tengku Datuk Seri Zafrul ...": a royal style before the honorifics, not a man of its own;
            # "accompanied by Home Minister X", "Foreign Policy Adviser": a word of the title before its role noun;
            # "Adviser for Foreign Policy and Security X": a title's own word, LEFT_OK, is no name either)
            ents.append(Ent(toks[i].start + offset, toks[j - 1].end + offset, i, j, PERSON, names[0], names[0]))
        else:
            i = j
            continue
        for k in range(i, j):
            taken[k] = True
        i = j


_LIST_LINK = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
_AND_NEXT = re.compile(r"\s+and\s+(?=(?P<given>(?-i:[A-Z])[\w\-]+)\s+(?-i:[A-Z]))?")
_LIST_END = re.compile(r"\s*(?:[,.;)]|$|\s+(?:and|in|on|at|who|during|were|was|are|is|also|have|had|met|held|attended|travelled|traveled|joined)\b)")


def _next_in_list_of_people(text: str, toks: list[Token], i: int, j: int, ents: list[Ent], offset: int, g: Gazetteer) -> bool:
    """'Leyla Hasso and Kawa Darwish', 'A, B and Kawa Darwish': two or three capitalised words right after a
    person and 'and' (or a comma), closing the list, name one more person though the given name is not on
    our lists (the list's items are alike; 'X and Foreign Affairs' ends in a lower-case word or runs on);
    so do two or three right before 'and' and a person ('hosted Therese Kayikwamba Wagner and <known man>')."""
    if j - i > 3 or any(w in LEFT_OK or w in _ROLE_NOUNS or w.rstrip("s") in LEFT_OK or w.rstrip("s") in _ROLE_NOUNS or org_key([w]) in g.adjectives
                        for w in (t.text.lower() for t in toks[i:j])):
        return False  # "Sharaa and Kurdish Leaders" (a title-case headline): a nationality or a role word, no name
    link = _LIST_LINK.search(text[:toks[i].start]) if _LIST_END.match(text, toks[j - 1].end) else None
    if link is not None and any(e.kind == PERSON and e.end == link.start() + offset for e in ents):
        return True
    ahead = _AND_NEXT.match(text, toks[j - 1].end) if j - i >= 2 and re.search(r"(?-i:[a-z])\s+$", text[:toks[i].start]) else None
    return ahead is not None and (any(e.kind == PERSON and e.start == ahead.end() + offset for e in ents)
                                  or (ahead.group("given") is not None and g.is_given_name(ahead.group("given"))))


def _role_after(text: str, end: int, g: Gazetteer) -> bool:
    """Does an apposition naming a role follow the name ending at `end` ('<Name>, the head of ...')?"""
    m = APPOSITION.match(text[end:])
    return bool(m and is_role(m.group("body"), g))


def _widen_left(e: Ent, toks: list[Token], i: int, end: int, text: str, offset: int, taken: list[bool]) -> int:
    """A known person's mention widened to open at token i (its given names, an initial before
    it); tokens i..end are taken. Returns `end`, where the search goes on."""
    e.start, e.t0 = toks[i].start + offset, i
    e.surface = text[toks[i].start:e.end - offset]
    for t in range(i, end):
        taken[t] = True
    return end


def _hyphenated(toks: list[Token], gaps: list[str], j: int) -> bool:
    """'Haji-Mirzaei', 'Dafallah al-Hajj': a title word hyphenated to a name or to 'al-' is part of a surname."""
    dash = ("-", "\u2010", "\u2011")
    return (j + 1 < len(toks) and gaps[j] in dash and toks[j + 1].capitalized) \
        or (j > 0 and gaps[j - 1] in dash and toks[j - 1].text.lower() in ("al", "el"))


@lru_cache(maxsize=2)
def _honorific_starts(honorifics: frozenset[tuple[str, ...]]) -> frozenset[str]:
    return frozenset(h[0] for h in honorifics if h)


def _honorific_length(toks: list[Token], gaps: list[str], i: int, g: Gazetteer) -> int:
    """'Sheikh', 'H E', 'His Excellency': words before a name that are not the name."""
    if org_key([toks[i].text])[0] not in _honorific_starts(g.honorifics):
        return 0
    for length in (3, 2, 1):
        j = i + length
        if j <= len(toks) and all(joins_name(gaps[k]) or gaps[k].strip() == "." for k in range(i, j - 1)) and \
                org_key([t.text for t in toks[i:j]]) in g.honorifics:
            return 0 if length == 1 and _opens_chain(toks, gaps, i) else length
    return 0


def _known_surname(toks: list[Token], gaps: list[str], taken: list[bool], i: int, memory: ArticleMemory) -> tuple[int, Ent] | None:
    """'West', 'Abu Marzouk': the end of a name this article already gave in full."""
    if not memory.people:  # nothing named yet (every lookup would miss): a fifth of the calls
        return None
    tails = memory.tails
    for length in (3, 2, 1):
        j = i + length
        if j > len(toks):
            continue
        last = folded_word(toks[j - 1].text)  # a looked-up key ends with its last word's (unless that is a particle)
        if last and last not in PARTICLES and last not in tails:
            continue  # no name of the article ends so: by_part would miss (most capitalised words)
        if any(taken[i:j]) or not all(joins_name(gaps[k]) for k in range(i, j - 1)):
            continue
        if j < len(toks) and not taken[j] and toks[j].capitalized and joins_name(gaps[j - 1]):
            continue  # part of a longer capitalised run: not just the surname
        if j + 1 < len(toks) and toks[j].text.lower() in CHAIN_LINK and toks[j + 1].capitalized:
            continue  # "Khalid bin Hamad Al Busaidi": the start of a name chain, not Khalid bin Salman's 'Khalid'
        person = own_short_word(memory.by_part([t.text for t in toks[i:j]]), [t.text for t in toks[i:j]])
        if person is not None:
            return j, person
    return None


def _same_honorific(toks: list[Token], gaps: list[str], taken: list[bool], i: int, length: int, memory: ArticleMemory) -> Ent | None:
    """The one person of the article first named with this honorific and this given name, when the
    honorific and the given name alone stand for him ('Sheikh Mohammed' of 'Sheikh Mohammed bin
    Abdulrahman Al Thani', though a 'Mullah Mohammad Hassan Akhund' shares the given name)."""
    k = i + length
    if k >= len(toks) or taken[k] or not toks[k].capitalized or not joins_name(gaps[k - 1]):
        return None
    if k + 1 < len(toks) and (toks[k + 1].capitalized or toks[k + 1].text.lower() in NAME_PARTICLES) and joins_name(gaps[k]):
        return None  # a longer name follows: not the given name alone
    opening = " ".join(t.text for t in toks[i:k + 1]).lower() + " "
    found = {p.name: p for p in memory.people if p.surface.lower().startswith(opening)}
    if not found:
        # 'Sheikh Mohammed bin Abdulrahman bin Jassim Al Thani' read as the known man's longer chain,
        # its surface without the honorific: the one chain of the article opening with the given name
        given = toks[k].text.lower() + " "
        found = {p.name: p for p in memory.people if p.surface.lower().startswith(given) and len(p.surface.split()) >= 3}
    return next(iter(found.values())) if len(found) == 1 else None


def _canonical(surface: str) -> str:
    return " ".join(surface.split())


def _looks_like_org(names: list[str], g: Gazetteer) -> bool:
    return names[-1].lower() in _ORG_HEADS


_ROLE_APPOSITION = re.compile(r"(?:\b(?i:the|its|his|her|their)|\b[A-Z][\w\-]+['\u2019]s)\s+(?P<role>[A-Za-z\-]+(?:\s+[A-Za-z\-]+)?)\s+(?i:of|for|in|to)\s+[^,;.()\n]{1,80},\s*$")


# ("Assistant Secretary of State for African Affairs Name": the role may hold its own 'of' phrase before its scope)
_ROLE_FOR_PLACE = re.compile(r"\b(?P<role>(?i:[a-z\-]+(?:\s+[a-z\-]+)?))(?P<of>\s+of\s+(?-i:[A-Z])[\w\-]+)?\s+(?:for|to|in)\s+(?:the\s+)?[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+$")


def title_before(text: str, toks: list[Token], i: int, g: Gazetteer, long_titles: bool = False) -> bool:
    """Does a title stand right before token i? long_titles (asked for a name of two words or more): also a role
    with its own 'of' phrase or a listed role before its scope ('Assistant Secretary of State for African Affairs
    Name', 'High Commissioner for Peace Name'); a single word there is more often a headline's verb ('... Meets')."""
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
    if re.search(r"\b(?:led|headed|chaired|accompanied|received|hosted|attended)\s+by\s+$", text[max(0, toks[i].start - 40):toks[i].start], re.I):
        return True
    # "the Speaker of the Federal Council of Ruritania, Name Name": a role with its body, then the name in apposition
    appos = _ROLE_APPOSITION.search(text, max(0, toks[i].start - 110), toks[i].start)
    if appos and appos.group("role").lower() in g.role_head_set:
        return True
    scope = _ROLE_FOR_PLACE.search(text, max(0, toks[i].start - 60), toks[i].start)
    if scope and scope.group("of") and not long_titles:
        scope = None
    if scope and (scope.group("role").lower() in g.role_head_set or scope.group("role").lower().split()[-1] in g.role_head_set
                  or (long_titles and org_key(scope.group("role").split()) in g.roles)):
        return True  # "China's special envoy for Afghanistan Yue Xiaoyong", "X's Special Representative for Y Name": the role's scope, then the name
    prev = toks[i - 1].text.lower()
    if prev in _KIN_NOUNS and _KIN_OWNER.search(text, max(0, toks[i - 1].start - 40), toks[i - 1].start):
        return True  # "his son Saddam Haftar", "the emir's brother Jassim": a relative named, not a word of a title
    return prev in _ROLE_NOUNS


def is_role(body: str, g: Gazetteer) -> bool:
    """Is ', <body>,' after a name an apposition naming a role ('the head of ...')?"""
    low = body.lower().strip()
    if _WHO_ROLE.match(low):
        return True
    if re.match(r"^(?:who|which)\b", low):
        return False  # "who led the delegation in talks with X": a clause about an event, not a title
    if re.search(r"\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ed|met|held|seen|being)\b", low):
        return False  # "After seeing X, the group was received by Y": a clause with its own verb, not a role
    stripped = re.sub(r"^(?:the|a|an|another|its|his|her|their)\s+", "", body.strip())  # ("another senior official")
    stripped = re.sub(r"^(?:movement|group|party|organisation|organization|militia|faction)['\u2019]s\s+", "", stripped)  # "the movement's deputy chief"
    low = stripped.lower()
    words = low.split()
    if not words:
        return False
    first = stripped.split()[0]
    if not (first[:1].isupper() or words[0] in LEFT_OK or any(h.startswith(words[0]) for h in g.role_heads)):
        return False  # ", received Iran's minister": a verb, not an apposition
    head = f" {' '.join(w.strip(',') for w in words[:14])} "
    return any(low.startswith(h + " ") or low == h or f" {h} " in head for h in g.role_heads)


_GROUP_AFTER = re.compile(r"['\u2019]s\s+(?:delegation|delegations|team|negotiators|envoys|side"
                          # ("Sudan's armed forces said it sent a delegation": the state's army sending its envoys)
                          r"|(?:armed\s+forces|army|military)(?=\s+(?:said|says|announced|confirmed)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+)?(?:sent|dispatched)\b))\b")


def possessive_groups(text: str, offset: int, ents: list[Ent], g: Gazetteer) -> None:
    """"Iran's delegation, headed by X": a country owning a delegation names that government as a
    side, as "the Iranian delegation" does (t0 = -1 marks a side named by a group phrase)."""
    for k, e in enumerate(ents):
        if e.kind == COUNTRY and not e.modifier and _GROUP_AFTER.match(text, e.end - offset):
            gov = g.government(e.name)
            ents[k] = Ent(e.start, e.end, -1, -1, gov.kind, gov.name, e.surface, country=e.name)


_ATTRIBUTIVE = re.compile(r"\s+(?:and\s+(?-i:[A-Z])[\w\-]+\s+)?(?:" + "|".join(
    re.escape(n).replace(r"\ ", r"\s+") for n in sorted(_titles().get("attributive_nouns", []), key=len, reverse=True)) + r")\b")


def attributive_countries(text: str, offset: int, ents: list[Ent]) -> None:
    """'the US and British strikes on X', 'US sanctions': a country that only qualifies a noun of
    force or policy (resources/titles.json 'attributive_nouns') takes no part in the event."""
    for e in ents:
        if e.kind == COUNTRY and not e.modifier and _ATTRIBUTIVE.match(text, e.end - offset):
            e.modifier = True


_RELATING = re.compile(r"\b(?:to|of|for|at|in|with|and)\b")
ROLE_WORDS = frozenset(w for phrase in (*_titles()["role_nouns"], *_titles()["role_heads"]) for w in phrase.lower().split())
_DETERMINER_START = re.compile(r"\s*(?:the|a|an|its|his|her|their|who|which)\b", re.I)


_PLURAL_ROLE = re.compile(r"\s*(?:members|officials|leaders|ministers|envoys|representatives|delegates)\s+(?:of|from)\b", re.I)


def titled_list_item(m: re.Match[str], at: int, ents: list[Ent], person: Ent) -> bool:
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
        if _PLURAL_ROLE.match(title):
            return True  # "A, Members of the Political Bureau B, C and D": a plural title heads the list's next items, no role of A
        # a bare title right before the name ("senior official X", "Y's deputy X"); "adviser to
        # the Supreme Leader X" relates A to X: a role of A
        if title.strip() and not _RELATING.search(title):
            return True
        # "head of the organisation in the diaspora X": the name follows no role word, so X holds
        # the whole role and is the next item of the list
        last = re.findall(r"[\w\-]+", title)[-1:]
        if last and last[0].lower() not in ROLE_WORDS and last[0].lower() not in LEFT_OK:
            return True
        # "attended by A, adviser to the foreign minister B, and C": a list that goes on with "and"
        # after B makes B its next item ("A, adviser to the Supreme Leader B, met C" stays A's role)
        if _LIST_GOES_ON.match(m.string, m.end("body")):
            return True
    return False


_LIST_GOES_ON = re.compile(r"\s*,\s*and\s+(?!(?:then|later|also|afterwards|subsequently)\b)")
