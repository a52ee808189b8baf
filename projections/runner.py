"""The catch-up driver: every projection sees every notification exactly once, tracked in the same transaction."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Any

from eventsourcing.persistence import ApplicationRecorder, Mapper, Notification
from sqlalchemy import inspect, select
from sqlalchemy.engine import Connection, Engine

from projections.base import SCHEMA_VERSION, Envelope, Projection, metadata, positions, schema


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
        self._listeners: list[Callable[[int], None]] = []

    def create_tables(self) -> None:
        """Creates the read models; when their layout changed since this file was written, drops them
        all so that the catch-up rebuilds them from the events (they are only ever derived)."""
        with self.engine.begin() as conn:
            version = schema.c.version
            found = None
            if inspect(conn).has_table(schema.name):
                found = conn.execute(select(version)).scalar()
            if found != SCHEMA_VERSION and inspect(conn).has_table(positions.name):
                metadata.drop_all(conn)
            metadata.create_all(conn)
            if found != SCHEMA_VERSION:
                conn.execute(schema.delete())
                conn.execute(schema.insert(), dict(version=SCHEMA_VERSION))

    def on_caught_up(self, listener: Callable[[int], None]) -> None:
        """`listener(last_id)` runs after a catch-up that processed something."""
        self._listeners.append(listener)

    def _positions(self, conn: Connection) -> dict[str, int]:
        stmt = select(positions.c.name, positions.c.notification_id)
        if conn.dialect.name == "postgresql":
            stmt = stmt.with_for_update()
        found = {str(n): int(i) for n, i in conn.execute(stmt)}
        for p in self.projections:
            if p.name not in found:
                conn.execute(positions.insert(), dict(name=p.name, notification_id=0))
                found[p.name] = 0
        return found

    def position(self) -> int:
        """The lowest position over all projections (everything up to it is in every read model)."""
        with self.engine.connect() as conn:
            rows = dict(conn.execute(select(positions.c.name, positions.c.notification_id)).all())
        return min((int(rows.get(p.name, 0)) for p in self.projections), default=0)

    def catch_up(self, limit: int | None = None, progress: Callable[[int], None] | None = None) -> int:
        """Processes everything recorded so far; returns how many notifications were processed.

        `progress(n)` is told after each batch how many notifications it held (for a progress bar)."""
        done = 0
        with self._lock:
            while limit is None or done < limit:
                processed = self._one_batch()
                if processed == 0:
                    break
                done += processed
                if progress is not None:
                    progress(processed)
        if done:
            last = self.position()
            for listener in self._listeners:
                listener(last)
        return done

    def _one_batch(self) -> int:
        with self.engine.begin() as conn:
            for key in [k for k in conn.info if str(k).startswith("lianxin.")]:
                del conn.info[key]  # what projections remember holds only within one transaction
            seen = self._positions(conn)
            start = min(seen.values())
            batch: Sequence[Notification] = self.recorder.select_notifications(
                start=start, limit=self.batch_size, inclusive_of_start=False
            )
            if not batch:
                return 0
            for n in batch:
                event: Any = self.mapper.to_domain_event(n)
                envelope = Envelope(n, event, event.timestamp)
                for p in self.projections:
                    if seen[p.name] < n.id:
                        p.process(conn, envelope)
            last = batch[-1].id
            for p in self.projections:
                if seen[p.name] < last:
                    conn.execute(positions.update().where(positions.c.name == p.name).values(notification_id=last))
            return len(batch)

    def backlog(self) -> int:
        """How many notifications some projection has still to see (an upper bound: ids can have gaps)."""
        return max(0, int(self.recorder.max_notification_id() or 0) - self.position())

    def rebuild(self, names: Sequence[str] | None = None, progress: Callable[[int], None] | None = None) -> int:
        """Empties the named projections (all by default) and replays every event into them."""
        chosen = [p for p in self.projections if names is None or p.name in names]
        with self._lock, self.engine.begin() as conn:
            self._positions(conn)
            for p in chosen:
                for table in reversed(p.tables):
                    conn.execute(table.delete())
                conn.execute(positions.update().where(positions.c.name == p.name).values(notification_id=0))
        return self.catch_up(progress=progress)


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
