"""Which sentences can hold no name at all: answered before the sentence is tokenised.

Most sentences of a news page ("The statement gave no details about the proposals.") have one
capitalised word, their first. `entities.recognize` opens every name at a capitalised word, so such
a sentence names someone only when that first word does: a known one-word person, organisation,
place, adjective or acronym (a property of the word, memoised per word), or a surname this article
already gave in full (asked of the article's memory on the first three words alone). When none does,
the only layer that still reads the sentence is `offices.office_holders` ('the president also met'
is the president the article named), which works on the text and needs no tokens. Tokenising the
sentence and running every other layer over it finds nothing; skipping them saves about a third of
the entity layer's time (tests/test_report_round18_speedt.py checks the gate against the full path).

Why the rest of the sentence cannot matter (every case is a test): with no upper-case letter after
the first word, no later word is capitalised or an acronym, so no known name longer than one word
ends there, no initials ('M. Salah') or unknown-person run ('Karim Haddad') can form, and the
capital phrases ('the Russian capital') need a capital after 'the'. Possessive groups, attributive
countries, 'whose' clauses and roles only revise entities already found: there are none.
"""
from __future__ import annotations

import re

from ..names import PARTICLES
from .gazetteer import Gazetteer, Memo, folded_word, lower_plain, person_key
from .memory import ArticleMemory
from .tokens import _TOKEN

_FIRST_WORDS = re.compile("(" + _TOKEN.pattern + ")").split  # the first words, with maxsplit: no scan of the rest


def capitals_only_first(text: str) -> re.Match[str] | bool:
    """The first word of `text` when no upper-case letter follows it (str.islower: every cased
    character after it is lower case, at least one is); True when `text` has no word at all;
    False otherwise (the sentence goes through the full layer)."""
    m = _TOKEN.search(text)
    if m is None:
        return True
    return m if text[m.end():].islower() else False


def _opens_nothing(g: Gazetteer, word: str) -> bool:
    """Can `word`, followed by lower-case words only, open no known entity? Checked as
    `recognize` checks a one-word name: a known person (person_key), an acronym, or a one-word
    organisation, place, organisation adjective, metonym or country adjective."""
    if g.people.get(person_key([word])) is not None:
        return False
    if word in g.acronyms and word.isupper():
        return False
    key = (lower_plain(word),)
    return not any(key in names for names in (g.orgs, g.places, g.org_adjectives, g.metonyms, g.adjectives))


_INERT: list[tuple[Gazetteer, Memo]] = []  # the gazetteer asked last and its answers per word


def inert_opener(g: Gazetteer, word: str) -> bool:
    """`_opens_nothing`, memoised per word: a page asks it of every plain sentence's first word,
    and a few hundred words ('The', 'Officials', 'Both') open most sentences."""
    if not _INERT or _INERT[0][0] is not g:  # (a gazetteer loaded anew gets answers of its own)
        _INERT[:] = [(g, Memo(lambda w: _opens_nothing(g, w)))]
    return _INERT[0][1][word]


def holds_no_name(text: str, memory: ArticleMemory, g: Gazetteer) -> bool:
    """True when no layer of `recognize` but the office phrases can find an entity in `text`."""
    first = capitals_only_first(text)
    if first is True:
        return True
    if first is False:
        return False
    word = first.group(0)
    if not word[:1].isupper():
        return not word.isupper()  # no capitalised word at all (an upper-case word with an uncased first letter could be an acronym)
    if not inert_opener(g, word):
        return False
    if not memory.people:
        return True  # (a surname of the article needs a person named before)
    # a surname of the article opening the sentence, of one to three words ('Bogdanov', 'Abu Marzouk'):
    # what `people._known_surname` and `find_unknown_people` look up at the first word (asked here
    # without their further conditions, which only ever turn a found person down)
    words = _FIRST_WORDS(text, 3)[1:-1:2]
    tails = memory.tails
    for length in range(1, len(words) + 1):
        last = folded_word(words[length - 1])
        if last and last not in PARTICLES and last not in tails:
            continue  # a looked-up key ends with its last word folded, and every key the memory holds is in `tails`
        if memory.by_part(words[:length]) is not None:
            return False
    return True
