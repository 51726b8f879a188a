"""Speed round (speedu): a paragraph longer than any heading is not asked whether a list follows it.

find_lists used to read the line under every paragraph as a possible list item before asking
whether the paragraph could head a list at all; the cheaper question now comes first. These
tests pin what a user relies on: a real heading still makes its short entries article text
(with the heading's subject), and a long paragraph never becomes a heading.
"""
from __future__ import annotations

from timeline_app.ingest import lines as L
from timeline_app.ingest.lists import MAX_HEAD_CHARS, find_lists


def _heads(text: str) -> dict[int, str]:
    lines = L.classify(text)
    return {index: line.text for index, line in find_lists(lines).items()}


def test_short_heading_still_heads_its_entries() -> None:
    text = ("The envoy's meetings in Amman:\n\n"
            "- Meets the foreign minister on Monday.\n"
            "- Holds talks with the prime minister on Tuesday.\n")
    heads = _heads(text)
    assert heads and set(heads.values()) == {"The envoy's meetings in Amman:"}


def test_long_paragraph_heads_nothing_even_before_entries() -> None:
    filler = "Officials said the envoy's meetings covered aid and the crossings in detail. "
    paragraph = (filler * (MAX_HEAD_CHARS // len(filler) + 2)).strip()
    assert len(paragraph) > MAX_HEAD_CHARS
    text = paragraph + "\n\n- Meets the foreign minister on Monday.\n- Holds talks with the prime minister on Tuesday.\n"
    assert paragraph not in _heads(text).values()
