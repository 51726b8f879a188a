"""The merge rules' necessary conditions on a stored event, as SQL over the event's own reports.

ingest/merge_rules.same_event compares a report with an event's views: each of its reports, and
the event as a whole (its reports' union: each actor's role the one of its reports' roles that
outranks the others, the place and country of one of its reports, the type of one of them).
So whatever view a report fits, each condition below holds of some report of the event, and an
event failing one cannot be joined: lookups that test them in the database (undated_candidates,
undated_reach) read only the events that may pass, and decide as if they had read them all.

Parameters are bound by name, with a suffix so that several reports' conditions can share one
statement. Every condition is an EXISTS over the event's reports (ix_mentions_event_id).
"""
from __future__ import annotations

from sqlalchemy import and_, bindparam, exists, not_, or_, select, true

from .models import Actor, Mention, MentionParticipant

M, MP, A = Mention.__table__, MentionParticipant.__table__, Actor.__table__
COUNTERPART_ROLES = ("host", "official")
OUTRANKING_ROLES = ("delegation", "delegation_member")  # merge_role keeps these over a counterpart role
PLACE, PLACE_COUNTRY = "place", "place and country"  # what a report's place gives to compare


def report_of(event_id, *conditions) -> exists:  # type: ignore[no-untyped-def]
    return exists().where(M.c.event_id == event_id, *conditions)


def names(mention_id, *conditions) -> exists:  # type: ignore[no-untyped-def]
    return exists().where(MP.c.mention_id == mention_id, *conditions)


def is_person(actor_id) -> exists:  # type: ignore[no-untyped-def]
    return exists().where(A.c.id == actor_id, A.c.kind == "person")


def dated(event):  # type: ignore[no-untyped-def]
    """An undated report only fits through a date on the other side."""
    return report_of(event, M.c.date.is_not(None))


def type_fits(event, is_call: bool):  # type: ignore[no-untyped-def]
    """A call only fits a call (an event's type is one of its reports' types)."""
    return report_of(event, M.c.type == "call" if is_call else M.c.type != "call")


def shares_people(event, suffix: str = "", *, nobody: bool = True):  # type: ignore[no-untyped-def]
    """For a report naming :people (need_topic: a view naming people must share one): some
    report names one of them, or (nobody) names no person and one of :delegations as a
    delegation (participants_fit then needs a delegation)."""
    actor = MP.c.actor_id + 0  # `+ 0`: from the event's few reports, never a busy person's every report
    naming = report_of(event, names(M.c.id, actor.in_(bindparam("people" + suffix, expanding=True))))
    if not nobody:
        return naming
    return or_(naming, report_of(event, names(M.c.id, MP.c.nobody_named == true(), MP.c.role == "delegation",
                                              actor.in_(bindparam("delegations" + suffix, expanding=True)))))


def shares_delegation(event, suffix: str = ""):  # type: ignore[no-untyped-def]
    """For a report naming no person: participants_fit needs one of :delegations as a delegation."""
    return report_of(event, names(M.c.id, MP.c.role == "delegation",
                                  (MP.c.actor_id + 0).in_(bindparam("delegations" + suffix, expanding=True))))


def delegations_fit(event, suffix: str = ""):  # type: ignore[no-untyped-def]
    """participants_fit: a view naming delegations must share one of :delegations: some report
    names one of them as a delegation, or some report names no delegation (delegation is the
    role that outranks every other, so an event's delegations are its reports' union)."""
    delegation = and_(MP.c.role == "delegation", not_(is_person(MP.c.actor_id)))
    return or_(shares_delegation(event, suffix), report_of(event, not_(names(M.c.id, delegation))))


def counterparts_fit(event, suffix: str = ""):  # type: ignore[no-untyped-def]
    """counterparts_fit with a report naming :counterparts as the people met: some report names
    one of them as host or official, or some report names no person met, or the event as a
    whole names none (a person met in one report who is a delegation member in another is not
    one of the event's: aggregate.merge_role)."""
    met = MP.c.role.in_(COUNTERPART_ROLES)
    mp2, m2 = MP.alias("mp2"), M.alias("m2")
    outranked = (select(mp2.c.id).where(m2.c.event_id == event, mp2.c.mention_id == m2.c.id,
                                        mp2.c.actor_id + 0 == MP.c.actor_id, mp2.c.role.in_(OUTRANKING_ROLES))
                 .correlate_except(m2, mp2).exists())
    return or_(
        report_of(event, names(M.c.id, met, MP.c.actor_id.in_(bindparam("counterparts" + suffix, expanding=True)))),
        report_of(event, not_(names(M.c.id, met, is_person(MP.c.actor_id)))),
        not_(report_of(event, names(M.c.id, met, is_person(MP.c.actor_id), not_(outranked)))),
    )


def place_fits(event, place: str, suffix: str = ""):  # type: ignore[no-untyped-def]
    """place_fits with a report placed at :place (in :country when PLACE_COUNTRY): some report
    is placed nowhere, at the place, in it as a country, or in the report's country (an event's
    place and country are those of one of its reports, or none when none has one)."""
    at = bindparam("place" + suffix)
    fits = [M.c.location.is_(None), M.c.location == at, M.c.location_country == at]
    if place == PLACE_COUNTRY:
        fits.append(M.c.location == bindparam("country" + suffix))
    return report_of(event, or_(*fits))


def place_kind(location: str | None, country: str | None) -> str | None:
    return PLACE_COUNTRY if location and country else PLACE if location else None
