"""Invisible characters and decomposed accents never change who met whom, and evidence offsets
still point into the stored text (which is never rewritten)."""
from __future__ import annotations

import unicodedata

import pytest

from timeline_app.ingest.extract import extract_document
from timeline_app.ingest.normalize import clean_text

BODY = ("On Thursday, Hamas political bureau chief Ismail Haniyeh met Russian Foreign Minister "
        "Sergey Lavrov in Moscow.")


def page(body: str) -> str:
    return f"Haniyeh holds talks in Moscow\n\nFriday 5-February-2021\n\n{body}\n"


def officials(text: str) -> set[str]:
    (m,) = extract_document(text).mentions
    return {p.actor.name for p in m.participants if p.actor.kind == "person"}


@pytest.mark.parametrize("mark", [
    "\u00ad",  # soft hyphen, left by hyphenation on the site
    "\u200b",  # zero-width space
    "\u200c",  # zero-width non-joiner
    "\u200d",  # zero-width joiner
    "\u2060",  # word joiner
    "\u200f",  # right-to-left mark
    "\u202b\u202c",  # right-to-left embedding ... pop
    "\u2067\u2069",  # right-to-left isolate ... pop
    "\ufeff",  # zero-width no-break space
])
def test_invisible_characters_inside_names_do_not_cut_them(mark: str) -> None:
    body = BODY.replace("Haniyeh met", f"Hani{mark}yeh met").replace("Sergey", f"Ser{mark}gey")
    assert officials(page(body)) == {"Ismail Haniyeh", "Sergey Lavrov"}


def test_a_decomposed_accent_is_the_same_name() -> None:
    body = ("On Thursday, Hamas political bureau chief Ismail Haniyeh met Turkish President Recep Tayyip "
            "Erdogan and his adviser Ibrahim Kal\u0131n in Ankara.")
    composed = officials(page(body.replace("Erdogan", "Erdo\u011fan")))
    decomposed = officials(page(body.replace("Erdogan", unicodedata.normalize("NFD", "Erdo\u011fan"))))
    assert composed == decomposed and len(composed) >= 2


def test_evidence_points_into_the_stored_text() -> None:
    text = page("\u200b" * 3 + BODY.replace("Haniyeh", "Hani\u00adyeh").replace("Moscow", unicodedata.normalize("NFD", "Mos\u00e7ow")))
    result = extract_document(text)
    (m,) = result.mentions
    (start, end), = m.evidence
    quote = text[start:end]
    assert quote.startswith("On Thursday") and quote.rstrip().endswith(".")
    assert "Hani\u00adyeh" in quote  # the stored text, soft hyphen and all
    (article,) = result.articles
    assert text[article.published_span[0]:article.published_span[1]] == "Friday 5-February-2021"


def test_clean_text_maps_every_offset_back() -> None:
    original = "a\u00adb\u200bc e\u0301f\ng\u2060h"
    clean, offsets = clean_text(original)
    assert clean == "abc \u00e9f\ngh"
    for i, ch in enumerate(clean):
        if ch != "\u00e9":
            assert original[offsets.to_original(i)] == ch
    assert offsets.to_original(len(clean)) == len(original)


def test_clean_text_leaves_clean_text_alone() -> None:
    clean, offsets = clean_text("Plain text, accents \u00e9 composed.")
    assert clean == "Plain text, accents \u00e9 composed." and offsets.identity


def test_words_glued_by_scraping_are_split_for_matching_only() -> None:
    text = page("On Thursday, Russian Foreign Minister Sergey Lavrovsaid he met Hamas political bureau chief "
                "Ismail Haniyeh,Deputy Foreign Minister Mikhail Bogdanov also attended, in Moscow.")
    result = extract_document(text)
    names = {p.actor.name for m in result.mentions for p in m.participants}
    assert {"Sergey Lavrov", "Ismail Haniyeh"} <= names
    for m in result.mentions:
        for start, end in m.evidence:
            assert text[start:end].startswith("On Thursday")  # offsets still into the stored text


def test_matching_text_maps_inserted_spaces_back() -> None:
    from timeline_app.ingest.normalize import matching_text

    original = "Khamenei,Foreign Minister Zarif\u00adunderlined it"
    spaced, offsets = matching_text(original)
    assert spaced == "Khamenei, Foreign Minister Zarif underlined it"
    for i, ch in enumerate(spaced):
        if ch != " ":
            assert original[offsets.to_original(i)] == ch
    assert offsets.to_original(len(spaced)) == len(original)


def test_glued_words_are_cut_where_the_word_boundary_patterns_cut_them() -> None:
    """_unglue finds a glued word from its capital ("[A-Z](?<!\\w[A-Z])", re skipping to capitals)
    and drops real words ("Withheld") after matching: the same cuts as the \\b patterns it replaced."""
    import re
    from pathlib import Path

    from timeline_app.ingest.normalize import _glued_small, _glued_verb, _unglue
    from timeline_app.ingest.resources import load_json

    words = load_json("triggers.json")
    verbs = "|".join(map(re.escape, words.get("glued_verbs", [])))
    kept = "|".join(map(re.escape, words.get("glued_words_kept", []))) or "(?!)"
    old_verb = re.compile(rf"\b(?!(?:{kept})\b)[A-Z][a-z]{{3,20}}(?=(?:{verbs})\b)")
    small = "|".join(map(re.escape, words.get("glued_small_words", []))) or "(?!)"
    old_small = re.compile(rf"\b([A-Z][a-z]{{3,20}})(?:{small})(?=\s+[a-z])")
    glued, keep = _glued_verb()
    new_small, surnames = _glued_small()
    data = Path(__file__).parent / "data"
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in sorted(data.rglob("*.txt"))]
    some = sorted(surnames)[:20]
    texts.append(" ".join(f"{n}{v}" for n in ["Zarif", "Withheld", "xZarif", "ÉZarif", "_Zarif", "Ab", *some]
                          for v in ["said", "underlined", "at the", "in a", "", "held"]))
    cut = 0
    for text in texts:
        expected = [m.end() for m in old_verb.finditer(text)]
        assert [m.end() for m in glued.finditer(text) if not keep.match(text, m.start())] == expected
        assert [(m.end(1), m.group(1)) for m in new_small.finditer(text)] == \
            [(m.end(1), m.group(1)) for m in old_small.finditer(text)]
        cut += len(expected) + (not _unglue(text)[1].identity)
    assert cut > 5
