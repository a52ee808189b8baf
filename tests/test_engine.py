"""The projection engine: rebuild equals live (also when a projection reads another's facts), a demo that
is the same whatever the hash seed and never left half-built, progress reported on long work."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from desk.demo import Generator, build_demo, generate
from domain.base import Actor
from domain.clock import FixedClock
from projections.store import Store, open_store
from projections.visits import visits
from tests.test_store import snapshot


def test_a_visitor_renamed_after_the_visit_reads_the_same_live_and_rebuilt(
    village: Store, admin: Actor, clock: FixedClock
) -> None:
    app = village.app
    app.visits.record_visit(admin, "H1", clock.today(), ["C1"], {"situation": "家中4口人"})
    village.projector.catch_up()
    clock.advance(days=1)
    app.roster.change_person(admin, "C1", {"name": "青山村新主任"}, clock.today())
    village.projector.catch_up()

    def names() -> list[str]:
        with village.engine.connect() as conn:
            return [str(n) for n in conn.execute(select(visits.c.visitor_names)).scalars()]

    live, whole = names(), snapshot(village)
    assert live == ["青山村主任"]  # the name the visitor had on the day the visit was recorded
    village.projector.rebuild(["visits"])
    assert names() == live
    village.projector.rebuild()
    assert names() == live and snapshot(village) == whole


def _events(path: Path) -> list[tuple[str, int, str, str]]:
    """Every stored event as the app reads it, without what is random by design: password salts, and the
    keys and nonces that seal residents' personal data (the sealed values themselves are compared)."""
    store = open_store(str(path), create=False)
    try:
        out = []
        for n in store.app.recorder.select_notifications(start=1, limit=10**7):
            fields = dict(vars(store.app.mapper.to_domain_event(n)))
            fields.pop("password_hash", None)
            out.append((str(n.originator_id), n.originator_version, n.topic, repr(sorted(fields.items()))))
    finally:
        store.close()
    return out


@pytest.mark.slow  # two demo builds: the slow tier (make test-all)
def test_the_demo_is_the_same_under_two_hash_seeds(tmp_path: Path) -> None:
    runs = {}
    for seed in ("1", "21"):  # 21 used to stop half-way with R-G4
        path = tmp_path / f"demo-{seed}.db"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        runs[seed] = subprocess.Popen(
            [sys.executable, "-m", "desk.cli", "demo", "--preset", "small", "--plain", "--db", str(path)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
    for seed, process in runs.items():
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, (seed, err)
        assert "Traceback" not in err and "条事件" in out
    first, second = _events(tmp_path / "demo-1.db"), _events(tmp_path / "demo-21.db")
    assert len(first) > 10_000
    assert first == second


def test_a_demo_that_fails_half_way_leaves_no_store_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(self: Generator, prefix: str) -> int:
        raise RuntimeError("the generator stopped half-way")

    monkeypatch.setattr(Generator, "ratings", broken)
    with pytest.raises(RuntimeError):
        build_demo(tmp_path / "demo.db", "small")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(ValueError):
        build_demo(tmp_path / "demo.db", "no-such-preset")
    assert list(tmp_path.iterdir()) == []


def test_rebuild_and_verify_report_progress(tmp_path: Path, village: Store) -> None:
    seen: list[int] = []
    village.projector.rebuild(progress=seen.append)
    total = int(village.app.recorder.max_notification_id() or 0)
    assert seen and sum(seen) == total


def test_a_page_at_once_gives_the_rows_of_one_notification_at_a_time(
    office: Store, admin: Actor, clock: FixedClock
) -> None:
    """Roster, audit and chain write a whole page set-wise; the other projections read them as of each
    notification. Live (a command at a time), a rebuild in pages of 1,000 and one in pages of 1 agree."""
    app = office.app
    today = clock.today()
    commands = [
        lambda: app.roster.register_unit(
            admin, "V3", "新河村", "村", "G"
        ),  # registered, then used, in one page
        lambda: app.roster.register_household(
            admin, "H7", {"head_name": "周七", "village_code": "V3"}, ["特困户"]
        ),
        lambda: app.roster.register_person(
            admin,
            "C7",
            {"name": "新河村主任", "unit_code": "V3", "identities": ["村街居干部"], "party_member": True},
        ),
        lambda: app.visits.record_visit(admin, "H7", today, ["C7"], problems=["屋顶漏雨"]),
        lambda: app.roster.change_person(admin, "C7", {"name": "新河村新主任"}, today),
        lambda: app.roster.change_unit(admin, "V3", {"kind": "居"}, today),
        lambda: app.roster.tag_household(admin, "H7", "特困户", today, "已脱困", add=False),
        lambda: app.contacts.pair(admin, "P10", "群众", "R1", "V1", today),
        lambda: app.contacts.record_contact(admin, "P10", "R1", today, "上门"),
        lambda: app.correct_record(admin, "household", "H7", {"head_name": "周柒"}, "错字"),
        lambda: app.visits.record_visit(admin, "H7", today, ["C7"], {"situation": "原话"}, code="VX1"),
        lambda: app.correct_record(admin, "visit", "VX1", {"situation": "改正"}, "错字"),
        lambda: app.visits.record_visit(admin, "H7", today, ["C7"], code="VX2"),
        lambda: app.visits.void_visit(admin, "VX2", "录重了", with_concerns=True),
    ]
    for command in commands:
        command()
        office.projector.catch_up()  # live: a command at a time
    office.projector.catch_up()
    live = snapshot(office)
    for size in (1000, 1):
        office.projector.batch_size = size
        office.projector.rebuild()
        assert snapshot(office) == live, size


@pytest.mark.slow  # the default run has the encrypted file's test below; this one is in make test-all
@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_demo_projected_by_a_follower_process_equals_its_rebuild(store: Store) -> None:
    """The follower projects beside the generator, into the server store itself: what it built is what a
    catch-up builds, and the chain it extended verifies."""
    from projections.chain import verify

    seen: list[int] = []
    stats = generate(store, "small", seen.append, aside=True)
    assert sum(seen) == 2 * stats["events"]  # each event told once stored and once projected
    built = snapshot(store)
    assert verify(store.app.recorder, store.engine).ok
    store.projector.rebuild()
    assert snapshot(store) == built and built["visit_ledger"] and built["audit_log"]


@pytest.mark.parametrize(
    "encrypt",
    [True, pytest.param(False, marks=pytest.mark.slow)],  # the plain file's ATTACH: the slow tier
    ids=["encrypted", "plain"],
)
def test_a_demo_file_projected_aside_opens_and_equals_its_rebuild(
    tmp_path: Path, encrypt: bool, caplog: pytest.LogCaptureFixture
) -> None:
    """On a file the follower writes the read models into a file of its own (encrypted like the store),
    swapped in at the end and then removed: what is swapped in is what a catch-up builds."""
    from projections.chain import verify
    from projections.keys import KeyRing, keys_path

    seen: list[int] = []
    modes: list[int] = []

    def told(count: int) -> None:  # the follower's file, while there, is the user's own like the store
        seen.append(count)
        modes.extend(p.stat().st_mode & 0o077 for p in tmp_path.glob("*.models*"))

    stats = build_demo(tmp_path / "demo.db", "small", told, encrypt=encrypt, aside=True)
    assert sum(seen) == 2 * stats["events"]  # stored once, projected once: by the follower, not again here
    assert not [r for r in caplog.records if "follower" in r.getMessage()]
    assert modes and not any(modes)
    expected = ["demo.db", "demo.db.keys"] if encrypt else ["demo.db"]
    assert sorted(p.name for p in tmp_path.iterdir()) == expected
    key = KeyRing(keys_path(tmp_path / "demo.db")).unlock("admin", "lianxin2026") if encrypt else None
    store = open_store(str(tmp_path / "demo.db"), store_key=key, create=False)
    try:
        built = snapshot(store)
        assert verify(store.app.recorder, store.engine).ok
        store.projector.rebuild()
        assert snapshot(store) == built and built["roster_people"] and built["hash_chain"]
    finally:
        store.close()


def test_a_follower_that_cannot_open_the_store_says_why(tmp_path: Path) -> None:
    from projections.follower import FollowerFailed, projecting_aside

    done = subprocess.run(
        [sys.executable, "-m", "projections.follower"],
        input=f"{tmp_path / 'none.db'}\n\n\nstop\n",  # (stdin closed without `stop`: it exits at once)
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1 and done.stdout.startswith("failed: StoreError") and not done.stderr
    store = open_store(str(tmp_path / "plain.db"))
    try:
        store.store_key = b"\x01" * 32  # a plain file opened as if it were encrypted: the follower cannot
        with pytest.raises(FollowerFailed, match="file is not a database"), projecting_aside(store):
            pass
    finally:
        store.store_key = None
        store.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plain.db"]


@pytest.mark.slow  # a demo built and rebuilt (14 s): the slow tier keeps make test well under 10 minutes
def test_without_a_second_process_the_demo_is_projected_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where no follower can be started (a packaged app without its interpreter), the generator projects
    the events itself afterwards: the same read models, nothing left beside the store."""
    import projections.follower

    monkeypatch.setattr(projections.follower, "PYTHON", str(tmp_path / "no-such-python"))
    store = open_store(str(tmp_path / "demo.db"))
    try:
        generate(store, "small", aside=True)
        built = snapshot(store)
        store.projector.rebuild()
        assert snapshot(store) == built and built["visit_ledger"]
    finally:
        store.close()
    assert not list(tmp_path.glob("*.models*"))


def test_make_run_says_in_one_line_why_the_demo_could_not_be_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`make run` on a first start whose demo fails: one line naming the log, the traceback in the log,
    and no half-built store where the next start would open it."""
    import desk.run_demo

    def broken(self: Generator, *args: object) -> None:
        raise RuntimeError("the generator stopped half-way")

    monkeypatch.setattr(Generator, "township", broken)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setenv("DESK_LOG", str(tmp_path / "lianxin.log"))
    monkeypatch.setattr(desk.run_demo, "check_desktop", lambda: [])
    assert desk.run_demo.main() == 3
    said = capsys.readouterr()
    assert said.err.strip() == (
        f"无法生成演示数据:the generator stopped half-way(详情见日志 {tmp_path / 'lianxin.log'})"
    )
    assert "Traceback" not in said.out + said.err
    assert "RuntimeError: the generator stopped half-way" in (tmp_path / "lianxin.log").read_text()
    assert not (tmp_path / "lianxin").exists() or not list((tmp_path / "lianxin").iterdir())


def test_a_follower_whose_parent_is_gone_exits_at_once(tmp_path: Path) -> None:
    """Its stdin closed without `stop` (the generator killed): nobody will use what it would project."""
    open_store(str(tmp_path / "demo.db")).close()
    follower = subprocess.Popen(
        [sys.executable, "-m", "projections.follower"],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    assert follower.stdin is not None
    follower.stdin.write(f"{tmp_path / 'demo.db'}\n\n\n")
    follower.stdin.flush()
    time.sleep(2)  # following by now: without its parent's word it would wait for events forever
    assert follower.poll() is None
    follower.stdin.close()
    assert follower.wait(timeout=30) == 1
