"""Fixtures: real SQLite files and a fresh PostgreSQL database per test session (dropped after)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import datetime

import psycopg
import pytest

from domain.base import Actor
from domain.clock import FixedClock
from projections.store import Store, open_store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# what the commands run by the tests log goes to a file of the test run's own, not the user's
os.environ.setdefault(
    "DESK_LOG", os.path.join(os.environ.get("TMPDIR", "/tmp"), f"lianxin-tests-{os.getpid()}.log")
)
PG = os.environ.get("LIANXIN_TEST_PG", "postgresql://postgres@127.0.0.1:5432")


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A fresh database on the real server; a missing server is a failure, never a skip."""
    name = f"lianxin_test_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_counter() -> list[int]:
    return [0]


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> str:
    """Each store test runs on both back ends; PostgreSQL tests get a clean schema each."""
    if request.param == "sqlite":
        return str(tmp_path_factory.mktemp("store") / "lianxin.db")
    name = request.getfixturevalue("pg_database")
    counter = request.getfixturevalue("pg_counter")
    counter[0] += 1
    with psycopg.connect(f"{PG}/{name}", autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return f"{PG}/{name}"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 10, 22, 9, 0))


@pytest.fixture
def store(db_url: str, clock: FixedClock) -> Iterator[Store]:
    s = open_store(db_url, clock)
    yield s
    s.close()


@pytest.fixture
def admin(store: Store) -> Actor:
    return store.app.launch_campaign(2026, "青山镇", "admin", "secret-1", "TEST-PC")


@pytest.fixture
def township(store: Store, admin: Actor) -> Store:
    """A small roster: the government, a branch, a section, two villages, households, people."""
    app = store.app
    app.roster.register_unit(admin, "G", "青山镇党委政府", "镇党委政府")
    app.roster.register_unit(admin, "B1", "机关第一支部", "机关支部", "G")
    app.roster.register_unit(admin, "K1", "党政办", "科室", "G")
    app.roster.register_unit(admin, "V1", "青山村", "村", "G")
    app.roster.register_unit(admin, "V2", "石桥村", "村", "G")
    app.roster.register_unit(admin, "S1", "中心小学", "学校", "G")
    app.roster.register_household(
        admin, "H1", {"head_name": "张大山", "village_code": "V1", "size": 4}, ["特困户"]
    )
    app.roster.register_household(admin, "H2", {"head_name": "李小河", "village_code": "V1"}, [])
    app.roster.register_household(admin, "H3", {"head_name": "王石", "village_code": "V2"}, ["上访户"])
    app.roster.register_person(
        admin, "P1", {"name": "赵书记", "unit_code": "G", "identities": ["党政负责人"], "party_member": True}
    )
    app.roster.register_person(
        admin,
        "P2",
        {
            "name": "钱干部",
            "unit_code": "K1",
            "branch_code": "B1",
            "identities": ["分工村街居干部"],
            "party_member": True,
            "assigned_village": "V1",
        },
    )
    app.roster.register_person(
        admin, "P3", {"name": "孙群众", "unit_code": "V1", "identities": ["群众"], "household_code": "H1"}
    )
    app.create_operator(admin, "clerk", "青山村录入员", "录入员", ["V1"], "qingshan-pw7")
    app.create_operator(admin, "ducha", "督查", "督查", [], "jiwei-pw2026")
    store.projector.catch_up()
    return store


@pytest.fixture
def office(township: Store, admin: Actor) -> Store:
    """The township plus a study office, an enterprise, 困难党员, residents and more party members."""
    app = township.app
    app.roster.register_unit(admin, "X", "学教办", "学教办", "G")
    app.roster.register_unit(admin, "E1", "青山建材厂", "两新企业", "G")
    app.roster.register_unit(admin, "J1", "城关街", "街", "G")

    def person(code: str, name: str, unit: str, **extra: object) -> None:
        app.roster.register_person(admin, code, {"name": name, "unit_code": unit, **extra})

    for i, code in enumerate(("P4", "P5", "P6", "P7")):
        person(code, f"困难{i}", "V1", party_member=True, hardship_member=True)
    person("P8", "石桥困难", "V2", party_member=True, hardship_member=True)
    person("P9", "机关党员", "K1", branch_code="B1", party_member=True)
    person("P10", "村党员", "V1", party_member=True)
    person("P11", "普通党员", "V1", party_member=True)
    for code in ("R1", "R2", "R3"):
        person(code, f"群众{code}", "V1", identities=["群众"])
    township.projector.catch_up()
    return township


@pytest.fixture
def village(township: Store, admin: Actor) -> Store:
    """The township plus a cadre of each village."""
    app = township.app
    app.roster.register_person(
        admin,
        "C1",
        {"name": "青山村主任", "unit_code": "V1", "identities": ["村街居干部"], "party_member": True},
    )
    app.roster.register_person(
        admin,
        "C2",
        {"name": "石桥村书记", "unit_code": "V2", "identities": ["党组织书记"], "party_member": True},
    )
    township.projector.catch_up()
    return township


@pytest.fixture
def cadres(village: Store, admin: Actor) -> Store:
    village.app.roster.register_person(
        admin,
        "C3",
        {"name": "青山村会计", "unit_code": "V1", "identities": ["村街居干部"], "party_member": True},
    )
    return village
