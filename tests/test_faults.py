"""Faults and hostile input: an import killed half-way and run again stores each row once; two runs of one
file at once store each row once; hostile workbooks and CSV files are one clear line (exit 2), never a
traceback, and the store afterwards verifies and exports."""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import Workbook
from pytestqt.qtbot import QtBot

PASSWORD = "secret-pass-1"
ENV = {**os.environ, "DESK_PASSWORD": PASSWORD, "DESK_USER": "admin"}


def desk(*args: str, wait: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desk.cli", *args], capture_output=True, text=True, env=ENV, timeout=300
    )


@pytest.fixture
def store(tmp_path: Path) -> str:
    db = str(tmp_path / "store.db")
    assert (
        desk(
            "init", "--db", db, "--year", "2026", "--township", "青山镇", "--admin", "admin", "--plain"
        ).returncode
        == 0
    )
    return db


def households(path: Path, count: int) -> Path:
    wb = Workbook()
    units = wb.active
    assert units is not None
    units.title = "单位"
    units.append(["单位编码", "单位名称", "类别", "上级单位编码"])
    units.append(["G", "青山镇党委政府", "镇党委政府", ""])
    units.append(["V1", "青山村", "村", "G"])
    rows = wb.create_sheet("农户")
    rows.append(["户编号", "户主姓名", "村居编码", "人口"])
    for i in range(count):
        rows.append([f"H{i:05d}", f"户主{i}", "V1", 3])
    wb.save(path)
    return path


def stored_households(db: str) -> int:
    if "://" in db:
        import psycopg

        with psycopg.connect(db) as pg:
            found = pg.execute(
                "SELECT count(*) FROM lianxin_events WHERE topic LIKE '%Household.Registered'"
            ).fetchone()
            return int(found[0]) if found else 0
    with sqlite3.connect(db) as conn:
        return int(
            conn.execute(
                "SELECT count(*) FROM stored_events WHERE topic LIKE '%Household.Registered'"
            ).fetchone()[0]
        )


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.slow)])
def either_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A store made by `desk init` on each back end (PostgreSQL: a fresh database, dropped after)."""
    if request.param == "sqlite":
        yield request.getfixturevalue("store")
        return
    import uuid

    import psycopg

    from tests.conftest import PG

    name = f"lianxin_kill_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        db = f"{PG}/{name}"
        made = desk(
            "init", "--db", db, "--year", "2026", "--township", "青山镇", "--admin", "admin", "--plain"
        )
        assert made.returncode == 0, made.stderr
        yield db
    finally:
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_an_import_killed_half_way_resumes_and_stores_each_row_once(
    either_store: str, tmp_path: Path
) -> None:
    store = either_store
    book = households(tmp_path / "农户.xlsx", 1500)
    process = subprocess.Popen(
        [sys.executable, "-m", "desk.cli", "import", str(book), "--db", store, "--user", "admin"],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 120
    while stored_households(store) < 200 and time.monotonic() < deadline:
        time.sleep(0.05)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    first = stored_households(store)
    assert 200 <= first < 1500  # killed half-way
    again = desk("import", str(book), "--db", store, "--user", "admin")
    assert again.returncode == 0, again.stderr
    assert "中断" in again.stdout
    assert stored_households(store) == 1500  # each row once
    assert desk("verify", "--db", store).returncode == 0


def test_two_runs_of_one_file_at_once_store_each_row_once(store: str, tmp_path: Path) -> None:
    book = households(tmp_path / "农户.xlsx", 600)
    runs = [
        subprocess.Popen(
            [sys.executable, "-m", "desk.cli", "import", str(book), "--db", store, "--user", "admin"],
            env=ENV,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for run in runs:
        _out, err = run.communicate(timeout=300)
        assert "Traceback" not in err
    assert stored_households(store) == 600
    assert desk("verify", "--db", store).returncode == 0


def test_rows_held_together_are_done_again_one_by_one_when_another_run_stored_first(
    store: str, tmp_path: Path
) -> None:
    """Rows are stored a few hundred at a time (one transaction). Another workstation storing the same
    file's rows in the middle of such a batch makes the batch's store fail as a whole: its rows are then
    done again one by one, found stored by the other run, counted once and stored once."""
    from desk.importer import ROWS_PER_TRANSACTION, Importer
    from projections.store import open_store

    book = households(tmp_path / "农户.xlsx", ROWS_PER_TRANSACTION + 40)
    here, elsewhere = open_store(store), open_store(store)
    try:
        here_admin = here.app.login("admin", PASSWORD, "PC-1")
        other_admin = elsewhere.app.login("admin", PASSWORD, "PC-2")
        seen = 0

        def other_run_in_the_middle() -> None:
            nonlocal seen
            seen += 1
            if seen == 2 + 10:  # the 单位 sheet's two rows, then ten households held
                Importer(elsewhere.app, other_admin).run(book, again=True)

        report = Importer(here.app, here_admin, after_row=other_run_in_the_middle).run(book, again=True)
        sheet = report.sheets["农户"]
        assert sheet.rows == ROWS_PER_TRANSACTION + 40 and not sheet.rejected
        assert sorted(sheet.accepted) == list(range(2, ROWS_PER_TRANSACTION + 42))  # each row once
        assert seen == 2 + ROWS_PER_TRANSACTION + 40  # and told once
    finally:
        here.close()
        elsewhere.close()
    assert stored_households(store) == ROWS_PER_TRANSACTION + 40
    assert desk("verify", "--db", store).returncode == 0


def test_an_import_stopped_half_way_through_a_batch_resumes_from_the_row_after(
    store: str, tmp_path: Path
) -> None:
    """取消 between two rows of a batch: the rows done are stored with their mark in the file's progress,
    so importing the file again skips exactly them and stores the rest, each row once."""
    from desk.importer import ImportCancelled, Importer
    from projections.store import open_store

    book = households(tmp_path / "农户.xlsx", 300)
    opened = open_store(store)
    try:
        admin = opened.app.login("admin", PASSWORD, "PC-1")
        seen = 0

        def stop_at_the_hundredth() -> None:
            nonlocal seen
            seen += 1
            if seen == 2 + 100:
                raise ImportCancelled()

        with pytest.raises(ImportCancelled):
            Importer(opened.app, admin, after_row=stop_at_the_hundredth).run(book)
        assert stored_households(store) == 99
        again = Importer(opened.app, admin).run(book)
        sheet = again.sheets["农户"]
        assert "中断" in " ".join(again.notes)
        assert not sheet.rejected and sorted(sheet.accepted) == list(range(2, 302))
    finally:
        opened.close()
    assert stored_households(store) == 300
    assert desk("verify", "--db", store).returncode == 0


def test_a_batch_another_workstation_moved_on_is_done_again_row_by_row(store: str, tmp_path: Path) -> None:
    """Another workstation registers a household this import's batch already holds: the batch's store
    fails as a whole and its rows are done again one by one: that row refused (R-G7), every other stored,
    and the file's progress still readable (resumable) anywhere."""
    import hashlib

    from desk.importer import ROWS_PER_TRANSACTION, Importer
    from projections.store import open_store

    count = ROWS_PER_TRANSACTION + 40
    book = households(tmp_path / "农户.xlsx", count)
    here, elsewhere = open_store(store), open_store(store)
    try:
        here_admin = here.app.login("admin", PASSWORD, "PC-1")
        other_admin = elsewhere.app.login("admin", PASSWORD, "PC-2")
        taken = f"H{ROWS_PER_TRANSACTION + 5:05d}"  # in the second batch, held by the time it is taken
        seen = 0

        def registered_elsewhere_meanwhile() -> None:
            nonlocal seen
            seen += 1
            if seen == 2 + ROWS_PER_TRANSACTION + 10:
                elsewhere.app.roster.register_household(
                    other_admin, taken, {"head_name": "别处", "village_code": "V1"}, []
                )

        report = Importer(here.app, here_admin, after_row=registered_elsewhere_meanwhile).run(book)
        sheet = report.sheets["农户"]
        assert [(r["row"], r["rule"]) for r in sheet.rejected] == [(ROWS_PER_TRANSACTION + 7, "R-G7")]
        assert len(sheet.accepted) == count - 1 and sheet.rows == count
        sha = hashlib.sha256(book.read_bytes()).hexdigest()
        progress = elsewhere.app.import_progress(other_admin, sha, book.name, 0)
        stored = [row for sheet, row in progress.stored if sheet == "农户"]
        assert len(stored) == count - 1  # read from the store, in order (no version skipped)
    finally:
        here.close()
        elsewhere.close()
    assert stored_households(store) == count
    assert desk("verify", "--db", store).returncode == 0


def hostile_files(folder: Path) -> dict[str, tuple[Path, str]]:
    """name -> (file, --sheet for a CSV or "")."""
    files: dict[str, tuple[Path, str]] = {}
    truncated = folder / "truncated.xlsx"
    households(folder / "whole.xlsx", 50)
    truncated.write_bytes((folder / "whole.xlsx").read_bytes()[:3000])
    files["truncated"] = (truncated, "")
    fake = folder / "old.xlsx"
    fake.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(4000))  # an .xls renamed
    files["xls renamed"] = (fake, "")
    bomb = folder / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/worksheets/sheet1.xml", "<row><c><v>1</v></c></row>" * 20_000_000)
    files["zip bomb"] = (bomb, "")
    for name, content, encoding in (
        ("unterminated quote", '户编号,户主姓名,村居编码\nH1,"张三,V1\nH2,李四,V1\n', "utf-8"),
        ("1 MB field", "户编号,户主姓名,村居编码\nH1," + "长" * 1_000_000 + ",V1\n", "utf-8"),
        ("big5", "戶編號,戶主姓名,村居編碼\nH1,張三,V1\n", "big5"),
    ):
        path = folder / f"{name}.csv"
        path.write_bytes(content.encode(encoding))
        files[name] = (path, "农户")
    far = Workbook()
    sheet = far.active
    assert sheet is not None
    sheet.title = "农户"
    sheet.append(["户编号", "户主姓名", "村居编码"])
    sheet.cell(row=1_048_576, column=16_384, value="x")  # claims a million rows and 16,384 columns
    far.save(folder / "far.xlsx")
    files["a cell at XFD1048576"] = (folder / "far.xlsx", "")
    twins = Workbook()
    first = twins.active
    assert first is not None
    first.title = "农户"
    twins.create_sheet("农户 ")
    twins.save(folder / "twins.xlsx")
    files["two sheets named 农户"] = (folder / "twins.xlsx", "")
    hidden = folder / "hidden.xlsx"
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "说明"  # not a ledger sheet: unknown, refused as a whole
    hidden_sheet = wb.create_sheet("农户")
    hidden_sheet.sheet_state = "hidden"
    hidden_sheet.append(["户编号", "户主姓名", "村居编码"])
    wb.save(hidden)
    files["an unknown sheet beside a hidden one"] = (hidden, "")
    return files


def test_hostile_files_are_one_clear_line_and_the_store_still_works(store: str, tmp_path: Path) -> None:
    for name, (path, sheet) in hostile_files(tmp_path).items():
        args = ["import", str(path), "--db", store, "--user", "admin"] + (["--sheet", sheet] if sheet else [])
        result = desk(*args)
        assert result.returncode == 2, (name, result.stdout, result.stderr)
        assert "Traceback" not in result.stderr and "内部错误" not in result.stderr, name
        assert len(result.stderr.strip().splitlines()) == 1, (name, result.stderr)
        assert "field limit" not in result.stderr, result.stderr  # the csv module's English, said in Chinese
    assert desk("verify", "--db", store).returncode == 0
    export = desk(
        "export", "roster-households", "--db", store, "--user", "admin", "--out", str(tmp_path / "h.xlsx")
    )
    assert export.returncode == 0, export.stderr


def test_files_a_workbook_names_must_lie_beside_it(store: str, tmp_path: Path) -> None:
    folder = tmp_path / "book"
    folder.mkdir()
    (folder / "文章.docx").write_bytes(b"ok")
    wb = Workbook()
    sheets = {
        "单位": [["单位编码", "单位名称", "类别", "上级单位编码"], ["G", "政府", "镇党委政府", ""]],
        "人员": [
            ["人员编号", "姓名", "单位编码", "身份", "党员"],
            ["P1", "赵书记", "G", "机关中层干部", "是"],
        ],
        "调研文章": [
            ["作者编号", "题目", "提交日期", "文件"],
            ["P1", "一", "2026-11-02", "/etc/passwd"],
            ["P1", "二", "2026-11-02", "../../etc/hostname"],
            ["P1", "三", "2026-11-02", "..\\\\secret.txt"],
            ["P1", "四", "2026-11-02", "文章.docx"],
        ],
    }
    from tests.test_cli import fill_book

    fill_book(wb, sheets)
    wb.save(folder / "文章.xlsx")
    result = desk(
        "import",
        str(folder / "文章.xlsx"),
        "--db",
        store,
        "--user",
        "admin",
        "--report",
        str(tmp_path / "r.json"),
    )
    import json

    report = json.loads((tmp_path / "r.json").read_text("utf-8"))["sheets"]["调研文章"]
    assert [r["row"] for r in report["rejected"]] == [2, 3, 4], result.stdout
    assert report["accepted"] == [5]
    with sqlite3.connect(store) as conn:
        states = b"".join(bytes(r[0]) for r in conn.execute("SELECT state FROM stored_events"))
    assert b"root:" not in states


def test_a_hidden_sheet_is_named_in_the_report_not_imported(store: str, tmp_path: Path) -> None:
    book = households(tmp_path / "隐藏.xlsx", 5)
    from openpyxl import load_workbook

    wb = load_workbook(book)
    wb["农户"].sheet_state = "hidden"
    wb.save(book)
    result = desk("import", str(book), "--db", store, "--user", "admin")
    assert result.returncode == 0 and "隐藏的工作表“农户”未导入" in result.stdout
    assert stored_households(store) == 0


def test_backup_of_a_live_store_and_restore(store: str, tmp_path: Path) -> None:
    """A backup taken while another process writes is consistent and verifies; restore rebuilds the read
    models; a tampered backup is refused."""
    book = households(tmp_path / "农户.xlsx", 800)
    writer = subprocess.Popen(
        [sys.executable, "-m", "desk.cli", "import", str(book), "--db", store, "--user", "admin"],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    while stored_households(store) < 100:
        time.sleep(0.02)
    copy = tmp_path / "备份.db"
    made = desk("backup", str(copy), "--db", store, "--user", "admin")
    writer.wait(timeout=300)
    assert made.returncode == 0, made.stderr
    assert oct(copy.stat().st_mode & 0o777) == "0o600"
    restored = tmp_path / "restored.db"
    back = desk("restore", str(copy), "--db", str(restored))
    assert back.returncode == 0, back.stderr
    head = made.stdout.split("链头 ")[1].strip(")\n")
    assert head in back.stdout
    assert desk("verify", "--db", str(restored)).returncode == 0
    export = desk(
        "export",
        "roster-households",
        "--db",
        str(restored),
        "--user",
        "admin",
        "--out",
        str(tmp_path / "h.csv"),
    )
    assert export.returncode == 0 and 100 <= stored_households(str(restored)) <= 800
    # a backup whose events were altered is refused
    forged = tmp_path / "forged.db"
    forged.write_bytes(copy.read_bytes())
    with sqlite3.connect(forged) as conn:
        conn.execute("DROP TRIGGER IF EXISTS stored_events_no_update")
        conn.execute(
            "UPDATE stored_events SET state = CAST(replace(CAST(state AS TEXT), '\"size\"', "
            "'\"sizf\"') AS BLOB) WHERE rowid = "
            "(SELECT min(rowid) FROM stored_events WHERE topic LIKE '%Household.Registered')"
        )
    refused = desk("restore", str(forged), "--db", str(tmp_path / "r2.db"))
    assert refused.returncode == 2 and "哈希链不符" in refused.stderr
    assert not (tmp_path / "r2.db").exists()


@pytest.mark.postgres
def test_backup_and_restore_on_postgresql(pg_database: str, tmp_path: Path) -> None:
    from tests.conftest import PG

    url = f"{PG}/{pg_database}"
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
    assert (
        desk(
            "init", "--db", url, "--year", "2026", "--township", "青山镇", "--admin", "admin", "--plain"
        ).returncode
        == 0
    )
    assert (
        desk("import", str(households(tmp_path / "农户.xlsx", 50)), "--db", url, "--user", "admin").returncode
        == 0
    )
    copy = tmp_path / "pg-backup.db"
    made = desk("backup", str(copy), "--db", url, "--user", "admin")
    assert made.returncode == 0, made.stderr
    restored = desk("restore", str(copy), "--db", str(tmp_path / "from-pg.db"))
    assert restored.returncode == 0, restored.stderr
    assert stored_households(str(tmp_path / "from-pg.db")) == 50


def test_a_failing_read_model_never_takes_the_store_down(store: str, tmp_path: Path) -> None:
    """One read model failing on an event (a defect injected here) is marked stale with the notification;
    the others and the CLI go on; after the fix, `desk rebuild` recovers it — also with positions lost."""
    from projections.store import open_store
    from projections.visits import VisitProjection

    assert (
        desk("import", str(households(tmp_path / "h.xlsx", 5)), "--db", store, "--user", "admin").returncode
        == 0
    )
    broken = open_store(store)
    visits = next(p for p in broken.projector.projections if isinstance(p, VisitProjection))
    with sqlite3.connect(store) as conn:
        conn.execute("UPDATE projection_positions SET notification_id = 0 WHERE name = 'roster'")

    def defect(conn: object, envelope: object) -> None:
        raise RuntimeError("a defect in the roster projection")

    roster = next(p for p in broken.projector.projections if p.name == "roster")
    roster.process = defect  # type: ignore[method-assign]
    broken.projector.catch_up()  # does not raise
    assert [name for name, _i, _m in broken.projector.faults()] == ["roster"]
    assert visits.name not in {n for n, _i, _m in broken.projector.faults()}
    broken.close()
    verified = desk("verify", "--db", store)
    assert verified.returncode == 0 and "roster" in verified.stderr  # the store opens, and says what is stale
    with sqlite3.connect(store) as conn:
        conn.execute("DELETE FROM projection_positions")  # positions lost as well
    rebuilt = desk("rebuild", "--db", store)
    assert rebuilt.returncode == 0, rebuilt.stderr
    fine = open_store(store)
    try:
        assert fine.projector.faults() == []
    finally:
        fine.close()
    assert desk("verify", "--db", store).returncode == 0


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_a_rebuild_at_another_workstation_clears_the_stale_warning_here(
    qtbot: QtBot, store: str, tmp_path: Path
) -> None:
    """The window says which read model is stale; once `desk rebuild` ran elsewhere (after the fix), the
    warning goes within a few seconds, without a new event to announce it."""
    from desk.gui.main_window import MainWindow
    from desk.gui.operations import Operations
    from projections.store import open_store

    opened = open_store(store)
    try:
        actor = opened.app.login("admin", PASSWORD, "PC-1")
        roster = next(p for p in opened.projector.projections if p.name == "roster")

        def defect(conn: object, envelopes: object) -> None:
            raise RuntimeError("a defect in the roster projection")

        roster.process_batch = defect  # type: ignore[attr-defined]
        window = MainWindow(Operations(opened), actor)
        qtbot.addWidget(window)
        window.show()
        opened.app.roster.register_unit(actor, "V9", "新村", "村", "")
        window.ops.refresh()
        qtbot.waitUntil(lambda: window.stale.isVisible() and "roster" in window.stale.text())
        rebuilt = desk("rebuild", "--db", store)
        assert rebuilt.returncode == 0, rebuilt.stderr
        qtbot.waitUntil(lambda: not window.stale.isVisible(), timeout=15000)
        window.close()
    finally:
        opened.close()


def test_bad_paths_and_unreachable_servers_are_one_clear_line(tmp_path: Path) -> None:
    missing_folder = desk(
        "init",
        "--db",
        str(tmp_path / "no" / "x.db"),
        "--year",
        "2026",
        "--township",
        "青山镇",
        "--admin",
        "admin",
    )
    assert missing_folder.returncode == 2 and "文件夹不存在" in missing_folder.stderr
    assert not (tmp_path / "no").exists()
    started = time.monotonic()
    down = desk("verify", "--db", "postgresql://postgres@127.0.0.1:1/lianxin")
    assert down.returncode == 2 and "无法连接服务器" in down.stderr and time.monotonic() - started < 15
    no_db = desk("verify", "--db", "postgresql://postgres@127.0.0.1:5432/no_such_database_here")
    assert no_db.returncode == 2 and "数据库不存在" in no_db.stderr
    for result in (missing_folder, down, no_db):
        assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_a_new_store_is_readable_only_by_its_owner(tmp_path: Path) -> None:
    db = tmp_path / "own.db"
    assert (
        desk(
            "init", "--db", str(db), "--year", "2026", "--township", "青山镇", "--admin", "admin", "--plain"
        ).returncode
        == 0
    )
    assert oct(db.stat().st_mode & 0o777) == "0o600"


def test_workstations_logging_in_as_one_operator_at_once(store: str) -> None:
    """Every login is an event on the operator: a lost race is retried, never a raw IntegrityError."""
    script = (
        "import sys; from projections.store import open_store; s = open_store(sys.argv[1]); "
        "[s.app.login('admin', 'secret-pass-1', 'PC') for _ in range(5)]; s.close()"
    )
    runs = [
        subprocess.Popen([sys.executable, "-c", script, store], stderr=subprocess.PIPE, text=True)
        for _ in range(6)
    ]
    for run in runs:
        _out, err = run.communicate(timeout=120)
        assert run.returncode == 0, err


def test_the_app_keeps_a_verified_copy_a_day(tmp_path: Path) -> None:
    from desk.backup import backups_folder, daily_backup, last_backup
    from projections.store import open_store

    db = tmp_path / "daily.db"
    assert (
        desk(
            "init", "--db", str(db), "--year", "2026", "--township", "青山镇", "--admin", "admin", "--plain"
        ).returncode
        == 0
    )
    store = open_store(str(db))
    try:
        folder = backups_folder(store)
        for day in ("20261101", "20261102", "20261103"):  # older copies, kept up to seven
            (folder.mkdir(exist_ok=True), (folder / f"{day}.db").write_bytes(b""))
        made = daily_backup(store, keep=3)
        assert made is not None and made.exists() and daily_backup(store, keep=3) is None  # once a day
        assert last_backup(store) == made and len(list(folder.glob("*.db"))) == 3
        assert oct(folder.stat().st_mode & 0o777) == "0o700"
    finally:
        store.close()
    assert desk("verify", "--db", str(made)).returncode == 0


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real file system that fills up (a tmpfs of 2 MB), grown again with `remount`."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True)
    if made.returncode != 0:
        pytest.skip("a full disk is tried on a tmpfs, which only root may mount here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_is_one_clear_line_and_nothing_stored_is_lost(
    store: str, small_disk: Path, tmp_path: Path
) -> None:
    """An import that fills the disk stops with one Chinese line (no traceback, no half-written row); once
    there is room the same import resumes and stores each row once, and the store verifies. An export to a
    full disk is one line too, and leaves no half-written file."""
    db = small_disk / "store.db"
    subprocess.run(["cp", store, str(db)], check=True)
    book = households(tmp_path / "农户.xlsx", 4000)
    full = desk("import", str(book), "--db", str(db), "--user", "admin")
    assert full.returncode == 2, full.stderr
    assert "磁盘空间不足" in full.stderr and "Traceback" not in full.stderr
    first = stored_households(str(db)) if db.stat().st_size else 0
    assert first < 4000

    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    ballast = small_disk / "ballast"
    again = desk("import", str(book), "--db", str(db), "--user", "admin")
    assert again.returncode == 0, again.stderr
    assert stored_households(str(db)) == 4000  # each row once: the first run's rows kept, the rest added
    assert desk("verify", "--db", str(db)).returncode == 0

    # an export onto a full disk (the store elsewhere): one line, no half-written file
    with ballast.open("wb", buffering=0) as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 4096)
    out = small_disk / "户.xlsx"
    exported = desk("export", "roster-households", "--db", store, "--out", str(out), "--user", "admin")
    assert exported.returncode == 2, exported.stderr
    assert "磁盘空间不足" in exported.stderr and "Traceback" not in exported.stderr
    assert not [p for p in small_disk.iterdir() if "户" in p.name]


def test_verify_reads_the_embedded_table_as_stored_and_names_what_was_altered(tmp_path: Path) -> None:
    """`verify` reads an embedded store's events table as it is (ids as stored): an event whose id, version,
    topic or state was altered, or that was deleted, is named — the first one, by its notification."""
    from domain.base import Actor
    from projections.chain import verify
    from projections.store import open_store

    db = tmp_path / "v.db"
    store = open_store(str(db))
    admin = store.app.launch_campaign(2026, "青山镇", "admin", "lianxin-2026!", "PC")
    assert isinstance(admin, Actor)
    store.app.roster.register_unit(admin, "V01", "青山村", "村")
    for h in range(5):
        store.app.roster.register_household(
            admin, f"H{h}", {"head_name": f"户主{h}", "village_code": "V01"}, []
        )
    store.projector.catch_up()
    assert verify(store.app.recorder, store.engine).ok
    # recorded a moment ago (here or at another workstation) and not chained yet: judged next time, not
    # reported as tampering
    store.app.roster.register_household(admin, "H9", {"head_name": "户主9", "village_code": "V01"}, [])
    fresh = verify(store.app.recorder, store.engine)
    assert (fresh.ok, fresh.later) == (True, 1)
    store.projector.catch_up()
    assert (verify(store.app.recorder, store.engine).later, store.app.recorder.max_notification_id()) == (
        0,
        fresh.checked + 1,
    )
    store.close()
    alterations = {
        "id": "UPDATE stored_events SET originator_id = replace(originator_id, substr(originator_id, 1, 1), 'f')",
        "version": "UPDATE stored_events SET originator_version = originator_version + 7",
        "topic": "UPDATE stored_events SET topic = topic || 'X'",
        "state": "UPDATE stored_events SET state = CAST(CAST(state AS TEXT) || ' ' AS BLOB)",
    }
    for what, statement in alterations.items():
        copy = tmp_path / f"{what}.db"
        copy.write_bytes(db.read_bytes())
        with sqlite3.connect(copy) as conn:
            conn.execute("DROP TRIGGER IF EXISTS stored_events_no_update")
            target = conn.execute("SELECT max(rowid) - 2 FROM stored_events").fetchone()[0]
            conn.execute(f"{statement} WHERE rowid = ?", (target,))
        altered = open_store(str(copy))
        try:
            result = verify(altered.app.recorder, altered.engine)
        finally:
            altered.close()
        assert (result.ok, result.first_bad, result.problem) == (
            False,
            target,
            "事件内容与哈希链不符(被改动)",
        ), what
    # the last events altered and their links removed: still named, not taken for events "not yet chained"
    tail = tmp_path / "tail.db"
    tail.write_bytes(db.read_bytes())
    with sqlite3.connect(tail) as conn:
        conn.execute("DROP TRIGGER IF EXISTS stored_events_no_update")
        conn.execute("DROP TRIGGER IF EXISTS hash_chain_no_delete")
        last = conn.execute("SELECT max(rowid) FROM stored_events").fetchone()[0]
        conn.execute("UPDATE stored_events SET topic = topic || 'X' WHERE rowid = ?", (last,))
        conn.execute("DELETE FROM hash_chain WHERE notification_id >= ?", (last - 1,))
    opened = open_store(str(tail))
    try:
        result = verify(opened.app.recorder, opened.engine)
        from projections.chain import _stored_links

        # links another workstation adds during a verification are left for the next one
        assert [n for n, _link in _stored_links(opened.engine, 2, 5)] == [1, 2, 3, 4, 5]
    finally:
        opened.close()
    assert (result.ok, result.first_bad, result.later) == (False, last - 1, 0)
    deleted = tmp_path / "deleted.db"
    deleted.write_bytes(db.read_bytes())
    with sqlite3.connect(deleted) as conn:
        conn.execute("DROP TRIGGER IF EXISTS stored_events_no_delete")
        target = conn.execute("SELECT max(rowid) - 3 FROM stored_events").fetchone()[0]
        conn.execute("DELETE FROM stored_events WHERE rowid = ?", (target,))
    opened = open_store(str(deleted))
    try:
        result = verify(opened.app.recorder, opened.engine)
    finally:
        opened.close()
    assert (result.ok, result.first_bad) == (False, target)
