"""ORM tables (SQLAlchemy 2.0 declarative style).

Two layers of event data are kept on purpose:

* a *mention* is what one document says about one event (its own date, place, participants and
  evidence spans). Mentions belong to their document and are replaced when the file changes;
* an *event* is the cluster of mentions that report the same real-world meeting. Its date, place
  and participants are recomputed from its mentions, so re-ingesting or deleting a document can
  never leave stale facts behind: an event without mentions is deleted.
"""
from __future__ import annotations

from datetime import datetime, timezone
from typing import Optional

from sqlalchemy import BigInteger, Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false, true
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def _utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Key/value facts about the database itself: application id, schema version, revision."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(256))


class Document(Base):
    __tablename__ = "documents"
    __table_args__ = (Index("uq_documents_content_hash", "content_hash", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(String(4096), unique=True)
    content_hash: Mapped[str] = mapped_column(String(64))  # unique: one stored copy of any content
    size: Mapped[int] = mapped_column(BigInteger)
    mtime_ns: Mapped[int] = mapped_column(BigInteger, default=0)  # nanoseconds since 1970: needs 64 bits
    encoding: Mapped[str] = mapped_column(String(32))
    text: Mapped[str] = mapped_column(Text)
    published: Mapped[Optional[str]] = mapped_column(String(10))
    published_how: Mapped[str] = mapped_column(String(64), default="none")
    ingested_at: Mapped[datetime] = mapped_column(default=_utcnow)

    articles: Mapped[list["Article"]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )
    mentions: Mapped[list["Mention"]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )

    def __repr__(self) -> str:
        return f"Document(id={self.id!r}, path={self.path!r})"


class Article(Base):
    """One article inside a document (a saved page can hold several)."""

    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    headline: Mapped[Optional[str]] = mapped_column(String(1024))
    published: Mapped[Optional[str]] = mapped_column(String(10))
    published_how: Mapped[str] = mapped_column(String(64), default="none")
    published_start: Mapped[Optional[int]] = mapped_column(Integer)
    published_end: Mapped[Optional[int]] = mapped_column(Integer)

    document: Mapped[Document] = relationship(back_populates="articles")


class Actor(Base):
    """A person or an organisation (movement, government, other body), under one canonical name."""

    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(512), unique=True)
    kind: Mapped[str] = mapped_column(String(16))  # person | movement | government | organisation
    fold_key: Mapped[str] = mapped_column(String(512), index=True)
    affiliation_id: Mapped[Optional[int]] = mapped_column(ForeignKey("actors.id", ondelete="SET NULL"))

    affiliation: Mapped[Optional["Actor"]] = relationship(remote_side="Actor.id")
    aliases: Mapped[list["Alias"]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", passive_deletes=True
    )

    def __repr__(self) -> str:
        return f"Actor(id={self.id!r}, name={self.name!r}, kind={self.kind!r})"


class Alias(Base):
    __tablename__ = "aliases"
    __table_args__ = (UniqueConstraint("actor_id", "fold_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    alias: Mapped[str] = mapped_column(String(512))
    fold_key: Mapped[str] = mapped_column(String(512), index=True)

    actor: Mapped[Actor] = relationship(back_populates="aliases")


class Event(Base):
    __tablename__ = "events"
    __table_args__ = (Index("ix_events_sort", "sort_key", "id"), Index("ix_events_date", "date"))

    id: Mapped[int] = mapped_column(primary_key=True)
    date: Mapped[Optional[str]] = mapped_column(String(10))  # 2021-02-04 | 2022-05 | 2022 | NULL
    precision: Mapped[str] = mapped_column(String(8))  # day | month | year | unknown
    basis: Mapped[str] = mapped_column(String(16))  # explicit | relative | publication | corroborated | unknown
    type: Mapped[str] = mapped_column(String(16))  # visit | meeting | talks | call
    location: Mapped[Optional[str]] = mapped_column(String(256))
    title: Mapped[str] = mapped_column(String(1024))
    sort_key: Mapped[str] = mapped_column(String(10), default="9999")
    # curation (schema 4; see storage/curation_state.py): what a human decided survives re-ingest
    curated: Mapped[str] = mapped_column(String(128), default="", server_default="")  # owned fields, comma-separated
    hidden: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    confidence: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")
    source_gone: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    mentions: Mapped[list["Mention"]] = relationship(back_populates="event")
    participants: Mapped[list["Participant"]] = relationship(
        back_populates="event", cascade="all, delete-orphan", passive_deletes=True
    )

    def __repr__(self) -> str:
        return f"Event(id={self.id!r}, date={self.date!r}, title={self.title!r})"


class Mention(Base):
    """What one article of one document reports about one event."""

    __tablename__ = "mentions"
    __table_args__ = (Index("ix_mentions_date", "date"),)  # schema 5: the merge finds reports by date

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    # schema 6: indexed, or deleting a document's articles (every re-ingest of an edited file)
    # made SQLite check the foreign key by reading every report in the database
    article_id: Mapped[Optional[int]] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    event_id: Mapped[Optional[int]] = mapped_column(ForeignKey("events.id", ondelete="SET NULL"), index=True)
    date: Mapped[Optional[str]] = mapped_column(String(10))
    precision: Mapped[str] = mapped_column(String(8))
    basis: Mapped[str] = mapped_column(String(16))
    date_text: Mapped[Optional[str]] = mapped_column(String(256))
    type: Mapped[str] = mapped_column(String(16))
    location: Mapped[Optional[str]] = mapped_column(String(256))
    location_country: Mapped[Optional[str]] = mapped_column(String(128))
    topic: Mapped[str] = mapped_column(Text, default="")  # space-separated topic terms
    curated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # made by hand from a span

    document: Mapped[Document] = relationship(back_populates="mentions")
    article: Mapped[Optional[Article]] = relationship()
    event: Mapped[Optional[Event]] = relationship(back_populates="mentions")
    participants: Mapped[list["MentionParticipant"]] = relationship(
        back_populates="mention", cascade="all, delete-orphan", passive_deletes=True
    )
    evidence: Mapped[list["Evidence"]] = relationship(
        back_populates="mention", cascade="all, delete-orphan", passive_deletes=True,
        order_by="Evidence.start",
    )


class MentionParticipant(Base):
    __tablename__ = "mention_participants"
    # schema 8: the merge finds the reports naming no person with a given delegation among a few
    # (undated_candidates), not among every report of a busy movement
    __table_args__ = (Index("ix_mention_participants_nobody_actor", "nobody_named", "actor_id", "mention_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(24))  # delegation | delegation_member | host | official
    title: Mapped[Optional[str]] = mapped_column(String(512))
    organization_id: Mapped[Optional[int]] = mapped_column(ForeignKey("actors.id", ondelete="SET NULL"))
    # schema 8: False only when its report is known to name a person (set when stored); True
    # when it names none or may (the actor's kind changed since), so the index never misses one
    nobody_named: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    mention: Mapped[Mention] = relationship(back_populates="participants")
    actor: Mapped[Actor] = relationship(foreign_keys=[actor_id])
    organization: Mapped[Optional[Actor]] = relationship(foreign_keys=[organization_id])


class Participant(Base):
    """An actor's part in an event, recomputed from the event's mentions."""

    __tablename__ = "participants"
    # schema 8: an actor's events that hold an undated report, found without reading all its events
    __table_args__ = (UniqueConstraint("event_id", "actor_id"),
                      Index("ix_participants_undated_actor", "undated_report", "actor_id", "event_id"))

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(24))
    title: Mapped[Optional[str]] = mapped_column(String(512))
    organization_id: Mapped[Optional[int]] = mapped_column(ForeignKey("actors.id", ondelete="SET NULL"))
    curated: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # added by hand
    # schema 8: False only when its event is known to hold no undated report (refresh_events
    # sets it); True when it holds one or may (a row written elsewhere), so the index never misses one
    undated_report: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    event: Mapped[Event] = relationship(back_populates="participants")
    actor: Mapped[Actor] = relationship(foreign_keys=[actor_id])
    organization: Mapped[Optional[Actor]] = relationship(foreign_keys=[organization_id])


class Evidence(Base):
    """A span of a document's stored text that supports a mention (offsets into Document.text)."""

    __tablename__ = "evidence"
    __table_args__ = (Index("uq_evidence_span", "mention_id", "start", "end", unique=True),)

    id: Mapped[int] = mapped_column(primary_key=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id", ondelete="CASCADE"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)

    mention: Mapped[Mention] = relationship(back_populates="evidence")
