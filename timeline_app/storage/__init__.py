"""Persistence (SQLAlchemy 2.0 ORM); never imports PySide6 or the ingest package."""
from .db import Database, DatabaseError, resolve_url

__all__ = ["Database", "DatabaseError", "resolve_url"]
