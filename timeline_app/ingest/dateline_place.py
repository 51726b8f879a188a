"""Is a wire report filed from another country than the one its lede's happening took place in?

'ISLAMABAD/KABUL, Oct 19 - Delegations ... held talks in Doha on Saturday': a report datelined
away from the talks relays them as news from elsewhere, and such copy is mostly filed the day
after (the talks end late, the sides' statements come overnight, time zones differ). A reporter
in the city itself ('DOHA, Oct 10 - ... met ... in Doha on Thursday') files the same day. So when
a year-less dateline's weekday fits two years, one with the lede's weekday on the dateline's own
day and a later one with it the day before, a lede told from afar takes the day-after fit
(`year_inference.infer_year`'s `remote`). Kept apart from `year_inference` (calendar arithmetic)
because it reads places through the gazetteer.
"""
from __future__ import annotations

import re

from .date_patterns import FULL_WEEKDAYS
from .gazetteer import CITY, COUNTRY, gazetteer, org_key

# "held talks in Doha on Saturday", "with Egypt's intelligence chief Abbas Kamel in Cairo on
# Tuesday", "held talks in Cairo with Egypt's intelligence chief on Saturday": the place of the
# dated happening, before its weekday within one clause (not "returned to Beirut on Wednesday
# after three days of meetings in Moscow", where the place follows the day and is another happening's)
# ("in the Qatari capital", "in the Saudi city of Jeddah", "in the Red Sea port city of Jeddah": the place named by its country or its name)
_PLACE_THEN_DAY = re.compile(r"\bin\s+(?:the\s+(?P<adj>[A-Z][\w\-]*)\s+capital\b"
                             r"|the\s+(?:[A-Z][\w\-]*\s+){0,2}(?:port\s+|coastal\s+|resort\s+)?(?:city|town)\s+of\s+(?P<city>[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*)?)"
                             r"|(?:the\s+)?(?P<place>[A-Z][\w'\u2019\-]*(?:\s+[A-Z][\w'\u2019\-]*){0,2}))"
                             r"(?P<gap>[^,.;:!?\n()\"\u201c\u201d]{0,80}?)\b(?:on|late|early)\s+(?:" + FULL_WEEKDAYS + r")\b")


def _country(name: str) -> str | None:
    """The country of a known city or country name ('KABUL' -> Afghanistan), else None."""
    entity = gazetteer().places.get(org_key(name.split()))
    if entity is None or entity.kind not in (CITY, COUNTRY):
        return None
    return entity.country


def told_from_afar(dateline_city: str, lede: str) -> bool:
    """Whether the lede tells its weekday-dated happening in a known place of another country than
    every place of the dateline ('ISLAMABAD/KABUL' over talks 'in Doha on Saturday'); False when
    either side's place is unknown."""
    homes = {_country(part.strip()) for part in re.split(r"[/,&]|\band\b", dateline_city) if part.strip()}
    if not homes or None in homes:
        return False
    match = _PLACE_THEN_DAY.search(lede)
    if match is None:
        return False
    if match["adj"]:
        where = gazetteer().adjectives.get((match["adj"].lower(),))
    else:
        where = _country(match["city"] or match["place"])
    return where is not None and where not in homes
