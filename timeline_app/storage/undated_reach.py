"""The undated reports through which a frontier of reports may reach an event (ingest/merge.py's
topic route), found in SQL among the actors' events that hold one, before any is read.

An event found only because it holds an undated report whose topic fits a dated report of the
frontier (a busy movement's undated reports: every one of them at every page, a number that
grows with the database) can join a looking report only

* on dates, through one of its reports dated within a dated looking report's compatible dates
  (merge_rules.compatible_dates: a superset of what dates_fit accepts); or
* without a date (same_event with need_topic), through a view (one of its reports, or the event
  as a whole) that fits the looking report on people (for one naming people, a view naming one
  of them, or naming no person and one of its delegations; for one naming nobody, one of its
  delegations), delegations, the people met, place and type: the conditions of fit_conditions,
  each of which holds of some report of the event whatever view fits.

No event the rules accept is dropped, so the decisions are the same; only the events read to
make them are fewer (those a looking report could join, not every undated report of its
movement). The looking reports are grouped by what the conditions compare; a frontier of many
different ones is judged on their union (a weaker condition, still implied by the rules).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import and_, bindparam, or_, select, true
from sqlalchemy.orm import Session

from . import fit_conditions as fit
from .fast_sql import FastStatement, connection
from .models import Actor, Mention, Participant

M, P, A = Mention.__table__, Participant.__table__, Actor.__table__
MAX_LOOKS = 8  # distinct looking reports judged one by one; more are judged on their union


@dataclass(frozen=True)
class Look:
    """What the conditions compare of one looking report."""
    people: frozenset[int]
    delegations: frozenset[int]
    counterparts: frozenset[int]
    location: str | None
    location_country: str | None
    is_call: bool


def undated_reports_in_reach(session: Session, actor_ids: set[int], *, dates: tuple[str, ...], prefixes: tuple[str, ...],
                             looks: set[Look]) -> dict[int, list[tuple[int, frozenset[str]]]]:
    """actor -> [(event, topic)] of the undated reports of events counting the actor (as a
    person or a delegation) that hold a report dated on one of `dates` or under one of
    `prefixes`, or that one of `looks` may fit (see the module doc).

    Through ix_participants_undated_actor (schema 8: the actor's participant rows of events
    holding an undated report; a row marked otherwise may hold one, and is checked like the
    others); the conditions are looked up in each such event's own reports."""
    out: dict[int, list[tuple[int, frozenset[str]]]] = {a: [] for a in actor_ids}
    looks = {k for k in looks if k.people or k.delegations}  # participants_fit needs someone to share
    if len(looks) > MAX_LOOKS:
        looks = {Look(frozenset().union(*(k.people for k in looks)), frozenset().union(*(k.delegations for k in looks if k.people)),
                      frozenset(), None, None, False),
                 Look(frozenset(), frozenset().union(*(k.delegations for k in looks if not k.people)), frozenset(), None, None, False)}
        looks = {k for k in looks if k.people or k.delegations}
        shapes: tuple = tuple((bool(k.people), bool(k.delegations), False, "", None) for k in sorted(looks, key=_order))
    else:
        shapes = tuple(_shape(k) for k in sorted(looks, key=_order))
    if not actor_ids or not (dates or prefixes or looks):
        return out
    params: dict = {"actors": sorted(actor_ids), "dates": sorted(dates) or ["~"]}
    for n, p in enumerate(sorted(prefixes)):
        params[f"lo_{n}"], params[f"hi_{n}"] = p, p + "-99-99"
    for n, k in enumerate(sorted(looks, key=_order)):
        params.update({f"people_{n}": sorted(k.people) or [-1], f"delegations_{n}": sorted(k.delegations) or [-1],
                       f"counterparts_{n}": sorted(k.counterparts) or [-1], f"place_{n}": k.location,
                       f"country_{n}": k.location_country})
    for actor_id, event_id, topic in _statement(len(prefixes), shapes).rows(connection(session), params):
        out[actor_id].append((event_id, frozenset(topic.split())))
    return out


def _order(k: Look) -> tuple:
    return (_shape(k), sorted(k.people), sorted(k.delegations), sorted(k.counterparts), k.location or "", k.location_country or "")


def _shape(k: Look) -> tuple:
    return (bool(k.people), bool(k.delegations), bool(k.counterparts), fit.place_kind(k.location, k.location_country) or "",
            k.is_call)


@lru_cache(maxsize=64)
def _statement(prefixes: int, shapes: tuple) -> FastStatement:
    event = P.c.event_id
    within, undated = M.alias("within"), M.alias("undated")  # the reports the conditions read are `mentions`
    windows = [within.c.date.in_(bindparam("dates", expanding=True))]
    windows += [within.c.date.between(bindparam(f"lo_{n}"), bindparam(f"hi_{n}")) for n in range(prefixes)]
    reaches = [select(within.c.id).where(within.c.event_id == event, or_(*windows)).exists()]
    for n, (people, delegations, counterparts, place, is_call) in enumerate(shapes):
        sfx = f"_{n}"
        # the cheap and selective conditions first (SQLite tests them in the order given)
        conditions = [fit.place_fits(event, place, sfx)] if place else []
        if is_call is not None:
            conditions.append(fit.type_fits(event, is_call))
        if people:
            conditions.append(fit.shares_people(event, sfx, nobody=delegations))
            if delegations:
                conditions.append(fit.delegations_fit(event, sfx))
        else:
            conditions.append(fit.shares_delegation(event, sfx))
        if counterparts:
            conditions.append(fit.counterparts_fit(event, sfx))
        reaches.append(and_(*conditions))
    return FastStatement(
        select(P.c.actor_id, undated.c.event_id, undated.c.topic)
        .select_from(P).join(undated, undated.c.event_id == P.c.event_id).join(A, A.c.id == P.c.actor_id)
        .where(P.c.undated_report == true(), P.c.actor_id.in_(bindparam("actors", expanding=True)), undated.c.date.is_(None),
               or_(A.c.kind == "person", P.c.role == "delegation"),  # the actors the merge rules compare
               or_(*reaches)))
