"""What a projection is: its tables and a dispatcher run once per notification, inside one transaction."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any, Protocol, TypeVar

from eventsourcing.persistence import Notification
from sqlalchemy import (
    BigInteger,
    Column,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    and_,
    bindparam,
    or_,
    select,
)
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.selectable import NamedFromClause

T = TypeVar("T")

metadata = MetaData()

positions = Table(
    "projection_positions",
    metadata,
    Column("name", String, primary_key=True),
    Column("notification_id", Integer, nullable=False),
)

#: read models marked stale: a notification they could not take (they stop there until rebuilt)
faults = Table(
    "projection_faults",
    metadata,
    Column("name", String, primary_key=True),
    Column("notification_id", BigInteger, nullable=False),
    Column("message", String, nullable=False),
    Column("at", DateTime, nullable=False),
)

#: the layout of the read models; raise it when a table changes, and every store rebuilds its read models
SCHEMA_VERSION = 16
schema = Table("read_model_schema", metadata, Column("version", Integer, nullable=False))

# Temporal rows: a row's state began at notification `valid_from` and ended at `valid_to` (NULL: current).
# "As of" notification N is valid_from <= N < valid_to, so any ledger can be shown as it stood, without replay.
OPEN = 2**62


def temporal_columns() -> list[Column[Any]]:
    # Not indexed on purpose: most rows are current, so an index on valid_to would tempt SQLite's planner
    # away from the selective key index (a lookup by code became a scan of every row).
    return [
        Column("valid_from", BigInteger, nullable=False),
        Column("valid_to", BigInteger, nullable=False, default=OPEN),
    ]


def as_of(table: Table | NamedFromClause, notification_id: int | None) -> ColumnElement[bool]:
    """The rows in force at a notification id (None: now)."""
    if notification_id is None:
        return table.c.valid_to == OPEN
    return and_(table.c.valid_from <= notification_id, or_(table.c.valid_to > notification_id))


def with_history(table: Table, notification_id: int | None, corrections: Any) -> ColumnElement[bool]:
    """显示已作废/已更正: the rows in force at a notification id (a voided record's among them) and the
    versions a correction replaced (`corrections`: the notification ids of corrections) — not the versions
    a record's ordinary progress replaced, nor those of a record voided since (its voided row stands
    for it)."""
    c = table.c
    voided_now = select(c.code).where(as_of(table, notification_id), c.voided.is_(True))
    superseded = and_(c.valid_to != OPEN, c.valid_to.in_(corrections))
    if notification_id is not None:
        superseded = and_(superseded, c.valid_from <= notification_id, c.valid_to <= notification_id)
    return or_(as_of(table, notification_id), and_(superseded, c.code.not_in(voided_now)))


def struck(row: Any, notification_id: int | None) -> str:
    """Why a row of a history view is struck through: 作废 (voided), 更正前 (superseded), or ""."""
    if row["voided"]:
        return "作废"
    if row["valid_to"] != OPEN and (notification_id is None or row["valid_to"] <= notification_id):
        return "更正前"
    return ""


def naive_utc(moment: datetime) -> datetime:
    """Read models store naive UTC datetimes (SQLite has no time zones)."""
    return moment.astimezone(UTC).replace(tzinfo=None)


@dataclass(frozen=True)
class Envelope:
    """One notification, decoded: what every projection's dispatcher receives."""

    notification: Notification
    event: Any
    recorded_at: datetime

    @property
    def id(self) -> int:
        return self.notification.id


class Projection(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def tables(self) -> tuple[Table, ...]: ...

    @property
    def event_topics(self) -> tuple[str, ...]:
        """The event topics (prefixes) this read model changes on; empty: every event."""
        ...

    def process(self, conn: Connection, envelope: Envelope) -> None:
        """Apply one event to this projection's tables (never commits)."""
        ...


def topics_of(*aggregates: type) -> tuple[str, ...]:
    """The topic prefixes of the events of these aggregate classes (`domain.visits:Visit.`)."""
    return tuple(f"{cls.__module__}:{cls.__qualname__}." for cls in aggregates)


def supersede(conn: Connection, table: Table, key: ColumnElement[bool], nid: int, **changes: Any) -> bool:
    """Ends the current row matched by `key` at `nid` and starts a new one with `changes`."""
    current = conn.execute(table.select().where(key, table.c.valid_to == OPEN)).mappings().first()
    if current is None:
        return False
    values = dict(current)
    row_id = values.pop("row_id", None)
    if all(values.get(k) == v for k, v in changes.items()):
        return True
    if row_id is not None:
        conn.execute(_ending(table), {"rid": row_id, "nid": nid})
    else:
        conn.execute(table.update().where(key, table.c.valid_to == OPEN).values(valid_to=nid))
    values.update(changes, valid_from=nid, valid_to=OPEN)
    conn.execute(table.insert(), values)
    return True


_ENDINGS: dict[str, Any] = {}


def _ending(table: Table) -> Any:
    """One prepared UPDATE per table that ends a row (built once: building statements per event is slow)."""
    if table.name not in _ENDINGS:
        _ENDINGS[table.name] = (
            table.update().where(table.c.row_id == bindparam("rid")).values(valid_to=bindparam("nid"))
        )
    return _ENDINGS[table.name]


#: statements compiled for the driver, per (what, dialect, columns): the SQL, and per parameter its name,
#: the value it has when a row does not give it, and SQLAlchemy's converter for its type
_DRIVER: dict[tuple[str, str, tuple[str, ...]], tuple[str, bool, list[tuple[str, Any, Any]]]] = {}


def executemany(
    conn: Connection,
    what: str,
    statement: Callable[[], Any],
    rows: Sequence[Mapping[str, Any]],
    defaults: Mapping[str, Any] | None = None,
) -> None:
    """One statement executed for many rows by the driver itself: compiled once per (`what`, dialect,
    columns), each value converted by SQLAlchemy's own converter for its column's type (so stored exactly
    as `conn.execute(statement, rows)` would store it), without SQLAlchemy building each row's
    parameters (a third of a rebuild's time). Every row gives the same columns, as for SQLAlchemy;
    `defaults`: the values of the parameters the rows leave out (else the statement's own)."""
    if not rows:
        return
    keys = tuple(rows[0])
    found = _DRIVER.get((what, conn.dialect.name, keys))
    if found is None:
        compiled = statement().compile(dialect=conn.dialect, column_keys=list(keys), for_executemany=True)
        names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds)
        params = []
        for name in names:
            bind = compiled.binds[name]
            default = (defaults or {}).get(name, bind.effective_value)
            params.append((name, default, bind.type.dialect_impl(conn.dialect).bind_processor(conn.dialect)))
        found = _DRIVER[(what, conn.dialect.name, keys)] = (str(compiled), compiled.positional, params)
    sql, positional, params = found
    names = [name for name, _default, _convert in params]
    converters = [(i, convert) for i, (_name, _default, convert) in enumerate(params) if convert]
    converted: list[list[Any]] = []
    if names and all(name in rows[0] for name in names):  # every value from the row: fetched at C speed
        fetch = itemgetter(*names)
        for row in rows:
            values = list(fetch(row)) if len(names) > 1 else [fetch(row)]
            for i, convert in converters:
                values[i] = convert(values[i])
            converted.append(values)
    else:  # some from the statement or the defaults; a column the first row gives, every row must give
        sources = [(name, name in rows[0], default, convert) for name, default, convert in params]
        for row in rows:
            values = [row[name] if given else default for name, given, default, _convert in sources]
            for i, convert in converters:
                values[i] = convert(values[i])
            converted.append(values)
    if positional:
        conn.exec_driver_sql(sql, [tuple(values) for values in converted])
    else:
        conn.exec_driver_sql(sql, [dict(zip(names, values, strict=True)) for values in converted])


def insert_many(conn: Connection, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """`conn.execute(table.insert(), rows)`, executed by the driver (`executemany`); a column the rows
    leave out takes its default (which must be a value, not computed)."""
    if rows:
        left_out = [c for c in table.c if c.name not in rows[0] and c.name != "row_id"]
        executemany(conn, f"insert:{table.name}", table.insert, rows, column_defaults(table, left_out))


def column_defaults(table: Table, columns: Iterable[Column[Any]] | None = None) -> dict[str, Any]:
    """Every column a row of `table` is written with (its default, or NULL), but a generated row_id: rows
    written together by one INSERT must all name the same columns. A default computed in Python or by
    the database cannot be written for it here, so such a table is refused at once. `columns`: only
    these."""
    found: dict[str, Any] = {}
    for col in table.c if columns is None else columns:
        if col.name == "row_id":
            continue
        if col.server_default is not None or (col.default is not None and not col.default.is_scalar):
            raise ValueError(f"{table.name}.{col.name}: a computed default; give the value in every row")
        found[col.name] = getattr(col.default, "arg", None) if col.default is not None else None
    return found


class TemporalBuffer:
    """A page's changes to one temporal table, made in memory and written set-wise at `flush()`: the
    rows it ends (one UPDATE executed for many) and the rows it starts (one INSERT for many). A row
    started and superseded within the page is written once, already ended. What is read of the table
    elsewhere in the page must come after a `flush()`.

    `key`: the columns naming a record (its current row is the one with valid_to = OPEN)."""

    def __init__(self, conn: Connection, table: Table, key: tuple[str, ...]) -> None:
        self.conn, self.table, self.key = conn, table, key
        self.current: dict[tuple[Any, ...], dict[str, Any]] = {}
        self._new: list[dict[str, Any]] = []
        self._pending: set[int] = set()  # id() of the rows in _new
        self._ends: list[dict[str, Any]] = []
        c = table.c
        self._defaults = column_defaults(table)
        self._ending = (
            table.update()
            .where(*(c[k] == bindparam(f"k_{k}") for k in key), c.valid_to == OPEN)
            .values(valid_to=bindparam("end_at"))
        )

    def _key(self, row: dict[str, Any]) -> tuple[Any, ...]:
        return tuple(row[k] for k in self.key)

    def load(self, where: ColumnElement[bool]) -> None:
        """Reads at once the current rows the page will change (those not yet known here)."""
        for r in self.conn.execute(
            self.table.select().where(where, self.table.c.valid_to == OPEN)
        ).mappings():
            row = dict(r)
            row.pop("row_id", None)
            self.current.setdefault(self._key(row), row)

    def add(self, row: dict[str, Any]) -> None:
        """A new record's first row (the columns it leaves out take their defaults, so that the rows of
        one INSERT all have the same columns)."""
        for name, value in self._defaults.items():
            row.setdefault(name, value)
        self.current[self._key(row)] = row
        self._new.append(row)
        self._pending.add(id(row))

    def supersede(self, key: tuple[Any, ...], nid: int, **changes: Any) -> bool:
        """As `supersede`: ends the record's current row at `nid` and starts one with `changes`; False when
        the record has no current row."""
        current = self.current.get(key)
        if current is None:
            self.load(and_(*(self.table.c[k] == v for k, v in zip(self.key, key, strict=True))))
            current = self.current.get(key)
            if current is None:
                return False
        if all(current.get(k) == v for k, v in changes.items()):
            return True
        if id(current) in self._pending:
            current["valid_to"] = nid  # started in this page: written already ended
        else:
            self._ends.append({**{f"k_{k}": v for k, v in zip(self.key, key, strict=True)}, "end_at": nid})
        self.add({**current, **changes, "valid_from": nid, "valid_to": OPEN})
        return True

    def flush(self) -> None:
        if self._ends:
            executemany(
                self.conn, f"end:{self.table.name}:{','.join(self.key)}", lambda: self._ending, self._ends
            )
        if self._new:
            insert_many(self.conn, self.table, self._new)
        self._ends, self._new, self._pending = [], [], set()


def chunks(items: Sequence[T], size: int = 500) -> list[Sequence[T]]:
    """`items` in runs of at most `size` (an IN list a database takes at once)."""
    return [items[i : i + size] for i in range(0, len(items), size)]


class Versions:
    """Every version of some records' rows, read at once (a page's worth), looked up as of a notification:
    what a projection reads of another read model it reads as it stood at the event being processed."""

    def __init__(
        self, conn: Connection, table: Table, key: str, wanted: Iterable[str], *columns: str
    ) -> None:
        self.rows: dict[str, list[tuple[int, int, tuple[Any, ...]]]] = {}
        c = table.c
        for run in chunks(sorted(set(wanted))):
            stmt = select(c[key], c.valid_from, c.valid_to, *(c[n] for n in columns)).where(c[key].in_(run))
            for code, start, end, *values in conn.execute(stmt):
                self.rows.setdefault(str(code), []).append((int(start), int(end), tuple(values)))

    def at(self, code: str, notification_id: int) -> tuple[Any, ...] | None:
        """The record's values in force at the notification (None: it had no row then)."""
        return next((v for start, end, v in self.rows.get(code, ()) if start <= notification_id < end), None)
