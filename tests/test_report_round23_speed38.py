"""speed38: faster paths that must answer exactly as the slower ones they replace.

Every case compares the fast test with the original one on sentences written for this file
(the shapes news text has: apostrophes, ayn marks before a name particle, invisible characters,
office words inside other words)."""
from __future__ import annotations

import pytest

from timeline_app.ingest import normalize
from timeline_app.ingest.gazetteer import gazetteer
from timeline_app.ingest.memory import ArticleMemory
from timeline_app.ingest.offices import office_holders

DROP_CASES = [
    "The envoy met the delegation in the capital on Monday.",
    "Iran's foreign minister said the talks went well.",
    "Iran\u2019s foreign minister said the talks went well.",
    "Prime Minister Ahmed Zaid' al-Rahal received the visitors.",
    "Prime Minister Ahmed Zaid\u2019 bin Salem received the visitors.",
    "Prime Minister Ahmed Zaid' Al-Rahal received the visitors.",  # upper-case particle: not dropped
    "The minister' s aide arrived.",
    "The ministers' talks ended' abu",  # the particle needs a space or hyphen after it
    "The ministers' talks ended' abu-",
    "The soft\u00adhyphen and a zero\u200bwidth space.",
    "A byte-order mark \ufeffopens this line.",
    "' al-Rahal at the very start",
    "Caf\u00e9 talks in the old town' el Hassan",
    "Caf\u00e9 talks in the old town\u2019 el\tHassan",
    "",
]


@pytest.mark.parametrize("text", DROP_CASES)
def test_drops_nothing_answers_as_the_full_pattern(text: str) -> None:
    assert normalize._drops_nothing(text) == (normalize.DROPPED.search(text) is None)


@pytest.mark.parametrize("text", DROP_CASES)
def test_clean_text_unchanged_by_the_fast_gate(text: str) -> None:
    clean, _ = normalize.clean_text(text)
    assert clean == normalize.DROPPED.sub("", text)  # (every case is already in NFC)


OFFICE_CASES = [
    "The talks were described as frank and useful by both sides.",
    "The Iranian foreign minister also met the delegation.",
    "Speaking to reporters after making the trip, the envoy said little.",  # 'king' only inside other words
    "The visit was the first by a Qatari emir since the crisis.",
    "He was received by the Director of the agency.",
    "Oman's top diplomat met the delegation.",  # an office the pattern knows, but none of the twelve words
]
_OFFICE_WORDS = ("minister", "president", "leader", "speaker", "chief", "premier", "emir", "amir", "ruler", "king", "secretary", "director")


@pytest.mark.parametrize("text", OFFICE_CASES)
def test_office_word_test_is_the_same_as_before(text: str) -> None:
    """office_holders reads office phrases only in a sentence holding one of the twelve words as a
    substring (the or-chain must keep exactly that: 'top diplomat' alone is not read)."""
    ents: list = []
    office_holders(text, 0, ents, ArticleMemory(), gazetteer())
    if not any(w in text.lower() for w in _OFFICE_WORDS):
        assert ents == []


# lines.split_lines / classify: a bullet is matched only on a line opening with a bullet's character,
# and the body, the comparison key and the marker test skip work a plain line does not need
PAGE = (
    "World | Politics | Region\n"
    "  - First headline of a list of links   \n"
    "\u2022 Second item with a dot\n"
    "-not a bullet without a space\n"
    "\t\n"
    "* Starred entry goes here\n"
    "\u2013 Dash entry after a dash\n"
    "The delegation arrived in the capital on Monday and met officials, the agency said.\n"
    "Related:\n"
    "The delegation arrived in the capital on Monday and met officials, the agency said.\n"
)


def test_split_lines_bullets_and_offsets() -> None:
    from timeline_app.ingest.lines import split_lines

    got = [(l.start, l.end, l.text, l.bullet) for l in split_lines(PAGE)]
    pos, want = 0, []
    for raw in PAGE.split("\n"):
        text = raw.strip()
        start = pos + len(raw) - len(raw.lstrip())
        want.append((start, start + len(text), text, text[:1] in "\u2022\u00b7\u25aa\u25cf\u2023\u2043*-\u2013" and len(text) > 1 and text[1].isspace()))
        pos += len(raw) + 1
    assert got == want


def test_classify_kinds_of_a_small_page() -> None:
    from timeline_app.ingest.lines import classify

    kinds = [(l.kind, l.repeated) for l in classify(PAGE) if l.text]
    assert kinds[0][0] == "nav"  # two separators with spaces around them
    assert kinds[-1] == ("caption", True) and kinds[-3] == ("caption", True)  # a paragraph printed twice


# normalize._unglue: the glued-word patterns turn a capitalised word away at once unless its
# lower-case run ends like one of the words; the matches are the same as without that look-ahead
GLUED = [
    "Foreign Minister Karimsaid on Monday that the talks went well.",
    "Minister Karimunderlined the need for calm.",
    "The United Nations said nothing; Limited talks followed.",
    "Karimsaid\u00e9 is not a glued verb before a letter.",
    "Karimsaidx neither.",
    "Haddadand officials met in the capital.",
    "Haddadand Officials met in the capital.",  # the small word needs a lower-case word after it
    "Nasserwith the envoy, Saleh\u00adon the phone.",
    "Abcsaid. Abcdefghijklmnopqrstuvwxyzsaid x.",
]


@pytest.mark.parametrize("text", GLUED)
def test_glued_patterns_match_as_without_the_guard(text: str) -> None:
    import re as _re

    from timeline_app.ingest.resources import load_json

    words = load_json("triggers.json")
    verbs = "|".join(map(_re.escape, words.get("glued_verbs", [])))
    small = "|".join(map(_re.escape, words.get("glued_small_words", [])))
    plain_verb = _re.compile(rf"[A-Z](?<!\w[A-Z])[a-z]{{3,20}}(?=(?:{verbs})\b)")
    plain_small = _re.compile(rf"([A-Z](?<!\w[A-Z])[a-z]{{3,20}})(?:{small})(?=\s+[a-z])")
    fast_verb, fast_small = normalize._glued_verb()[0], normalize._glued_small()[0]
    assert [m.span() for m in fast_verb.finditer(text)] == [m.span() for m in plain_verb.finditer(text)]
    assert [m.span(1) for m in fast_small.finditer(text)] == [m.span(1) for m in plain_small.finditer(text)]


def test_run_ends_with_needs_plain_lower_case_words() -> None:
    assert normalize._run_ends_with([], r"\b") == ""
    assert normalize._run_ends_with(["said", "Met"], r"\b") == ""  # a capital: no guard, the pattern as it was
    assert normalize._run_ends_with(["said", "met"], r"\b") == r"(?=[a-z]*+(?<=et|id)\b)"


# numeric_dates: the slashed-date patterns open with their first digit and look behind it
SLASHED_CASES = [
    "The talks on 10/3/2019 and 25/10/2019 were held in the capital.",
    "Ref 1/2/2020-3/4/2021 and v2.1/2/2020, x/1/2/2020, -1/2/2020.",
    "Printed 04/05/2023 above, 4/5/20234 below, 12/31/1999 at the end",
    "They met on 10/3 and On 4/5, upon 1/2, son 3/4, on 1/2/3, on 7/8.5 and on 9/10 of the month.",
    "1/2/2020 opens the page",
]


@pytest.mark.parametrize("text", SLASHED_CASES)
def test_slashed_patterns_match_as_with_a_leading_look_behind(text: str) -> None:
    import re as _re

    from timeline_app.ingest import numeric_dates

    plain = _re.compile(r"(?<![\d/.\-])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d\d)(?![\d/])")
    plain_yearless = _re.compile(r"(?<=\bon )(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/]|\.\d|\s+of\b)", _re.I)
    for fast, slow in ((numeric_dates._SLASHED, plain), (numeric_dates._YEARLESS, plain_yearless)):
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == [(m.span(), m.groupdict()) for m in slow.finditer(text)]


# tenures.years_in_office: the words first, their offsets only when a holder is named; _mentions
# tries only the words a spelling opens with
def _mentions_token_by_token(toks: list[str]) -> list[tuple[int, int, str]]:
    from timeline_app.ingest.tenures import _index

    spellings = _index()[0]
    found, i = [], 0
    while i < len(toks):
        for spelling, name in spellings.get(toks[i], ()):
            if tuple(toks[i:i + len(spelling)]) == spelling:
                found.append((i, i + len(spelling), name))
                i += len(spelling) - 1
                break
        i += 1
    return found


def test_mentions_same_as_the_token_by_token_scan() -> None:
    from timeline_app.ingest.tenures import _index, _mentions

    spellings = _index()[0]
    # every spelling the resources hold, twice in a row, glued to the next, and cut short
    toks: list[str] = []
    for entries in list(spellings.values())[:200]:
        for spelling, _ in entries:
            toks += ["the", *spelling, *spelling, "met", *spelling[:-1], "and"]
    assert _mentions(toks) == _mentions_token_by_token(toks)


@pytest.mark.parametrize("text", [
    "The delegation met officials in the capital on Monday.",
    "Foreign Minister Hossein Amir-Abdollahian met the envoy; former Prime Minister Ismail Haniyeh spoke.",
    "Caf\u00e9 talks: Hamas leader Ismail Haniyeh and Qatar's prime minister met.",
])
def test_years_in_office_unchanged_without_and_with_holders(text: str) -> None:
    from timeline_app.ingest import tenures

    spans = list(tenures._TOKEN.finditer(text))
    assert bool(tenures._mentions([m.group(0).lower() for m in spans])) == bool(
        tenures._mentions(tenures._TOKEN.findall(text.lower()) if text.isascii() else [w.lower() for w in tenures._TOKEN.findall(text)]))
    tenures.years_in_office(text)  # (runs on both paths)


@pytest.mark.parametrize("text", [
    "Home | World | Middle East",
    "The envoy's visit, the U.S. said, was well-received at 10.30 by 2 sides_x.",
    "\u00c9lys\u00e9e Palace \u2014 \u0130stanbul talks \u2019s ok",
    "Caf\u00e9s  \u0645\u0631\u062d\u0628\u0627  Mosc\u00f4w",
    "",
    "123 456 ...",
])
def test_initials_are_the_first_letters_of_the_words(text: str) -> None:
    from timeline_app.ingest.lines import initials, words

    assert initials(text) == tuple(w[0] for w in words(text))


# dates.find_dates: the day-month-year and month-day-year patterns run only around the text's
# years on a sentence too (as they did on a long text): the same dates
@pytest.mark.parametrize("text", [
    "The envoy arrived on Monday, 3 March 2021, and left on March 5th, 2021.",
    "Talks were held on 12 May, 2020 and again on May 12,2020 in the capital.",
    "The delegation met on Wed, March 3rd, 2021 after the 31 February 2023 mix-up.",
    "From 1 May 2019 to 2 June 2020 the office was closed; 2021 was quiet.",
    "Officials met on 4 July and again in August, without a year.",
    "The 2,000 delegates met on 10 October 1999.",
])
def test_year_ended_patterns_in_windows_find_the_same_dates(text: str) -> None:
    import dataclasses

    from timeline_app.ingest import dates

    found = dates.find_dates(text)
    patterns = dates._compiled()
    full = []
    for kind, pattern in patterns:
        if kind in dates._YEAR_ENDED:
            full += [m.span() for m in pattern.finditer(text)]
    windowed = []
    for a, b in dates._year_windows(text):
        for kind, pattern in patterns:
            if kind in dates._YEAR_ENDED:
                windowed += [m.span() for m in pattern.finditer(text, a, b)]
    assert sorted(full) == sorted(windowed)
    assert [dataclasses.astuple(e) for e in found] == [dataclasses.astuple(e) for e in dates.find_dates(text)]


@pytest.mark.parametrize("text", [
    "Muscat, Jan 15 (ONA) --- The envoy arrived.",
    "Tehran, March 12, IRNA -- Talks began.",
    "\u2022 Sanaa \u2014 The delegation met officials.",
    "Gaza: The talks went on.",
    "Beirut \u2013 The speaker received the envoy.",
    "The delegation arrived in Muscat on Monday and met officials",
])
def test_title_dateline_needs_its_dash_or_colon(text: str) -> None:
    from timeline_app.ingest import segment

    if segment._TITLE_DATELINE.match(text):
        assert any(c in text for c in ("-", ":", "\u2013", "\u2014"))
    assert segment.lede_dateline(text) is not None or not segment._TITLE_DATELINE.match(text) \
        or not segment.known_place(segment._TITLE_DATELINE.match(text).group("city"))
