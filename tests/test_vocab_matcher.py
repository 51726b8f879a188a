"""The key-word prefilter (ingest/vocab_matcher.py) never skips a pattern that would have matched.

Extraction skips a vocabulary pattern on a sentence holding none of the pattern's key words; these
tests hold that promise against every pattern of resources/triggers.json and of the date layer,
over every sentence of the test sets, as written and in capitals, so a new trigger phrase with a shape
the key reader misjudges fails here rather than silently losing reports.
"""
from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from timeline_app.ingest.clauses import _attribution_patterns, _patterns_for
from timeline_app.ingest.dates import _compiled as date_patterns
from timeline_app.ingest.continuation import _CEREMONY, _FUNERAL
from timeline_app.ingest.grouping import _ABSENT
from timeline_app.ingest.lines import _credit_for, _credit_keys, _credit_pattern, _may_be_credit
from timeline_app.ingest.trigger_words import patterns
from timeline_app.ingest.vocab_matcher import DIGIT, FOLDING_ODDITIES, key_words, may_match, words

DATA = Path(__file__).parent / "data"
SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"


def _all_patterns() -> list[tuple[str, re.Pattern[str]]]:
    p = patterns()
    out = [(f"verb {i}", pat) for i, (_, pat) in enumerate(p["verbs"])]
    out += [(f"noun {i}", pat) for i, (_, pat) in enumerate(p["nouns"])]
    out += [(name, p[name]) for name in ("attach", "habitual", "unconfirmed") if p[name] is not None]
    out += [(f"date {kind}", pat) for kind, pat in date_patterns()]
    out += list(zip(("trailing attribution", "leading attribution", "according"), _attribution_patterns()))
    out.append(("photo credit", _credit_pattern()))
    out += [("absent", _ABSENT), ("ceremony", _CEREMONY), ("funeral", _FUNERAL)]
    return out


@lru_cache(maxsize=1)
def _sentences() -> list[str]:
    texts = [f.read_text(encoding="utf-8", errors="replace") for folder in (DATA, SEEDS) if folder.is_dir()
             for f in sorted(folder.rglob("*.txt"))]
    pieces = {s.strip() for t in texts for s in re.split(r"(?<=[.!?])\s+|\n+", t) if s.strip()}
    return sorted(pieces)


def test_every_match_holds_a_key_word() -> None:
    sentences = _sentences()
    assert len(sentences) > 2000
    filters = [(name, pat, key_words(pat)) for name, pat in _all_patterns()]
    assert sum(keys is not None for _, _, keys in filters) >= len(filters) - 3  # the filter does its work
    skipped = 0
    for n, sentence in enumerate(sentences):
        for variant in (sentence, sentence.upper()) if n % 4 == 0 else (sentence,):  # capitals: a sample
            seen = words(variant)
            for name, pat, keys in filters:
                if not may_match(keys, seen):  # skipped by extraction: it must have no match
                    skipped += 1
                    assert not pat.search(variant), (name, variant)
    assert skipped > 50_000


@pytest.mark.parametrize(("pattern", "keys"), [
    (r"\b(?:met|meets|meeting with)\b", [{"met", "meets", "meeting"}]),  # "with" is too common to ask for
    # (and, read as slots, "call" for the first two ways: a second set every way holds a word of)
    (r"\b(?:(?:tele)?phone call|co-?chaired)\b", [{"telephone", "phone", "chaired", "cochaired"}, {"call", "chaired", "cochaired"}]),
    (r"\b(?:told(?=\s+[A-Z]))\b", [{"told"}]),
    (r"\b(?:was\s+in(?=\s+[A-Z]\w+\s+for\s+(?:talks|a\s+visit)\b))\b", [{"talks", "visit"}]),  # a lookahead's words are needed too
    (r"\b(?:told(?=\s+[A-Z]\w+\s+at\s+the\s+palace))\b", [{"told"}]),  # ... after the match's own
    (r"\b(?:held\s+(?:[a-z\-]+\s+){0,8}?talks)\b", [{"talks"}, {"held"}]),  # every match holds both
    (r"(?<=[a-z] and )(?-i:[A-Z][\w\-]+)\s+discussed\b", [{"discussed"}]),  # a word after something unread
    (r"\b(?P<year>\d{4})\b", [{DIGIT}]),
    (r"\b(?:in\s+)?(?:may|june)\s+\d", [{"may", "june"}, {DIGIT}]),  # both a month and a digit
])
def test_key_words_read_off_patterns(pattern: str, keys: list[set[str]]) -> None:
    assert key_words(re.compile(pattern, re.I)) == tuple(frozenset(k) for k in keys)


def test_a_pattern_of_word_groups_needs_a_word_of_each_group() -> None:
    """'(delegation|side|team) (also)? (included|comprised)': a sentence naming a delegation but no
    verb of the group after it does not run the pattern (the rarest word of each way mixes the groups)."""
    pattern = re.compile(r"\b(?:delegation|side|team)\s+(?:also\s+)?(?:included|comprised)\b", re.I)
    keys = key_words(pattern)
    assert keys is not None and {"delegation", "side", "team"} in keys and {"included", "comprised"} in keys
    assert not may_match(keys, words("The delegation arrived on Monday."))
    assert may_match(keys, words("The team also comprised two advisers."))


def test_a_pattern_of_thousands_of_ways_is_keyed_by_the_rarest_word_of_each() -> None:
    """'in|during|... the first week of|... (early|mid|late)? <month>': prepositions times phrases
    times month names are too many ways to keep apart; each is then asked for by its rarest word
    alone, so the pattern no longer runs on every sentence holding 'in'."""
    from timeline_app.ingest.dates import _PATTERNS
    keys = key_words(re.compile(dict(_PATTERNS)["in_month"], re.I))
    assert keys is not None and len(keys) == 1
    assert {"january", "may", "sept", "december", "throughout", "fortnight"} <= keys[0]
    assert not keys[0] & {"in", "the", "of", "by", "at"}


@pytest.mark.parametrize("pattern", [
    r"\bmeet",  # also matches inside "meeting": no whole word to ask for
    r"[A-Z]\w+ talks",  # "talks" may follow a word without a boundary the filter could see
    r"(?:\w+\s+)?visit",
])
def test_patterns_without_a_sure_word_always_run(pattern: str) -> None:
    assert key_words(re.compile(pattern, re.I)) is None
    assert may_match(None, words("nothing here"))


def test_text_whose_case_folding_is_odd_runs_every_pattern() -> None:
    """'MEET' spelt with a dotless or dotted i, a long s or a Kelvin sign still matches a
    case-insensitive pattern, but its lower case is not the pattern's word."""
    assert re.search(r"\bvisit\b", "VİSİT", re.I) and words("VİSİT") is None
    assert may_match(frozenset({"visit"}), words("VİSİT"))


def test_folding_oddities_are_all_the_odd_characters() -> None:
    """Every other character lower-cases to one character of the same kind (word or not) that no
    case-insensitive ASCII pattern character matches: the words of the lower-cased text are the
    text's words."""
    every = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    odd = {m.group() for ch in "abcdefghijklmnopqrstuvwxyz0123456789_" for m in re.finditer("(?i)" + ch, every)}
    for ch in every:
        low = ch.lower()
        if len(low) != 1 or low.isascii() or (ch.isalnum() or ch == "_") != (low.isalnum() or low == "_"):
            odd.add(ch)
    assert odd == set(FOLDING_ODDITIES)


def test_an_alternation_cut_to_a_sentence_finds_the_same_matches() -> None:
    """The attachment cues and habitual phrases run as an alternation of only the alternatives
    whose words the sentence holds: the same spans, in the same order, as the whole alternation."""
    p = patterns()
    for sentence in _sentences():
        seen = words(sentence)
        for name in ("attach", "habitual"):
            full, cut = p[name], p[f"{name}_on"].on(seen)
            expected = [m.span() for m in full.finditer(sentence)]
            assert ([m.span() for m in cut.finditer(sentence)] if cut is not None else []) == expected, (name, sentence)


def test_attribution_patterns_cut_to_the_verbs_held_find_the_same_attributions() -> None:
    full_trailing, full_leading, _ = _attribution_patterns()
    for sentence in _sentences():
        trailing, leading, _ = _patterns_for(words(sentence))
        for full, cut in ((full_trailing.search, trailing.search), (full_leading.match, leading.match)):
            a, b = full(sentence), cut(sentence)
            assert (a and a.span()) == (b and b.span()), sentence


def test_credit_lines_are_found_as_before() -> None:
    """Every line of the test pages: the quick credit check never refuses a line the whole credit
    pattern matches, and the pattern cut to the agencies a line names finds the same credit."""
    full = _credit_pattern()
    lines = {line.strip() for f in sorted(DATA.rglob("*.txt")) for line in f.read_text(encoding="utf-8", errors="replace").splitlines()}
    lines |= {"REUTERS/Denis Balibouse", "( Cem Genco - Anadolu Agency )", "Photo: Wikipedia", "(EPA-EFE)"}
    found = 0
    for line in sorted(lines):
        m = full.search(line)
        found += bool(m)
        assert not m or _may_be_credit(line, _credit_keys()), line
        cut = _credit_for(words(line)).search(line)
        assert (m and m.span()) == (cut and cut.span()), line
    assert found >= 4


def test_dates_of_long_texts_are_found_as_with_every_month_name(monkeypatch: pytest.MonkeyPatch) -> None:
    """find_dates runs long texts with only the month and weekday names they hold."""
    from timeline_app.ingest import dates
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in sorted(DATA.rglob("*.txt"))]
    texts += ["Talks on Mon. 3rd of March, 2021 and on Friday 4 March " * 20]
    narrowed = [dates.find_dates(t) for t in texts]
    monkeypatch.setattr(dates, "_NARROW_FROM", 10**9)
    assert narrowed == [dates.find_dates(t) for t in texts]
    assert sum(map(len, narrowed)) > 500


_EXTRACT_ALL = """
import dataclasses, json, re, sys
from datetime import date
from pathlib import Path
mode = sys.argv[1]
if mode == "missing":  # a Python without re._parser or sre_parse: the import must not fail
    saved = re._parser
    del re._parser
    sys.modules["re._parser"] = sys.modules["sre_parse"] = None
    from timeline_app.ingest import pattern_keys
    re._parser = saved
    del sys.modules["re._parser"], sys.modules["sre_parse"]
    assert pattern_keys._sre_parse is None
elif mode == "raises":  # a parser that fails in a way nobody foresaw
    from timeline_app.ingest import pattern_keys
    class Broken:
        def parse(self, *args):
            raise TypeError("a parse tree of another shape")
    pattern_keys._sre_parse = Broken()
from timeline_app.ingest.extract import extract_document
from timeline_app.ingest.trigger_words import patterns
unkeyed = all(k is None for k in patterns()["verb_set"].keys)
assert unkeyed == (mode != "normal"), mode
out = {f.name: dataclasses.asdict(extract_document(f.read_text(encoding="utf-8"), None, date(2026, 11, 30)))
       for folder in sys.argv[2:] for f in sorted(Path(folder).glob("*.txt"))}
print(json.dumps(out, sort_keys=True, default=str))
"""


def test_without_pythons_private_parser_every_pattern_runs_and_output_is_the_same() -> None:
    """Keys are read through `re._parser`, private to Python: when it is missing or its parse fails,
    every pattern runs on every sentence (no key) and extraction gives the same events."""
    import subprocess
    folders = [str(DATA / "heldout"), str(DATA / "blind5")]
    runs = {mode: subprocess.run([sys.executable, "-c", _EXTRACT_ALL, mode, *folders], capture_output=True,
                                 text=True, check=True).stdout
            for mode in ("normal", "missing", "raises")}
    import json
    assert sum(len(page["mentions"]) for page in json.loads(runs["normal"]).values()) > 20
    assert runs["missing"] == runs["normal"]
    assert runs["raises"] == runs["normal"]


def test_anaphoric_dates_cut_to_the_phrases_held_are_found_as_with_all_of_them(monkeypatch: pytest.MonkeyPatch) -> None:
    """find_dates runs the anaphoric phrases ("the day before", "hours later") with only those whose
    words the text holds: the same dates, on every test sentence, as with the whole pattern."""
    from timeline_app.ingest import dates
    texts = _sentences() + ["Hours later, on the eve of his departure, he met them the same evening."]
    cut = [dates.find_dates(t) for t in texts]
    assert sum(e.kind == "anaphoric" for found in cut for e in found) >= 20
    whole = dates._anaphoric().pattern

    class Whole:
        def on(self, _words: object) -> re.Pattern[str]:
            return whole
    monkeypatch.setattr(dates, "_anaphoric", Whole)
    assert cut == [dates.find_dates(t) for t in texts]


def test_top_level_alternatives_split_only_at_depth_zero() -> None:
    from timeline_app.ingest.vocab_matcher import top_level_alternatives
    assert top_level_alternatives(r"a|(?:b|c)d|[|x]\|y|e") == ["a", "(?:b|c)d", r"[|x]\|y", "e"]


@pytest.mark.parametrize("text", [
    "met the envoy and met the envoys, then the meeting with the envoy met again",
    "held talks; held talks with X; talks held",
    "",
])
def test_the_alternatives_run_one_by_one_find_what_their_alternation_finds(text: str) -> None:
    """first_of.FirstOf: the leftmost of the alternatives' matches, the earlier alternative on a
    tie (even when a later one is longer), searching on from its end: re's own alternation."""
    from timeline_app.ingest.first_of import FirstOf
    alternatives = [r"met", r"met\s+the\s+envoys?", r"the\s+envoy", r"envoy\w*", r"held\s+talks(?:\s+with)?", r"talks"]
    whole = re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I)
    each = FirstOf([re.compile(r"\b(?:" + a + r")\b", re.I) for a in alternatives])
    assert [m.span() for m in each.finditer(text)] == [m.span() for m in whole.finditer(text)]
    for pos in range(len(text) + 1):
        a, b = each.search(text, pos), whole.search(text, pos)
        assert (a and a.span()) == (b and b.span()), pos
