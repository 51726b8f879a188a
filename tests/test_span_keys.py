"""The window filter of span_keys answers like the searches it spares (sentences written here)."""
import re

from timeline_app.ingest.clauses import _topic_markers, topic_marker
from timeline_app.ingest.pattern_keys import key_words
from timeline_app.ingest.span_keys import may_search
from timeline_app.ingest.vocab_matcher import words

SENTENCES = [
    "The minister met his counterpart in Doha on Monday to discuss the ceasefire in Gaza.",
    "If the envoy travels to Cairo, he will meet no officials from the movement.",
    "They met over the weekend, and talks about the prisoners went on over the summer.",
    "Nobody attended; the session was cancelled before it began, officials said.",
    "The delegation arrived in Muscat, referring to the talks held in Riyadh last year.",
    "Iran's foreign minister condemned the meeting between the two leaders on Sunday.",
]
NEGATION = re.compile(r"\b(?:no|none|nobody|neither)\b", re.I)
CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)


def _windows(text):
    for pos in range(0, len(text), 3):
        for endpos in range(pos, len(text) + 1, 4):
            yield pos, endpos


def test_may_search_never_drops_a_match_of_a_window():
    for pattern in (NEGATION, CONDITION):
        keys = key_words(pattern)
        for text in SENTENCES:
            seen = words(text)
            for pos, endpos in _windows(text):
                if pattern.search(text, pos, endpos):
                    assert may_search(keys, seen, text, pos, endpos)
                if pattern.search(text[pos:endpos]):
                    assert may_search(keys, seen, text, pos, endpos, sliced=True)


def test_a_window_cut_inside_a_word_is_searched():
    # "nobody" cut after "no": re sees the word "no" at the window's end, the sentence's words do not hold it
    text = "Officials said nobody came."
    cut = text.index("nobody") + 2
    assert NEGATION.search(text, 0, cut)
    assert "no" not in words(text)
    assert may_search(key_words(NEGATION), words(text), text, 0, cut)


def test_topic_cut_finds_the_leftmost_marker_like_the_alternation():
    markers = _topic_markers()
    for text in SENTENCES:
        seen = words(text)
        for pos, endpos in _windows(text):
            m = topic_marker().search(text, pos, endpos)
            assert markers.start(text, pos, endpos, seen) == (m.start() if m else None)


def test_over_the_weekend_is_a_time_not_a_topic():
    text = "They met over the weekend to discuss the truce."
    assert _topic_markers().start(text, 0, len(text), words(text)) == text.index("to discuss")
