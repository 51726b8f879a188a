"""Review38: refactors that must not change what is found (the call opener read once from the
sentence layer, one shared weekday/month list in the trigger resource, one stamp-word table, one
"nth day of the trip" pattern). Sentences written for these tests in the shape news uses."""
from __future__ import annotations

import pytest

from timeline_app.ingest.document import annotate
from timeline_app.ingest.extract import extract_document
from timeline_app.ingest.triggers import candidates, opens_on_call


def _events(page: str) -> list[tuple[str, str | None]]:
    return [(m.type, m.date) for m in extract_document(page).mentions]


# --- 1. the call opener: computed once per sentence in the sentence layer ---

def _sentence_layers(page: str):  # type: ignore[no-untyped-def]
    return [s for article in annotate(page).articles for s in article.sentences]


def test_the_sentence_layer_marks_a_call_opener() -> None:
    page = ("Harbour News\n2025-03-05\n\nThe Norwegian foreign minister spoke with his Chilean counterpart on Tuesday.\n\n"
            "In the phone conversation, both ministers reviewed fishing quotas.\n")
    flags = [(s.sentence.text.split()[0], s.opens_call) for s in _sentence_layers(page)]
    assert ("In", True) in flags and ("The", False) in flags


def test_the_flag_agrees_with_asking_the_sentence_alone() -> None:
    page = ("Harbour News\n2025-03-05\n\nDuring a later video call, the Norwegian foreign minister spoke with "
            "the Chilean foreign minister. Both sides praised the fishing accord.\n")
    for layer in _sentence_layers(page):
        assert layer.opens_call == opens_on_call(layer.sentence.text)


@pytest.mark.parametrize("second", [
    "During the call, the two reviewed the fishing accord.",  # a new paragraph opens on the call
    "In their telephone conversation, the two reviewed the fishing accord.",
])
def test_a_call_opener_in_the_next_paragraph_makes_spoke_with_a_call(second: str) -> None:
    page = ("Harbour News\n2025-03-05\n\nNorway's Foreign Minister Espen Barth Eide spoke with Chilean Foreign Minister "
            f"Alberto van Klaveren on Tuesday evening, the ministry said.\n\n{second}\n")
    assert [e[0] for e in _events(page)] == ["call"]


def test_a_call_opener_in_the_same_paragraph_makes_spoke_with_a_call() -> None:
    page = ("Harbour News\n2025-03-05\n\nNorway's Foreign Minister Espen Barth Eide spoke with Chilean Foreign Minister "
            "Alberto van Klaveren on Tuesday evening. During the call, the two reviewed the fishing accord.\n")
    assert [e[0] for e in _events(page)] == ["call"]


def test_candidates_alone_still_reads_its_own_opener() -> None:
    page = ("Harbour News\n2025-03-05\n\nIn a separate call, Norway's Foreign Minister Espen Barth Eide spoke with "
            "Chilean Foreign Minister Alberto van Klaveren on Tuesday.\n")
    layer = next(s for s in _sentence_layers(page) if s.sentence.text.startswith("In a separate"))
    assert layer.opens_call
    alone = candidates(layer.sentence, layer.entities, dates=layer.dates)
    told = candidates(layer.sentence, layer.entities, dates=layer.dates, opens_call=True)
    assert [(c.type, c.trigger) for c in alone] == [(c.type, c.trigger) for c in told]
    assert "call" in [c.type for c in alone]


# --- 2. triggers.json: weekday and month names from one shared list ---

def test_no_resource_spells_the_weekday_list_inline() -> None:
    from timeline_app.paths import resources_dir
    for path in resources_dir().glob("*.json"):
        raw = path.read_text(encoding="utf-8")
        assert "Monday|Tuesday|Wednesday" not in raw and "January|February|March" not in raw, path.name


def test_placeholders_are_put_in_when_the_resource_loads() -> None:
    from timeline_app.ingest.date_patterns import FULL_MONTHS, FULL_WEEKDAYS
    from timeline_app.ingest.resources import expand_placeholders, load_json
    assert expand_placeholders({"a": ["x(?!\\s+(?:%WEEKDAYS%|%MONTHS%)\\b)"]}) == {"a": [f"x(?!\\s+(?:{FULL_WEEKDAYS}|{FULL_MONTHS})\\b)"]}
    assert expand_placeholders("100%") == "100%" and expand_placeholders(3) == 3
    assert "%WEEKDAYS%" not in str(load_json("triggers.json")) and "%MONTHS%" not in str(load_json("triggers.json"))


@pytest.mark.parametrize("sentence, kinds", [
    ("Finland's foreign minister called on Monday for an end to the fighting.", []),  # a day after 'called on': an appeal
    ("Finland's foreign minister called on Estonian Prime Minister Kristen Michal in Tallinn.", ["meeting"]),
])
def test_called_on_before_a_day_still_reads_as_before(sentence: str, kinds: list[str]) -> None:
    from timeline_app.ingest.sentences import Sentence
    from timeline_app.ingest.entities import ArticleMemory, recognize
    ents = recognize(sentence, 0, ArticleMemory())
    found = [c.type for c in candidates(Sentence(0, len(sentence), sentence), ents) if c.kind == "verb"]
    assert found[:1] == kinds


# --- 3. stamps: one table of stamp words, every stamp pattern read off it ---

@pytest.mark.parametrize("line, kind", [
    ("Posted: 26 January 2025 | 17:05", "published"),
    ("First published on 4 March 2025", "published"),
    ("Last modified 4 March 2025", "updated"),
    ("Print date: 05 Mar 2025 09:40", "reader"),
    ("Accessed on 5 March 2025", "reader"),
])
def test_the_stamp_table_knows_each_opening(line: str, kind: str) -> None:
    from timeline_app.ingest.pubdate_stamps import stamp_words
    import re
    assert re.match(r"\s*(?:last\s+)?(?:" + stamp_words(kind) + r")\b", line, re.I)


def test_stamp_readers_keep_their_results() -> None:
    from timeline_app.ingest import pubdate as P, pubdate_stamps as S
    assert S._STAMP.match("Posted: 26 January 2025 | 17:05") and not S._STAMP.match("Filed by a reporter, 26 January 2025")
    assert S.PUBLISHED.search("Source: Harbour News, created 3 March 2025") and P._PUBLISHED is S.PUBLISHED
    line = "By A. Writer - posted on 16 October"
    assert [m.end() for m in S._POSTED_DAY.finditer(line)] == [line.index("16")]
    assert S._UPDATED_ON.search("Last revised: 12 January 2025").group(0) == "Last revised: "
    assert P._UPDATED.search("Updated 12 January 2025") and not P._UPDATED.search("Publishing update policy")
    assert P._READER_STAMP.match("Printed: 03 Jan 2025 10:52") and not P._READER_STAMP.match("Prints of the talks, 3 Jan 2025")
    stamp = S._RELATIVE_STAMP.fullmatch("Published: Yesterday, 14:05")
    assert stamp and stamp.group("day") == "Yesterday"
    assert S._FIRST_PUBLISHED.match("This report was originally published on 4 March 2025.")
    assert S._FIRST_PUBLISHED.match("It originally appeared in print on 4 March 2025.") is None


# --- 4. "the nth day of the trip": one pattern for the date layer and for dating ---

@pytest.mark.parametrize("phrase, day", [
    ("the second day of his visit", 1), ("the first day of their tour", 0), ("the 3rd day of a trip", 2),
    ("the fifth day of the state visit", 4), ("the next day", None), ("the eve of his departure", None),
    ("a day after", None),
])
def test_trip_day_reads_the_ordinal(phrase: str, day: int | None) -> None:
    from timeline_app.ingest.dates import trip_day
    assert trip_day(phrase) == day


def test_the_date_layer_counts_the_trip_day() -> None:
    from timeline_app.ingest.dates import find_dates
    found = [d for d in find_dates("On the third day of her visit, the minister toured the harbour.") if d.kind == "anaphoric"]
    assert [(d.day, d.rel) for d in found] == [(2, "the third day of her visit")]


def test_a_meeting_on_the_second_day_of_a_visit_is_the_day_after_the_arrival() -> None:
    page = ("Harbour News\nWednesday, 5 March 2025\n\nNorway's Foreign Minister Espen Barth Eide arrived in Santiago on Monday "
            "for a three-day visit.\n\nOn the second day of his visit, Eide met Chilean Foreign Minister Alberto van Klaveren.\n")
    assert _events(page) == [("visit", "2025-03-03"), ("meeting", "2025-03-04")]


# --- 5. duplication the duplicates tool found in ingest/ ---

def test_add_found_keeps_the_layer_in_text_order_and_remembers() -> None:
    from timeline_app.ingest.memory import ArticleMemory, Ent
    memory = ArticleMemory()
    ents = [Ent(30, 36, -1, -1, "country", "Norway", "Norway")]
    found = Ent(0, 15, -2, -2, "person", "Espen Barth Eide", "Espen Barth Eide")
    memory.add_found(ents, [found])
    assert [e.start for e in ents] == [0, 30] and memory.people == [found]
    memory.add_found(ents, [])
    assert len(ents) == 2


@pytest.mark.parametrize("text, happening", [
    ("Relatives of the victims of the explosions of September 17 met the minister on Monday.", True),
    ("The envoy toured the site of the September 27 strike and met the mayor on Monday.", True),
    ("The envoy met the mayor on Monday.", False),
])
def test_a_day_of_another_happening_is_not_the_reports(text: str, happening: bool) -> None:
    from timeline_app.ingest.dates import find_dates
    from timeline_app.ingest.triggers import _HAPPENING_AFTER, _HAPPENING_OF
    named = [d for d in find_dates(text) if _HAPPENING_OF.search(text, max(0, d.start - 40), d.start) or _HAPPENING_AFTER.match(text, d.end)]
    assert bool(named) == happening
