"""The hash chain over the notification log: each link = SHA-256(previous link + the stored event)."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, NamedTuple

from eventsourcing.persistence import ApplicationRecorder, Notification
from sqlalchemy import Column, Integer, String, Table, func, select, text
from sqlalchemy.engine import Connection, Engine

from projections.base import Envelope, insert_many, metadata, positions

GENESIS = "0" * 64

chain = Table(
    "hash_chain",
    metadata,
    Column("notification_id", Integer, primary_key=True, autoincrement=False),
    Column("link", String, nullable=False),
)


def link(previous: str, n: Notification | _Stored) -> str:
    h = hashlib.sha256()
    h.update(previous.encode())
    h.update(f"|{n.id}|{n.originator_id}|{n.originator_version}|{n.topic}|".encode())
    state = n.state
    # a stored state that is not bytes was written by something other than the app: hash what is there,
    # so that verify names it as altered instead of failing
    h.update(
        state if isinstance(state, (bytes, bytearray, memoryview)) else str(state).encode("utf-8", "replace")
    )
    return h.hexdigest()


class ChainProjection:
    name = "chain"
    event_topics: tuple[str, ...] = ()  # every event
    tables = (chain,)

    def process(self, conn: Connection, envelope: Envelope) -> None:
        self.process_batch(conn, [envelope])

    def process_batch(self, conn: Connection, envelopes: list[Envelope]) -> None:
        """The links of a page computed in memory, written in one statement."""
        previous = self._previous(conn)
        rows = []
        for envelope in envelopes:
            previous = link(previous, envelope.notification)
            rows.append({"notification_id": envelope.id, "link": previous})
        if rows:
            insert_many(conn, chain, rows)
            conn.info[LAST_LINK] = previous

    @staticmethod
    def _previous(conn: Connection) -> str:
        """The last link: remembered within the catch-up transaction, read from the table at its start."""
        if LAST_LINK in conn.info:
            return str(conn.info[LAST_LINK])
        row = conn.execute(
            select(chain.c.notification_id, chain.c.link).order_by(chain.c.notification_id.desc()).limit(1)
        ).first()
        return str(row[1]) if row else GENESIS


LAST_LINK = "lianxin.last_link"


def head(engine: Engine, up_to: int | None = None) -> tuple[int, str]:
    """(notification id, link) of the chain's head, as of a notification id if given."""
    stmt = select(chain.c.notification_id, chain.c.link).order_by(chain.c.notification_id.desc()).limit(1)
    if up_to is not None:
        stmt = stmt.where(chain.c.notification_id <= up_to)
    with engine.connect() as conn:
        row = conn.execute(stmt).first()
    return (int(row[0]), str(row[1])) if row else (0, GENESIS)


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    head: str
    first_bad: int | None
    problem: str
    #: events recorded after the chain's last link (another workstation's, a moment ago): not yet chained,
    #: so not judged — the next verification checks them
    later: int = 0

    @property
    def ok(self) -> bool:
        return self.first_bad is None


def notifications(recorder: ApplicationRecorder, batch: int = 2000) -> Iterable[Notification]:
    start = 1
    while True:
        page = recorder.select_notifications(start=start, limit=batch)
        if not page:
            return
        yield from page
        start = page[-1].id + 1


class _Stored(NamedTuple):
    """A stored event as the embedded store's table holds it (what `link` hashes)."""

    id: int
    originator_id: str
    originator_version: int
    topic: str
    state: bytes


def _stored_events(recorder: ApplicationRecorder, engine: Engine, batch: int) -> Iterable[Any]:
    """The stored events in log order. An embedded store's table is read as it is (the library's reading
    makes a UUID of every id, a third of a verification): the id's 32 hex digits are written the way
    `str(UUID)` writes them, and anything else stored there is hashed as found, so an altered id is named."""
    table = getattr(recorder, "events_table_name", "")
    if engine.dialect.name != "sqlite" or not table.isidentifier():
        yield from notifications(recorder, batch)
        return
    query = text(
        f"SELECT rowid, originator_id, originator_version, topic, state FROM {table} "  # noqa: S608 - the library's own table name
        "WHERE rowid >= :start ORDER BY rowid LIMIT :n"
    )
    start = 1
    while True:
        with engine.connect() as conn:
            page = conn.execute(query, {"start": start, "n": batch}).all()
        if not page:
            return
        for nid, oid, version, topic, state in page:
            oid = str(oid)
            if len(oid) == 32:
                oid = f"{oid[:8]}-{oid[8:12]}-{oid[12:16]}-{oid[16:20]}-{oid[20:]}"
            yield _Stored(int(nid), oid, int(version), str(topic), state)
        start = int(page[-1][0]) + 1


def verify(
    recorder: ApplicationRecorder,
    engine: Engine,
    batch: int = 5000,
    progress: Callable[[int], None] | None = None,
) -> VerifyResult:
    """Recomputes the chain from the stored events and names the first notification that differs."""
    previous = GENESIS
    checked = later = 0
    with engine.connect() as conn:
        # how far the chain says it has linked (its tracking position, kept with the links in one
        # transaction): an event up to there with no link was inserted or had its link removed
        position = conn.execute(
            select(positions.c.notification_id).where(positions.c.name == ChainProjection.name)
        ).scalar()
        chained_to = int(
            position
            if position is not None
            else conn.execute(select(func.max(chain.c.notification_id))).scalar() or 0
        )
    stored_iter = _stored_links(engine, batch, chained_to)
    stored = next(stored_iter, None)
    for n in _stored_events(recorder, engine, batch):
        if n.id > chained_to:  # recorded since the chain was last brought up to date: judged next time
            later += 1
            continue
        value = link(previous, n)
        if stored is None or stored[0] > n.id:
            return VerifyResult(checked, previous, n.id, "该事件不在哈希链中(链未更新或记录被插入)")
        if stored[0] < n.id:
            return VerifyResult(checked, previous, stored[0], "哈希链中的这条事件已不在事件库中(被删除)")
        if stored[1] != value:
            return VerifyResult(checked, previous, n.id, "事件内容与哈希链不符(被改动)")
        previous = value
        checked += 1
        if progress is not None and checked % 1000 == 0:
            progress(1000)
        stored = next(stored_iter, None)
    if stored is not None:
        return VerifyResult(checked, previous, stored[0], "哈希链中的这条事件已不在事件库中(被删除)")
    return VerifyResult(checked, previous, None, "", later)


@dataclass(frozen=True)
class HeadCheck:
    """What `desk verify --head H` answers about a head printed on an earlier output."""

    recomputed_at: int | None  # the notification whose link, recomputed from the events now, is H
    recorded_at: int | None  # the notification whose stored link is H

    @property
    def intact(self) -> bool:
        return self.recomputed_at is not None


def check_head(
    recorder: ApplicationRecorder,
    engine: Engine,
    value: str,
    batch: int = 5000,
    *,
    chain_verified: bool = False,
) -> HeadCheck:
    """Whether the store still holds, unchanged, the history an output printed with head `value` was made
    from: some prefix of the events, recomputed now, must end in exactly that link. When `verify` has just
    found the stored chain equal to the events, the stored links answer without recomputing them."""
    value = value.strip().lower().rstrip(".…")
    if len(value) < 12 or any(c not in "0123456789abcdef" for c in value):
        return HeadCheck(None, None)  # not a head: the outputs print at least its first 12 hex digits
    # the outputs and the status bar print the head's first 12 or 16 digits: a prefix names the head
    matches = chain.c.link == value if len(value) == 64 else chain.c.link.startswith(value, autoescape=True)
    with engine.connect() as conn:
        found = conn.execute(
            select(chain.c.notification_id).where(matches).order_by(chain.c.notification_id).limit(1)
        ).scalar()
    recorded = int(found) if found is not None else None
    if chain_verified:
        return HeadCheck(recorded, recorded)
    previous, recomputed = GENESIS, None
    for n in notifications(recorder, batch):
        previous = link(previous, n)
        if previous.startswith(value):
            recomputed = n.id
            break
    return HeadCheck(recomputed, recorded)


def _stored_links(engine: Engine, batch: int, upto: int) -> Iterator[tuple[int, str]]:
    """The links up to `upto` (what the chain had linked when the verification began; links another
    workstation adds meanwhile are for the next one)."""
    last = 0
    while True:
        with engine.connect() as conn:
            rows = conn.execute(
                select(chain.c.notification_id, chain.c.link)
                .where(chain.c.notification_id > last, chain.c.notification_id <= upto)
                .order_by(chain.c.notification_id)
                .limit(batch)
            ).all()
        if not rows:
            return
        for r in rows:
            yield int(r[0]), str(r[1])
        last = int(rows[-1][0])
