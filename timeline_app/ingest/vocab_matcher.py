"""Run a vocabulary pattern only on text that holds one of the words its matches need.

Python's `re` has no fast path for a case-insensitive pattern that opens with a word boundary and
an alternation (`\\b(?:met|meets|held\\s+talks|...)\\b`): it tries the pattern at every word of
the text. Most sentences hold none of a pattern's words, so reading those words off the pattern
once (`key_words`) and the sentence's words once (`words`) answers most patterns of most sentences
with a set lookup. Nothing is lost: every match of the pattern holds one of its key words as a
whole word (or a digit, key `DIGIT`), so a text without any of them has no match
(tests/test_vocab_matcher.py checks this against the patterns themselves).

Key words are read from the parsed pattern, so the knowledge stays in resources/ as regular
expressions; a pattern with a way to match that needs no literal word (`[A-Z]\\w+ talks`) has no
key words and always runs. The filter only holds for a search over the whole text whose words
were taken: a search from an offset sees a word boundary there that the text does not have.
"""
from __future__ import annotations

import re
from functools import lru_cache

try:  # Python 3.11+
    from re import _constants as _c, _parser as _sre_parse  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _c  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_WORD = re.compile(r"\w+")
_DIGIT_CHAR = re.compile(r"\d")
DIGIT = "\\d"  # the key of a pattern that needs a digit; never a word of a text
# The only characters whose lower case is not one character of the same kind, or that a
# case-insensitive pattern matches to an ASCII letter (dotted and dotless i, long s, Kelvin sign):
# a text holding one is not answered from its lower-cased words (tests pin this list).
FOLDING_ODDITIES = "\u0130\u0131\u017f\u212a"
_ODD = re.compile("[" + FOLDING_ODDITIES + "]")
_MAX_KEYS = 400  # beyond this many key words a pattern is not worth filtering


class _NoKey(Exception):
    """Some match of the pattern may hold none of the literal words found."""


@lru_cache(maxsize=256)
def words(text: str) -> frozenset[str] | None:
    """The lower-cased words (\\w+) of `text`, and DIGIT when it has a digit; None when its case
    folding is not plain (then every pattern runs). Cached: several layers ask for one sentence."""
    if _ODD.search(text):
        return None
    found = set(_WORD.findall(text.lower()))
    if _DIGIT_CHAR.search(text):
        found.add(DIGIT)
    return frozenset(found)


def may_match(keys: frozenset[str] | None, text_words: frozenset[str] | None) -> bool:
    """False only when a pattern with these key words cannot match the text with these words."""
    return keys is None or text_words is None or not keys.isdisjoint(text_words)


def key_words(pattern: str | re.Pattern[str], flags: int = 0) -> frozenset[str] | None:
    """Lower-cased words one of which every match of `pattern` holds as a whole word of the
    text (DIGIT: a digit); None when that cannot be read off the pattern."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    if flags & re.ASCII or not isinstance(pattern, str):
        return None  # an ASCII word boundary is not where the text's (Unicode) words end
    try:
        return frozenset(_expand(list(_sre_parse.parse(pattern, flags)), "", False))
    except _NoKey:
        return None


def _expand(items: list, prefix: str, bounded: bool) -> set[str]:
    """A key of every way to match the sequence `items`. `prefix`: the word characters matched so
    far of a word that opened at a word boundary; `bounded`: a word character matched next would
    open a word (a boundary, the start or a non-word character came just before)."""
    for i, (op, av) in enumerate(items):
        rest = items[i + 1:]
        if op is _c.LITERAL and _is_key_char(chr(av)):
            if prefix or bounded:
                prefix += chr(av).lower()
            continue
        if _only_nonword(op, av, at_least_one=True):  # "\\s+", " ", "[,.]": a word ends, the next opens
            if prefix:
                return {prefix}
            bounded = True
            continue
        if _is_digit(op, av):
            return {DIGIT}
        if op is _c.AT and av in (_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING):
            if prefix:
                if av is _c.AT_BOUNDARY:
                    return {prefix}  # the word ends here
            else:
                bounded = True
                continue
        elif op in (_c.ASSERT, _c.ASSERT_NOT):  # zero width: it only narrows the matches
            if prefix and op is _c.ASSERT and av[0] == 1 and _opens_nonword(list(av[1])):
                return {prefix}  # "told(?=\\s+...)": the word ends before the lookahead
            continue
        elif op is _c.SUBPATTERN:
            return _expand(list(av[-1]) + rest, prefix, bounded)
        elif op is _c.BRANCH:
            return _union(_expand(list(alt) + rest, prefix, bounded) for alt in av[1])
        elif op is _c.IN and (prefix or bounded) and all(o is _c.LITERAL and _is_key_char(chr(a)) for o, a in av):
            return _union(_expand(rest, prefix + chr(a).lower(), False) for _, a in av)
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, high, sub = av
            if (low, high) == (0, 1):  # optional: a key either way
                return _expand(rest, prefix, bounded) | _expand(list(sub) + rest, prefix, bounded)
            if low >= 1 and len(sub) == 1 and _is_digit(*sub[0]):
                return {DIGIT}
            if low == 0 and all(_only_nonword(o, a, at_least_one=False) for o, a in sub):  # "\\s*"
                if prefix:  # none: the word goes on; some: it ended
                    return {prefix} | _expand(rest, prefix, False)
                continue  # none: as before; some: bounded, so no less than before
        # anything else ("[A-Z]", "\\w+", ".", a back reference): look for a key after it
        prefix, bounded = "", False
    raise _NoKey  # no key on this way (or the match may end inside a word: "meet" in "meets")


def _is_key_char(ch: str) -> bool:
    """An ASCII word character: it lower-cases to itself, whatever the text spells it with."""
    return ch.isascii() and (ch.isalnum() or ch == "_")


def _is_digit(op, av) -> bool:
    """A single character that is always a digit: "\\d", "[0-3]", "[01]"."""
    if op is _c.LITERAL:
        return chr(av).isdigit() and chr(av).isascii()
    if op is not _c.IN or not av:
        return False
    for o, a in av:
        if o is _c.CATEGORY and a is _c.CATEGORY_DIGIT:
            continue
        if o is _c.LITERAL and "0" <= chr(a) <= "9":
            continue
        if o is _c.RANGE and "0" <= chr(a[0]) and chr(a[1]) <= "9":
            continue
        return False
    return True


_NONWORD_CATEGORIES = {_c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD}


def _only_nonword(op, av, at_least_one: bool) -> bool:
    """A single non-word character ("\\s", ",", "[\\s\\-/.]"), or with `at_least_one` False also
    any number of them; with `at_least_one`, a repeat of them at least once ("\\s+")."""
    if op is _c.LITERAL:
        return not _is_word(chr(av))
    if op is _c.IN:
        return bool(av) and all((o is _c.LITERAL and not _is_word(chr(a))) or (o is _c.CATEGORY and a in _NONWORD_CATEGORIES)
                                for o, a in av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and (av[0] >= 1 or not at_least_one):
        return all(_only_nonword(o, a, at_least_one=True) for o, a in av[2]) and bool(av[2])
    return False


def _union(parts) -> set[str]:
    out: set[str] = set()
    for part in parts:
        out |= part
        if len(out) > _MAX_KEYS:
            raise _NoKey
    return out


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _opens_nonword(items: list) -> bool:
    """True when whatever `items` match opens with a non-word character."""
    if not items:
        return False
    op, av = items[0]
    if op is _c.SUBPATTERN:
        return _opens_nonword(list(av[-1]))
    if op is _c.BRANCH:
        return all(_opens_nonword(list(alt)) for alt in av[1])
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
        return av[0] >= 1 and _opens_nonword(list(av[2]))
    return _only_nonword(op, av, at_least_one=True)
