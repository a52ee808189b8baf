"""The keys of a store: the store key that opens an encrypted store, kept wrapped once per operator
under a key derived from that operator's password (argon2id), and the per-record keys that seal residents'
personal data in the events (destroyed to forget a resident).

A wrap is AES-GCM of the store key under argon2id(password, salt). So any operator's login opens the store,
a password change re-wraps, a disabled operator's wrap is removed, and nobody without a password can read
the file. The wraps of an embedded store live beside it (`lianxin.db.keys`, the user's own file); nothing in
them is personal data.
"""

from __future__ import annotations

import json
import os
import secrets
import tempfile
from base64 import b64decode, b64encode
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from filelock import FileLock, Timeout
from sqlalchemy import Column, Integer, LargeBinary, MetaData, String, Table
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Engine

from domain.errors import AuthenticationFailed, DomainError, RuleViolation

FORMAT = "lianxin-keys/1"
#: argon2id: about 0.1 s and 64 MiB per attempt on an office PC, so guessing passwords from a copied file
#: is slow; the login itself pays it once
KDF = {"t": 2, "m": 65536, "p": 1}


def keys_path(store_path: Path) -> Path:
    return store_path.with_name(store_path.name + ".keys")


def new_store_key() -> bytes:
    return secrets.token_bytes(32)


def _derive(password: str, salt: bytes, kdf: dict[str, int]) -> bytes:
    return hash_secret_raw(
        password.encode("utf-8"),
        salt,
        time_cost=kdf["t"],
        memory_cost=kdf["m"],
        parallelism=kdf["p"],
        hash_len=32,
        type=Type.ID,
    )


def _write_private(path: Path, data: str) -> None:
    """Atomically, the user's own (0600) from the start; a temporary file of its own, so that two processes
    writing at once never install each other's half-written file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class KeyRingError(DomainError):
    code = "钥匙"


@dataclass
class KeyRing:
    """The wraps of one embedded store's key, in the JSON file beside it."""

    path: Path

    def exists(self) -> bool:
        return self.path.is_file()

    def _save(self, data: dict[str, Any]) -> None:
        _write_private(self.path, json.dumps(data, ensure_ascii=False, indent=1))

    def _modify(self, change: Callable[[dict[str, Any]], Any]) -> Any:
        """Read, change, write — one process at a time (a lock file beside the ring)."""
        with FileLock(str(self.path) + ".lock", timeout=30, mode=0o600):
            data = self._load()
            result = change(data)
            self._save(data)
            return result

    def document(self) -> dict[str, Any]:
        """The whole ring (to carry it with a backup, or into a restored store)."""
        return self._load()

    def adopt(self, data: dict[str, Any]) -> None:
        self._save(data)

    def _read(self) -> str:
        return self.path.read_text("utf-8")

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self._read())
        except (OSError, ValueError) as exc:
            raise AuthenticationFailed(
                f"数据库的钥匙文件无法读取:{self.path}({exc.__class__.__name__})"
            ) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise AuthenticationFailed(f"数据库的钥匙文件格式不对:{self.path}")
        return data

    def township(self) -> str:
        return str(self._load().get("township", "")) if self.exists() else ""

    def names(self) -> list[str]:
        return sorted(self._load().get("wraps", {}))

    def create(self, township: str = "") -> None:
        self._save({"format": FORMAT, "township": township, "wraps": {}})

    def set_township(self, township: str) -> None:
        self._modify(lambda data: data.__setitem__("township", township))

    def unlock(self, name: str, password: str) -> bytes:
        """The store key, if `password` is `name`'s; the same words, and the same work, otherwise (so the
        door does not tell which names exist)."""
        wrap = self._load().get("wraps", {}).get(name.strip())
        if wrap is None:
            _derive(password, b"\0" * 16, KDF)
            raise AuthenticationFailed("用户名或密码不正确")
        salt, nonce, box = (b64decode(wrap[k]) for k in ("salt", "nonce", "box"))
        try:
            return AESGCM(_derive(password, salt, wrap["kdf"])).decrypt(nonce, box, name.strip().encode())
        except InvalidTag:
            raise AuthenticationFailed("用户名或密码不正确") from None

    def wrap(self, name: str, password: str, store_key: bytes) -> None:
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        box = AESGCM(_derive(password, salt, KDF)).encrypt(nonce, store_key, name.encode())
        entry = {
            "kdf": KDF,
            "salt": b64encode(salt).decode(),
            "nonce": b64encode(nonce).decode(),
            "box": b64encode(box).decode(),
        }
        self._modify(lambda data: data.setdefault("wraps", {}).__setitem__(name, entry))

    def remove(self, name: str) -> None:
        self._modify(lambda data: data.setdefault("wraps", {}).pop(name, None))

    def note_failure(self, name: str, workstation: str) -> None:
        """A login that failed before the store could open: stored as an audited failure (R-S4) by the next
        opening, which is all the store can know of it. Never in the way of the login's own message."""
        if not self.exists():
            return
        entry = [name.strip()[:64], workstation[:64], f"{datetime.now():%Y-%m-%d %H:%M}"]

        def add(data: dict[str, Any]) -> None:
            failures = data.setdefault("failures", [])
            if len(failures) < 1000:
                failures.append(entry)

        with suppress(OSError, DomainError, Timeout):
            self._modify(add)

    def take_failures(self) -> list[tuple[str, str, str]]:
        """(name, workstation, local time) of each login refused at the door since the last opening."""
        failures = self._modify(lambda data: data.pop("failures", []))
        return [(str(f[0]), str(f[1]), str(f[2]) if len(f) > 2 else "") for f in failures]

    def has(self, name: str) -> bool:
        return name in self._load().get("wraps", {})


class ServerKeyRing(KeyRing):
    """The wraps of a PostgreSQL store's key, in the database itself (one row: every workstation sees the
    same wraps, and the app role may update them when a password changes)."""

    TABLE = "store_key_ring"

    def __init__(self, connect: Callable[[], Any], display: str) -> None:
        super().__init__(Path(display))
        self.connect = connect

    def exists(self) -> bool:
        with self._server() as conn:
            found = conn.execute(f"SELECT to_regclass('{self.TABLE}') IS NOT NULL").fetchone()
            if not (found and found[0]):
                return False
            return conn.execute(f"SELECT 1 FROM {self.TABLE} WHERE id = 1").fetchone() is not None

    def _read(self) -> str:
        with self._server() as conn:
            row = conn.execute(f"SELECT doc FROM {self.TABLE} WHERE id = 1").fetchone()
        if row is None:
            raise OSError("no key ring")
        return str(row[0])

    def create(self, township: str = "") -> None:
        """At `desk init`, by the database's owner: the table, then the ring."""
        self._create_table()
        super().create(township)

    def adopt(self, data: dict[str, Any]) -> None:
        """At `desk restore` into a new database, by its owner."""
        self._create_table()
        super().adopt(data)

    def _create_table(self) -> None:
        with self._server() as conn:
            conn.execute(
                f"CREATE TABLE IF NOT EXISTS {self.TABLE} (id INTEGER PRIMARY KEY, doc TEXT NOT NULL)"
            )
            conn.commit()

    def _save(self, data: dict[str, Any]) -> None:
        with self._server() as conn:
            conn.execute(
                f"INSERT INTO {self.TABLE} (id, doc) VALUES (1, %s) ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc",
                (json.dumps(data, ensure_ascii=False),),
            )
            conn.commit()

    def _modify(self, change: Callable[[dict[str, Any]], Any]) -> Any:
        """Read, change, write in one transaction holding the row: workstations take turns."""
        with self._server() as conn:
            row = conn.execute(f"SELECT doc FROM {self.TABLE} WHERE id = 1 FOR UPDATE").fetchone()
            if row is None:
                raise KeyRingError("数据库的钥匙记录不存在:请用 desk init 建立,或从备份恢复")
            data = json.loads(str(row[0]))
            result = change(data)
            conn.execute(
                f"UPDATE {self.TABLE} SET doc = %s WHERE id = 1", (json.dumps(data, ensure_ascii=False),)
            )
            conn.commit()
            return result

    @contextmanager
    def _server(self) -> Iterator[Any]:
        import psycopg

        try:
            with self.connect() as conn:
                yield conn
        except psycopg.Error as exc:
            raise KeyRingError(
                f"无法读写数据库的钥匙记录({exc.__class__.__name__}):请检查数据库连接和权限"
            ) from None


class StoreKeyWitness:
    """Told by the application of every password set and every operator disabled, keeps the wraps in step
    (the domain's `PasswordWitness`)."""

    def __init__(self, ring: KeyRing, store_key: bytes) -> None:
        self.ring, self.store_key = ring, store_key

    def password_set(self, name: str, password: str) -> None:
        self.ring.wrap(name, password, self.store_key)

    def logged_in(self, name: str, password: str) -> None:
        if not self.ring.has(name):
            self.ring.wrap(name, password, self.store_key)

    def operator_disabled(self, name: str) -> None:
        self.ring.remove(name)

    def township_named(self, township: str) -> None:
        self.ring.set_township(township)


key_metadata = MetaData()
#: one key per record holding a resident's personal data; a NULL key is a destroyed one (forgotten)
subject_keys = Table(
    "subject_keys",
    key_metadata,
    Column("subject", String(36), primary_key=True),
    Column("sealed_key", LargeBinary, nullable=True),
)
#: bumped with every erasure, so that each workstation drops the keys another one destroyed
key_generation = Table(
    "key_generation",
    key_metadata,
    Column("id", Integer, primary_key=True),
    Column("n", Integer, nullable=False),
)


class KeyTampered(DomainError):
    code = "数据库"


class SubjectKeyTable:
    """The per-record keys (the domain's `SubjectKeys`), sealed under the store key when there is one."""

    def __init__(self, engine: Engine, store_key: bytes | None) -> None:
        self.engine = engine
        self.store_key = store_key
        self._cache: dict[UUID, bytes | None] = {}
        #: the keys read all at once (`preload`), still sealed, by subject text: each opened when first
        #: used (a county's half a million, parsed and unsealed at once, took seconds of the first import)
        self._bulk: dict[str, bytes | None] = {}
        self._generation = -1
        self._loaded = False  # every key read once (`preload`), at the first that is needed
        #: nobody else writes to this store (a demo file being built): no destroyed keys to look for
        self.sole_writer = False
        key_metadata.create_all(engine)

    def _seal(self, subject: UUID, key: bytes) -> bytes:
        if self.store_key is None:
            return key
        nonce = secrets.token_bytes(12)
        return nonce + AESGCM(self.store_key).encrypt(nonce, key, subject.bytes)

    def _open(self, subject: UUID, sealed: bytes | None) -> bytes | None:
        if sealed is None:
            return None
        if self.store_key is None:
            return bytes(sealed)
        try:
            return AESGCM(self.store_key).decrypt(sealed[:12], sealed[12:], subject.bytes)
        except InvalidTag:
            raise KeyTampered(
                f"记录 {subject} 的钥匙无法解开:subject_keys 表被改动过。请运行 desk verify 并报告督查"
            ) from None

    def _query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """A plain read, outside any transaction: the projector may hold the store's write lock while it
        opens events, and a read must not queue behind it (SQLite's WAL lets it read at once). `?` marks a
        parameter, whatever the database."""
        if self.engine.dialect.name == "postgresql":
            sql = sql.replace("?", "%s")
        raw = self.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute(sql, tuple(params))
            rows = [tuple(r) for r in cursor.fetchall()]
            raw.rollback()
            return rows
        finally:
            raw.close()

    def _read(self, subjects: list[UUID] | None = None) -> list[tuple[str, bytes | None]]:
        """(subject, sealed key) of the subjects given (all when None)."""
        if subjects is None:
            rows = self._query("SELECT subject, sealed_key FROM subject_keys")
        else:
            rows = []
            for i in range(0, len(subjects), 500):
                chunk = [str(s) for s in subjects[i : i + 500]]
                marks = ", ".join("?" * len(chunk))
                rows += self._query(
                    f"SELECT subject, sealed_key FROM subject_keys WHERE subject IN ({marks})", chunk
                )
        return [(str(s), None if k is None else bytes(k)) for s, k in rows]

    def _remember(self, rows: list[tuple[str, bytes | None]]) -> None:
        """Keeps what was read — but never brings back a key known destroyed (a read that began before
        another workstation's erasure must not undo what `sync` learned meanwhile: tombstones are final)."""
        for text, sealed in rows:
            subject = UUID(text)
            if subject in self._cache and self._cache[subject] is None:
                continue
            self._cache[subject] = self._open(subject, sealed)

    def preload(self) -> None:
        """Every key at once (one read): done when the first key not yet here is needed, not when the
        store opens (a county's hundreds of thousands of keys would delay every start). The generation is
        read first, so that a key destroyed meanwhile is dropped at the next `sync`."""
        generation = self._read_generation()
        destroyed = {str(subject) for subject, key in self._cache.items() if key is None}
        self._bulk = {text: sealed for text, sealed in self._read() if text not in destroyed}
        self._generation = generation
        self._loaded = True

    def _known(self, subject: UUID) -> bool:
        """Whether this record's key (or its tombstone) is here, opened from the bulk read if need be; a
        tombstone learned since the bulk read wins over what it read."""
        if subject in self._cache:
            return True
        text = str(subject)
        if text not in self._bulk:
            return False
        self._cache[subject] = self._open(subject, self._bulk.pop(text))
        return True

    def _read_generation(self) -> int:
        rows = self._query("SELECT n FROM key_generation WHERE id = 1")
        return int(rows[0][0]) if rows else 0

    def sync(self) -> bool:
        """Drops from this process the keys any workstation has destroyed since it last looked (one small
        read; called before a save that seals, by the catch-up and when the log moved). True when there
        were any."""
        if self.sole_writer:
            return False
        generation = self._read_generation()
        if generation == self._generation:
            return False
        first = self._generation == -1  # no key used here yet: nothing read with one can be stale
        for (subject,) in self._query("SELECT subject FROM subject_keys WHERE sealed_key IS NULL"):
            self._cache[UUID(str(subject))] = None
            self._bulk.pop(str(subject), None)
        self._generation = generation
        return not first

    def key(self, subject: UUID, *, create: bool) -> bytes | None:
        if create and not self._known(subject):  # a save looked at the destroyed keys just before
            self.ensure([subject])
        elif not self._known(subject):
            if not self._loaded:
                self.preload()  # a catch-up opens thousands: all read at once, the first time
            if not self._known(subject):
                self._remember(self._read([subject]))
        found = self._cache.get(subject)
        if found is None and create:
            raise RuleViolation(
                "R-S5",
                "该记录的个人信息已按申请删除:不能再录入其姓名、电话、地址或叙述(可录入不含个人信息的内容)",
            )
        return found

    def ensure(self, subjects: list[UUID], *, look: bool = True) -> None:
        """Makes the keys not made yet in one transaction (a batch of records saved together); another
        workstation's, where it made one first, wins. Looks at the destroyed keys first (unless the caller
        just did, `look`): nothing is ever sealed under a key another workstation has just destroyed."""
        if look:
            self.sync()
        missing = [s for s in dict.fromkeys(subjects) if not self._known(s)]
        if not missing:
            return
        self._remember(self._read(missing))
        fresh = {s: secrets.token_bytes(32) for s in missing if s not in self._cache}
        if not fresh:
            return
        with self.engine.begin() as conn:
            conn.execute(
                self._insert(subject_keys).on_conflict_do_nothing(),
                [{"subject": str(s), "sealed_key": self._seal(s, k)} for s, k in fresh.items()],
            )
        self._remember(self._read(list(fresh)))

    def _insert(self, table: Table) -> Any:
        if self.engine.dialect.name == "postgresql":
            # imported only for a server store: the dialect's import is a twentieth of a cold start
            from sqlalchemy.dialects.postgresql import insert as pg_insert  # noqa: PLC0415

            return pg_insert(table)
        return sqlite_insert(table)

    def destroy(self, subjects: list[UUID]) -> None:
        """Overwrites the keys (the database's secure delete zeroes the old bytes); kept as tombstones so that
        no new key is ever made for a forgotten record. Idempotent: an erasure interrupted is done again."""
        with self.engine.begin() as conn:
            for subject in subjects:
                stmt = self._insert(subject_keys).values(subject=str(subject), sealed_key=None)
                conn.execute(
                    stmt.on_conflict_do_update(index_elements=["subject"], set_={"sealed_key": None})
                )
            bump = self._insert(key_generation).values(id=1, n=1)
            conn.execute(
                bump.on_conflict_do_update(index_elements=["id"], set_={"n": key_generation.c.n + 1})
            )
        self.forget_cached(subjects)

    def forget_cached(self, subjects: list[UUID]) -> None:
        for subject in subjects:
            self._cache[subject] = None
            self._bulk.pop(str(subject), None)


def copy_subject_keys(source: SubjectKeyTable, target: SubjectKeyTable) -> int:
    """Every record key (and tombstone) of one store into another, resealed under the target's store key;
    a backup without them would have lost every resident's data."""
    rows = [(UUID(s), source._open(UUID(s), k)) for s, k in source._read()]
    with target.engine.begin() as conn:
        if rows:
            conn.execute(
                subject_keys.insert(),
                [
                    {"subject": str(s), "sealed_key": None if k is None else target._seal(s, k)}
                    for s, k in rows
                ],
            )
    target._cache.clear()
    target._bulk.clear()
    target.preload()
    return len(rows)
