"""The undated reports through which a frontier of reports may reach an event (ingest/merge.py's
topic route), found in SQL among the actors' events that hold one, before any is read.

An event found only because it holds an undated report whose topic fits a dated report of the
frontier (a busy movement's undated reports: every one of them at every page, a number that
grows with the database) can join a looking report only

* on dates, through one of its reports dated within a dated looking report's compatible dates
  (merge_rules.compatible_dates: a superset of what dates_fit accepts); or
* without a date (same_event with need_topic), through a view (one of its reports, or the event
  as a whole) that, for a looking report naming people, names one of them, or names no person
  and shares one of its delegations; for a looking report naming nobody, shares one of its
  delegations. (A view's delegations and people are its reports' union, each actor's role one
  of the roles its reports give it, so each condition holds of one report of the event.)

These are necessary conditions of the merge rules, united over the looking reports: no event
the rules accept is dropped, so the decisions are the same; only the events read to make them
are fewer (the reports naming the looking reports' people, not every report of their movement).
Reports naming nobody are recognised by mention_participants.nobody_named (schema 8: may be
wrongly True, never wrongly False, so this stays a superset).
"""
from __future__ import annotations

from functools import lru_cache

from sqlalchemy import and_, bindparam, or_, select, true
from sqlalchemy.orm import Session

from .fast_sql import FastStatement, connection
from .models import Actor, Mention, MentionParticipant, Participant

M, MP, P, A = Mention.__table__, MentionParticipant.__table__, Participant.__table__, Actor.__table__


def undated_reports_in_reach(session: Session, actor_ids: set[int], *, dates: tuple[str, ...], prefixes: tuple[str, ...],
                             people: set[int], nobody_delegations: set[int],
                             delegations: set[int]) -> dict[int, list[tuple[int, frozenset[str]]]]:
    """actor -> [(event, topic)] of the undated reports of events counting the actor (as a
    person or a delegation) that hold a report dated on one of `dates` or under one of
    `prefixes`, or naming one of `people`, or naming nobody and one of `nobody_delegations` as a
    delegation, or naming one of `delegations` as a delegation (see the module doc).

    Through ix_participants_undated_actor (schema 8: the actor's participant rows of events
    holding an undated report; a row marked otherwise may hold one, and is checked like the
    others); the conditions are looked up in each such event's own reports."""
    out: dict[int, list[tuple[int, frozenset[str]]]] = {a: [] for a in actor_ids}
    if not actor_ids or not (dates or prefixes or people or nobody_delegations or delegations):
        return out
    params: dict = {"actors": sorted(actor_ids), "dates": sorted(dates) or ["~"], "people": sorted(people) or [-1],
                    "nobody": sorted(nobody_delegations) or [-1], "delegations": sorted(delegations) or [-1]}
    for n, p in enumerate(sorted(prefixes)):
        params[f"lo_{n}"], params[f"hi_{n}"] = p, p + "-99-99"
    for actor_id, event_id, topic in _statement(len(prefixes)).rows(connection(session), params):
        out[actor_id].append((event_id, frozenset(topic.split())))
    return out


@lru_cache(maxsize=8)
def _statement(prefixes: int) -> FastStatement:
    m2 = M.alias("m2")
    windows = [m2.c.date.in_(bindparam("dates", expanding=True))]
    windows += [m2.c.date.between(bindparam(f"lo_{n}"), bindparam(f"hi_{n}")) for n in range(prefixes)]
    actor = MP.c.actor_id + 0  # `+ 0`: from the event's few reports, never from a busy actor's every report
    named = or_(actor.in_(bindparam("people", expanding=True)),
                and_(MP.c.role == "delegation", or_(
                    and_(MP.c.nobody_named == true(), actor.in_(bindparam("nobody", expanding=True))),
                    actor.in_(bindparam("delegations", expanding=True)))))
    dated = select(m2.c.id).where(m2.c.event_id == P.c.event_id, or_(*windows)).exists()
    naming = (select(MP.c.id).select_from(m2).join(MP, MP.c.mention_id == m2.c.id)
              .where(m2.c.event_id == P.c.event_id, named).exists())
    return FastStatement(
        select(P.c.actor_id, M.c.event_id, M.c.topic)
        .select_from(P).join(M, M.c.event_id == P.c.event_id).join(A, A.c.id == P.c.actor_id)
        .where(P.c.undated_report == true(), P.c.actor_id.in_(bindparam("actors", expanding=True)), M.c.date.is_(None),
               or_(A.c.kind == "person", P.c.role == "delegation"),  # the actors the merge rules compare
               or_(dated, naming)))
