"""Core statements compiled once per dialect and run on the DBAPI cursor of the session's connection.

The ingest writer runs ~30 small statements per page. Through `Connection.execute` each costs
about 120 microseconds of SQLAlchemy's Python (cache key, parameter processing, the expanding
IN rendering, the result proxy) on top of the ~40 the database needs: most of the writer's time.
The statements stay SQLAlchemy Core (written against the models' tables, compiled by the
dialect); only the execution skips the per-call machinery: the SQL text is compiled once, an
expanding IN list becomes as many placeholders as it has values (the text cached per length),
and rows come back as plain tuples from the same DBAPI connection, inside the same transaction
and savepoints.

What the shortcut gives up, and why that is fine here: type processing (every column these
statements read or write is an int, a str, a float or a bool, which both drivers pass as they
are; a Boolean read on SQLite comes back as 0/1 and is only tested for truth), and SQLAlchemy's
events on cursor execution (none are used). DBAPI errors are raised as SQLAlchemy's exceptions
(IntegrityError, OperationalError...), as `Connection.execute` raises them, so callers keep
catching `SQLAlchemyError`.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial
from typing import Any

from sqlalchemy import Boolean, Connection, exc
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement

MAX_TEXTS = 512  # SQL texts kept per statement (one per combination of list lengths)


class _Compiled:
    """One statement's SQL for one dialect, as text pieces and the parameters between them."""

    def __init__(self, statement: ClauseElement, conn: Connection, column_keys: Sequence[str] | None) -> None:
        dialect = conn.dialect
        compiled = statement.compile(dialect=dialect, column_keys=list(column_keys) if column_keys is not None else None)
        sql = compiled.string
        self.positional = bool(compiled.positional)
        self.placeholder = "?" if dialect.paramstyle == "qmark" else "%s"
        if self.positional and self.placeholder != "?":
            raise NotImplementedError(f"paramstyle {dialect.paramstyle}")
        # split into text pieces and parameters, each parameter (name, expanding)
        names = list(compiled.positiontup or ())
        if self.positional:
            token = re.compile(r"\?|__\[POSTCOMPILE_(\w+)\]")
        else:
            token = re.compile(r"%\((\w+)\)s|__\[POSTCOMPILE_(\w+)\]")
        self.pieces: list[str] = []
        self.params: list[tuple[str, bool]] = []
        at = 0
        expanding = set(compiled.post_compile_params and (p.key for p in compiled.post_compile_params) or ())
        for n, match in enumerate(token.finditer(sql)):
            self.pieces.append(sql[at:match.start()])
            at = match.end()
            if self.positional:
                name = match.group(1) or names[n]
            else:
                name = match.group(1) or match.group(2)
            self.params.append((name, name in expanding or match.group(0).startswith("__[")))
        self.pieces.append(sql[at:])
        if not self.positional:
            self.pieces = [p.replace("%%", "%") for p in self.pieces]  # re-escaped below, once per text
        self.escape = not self.positional
        self.defaults, self.computed = _defaults(statement, compiled)
        # the few types the driver cannot take as they are (a timestamp on SQLite): converted
        processors = {name: bind.type.dialect_impl(dialect).bind_processor(dialect) for name, bind in compiled.binds.items()}
        self.processors = {name: fn for name, fn in processors.items()
                           if fn is not None and not isinstance(compiled.binds[name].type, Boolean)}
        self.simple = not any(e for _, e in self.params)
        # an empty list renders as IN (NULL), which matches nothing: right for IN, wrong for NOT IN
        self.negated = {name for (name, expanding), piece in zip(self.params, self.pieces)
                        if expanding and piece.rstrip().upper().endswith("NOT IN (")}
        self._texts: dict[tuple[int, ...], str] = {}
        # what text() needs on every call, worked out once (it runs ~35 times per stored page)
        self._expanding = [name for name, expanding in self.params if expanding]
        self._plan = [(name, expanding, self.processors.get(name)) for name, expanding in self.params]
        self._names = [name for name, _ in self.params] if self.simple and not self.processors else None

    def text(self, params: Mapping[str, Any]) -> tuple[str, list[Any]]:
        """The SQL for these values (an expanding list as many placeholders as it holds) and the
        positional values in order."""
        if self.defaults or self.computed:
            params = self._completed(params)
        lengths = tuple([_padded(len(params[name])) for name in self._expanding]) if self._expanding else ()
        sql = self._texts.get(lengths)
        if sql is None:
            if any(not params[name] for name in self.negated):
                raise ValueError("NOT IN an empty list")
            if len(self._texts) >= MAX_TEXTS:
                self._texts.clear()
            out = [self._escaped(self.pieces[0])]
            counts = iter(lengths)
            for (name, expanding), piece in zip(self.params, self.pieces[1:]):
                if expanding:
                    n = next(counts)
                    # an empty list: a NULL that matches nothing, as SQLAlchemy renders it
                    out.append(", ".join([self.placeholder] * n) if n else "NULL")
                else:
                    out.append(self.placeholder)
                out.append(self._escaped(piece))
            sql = self._texts[lengths] = "".join(out)
        if self._names is not None:  # no lists, nothing to convert: the values in order
            return sql, [params[name] for name in self._names]
        values: list[Any] = []
        for name, expanding, processor in self._plan:
            if expanding:
                listed = params[name]
                padded = _padded(len(listed))
                if len(listed) != padded:  # the last value again: IN ignores repeats
                    listed = [*listed, *[listed[-1]] * (padded - len(listed))]
                values.extend(map(processor, listed) if processor is not None else listed)
            else:
                values.append(processor(params[name]) if processor is not None else params[name])
        return sql, values

    def values(self, row: Mapping[str, Any]) -> list[Any]:
        """A simple statement's positional values for one parameter set."""
        if self.defaults or self.computed:
            row = self._completed(row)
        if self.processors:
            processors = self.processors
            return [processors[name](row[name]) if name in processors else row[name] for name, _ in self.params]
        return [row[name] for name, _ in self.params]

    def _completed(self, params: Mapping[str, Any]) -> dict[str, Any]:
        done = {**self.defaults, **params}
        for name, make in self.computed.items():
            if name not in params:
                done[name] = make()
        return done

    def _escaped(self, piece: str) -> str:
        return piece.replace("%", "%%") if self.escape else piece


class FastStatement:
    """A Core statement run on the DBAPI cursor (see the module doc). Build it once, at import."""

    def __init__(self, statement: ClauseElement) -> None:
        self.statement = statement
        self._compiled: dict[tuple[str, tuple[str, ...] | None], _Compiled] = {}

    def _for(self, conn: Connection, column_keys: Sequence[str] | None = None) -> _Compiled:
        key = (conn.dialect.name, tuple(column_keys) if column_keys is not None else None)
        compiled = self._compiled.get(key)
        if compiled is None:
            compiled = self._compiled[key] = _Compiled(self.statement, conn, column_keys)
        return compiled

    def rows(self, conn: Connection, params: Mapping[str, Any] | None = None) -> list[tuple]:
        """Every row, as plain tuples."""
        sql, values = self._for(conn).text(params or {})
        cursor = _cursor(conn)
        try:
            cursor.execute(sql, values)
            return cursor.fetchall()
        except conn.dialect.loaded_dbapi.Error as error:
            raise _translated(conn, sql, values, error) from error
        finally:
            cursor.close()

    def scalars(self, conn: Connection, params: Mapping[str, Any] | None = None) -> list[Any]:
        return [r[0] for r in self.rows(conn, params)]

    def run(self, conn: Connection, params: Mapping[str, Any] | None = None) -> None:
        """Execute a statement that returns nothing (an UPDATE or DELETE)."""
        sql, values = self._for(conn).text(params or {})
        cursor = _cursor(conn)
        try:
            cursor.execute(sql, values)
        except conn.dialect.loaded_dbapi.Error as error:
            raise _translated(conn, sql, values, error) from error
        finally:
            cursor.close()

    def many(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        """executemany over parameter sets that all have the keys of the first (an INSERT of
        plain dicts, or an UPDATE by bound parameters)."""
        if not rows:
            return
        keys = list(rows[0])
        compiled = self._for(conn, keys if _is_insert(self.statement) else None)
        if not compiled.simple:
            raise ValueError("executemany with an expanding parameter")
        sql, _ = compiled.text(rows[0])
        values = [compiled.values(r) for r in rows]
        cursor = _cursor(conn)
        try:
            cursor.executemany(sql, values)
        except conn.dialect.loaded_dbapi.Error as error:
            raise _translated(conn, sql, values[:1], error) from error
        finally:
            cursor.close()

    def insert_ids(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> list[int]:
        """Insert rows one statement each (the statement has RETURNING id) and return their ids in
        the order given: a row's own RETURNING is the only order both databases guarantee."""
        if not rows:
            return []
        compiled = self._for(conn, list(rows[0]))
        sql, _ = compiled.text(rows[0])
        cursor = _cursor(conn)
        ids: list[int] = []
        try:
            for r in rows:
                cursor.execute(sql, compiled.values(r))
                ids.append(cursor.fetchone()[0])
        except conn.dialect.loaded_dbapi.Error as error:
            raise _translated(conn, sql, [], error) from error
        finally:
            cursor.close()
        return ids


def _padded(n: int) -> int:
    """The number of placeholders for an expanding list of n values: the next power of two, so
    that lists of varying lengths share a few SQL texts (each new text is parsed and planned by
    the database again: for the merge's larger lookups that cost more than running them). Long
    lists are left as they are (never over the databases' limits on parameters)."""
    return n if n <= 2 or n > 1024 else 1 << (n - 1).bit_length()


def _defaults(statement: ClauseElement, compiled: Any) -> tuple[dict[str, Any], dict[str, Callable[[], Any]]]:
    """Values the statement carries itself: literals bound in it (`kind == "person"`) and, for an
    INSERT, the columns' Python-side defaults (`Event.hidden = False`, a timestamp), which
    SQLAlchemy fills in at execution: (scalar values, functions computing the others)."""
    values = {k: v for k, v in compiled.params.items() if v is not None and not _is_symbol(v)}
    computed: dict[str, Callable[[], Any]] = {}
    if _is_insert(statement):
        for column in statement.table.columns:  # type: ignore[attr-defined]
            default = column.default
            if default is None or column.key in values or column.key not in compiled.binds:
                continue
            if default.is_scalar:
                values[column.key] = default.arg
            elif default.is_callable:
                computed[column.key] = partial(default.arg, None)  # SQLAlchemy's wrapper takes a context
    return values, computed


def _is_symbol(value: Any) -> bool:
    return type(value).__name__ == "symbol"  # sqlalchemy's REQUIRED marker


def _cursor(conn: Connection) -> Any:
    return conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]


def _is_insert(statement: ClauseElement) -> bool:
    return getattr(statement, "is_insert", False)


def _translated(conn: Connection, sql: str, values: Iterable[Any], error: Exception) -> exc.DBAPIError:
    """The DBAPI error as SQLAlchemy's exception class for it (what Connection.execute raises)."""
    dialect = conn.dialect
    return exc.DBAPIError.instance(sql, list(values), error, dialect.loaded_dbapi.Error, dialect=dialect)


_CONNECTION = "timeline_app.fast_sql.connection"


def connection(session: Session) -> Connection:
    """`session.connection()`, remembered for the session's current (innermost) transaction.

    The writer asks for it ~30 times per page and each call walks SQLAlchemy's transaction state
    machinery. Remembered per transaction object, not per session: a savepoint is emitted when
    its transaction first asks for the connection, so a new savepoint still goes through
    `session.connection()` once."""
    current = session.get_nested_transaction() or session.get_transaction()
    known = session.info.get(_CONNECTION)
    if known is not None and known[0] is current and current is not None:
        return known[1]
    conn = session.connection()
    session.info[_CONNECTION] = (session.get_nested_transaction() or session.get_transaction(), conn)
    return conn
