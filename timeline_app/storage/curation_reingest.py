"""Re-ingest of an edited source keeps the analyst's decisions.

An edited file's reports are deleted and extracted again, which gives them new ids; without
help, a report the analyst had merged into an event, or hidden, would land in a fresh event of
its own (re-created, visible again). So before the old reports go, `remember` notes, for every
report of an event a human decided about (curated or hidden), the exact text of its evidence;
after the new reports are stored, `reattach` puts each new report whose evidence says the same
thing back into that event, instead of letting the merge place it. Evidence an analyst selected
by hand is found again in the new text and recreated. An event none of whose evidence is found
again stays, marked "source gone" (repository.refresh_event).
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from .models import Article, Document, Event, Evidence, Mention, MentionParticipant
from .repository import assign_mention


@dataclass(frozen=True)
class HandMade:
    event_id: int
    quote: str
    type: str
    date: str | None
    precision: str
    basis: str
    location: str | None
    participants: tuple[tuple[int, str, str | None, int | None], ...]


@dataclass
class Remembered:
    # all the evidence of a report -> its event, once per report (two reports may quote alike)
    by_report: dict[frozenset[str], list[int]] = field(default_factory=dict)
    by_quote: dict[str, set[int]] = field(default_factory=dict)  # one evidence text -> the events it was in
    hand_made: list[HandMade] = field(default_factory=list)

    def target(self, quotes: list[str], alive: set[int]) -> int | None:
        """The decided-about event a new report belongs to: the same evidence exactly; else a
        quote that was in one such event only; else evidence that contains, or is contained in,
        the evidence of one such event only (an edit may widen or narrow a span)."""
        same = self.by_report.get(frozenset(quotes), [])
        for n, event_id in enumerate(same):
            if event_id in alive:
                return same.pop(n)  # each old report is matched once
        for pick in (self._same_quote, self._overlapping):
            events = pick(quotes) & alive
            if len(events) == 1:
                return events.pop()
        return None

    def _same_quote(self, quotes: list[str]) -> set[int]:
        return set().union(*(self.by_quote.get(q, set()) for q in quotes)) if quotes else set()

    def _overlapping(self, quotes: list[str]) -> set[int]:
        return {e for old, events in self.by_quote.items() for q in quotes if q and (old in q or q in old) for e in events}


def remember(session: Session, document_id: int) -> Remembered:
    """Before the document's reports are deleted: which decided-about event each quote was in."""
    out = Remembered()
    rows = session.execute(
        select(Mention, Evidence.start, Evidence.end)
        .join(Event, Event.id == Mention.event_id)
        .join(Evidence, Evidence.mention_id == Mention.id)
        .where(Mention.document_id == document_id, or_(Event.curated != "", Event.hidden))
        .order_by(Mention.id, Evidence.start)
    ).all()
    if not rows:  # nothing decided about in this document: its text (often large) is not read
        return out
    text = session.scalar(select(Document.text).where(Document.id == document_id)) or ""
    seen_hand_made: set[int] = set()
    reports: dict[int, tuple[int, list[str]]] = {}
    for mention, start, end in rows:
        quote = text[start:end].strip()
        if not quote:
            continue
        if not mention.curated:
            reports.setdefault(mention.id, (mention.event_id, []))[1].append(quote)
            out.by_quote.setdefault(quote, set()).add(mention.event_id)
            continue
        if mention.curated:
            if mention.id in seen_hand_made:
                continue
            seen_hand_made.add(mention.id)
            people = tuple(tuple(r) for r in session.execute(
                select(MentionParticipant.actor_id, MentionParticipant.role, MentionParticipant.title, MentionParticipant.organization_id)
                .where(MentionParticipant.mention_id == mention.id)
            ).all())
            out.hand_made.append(HandMade(mention.event_id, quote, mention.type, mention.date, mention.precision,
                                          mention.basis, mention.location, people))
    for event_id, quotes in reports.values():
        out.by_report.setdefault(frozenset(quotes), []).append(event_id)
    return out


def reattach(session: Session, kept: Remembered, document_id: int, mention_ids: list[int]) -> list[int]:
    """After the new reports are stored: put those saying what a decided-about event's reports
    said back into that event. Returns the reports left for the ordinary merge."""
    if not kept.by_report and not kept.hand_made:
        return mention_ids
    text = session.scalar(select(Document.text).where(Document.id == document_id)) or ""
    alive = set(session.scalars(select(Event.id).where(Event.id.in_(
        {*(e for events in kept.by_report.values() for e in events), *(h.event_id for h in kept.hand_made)}))))
    quotes: dict[int, list[str]] = defaultdict(list)
    for mention_id, start, end in session.execute(
        select(Evidence.mention_id, Evidence.start, Evidence.end).where(Evidence.mention_id.in_(mention_ids)).order_by(Evidence.start)
    ):
        quotes[mention_id].append(text[start:end].strip())
    left: list[int] = []
    for mention_id in mention_ids:
        target = kept.target(quotes.get(mention_id, []), alive)
        if target is None:
            left.append(mention_id)
        else:
            assign_mention(session, mention_id, target)
    for made in kept.hand_made:
        _recreate(session, made, document_id, text, alive)
    return left


def _recreate(session: Session, made: HandMade, document_id: int, text: str, alive: set[int]) -> None:
    start = text.find(made.quote)
    if start < 0 or made.event_id not in alive:
        return  # not in the new text: the event stays, marked "source gone" if nothing else is left
    end = start + len(made.quote)
    article = session.scalar(select(Article.id).where(Article.document_id == document_id, Article.start <= start, Article.end >= end).limit(1))
    mention = Mention(document_id=document_id, article_id=article, event_id=None, date=made.date, precision=made.precision,
                      basis=made.basis, date_text=None, type=made.type, location=made.location, location_country=None,
                      topic="", curated=True)
    session.add(mention)
    session.flush()
    session.add(Evidence(mention_id=mention.id, document_id=document_id, start=start, end=end))
    for actor_id, role, title, org in made.participants:
        session.add(MentionParticipant(mention_id=mention.id, actor_id=actor_id, role=role, title=title, organization_id=org))
    session.flush()
    assign_mention(session, mention.id, made.event_id)
