"""Read off a regular expression the words every match of it holds (its key words).

vocab_matcher runs a pattern only on a text holding its key words; this module reads them from
the parsed pattern (Python's own parser), so the knowledge stays in resources/ as regular
expressions. Each way through the pattern (each choice at its alternations and optional parts)
names the literal words it always matches as whole words; a way with none (`[A-Z]\\w+ talks`)
leaves the pattern without keys (it always runs). What a positive lookahead needs, the text holds
too. Too many ways to keep apart are kept as their rarest word each.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import chain

# The parser is private to Python: if a future Python moves or changes it, patterns lose their keys
# (each runs on every sentence, the same output, slower) instead of extraction failing.
try:  # Python 3.11+
    from re import _constants as _c, _parser as _sre_parse  # type: ignore[attr-defined]
except Exception:  # noqa: BLE001 - pragma: no cover - Python 3.10, or a Python without it
    try:
        import sre_constants as _c  # type: ignore[no-redef]
        import sre_parse as _sre_parse  # type: ignore[no-redef]
    except Exception:  # noqa: BLE001
        _c = _sre_parse = None  # type: ignore[assignment]

DIGIT = "\\d"  # the key of a pattern that needs a digit; never a word of a text
_MAX_KEYS = 400  # beyond this many key words a pattern is not worth filtering
_MAX_STATES = 20000  # reading a pattern's keys stops (no filter) past this many steps
_AHEAD = "~"  # marks a word a lookahead needs (never a character of a word): asked for after the match's own
_MAX_PRODUCT = 100_000  # ways of a lookahead times ways after it: past this the lookahead is not read
# words too common to be worth asking for when a match holds a rarer one too
_COMMON = frozenset("a an the in on at of to by for from with as and or is was are were be been being has have had "
                    "it its this that these those who which also not no".split())

Keys = tuple  # of frozensets of words: a text may match only if it holds a word of each


class _NoKey(Exception):
    """Some match of the pattern may hold none of the literal words found."""


def key_words(pattern: str | re.Pattern[str], flags: int = 0) -> Keys | None:
    """Sets of lower-cased words such that every match of `pattern` holds, as whole words of the
    text, a word of each set (DIGIT: a digit); None when no such set can be read off the pattern.

    Each way through the pattern (each choice at its alternations and optional parts) names the
    literal words it always matches; the first set takes the rarest-looking word of each way (the
    longest, common function words last), the second is DIGIT when every way needs a digit."""
    if isinstance(pattern, re.Pattern):
        pattern, flags = pattern.pattern, pattern.flags
    if flags & re.ASCII or not isinstance(pattern, str):
        return None  # an ASCII word boundary is not where the text's (Unicode) words end
    try:
        ways = _Reader().ways(_sre_parse.parse(pattern, flags))
    except Exception:  # noqa: BLE001 - _NoKey, a deep pattern, or a parser unlike the one read here
        return None
    if not ways or any(not way for way in ways):
        return None
    clauses = [frozenset(min(way, key=_rarity).lstrip(_AHEAD) for way in ways)]
    if all(DIGIT in way or _AHEAD + DIGIT in way for way in ways) and clauses[0] != {DIGIT}:
        clauses.append(frozenset({DIGIT}))
    bare = [frozenset(w.lstrip(_AHEAD) for w in way) - _COMMON - {DIGIT} for way in ways]
    # a word every way holds ("signed" of "signed for his (movement|faction|government|...)") is asked
    # for first, alone: the rarest word of each way may be a common one of another way ("government")
    shared = frozenset.intersection(*bare)
    if shared and len(clauses[0]) > 1:
        clauses.insert(0, frozenset({min(shared, key=_rarity)}))
        if len(clauses[1]) > _MAX_KEYS:
            del clauses[1]
    if len(clauses[0]) > _MAX_KEYS:
        return None
    clauses += [c for c in _slots(bare) if c not in clauses]
    return tuple(clauses)


_MAX_SLOT_WAYS = 256  # more ways than this (prepositions times month names): no slots read


def _slots(ways: list[frozenset[str]]) -> list[frozenset[str]]:
    """Further sets of words every way holds one of, each without the words of those before:
    '(delegation|side|team) (also)? (included|comprised)' needs a word of each group, where the
    rarest word of each way mixes the groups ('delegation' or 'included'). Each is the greedy cover
    of the ways by the words that most of them hold (common function words aside)."""
    if len(ways) > _MAX_SLOT_WAYS:
        return []
    out: list[frozenset[str]] = []
    banned: set[str] = set()
    for _ in range(2):
        chosen: set[str] = set()
        uncovered = list(ways)
        while uncovered:
            held = Counter(w for way in uncovered for w in way if w not in banned)
            if not held:
                return out
            best = max(held, key=lambda w: (held[w], len(w), w))
            chosen.add(best)
            uncovered = [way for way in uncovered if best not in way]
        out.append(frozenset(chosen))
        banned |= chosen
    return out


def _minimal(ways: frozenset[frozenset[str]]) -> frozenset[frozenset[str]]:
    """The ways no other way's words are a part of: a word that one of those holds is held by
    every way that holds more ("in early May" needs what "in May" needs)."""
    if len(ways) < 32:
        return ways
    if frozenset() in ways:  # a way that needs no word: it is the only one kept
        return frozenset({frozenset()})
    # a kept way filed under its word that fewest ways hold: only the ways filed under a word of
    # `way` can be part of it (not every way kept so far: thousands of ways made this quadratic)
    # (plain loops, not any() over a generator: this is most of the knowledge's load time, paid by
    # every process that extracts, the edited re-ingest's included)
    held = Counter(chain.from_iterable(ways))
    kept: dict[str, list[frozenset[str]]] = {}
    count = 0
    for way in sorted(ways, key=len):
        if _covered(way, kept):
            continue
        kept.setdefault(min(way, key=held.__getitem__), []).append(way)
        count += 1
        if count > 4 * _MAX_KEYS:
            return _coarsened(ways)
    return frozenset(way for filed in kept.values() for way in filed)


def _covered(way: frozenset[str], kept: dict[str, list[frozenset[str]]]) -> bool:
    """Whether a kept way (filed under one of its words) is a part of `way`."""
    for word in way:
        filed = kept.get(word)
        if filed is not None:
            for k in filed:
                if k <= way:
                    return True
    return False


def _coarsened(ways: frozenset[frozenset[str]]) -> frozenset[frozenset[str]]:
    """Too many ways to keep apart (prepositions times phrases times month names): each way kept as
    its rarest word alone. A way needs all its words, so it needs that one: the keys read from
    fewer words stay true, only less selective ("in|during|... (early|mid|late)? <month>" is then
    keyed by its month names and its rarer prepositions instead of not at all)."""
    kept = frozenset(frozenset({min(way, key=_rarity)}) for way in ways)  # (no way is empty: it would be the one kept)
    if len(kept) > 4 * _MAX_KEYS:
        raise _NoKey
    return kept


def _rarity(word: str) -> tuple[bool, bool, bool, int, str]:
    """Sorts a way's words rarest first: the longest, a word a lookahead needs after one the match
    itself holds ("told(?=... at the palace)": "told"), common function words last."""
    bare = word.lstrip(_AHEAD)
    return bare in _COMMON, bare != word, bare == DIGIT, -len(bare), word


class _Reader:
    """Walks a parsed pattern through every way to match it, remembering states already seen."""

    def __init__(self) -> None:
        self.memo: dict[tuple[int, int, str, bool], frozenset[frozenset[str]]] = {}
        self.conts: dict[tuple[int, int, int], tuple] = {}
        self.steps = 0

    def ways(self, items) -> frozenset[frozenset[str]]:
        return self._walk(self._cont(items, 0, None), "", False)

    def _cont(self, items, index: int, parent: tuple | None) -> tuple | None:
        """The rest of the pattern from items[index] (a sequence of the parse tree, which lives as
        long as the reader), then what follows its group (`parent`); interned, so one rest is one
        object and its ways are computed once."""
        while index >= len(items):
            if parent is None:
                return None
            items, index, parent = parent
        key = (id(items), index, id(parent))
        if key not in self.conts:
            self.conts[key] = (items, index, parent)
        return self.conts[key]

    def _walk(self, cont: tuple | None, prefix: str, bounded: bool) -> frozenset[frozenset[str]]:
        """The key sets of the ways to match `cont`. `prefix`: the word characters matched so far
        of a word that opened at a word boundary; `bounded`: a word character matched next would
        open a word (a boundary, the start or a non-word character came just before)."""
        memo_key = (id(cont), 0 if cont is None else 1, prefix, bounded)
        if memo_key in self.memo:
            return self.memo[memo_key]
        self.steps += 1
        if self.steps > _MAX_STATES:
            raise _NoKey
        found: set[str] = set()
        result: frozenset[frozenset[str]] | None = None
        while cont is not None:
            items, index, parent = cont
            op, av = items[index]
            nxt = self._cont(items, index + 1, parent)
            if op is _c.LITERAL and _is_key_char(chr(av)):
                if prefix or bounded:
                    prefix += chr(av).lower()
            elif _only_nonword(op, av, at_least_one=True):  # "\\s+", " ", "[,.]": a word ends, the next opens
                if prefix:
                    found.add(prefix)
                prefix, bounded = "", True
            elif _is_digit(op, av):
                found.add(DIGIT)
                prefix, bounded = "", False
            elif op is _c.AT and av in (_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING):
                if prefix and av is _c.AT_BOUNDARY:
                    found.add(prefix)  # the word ends here
                prefix, bounded = "", not prefix or av is _c.AT_BOUNDARY
            elif op in (_c.ASSERT, _c.ASSERT_NOT):  # zero width: it only narrows the matches
                if prefix and op is _c.ASSERT and av[0] == 1 and _opens_nonword(list(av[1])):
                    found.add(prefix)  # "told(?=\\s+...)": the word ends before the lookahead
                    prefix, bounded = "", True
                if op is _c.ASSERT and av[0] == 1:  # "in(?=\\s+[A-Z]\\w+ for talks)": what it needs, the text holds
                    ahead, rest = self._walk(self._cont(av[1], 0, None), prefix, bounded), self._walk(nxt, prefix, bounded)
                    if len(ahead) * len(rest) <= _MAX_PRODUCT:
                        result = frozenset(frozenset(_AHEAD + w for w in a) | b for a in ahead for b in rest)
                        break
            elif op is _c.SUBPATTERN:
                result = self._walk(self._cont(av[-1], 0, nxt), prefix, bounded)
                break
            elif op is _c.BRANCH:
                result = frozenset().union(*(self._walk(self._cont(alt, 0, nxt), prefix, bounded)
                                             for alt in av[1]))
                break
            elif op is _c.IN and (prefix or bounded) and all(o is _c.LITERAL and _is_key_char(chr(a)) for o, a in av):
                result = frozenset().union(*(self._walk(nxt, prefix + chr(a).lower(), False) for _, a in av))
                break
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[:2] == (0, 1):  # optional: both ways
                result = self._walk(nxt, prefix, bounded) | self._walk(self._cont(av[2], 0, nxt), prefix, bounded)
                break
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] >= 1 and len(av[2]) == 1 and _is_digit(*av[2][0]):
                found.add(DIGIT)  # "\\d{4}"
                prefix, bounded = "", False
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == 0 and av[2] \
                    and all(_only_nonword(o, a, at_least_one=False) for o, a in av[2]):  # "\\s*"
                if prefix:  # none: the word goes on; some: it ended
                    result = self._walk(nxt, prefix, False) | frozenset(
                        way | {prefix} for way in self._walk(nxt, "", True))
                    break
            elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and _ends_nonword(list(av[2])) and not prefix:
                # "(?:[a-z]+\\s+){0,8}": whatever it matches ends before a word's opening; none: as before
                bounded = bounded or av[0] >= 1
            else:  # "[A-Z]", "\\w+", ".", a back reference: look for keys after it
                prefix, bounded = "", False
            cont = nxt
        if result is None:  # the end of the pattern: a word still open may go on in the text
            result = frozenset({frozenset()})
        out = _minimal(frozenset(way | found for way in result))
        self.memo[memo_key] = out
        return out


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


_NONWORD_CATEGORIES = {getattr(_c, "CATEGORY_SPACE", None), getattr(_c, "CATEGORY_NOT_WORD", None)} - {None}


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


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _ends_nonword(items: list) -> bool:
    """True when whatever the sequence `items` matches ends with a non-word character."""
    return bool(items) and _only_nonword(*items[-1], at_least_one=True)


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
