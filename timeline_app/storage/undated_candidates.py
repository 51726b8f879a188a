"""The dated events an undated report could join, found in SQL before any of them is read.

An undated report joins an event only when one of the event's views (the event as a whole, or
one of its reports) fits it on participants, the people met, the type *and* the topic
(ingest/merge.py, same_event with need_topic). The topic index (merge_terms: term, actor,
event) alone returns, for a busy actor's report with common words, hundreds of events that
grow with the database, of which about one in five names one of the report's people and
leaves its counterparts possible; reading and judging all of them in Python was most of the
writer's time at 10,000 pages. Here each necessary condition of those rules is an EXISTS over
the event's reports (indexed by event), so the database discards the rest:

* people: when the report names people, a view that names people must share one, and a view
  naming none must share a delegation: some report of the event names one of its people, or
  some report names none and shares one of its delegations;
* counterparts: when it names the people met, a view naming people met must share one: some
  report names one of them as host or official, or some report names none, or the event as a
  whole names none (a person who is also a delegation member in another report is not a
  counterpart of the event: aggregate.merge_role);
* type: a call only fits a call: some report has the report's call-ness (the event's type is
  one of its reports' types);
* date: some report is dated (an undated report only joins through a date).

Each condition is implied by the merge rules, so no event the rules accept is left out: the
decisions are the same, only the events read to make them are fewer. Ranked by shared terms.
"""
from __future__ import annotations

from functools import lru_cache

from sqlalchemy import Select, and_, bindparam, exists, func, not_, or_, select
from sqlalchemy.orm import Session

from .event_refresh import term_key
from .models import Actor, Mention, MentionParticipant, MergeTerm

M, MP, A, T = Mention.__table__, MentionParticipant.__table__, Actor.__table__, MergeTerm.__table__
COUNTERPART_ROLES = ("host", "official")
OUTRANKING_ROLES = ("delegation", "delegation_member")  # merge_role keeps these over a counterpart role


def undated_candidates(session: Session, *, actors: set[int], people: set[int], delegations: set[int],
                       counterparts: set[int], is_call: bool, terms: set[str], min_shared: int) -> list[int]:
    """Dated events sharing an actor and min_shared topic terms with an undated report that
    could pass the rules above; most shared terms first, then the latest made."""
    keys = sorted({term_key(t) for t in terms})
    if not actors or len(keys) < min_shared:
        return []
    query = _query(bool(people), bool(people and delegations), bool(counterparts), is_call)
    params = {"actors": sorted(actors), "terms": keys, "least": min_shared,
              "people": sorted(people) or [-1], "delegations": sorted(delegations) or [-1],
              "counterparts": sorted(counterparts) or [-1]}
    best: dict[int, int] = {}
    for event_id, shared in session.connection().execute(query, params):
        best[event_id] = max(shared, best.get(event_id, 0))
    return sorted(best, key=lambda e: (-best[e], -e))


def _report_of(event_id, *conditions) -> exists:  # type: ignore[no-untyped-def]
    return exists().where(M.c.event_id == event_id, *conditions)


def _names(mention_id, *conditions) -> exists:  # type: ignore[no-untyped-def]
    return exists().where(MP.c.mention_id == mention_id, *conditions)


def _is_person(actor_id) -> exists:  # type: ignore[no-untyped-def]
    return exists().where(A.c.id == actor_id, A.c.kind == "person")


@lru_cache(maxsize=8)
def _query(people: bool, delegations: bool, counterparts: bool, is_call: bool) -> Select:
    counted = (
        select(T.c.event_id, func.count().label("shared"))
        .where(T.c.actor_id.in_(bindparam("actors", expanding=True)), T.c.term.in_(bindparam("terms", expanding=True)))
        .group_by(T.c.event_id, T.c.actor_id)
        .having(func.count() >= bindparam("least"))
    ).subquery()
    event = counted.c.event_id
    conditions = [_report_of(event, M.c.date.is_not(None)),  # the rules need a date on one side
                  _report_of(event, M.c.type == "call" if is_call else M.c.type != "call")]
    if people:
        shares_person = _report_of(event, _names(M.c.id, MP.c.actor_id.in_(bindparam("people", expanding=True))))
        options = [shares_person]
        if delegations:
            options.append(_report_of(event, _names(M.c.id, MP.c.role == "delegation",
                                                    MP.c.actor_id.in_(bindparam("delegations", expanding=True))),
                                      not_(_names(M.c.id, _is_person(MP.c.actor_id)))))
        conditions.append(or_(*options))
    if counterparts:
        met = MP.c.role.in_(COUNTERPART_ROLES)
        mp2, m2 = MP.alias("mp2"), M.alias("m2")
        outranked = (select(mp2.c.id).where(m2.c.event_id == event, mp2.c.mention_id == m2.c.id,
                                            mp2.c.actor_id == MP.c.actor_id, mp2.c.role.in_(OUTRANKING_ROLES))
                     .correlate_except(m2, mp2).exists())
        conditions.append(or_(
            _report_of(event, _names(M.c.id, met, MP.c.actor_id.in_(bindparam("counterparts", expanding=True)))),
            _report_of(event, not_(_names(M.c.id, met, _is_person(MP.c.actor_id)))),
            not_(_report_of(event, _names(M.c.id, met, _is_person(MP.c.actor_id), not_(outranked)))),
        ))
    return select(counted.c.event_id, counted.c.shared).where(and_(*conditions))
