"""tokens.last_word (used by person_roles._left_context) walks back over the word before a title's name as the regular expression it
replaced did (that regex tried every place of a 120-character window for each title word)."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from timeline_app.ingest.tokens import last_word, tokens_and_gaps

_REPLACED = re.compile(r"([\w\u2019'\-.]+)(['\u2019]s)?(\s+)$")


def _expected(text: str, start: int, end: int) -> tuple[str, int] | None:
    m = _REPLACED.search(text[start:end])
    return None if m is None else (m.group(1), start + m.start(1))


def test_last_word_finds_what_the_regex_found() -> None:
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in sorted((Path(__file__).parent / "data").rglob("*.txt"))]
    rng = random.Random(7)
    found = 0
    for text in texts[:60]:
        ends = [m.end() for m in re.finditer(r"\s+", text)]  # windows closing on whitespace: where a word is found
        for end in rng.sample(ends, min(40, len(ends))) + [rng.randrange(len(text) + 1) for _ in range(10)]:
            start = max(0, end - rng.randrange(0, 130))
            assert last_word(text, start, end) == _expected(text, start, end), text[start:end]
            found += last_word(text, start, end) is not None
    assert found > 1000


def test_odd_windows() -> None:
    for window in ["x  ", "Trump's  ", "Trump\u2019s ", "a\u00a0", "é-ü.\t", "'s ", " ", "", "ab\n", "ab\ncd \n", "H E "]:
        assert last_word(window, 0, len(window)) == _expected(window, 0, len(window)), window


@pytest.mark.parametrize("text", [
    "", "  ", "2024 - 17:05", "Hamas leader Ismail Haniyeh met Iran's Abdollahian, in Doha.",
    "O'Neil’s talks: Zoë Émile and d’Estaing", "x's X’S 'quoted' word", "al-Hayya\u00a0met\tWang Yi",
])
def test_tokens_and_gaps_are_the_words_their_offsets_and_the_text_between(text: str) -> None:
    """Every word (letters, inner apostrophes, no possessive 's) with its offsets and capital, and
    between each word and the next exactly the text there."""
    toks, gaps = tokens_and_gaps(text)
    words = list(re.finditer(r"[^\W\d_]+(?:['\u2019](?![sS]\b)[^\W\d_]+)*", text))
    assert [(t.text, t.start, t.end, t.capitalized) for t in toks] == [(m.group(), m.start(), m.end(), m.group()[0].isupper()) for m in words]
    assert gaps == [text[a.end():b.start()] for a, b in zip(words, words[1:])]
