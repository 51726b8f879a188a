"""Counts written as words ('two days ago', 'the three ministers', 'a four-day visit').

One table for every reader that turns a counted phrase into a number, so that teaching the
extractor a further number word (or fixing one) reaches date arithmetic, trip days, lag phrases
and counted groups alike. Which words a phrase may count with stays in each reader's pattern:
the table only says what each word is worth.
"""
from __future__ import annotations

NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def count_of(word: str) -> int:
    """'3' or 'three' as 3: a count a reader's pattern has already matched as digits or a number
    word (a word outside the table is the pattern's mistake, so it raises KeyError)."""
    return int(word) if word.isdigit() else NUMBER_WORDS[word]
