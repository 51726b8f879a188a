"""When could an article have been written? The terms of the office holders it names.

A dateline printed without a year ("CAIRO, Feb 10 (Xinhua) -") lies within the terms of the
officials the article names as serving: "State Councilor and Foreign Minister Wang Yi" dates a
report to the months Wang held both offices (resources/offices.json), "Egypt's new intelligence
chief Hassan Rashad" to the first year of Rashad's term. A name with a title of his the resource
lists is held to that office's terms; a bare name to all his terms; a name with another title
("Deputy Foreign Minister Ali Bagheri Kani" before he became minister) or a past one ("former
Hezbollah leader", "killed ... leader") dates nothing.

Everything is indexed once at load; an article is read once, token by token (linear in its size).
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache
from itertools import compress

from .resources import load_json

Terms = list[tuple[date, date | None]]

_TOKEN = re.compile(r"\w+(?:-\w+)*")
# words that can stand inside a title block before a name besides capitalised words and the
# words of the offices' phrases ("the movement's acting foreign minister")
_TITLE_GLUE = frozenset("""and of the for acting caretaker interim new newly appointed elected deputy vice former late
ex top senior then outgoing incoming first assistant s chief head general special state sheikh mawlawi mullah""".split())
_PAST = frozenset("""former late ex then previous slain killed assassinated predecessor funeral assassination killing
death murder mourning memorial commemoration tomb grave""".split())  # 'the funeral of Hezbollah leader X
_NOT_THE_OFFICE = frozenset("deputy vice assistant former ex".split())
# a title of some kind: a title block holding one of these words names an office, his or not
_ROLE_WORDS = frozenset("""minister president adviser advisor envoy chief head leader official spokesman spokesperson
member secretary director commander general ambassador speaker negotiator deputy premier emir king prince
sultan chairman councilor councillor governor mayor representative aide counterpart coordinator""".split())


def _tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def _months(month: str, last: bool) -> date:
    """'2022-09' is the whole month (its first day, or its 28th as an end); '2022-09-27' is that day:
    a term that began late in a month does not cover a year-less dateline earlier in it."""
    year, mon = int(month[:4]), int(month[5:7])
    if len(month) >= 10:
        return date(year, mon, int(month[8:10]))
    return date(year, mon, 28 if last else 1)


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[tuple[tuple[str, ...], str]]], dict[str, dict[str, Terms]],
                      dict[tuple[str, ...], str], frozenset[str], int]:
    """First token of each holder's spelling -> (its tokens, canonical name); canonical name ->
    office -> terms; office phrase tokens -> office; offices too loose to date by; longest phrase."""
    data = load_json("offices.json")
    # an open term is only known to run to the day the resource was last checked: it does not
    # vouch for a year-less page's day after that (a 2025 report saved in 2026 stays in 2025)
    checked = _months(data["terms_checked_until"], True) if data.get("terms_checked_until") else None
    offices: dict[str, dict[str, Terms]] = {}
    for h in data["holders"]:
        term = (_months(h["from"], False), _months(h["until"], True) if h["until"] else checked)
        held = offices.setdefault(h["holder"], {}).setdefault(h["office"], [])
        if term not in held:  # the Taliban's minister is listed under the Taliban and Afghanistan
            held.append(term)
    governs = {o["name"]: o["governs_since"] for o in load_json("organisations.json").get("organisations", [])
               if o.get("governs_since")}
    spellings: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for source in ("people.json", "more_people.json"):
        people = load_json(source)
        for person in people.get("people", []) if isinstance(people, dict) else people:
            if person["name"] not in offices and person.get("affiliation") in governs:
                # a Taliban minister is one from the month the movement took the government on
                offices[person["name"]] = {_GOVERNS: [(_months(governs[person["affiliation"]], False), None)]}
            if person["name"] not in offices:
                continue
            for spelling in {person["name"], *person.get("aliases", [])}:
                toks = tuple(_tokens(spelling))
                if len(toks) > 1 and (toks, person["name"]) not in spellings.get(toks[0], []):
                    spellings.setdefault(toks[0], []).append((toks, person["name"]))
    phrases = {tuple(_tokens(p)): office for office, ps in data["phrases"].items() for p in ps}
    loose = frozenset(data.get("loose_for_dating", []))
    for era in data.get("eras", []):  # 'the October 7 attack': named like a holder, with one term
        name = "era: " + era["phrase"]
        if name not in offices:
            toks = tuple(_tokens(era["phrase"]))
            spellings.setdefault(toks[0], []).append((toks, name))
        span = (_months(era["from"], False), _months(era["until"], True) if era["until"] else checked)
        offices.setdefault(name, {"era": []})["era"].append(span)  # listed twice: either span
    for first in spellings.values():
        first.sort(key=lambda entry: -len(entry[0]))
    return spellings, offices, phrases, loose, max(len(p) for p in phrases)


def _mentions(toks: list[str]) -> list[tuple[int, int, str]]:
    """(first token, end token, canonical name) of each holder named in full, token positions."""
    spellings = _index()[0]
    found, resume = [], 0
    # only the tokens some spelling opens with are tried (a C-level filter, not a Python step per
    # token); a name found goes on to its end, as the scan token by token did
    for i in compress(range(len(toks)), map(spellings.__contains__, toks)):
        if i < resume:
            continue
        for spelling, name in spellings[toks[i]]:
            if tuple(toks[i:i + len(spelling)]) == spelling:
                found.append((i, i + len(spelling), name))
                resume = i + len(spelling)
                break
    return found


def _title_block(spans: list[re.Match[str]], text: str, start: int, stop: int, step: int) -> list[str]:
    """The run of title words next to a name: before it (step -1, from token start-1 down to
    stop) 'Qatari Prime Minister and Foreign Minister Sheikh', or after it (step 1) 'the chief
    negotiator of Yemen's Houthi'; never across a sentence's end."""
    phrase_words = _phrase_words()
    block: list[str] = []
    i = start
    while (i >= stop) if step < 0 else (i < stop):
        word = spans[i].group(0)
        low = word.lower()
        if not (word[:1].isupper() or low in _TITLE_GLUE or low in phrase_words):
            break
        block.append(low)
        nxt = i + step
        if (nxt >= stop) if step < 0 else (nxt < stop):
            left = spans[nxt] if step < 0 else spans[i]
            a, b = (spans[nxt].end(), spans[i].start()) if step < 0 else (spans[i].end(), spans[nxt].start())
            if _END.search(text, a, b) and not _abbreviation(left.group(0), text[a:b]):
                break
        i = nxt
    return block[::-1] if step < 0 else block


def _abbreviation(word: str, gap: str) -> bool:
    """'Mr. Hans Grundberg', 'U.N. envoy', 'Maj. Gen.': a short capitalised word's full stop ends no title."""
    return gap.strip() == "." and len(word) <= 3 and word[:1].isupper()


_END = re.compile(r"[.;:!?\n\"\u201c\u201d()]")


@lru_cache(maxsize=1)
def _phrase_words() -> frozenset[str]:
    return frozenset(w for phrase in _index()[2] for w in phrase)


def _offices_in(block: list[str]) -> tuple[set[str], bool]:
    """Offices a title block names (longest phrase first; 'Deputy Foreign Minister' is not the
    minister) and whether it makes its holder new in office ('new intelligence chief')."""
    _, _, phrases, _, longest = _index()
    found, new, i = set(), False, 0
    while i < len(block):
        for n in range(min(longest, len(block) - i), 0, -1):
            office = phrases.get(tuple(block[i:i + n]))
            if office is not None:
                if i == 0 or block[i - 1] not in _NOT_THE_OFFICE or block[i] in _NOT_THE_OFFICE:
                    found.add(office)
                    new = new or (i > 0 and block[i - 1] in ("new", "appointed", "elected"))
                i += n - 1
                break
        i += 1
    return found, new


def _intersect(a: Terms, b: Terms) -> Terms:
    out: Terms = []
    for s1, e1 in a:
        for s2, e2 in b:
            start = max(s1, s2)
            end = e1 if e2 is None else e2 if e1 is None else min(e1, e2)
            if end is None or start <= end:
                out.append((start, end))
    return out


def years_in_office(text: str) -> list[Terms]:
    """For each office holder the text names in full as serving, the terms that fit how it names
    him: the terms of the offices its titles give him (all of them at once), else all his terms."""
    _, offices, _, loose, _ = _index()
    # the words alone first (findall: no match object per word); their offsets only for a text that
    # names a holder (most of those asked name none)
    # (an ASCII text is lower-cased whole first: same words, one call instead of one per word)
    mentions = _mentions(_TOKEN.findall(text.lower()) if text.isascii() else list(map(str.lower, _TOKEN.findall(text))))
    spans = list(_TOKEN.finditer(text)) if mentions else []
    titled: dict[str, Terms] = {}
    gone: list[Terms] = []  # 'former Kenyan President X': after the end of his last term of that office
    bare: set[str] = set()
    skip: set[str] = set()
    for k, (start, end, name) in enumerate(mentions):
        if name.startswith("era: "):
            titled.setdefault(name, offices[name]["era"])
            continue
        if end < len(spans) and spans[end].group(0).lower() in _NAMED_AFTER:
            continue  # 'Hamid Karzai International Airport': a place named after him
        begin = max(mentions[k - 1][1] if k else 0, start - 12)
        block = _title_block(spans, text, start - 1, begin, -1)
        before = spans[start - len(block) - 1].group(0).lower() if start - len(block) > begin else ""
        stop = min(mentions[k + 1][0] if k + 1 < len(mentions) else len(spans), end + 12)
        after = []
        if end < stop and "," in text[spans[end - 1].end():spans[end].start()]:
            after = _title_block(spans, text, end, stop, 1)  # 'Naim Qassem, Hezbollah's secretary-general'
            if end + len(after) >= stop and stop < len(spans) and stop != end + 12:
                after = []  # 'A, Foreign Minister B': the title is B's
        held, new = _offices_in(block)
        held |= _offices_in(after)[0]
        if before in _PAST or _PAST & set(block) or _PAST & set(after[:2]):
            skip.add(name)  # 'former Hezbollah leader', 'Israel killed Hezbollah leader'
            if (left := _left_office(name, block, before, offices, loose)) is not None:
                gone.append([(left, None)])
            continue
        if _GOVERNS in offices[name]:
            if _GOVERNMENT_WORDS & set(block + after):
                titled.setdefault(name, offices[name][_GOVERNS])
            continue  # 'Taliban negotiator X' in 2019: his movement's man, no minister yet
        his = {o for o in held if o in offices[name] and o not in loose}
        if not his and held and held <= set(offices[name]):
            bare.add(name)  # 'Hamas leader Ismail Haniyeh': a title said of him before his term too
        elif his:
            terms: Terms = [(date(1, 1, 1), None)]
            for office in his:
                office_terms = offices[name][office]
                if new:  # 'the new intelligence chief': the first year of his term
                    office_terms = [(a, a + _YEAR if b is None else min(b, a + _YEAR)) for a, b in office_terms]
                terms = _intersect(terms, office_terms)
            titled[name] = _intersect(titled[name], terms) if name in titled else terms
        elif held or (_ROLE_WORDS & set(block + after)):
            skip.add(name)  # a title the resource does not give him: his listed terms say nothing
        else:
            bare.add(name)
    out: list[Terms] = [terms for name, terms in titled.items() if name not in skip and terms] + gone
    out += [Untitled(t for ts in offices[name].values() for t in ts) for name in sorted(bare - skip - set(titled))]
    return out


_FORMER = frozenset({"former", "ex"})


def _left_office(name: str, block: list[str], before: str, offices: dict[str, dict[str, Terms]], loose: frozenset[str]) -> date | None:
    """'former Kenyan President X': the day after his last term of the office the
    title names ended, when every term of it the resource lists has ended (a term still open, or one
    only known to run to the day the resource was checked, says nothing); None for 'the late X',
    'slain X' and titles the resource does not give him."""
    if before not in _FORMER and not _FORMER & set(block):
        return None
    held, _ = _offices_in([w for w in block if w not in _FORMER])
    his = [o for o in held if o in offices[name] and o not in loose]
    checked = _checked_until()
    ends = [b for o in his for _, b in offices[name][o]]
    if not ends or any(b is None or b == checked for b in ends):
        return None
    return max(ends) + timedelta(days=1)  # type: ignore[type-var]


@lru_cache(maxsize=1)
def _checked_until() -> date | None:
    """The day the resource's open terms are known to run to (see `_index`)."""
    data = load_json("offices.json")
    return _months(data["terms_checked_until"], True) if data.get("terms_checked_until") else None


class Untitled(list):  # type: ignore[type-arg]
    """The terms of a holder named without a title: weaker evidence (Larijani named in 2024, between
    his offices, as the leader's envoy), counted only among days the titled holders leave equal."""


_YEAR = timedelta(days=366)
_GOVERNS = "government office of a movement"
_NAMED_AFTER = frozenset("""international airport university street square mosque foundation hospital stadium
bridge prize centre center road avenue school institute library""".split())
_GOVERNMENT_WORDS = frozenset("minister ministry governor ambassador premier".split())
