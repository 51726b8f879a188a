"""Merge reports of the same event across documents (extraction stage 7).

Two reports describe one event when they share participants, do not contradict each other on
place, and have compatible dates. An undated report only joins a dated event when exactly one
candidate fits on participants, place *and topic*: otherwise it stays its own event, because a
wrong merge would give it a date no source supports.

The events of a set of documents do not depend on the order they arrived in: storing a document
re-clusters every report it could interact with (its component, found through indexed lookups),
in an order taken from the documents' content, and undated reports are judged against the final
dated events, never at arrival. The rules themselves are in merge_rules.py.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import partial

from sqlalchemy.orm import Session

from ..storage.event_refresh import term_keys
from ..storage.fresh_reports import FreshReport
from ..storage.regroup import (
    MentionRow, events_with_actors, events_with_reports_within, fixed_events, mention_dates, mention_rows, regroup,
    topic_terms_among,
)
from ..storage.repository import ClusterView
from ..storage.undated_candidates import undated_candidates
from ..storage.undated_reach import Look, undated_reports_in_reach
from .merge_rules import (
    TOPIC_MIN_SHARED, _actors, _canonical, _closeness, _cluster_view, _mention_view, _shared_if_fit, _terms_fit,
    compatible_dates, dates_fit, same_event,
)


@dataclass
class MergeStats:
    added: int = 0
    merged: int = 0


CAP_MENTIONS = 400  # a component larger than this is re-clustered as far as it was gathered


def cluster_mentions(session: Session, mention_ids: list[int], touched_events: set[int] = frozenset(),
                     read: dict[int, _Candidate] | None = None, fresh: Mapping[int, FreshReport] | None = None) -> MergeStats:
    """Re-cluster every stored report the new ones (and events a replaced document left) could
    interact with, as one canonical function of that set of reports: the events of a set of
    documents do not depend on the order they arrived in.

    `read`: stored events already read (their reports, and the views the rules compare),
    kept by the caller across the documents of one write transaction (write_batch): the
    documents of a batch meet the same busy actors' events again and again. Only this merge
    changes which reports an event has there (the caller starts afresh after any other write
    and after a failed document); the events it changes are dropped from it here.

    `fresh`: the new reports as just stored (storage/fresh_reports), not read back."""
    rows = gather_component(session, set(mention_ids), set(touched_events), read, fresh)
    current = {r.id: r.event_id for r in rows}
    clusters = canonical_clusters(rows, fixed_events(session, {e for e in current.values() if e is not None}))
    created, changed = regroup(session, [[r.id for r in c] for c in clusters], current, fresh)
    if read is not None:
        for e in changed:
            read.pop(e, None)
    new = set(mention_ids)
    stats = MergeStats()
    for cluster in clusters:
        if any(r.id in new for r in cluster):
            if all(r.id in new or current[r.id] is None for r in cluster):
                stats.added += 1
            else:
                stats.merged += 1
    return stats


# --------------------------------------------------------------------------- the component

def gather_component(session: Session, mention_ids: set[int], event_ids: set[int],
                     read: dict[int, _Candidate] | None = None, fresh: Mapping[int, FreshReport] | None = None) -> list[MentionRow]:
    """The reports that could end up in one event with the given ones, transitively: each dated
    report looks its candidates up through the indexed lookups (date window and actor; topic term
    and actor), and an event joins the component when one of its reports (or the event as a
    whole) fits a looking report by the merge rules. Bounded by CAP_MENTIONS.

    Undated reports are settled last (_settle_undated): they never change how dated reports
    cluster, so the events they fit are needed only to judge them, not re-clustered further."""
    rows: dict[int, MentionRow] = {}
    members: dict[int, _Candidate] = {}  # candidate events read so far, accepted or not
    read = {} if read is None else read  # events read before, still as they are (cluster_mentions)
    events: set[int] = set()
    undated: list[MentionRow] = []  # reports of the component that must be judged on topic
    fresh = fresh or {}
    frontier = mention_rows(session, mention_ids={m for m in mention_ids if m not in fresh}, event_ids=event_ids)
    if fresh:
        frontier = sorted([*frontier, *(fresh[m].row for m in mention_ids if m in fresh)], key=lambda r: r.id)
    while frontier and len(rows) < CAP_MENTIONS:
        for r in frontier:
            rows[r.id] = r
            if r.event_id is not None:
                events.add(r.event_id)
        undated += [r for r in frontier if not r.date]
        dated_rows = [r for r in frontier if r.date]
        by_date: set[int] = set()
        by_topic: set[int] = set()
        actors = frozenset().union(*(_actors(r) for r in dated_rows))
        reach = _reach(dated_rows)
        # a topic-found event can only join a dated report through a report dated near it or an
        # undated report whose own topic fits it (see _reach): a few, where the events sharing a
        # popular actor's generic terms are hundreds and grow with the database.
        within = events_with_reports_within(session, *reach, actor_ids=set(actors)) if reach is not None else {}
        held = topic_terms_among(session, within, {t for r in dated_rows for t in r.topic})
        looking = [(_mention_view(r, -1), _actors(r)) for r in frontier]
        # a busy movement's undated reports fit its every page's topic: only those of events some
        # looking report could reach (storage/undated_reach), not every one, are read
        undated_by_actor = _undated_in_reach(session, set(actors), reach, [v for v, _ in looking])
        for r in dated_rows:
            dated, topical = _candidate_events(session, r, held)
            by_date |= dated
            by_topic |= topical
            by_topic |= {e for a in _actors(r) for e, topic in undated_by_actor[a] if _terms_fit(r.topic, topic)}
        found = (by_date | by_topic) - events
        unread_ids = found - members.keys()
        topic_only = (by_topic - by_date) & unread_ids
        if topic_only:
            unread_ids -= _out_of_reach(session, topic_only, [v for v, _ in looking])
        _read(session, unread_ids, members, read)
        accepted = {e for e in found if e in members and members[e].may_join(looking)}
        frontier = [m for e in sorted(accepted) for m in members[e].rows if m.id not in rows]
        events |= accepted
    _settle_undated(session, undated, rows, members, events, read)
    return sorted(rows.values(), key=_canonical)


def _read(session: Session, event_ids: set[int], members: dict[int, _Candidate], read: dict[int, _Candidate]) -> None:
    """Read the reports of events not read yet in this gathering (from `read` when an earlier
    gathering of the write transaction read them and no merge changed them since)."""
    wanted = {e for e in event_ids if e not in members}
    members.update((e, read[e]) for e in wanted if e in read)
    unread: dict[int, list[MentionRow]] = {}
    for r in mention_rows(session, event_ids={e for e in wanted if e not in read}):
        unread.setdefault(r.event_id, []).append(r)  # type: ignore[arg-type]
    for e, m in unread.items():
        members[e] = read[e] = _Candidate(m)


FIRST_READ = 8  # an undated report's candidates are read a few at a time (see _settle_undated)


def _settle_undated(session: Session, undated: list[MentionRow], rows: dict[int, MentionRow],
                    members: dict[int, _Candidate], events: set[int], read: dict[int, _Candidate]) -> None:
    """Add to the component the dated events each undated report could join, as context (their
    reports are re-clustered with the component, but do not look up candidates of their own:
    an undated report never changes how dated reports cluster, so an event reached only
    through one is the same afterwards, and its own undated reports still fit it alone).

    An undated report joins an event only when the events it fits all have one date
    (canonical_clusters), so once it fits two events of different dates that this component
    does not change, it stays on its own whatever else it fits: its candidates are read in
    small batches, most shared terms first, and reading stops there. A report with generic
    terms and a busy actor fits dozens of events, a number that grows with the database;
    the events read to find two stay about the same."""
    expanded = set(events)  # events whose reports looked up their own candidates: they may change
    context: set[int] = set()
    for u in sorted(undated, key=lambda r: r.id):
        if len(rows) >= CAP_MENTIONS:
            break
        view, actors = _mention_view(u, -1), _actors(u)
        dates: set[tuple[str, str]] = set()

        def judge(e: int) -> None:
            fit = members[e].dated_view()
            if fit is not None and not (fit.sources & view.sources) and same_event(view, fit, need_topic=True):
                dates.add((fit.date, fit.precision))  # type: ignore[arg-type]

        for e in sorted(context):
            judge(e)
        if len(dates) >= 2:
            continue  # the events already met settle it: no need to look its candidates up
        ranked = [e for e in undated_candidates(session, actors=set(actors), people=set(view.people),
                                                delegations=set(view.delegations), counterparts=set(view.counterparts),
                                                is_call=view.type == "call", terms=set(u.topic), min_shared=TOPIC_MIN_SHARED,
                                                topic_fit=partial(_shared_if_fit, u.topic), location=view.location,
                                                location_country=view.location_country)
                  if e not in expanded and e not in context]
        start, size = 0, FIRST_READ
        while len(dates) < 2 and start < len(ranked) and len(rows) < CAP_MENTIONS:
            batch = ranked[start:start + size]
            start, size = start + size, size * 2
            _read(session, set(batch), members, read)
            for e in batch:
                if e in members and members[e].may_join([(view, actors)]):
                    context.add(e)
                    events.add(e)
                    rows.update((m.id, m) for m in members[e].rows)
                    judge(e)


class _Candidate:
    """A stored event met while gathering: its reports and, once needed, the views the merge
    rules compare (computed once however many reports look at it)."""

    def __init__(self, rows: list[MentionRow]) -> None:
        self.rows = rows
        self.actors = frozenset().union(*(_actors(r) for r in rows))
        self._report_views: list[ClusterView] | None = None
        self._event_view: ClusterView | None = None

    def dated_view(self) -> ClusterView | None:
        """The event as canonical_clusters judges an undated report against it: its dated
        reports' cluster (undated ones join only after), None when it has none."""
        if not hasattr(self, "_dated"):
            dated = [m for m in self.rows if m.date]
            self._dated = _cluster_view(dated, -3) if dated else None
        return self._dated

    def may_join(self, looking: list[tuple[ClusterView, frozenset[int]]]) -> bool:
        """Whether one of the looking reports could share an event with this one (two undated
        reports only meet through a dated one, which brings them into the component itself)."""
        for view, actors in looking:
            if not actors & self.actors:
                continue  # the rules need a shared delegation or person
            # its reports first: the event as a whole (aggregated, the costly view) only when none fits
            if self._report_views is None:
                self._report_views = [_mention_view(m, -2) for m in self.rows]
            if any(_fits(view, c) for c in self._report_views):
                return True
            if self._event_view is None:
                self._event_view = _cluster_view(self.rows, -2)
            if _fits(view, self._event_view):
                return True
        return False


def _fits(view: ClusterView, other: ClusterView) -> bool:
    """Whether a looking report could share an event with a stored one or its report (one of
    them dated; both undated only meet through a dated report)."""
    return bool(view.date or other.date) and same_event(view, other, need_topic=not (view.date and other.date))


def _candidate_events(session: Session, r: MentionRow,
                      held: dict[int, list[tuple[int, frozenset[str]]]]) -> tuple[set[int], set[int]]:
    """A dated report's (events sharing an actor in its date window, events sharing an actor and
    its topic, of those in `held`: actor -> [(event, its reports' terms among the frontier's)])."""
    view = _mention_view(r, 0)
    actors = set(view.delegations | view.people)
    exact, prefixes = compatible_dates(r.date, r.precision)  # type: ignore[arg-type]
    by_date = events_with_actors(session, actors, dates=exact, prefixes=prefixes)
    keys = term_keys(r.topic)  # what topic_terms_among holds, its events' terms
    return by_date, {e for a in actors for e, terms in held.get(a, ()) if len(terms & keys) >= TOPIC_MIN_SHARED}


def _reach(dated: list[MentionRow]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The dates of the reports through which a stored event can join one of these dated reports
    on dates: their compatible dates (a superset of what dates_fit accepts). Otherwise it can
    only join through an undated report of its own whose topic fits one of them (need_topic:
    per report, so that report alone must share the terms). None when there are none."""
    if not dated:
        return None
    exact: set[str] = set()
    prefixes: set[str] = set()
    for r in dated:
        dates, starts = compatible_dates(r.date, r.precision)  # type: ignore[arg-type]
        exact |= set(dates)
        prefixes |= set(starts)
    return tuple(sorted(exact)), tuple(sorted(prefixes))


def _undated_in_reach(session: Session, actors: set[int], reach: tuple[tuple[str, ...], tuple[str, ...]] | None,
                      looking: list[ClusterView]) -> dict[int, list[tuple[int, frozenset[str]]]]:
    """actor -> [(event, topic)] of the undated reports of the actors' events that some looking
    report could join on dates (a report dated within `reach`) or without one, on its people,
    delegations, people met, place and type (storage/undated_reach)."""
    looks = {Look(v.people, v.delegations, v.counterparts, v.location, v.location_country, v.type == "call") for v in looking}
    dates, prefixes = reach if reach is not None else ((), ())
    return undated_reports_in_reach(session, actors, dates=dates, prefixes=prefixes, looks=looks)


def _out_of_reach(session: Session, event_ids: set[int], looking: list[ClusterView]) -> set[int]:
    """Events none of the looking reports could join, judged on their reports' dates and topics
    alone (one light query, instead of reading every report and participant of them: a popular
    actor's generic words are shared, over the union of an event's reports, by hundreds of
    events, but by a few report by report, which is how topic_fits compares them).

    Never drops an event may_join would accept: a dated looking report joins the event (or one
    of its reports) on dates only through a report dated to fit (the event's own date is one of
    its reports' dates), otherwise through an undated report of it (or, for an undated event,
    the event, whose topics are its reports') whose topic fits its own; an undated looking
    report only joins a dated event (so one with a dated report), and only when one of its
    reports' topics fits its own (topic_fits, over the event's or that report's topics)."""
    reports: dict[int, list[tuple[ClusterView, frozenset[str]]]] = {}
    for event_id, date, precision, basis, topic in mention_dates(session, event_ids):
        reports.setdefault(event_id, []).append((ClusterView(0, frozenset(), date, precision, basis, "", None, None,
                                                             frozenset(), frozenset(), ()), frozenset(topic.split())))
    return {e for e in event_ids if not any(_may_reach(v, reports.get(e, [])) for v in looking)}


def _may_reach(v: ClusterView, reports: list[tuple[ClusterView, frozenset[str]]]) -> bool:
    (topic,) = v.topics
    if v.date:
        return any(dates_fit(v, m) if m.date else _terms_fit(topic, terms) for m, terms in reports)
    return any(m.date for m, _ in reports) and any(_terms_fit(topic, terms) for _, terms in reports)


# --------------------------------------------------------------------------- canonical clustering

def _only_date_fit(view: ClusterView, fits: list[ClusterView]) -> int | None:
    """The dated event an undated report joins: the only one that fits, or, when several events
    of one date fit (the steps of one trip: arrival, talks), the date it takes is supported
    whichever it joins, so it joins the one sharing most delegations, the first-reported on a tie
    (a report that gives no day mostly tells the start of the trip). Otherwise none."""
    if not fits or len({(f.date, f.precision) for f in fits}) > 1:
        return None
    return max(fits, key=lambda f: (len(view.delegations & f.delegations), -f.id)).id


def canonical_clusters(rows: list[MentionRow], fixed: set[int] = frozenset()) -> list[list[MentionRow]]:
    """Dated reports first, each (in content order) joining the closest dated event it fits;
    then each undated report joins a dated event only when exactly one fits, every undated
    report judged against the same dated events (so none depends on another's arrival).
    The reports of `fixed` events (a person's decision) stay together; others may join them."""
    ordered = sorted(rows, key=_canonical)
    clusters: list[list[MentionRow]] = []
    for r in ordered:  # events that stay as they are come first, in the order of their first report
        if r.event_id in fixed and not any(c[0].event_id == r.event_id for c in clusters):
            clusters.append([m for m in ordered if m.event_id == r.event_id])
    views = [_cluster_view(c, n) for n, c in enumerate(clusters)]
    ordered = [r for r in ordered if r.event_id not in fixed]
    # reports that name people first: one of an article's reports that names nobody ("talks were held in
    # Moscow with the Taliban") must not take the place of the same article's report of the meeting that
    # another article's report names the same people in ("Lavrov met the Taliban" told by both)
    dated = sorted((r for r in ordered if r.date), key=lambda r: not _mention_view(r, -1).people)
    for r in dated:
        view = _mention_view(r, -1)
        fits = [v for v in views if v.date and not (v.sources & view.sources) and same_event(view, v, need_topic=False)]
        if fits:
            best = max(fits, key=lambda c: _closeness(view, c))
            clusters[best.id].append(r)
            views[best.id] = _cluster_view(clusters[best.id], best.id)
        else:
            clusters.append([r])
            views.append(_cluster_view([r], len(views)))
    joins: dict[int, list[MentionRow]] = {}
    alone: list[list[MentionRow]] = []
    for r in (r for r in ordered if not r.date):
        view = _mention_view(r, -1)
        fits = [v for v in views if v.date and not (v.sources & view.sources) and same_event(view, v, need_topic=True)]
        target = _only_date_fit(view, fits)
        if target is not None:
            joins.setdefault(target, []).append(r)
        else:
            alone.append([r])
    for key, extra in joins.items():
        clusters[key] += extra
    return clusters + alone
