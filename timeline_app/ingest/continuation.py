"""Reports that continue the one before them and take its day.

"X arrived on Saturday and met A. X then met B", "In the evening, the minister met C",
"On the sidelines of the ceremony, X met D", "Y was also received then by Z": a report with no
date of its own that continues the narrative happened on the day of the report it continues
(or of the sentence before it), not on the day the article was published. The publication date
stays the last resort, for reports that start a narrative of their own.
"""
from __future__ import annotations

import re

from .candidate import Candidate

_CONTINUES = re.compile(
    r"\b(?:then|later|afterwards|subsequently|earlier in the day|later in the day|the same day|"
    r"in the (?:morning|afternoon|evening)|that (?:morning|afternoon|evening|night)|"
    r"on the (?:sidelines|margins) of (?:the|that|this)\b)", re.I)


def continues(cand: Candidate) -> bool:
    """Does the report say it continues the narrative ('then', 'in the evening', ...)?"""
    base = cand.sentence.start
    window = cand.sentence.text[cand.clause[0] - base:min(cand.clause[1], cand.trigger[1] + 12) - base]
    return bool(_CONTINUES.search(window))
