"""Property-based tests: hostile and random text never breaks dates or the extractor."""
from __future__ import annotations

import re
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import SEEDS
from timeline_app.ingest.dates import find_dates, resolve
from timeline_app.ingest.extract import extract_document

FORMS = {"day": re.compile(r"^\d{4}-\d{2}-\d{2}$"), "month": re.compile(r"^\d{4}-\d{2}$"), "year": re.compile(r"^\d{4}$")}
MAX_YEAR = date.today().year + 1
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
HOSTILE = [
    "31 February 2023", "year 99999", "0000-00-00", "on 3 March 1850", "in 2150", "on Thursday", "last May",
    "Sun 6-October-2024", "29 February 2023", "2024-13-45", "99/99/9999", "Feb 30", "on September 31", "\u202e", "\x0c",
    "<a href=\"javascript:alert(1)\">x</a>", "\u0645\u0648\u0633\u0649", "\U0001F600", "---", "14:54",
]
article_text = st.one_of(
    st.text(max_size=600),
    st.lists(st.sampled_from(HOSTILE + ["\n", "\n\n", " met ", " Hamas delegation ", " in Moscow ", " on Friday. "]), max_size=60).map("".join),
)


def check_event_invariants(text: str) -> None:
    extraction = extract_document(text)
    for article in extraction.articles:
        assert 0 <= article.start <= article.end <= len(text)
    for m in extraction.mentions:
        for start, end in m.evidence:
            assert 0 <= start < end <= len(text)
            assert text[start:end].strip() == text[start:end]
        if m.date is None:
            assert m.precision == "unknown"
        else:
            assert FORMS[m.precision].match(m.date), (m.date, m.precision)
            assert 1900 <= int(m.date[:4]) <= MAX_YEAR


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31))))
def test_date_resolver_never_raises_and_precision_matches_form(text: str, published: date | None) -> None:
    for expr in find_dates(text):
        assert 0 <= expr.start < expr.end <= len(text)
        for future in (False, True):
            resolved = resolve(expr, published, future=future)
            if resolved is not None:
                assert FORMS[resolved.precision].match(resolved.value)
                assert 1900 <= int(resolved.value[:4]) <= MAX_YEAR


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article_text)
def test_extractor_never_raises_on_random_text(text: str) -> None:
    check_event_invariants(text)


@st.composite
def mutated_seed(draw: st.DrawFn) -> str:
    text = draw(st.sampled_from(SEED_TEXTS))
    lines = text.split("\n")
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["drop", "dup", "swap", "insert", "cut"]))
        i = draw(st.integers(0, max(0, len(lines) - 1)))
        if op == "drop" and lines:
            lines.pop(i)
        elif op == "dup" and lines:
            lines.insert(i, lines[i])
        elif op == "swap" and len(lines) > 1:
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "insert":
            lines.insert(i, draw(st.sampled_from(HOSTILE)))
        elif op == "cut" and lines:
            line = lines[i]
            k = draw(st.integers(0, len(line)))
            lines[i] = line[:k]
    return "\n".join(lines)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_seed())
def test_extractor_invariants_hold_on_mutated_articles(text: str) -> None:
    check_event_invariants(text)


def test_hostile_dates_never_become_events() -> None:
    body = (
        "Hostile dates\n\nPublished 31 February 2023\n\n"
        "The Hamas delegation met Russian Deputy Foreign Minister Mikhail Bogdanov in Moscow on 3 March 1850.\n\n"
        "The delegation met Bogdanov again in Moscow in 2150 and in the year 99999 and on 0000-00-00.\n"
    )
    extraction = extract_document(body)
    assert extraction.articles[0].published is None  # 31 February is no date
    for m in extraction.mentions:
        assert m.date is None or 1900 <= int(m.date[:4]) <= MAX_YEAR


def test_weekday_without_publication_date_invents_nothing() -> None:
    (m,) = extract_document("Talks in Moscow\n\nThe Hamas delegation met Mikhail Bogdanov in Moscow on Thursday.\n").mentions
    assert (m.date, m.precision) == (None, "unknown")


def test_five_thousand_dates_in_one_article() -> None:
    dates = " ".join(f"on {d} March 2021," for d in range(1, 29)) * 180
    text = f"Many dates\n\nFriday 5-February-2021\n\nThe Hamas delegation met Mikhail Bogdanov in Moscow {dates} the ministry said.\n"
    check_event_invariants(text)
