"""People named by their initials: 'M. Salah', 'M. L. Bogdanov' (the one known person of that surname
whose given name has that initial), 'J.P. Singh' and 'JP Singh' with a role given to the name.
Called by `entities.recognize` after the known actors, before `people.find_unknown_people`."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from itertools import compress
from operator import itemgetter

from .gazetteer import PERSON, Entity, Gazetteer, org_key, person_key
from .memory import NAME_PARTICLES, Ent
from .people import APPOSITION, _ROLE_NOUNS, _canonical, is_role, joins_name, title_before
from .tokens import Token

_TEXT = itemgetter(0)  # Token.text


def initialled_people(text: str, toks: list[Token], gaps: list[str], taken: list[bool], g: Gazetteer, add: Callable[..., Ent]) -> None:
    """'M. Salah', 'M. L. Bogdanov': initials then a surname name the one known person of that
    surname whose given name has that initial (none when two would fit)."""
    n = len(toks)
    # both forms open with a word all in capitals ('M', 'JP'): only those words are tried
    for i in compress(range(n - 1), map(str.isupper, map(_TEXT, toks))):
        if not taken[i] and _run_together_initials(text, toks, gaps, taken, i, g):
            full = text[toks[i].start:toks[i + 1].end]  # "JP Singh, joint secretary of ...": initials written as one word
            add(i, i + 2, Entity(_canonical(full), PERSON))
            continue
        if taken[i] or len(toks[i].text) != 1 or not toks[i].text.isupper() or not gaps[i].startswith("."):
            continue
        if i > 0 and len(toks[i - 1].text) == 1 and gaps[i - 1].startswith("."):
            continue  # the second initial of 'M. L. Bogdanov': the first one leads
        j = i + 1
        while j < n and len(toks[j].text) == 1 and toks[j].text.isupper() and gaps[j - 1].strip() == ".":
            j += 1  # further initials
        k = j
        while k < n and toks[k].text.lower() in NAME_PARTICLES and joins_name(gaps[k]):
            k += 1  # "K. al-Hayya"
        if k >= n or taken[k] or not toks[k].capitalized or gaps[j - 1].strip() != ".":
            continue
        fits = [e for e in g.people_by_surname.get(person_key([toks[k].text]), []) if e.name[:1].upper() == toks[i].text]
        if len(fits) == 1 and not _name_runs_on(toks, gaps, taken, k):
            add(i, k + 1, replace(fits[0], weak=False))
        elif not fits and k == j and toks[k].text.lower() not in g.blocked:
            last = k  # "Mullah A. Latif Mansoor": the given name's initial, then two names
            while last + 1 < n and last - k < 2 and not taken[last + 1] and toks[last + 1].capitalized and joins_name(gaps[last]) \
                    and toks[last + 1].text.lower() not in g.blocked:
                last += 1
            if _introduced(text, toks, i, last, g):
                # "J.P. Singh, the head of the Afghanistan desk": initials, a surname and a role: a person
                add(i, last + 1, Entity(_canonical(text[toks[i].start:toks[last].end]), PERSON))


def _run_together_initials(text: str, toks: list[Token], gaps: list[str], taken: list[bool], i: int, g: Gazetteer) -> bool:
    """'JP Singh', 'AK Antony': two capitals that are no known acronym, one space, a surname, and a role
    given to the name (before it or in apposition after it)."""
    word, k = toks[i].text, i + 1
    return (len(word) == 2 and word.isupper() and word.isalpha() and word not in g.acronyms and gaps[i] == " "
            and word.lower() not in _ROLE_NOUNS and org_key([word]) not in g.roles | g.honorifics  # "MP Ibrahim al-Moussawi": a title
            and not (k + 1 < len(toks) and toks[k + 1].text.lower() in NAME_PARTICLES)
            and not taken[k] and toks[k].capitalized and toks[k].text[1:].islower() and toks[k].text.lower() not in g.blocked
            and (k + 1 >= len(toks) or not toks[k + 1].capitalized or not joins_name(gaps[k]))
            and _introduced(text, toks, i, k, g))


def _introduced(text: str, toks: list[Token], i: int, k: int, g: Gazetteer) -> bool:
    """Is the name toks[i..k] given a role, before it or in apposition after it?"""
    after = APPOSITION.match(text[toks[k].end:])
    return bool(after and is_role(after.group("body"), g)) or title_before(text, toks, i, g)


def _name_runs_on(toks: list[Token], gaps: list[str], taken: list[bool], k: int) -> bool:
    """'M. Mohamed Sidati' (French 'M.' for Monsieur): the word after the initial is a given name, since
    another name word follows it, so it is no known person's surname ('Mohamad')."""
    return k + 1 < len(toks) and not taken[k + 1] and toks[k + 1].capitalized and joins_name(gaps[k])
