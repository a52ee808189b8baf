"""The library's SQLite recorder on an encrypted file: SQLCipher (sqlcipher3) in place of sqlite3.

Everything else — tables, statements, transactions, notification ids — is `eventsourcing.sqlite` itself;
only the connection is made by SQLCipher and keyed with the store key (a raw 256-bit key, so no key
derivation runs per connection), and SQLCipher's errors are mapped to the library's as sqlite3's are.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import Any

from eventsourcing import persistence as es
from eventsourcing.sqlite import (
    SQLiteConnection,
    SQLiteConnectionPool,
    SQLiteCursor,
    SQLiteDatastore,
    SQLiteFactory,
    SQLiteTransaction,
)
from eventsourcing.utils import Environment, EnvType
from sqlcipher3 import dbapi2

KEY_ENV = "SQLCIPHER_KEY"


def key_pragma(store_key: bytes) -> str:
    return f"PRAGMA key = \"x'{store_key.hex()}'\""


def connect(path: str, store_key: bytes, **kwargs: Any) -> Any:
    """A SQLCipher connection to `path`, keyed (also for backups, checkpoints and maintenance)."""
    conn = dbapi2.connect(path, **kwargs)
    conn.execute(key_pragma(store_key))
    conn.execute("PRAGMA secure_delete = ON")
    return conn


_ERRORS = (
    (dbapi2.InterfaceError, es.InterfaceError),
    (dbapi2.DataError, es.DataError),
    (dbapi2.OperationalError, es.OperationalError),
    (dbapi2.IntegrityError, es.IntegrityError),
    (dbapi2.InternalError, es.InternalError),
    (dbapi2.ProgrammingError, es.ProgrammingError),
    (dbapi2.NotSupportedError, es.NotSupportedError),
    (dbapi2.DatabaseError, es.DatabaseError),
    (dbapi2.Error, es.PersistenceError),
)


class CipherTransaction(SQLiteTransaction):
    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_val: BaseException | None,
        exc_tb: TracebackType | None,
    ) -> None:
        try:
            super().__exit__(exc_type, exc_val, exc_tb)
        except dbapi2.Error as e:
            for theirs, ours in _ERRORS:
                if isinstance(e, theirs):
                    raise ours(e) from e
            raise


class CipherConnection(SQLiteConnection):
    @contextmanager
    def transaction(self, *, commit: bool) -> Iterator[SQLiteCursor]:
        with CipherTransaction(self, commit=commit) as curs, curs:
            yield curs


class CipherPool(SQLiteConnectionPool):
    store_key = b""

    def _create_connection(self) -> SQLiteConnection:
        try:
            c = connect(
                self.db_name,
                self.store_key,
                uri=True,
                check_same_thread=False,
                isolation_level=None,
                cached_statements=True,
                timeout=self.lock_timeout or 5,
            )
        except (dbapi2.Error, TypeError) as e:
            raise es.InterfaceError(e) from e
        if not self.is_journal_mode_wal:
            mode = c.execute("PRAGMA journal_mode").fetchone()[0]
            if str(mode).lower() != "wal":
                c.execute("PRAGMA journal_mode=WAL")
            self.is_journal_mode_wal = True
        c.row_factory = dbapi2.Row
        return CipherConnection(sqlite_conn=c, max_age=self.max_age)


class CipherFactory(SQLiteFactory):
    """`PERSISTENCE_MODULE=projections.cipherstore:CipherFactory`, with the key (hex) in SQLCIPHER_KEY."""

    def __init__(self, env: Environment | EnvType | None):
        super().__init__(env)
        key = bytes.fromhex(self.env.get(KEY_ENV) or "")
        if len(key) != 32:
            raise OSError("SQLCipher store key missing or not 256 bits")
        old = self.datastore
        pool = CipherPool(db_name=old.pool.db_name, lock_timeout=old.pool.lock_timeout)
        pool.store_key = key
        old.pool.close()
        self.datastore = SQLiteDatastore.__new__(SQLiteDatastore)
        self.datastore.__dict__.update(old.__dict__)
        self.datastore.pool = pool
