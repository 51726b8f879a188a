"""Attributed words whose frame is a meeting: the speech is masked, the meeting stays a report.

"Qatar is a partner, Fidan said in a meeting held in Ankara on Tuesday with his visiting
counterpart": the speaker's words are speech, but the setting they were said in is a meeting he
held. "The visit was a milestone, the minister wrote on Tuesday, referring to the Monday meeting
of A and B": the words (and the post's day) are speech, the meeting referred to is the report.
`clauses.mask` asks these two shapes before it masks a trailing attribution whole.
"""
from __future__ import annotations

import re

# ", Fidan said in a meeting held in Ankara on Tuesday with his visiting counterpart"
_SAID_AT_MEETING = re.compile(r"\W*[^,;\"\u201c\u201d]{0,80}?\b(?:said|stressed|noted|added|underlined|emphasi[sz]ed|affirmed|declared)\s+"
                              r"(?:in|during|at)\s+(?:a|an|the|his|her|their)\s+(?:[\w\-]+\s+){0,2}(?:meeting|talks)\b(?!\s+(?:of|on)\b)", re.I)
# "..., the minister wrote in a tweet on Tuesday, referring to the Monday meeting of A and B"
_SAID_REFERRING = re.compile(
    r",\s+[^,;\"\u201c\u201d]{3,90}?\b(?:said|says|wrote|writes|tweeted|posted|stated|added|noted)\b[^,;\"\u201c\u201d]{0,60},\s+"
    r"(?:referring|in\s+reference)\s+to\s+(?=(?:the|a|an|his|her|their|its|(?-i:[A-Z])[\w\-]*['\u2019]s)\s+"
    r"(?:[\w\-']+\s+){0,3}?(?:meeting|meetings|talks|visit|call|phone\s+call|summit)\b)", re.I)


def referring_to_meeting(sentence: str, start: int, seen: frozenset[str] | None) -> int | None:
    """Where the meeting a ', X wrote on Tuesday, referring to the ... meeting' names begins (the
    speech and its attribution end there), else None; `seen` the sentence's words (None: not known)."""
    if seen is not None and "referring" not in seen and "reference" not in seen:
        return None
    m = _SAID_REFERRING.search(sentence, start)
    return m.end() if m else None


def said_at_meeting(sentence: str, attribution_start: int) -> bool:
    """Whether the trailing attribution starting at `attribution_start` says its words were said in a meeting."""
    return _SAID_AT_MEETING.match(sentence, attribution_start) is not None
