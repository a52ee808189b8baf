"""`desk backup` and `desk restore`: a consistent copy of a live store, verified by its chain head.

A file copy of a store in use is unsafe (a WAL store copied mid-write loses what is in its -wal file, and
a copy restored beside an old -wal file is corrupted). SQLite's online backup API copies a consistent
snapshot while workstations go on writing; a PostgreSQL store is backed up as a SQLite store holding the
same notifications (same ids, so the same chain). Restore refuses a copy whose chain does not verify,
then rebuilds the read models from the events.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlcipher3 import dbapi2 as cipher_dbapi

from desk.sheets import OutputError, check_writable, restrict
from domain.errors import DomainError
from projections.chain import head, verify
from projections.keys import KeyRing, copy_subject_keys, keys_path
from projections.store import (
    Store,
    is_encrypted,
    open_store,
    parse_location,
    server_ring,
    settle_sqlite_file,
    sqlite_connect,
)

PAGE = 2000


class BackupError(DomainError):
    code = "备份"


@dataclass(frozen=True)
class BackupResult:
    events: int
    head_id: int
    chain_head: str


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _discard(path: Path) -> None:
    for p in (path, *_sidecars(path)):
        p.unlink(missing_ok=True)


def backup(store: Store, out: Path, progress: Callable[[int], None] | None = None) -> BackupResult:
    """Writes a verified copy of `store` to `out` (a SQLite file), whatever the store's back end."""
    check_writable(out)
    if out.exists():
        raise OutputError(f"{out} 已存在:备份不覆盖已有文件,请另选文件名")
    building = out.with_name(out.name + ".partial")
    _discard(building)
    try:
        if store.location.kind == "sqlite":
            assert store.location.path is not None
            source = sqlite_connect(store.location.path, store.store_key)
            target = sqlite_connect(building, store.store_key)  # an encrypted store's copy stays encrypted
            try:
                source.backup(
                    target, pages=1024, progress=(lambda _s, _r, _t: progress(0)) if progress else None
                )
            finally:
                target.close()
                source.close()
        else:
            _copy_notifications(store, building, progress)
        result = _verified(building, store.store_key)
        settle_sqlite_file(building, store.store_key)
    except BaseException:
        _discard(building)
        raise
    os.replace(building, out)
    restrict(out)
    if store.store_key is not None:  # the wraps go with the copy: any operator's password opens it
        ring = KeyRing(keys_path(store.location.path)) if store.location.path else server_ring(store.location)
        ring_copy = {k: v for k, v in ring.document().items() if k != "failures"}  # audited by the store
        KeyRing(keys_path(out)).adopt(ring_copy)
    return result


def _copy_notifications(store: Store, building: Path, progress: Callable[[int], None] | None) -> None:
    """Every notification of a PostgreSQL store into a new SQLite store, with its own id."""
    copy = open_store(str(building), store_key=store.store_key)  # encrypted as the server's events are
    try:
        table = copy.events_table
        start = 0
        conn = sqlite_connect(building, store.store_key)
        try:
            while True:
                page = store.app.recorder.select_notifications(
                    start=start, limit=PAGE, inclusive_of_start=False
                )
                if not page:
                    break
                conn.executemany(
                    f"INSERT INTO {table} (rowid, originator_id, originator_version, topic, state) VALUES (?,?,?,?,?)",
                    [
                        (n.id, str(n.originator_id), n.originator_version, n.topic, bytes(n.state))
                        for n in page
                    ],
                )
                start = page[-1].id
                conn.commit()
                if progress is not None:
                    progress(len(page))
        finally:
            conn.close()
        copy_subject_keys(store.keys, copy.keys)
        copy.projector.catch_up()
    finally:
        copy.close()


def _verified(path: Path, store_key: bytes | None = None) -> BackupResult:
    copy = open_store(str(path), create=False, store_key=store_key)
    try:
        copy.projector.catch_up()
        result = verify(copy.app.recorder, copy.engine)
        if not result.ok:
            raise BackupError(f"副本的哈希链不符(第 {result.first_bad} 号事件:{result.problem}),未采用")
        head_id, link = head(copy.engine)
        return BackupResult(result.checked, head_id, link)
    finally:
        copy.close()


def restore(
    source: Path,
    db: str | None,
    progress: Callable[[int], None] | None = None,
    store_key: bytes | None = None,
) -> BackupResult:
    """Restores a backup into a new store (a new SQLite file or an empty PostgreSQL database). An
    encrypted backup needs its key (`KeyRing(keys_path(source)).unlock(...)`); the restored file keeps it."""
    if not source.is_file():
        raise BackupError(f"备份文件不存在:{source}")
    if store_key is None and is_encrypted(source):
        raise BackupError(
            f"{source.name} 是加密的备份,但它的钥匙文件 {keys_path(source).name} 不在旁边:请把备份时一起生成的"
            " .keys 文件放回同一文件夹,再用 --user 恢复"
        )
    location = parse_location(db)
    if location.kind == "sqlite":
        assert location.path is not None
        if location.path.exists():
            raise BackupError(f"{location.path} 已存在:恢复只写入新的数据库文件,请另选文件名")
        check_writable(location.path)
        building = location.path.with_name(location.path.name + ".partial")
        _discard(building)
        try:
            src, dst = sqlite_connect(source, store_key), sqlite_connect(building, store_key)
            try:
                src.backup(dst)
            finally:
                dst.close()
                src.close()
            result = _restored(str(building), progress, store_key)
            settle_sqlite_file(building, store_key)
        except (sqlite3.DatabaseError, cipher_dbapi.DatabaseError):
            _discard(building)
            raise BackupError(f"{source} 不是有效的备份文件") from None
        except BaseException:
            _discard(building)
            raise
        os.replace(building, location.path)
        restrict(location.path)
        if keys_path(source).is_file():
            shutil.copyfile(keys_path(source), keys_path(location.path))
            restrict(keys_path(location.path))
        return result
    return _restore_to_postgres(source, db or "", progress, store_key)


def _restored(db: str, progress: Callable[[int], None] | None, store_key: bytes | None) -> BackupResult:
    """Verifies the events against the chain they carry, then rebuilds every other read model."""
    store = open_store(db, create=False, store_key=store_key)
    try:
        store.projector.catch_up()
        result = verify(store.app.recorder, store.engine)
        if not result.ok:
            raise BackupError(f"备份的哈希链不符(第 {result.first_bad} 号事件:{result.problem}):拒绝恢复")
        store.projector.rebuild([p.name for p in store.projector.projections if p.name != "chain"], progress)
        stale = store.projector.faults()
        if stale:
            name, nid, message = stale[0]
            raise BackupError(f"备份中第 {nid} 号事件无法读入台帐“{name}”({message}):拒绝恢复")
        head_id, link = head(store.engine)
        return BackupResult(result.checked, head_id, link)
    finally:
        store.close()


def _restore_to_postgres(
    source: Path, db: str, progress: Callable[[int], None] | None, store_key: bytes | None
) -> BackupResult:
    backup_copy = open_store(str(source), create=False, store_key=store_key)
    try:
        checked = verify(backup_copy.app.recorder, backup_copy.engine)
        if not checked.ok:
            raise BackupError(f"备份的哈希链不符(第 {checked.first_bad} 号事件:{checked.problem}):拒绝恢复")
        expected = head(backup_copy.engine)
        target = open_store(db, store_key=store_key)
        try:
            if target.app.recorder.max_notification_id():
                raise BackupError("目标数据库已有事件:恢复只写入空数据库")
            if store_key is not None:  # the operators' wraps, so that their passwords open the server's store
                server_ring(target.location).adopt(KeyRing(keys_path(source)).document())
            table = target.events_table
            start = 0
            raw = target.engine.raw_connection()
            try:
                cursor = raw.cursor()
                while True:
                    page = backup_copy.app.recorder.select_notifications(
                        start=start, limit=PAGE, inclusive_of_start=False
                    )
                    if not page:
                        break
                    cursor.executemany(
                        f"INSERT INTO {table} (notification_id, originator_id, originator_version, topic, state) "
                        "VALUES (%s, %s, %s, %s, %s)",
                        [
                            (n.id, n.originator_id, n.originator_version, n.topic, bytes(n.state))
                            for n in page
                        ],
                    )
                    start = page[-1].id
                cursor.execute(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'notification_id'), %s)", (start,)
                )
                raw.commit()
            finally:
                raw.close()
            copy_subject_keys(backup_copy.keys, target.keys)
            target.projector.catch_up(progress=progress)
            result = verify(target.app.recorder, target.engine)
            if not result.ok or head(target.engine) != expected:
                raise BackupError("恢复后的哈希链与备份不一致:请检查目标数据库")
            return BackupResult(result.checked, *expected)
        finally:
            target.close()
    finally:
        backup_copy.close()


def backups_folder(store: Store) -> Path:
    """Beside the store: the daily copies the app keeps."""
    base = store.location.path or Path.home()
    return base.with_name(base.stem + "-备份") if store.location.path else base / "lianxin-备份"


def daily_backup(store: Store, keep: int = 7) -> Path | None:
    """The app's own safety net: one verified copy a day in the data folder, the last `keep` kept.
    Returns the copy made today (None when there already is one, or for a PostgreSQL store, whose
    backups are the server's business)."""
    from datetime import date

    if store.location.kind != "sqlite":
        return None
    folder = backups_folder(store)
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)  # the user's own
    today = folder / f"{date.today():%Y%m%d}.db"
    if today.exists():
        return None
    backup(store, today)
    copies = sorted(folder.glob("????????.db"))
    for old in copies[: max(0, len(copies) - keep)]:
        old.unlink(missing_ok=True)
        keys_path(old).unlink(missing_ok=True)  # an erasure is final only once no copy holds the old keys
    return today


def last_copies(store: Store) -> list[Path]:
    """The daily copies the app keeps, oldest first (none for a PostgreSQL store)."""
    return sorted(backups_folder(store).glob("????????.db")) if store.location.kind == "sqlite" else []


def last_backup(store: Store) -> Path | None:
    copies = last_copies(store)
    return copies[-1] if copies else None
