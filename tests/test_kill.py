"""Crash safety: a process recording visits in a loop is killed with SIGKILL at a random moment, on
SQLite and on PostgreSQL; nothing whose command returned is lost, the chain verifies, rebuild = live."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from projections.store import Store
from tests.test_faults import ENV

LOOP = """
import sys
from datetime import date
from projections.store import open_store
store = open_store(sys.argv[1])
admin = store.app.login("admin", "secret-1", "LOOP-PC")
for i in range(10_000):
    code = store.app.visits.record_visit(admin, ("H1", "H2")[i % 2], date(2026, 10, 21), ["C1"], {"note": str(i)},
                                  again=True)
    store.projector.catch_up()
    print(code, flush=True)  # acknowledged: the command returned
"""


def killed_loop(db_url: str, wanted: int, pause: float = 0.0) -> list[str]:
    """Runs the recording loop until `wanted` visits are acknowledged, waits `pause` seconds (somewhere
    inside the next command), kills it with SIGKILL; returns every code acknowledged."""
    process = subprocess.Popen(
        [sys.executable, "-c", LOOP, db_url], stdout=subprocess.PIPE, text=True, env=ENV
    )
    assert process.stdout is not None
    acknowledged: list[str] = []
    while len(acknowledged) < wanted:
        line = process.stdout.readline()
        assert line, "the loop stopped on its own"
        acknowledged.append(line.strip())
    time.sleep(pause)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    return acknowledged + [line.strip() for line in process.stdout.read().splitlines() if line.strip()]


def assert_nothing_lost(db: str, acknowledged: list[str]) -> None:
    """After restart: the chain verifies, every acknowledged visit is there, a rebuild equals catching up."""
    from projections.chain import verify
    from projections.store import open_store
    from tests.test_store import snapshot

    again = open_store(db)
    try:
        again.projector.catch_up()
        assert verify(again.app.recorder, again.engine).ok
        assert [code for code in acknowledged if again.app.visits.visit(code) is None] == []
        live = snapshot(again)
        again.projector.rebuild()
        assert snapshot(again) == live
    finally:
        again.close()


def test_a_recording_loop_killed_loses_nothing_acknowledged(db_url: str, village: Store) -> None:
    """SIGKILL at a random moment of a loop of recorded visits, on each back end: every visit whose command
    returned is there after restart, the chain verifies and a rebuild equals what catching up gives."""
    import random

    assert_nothing_lost(db_url, killed_loop(db_url, random.randint(20, 60)))


def test_a_demo_killed_leaves_nothing_half_built_where_the_app_opens(db_url: str) -> None:
    """SIGKILL at a random moment of the demo generator: on SQLite nothing is where the app would open
    (the store is built aside); on either back end what was written so far verifies and rebuilds equal."""
    import random
    from pathlib import Path

    process = subprocess.Popen(
        [sys.executable, "-m", "desk.cli", "demo", "--preset", "small", "--plain", "--db", db_url],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=ENV,
    )
    building = Path(db_url + ".building") if "://" not in db_url else None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and process.poll() is None:
        if building is None or (building.exists() and building.stat().st_size > 100_000):
            break
        time.sleep(0.05)
    time.sleep(random.uniform(0.2, 2.0))
    assert process.poll() is None, "the demo ended before it could be killed"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    written = db_url
    if building is not None:
        assert not Path(db_url).exists()  # nothing half-built where the app opens
        written = str(building)
    assert_nothing_lost(written, [])


@pytest.mark.slow
def test_many_kills_at_random_moments_lose_nothing(db_url: str, village: Store) -> None:
    """The recording loop killed ten times in a row at random moments, on each back end: after all of it
    every acknowledged visit is there, the chain verifies, rebuild = live."""
    import random

    acknowledged: list[str] = []
    for _kill in range(10):
        acknowledged += killed_loop(db_url, random.randint(3, 25), random.uniform(0, 0.05))
    assert_nothing_lost(db_url, acknowledged)
