"""The base of the application service: storage, the clock, and the lookups every use case shares."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from copy import deepcopy
from datetime import date
from threading import RLock, get_ident
from time import monotonic
from typing import Any, Protocol, TypeVar
from uuid import UUID

from eventsourcing.application import AggregateNotFoundError, Application, LRUCache
from eventsourcing.domain import Aggregate
from eventsourcing.persistence import IntegrityError, JSONTranscoder, StoredEvent
from eventsourcing.sqlite import SQLiteAggregateRecorder

from domain import bounds, rules
from domain.base import Actor, DateAsISO, record_id
from domain.campaign import CAMPAIGN_ID, Campaign, Parameters
from domain.clock import Clock, SystemClock
from domain.errors import AuthenticationFailed, ConcurrentChange, RuleViolation, StoredFirstElsewhere
from domain.imports import ImportProgress
from domain.operators import Operator, operator_id
from domain.personal import Erasure, sealing_subject
from domain.roster import Household, Person, Unit

A = TypeVar("A", bound=Aggregate)

ERASURE_TOPIC = f"{Erasure.__module__}:{Erasure.__qualname__}."

#: how stale (seconds) the aggregates cached may be before the log's head is read again: none (a read
#: after another workstation's erasure must not show what it erased), but a test may widen it
FOLLOW_EVERY = 0.0


class PasswordWitness(Protocol):
    """Keeps the store key's wraps in step with the operators' passwords (the store provides it)."""

    def password_set(self, name: str, password: str) -> None: ...

    def logged_in(self, name: str, password: str) -> None: ...

    def operator_disabled(self, name: str) -> None: ...

    def township_named(self, township: str) -> None: ...


class _Held:
    """One thread's saves held in memory (`Service.holding`): the records as saved, read back first by
    that thread alone, and their events in the order saved."""

    def __init__(self) -> None:
        self.thread = get_ident()
        self.aggregates: dict[UUID, Aggregate] = {}
        self.events: list[StoredEvent] = []


class Service(Application[UUID]):
    """Shared by every group of use cases (roster, concerns, …); `Lianxin` puts them together."""

    name = "Lianxin"
    env = {
        "AGGREGATE_CACHE_MAXSIZE": "20000",
        # the cache follows other workstations by the log's head (`_follow_others`), not a query per read
        "AGGREGATE_CACHE_FASTFORWARD": "n",
        "COMPRESSOR_TOPIC": "",
        # residents' personal fields sealed under each record's own key (crypto-shredding)
        "MAPPER_TOPIC": "domain.personal:SealingMapper",
    }

    def __init__(self, env: dict[str, str] | None = None, clock: Clock | None = None) -> None:
        super().__init__(env)
        self.clock: Clock = clock or SystemClock()
        #: while an import stores a row: (its progress, sheet, row, actor), saved with the row's events
        self.import_row: tuple[ImportProgress, str, int, Actor] | None = None
        #: an encrypted store keeps its key wrapped per operator: told of every password set and disable
        self.password_witness: PasswordWitness | None = None
        #: the log's head the cache was last brought in step with, when, and what this process stored since
        self._followed_head = int(self.recorder.max_notification_id() or 0)
        self._followed_at = monotonic()
        self._own: set[int] = set()
        #: nobody else writes to this store (the demo generator's file being built): nothing to follow
        self.sole_writer = False
        #: SQLite: a connection of its own that tells, for a few microseconds, whether anyone committed
        self._watch, self._watched = self._watching(), -1
        self._parameters: tuple[int, Parameters] | None = None
        #: records looked for and not found since anyone last committed (embedded stores only)
        self._absent: set[UUID] = set()
        self._absent_generation = 0
        #: one thread at a time follows the log, looks at data_version or changes what is remembered
        self._follow_lock = RLock()
        #: every record of the store is in the cache (`building_alone`): one not in it does not exist
        self._holding_all = False
        #: events saved while building alone, stored a thousand at a time (told to `on_stored`)
        self._deferred: list[Any] = []
        self.on_stored: Callable[[int], None] | None = None
        #: saves held by one thread (an import's) until it stores them together
        self._held: _Held | None = None

    def register_transcodings(self, transcoder: JSONTranscoder) -> None:
        super().register_transcodings(transcoder)
        transcoder.register(DateAsISO())

    def save(self, *objs: Any, **kwargs: Any) -> Any:
        """Every event is bounded (R-F2) before it is stored, whichever use case or import made it."""
        subjects = []
        for obj in objs:
            events = obj.pending_events if isinstance(obj, Aggregate) else [obj] if obj is not None else []
            for event in events:
                bounds.check_event(event)
                subjects.append(sealing_subject(event))
        keys = getattr(self.mapper, "keys", None)
        if keys is not None:  # the keys a save will seal under, made at once (one transaction, not one each)
            # a thread holding its saves looked at the destroyed keys when it began (its saves are stored
            # together: sealed a moment before they are stored, either way)
            held = self._held  # (read once: the importing thread may end its block meanwhile)
            mine = held is not None and held.thread == get_ident()
            keys.ensure([s for s in subjects if s is not None], look=not mine)
        if self.import_row is not None:
            progress, sheet, row, actor = self.import_row
            if (sheet, row) not in progress.stored:
                progress.mark(sheet, row, self.stamp(actor))
                try:
                    return self._store(*objs, progress, **kwargs)
                except BaseException:
                    # nothing of the row was stored: go on from the progress as stored (another run of
                    # the same file may have moved it on)
                    stored = self._get(ImportProgress, progress.id)
                    fresh = stored or ImportProgress.start(
                        progress.sha256, progress.file_name, progress.attempt, self.stamp(actor)
                    )
                    self.import_row = (fresh, sheet, row, actor)
                    raise
        return self._store(*objs, **kwargs)

    def _store(self, *objs: Any, **kwargs: Any) -> Any:
        if self._holding_all and not kwargs:
            return self._defer(*objs)
        held = self._held
        if held is not None and held.thread == get_ident() and not kwargs:
            # sealed now, all or nothing: a record whose personal data was erased refuses this save alone
            saved = [
                (obj, [self.mapper.to_stored_event(e) for e in obj.collect_events()])
                if isinstance(obj, Aggregate)
                else (None, [self.mapper.to_stored_event(obj)])  # an event saved on its own
                for obj in objs
                if obj is not None
            ]
            for aggregate, stored in saved:
                held.events.extend(stored)
                if aggregate is not None:
                    held.aggregates[aggregate.id] = aggregate
            return []
        try:
            recordings = super().save(*objs, **kwargs)
        except IntegrityError:
            self._followed_at = float("-inf")  # another workstation moved on: look before the next read
            self._evict(obj.id for obj in objs if isinstance(obj, Aggregate))
            raise StoredFirstElsewhere() from None
        with self._follow_lock:
            self._own.update(r.notification.id for r in recordings)
            self._forget_absent()
        return recordings

    # --- helpers ---------------------------------------------------------------------------------

    def stamp(self, actor: Actor, done_by: str | None = None) -> dict[str, Any]:
        """What every event records of who did it — for an operator's session only as the operator is
        stored now: a disabled or demoted operator is refused at once, and a made-up Actor claiming a
        role is not taken at its word."""
        if actor.role:
            self.check_session(actor)
        return actor.stamp(self.clock.now(), done_by)

    def check_session(self, actor: Actor) -> None:
        operator = (
            self._get(Operator, operator_id(actor.operator), peek=True) if actor.operator.strip() else None
        )
        if operator is None:
            raise AuthenticationFailed(f"操作员“{actor.operator}”不存在:请重新登录")
        if operator.disabled:
            raise AuthenticationFailed(f"账号“{operator.name}”已停用:请联系学教办管理员")
        if operator.role != actor.role or tuple(operator.units) != tuple(actor.units):
            raise AuthenticationFailed(f"账号“{operator.name}”的角色或录入范围已变更:请退出后重新登录")

    def building_alone(self, alone: bool) -> None:
        """For a store this process fills from empty with nobody else writing (the demo generator's file
        built aside): nothing to follow, and every record kept in memory, so that a record not there does
        not exist (no read of the log to find that out: most of a generator's look-ups are for codes still
        free). Off again, the cache goes back to its usual size."""
        if alone and int(self.recorder.max_notification_id() or 0):
            raise ValueError("building_alone: the store must be empty")
        if not alone:
            self.store_deferred()
        self.sole_writer = self._holding_all = alone
        size = 10**8 if alone else int(self.env.get("AGGREGATE_CACHE_MAXSIZE") or 20000)
        self.repository.cache = LRUCache(maxsize=size)

    def _defer(self, *objs: Any) -> list[Any]:
        """Building alone: what a command saves is in the cache at once, and its events are stored with
        the next thousand (one transaction, not one per command; no other workstation is waiting)."""
        for obj in objs:
            if isinstance(obj, Aggregate):  # (the library's own collecting checks a Protocol: 10 µs each)
                self._deferred.extend(obj.collect_events())
                self.repository.cache.put(obj.id, obj)  # type: ignore[union-attr]
            elif obj is not None:  # an event saved on its own
                self._deferred.append(obj)
        if len(self._deferred) >= 1000:
            self.store_deferred()
        return []

    def store_deferred(self) -> None:
        """Stores the events deferred while building alone, in the order they were saved."""
        if self._deferred:
            events, self._deferred = self._deferred, []
            self.events.put(events)
            if self.on_stored is not None:
                self.on_stored(len(events))

    @contextmanager
    def holding(self) -> Iterator[None]:
        """This thread's saves in the block are held in memory, its own reads see them, and they are stored
        together when the block ends (one transaction instead of one per save: an import's rows). Other
        threads see none of it until then. A record another workstation moved on in between makes the
        whole store fail with StoredFirstElsewhere (nothing of the block stored, nothing held kept); so
        does anything raised in the block, after what was held is stored if it can be."""
        if self._held is not None:
            raise RuntimeError("holding: already holding")
        keys = getattr(self.mapper, "keys", None)
        if keys is not None and keys.sync():
            self.drop_cached_aggregates()  # a key destroyed elsewhere: nothing read before stays in memory
        held = self._held = _Held()
        try:
            yield
        except BaseException:
            self._held = None
            with suppress(StoredFirstElsewhere):  # what the block raised says more
                self._store_held(held)
            raise
        self._held = None
        self._store_held(held)

    def _store_held(self, held: _Held) -> None:
        if not held.events:
            return
        try:
            notification_ids = self.recorder.insert_events(held.events)
        except IntegrityError:
            self._followed_at = float("-inf")  # another workstation moved on: look before the next read
            # what was held may be a cached instance changed in place (the records saved in the block
            # before): none of it stays in memory
            self._evict(held.aggregates)
            raise StoredFirstElsewhere() from None
        cache = self.repository.cache
        with self._follow_lock:
            self._own.update(notification_ids or ())
            self._forget_absent()
            if isinstance(cache, LRUCache):
                for aggregate_id, aggregate in held.aggregates.items():
                    cache.put(aggregate_id, aggregate)

    def preload(self, ids: Iterable[UUID]) -> None:
        """Reads these records with one query (instead of one each) into the cache, and remembers those not
        stored as absent until anyone commits: an import's next few hundred rows look up their households
        and the codes they would take. Records already cached are not read again."""
        if self._holding_all:
            return
        self._follow_others()
        cache = self.repository.cache
        if not isinstance(cache, LRUCache):
            return
        looked = self._absent_generation
        wanted = []
        for aggregate_id in dict.fromkeys(ids):
            try:
                cache.get(aggregate_id)
            except KeyError:
                if aggregate_id not in self._absent:
                    wanted.append(aggregate_id)
        for start in range(0, len(wanted), 500):
            run = wanted[start : start + 500]
            found: dict[UUID, Any] = {}
            for stored in self._select_events_of(run):
                aggregate_id = UUID(str(stored.originator_id))
                event: Any = self.mapper.to_domain_event(stored)
                found[aggregate_id] = event.mutate(found.get(aggregate_id))
            with self._follow_lock:
                if self._absent_generation != looked:
                    return  # the log was followed meanwhile: what was read may already be stale
                for aggregate_id, aggregate in found.items():
                    if aggregate is not None:
                        cache.put(aggregate_id, aggregate)
                if self._watch is not None:
                    self._absent.update(i for i in run if i not in found)

    def _select_events_of(self, ids: list[UUID]) -> list[StoredEvent]:
        """The stored events of several records, each record's in order (one query)."""
        recorder: Any = self.recorder
        if isinstance(recorder, SQLiteAggregateRecorder):
            statement = (
                f"SELECT originator_id, originator_version, topic, state FROM {recorder.events_table_name} "
                f"WHERE originator_id IN ({','.join('?' * len(ids))}) ORDER BY originator_id, originator_version"
            )
            with recorder.datastore.transaction(commit=False) as c:
                c.execute(statement, [i.hex for i in ids])
                rows = c.fetchall()
            return [StoredEvent(UUID(r[0]), r[1], r[2], r[3]) for r in rows]
        from eventsourcing.postgres import PostgresAggregateRecorder  # noqa: PLC0415 - a server store only
        from psycopg.sql import SQL, Identifier  # noqa: PLC0415

        if isinstance(recorder, PostgresAggregateRecorder):
            query = SQL(
                "SELECT originator_id, originator_version, topic, state FROM {schema}.{table} "
                "WHERE originator_id = ANY(%s) ORDER BY originator_id, originator_version"
            ).format(
                schema=Identifier(recorder.datastore.schema), table=Identifier(recorder.events_table_name)
            )
            with recorder.datastore.get_connection() as conn, conn.cursor() as curs:
                curs.execute(query, [ids])
                return [
                    StoredEvent(r["originator_id"], r["originator_version"], r["topic"], bytes(r["state"]))
                    for r in curs.fetchall()
                ]
        return [stored for i in ids for stored in recorder.select_events(i)]

    def _get(self, cls: type[A], aggregate_id: UUID, *, peek: bool = False) -> A | None:
        """The aggregate as stored; `peek`: the cached instance itself, for reading only (no copy)."""
        mine = self._held
        if mine is not None and mine.thread == get_ident() and aggregate_id in mine.aggregates:
            found: Any = mine.aggregates[aggregate_id]
            found = found if peek else deepcopy(found)
            assert isinstance(found, cls)
            return found
        if self._holding_all:
            try:
                held: Any = self.repository.cache.get(aggregate_id)  # type: ignore[union-attr]
            except KeyError:
                return None
            found = held if peek else deepcopy(held)
            assert isinstance(found, cls)
            return found
        self._follow_others()
        looked = self._absent_generation
        if aggregate_id in self._absent:
            return None
        try:
            aggregate: Aggregate = self.repository.get(aggregate_id, deepcopy_from_cache=not peek)
        except AggregateNotFoundError:
            if self._watch is not None:  # remembered until anyone commits (a free code looked up thrice)
                with self._follow_lock:
                    if self._absent_generation == looked:  # nobody committed since this thread looked
                        self._absent.add(aggregate_id)
            return None
        assert isinstance(aggregate, cls)
        return aggregate

    def _follow_others(self) -> None:
        """Keeps the aggregates cached here in step with what other workstations store with one small read
        (the log's head) instead of a query for each record's newer events and a copy: when others stored
        something, the records they touched leave the cache (read again when next needed), and when any
        record's key was destroyed (an erasure) the whole cache goes. A save on a record another
        workstation moved on in between is refused by the store (optimistic concurrency) and looks again.
        One thread at a time (an import's thread and the window's): none reads the cache half-followed."""
        with self._follow_lock:
            now = monotonic()
            if self.sole_writer or now - self._followed_at < FOLLOW_EVERY or self._nothing_committed():
                return
            try:
                self._follow(now)
            except BaseException:
                self._watched = -1  # not followed to the end: look again at the next read
                raise

    def _follow(self, now: float) -> None:
        self._forget_absent()  # a record looked for in vain may exist now
        self._followed_at = now
        head = int(self.recorder.max_notification_id() or 0)
        if head <= self._followed_head:
            return
        touched: set[UUID] = set()
        start, complete = self._followed_head + 1, True
        if all(i in self._own for i in range(start, head + 1)):
            start = head + 1  # only this process's own saves since: nothing to read
        while start <= head:
            page = self.recorder.select_notifications(start=start, limit=1000, stop=head)
            if not page:
                break
            touched.update(UUID(str(n.originator_id)) for n in page if n.id not in self._own)
            if any(n.topic.startswith(ERASURE_TOPIC) for n in page):
                complete = False  # an erasure: nothing read before it stays in memory
            start = page[-1].id + 1
            if len(touched) > 5000:  # a whole import elsewhere: cheaper to read everything again
                complete = False
                break
        self._followed_head = head
        self._own = {i for i in self._own if i > head}
        keys = getattr(self.mapper, "keys", None)
        if (keys is not None and keys.sync()) or not complete:
            self.drop_cached_aggregates()
            return
        self._evict(touched)

    def _watching(self) -> Any:
        """An embedded store's own connection for `PRAGMA data_version` (which changes when any other
        connection, this process's or another's, commits to the file); None on a server."""
        pool = getattr(getattr(self.recorder, "datastore", None), "pool", None)
        create = getattr(pool, "_create_connection", None)
        if create is None or getattr(pool, "is_sqlite_memory_mode", True):
            return None
        try:
            return getattr(create(), "_sqlite_conn", None)
        except Exception:  # noqa: BLE001 - without it the log's head is read each time, as on a server
            return None

    def _nothing_committed(self) -> bool:
        """True when nobody has committed to the store since the last look (then the log's head has not
        moved and the cache is in step): a read of the log's head per record looked up was most of an
        import's time."""
        if self._watch is None:
            return False
        try:
            with self._follow_lock:
                version = int(self._watch.execute("PRAGMA data_version").fetchone()[0])
        except Exception:  # noqa: BLE001 - a closed store: look at the head the usual way
            return False
        if version == self._watched:
            return True
        self._watched = version
        return False

    def close(self) -> None:
        if self._watch is not None:
            with self._follow_lock, suppress(Exception):
                self._watch.close()
            self._watch = None
        super().close()

    def _forget_absent(self) -> None:
        self._absent.clear()
        self._absent_generation += 1

    def _evict(self, ids: Iterable[UUID]) -> None:
        cache = self.repository.cache
        if isinstance(cache, LRUCache):
            with self._follow_lock:
                for aggregate_id in list(ids):
                    with suppress(KeyError):
                        cache.get(aggregate_id, evict=True)

    def drop_cached_aggregates(self) -> None:
        """Empties the library's aggregate cache (its `clear()` resets only the recency list)."""
        cache = self.repository.cache
        if isinstance(cache, LRUCache):
            with cache.lock:
                cache.cache.clear()
                cache.clear()
                cache.full = False

    def _save(self, *aggregates: Aggregate, what: str = "", code: str = "") -> None:
        try:
            self.save(*aggregates)
        except IntegrityError:
            # Another workstation stored first: the code is taken, or the record moved on.
            if code:
                rules.check_code_free(True, what, code)
            raise ConcurrentChange("该记录刚被其他工作站修改:请刷新后重新操作") from None

    def has_campaign(self) -> bool:
        return self._get(Campaign, CAMPAIGN_ID) is not None

    def campaign(self) -> Campaign:
        campaign = self._get(Campaign, CAMPAIGN_ID)
        if campaign is None:
            raise RuleViolation("R-G4", "尚未启动活动:请先运行 desk init 启动本年度活动")
        return campaign

    def parameters(self) -> Parameters:
        campaign = self._get(Campaign, CAMPAIGN_ID, peek=True)  # read only: no copy
        if campaign is None:
            return self.campaign().parameters
        if self._parameters is None or self._parameters[0] != campaign.version:  # parsed once per version
            self._parameters = (campaign.version, campaign.parameters)
        return self._parameters[1]

    def unit(self, code: str, *, peek: bool = False) -> Unit | None:
        """`peek`: the cached instance, to read only (the copy a command changes costs more than the read)."""
        return self._get(Unit, record_id("unit", code), peek=peek) if code else None

    def person(self, code: str, *, peek: bool = False) -> Person | None:
        """`peek`: the cached instance, to read only (the copy a command changes costs more than the read)."""
        return self._get(Person, record_id("person", code), peek=peek) if code else None

    def household(self, code: str, *, peek: bool = False) -> Household | None:
        """`peek`: the cached instance, to read only (the copy a command changes costs more than the read)."""
        return self._get(Household, record_id("household", code), peek=peek) if code else None

    def operator(self, name: str) -> Operator | None:
        return self._get(Operator, operator_id(name)) if name.strip() else None

    def current_unit(self, code: str, what: str = "单位", *, peek: bool = False) -> Unit:
        unit = self.unit(code, peek=peek)
        rules.check_registered(unit is not None and not unit.voided, bool(unit and unit.retired), what, code)
        assert unit is not None
        return unit

    def current_person(self, code: str, what: str = "人员", *, peek: bool = False) -> Person:
        person = self.person(code, peek=peek)
        rules.check_registered(
            person is not None and not person.voided, bool(person and person.retired), what, code
        )
        assert person is not None
        return person

    def current_household(self, code: str, *, peek: bool = False) -> Household:
        household = self.household(code, peek=peek)
        rules.check_registered(
            household is not None and not household.voided,
            bool(household and household.retired),
            "农户",
            code,
        )
        assert household is not None
        return household

    def unit_lineage(self, code: str) -> list[str]:
        """The unit and its ancestors, nearest first (for scope checks)."""
        lineage: list[str] = []
        while code and code not in lineage:
            lineage.append(code)
            unit = self.unit(code, peek=True)
            code = unit.parent_code if unit else ""
        return lineage

    def check_scope(self, actor: Actor, unit_code: str) -> None:
        """R-S1/R-S2: the operator may record for this unit (their units include its ancestors)."""
        rules.check_can_write(actor.role)
        if actor.role == rules.ADMIN:
            return
        lineage = self.unit_lineage(unit_code)
        scope = set(actor.units) & set(lineage)
        rules.check_in_scope(actor.role, unit_code, {unit_code} if scope else set())

    def check_scope_any(self, actor: Actor, unit_codes: list[str]) -> None:
        """R-S1 when any of several units may record (a concern's village or its handler, a cadre's unit
        or the village that arranged the pairing); the refusal names the first."""
        rules.check_can_write(actor.role)
        if actor.role == rules.ADMIN:
            return
        units = set(actor.units)
        if not any(units & set(self.unit_lineage(u)) for u in unit_codes if u):
            self.check_scope(actor, unit_codes[0])

    def check_business_date(self, on: date, what: str = "业务日期") -> None:
        """R-G1 and R-G2 for a record's business date."""
        rules.check_not_in_future(on, self.clock.today(), what)
        rules.check_not_before_window(on, self.parameters().window_start, what)
