"""The catch-up driver: every projection sees every notification exactly once, tracked in the same transaction."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from eventsourcing.persistence import ApplicationRecorder, Mapper, Notification
from sqlalchemy import func, inspect, select, text
from sqlalchemy.engine import Connection, Engine

from domain.personal import Erasure
from projections.base import SCHEMA_VERSION, Envelope, Projection, faults, metadata, positions, schema

log = logging.getLogger("projections")


class ProjectionFault(Exception):
    """A read model could not take a notification (a defect, or an event altered outside the app)."""

    def __init__(self, names: list[str], notification_id: int, message: str) -> None:
        super().__init__(f"{'、'.join(names)} @ {notification_id}: {message}")
        self.names, self.notification_id, self.message = names, notification_id, message


class Projector:
    """Pulls new notifications and hands each to the projections that have not seen it yet.

    Notification ids can have gaps, so positions are "the last id seen", never a count.
    """

    def __init__(
        self,
        recorder: ApplicationRecorder,
        mapper: Mapper[Any],
        engine: Engine,
        projections: Sequence[Projection],
        batch_size: int = 1000,
    ) -> None:
        self.recorder = recorder
        self.mapper = mapper
        self.engine = engine
        self.projections = list(projections)
        self.batch_size = batch_size
        self._lock = threading.Lock()
        self._listeners: list[Callable[[int, frozenset[str]], None]] = []

    def create_tables(self) -> None:
        """Creates the read models; when their layout changed since this file was written, drops them
        all so that the catch-up rebuilds them from the events (they are only ever derived)."""
        with self.engine.begin() as conn:
            version = schema.c.version
            found = None
            if inspect(conn).has_table(schema.name):
                found = conn.execute(select(version)).scalar()
            if found != SCHEMA_VERSION and inspect(conn).has_table(positions.name):
                # every read model is derived and rebuilt; the hash chain is evidence and stays
                metadata.drop_all(conn, tables=[t for t in metadata.sorted_tables if t.name != "hash_chain"])
            metadata.create_all(conn)
            if found != SCHEMA_VERSION:
                conn.execute(schema.delete())
                conn.execute(schema.insert(), dict(version=SCHEMA_VERSION))

    def on_caught_up(self, listener: Callable[[int, frozenset[str]], None]) -> None:
        """`listener(last_id, names)` runs after a catch-up that processed something: `names` are the read
        models that changed."""
        self._listeners.append(listener)

    def touched(self, topics: Iterable[str]) -> frozenset[str]:
        """The read models that change on events of these topics (an erasure changes them all)."""
        seen = set(topics)
        if any(t.startswith(ERASURE_TOPIC) for t in seen):
            return frozenset(p.name for p in self.projections)
        return frozenset(
            p.name
            for p in self.projections
            if not p.event_topics or any(t.startswith(p.event_topics) for t in seen)
        )

    def changed_between(self, after: int, upto: int) -> frozenset[str]:
        """The read models that events after `after` up to `upto` changed — whichever process projected
        them (another workstation's): their topics read from the log, a page at a time."""
        topics: set[str] = set()
        start = after + 1
        while start <= upto:
            page = self.recorder.select_notifications(start=start, limit=1000, stop=upto)
            if not page:
                break
            topics.update(n.topic for n in page)
            start = page[-1].id + 1
            if len(topics) > 200 or start - after > 20_000:
                return frozenset(p.name for p in self.projections)  # a great deal: everything
        return self.touched(topics)

    def _positions(self, conn: Connection) -> dict[str, int]:
        """The positions, held for this transaction: on PostgreSQL one workstation projects at a time (a
        transaction-scoped advisory lock, taken first and alone, so that two catch-ups never lock the
        position rows in different orders: twenty busy workstations deadlocked so), on SQLite the write
        lock does it."""
        stmt = select(positions.c.name, positions.c.notification_id).order_by(positions.c.name)
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PROJECTING})
            stmt = stmt.with_for_update()
        found = {str(n): int(i) for n, i in conn.execute(stmt)}
        for p in self.projections:
            if p.name not in found:
                found[p.name] = self._lost_position(conn, p)
                conn.execute(positions.insert(), dict(name=p.name, notification_id=found[p.name]))
        return found

    @staticmethod
    def _lost_position(conn: Connection, p: Projection) -> int:
        """A projection whose position is missing: its rows cannot be trusted to match any position, so
        they are emptied and rebuilt — except the hash chain, which is evidence: it goes on from its last
        link (and `desk verify` checks it against the events)."""
        if p.name == "chain":
            from projections.chain import chain

            return int(conn.execute(select(func.max(chain.c.notification_id))).scalar() or 0)
        for table in reversed(p.tables):
            conn.execute(table.delete())
        return 0

    def faults(self) -> list[tuple[str, int, str]]:
        """The read models marked stale: (name, the notification they could not take, why)."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(faults.c.name, faults.c.notification_id, faults.c.message)).all()
        return [(str(n), int(i), str(m)) for n, i, m in rows]

    def _record_fault(self, fault: ProjectionFault) -> None:
        log.error("read model stale: %s", fault)
        with self.engine.begin() as conn:
            for name in fault.names:
                conn.execute(faults.delete().where(faults.c.name == name))
                conn.execute(
                    faults.insert(),
                    dict(
                        name=name,
                        notification_id=fault.notification_id,
                        message=fault.message[:500],
                        at=datetime.now(UTC).replace(tzinfo=None),
                    ),
                )

    def _active(self) -> list[Projection]:
        stale = {name for name, _i, _m in self.faults()}
        return [p for p in self.projections if p.name not in stale]

    def position(self) -> int:
        """The lowest position over all projections (everything up to it is in every read model)."""
        return self._position(self._active())

    def _position(self, active: Sequence[Projection]) -> int:
        with self.engine.connect() as conn:
            rows = dict(conn.execute(select(positions.c.name, positions.c.notification_id)).all())
        return min((int(rows.get(p.name, 0)) for p in active), default=0)

    def catch_up(self, limit: int | None = None, progress: Callable[[int], None] | None = None) -> int:
        """Processes everything recorded so far; returns how many notifications were processed.

        `progress(n)` is told after each batch how many notifications it held (for a progress bar)."""
        done, last = 0, 0
        topics: set[str] = set()
        keys = getattr(self.mapper, "keys", None)
        if keys is not None:
            keys.sync()  # a key another workstation destroyed never opens an event here again
        with self._lock:
            # first, without any lock, whether there is anything to do: most catch-ups find that another
            # workstation (or this one, a moment ago) did the work
            with self.engine.connect() as conn:
                stale = {str(n) for n in conn.execute(select(faults.c.name)).scalars()}
                known = {
                    str(n): int(i)
                    for n, i in conn.execute(select(positions.c.name, positions.c.notification_id))
                }
            active = [p for p in self.projections if p.name not in stale]
            head = int(self.recorder.max_notification_id() or 0)
            if all(known.get(p.name, -1) >= head for p in active):
                return 0
            while limit is None or done < limit:
                try:
                    processed, more, last_id = self._one_batch(active, topics)
                except ProjectionFault as fault:
                    # the others go on; this read model is stale until `desk rebuild` after the fix
                    self._record_fault(fault)
                    active = [p for p in active if p.name not in fault.names]
                    continue
                done += processed
                last = max(last, last_id)
                if progress is not None and processed:
                    progress(processed)
                if not more:
                    break
        if done:
            position = min((max(known.get(p.name, 0), last) for p in active), default=0)
            names = self.touched(topics)
            for listener in self._listeners:
                listener(position, names)
        return done

    def _one_batch(self, active: Sequence[Projection], topics: set[str]) -> tuple[int, bool, int]:
        """Processes one page of notifications; returns how many, whether there may be more, and the last
        notification id taken."""
        if not active:
            return 0, False, 0
        with self.engine.begin() as conn:
            for key in [k for k in conn.info if str(k).startswith("lianxin.")]:
                del conn.info[key]  # what projections remember holds only within one transaction
            seen = self._positions(conn)
            seen = {p.name: seen[p.name] for p in active}
            start = min(seen.values())
            batch: Sequence[Notification] = self.recorder.select_notifications(
                start=start, limit=self.batch_size, inclusive_of_start=False
            )
            if not batch:
                return 0, False, 0
            # projection by projection, in their order (settings, roster, … audit, chain): what one reads of
            # another it reads as of the notification it is processing, and the ones it reads come first,
            # so a page processed at once gives the same rows as one notification at a time
            envelopes = [self._envelope(n, active) for n in batch]
            page_topics = {n.topic for n in batch}
            for p in active:
                wanted = handled_topics(p)
                takes = {t for t in page_topics if not wanted or t.startswith(wanted)}
                if takes == page_topics and seen[p.name] < batch[0].id:
                    todo = envelopes  # every notification of the page (the audit, the chain, a rebuild's)
                else:
                    todo = [
                        env for env in envelopes if seen[p.name] < env.id and env.notification.topic in takes
                    ]
                if not todo:
                    continue
                if hasattr(p, "process_batch"):
                    try:
                        p.process_batch(conn, todo)
                    except Exception as exc:  # noqa: BLE001 - any failure of one read model is contained
                        raise ProjectionFault(
                            [p.name], todo[0].id, f"{exc.__class__.__name__}: {exc}"
                        ) from exc
                    continue
                for envelope in todo:
                    try:
                        p.process(conn, envelope)
                    except Exception as exc:  # noqa: BLE001 - any failure of one read model is contained
                        raise ProjectionFault(
                            [p.name], envelope.id, f"{exc.__class__.__name__}: {exc}"
                        ) from exc
            topics.update(page_topics)
            last = batch[-1].id
            behind = [p.name for p in active if seen[p.name] < last]
            if behind:  # one statement for every read model that took the page
                conn.execute(
                    positions.update().where(positions.c.name.in_(behind)).values(notification_id=last)
                )
            if self._erasure_seen(conn, envelopes):
                self._empty(conn)  # the loop goes on from the start, the chain from where it was
                return len(batch), True, 0
            return len(batch), len(batch) == self.batch_size, last

    def _envelope(self, n: Notification, active: Sequence[Projection]) -> Envelope:
        try:
            event: Any = self.mapper.to_domain_event(n)
        except Exception as exc:  # noqa: BLE001 - an event that cannot be read stops only what reads events
            names = [p.name for p in active if p.name != "chain"]
            if not names:  # the chain hashes what is stored, readable or not
                return Envelope(n, None, datetime.now(UTC))
            raise ProjectionFault(names, n.id, f"事件无法读取 {exc.__class__.__name__}: {exc}") from exc
        return Envelope(n, event, event.timestamp)

    def rebuild(
        self, names: Sequence[str] | None = None, progress: Callable[[int], None] | None = None
    ) -> int:
        """Empties the named projections (all by default) and replays every event into them. The hash
        chain is never rebuilt: it is the evidence the events are checked against (`desk verify`)."""
        self.reset(names)
        return self.catch_up(progress=progress)

    def reset(self, names: Sequence[str] | None = None) -> None:
        """Empties the named projections (all but the chain by default): the next catch-up rebuilds them."""
        with self._lock, self.engine.begin() as conn:
            self._positions(conn)
            self._empty(conn, names)

    def _empty(self, conn: Connection, names: Sequence[str] | None = None) -> None:
        chosen = [p for p in self.projections if (names is None or p.name in names) and p.name != "chain"]
        conn.execute(faults.delete().where(faults.c.name.in_([p.name for p in chosen])))
        for p in chosen:
            for table in reversed(p.tables):
                conn.execute(table.delete())
            conn.execute(positions.update().where(positions.c.name == p.name).values(notification_id=0))

    def _erasure_seen(self, conn: Connection, envelopes: Sequence[Envelope]) -> bool:
        """An erasure not met before: every read model must be built again from the events, in which the
        erased fields now read 已删除个人信息 — live, in whichever process meets it first, so an erasure
        interrupted before its own rebuild is finished by the next catch-up anywhere. Remembered (as the
        position `erasures`) in the same transaction, so the rebuild that follows does not start again."""
        newest = max((env.id for env in envelopes if isinstance(env.event, Erasure.Recorded)), default=0)
        if not newest:
            return False
        marker = conn.execute(
            select(positions.c.notification_id).where(positions.c.name == ERASURES)
        ).scalar()
        if marker is not None and int(marker) >= newest:
            return False
        if marker is None:
            conn.execute(positions.insert(), dict(name=ERASURES, notification_id=newest))
        else:
            conn.execute(
                positions.update().where(positions.c.name == ERASURES).values(notification_id=newest)
            )
        return True


def handled_topics(p: Projection) -> tuple[str, ...]:
    """The topic prefixes a projection processes (empty: every event): its `handles` where it processes
    more than it announces (the settings take operators' events but announce the campaign's only)."""
    return tuple(getattr(p, "handles", p.event_topics))


#: the advisory lock a PostgreSQL workstation holds while it projects (any constant the app owns)
PROJECTING = 0x6C69616E78696E  # "lianxin"

#: the topic of an erasure: every read model is built again when one is met
ERASURE_TOPIC = f"{Erasure.__module__}:{Erasure.__qualname__}."

#: the position row remembering the newest erasure the read models were rebuilt for
ERASURES = "erasures"


class Subscriber:
    """On PostgreSQL, the library's LISTEN/NOTIFY subscription wakes the projector up."""

    def __init__(self, projector: Projector) -> None:
        self.projector = projector
        self._subscription: Any = None
        self._thread: threading.Thread | None = None
        self._stopped = threading.Event()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="projection-subscriber", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        gt = self.projector.position()
        with self.projector.recorder.subscribe(gt=gt) as subscription:
            self._subscription = subscription
            for _ in subscription:
                if self._stopped.is_set():
                    break
                self.projector.catch_up()

    def stop(self) -> None:
        self._stopped.set()
        if self._subscription is not None:
            self._subscription.stop()
        if self._thread is not None:
            self._thread.join(timeout=5)
