"""Projecting beside a writer: a second process builds the read models while this one stores the events.

A store filled from empty by one process (the demo generator) would otherwise store every event, then
project them all: two long steps one after the other, on one core. A follower process takes each page as
soon as it is stored, on the other core, with the same catch-up as any workstation. On an embedded file it
writes the read models into a file of their own beside the store — fresh tables, swapped in when the events
are all stored (SQLite has one writer at a time: a follower writing into the store itself held the lock
most of the time, and the generator waited for it) — so the result is the catch-up's own rows, copied. On a
server it writes into the store, where a writer and a projector do not wait for each other.

Run as `python -m projections.follower`; stdin gives the store, the store key as hex (or an empty line) and
the read models' file (or an empty line), one per line — never on the command line, where a server's
password or the key would show in the process list —, then `stop` when the events are all stored: the
follower takes what is left and exits. Its stdin closed without `stop` (the parent killed) makes it exit at
once. It prints
how many notifications it projected after each page, and `failed: …` on a line of its own if it stops on
an error.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from projections.runner import Projector
    from projections.store import Store

log = logging.getLogger("projections")

#: the interpreter the follower runs on (this one)
PYTHON = sys.executable

#: how long the follower waits when it found nothing new (the writer stores a thousand events at a time)
IDLE_WAIT = 0.02


class FollowerFailed(RuntimeError):
    """The follower process stopped on an error (said in its message)."""


def main() -> int:
    """The follower process."""
    from projections.runner import Projector
    from projections.store import open_store, projections, sqlite_engine

    for stream in (sys.stdin, sys.stdout):  # what the parent writes and reads: UTF-8 whatever the locale
        stream.reconfigure(encoding="utf-8")  # type: ignore[union-attr]
    db, key_hex, models = (sys.stdin.readline().strip() for _ in range(3))
    store_key = bytes.fromhex(key_hex) if key_hex else None
    stop = threading.Event()

    def wait_for_stop() -> None:
        for line in sys.stdin:
            if line.strip() == "stop":
                stop.set()
                return
        os._exit(1)  # the parent went away without a word: nobody will use what would be projected

    threading.Thread(target=wait_for_stop, daemon=True).start()
    try:
        store = open_store(db, store_key=store_key, create=False)
        projector = store.projector
        if models:  # the read models in a file of their own, the events and keys read from the store
            engine = sqlite_engine(f"sqlite:///{Path(models).resolve()}", store_key)
            projector = Projector(store.app.recorder, store.app.mapper, engine, projections())
            projector.create_tables()
        _follow(projector, stop)
    except Exception as exc:  # noqa: BLE001 - said to the parent, which says it to its user
        print(f"failed: {exc.__class__.__name__}: {exc}", flush=True)
        return 1
    return 0


def _follow(projector: Projector, stop: threading.Event) -> None:
    while True:
        stopping = stop.is_set()  # read before the catch-up: what was stored before the stop is then taken
        count = projector.catch_up(progress=lambda n: print(n, flush=True))
        faults = projector.faults()
        if faults:
            name, nid, message = faults[0]
            raise RuntimeError(f"台帐 {name} 停在第 {nid} 号事件:{message}")
        if count:
            continue
        if stopping:
            return
        time.sleep(IDLE_WAIT)


@contextmanager
def projecting_aside(store: Store) -> Iterator[Callable[[], int]]:
    """While the block stores events into an empty store, a follower process projects them. Yields
    `taken()`: how many notifications the follower projected since the last call (for a progress bar). On
    leaving, the follower takes what is left and stops, and on an embedded file its read models are swapped
    into the store. A follower that failed (or whose read models could not be swapped in) raises
    FollowerFailed, with the store's read models as they were: a catch-up then projects everything. The
    block's own exception goes first (the follower is then stopped at once). Where no second process can
    be started, the block runs without one."""
    location = store.location
    models: Path | None = None
    db = str(location.path) if location.kind == "sqlite" else location.sqlalchemy_url
    if location.path is not None:
        models = location.path.with_name(location.path.name + ".models")
        _remove(models)
        # residents' data, like the store: the file (and the -wal and -shm SQLite makes like it) the user's own
        os.close(os.open(models, os.O_CREAT | os.O_WRONLY, 0o600))
    try:
        if getattr(sys, "frozen", False):  # a packaged app: its executable is the app, not an interpreter
            raise OSError("a packaged app has no interpreter to run the follower")
        process = subprocess.Popen(
            [PYTHON, "-m", "projections.follower"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # what goes wrong comes back as `failed: …` on stdout
            encoding="utf-8",
            start_new_session=os.name == "posix",  # Ctrl-C reaches the parent, which stops the follower
        )
    except OSError as exc:  # no second process here: the caller's own catch-up projects everything
        log.warning("no follower process (%s): projecting afterwards instead", exc)
        if models is not None:
            _remove(models)
        yield lambda: 0
        return
    assert process.stdin is not None and process.stdout is not None
    projected, told, said = [0], [0], [""]

    def listen() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            if line.startswith("failed: "):
                said[0] = line[len("failed: ") :].strip()
            elif line.strip().isdigit():
                projected[0] += int(line)

    listener = threading.Thread(target=listen, name="follower-listener", daemon=True)
    listener.start()

    def taken() -> int:
        news, told[0] = projected[0] - told[0], projected[0]
        return news

    try:
        try:
            key = store.store_key.hex() if store.store_key else ""
            process.stdin.write(f"{db}\n{key}\n{models or ''}\n")
            process.stdin.flush()
            yield taken
        except BaseException:
            process.kill()
            raise
        with suppress(OSError):  # a follower already gone says why below
            process.stdin.write("stop\n")  # take what is left, then exit
            process.stdin.flush()
        process.wait()
        listener.join()
        if process.returncode != 0:
            raise FollowerFailed(said[0] or f"退出码 {process.returncode}")
        if models is not None:
            try:
                swap_in(store, models)
            except Exception as exc:  # the swap is one transaction: nothing of it stays
                raise FollowerFailed(f"{exc.__class__.__name__}: {exc}") from exc
    finally:
        with suppress(OSError):
            process.stdin.close()
        process.wait()
        if models is not None:
            _remove(models)


def swap_in(store: Store, models: Path) -> None:
    """Every read model of `models` (the follower's file) copied into the store, whose read models are
    still empty (nothing projected there yet): one transaction, SQLite copying table to table."""
    from projections.base import metadata

    raw = store.engine.raw_connection()
    try:
        cursor = raw.cursor()
        key = f"x'{store.store_key.hex()}'" if store.store_key else ""
        if store.store_key is not None:
            cursor.execute("ATTACH DATABASE ? AS models KEY ?", (str(models), key))
        else:
            cursor.execute("ATTACH DATABASE ? AS models", (str(models),))
        try:
            cursor.execute("BEGIN IMMEDIATE")
            done = cursor.execute("SELECT max(notification_id) FROM main.projection_positions").fetchone()
            if done and done[0]:
                raise RuntimeError("swap_in: the store's read models are not empty")
            for table in metadata.sorted_tables:
                if table.name == "read_model_schema":
                    continue
                columns = ", ".join(f'"{c.name}"' for c in table.columns)
                cursor.execute(f"DELETE FROM main.{table.name}")  # noqa: S608 - the app's own table names
                cursor.execute(
                    f"INSERT INTO main.{table.name} ({columns}) SELECT {columns} FROM models.{table.name}"  # noqa: S608
                )
            cursor.execute("COMMIT")
        except BaseException:
            with suppress(Exception):
                cursor.execute("ROLLBACK")
            raise
        finally:
            with suppress(Exception):  # what went wrong before says more
                cursor.execute("DETACH DATABASE models")
    finally:
        raw.invalidate()  # closed, never back in the pool (where a file might still be attached)


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with suppress(OSError):  # a file still open elsewhere (Windows): removed with the next build
            leftover.unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())
