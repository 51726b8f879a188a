"""Round 24, review39: the shared pieces the review gave one owner keep reading as before.

- a saved page's date field has one pattern (normalize): set apart before the lede, read on a line under a headline;
- number words have one table (number_words): digits and words count alike;
- the gazetteer's role heads come as a set built once.
"""
from __future__ import annotations

from datetime import date

import pytest

from timeline_app.ingest.document import annotate
from timeline_app.ingest.gazetteer import gazetteer
from timeline_app.ingest.normalize import stamp_apart, stamp_day
from timeline_app.ingest.number_words import NUMBER_WORDS, count_of


@pytest.mark.parametrize("line, day", [
    ("date 2021-06-07 The envoy reached the border town.", date(2021, 6, 7)),
    ("Date: 2021-06-07 10:30 The envoy reached the border town.", date(2021, 6, 7)),
    ("posted 2021-06-07T10:30Z", date(2021, 6, 7)),
])
def test_a_date_field_opening_a_line_gives_its_day_and_the_days_span(line: str, day: date) -> None:
    found = stamp_day(line)
    assert found is not None and found[0] == day
    assert line[found[1][0]:found[1][1]] == "2021-06-07"


@pytest.mark.parametrize("line", ["date 2021-14-07 The envoy left.", "date 2021-02-30", "The envoy left on 2021-06-07."])
def test_no_calendar_day_or_no_opening_field_is_no_stamp(line: str) -> None:
    assert stamp_day(line) is None


def test_the_field_set_apart_before_the_lede_is_the_one_read_under_a_headline() -> None:
    glued = "date 2021-06-07 The envoy reached the border town yesterday."
    assert stamp_apart(glued).split("\n")[0] == "date 2021-06-07"
    under_headline = "Envoy reaches border\n\n" + glued + "\n"
    assert [a.published.day for a in annotate(under_headline).articles] == [date(2021, 6, 7)]


@pytest.mark.parametrize("word, count", [("a", 1), ("one", 1), ("three", 3), ("3", 3), ("seven", 7), ("ten", 10), ("24", 24)])
def test_a_count_reads_alike_in_digits_and_in_words(word: str, count: int) -> None:
    assert count_of(word) == count


def test_a_word_outside_the_table_is_the_patterns_mistake() -> None:
    assert "several" not in NUMBER_WORDS
    with pytest.raises(KeyError):
        count_of("several")


def test_the_role_head_set_is_the_role_heads() -> None:
    g = gazetteer()
    assert g.role_head_set == frozenset(g.role_heads) and g.role_head_set
