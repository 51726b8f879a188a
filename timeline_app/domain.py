"""Plain dataclasses that cross layer boundaries (no Qt, no SQLAlchemy).

ingest produces `DocumentExtraction`; storage turns rows into `EventRow`/`SourceRow` for the
GUI and the exporters, so no ORM object ever leaves a session and no widget ever parses text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

PRECISIONS = ("day", "month", "year", "unknown")
BASES = ("explicit", "relative", "publication", "corroborated", "unknown")
EVENT_TYPES = ("visit", "meeting", "talks", "call")
ROLES = ("delegation", "delegation_member", "host", "official")


@dataclass(frozen=True)
class ActorRef:
    """An actor as the extractor resolved it: canonical name plus the spellings it saw."""

    name: str
    kind: str  # person | movement | government | organisation
    affiliation: str | None = None
    affiliation_kind: str | None = None
    variants: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParticipantRef:
    actor: ActorRef
    role: str  # one of ROLES
    title: str | None = None


@dataclass
class ArticleInfo:
    position: int
    start: int
    end: int
    headline: str | None
    published: str | None  # ISO day
    published_how: str  # dateline | header | byline | none
    published_span: tuple[int, int] | None = None


@dataclass
class EventMention:
    """One event as reported by one article, with the spans of text that say so."""

    article: int
    type: str
    date: str | None
    precision: str
    basis: str
    date_text: str | None
    location: str | None
    location_country: str | None
    participants: list[ParticipantRef]
    evidence: list[tuple[int, int]]
    topic: tuple[str, ...] = ()


@dataclass
class DocumentExtraction:
    articles: list[ArticleInfo] = field(default_factory=list)
    mentions: list[EventMention] = field(default_factory=list)


# ----------------------------------------------------------------------------- read side

@dataclass(frozen=True)
class OfficialRow:
    name: str
    organization: str | None
    role: str | None


@dataclass(frozen=True)
class EventRow:
    """What the timeline, the table and the filters need to know about an event."""

    id: int
    title: str
    type: str
    date: str | None
    precision: str
    basis: str
    location: str | None
    delegations: tuple[str, ...]
    officials: tuple[OfficialRow, ...]
    source_count: int
    status: str = ""  # curation: "curated", "reviewed", "needs review", "source gone" or ""
    confidence: float = 0.0


Official = tuple[str, "str | None", "str | None"]  # name, organization, role (title)


@dataclass
class EventColumns:
    """All events in date order (undated last), one list per field; plain data for any thread."""

    ids: list[int] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    dates: list[str | None] = field(default_factory=list)
    precisions: list[str] = field(default_factory=list)
    bases: list[str] = field(default_factory=list)
    locations: list[str | None] = field(default_factory=list)
    delegations: list[tuple[str, ...]] = field(default_factory=list)
    officials: list[tuple[Official, ...]] = field(default_factory=list)
    source_counts: list[int] = field(default_factory=list)
    # curation: "curated", "reviewed", "needs review", "source gone" or "" (empty lists: unknown)
    statuses: list[str] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)

    def row(self, i: int) -> EventRow:
        return EventRow(
            id=self.ids[i], title=self.titles[i], type=self.types[i], date=self.dates[i],
            precision=self.precisions[i], basis=self.bases[i], location=self.locations[i],
            delegations=self.delegations[i], officials=tuple(OfficialRow(*o) for o in self.officials[i]),
            source_count=self.source_counts[i],
            status=self.statuses[i] if self.statuses else "", confidence=self.confidences[i] if self.confidences else 0.0,
        )

    @classmethod
    def from_rows(cls, rows: list[EventRow]) -> "EventColumns":
        """Columns from `load_event_rows` output (small databases, tests)."""
        return cls(
            ids=[r.id for r in rows], titles=[r.title for r in rows], types=[r.type for r in rows],
            dates=[r.date for r in rows], precisions=[r.precision for r in rows], bases=[r.basis for r in rows],
            locations=[r.location for r in rows], delegations=[tuple(r.delegations) for r in rows],
            officials=[tuple((o.name, o.organization, o.role) for o in r.officials) for r in rows],
            source_counts=[r.source_count for r in rows],
            statuses=[r.status for r in rows], confidences=[r.confidence for r in rows],
        )


@dataclass(frozen=True)
class SourceRow:
    document_id: int
    document: str
    published: str | None
    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class DocumentText:
    id: int
    path: str
    text: str
    published: str | None
