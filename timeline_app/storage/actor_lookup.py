"""Find stored actors by any name a user types, the way ingest matched them in text.

A user asks for "Abu Marzouk" while the database's canonical name is "Mousa Abu Marzouk" and one
of its aliases "Abu Marzouq": matching on the folded keys that ingest stored (canonical name and
every alias) makes the command line and the window agree with what the extractor did.
"""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..names import compact_key, fold_name
from .models import Actor, Alias


def canonical_names(session: Session, asked: Iterable[str], *, people: bool | None = None) -> dict[str, str | None]:
    """For each asked name, the canonical name of the stored actor it denotes (None: no such actor).

    `people=True` keeps persons only, `False` organisations only, None either. An exact canonical
    name wins; then the folded key of the name or of any alias; a name that folds to several
    actors is resolved only when exactly one of them is a full-name match.
    """
    result: dict[str, str | None] = {}
    for name in asked:
        result[name] = _lookup(session, name.strip(), people)
    return result


def _kind_filter(people: bool | None):  # type: ignore[no-untyped-def]
    if people is None:
        return True
    return (Actor.kind == "person") if people else (Actor.kind != "person")


def _lookup(session: Session, name: str, people: bool | None) -> str | None:
    if not name:
        return None
    exact = session.scalars(select(Actor.name).where(Actor.name == name, _kind_filter(people))).all()
    if exact:
        return exact[0]
    compact = compact_key(name)
    candidates = set(session.scalars(select(Actor.name).where(_kind_filter(people), Actor.fold_key == compact)))
    candidates |= set(session.scalars(
        select(Actor.name).join(Alias, Alias.actor_id == Actor.id)
        .where(_kind_filter(people), Alias.fold_key == compact)
    ))
    if len(candidates) == 1:
        return candidates.pop()
    if not candidates:
        # a surname or a shorter form: "Bogdanov" for "Mikhail Bogdanov", when only one fits
        # (keys are stored without spaces, so the tail must start a word of the canonical name)
        rows = session.scalars(select(Actor.name).where(_kind_filter(people), Actor.fold_key.endswith(compact))).all()
        fits = [r for r in rows if fold_name(r).endswith(" " + fold_name(name))]
        return fits[0] if len(fits) == 1 else None
    return None
