"""A shared office on the real PostgreSQL server: the README's commands, run as written — `desk init
--app-role`, then every workstation as that restricted role — and what the role may not do."""

from __future__ import annotations

import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from tests.conftest import PG
from tests.test_faults import ENV, desk, households

pytestmark = pytest.mark.postgres


@pytest.fixture
def office_db() -> Iterator[str]:
    name = f"lianxin_office_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_the_readme_shared_office_commands(office_db: str, tmp_path: Path) -> None:
    role = f"lianxin_app_{office_db[-8:]}"
    host = PG.split("@", 1)[1]
    made = desk(
        "init",
        "--db",
        f"{PG}/{office_db}",
        "--year",
        "2026",
        "--township",
        "青山镇",
        "--admin",
        "admin",
        "--app-role",
        role,
    )
    assert made.returncode == 0, made.stderr
    assert "INSERT、SELECT" in made.stdout, made.stdout
    workstation = f"postgresql://{role}@{host}/{office_db}"
    try:
        imported = desk(
            "import", str(households(tmp_path / "农户.xlsx", 20)), "--db", workstation, "--user", "admin"
        )
        assert imported.returncode == 0, imported.stderr
        assert desk("verify", "--db", workstation).returncode == 0
        # the store is encrypted: the role reads and rewrites the operators' key ring, nothing more
        wrong = subprocess.run(
            [sys.executable, "-m", "desk.cli", "verify", "--db", workstation, "--user", "admin"],
            capture_output=True,
            text=True,
            env={**ENV, "DESK_PASSWORD": "not-the-password"},
            timeout=300,
        )
        assert wrong.returncode == 2 and "用户名或密码不正确" in wrong.stderr, wrong.stderr
        assert desk("verify", "--db", workstation).returncode == 0  # the failure audited, chained, verified
        with psycopg.connect(workstation, autocommit=True) as conn:
            for statement in (
                "UPDATE lianxin_events SET topic = 'x'",
                "DELETE FROM lianxin_events",
                "TRUNCATE lianxin_events",
                "UPDATE hash_chain SET link = 'x'",
                "DELETE FROM hash_chain",
                "DROP TRIGGER lianxin_events_append_only ON lianxin_events",
            ):
                with pytest.raises(psycopg.Error):
                    conn.execute(statement)
    finally:
        with psycopg.connect(f"{PG}/{office_db}", autocommit=True) as conn:
            conn.execute(f'DROP OWNED BY "{role}"')
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{office_db}" WITH (FORCE)')
            conn.execute(f'DROP ROLE IF EXISTS "{role}"')


def test_connections_dropped_by_the_server_are_made_again(office_db: str) -> None:
    """A server restarted (or a network blip) under an open workstation: the next command just works."""
    from datetime import datetime

    from domain.clock import FixedClock
    from projections.roster import RosterQuery
    from projections.store import open_store

    store = open_store(f"{PG}/{office_db}", FixedClock(datetime(2026, 10, 22, 9)))
    try:
        admin = store.app.launch_campaign(2026, "青山镇", "admin", "secret-1", "PC")
        store.app.roster.register_unit(admin, "V1", "青山村", "村")
        store.projector.catch_up()
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
            dropped = conn.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = %s",
                (office_db,),
            ).fetchone()
        assert dropped is not None and dropped[0] > 0
        store.app.roster.register_unit(admin, "V2", "石桥村", "村")
        store.projector.catch_up()
        assert {u.code for u in RosterQuery(store.engine).units()} == {"V1", "V2"}
    finally:
        store.close()
