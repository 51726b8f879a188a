"""The dated events an undated report could join, found in SQL before any of them is read.

An undated report joins an event only when one of the event's views (the event as a whole, or
one of its reports) fits it on participants, the people met, the type *and* the topic
(ingest/merge.py, same_event with need_topic). The events sharing a topic with a busy actor's
report of common words are hundreds and grow with the database, of which about one in five
names one of the report's people and leaves its counterparts possible; reading and judging all
of them in Python was most of the writer's time at 10,000 pages. Here each necessary condition
of those rules is an EXISTS over the event's reports (indexed by event), so the database
discards the rest:

* people: when the report names people, a view that names people must share one, and a view
  naming none must share a delegation: some report of the event names one of its people, or
  some report names none and shares one of its delegations;
* counterparts: when it names the people met, a view naming people met must share one: some
  report names one of them as host or official, or some report names none, or the event as a
  whole names none (a person who is also a delegation member in another report is not a
  counterpart of the event: aggregate.merge_role);
* delegations: when it names delegations, a view naming delegations must share one: some
  report names one of them as a delegation, or some report names none;
* place: when it is placed, some report is placed nowhere, at its place, in it as a country, or
  in its country (an event's place is one of its reports' places and countries);
* type: a call only fits a call: some report has the report's call-ness (the event's type is
  one of its reports' types);
* date: some report is dated (an undated report only joins through a date).

Each condition is implied by the merge rules, so no event the rules accept is left out: the
decisions are the same, only the events read to make them are fewer. Ranked by shared terms.

Reports naming nobody are found through ix_mention_participants_nobody_actor (schema 8: a busy
movement's reports are a twentieth of all, those naming nobody a handful), and whether a person
met is outranked in the event is checked from the event's reports (`+ 0` keeps both databases
off the index of every report naming that person).
"""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from sqlalchemy import and_, bindparam, not_, or_, select, true, union
from sqlalchemy.orm import Session

from . import fit_conditions as fit
from .event_refresh import term_keys
from .fast_sql import FastStatement, connection
from .regroup import event_terms
from .models import Actor, Mention, MentionParticipant, Participant

M, MP, A, P = Mention.__table__, MentionParticipant.__table__, Actor.__table__, Participant.__table__


def undated_candidates(session: Session, *, actors: set[int], people: set[int], delegations: set[int],
                       counterparts: set[int], is_call: bool, terms: set[str], min_shared: int,
                       topic_fit: Callable[[frozenset[str]], int], location: str | None = None,
                       location_country: str | None = None) -> list[int]:
    """Dated events that could pass the rules above for an undated report; best first (most
    terms shared by one report, then the latest made).

    A report naming people is looked up through them: the events where one of its people (or
    a report naming nobody, with one of its delegations) appears, keeping those where one
    report's topic fits its own (topic_fit: the terms shared, 0 when the topic does not fit;
    the rules compare topics report by report). A report naming nobody is looked up through
    its actors (events counting one as a person or a delegation), keeping those whose reports
    together hold at least min_shared of its terms (ranked by that number)."""
    keys = sorted(term_keys(terms))
    if not actors or len(keys) < min_shared:
        return []
    conn = connection(session)
    params = {"actors": sorted(actors), "terms": keys, "least": min_shared,
              "people": sorted(people) or [-1], "delegations": sorted(delegations) or [-1],
              "counterparts": sorted(counterparts) or [-1], "place": location, "country": location_country}
    place = fit.place_kind(location, location_country)
    best: dict[int, int] = {}
    if not people:
        wanted = set(keys)
        ids = sorted(set(_by_actor(is_call, place).scalars(conn, params)))
        for event_id, held in event_terms(session, set(ids)).items():
            shared = len(held & wanted)
            if shared >= min_shared:
                best[event_id] = shared
        return sorted(best, key=lambda e: (-best[e], -e))
    ids = sorted(set(_by_people(bool(delegations), bool(counterparts), is_call, place).scalars(conn, params)))
    for start in range(0, len(ids), CHUNK):
        for event_id, topic in _TOPICS.rows(conn, {"ids": ids[start:start + CHUNK]}):
            shared = topic_fit(frozenset(topic.split()))
            if shared:
                best[event_id] = max(shared, best.get(event_id, 0))
    return sorted(best, key=lambda e: (-best[e], -e))


CHUNK = 400
_TOPICS = FastStatement(select(M.c.event_id, M.c.topic).where(M.c.event_id.in_(bindparam("ids", expanding=True))))


@lru_cache(maxsize=24)
def _by_people(delegations: bool, counterparts: bool, is_call: bool, place: str | None) -> FastStatement:
    """Events with a report naming one of the people (or naming nobody, with one of the
    delegations), passing the other conditions."""
    naming = (select(M.c.event_id.label("event_id")).join(MP, MP.c.mention_id == M.c.id)
              .where(MP.c.actor_id.in_(bindparam("people", expanding=True)), M.c.event_id.is_not(None)))
    if delegations:
        nobody = (select(M.c.event_id.label("event_id")).join(MP, MP.c.mention_id == M.c.id)
                  .where(MP.c.nobody_named == true(), MP.c.actor_id.in_(bindparam("delegations", expanding=True)),
                         MP.c.role == "delegation", M.c.event_id.is_not(None),
                         not_(fit.names(M.c.id, fit.is_person(MP.c.actor_id)).correlate(M))))
        naming = union(naming, nobody)  # type: ignore[assignment]
    seeds = naming.subquery()
    event = seeds.c.event_id
    # the cheap and selective conditions first (SQLite tests them in the order given)
    conditions = [fit.place_fits(event, place)] if place else []
    conditions += [fit.dated(event), fit.type_fits(event, is_call)]
    if delegations:
        conditions.append(fit.delegations_fit(event))
    if counterparts:
        conditions.append(fit.counterparts_fit(event))  # the costliest
    return FastStatement(select(event).where(and_(*conditions)).distinct())


@lru_cache(maxsize=6)
def _by_actor(is_call: bool, place: str | None) -> FastStatement:
    """Events counting one of the actors as a person or a delegation (a report naming nobody:
    no people or counterparts to narrow by), passing the other conditions."""
    seeds = (select(P.c.event_id.label("event_id")).join(A, A.c.id == P.c.actor_id)
             .where(P.c.actor_id.in_(bindparam("actors", expanding=True)), or_(A.c.kind == "person", P.c.role == "delegation"))
             .distinct().subquery())
    event = seeds.c.event_id
    conditions = [fit.place_fits(event, place)] if place else []
    conditions += [fit.dated(event), fit.type_fits(event, is_call)]
    return FastStatement(select(seeds.c.event_id).where(and_(*conditions)))
