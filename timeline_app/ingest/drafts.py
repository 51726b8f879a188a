"""An event as the article level builds it (a Draft), and its finishing into an EventMention:
date (own words, else publication date), place (own words, else the fallback the article
gives), and roles: who came (delegations and their members) and who hosted."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..domain import ActorRef, EventMention, ParticipantRef
from .candidate import ATTACH, Candidate
from .memory import UNNAMED_OFFICIAL
from .date_scope import EARLIER_OCCASION
from .dates import DateExpr, ResolvedDate
from .entities import Ent
from .gazetteer import CITY, COUNTRY, GOVERNMENT, MOVEMENT, PERSON, gazetteer
from .sides import known_for_country


# "received two Palestinian delegations separately": a lede of several meetings whose sides follow
# "The consultations opened on Tuesday, chaired by X": a gathering told by its opening, whose sides may follow
# ("Envoys from A and B attended"); a previous round's opening is history
OPENED_GATHERING = re.compile(r"(?:\s+(?!(?:was|were|is|are|had|has)\b)[\w\-]+){0,2}?\s+(?:formally\s+|officially\s+)?(?:opened|began|kicked\s+off|got\s+under\s*way|convened)\b", re.I)
EARLIER_GATHERING = re.compile(r"\b(?:" + EARLIER_OCCASION + r")\s+(?:[\w\-]+\s+){0,3}$", re.I)
SERIES_OBJECT = re.compile(r"\b(?:two|three|four|several|both)\s+(?:[\w\-]+\s+)?(?:delegations|groups|factions|leaders)\s+(?:separately|in\s+separate\s+meetings)\b", re.I)


@dataclass
class Draft:
    type: str
    people: dict[str, Ent] = field(default_factory=dict)
    orgs: dict[str, Ent] = field(default_factory=dict)
    places: list[Ent] = field(default_factory=list)
    resolved: ResolvedDate | None = None
    date_expr: DateExpr | None = None
    past_perfect: bool = False
    evidence: list[tuple[int, int]] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    last_sentence: int = 0
    explicit_groups: set[str] = field(default_factory=set)
    sideline: bool = False  # a meeting held on the sidelines of a larger one
    background: bool = False  # history recalled in passing
    host: Ent | None = None  # the subject of "received"/"hosted": at home
    visitor: Ent | None = None  # the subject of "met Y during his visit": abroad, wherever the text leaves unsaid
    absent: set[str] = field(default_factory=set)
    order: int = 0  # position in the article's list of drafts
    dated_index: bool = False  # registered in the grouper's date index
    awaiting_day: bool = False  # "officials pointed to a meeting between X and Y": "it took place on Tuesday" may follow
    ceremony: bool = False  # attending a funeral or an inauguration: a meeting there is another event
    awaiting_members: bool = False  # a group named without its members ('the leaders of the factions')
    published: date | None = None  # a digest item's own day (its heading), else None: the article's
    series_lede: bool = False  # "X received two delegations separately on Tuesday": the meetings are told next
    told_elsewhere: bool = False  # only confirmed or recalled here ("confirmed Monday's meeting"): maybe told before
    several: set[str] = field(default_factory=set)  # "has held talks with A and with B": the sides whose own meetings may follow
    opened: bool = False  # a gathering told by its opening ('The consultations opened on Tuesday'): attendance joins it
    legislators: bool = False  # "X met congressional leaders": kept only if X's journey is told (described_counterparts)
    before_round: bool = False  # "met X on Monday before the start of a new round of talks": the round told next is another event

    def add(self, cand: Candidate, people: list[Ent], orgs: list[Ent], sentence_index: int) -> None:
        for p in people:
            if p.name in self.absent:
                continue
            self.people.setdefault(p.name, p)
            if p.affiliation is not None and self.people[p.name].affiliation is None:
                self.people[p.name] = p
        for o in orgs:
            self.orgs.setdefault(o.name, o)
            if o.t0 == -1:  # named by a group phrase: "a UN delegation", "delegation of the X"
                self.explicit_groups.add(o.name)
        places = cand.places
        objects = [p.start for p in people if p.start >= cand.trigger[1]] if cand.separate and len(places) > 1 else []
        if objects:  # "met in Jerusalem with A, and later in Ramallah with B": each meeting in the town named before its counterpart
            places = [q for q in places if q.start < min(objects)][-1:] or places
        self.places.extend(places)
        span = (cand.sentence.start, cand.sentence.end)
        if span not in self.evidence:
            self.evidence.append(span)
        if cand.kind != ATTACH:
            self.types.append(cand.type)
        self.last_sentence = max(self.last_sentence, sentence_index)


_HEAD_OF_STATE = re.compile(r"\s*(?:the\s+)?(?:president|prime\s+minister|premier|king|emir|sultan)\b", re.I)  # (not "Deputy Prime Minister")


def _head_of_another_state(draft: Draft, place: Ent) -> bool:
    """'Djibouti's President X met Y on Sunday' after a paragraph on Y's stops in Kampala: a head of
    state met at no town the report names is not where the article's other meetings were."""
    where = place.country or (place.name if place.kind == COUNTRY else None)
    g = gazetteer()
    heads = [g.home_of(p.affiliation) for p in draft.people.values()
             if p.title and _HEAD_OF_STATE.match(p.title) and p.affiliation and p.affiliation_kind != MOVEMENT]
    # ("Iran's President met the Qatari minister" after talks in Tehran: the place's own head is there; the
    # visitor's knowledge title "Prime Minister" does not send the meeting elsewhere)
    return where is not None and where not in heads and any(h != where and h in g.capitals for h in heads)


def finish(draft: Draft, published: date | None, fallback_places: list[Ent], article: int = 0,
           topic: tuple[str, ...] = ()) -> EventMention | None:
    """The article's report of one event, or None when it names no side and fewer than two people."""
    g = gazetteer()
    published = draft.published or published
    if draft.resolved is not None:
        value, precision, basis = draft.resolved.value, draft.resolved.precision, draft.resolved.basis
    elif draft.date_expr is not None or draft.past_perfect or published is None:
        value, precision, basis = None, "unknown", "unknown"
    else:
        value, precision, basis = published.isoformat(), "day", "publication"
    etype = _event_type(draft.types)
    place = _choose_place(draft.places) or (fallback_places[0] if fallback_places and etype != "call"
                                            and not _head_of_another_state(draft, fallback_places[0]) else None)
    if place is not None and place.kind == COUNTRY and fallback_places and etype != "call" \
            and fallback_places[0].kind == CITY and fallback_places[0].country == place.name:
        place = fallback_places[0]  # "talks in Tehran", then "his first visit to Iran": the town already named
    if place is None and draft.host is not None and etype != "call":
        place = _capital_of(draft.host.affiliation)  # "the Deputy Minister received a delegation": at home
    location = place.name if place else None
    country = (place.country or (place.name if place.kind == COUNTRY else None)) if place else None
    participants: list[ParticipantRef] = []
    delegations: dict[str, ActorRef] = {}
    is_call = etype == "call"

    def add_delegation(name: str, kind: str) -> None:
        if name not in delegations:
            delegations[name] = ActorRef(name, kind)

    when = value or (published.isoformat() if published else None)
    hosts_met = False
    for org in draft.orgs.values():
        state = g.state_of(org.name)
        if state is not None:  # "a delegation of the Egyptian General Intelligence Service" acts for Egypt
            gov = g.government(state)
            org = Ent(org.start, org.end, -1, -1, gov.kind, gov.name, org.surface, country=state) if org.t0 == -1 else org
        ruler = g.ruler(org.name, when) if org.kind == GOVERNMENT else None
        if ruler is not None:
            add_delegation(ruler.name, ruler.kind)  # an "Afghan delegation" after August 2021
        elif org.kind == MOVEMENT:
            add_delegation(org.name, MOVEMENT)
        elif is_call:
            continue
        elif org.kind == GOVERNMENT:
            home = org.country or org.name
            if (country and home != country) or (not country and org.name in draft.explicit_groups):
                add_delegation(org.name, GOVERNMENT)
            elif org.name in draft.explicit_groups:
                hosts_met = True  # "held talks with Egyptian officials in Cairo": the hosts, unnamed, were met
        elif org.name in draft.explicit_groups:
            add_delegation(org.name, org.kind if org.kind in ("organisation", MOVEMENT, GOVERNMENT) else "organisation")
    for person in draft.people.values():
        role = "official"
        aff, aff_kind = person.affiliation, person.affiliation_kind
        if aff_kind == GOVERNMENT and person.title and _FORMER.match(person.title):
            aff, aff_kind = None, None  # "former president Hamid Karzai": no one's delegation now
        if aff and g.state_of(aff):
            gov = g.government(g.state_of(aff))  # type: ignore[arg-type]
            aff, aff_kind = gov.name, gov.kind  # the intelligence chief acts for his government
        ruler = g.ruler(aff, when) if aff and aff_kind == GOVERNMENT and not known_for_country(person.name, aff) else None
        if ruler is not None:
            aff, aff_kind = ruler.name, ruler.kind
        if aff and aff_kind == MOVEMENT:
            role = "delegation_member"
            add_delegation(aff, MOVEMENT)
        elif aff and aff_kind == GOVERNMENT:
            home = g.home_of(aff)
            if country and home and home != country:
                role = "delegation_member"
                if not is_call:
                    add_delegation(aff, GOVERNMENT)
            elif country and home == country:
                role = "host"
            elif not country and not is_call and draft.visitor is not None and draft.visitor.name == person.name:
                role = "delegation_member"  # "X met Y during his visit", the country never named: X's side came
                add_delegation(aff, GOVERNMENT)
        elif aff and aff in delegations:
            role = "delegation_member"
        ref = ActorRef(person.name, PERSON, aff, aff_kind, tuple(sorted({person.surface, person.name})))
        participants.append(ParticipantRef(ref, role, person.title))
    # "Qatar's foreign minister also spoke with X by phone" (no holder known): a call of X with that side's unnamed official
    unnamed = is_call and len(participants) == 1 and any(o.t0 == UNNAMED_OFFICIAL and o.name != participants[0].actor.affiliation for o in draft.orgs.values())
    if not delegations and len(participants) + unnamed < 2 and not (hosts_met and any(p.role != "host" for p in participants) and etype != "visit"):
        return None
    lone = next(iter(delegations.values())) if len(delegations) == 1 else None
    if not participants and lone is not None and lone.kind == GOVERNMENT and etype != "visit" and len(draft.orgs) == 1:
        return None  # "Sweden hosted the talks in 2018": one country, nobody it met, no event ("a Qatari delegation travelled to Sanaa" is)
    if draft.series_lede and len(draft.people) < 2 and not any(o.kind == MOVEMENT for o in draft.orgs.values()):
        return None  # the lede of several meetings, with none of their counterparts: each is told on its own
    if draft.ceremony and not participants:
        return None  # "Palestinian leaders attended the funeral": mourners nobody names are no delegation's visit
    participants = [ParticipantRef(actor, "delegation") for actor in delegations.values()] + participants
    return EventMention(
        article=article, type=etype, date=value, precision=precision, basis=basis,
        date_text=draft.date_expr.text if draft.date_expr else None, location=location, location_country=country,
        participants=participants, evidence=sorted(draft.evidence), topic=topic,
    )


_FORMER = re.compile(r"^(?:the\s+)?(?:former|ex-|then)\b", re.I)  # (a title before the name; not "X, a former speaker, now adviser")


def _capital_of(government: str | None) -> Ent | None:
    g = gazetteer()
    country = g.home_of(government) if government else None
    capital = g.capitals.get(country or "")
    return Ent(0, 0, -1, -1, CITY, capital, capital, country=country) if capital else None


def _choose_place(places: list[Ent]) -> Ent | None:
    cities = [p for p in places if p.kind == CITY]
    if cities:
        return cities[0]
    return places[0] if places else None


def _event_type(types: list[str]) -> str:
    for t in ("meeting", "talks", "call", "visit"):
        if t in types:
            if t == "meeting" and "talks" in types and types[0] == "talks":
                return "talks"
            return t
    return "meeting"
