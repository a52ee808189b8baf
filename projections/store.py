"""Opening a store: the library's recorder (SQLite or PostgreSQL), append-only triggers, the read models."""

from __future__ import annotations

import os
import sqlite3
import time
from base64 import b64encode
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

from sqlalchemy import create_engine, event, inspect, text
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import QueuePool

from domain.application import Lianxin
from domain.clock import Clock, local_zone
from domain.errors import DomainError
from domain.personal import SealingMapper
from projections.articles import ArticleProjection
from projections.audit import AuditProjection
from projections.base import Projection
from projections.chain import ChainProjection
from projections.concerns import ConcernProjection, ConcernQuery
from projections.contacts import ContactProjection
from projections.interviews import InterviewProjection
from projections.keys import ServerKeyRing, SubjectKeyTable, keys_path
from projections.ratings import RatingProjection
from projections.roster import RosterProjection
from projections.runner import Projector, Subscriber
from projections.settings import SettingsProjection
from projections.unit_work import UnitWorkProjection
from projections.visits import VisitProjection


class StoreError(DomainError):
    code = "数据库"


class StoreLocked(StoreError):
    """An encrypted store opened without its key."""


@dataclass(frozen=True)
class Location:
    """Where the events and read models live, parsed from `--db`."""

    kind: str  # "sqlite" | "postgresql"
    env: dict[str, str] = field(repr=False)  # may hold the store key once opened
    sqlalchemy_url: str
    display: str
    path: Path | None = None
    dbname: str = ""


def default_sqlite_path() -> Path:
    if os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    else:
        base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "lianxin" / "lianxin.db"


def parse_location(db: str | None) -> Location:
    if not db:
        db = str(default_sqlite_path())
    if db.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        u = urlparse(db)
        dbname = (u.path or "/").lstrip("/")
        if not dbname:
            raise StoreError(f"PostgreSQL 地址缺少数据库名:{db}")
        env = {
            "PERSISTENCE_MODULE": "eventsourcing.postgres",
            "POSTGRES_DBNAME": dbname,
            "POSTGRES_HOST": u.hostname or "127.0.0.1",
            "POSTGRES_PORT": str(u.port or 5432),
            "POSTGRES_USER": unquote(u.username or "postgres"),
            "POSTGRES_PASSWORD": unquote(u.password or ""),
            # a workstation needs few connections (the window, the subscription, one long task); the
            # library's default opens five at once, so twenty workstations filled the server's hundred
            "POSTGRES_POOL_SIZE": "1",
            "POSTGRES_MAX_OVERFLOW": "3",
        }
        auth = u.netloc
        url = f"postgresql+psycopg://{auth}/{dbname}"
        return Location(
            "postgresql", env, url, f"postgresql://{u.hostname}:{u.port or 5432}/{dbname}", dbname=dbname
        )
    if db.startswith("sqlite:///"):
        db = db[len("sqlite:///") :]
    elif "://" in db:
        raise StoreError(f"不认识的数据库地址:{db}(应为文件路径、sqlite:///路径 或 postgresql://…)")
    path = Path(db).expanduser().resolve()
    env = {
        "PERSISTENCE_MODULE": "eventsourcing.sqlite",
        "SQLITE_DBNAME": str(path),
        "SQLITE_LOCK_TIMEOUT": "30",
    }
    return Location("sqlite", env, f"sqlite:///{path}", str(path), path=path)


def sqlite_engine(address: str, store_key: bytes | None = None) -> Engine:
    url: str | URL = address
    if store_key is not None:  # SQLCipher: the whole file, events and read models, encrypted
        path = address[len("sqlite:///") :]
        url = URL.create("sqlite+pysqlcipher", password=f"x'{store_key.hex()}'", database=path)
    # a pool of connections for the encrypted file too (SQLAlchemy's SQLCipher default is one connection
    # per thread, shared by every Connection on that thread: a key read while the projector held the
    # write lock rolled the projector's transaction back, and two workstations then projected the same
    # events at once)
    engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA synchronous=NORMAL")
        # the log folded into the file every 40 MB, not every 4 MB: a county file's index pages, written
        # again by batch after batch, are copied once per fold (an import's commits took 20 ms each)
        dbapi_connection.execute("PRAGMA wal_autocheckpoint=10000")
        dbapi_connection.execute("PRAGMA secure_delete=ON")  # what is deleted (a forgotten key) is zeroed
        # 32 MB of pages kept decoded per connection (SQLite's default is 2 MB): the ledgers' queries read
        # the same pages again and again, and an encrypted file pays a decryption for every page read
        dbapi_connection.execute("PRAGMA cache_size=-32768")

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # IMMEDIATE: two processes catching up never interleave their read-then-write.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


APPEND_ONLY_SQLITE = [
    """CREATE TRIGGER IF NOT EXISTS {t}_no_update BEFORE UPDATE ON {t}
       BEGIN SELECT RAISE(ABORT, 'events are append-only: corrections are new events'); END""",
    """CREATE TRIGGER IF NOT EXISTS {t}_no_delete BEFORE DELETE ON {t}
       BEGIN SELECT RAISE(ABORT, 'events are append-only: corrections are new events'); END""",
]

APPEND_ONLY_POSTGRES = [
    """CREATE OR REPLACE FUNCTION lianxin_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'events are append-only: corrections are new events'; END $$""",
    """DO $$ BEGIN
       IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = '{t}_append_only') THEN
         CREATE TRIGGER {t}_append_only BEFORE UPDATE OR DELETE ON {t}
           FOR EACH ROW EXECUTE FUNCTION lianxin_append_only();
       END IF;
       IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = '{t}_no_truncate') THEN
         CREATE TRIGGER {t}_no_truncate BEFORE TRUNCATE ON {t}
           FOR EACH STATEMENT EXECUTE FUNCTION lianxin_append_only();
       END IF;
       END $$""",
]


KEY_GUARDS_SQLITE = [
    """CREATE TRIGGER IF NOT EXISTS subject_keys_no_delete BEFORE DELETE ON subject_keys
       BEGIN SELECT RAISE(ABORT, 'record keys are destroyed by an erasure, never deleted'); END""",
    """CREATE TRIGGER IF NOT EXISTS subject_keys_only_erase BEFORE UPDATE ON subject_keys
       WHEN NEW.sealed_key IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'a record key may only be destroyed'); END""",
]

KEY_GUARDS_POSTGRES = [
    """CREATE OR REPLACE FUNCTION lianxin_keys_guard() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF TG_OP <> 'UPDATE' THEN RAISE EXCEPTION 'record keys are destroyed by an erasure, never deleted'; END IF;
         IF NEW.sealed_key IS NOT NULL THEN RAISE EXCEPTION 'a record key may only be destroyed'; END IF;
         RETURN NEW;
       END $$""",
    """CREATE TRIGGER subject_keys_no_delete BEFORE DELETE OR TRUNCATE ON subject_keys
       FOR EACH STATEMENT EXECUTE FUNCTION lianxin_keys_guard()""",
    """CREATE TRIGGER subject_keys_only_erase BEFORE UPDATE ON subject_keys
       FOR EACH ROW EXECUTE FUNCTION lianxin_keys_guard()""",
]


@dataclass
class Store:
    """The application (write side), the read-model engine and the projector over one database."""

    location: Location
    app: Lianxin
    engine: Engine
    projector: Projector
    events_table: str
    keys: SubjectKeyTable
    subscriber: Subscriber | None = field(default=None)
    #: the key of an encrypted store (None: a plain one); never in a repr or a log
    store_key: bytes | None = field(default=None, repr=False)
    #: what opening the store found wrong with its protection (shown by the app and by desk verify)
    tampering: list[str] = field(default_factory=list)

    @contextmanager
    def unsynced(self) -> Iterator[None]:
        """For a file being built aside and thrown away if the build fails (the demo): the event store's
        connections commit without waiting for the disk (SQLite's synchronous=OFF), then wait again. Does
        nothing on a server, or where the library's pool is not as expected."""
        pool = getattr(getattr(self.app.recorder, "datastore", None), "pool", None)
        idle = getattr(pool, "_pool", None)
        create = getattr(pool, "_create_connection", None)
        if self.location.kind != "sqlite" or idle is None or create is None:
            yield
            return

        def pragma(conn: Any, value: str) -> Any:
            raw = getattr(conn, "_sqlite_conn", None)
            if raw is not None:
                raw.execute(f"PRAGMA synchronous={value}")
            return conn

        made: list[Any] = []

        def unsynced_connection() -> Any:
            made.append(pragma(create(), "OFF"))
            return made[-1]

        for conn in list(idle):
            pragma(conn, "OFF")
        pool._create_connection = unsynced_connection  # type: ignore[union-attr]
        try:
            yield
        finally:
            del pool._create_connection  # type: ignore[union-attr]
            for conn in {id(c): c for c in [*idle, *made]}.values():
                with suppress(Exception):  # a connection closed meanwhile
                    pragma(conn, "FULL")

    def rebuild_read_models(self, progress: Callable[[int], None] | None = None) -> tuple[int, list[str]]:
        """Every read model but the hash chain emptied and replayed from the events (`desk rebuild`, 重建台帐…)
        — refused while the chain does not match the events, so that the evidence stays as found. Returns
        how many events were replayed, and into which read models."""
        from projections.chain import verify

        result = verify(self.app.recorder, self.engine)
        if not result.ok:
            raise StoreError(
                f"哈希链不符(第 {result.first_bad} 号事件):为保留证据,未重建。"
                "请先核对哈希链(desk verify,或审计日志中的核对)查明原因"
            )
        names = [p.name for p in self.projector.projections if p.name != "chain"]
        return self.projector.rebuild(names, progress=progress), names

    def protect(self) -> None:
        """Triggers, at the database, that refuse UPDATE and DELETE on the events and on the hash chain, and
        anything but adding or destroying (setting to NULL) a record key — so that a key row removed behind
        the app's back can never read as an erasure nobody recorded. They are installed once; a trigger found
        missing (or disabled) afterwards is reported as tampering, never re-created in silence."""
        sqlite = self.location.kind == "sqlite"
        guards: list[tuple[str, list[str], list[str]]] = [
            (
                table,
                [f"{table}_no_update", f"{table}_no_delete"]
                if sqlite
                else [f"{table}_append_only", f"{table}_no_truncate"],
                [
                    stmt.replace("{t}", table)
                    for stmt in (APPEND_ONLY_SQLITE if sqlite else APPEND_ONLY_POSTGRES)
                ],
            )
            for table in (self.events_table, "hash_chain")
        ]
        guards.append(
            (
                "subject_keys",
                ["subject_keys_no_delete", "subject_keys_only_erase"],
                KEY_GUARDS_SQLITE if sqlite else KEY_GUARDS_POSTGRES,
            )
        )
        with self.engine.begin() as conn:
            if not inspect(conn).has_table("store_protection"):
                conn.exec_driver_sql("CREATE TABLE store_protection (name VARCHAR(64) PRIMARY KEY)")
            installed = {str(r[0]) for r in conn.exec_driver_sql("SELECT name FROM store_protection")}
            found = {
                str(r[0])
                for r in conn.exec_driver_sql(
                    "SELECT name FROM sqlite_master WHERE type = 'trigger'"
                    if sqlite
                    else "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgenabled <> 'D'"
                )
            }
            for table, expected, statements in guards:
                if all(name in found for name in expected):
                    continue
                if table in installed:
                    self.tampering.append(
                        f"{table} 的防改写触发器缺失或被停用:有人绕过了保护,数据可能已被改动,"
                        "请运行 desk verify 并报告督查"
                    )
                    continue
                try:
                    with conn.begin_nested():  # an app role may not create triggers: said, the rest goes on
                        for stmt in statements:
                            conn.exec_driver_sql(stmt)
                        conn.exec_driver_sql(f"INSERT INTO store_protection (name) VALUES ('{table}')")
                except DBAPIError:
                    self.tampering.append(
                        f"{table} 尚未受触发器保护:请由数据库的所有者打开一次(如运行 desk verify)以安装保护"
                    )

    def grant_app_role(self, role: str, password: str | None = None) -> str:
        """PostgreSQL: an app role with INSERT/SELECT only on the events (when we may create roles)."""
        if self.location.kind != "postgresql":
            return "SQLite:事件表由触发器保护"
        try:
            with self.engine.begin() as conn:
                exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname=:r"), {"r": role}).first()
                if not exists:
                    pw = f" PASSWORD '{password}'" if password else ""
                    conn.execute(text(f'CREATE ROLE "{role}" LOGIN{pw}'))
                conn.execute(text(f'REVOKE ALL ON {self.events_table} FROM "{role}"'))
                conn.execute(text(f'GRANT SELECT, INSERT ON {self.events_table} TO "{role}"'))
                conn.execute(
                    text(f'GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO "{role}"')
                )
                conn.execute(text(f'REVOKE DELETE, TRUNCATE ON {self.events_table} FROM "{role}"'))
                # UPDATE stays granted only because the library takes LOCK TABLE … IN EXCLUSIVE MODE to number
                # notifications without gaps, which PostgreSQL allows only to a role that may UPDATE; every
                # UPDATE itself is refused by the append-only trigger, which only the owner could disable
                conn.execute(
                    text(f'REVOKE UPDATE, DELETE, TRUNCATE ON hash_chain, store_protection FROM "{role}"')
                )
                conn.execute(text(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO "{role}"'))
        except Exception as exc:  # noqa: BLE001 - reported to the person running init
            return f"未能设置应用角色 {role}(需要有建角色的权限):{exc.__class__.__name__}"
        return (
            f"应用角色 {role}:事件表只能追加和读取(INSERT、SELECT;改写与删除由触发器拒绝),哈希链同样只能追加"
        )

    def checkpoint_log(self) -> None:
        """SQLite: folds the write-ahead log into the file and empties it, so that pages holding erased data
        do not linger in the -wal file (secure delete has zeroed them in the file itself)."""
        if self.location.kind == "sqlite":
            raw = self.engine.raw_connection()  # outside a transaction: a checkpoint cannot run inside one
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()

    def start_subscription(self) -> None:
        if self.location.kind == "postgresql" and self.subscriber is None:
            self.subscriber = Subscriber(self.projector)
            self.subscriber.start()

    def close(self) -> None:
        if self.subscriber is not None:
            self.subscriber.stop()
        self.app.close()
        self.engine.dispose()


def check_server(location: Location) -> bool:
    """A PostgreSQL server that is down, a database that does not exist, a wrong password: within 5 s,
    one specific Chinese line instead of a long hang and a driver's English. Returns whether the store's
    tables are there already (then opening it changes no schema, and a restricted role can open it)."""
    import psycopg

    try:
        with server_connect(location) as conn:
            found = conn.execute(
                "SELECT to_regclass('lianxin_events') IS NOT NULL AND "
                "to_regclass('store_protection') IS NOT NULL"
            ).fetchone()
            return bool(found and found[0])
    except psycopg.OperationalError as exc:
        text = str(exc)
        if "does not exist" in text and "database" in text:
            raise StoreError(
                f"数据库不存在:{location.display}(请先在服务器上建立数据库,如 createdb {location.dbname})"
            ) from None
        if "password" in text or "authentication" in text:
            raise StoreError(f"密码不正确或无权登录数据库服务器:{location.display}") from None
        raise StoreError(f"无法连接服务器 {location.display}:请检查服务器是否开机、网络是否连通") from None


def sqlite_connect(path: Path, store_key: bytes | None = None) -> Any:
    """A DB-API connection to a store file: SQLCipher keyed with `store_key`, or plain sqlite3."""
    if store_key is None:
        return sqlite3.connect(path)
    from projections.cipherstore import connect

    return connect(str(path), store_key)


def is_encrypted(path: Path) -> bool:
    """A SQLite file starts with its format's name in clear; an encrypted one with random bytes."""
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError:
        return False
    return len(head) == 16 and head != b"SQLite format 3\x00"


def server_ring(location: Location) -> ServerKeyRing:
    """The wraps of a PostgreSQL store's key, read before the store is opened."""
    return ServerKeyRing(lambda: server_connect(location), location.display)


def server_connect(location: Location) -> Any:
    """A plain psycopg connection to a PostgreSQL store's database (5 s to answer), before it is opened."""
    import psycopg

    env = location.env
    return psycopg.connect(
        host=env["POSTGRES_HOST"],
        port=int(env["POSTGRES_PORT"]),
        dbname=env["POSTGRES_DBNAME"],
        user=env["POSTGRES_USER"],
        password=env["POSTGRES_PASSWORD"] or None,
        connect_timeout=5,
    )


def settle_sqlite_file(path: Path, store_key: bytes | None = None) -> None:
    """Folds the write-ahead log into the file and leaves it in rollback-journal mode, so that the file
    alone holds everything and can be moved or copied (the app puts it back into WAL mode on opening).
    Every other connection to it must be closed."""
    conn = sqlite_connect(path, store_key)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def projections() -> list[Projection]:
    return [
        SettingsProjection(),
        RosterProjection(),
        ConcernProjection(),
        ContactProjection(),
        VisitProjection(),
        InterviewProjection(),
        RatingProjection(),
        ArticleProjection(),
        UnitWorkProjection(),
        AuditProjection(),
        ChainProjection(),
    ]


def open_store(
    db: str | None, clock: Clock | None = None, *, create: bool = True, store_key: bytes | None = None
) -> Store:
    """Opens (or creates) a store. An encrypted embedded store needs its `store_key` (an operator's
    password unlocks it: `KeyRing.unlock`); a new file is encrypted when a key is given."""
    location = parse_location(db)
    created = False
    if location.kind == "sqlite":
        assert location.path is not None
        created = not location.path.exists()
        if not created and store_key is None and is_encrypted(location.path):
            if not keys_path(location.path).is_file():
                raise StoreLocked(
                    f"{location.path} 已加密,但它的钥匙文件 {keys_path(location.path).name} 不在旁边:没有它谁也打不开。"
                    "请把与数据库一起备份的 .keys 文件放回同一文件夹"
                )
            raise StoreLocked(f"{location.path} 已加密,须凭操作员的密码打开(请登录;命令行加 --user)")
        if created:
            if not create:
                raise StoreError(f"数据库文件不存在:{location.path}(先运行 desk init 或 desk demo)")
            if not location.path.parent.is_dir():
                raise StoreError(f"数据库所在的文件夹不存在:{location.path.parent}(请先建立文件夹或另选位置)")
            # residents' data: the file (and the -wal and -shm files SQLite makes like it) is the user's own
            fd = os.open(location.path, os.O_CREAT | os.O_WRONLY, 0o600)
            os.close(fd)
        engine = sqlite_engine(location.sqlalchemy_url, store_key)
        if store_key is not None:
            location.env["PERSISTENCE_MODULE"] = "projections.cipherstore:CipherFactory"
            location.env["SQLCIPHER_KEY"] = store_key.hex()
    else:
        if check_server(location):
            location.env["CREATE_TABLE"] = "no"  # opening a store changes no schema
        engine = create_engine(
            location.sqlalchemy_url,
            pool_pre_ping=True,
            pool_size=2,
            max_overflow=3,
            connect_args={"connect_timeout": 5},
        )
    if store_key is not None:
        # every event's state encrypted with the store key by the library's own cipher (AES-GCM): on a
        # server that is what keeps it unreadable; in a SQLCipher file it lets a backup carry a PostgreSQL
        # store's events as they are stored, so their chain still verifies
        location.env["CIPHER_TOPIC"] = "eventsourcing.cryptography:AESCipher"
        location.env["CIPHER_KEY"] = b64encode(store_key).decode()
    try:
        app = Lianxin(env=location.env, clock=clock)
    except Exception as exc:
        engine.dispose()
        if location.path is not None and created:
            location.path.unlink(missing_ok=True)  # nothing left behind by a failed open
        raise StoreError(f"无法打开数据库 {location.display}:{exc}") from exc
    events_table = str(getattr(app.recorder, "events_table_name", "stored_events"))
    keys = SubjectKeyTable(engine, store_key)  # read at the first key needed, not here
    if isinstance(app.mapper, SealingMapper):
        app.mapper.keys = keys
    app.concerns.similar_concern = ConcernQuery(
        engine
    ).similar  # double entry of a concern (the ledger knows)
    projector = Projector(app.recorder, app.mapper, engine, projections())
    store = Store(location, app, engine, projector, events_table, keys, store_key=store_key)
    projector.create_tables()
    store.protect()
    return store


class StoreClock:
    """Time the store can trust. On PostgreSQL "recorded at" is the server's clock; on SQLite it never
    goes back before the last stored event. A workstation clock that disagrees with the store by more than
    a few minutes is refused with a clear message, so that a clock set back can neither avoid the R-G3 flag
    nor put today's records into an earlier 回看, and a clock set ahead cannot lift a lockout."""

    TOLERANCE = timedelta(minutes=5)

    def __init__(self, store: Store, local: Clock) -> None:
        self.store, self.local = store, local
        self._checked: tuple[float, datetime | None] = (-1e9, None)  # (monotonic time, store's time then)

    def _store_now(self) -> datetime | None:
        if self.store.location.kind == "postgresql":
            with self.store.engine.connect() as conn:
                found = conn.execute(text("SELECT now()")).scalar()
            return found.astimezone(UTC) if isinstance(found, datetime) else None
        recorder = self.store.app.recorder
        last = int(recorder.max_notification_id() or 0)
        if not last:
            return None
        page = recorder.select_notifications(start=last, limit=1)
        if not page:
            return None
        try:
            stamp = getattr(self.store.app.mapper.to_domain_event(page[0]), "timestamp", None)
        except Exception:  # noqa: BLE001 - an unreadable last event: verify reports it; the clock goes on
            return None
        return stamp.astimezone(UTC) if isinstance(stamp, datetime) else None

    def now(self) -> datetime:
        local = self.local.now()
        seen_at, seen = self._checked
        if time.monotonic() - seen_at > 2:  # at most every two seconds: a command stores many events
            seen = self._store_now()
            self._checked = (time.monotonic(), seen)
        reference = seen + timedelta(seconds=time.monotonic() - self._checked[0]) if seen else None
        if reference is None:
            return local
        if self.store.location.kind == "postgresql":
            if abs(local - reference) > self.TOLERANCE:
                raise StoreError(self._refusal(local, reference, "数据库服务器的时间"))
            return reference
        if local < reference - self.TOLERANCE:
            raise StoreError(self._refusal(local, reference, "数据库中最近一条记录的时间"))
        return max(local, reference)

    def today(self) -> date:
        return self.now().astimezone(local_zone()).date()

    @staticmethod
    def _refusal(local: datetime, reference: datetime, what: str) -> str:
        zone = local_zone()
        return (
            f"本机时钟({local.astimezone(zone):%Y-%m-%d %H:%M})与{what}({reference.astimezone(zone):%Y-%m-%d %H:%M})"
            "相差过大:请先校准本机日期和时间,再录入"
        )
