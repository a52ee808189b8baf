"""The one place that builds everything from a settings object: store, projections, and (in the UI) windows."""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field

from domain.clock import Clock, SystemClock
from domain.errors import AuthenticationFailed
from projections.keys import KeyRing, StoreKeyWitness, keys_path, new_store_key
from projections.store import (
    Store,
    StoreClock,
    StoreLocked,
    check_server,
    open_store,
    parse_location,
    server_ring,
)


@dataclass(frozen=True)
class Settings:
    db: str | None = None
    lang: str = "zh"
    workstation: str = field(
        default_factory=lambda: os.environ.get("DESK_WORKSTATION") or socket.gethostname()
    )
    clock: Clock = field(default_factory=SystemClock)


def key_ring(settings: Settings) -> KeyRing:
    """The wraps of the store's key: a file beside an embedded store, a table of a PostgreSQL one."""
    location = parse_location(settings.db)
    if location.path is not None:
        return KeyRing(keys_path(location.path))
    check_server(location)  # a server down or a database missing: one clear line, before anything else
    return server_ring(location)


def is_locked(settings: Settings) -> bool:
    """An encrypted embedded store: an operator's name and password must come before it opens."""
    return key_ring(settings).exists()


def bootstrap(
    settings: Settings,
    *,
    create: bool = True,
    credentials: tuple[str, str] | None = None,
    encrypt: bool = False,
    ring: KeyRing | None = None,
) -> Store:
    """Opens the store and brings every read model up to date. An encrypted store is opened with the key
    that `credentials` (an operator's name and password) unwrap; `encrypt` makes a new file encrypted."""
    ring = ring or key_ring(settings)  # the caller may have looked already (to ask for a password)
    store_key: bytes | None = None
    made_ring = False
    if ring.exists():
        if credentials is None:
            raise StoreLocked(
                f"{ring.path.with_suffix('')} 已加密,须凭操作员的密码打开(请登录;命令行加 --user)"
            )
        try:
            store_key = ring.unlock(*credentials)
        except AuthenticationFailed:
            ring.note_failure(credentials[0], settings.workstation)
            raise
    elif encrypt:
        location = parse_location(settings.db)
        fresh = not location.path.exists() if location.path is not None else not check_server(location)
        if not fresh:
            raise StoreLocked(f"{location.display} 已有数据且未加密:加密只用于新建的数据库")
        store_key = new_store_key()
        made_ring = True
    store = open_store(settings.db, settings.clock, create=create, store_key=store_key)
    if made_ring:
        try:
            ring.create()
        except OSError as exc:
            store.close()
            if store.location.path is not None:
                store.location.path.unlink(missing_ok=True)
            raise StoreLocked(f"无法写入钥匙文件 {ring.path}:{exc.strerror}") from None
    if store_key is not None:
        store.app.password_witness = StoreKeyWitness(ring, store_key)
    if isinstance(settings.clock, SystemClock):  # tests and the demo set their own clocks
        store.app.clock = StoreClock(store, settings.clock)
    if store_key is not None:
        # logins refused at the door before the store could open are audited now (R-S4), count to a
        # lockout, and are projected (and chained) with everything else just below
        for name, workstation, at in ring.take_failures():
            store.app.record_failure_before_opening(name, workstation, at)
    store.projector.catch_up()
    return store
