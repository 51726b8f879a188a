"""Talks told as the subject of their opening, with the sides that came named after it.

"26 October 2023 - Jeddah talks resume after a pause; the army's and the RSF's delegations return
to the city": the noun names nobody in its own clause (so it would only date an event told before
it), but the sentence goes on to name the delegations that came. A dated opening of talks ('open',
'resume', 'begin', in a chronology's present or in the past) and the sides named after it with a
word for delegations make an event of their own: those sides' talks, that day.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .candidate import Candidate
from .dates import ResolvedDate
from .drafts import Draft
from .gazetteer import ORG_KINDS

if TYPE_CHECKING:
    from .placement import Placement

_OPENS = re.compile(r"\s+(?:formally\s+|officially\s+)?(?:open|opens|opened|resume|resumes|resumed|begin|begins|began|start|starts|started|reopen|reopens|reopened|"
                    r"(?:get|gets|got)\s+under\s*way|kick\s+off|kicks\s+off|kicked\s+off)\b", re.I)
_DELEGATIONS = re.compile(r"\b(?:delegations|delegates|negotiators|teams|envoys)\b", re.I)


def talks_opened_by_sides(grouper: Placement, cand: Candidate, resolved: ResolvedDate | None, sentence_index: int) -> Draft | None:
    """The talks draft such a sentence makes (see the module), or None when it is not that shape."""
    if cand.type != "talks" or cand.date is None or resolved is None or resolved.precision != "day":
        return None
    base = cand.sentence.start
    if not _OPENS.match(cand.sentence.text, cand.trigger[1] - base):
        return None
    rest = cand.sentence.text[cand.trigger[1] - base:]
    if not _DELEGATIONS.search(rest):
        return None
    ents = grouper.sentence_actors[-1] if grouper.sentence_actors else []
    sides = list({e.name: e for e in ents if e.kind in ORG_KINDS and e.start >= cand.trigger[1]}.values())
    if not sides:
        return None
    talks = Draft(type="talks", date_expr=cand.date, resolved=resolved, order=grouper._created)
    grouper._created += 1
    talks.add(cand, [], sides, sentence_index)
    grouper.drafts.append(talks)
    grouper._index_date(talks)
    return talks
