"""Outputs as the user makes them: every printable view's preview opened (the printer kept alive) and
closed; exports through the real file dialog carry the page's filters and 回看 moment; text never becomes
a formula; every output is audited; a second process's record reaches an open window."""

from __future__ import annotations

import csv
import gc
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtPrintSupport import QPrintPreviewWidget
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desk.gui.concerns import ConcernRecordDialog
from desk.gui.contacts import BookletDialog
from desk.gui.main_window import MainWindow
from desk.gui.operations import Operations
from desk.gui.printing import PrintPreview
from desk.sheets import write_table
from domain.base import Actor
from domain.clock import FixedClock
from domain.errors import RuleViolation
from projections.audit import AuditFilter, AuditQuery
from projections.store import Store

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)"),
]


@pytest.fixture
def desk(village: Store, admin: Actor, clock: FixedClock) -> Store:
    app = village.app
    app.visits.record_visit(admin, "H1", date(2026, 10, 21), ["C1"], problems=["村道路灯损坏"])
    clock.set(datetime(2026, 10, 24, 9))
    app.visits.record_visit(admin, "H2", date(2026, 10, 24), ["C1"])
    app.visits.record_visit(admin, "H3", date(2026, 10, 24), ["C2"])
    village.projector.catch_up()
    return village


def shown_page(qtbot: QtBot, store: Store, actor: Actor, name: str) -> Any:
    """The main window shown on one of its pages, as the operator opens it."""
    window = MainWindow(Operations(store), actor)
    qtbot.addWidget(window)
    window.show()
    window.show_page(name)
    return window.pages[name]


class Answerer:
    """Answers the modal dialogs the user would answer: a file dialog gets `path`, a message box OK."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.messages: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(50)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QFileDialog) and self.path is not None:
            name_box = widget.findChild(QLineEdit, "fileNameEdit")
            assert name_box is not None
            name_box.setText(str(self.path))  # typed into the name box, as the user would
            self.path = None  # one file dialog per answerer
            widget.accept()
        elif isinstance(widget, QMessageBox):
            self.messages.append(widget.text())
            widget.accept()


@pytest.fixture
def answer() -> Iterator[type[Answerer]]:
    made: list[Answerer] = []

    def make(path: Path | None = None) -> Answerer:
        a = Answerer(path)
        made.append(a)
        return a

    yield make  # type: ignore[misc]
    for a in made:
        a.timer.stop()


def previews() -> list[PrintPreview]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreview) and w.isVisible()]


def open_and_close_preview(qtbot: QtBot, open_it: object) -> PrintPreview:
    before = set(map(id, previews()))
    open_it()  # type: ignore[operator]
    qtbot.waitUntil(lambda: any(id(p) not in before for p in previews()), timeout=5000)
    [dialog] = [p for p in previews() if id(p) not in before]
    gc.collect()  # the printer handed to the dialog must outlive any temporary
    widget = dialog.findChild(QPrintPreviewWidget)
    assert widget is not None
    widget.updatePreview()  # paints again through the printer
    assert widget.pageCount() >= 1
    dialog.close()
    qtbot.waitUntil(lambda: dialog not in previews())
    return dialog


def test_every_printable_view_opens_and_closes_its_preview(qtbot: QtBot, desk: Store, admin: Actor) -> None:
    window = MainWindow(Operations(desk), admin)
    qtbot.addWidget(window)
    window.show()
    printed = 0
    for key, page in window.pages.items():
        for button in page.findChildren(QPushButton):
            if button.text() == "打印…" and button.isVisibleTo(page):
                window.show_page(key)
                open_and_close_preview(qtbot, button.click)
                printed += 1
    assert printed >= 10  # dashboard, roster, visits, concerns, contacts, interviews, ratings, articles, …
    record = ConcernRecordDialog(window.ops, "V1-H1-20261021-Q1", window.pages["concerns"])
    qtbot.addWidget(record)
    open_and_close_preview(qtbot, record.print_preview)
    booklet = BookletDialog(window.ops, "C1", window.pages["contacts"])
    qtbot.addWidget(booklet)
    open_and_close_preview(qtbot, booklet.print_preview)


def test_printing_from_the_preview_is_audited(qtbot: QtBot, desk: Store, admin: Actor) -> None:
    window = MainWindow(Operations(desk), admin)
    qtbot.addWidget(window)
    window.show_page("visits")
    page = window.pages["visits"]
    page.village.setCurrentIndex(page.village.findData("V1"))  # type: ignore[attr-defined]
    dialog = page.print_ledger()  # type: ignore[attr-defined]
    assert dialog is not None
    dialog.accept()  # what Qt's preview does once the printer has printed
    rows = AuditQuery(desk.engine)
    found = rows.rows(rows.ids(AuditFilter(text="打印")))
    assert any("走访工作台帐" in r.summary and "青山村" in r.summary for r in found.values())


def test_export_takes_the_filters_and_the_moment(
    qtbot: QtBot, desk: Store, admin: Actor, tmp_path: Path, answer: type[Answerer]
) -> None:
    window = MainWindow(Operations(desk), admin)
    qtbot.addWidget(window)
    window.show()
    window.show_page("visits")
    page = window.pages["visits"]
    page.village.setCurrentIndex(page.village.findData("V1"))  # type: ignore[attr-defined]
    assert page.model.rowCount() == 2  # type: ignore[attr-defined]
    out = tmp_path / "走访-青山村.xlsx"
    answer(out)
    page.findChild(QPushButton, "btn_export").click()  # type: ignore[union-attr]
    ws = load_workbook(out).active
    values = [[c for c in row] for row in ws.iter_rows(values_only=True)]
    assert values[0][:2] == ("走访时间", "户主") or "户主" in values[0]
    data = [r for r in values[1:] if r and r[1] and str(r[0]).startswith("2026")]
    assert len(data) == 2
    text = "\n".join(str(r[0]) for r in values if r and r[0])
    assert "筛选:" in text and "青山村" in text and "哈希链头" in text
    # 回看 a moment before the second visit: the export says so and holds what stood then
    window.as_of_edit.setDateTime(QDateTime(QDate(2026, 10, 23), QTime(12, 0)))
    window.as_of_check.setChecked(True)
    assert page.model.rowCount() == 1  # type: ignore[attr-defined]
    then = tmp_path / "走访-回看.csv"
    answer(then)
    page.findChild(QPushButton, "btn_export").click()  # type: ignore[union-attr]
    with then.open(encoding="utf-8-sig") as fh:
        rows = list(csv.reader(fh))
    assert len([r for r in rows[1:] if r and r[0].startswith("2026")]) == 1
    assert any("回看:截至 2026-10-23 12:00" in r[0] for r in rows if r)
    audit = AuditQuery(desk.engine)
    exported = audit.rows(audit.ids(AuditFilter(text="导出")))
    assert sum("走访工作台帐" in r.summary for r in exported.values()) >= 2


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
@pytest.mark.parametrize("phase", ["rows", "saving"])
def test_a_long_export_shows_its_progress_and_can_be_cancelled(
    qtbot: QtBot,
    desk: Store,
    admin: Actor,
    tmp_path: Path,
    answer: type[Answerer],
    monkeypatch: pytest.MonkeyPatch,
    phase: str,
) -> None:
    """Tens of thousands of rows (a county's ledger): written on a thread of its own behind a progress
    dialog with 取消, the window painting meanwhile; 取消 — while the rows are written or while the
    workbook is saved — leaves no file and nothing in the audit trail; a second export writes every row."""
    import threading

    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QProgressDialog

    released = threading.Event()  # the worker waits here until the clerk has pressed 取消
    rows_written = [0]
    from desk import sheets

    append_row, save_workbook = sheets.append_row, sheets.save_workbook

    def slow_row(ws: Any, values: list[Any]) -> None:
        rows_written[0] += 1
        if phase == "rows" and rows_written[0] == 1200:
            released.wait(30)
        append_row(ws, values)

    def slow_save(wb: Any, path: Path) -> None:
        if phase == "saving":
            released.wait(30)
        save_workbook(wb, path)

    monkeypatch.setattr(sheets, "append_row", slow_row)
    monkeypatch.setattr(sheets, "save_workbook", slow_save)
    window = MainWindow(Operations(desk), admin)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["visits"]
    model = QStandardItemModel(0, 3)
    model.setHorizontalHeaderLabels(["户主", "村居", "情况"])
    for n in range(5_000):
        model.appendRow([QStandardItem(f"户主{n}"), QStandardItem("青山村"), QStandardItem("家中4口人")])
    seen: list[str] = []
    ticks: list[float] = []

    def cancel_when_shown() -> None:
        # the export's own dialog: before it, the rows are read from the ledger behind one of their own
        # (正在读取…), which a slow machine shows for a while
        shown = [
            d
            for d in window.findChildren(QProgressDialog, "long_work")
            if d.isVisible() and d.labelText().startswith("正在导出")
        ]
        if not shown or seen:
            return
        dialog = shown[0]
        ticks.append(time.perf_counter())  # the GUI thread keeps running while the worker writes
        if len(ticks) == 5:
            seen.append(dialog.labelText())
            button = dialog.findChild(QPushButton)
            assert button is not None and button.text() == "取消"
            button.click()  # as the clerk would
            released.set()

    poll = QTimer()
    poll.timeout.connect(cancel_when_shown)
    poll.start(50)
    out = tmp_path / "长台帐.xlsx"
    answer(out)
    assert page.export_view("走访工作台帐", model) is None  # type: ignore[attr-defined]
    poll.stop()
    assert seen == ["正在导出 5000 行…"] and len(ticks) == 5
    assert not list(tmp_path.iterdir())  # nothing half-written left behind
    audit = AuditQuery(desk.engine)
    assert not audit.ids(AuditFilter(text="长台帐"))
    phase = "done"  # the second export runs through
    answer(out)
    assert page.export_view("走访工作台帐", model) == out  # type: ignore[attr-defined]
    assert load_workbook(out, read_only=True).active.max_row >= 5_001  # type: ignore[union-attr]
    assert audit.ids(AuditFilter(text="长台帐"))


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_reading_a_long_ledger_for_export_keeps_the_window_painting(
    qtbot: QtBot, desk: Store, admin: Actor, tmp_path: Path, answer: type[Answerer]
) -> None:
    """The rows are read from the model on the GUI thread (a Qt model must be), a step at a time behind
    its own progress dialog: 60,000 visits froze the window for seconds before the writing began. 取消
    there exports nothing."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QProgressDialog

    window = MainWindow(Operations(desk), admin)
    qtbot.addWidget(window)
    window.show()
    page = window.pages["visits"]

    class Slow(QStandardItemModel):  # a lazy ledger reads its rows from the database as they are asked for
        def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
            if index.column() == 0 and index.row() % 10 == 0:
                time.sleep(0.002)
            return super().data(index, role)

    model = Slow(0, 2)
    model.setHorizontalHeaderLabels(["户主", "村居"])
    for n in range(8_000):
        model.appendRow([QStandardItem(f"户主{n}"), QStandardItem("青山村")])
    seen: list[str] = []

    def cancel_while_reading() -> None:
        dialog = window.findChild(QProgressDialog, "long_work")
        if dialog is not None and dialog.isVisible() and not seen:
            seen.append(dialog.labelText())
            button = dialog.findChild(QPushButton)
            assert button is not None
            button.click()

    poll = QTimer()
    poll.timeout.connect(cancel_while_reading)
    poll.start(20)
    answer(tmp_path / "读取.xlsx")
    assert page.export_view("走访工作台帐", model) is None  # type: ignore[attr-defined]
    poll.stop()
    assert seen == ["正在读取 8000 行…"]
    assert not list(tmp_path.iterdir())


def test_the_dashboard_exports_what_it_shows_with_the_overdue_count(
    qtbot: QtBot, desk: Store, admin: Actor, tmp_path: Path, answer: type[Answerer]
) -> None:
    window = MainWindow(Operations(desk), admin)
    qtbot.addWidget(window)
    window.show()
    window.show_page("dashboard")
    page = window.pages["dashboard"]
    out = tmp_path / "总览.xlsx"
    answer(out)
    page.findChild(QPushButton, "btn_export").click()  # type: ignore[union-attr]
    values = [r for r in load_workbook(out).active.iter_rows(values_only=True)]
    shown = {r[0]: r[1] for r in values if r and r[0]}
    overdue = page.bars["overdue"].format()  # type: ignore[attr-defined]
    assert shown["超期未办结问题"] == overdue and overdue.endswith("件")
    assert shown["农户走访覆盖"] == page.bars["visits"].format()  # type: ignore[attr-defined]
    assert any(str(r[0]).startswith("V1 ") for r in values if r and r[0])  # each village's line
    assert any("哈希链头" in str(r[0]) for r in values if r and r[0])
    audit = AuditQuery(desk.engine)
    assert any("总览" in r.summary for r in audit.rows(audit.ids(AuditFilter(text="导出"))).values())


@pytest.mark.parametrize(
    "name", ["=1+1", '=HYPERLINK("http://x","点我")', "@SUM(A1)", "-2+3", "+1", "=cmd|' /C notepad'!A0"]
)
def test_text_never_becomes_a_formula(tmp_path: Path, name: str) -> None:
    xlsx, text = tmp_path / "x.xlsx", tmp_path / "x.csv"
    write_table(xlsx, "t", ["姓名"], [[name], ["bell\x07 and nul\x00"]], ["链头"])
    write_table(text, "t", ["姓名"], [[name]], [])
    ws = load_workbook(xlsx).active
    assert ws["A2"].value == name and ws["A2"].data_type == "s"
    assert ws["A3"].value == "bell and nul"
    with text.open(encoding="utf-8-sig") as fh:
        assert list(csv.reader(fh))[1] == ["'" + name]


def desk_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "desk.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "DESK_PASSWORD": "secret-pass-1", "DESK_USER": "admin", **(env or {})},
        timeout=120,
    )


def test_cli_outputs_are_clear_and_audited(tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    assert (
        desk_cli(
            "init", "--db", db, "--year", "2026", "--township", "青山镇", "--admin", "admin", "--plain"
        ).returncode
        == 0
    )
    missing = desk_cli(
        "summary", "--db", db, "--user", "admin", "--out", str(tmp_path / "no" / "such" / "总结.xlsx")
    )
    assert (
        missing.returncode == 2 and "Traceback" not in missing.stderr and "输出文件夹不存在" in missing.stderr
    )
    done = desk_cli("summary", "--db", db, "--user", "admin", "--out", str(tmp_path / "总结.xlsx"))
    assert done.returncode == 0, done.stderr
    today = date.today().isoformat()
    changes = desk_cli("changes", "--db", db, "--since", today, "--until", f"{today}T23:59")
    assert "活动总结" in changes.stdout  # --since a date starts at the beginning of that day
    reversed_range = desk_cli("changes", "--db", db, "--since", today, "--until", "2020-01-01")
    assert reversed_range.returncode == 2 and "起点须早于终点" in reversed_range.stderr


def test_a_pdf_keeps_its_chinese_on_a_machine_without_a_chinese_font(tmp_path: Path) -> None:
    """Fontconfig told of no font at all: the shipped font (resources/fonts) writes the summary's Chinese."""
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">'
        f"<fontconfig><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        "utf-8",
    )
    bare = {"FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen"}
    probe = subprocess.run(
        [sys.executable, "-c", PROBE_FONTS],
        capture_output=True,
        text=True,
        env={**os.environ, **bare},
        timeout=60,
    )
    assert probe.stdout.split() == ["0"], probe.stderr  # the machine, as Qt sees it, has no Chinese font
    db = str(tmp_path / "s.db")
    init = ("init", "--db", db, "--year", "2026", "--township", "青山镇", "--admin", "admin", "--plain")
    assert desk_cli(*init).returncode == 0
    pdf = tmp_path / "总结.pdf"
    done = desk_cli("summary", "--db", db, "--user", "admin", "--out", str(pdf), env=bare)
    assert done.returncode == 0, done.stderr
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "青山镇2026年“走进群众”活动总结" in text and "入户走访" in text


PROBE_FONTS = """
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication
app = QApplication([])
print(len(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)))
"""


WRITER = """
import sys
from domain.base import Actor
from projections.store import open_store
store = open_store(sys.argv[1])
admin = store.app.login("admin", "secret-1", "SECOND-PC")
store.app.roster.register_household(admin, "H9", {"head_name": "另一台电脑", "village_code": "V1"}, [])
store.projector.catch_up()  # the writing workstation projects, as the app does after each command
store.close()
"""


@pytest.mark.parametrize("db_url", ["sqlite", "postgres"], indirect=True)
def test_a_record_from_another_workstation_reaches_an_open_window(
    qtbot: QtBot, db_url: str, township: Store, admin: Actor
) -> None:
    window = MainWindow(Operations(township), admin)
    qtbot.addWidget(window)
    window.show()
    window.show_page("roster")
    page = window.pages["roster"]
    page.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    assert page.households.rowCount() == 3  # type: ignore[attr-defined]
    done = subprocess.run([sys.executable, "-c", WRITER, db_url], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: page.households.rowCount() == 4, timeout=3000)  # type: ignore[attr-defined]
    assert isinstance(page, QWidget)


def test_verify_head_checks_a_head_printed_on_an_earlier_output(tmp_path: Path) -> None:
    import sqlite3

    db = str(tmp_path / "h.db")
    assert (
        desk_cli(
            "init", "--db", db, "--year", "2026", "--township", "青山镇", "--admin", "admin", "--plain"
        ).returncode
        == 0
    )
    out = desk_cli("export", "roster-units", "--db", db, "--user", "admin", "--out", str(tmp_path / "u.csv"))
    printed = out.stdout.split("链头 ")[1][:16]
    with (tmp_path / "u.csv").open(encoding="utf-8-sig") as fh:
        full = [r[0] for r in csv.reader(fh) if r and "哈希链头" in r[0]][0].split("哈希链头 ")[1][:64]
    assert full.startswith(printed)
    ok = desk_cli("verify", "--db", db, "--head", full)
    assert ok.returncode == 0 and "仍完整保存" in ok.stdout
    short = desk_cli("verify", "--db", db, "--head", printed)  # as the command line printed it
    assert short.returncode == 0 and "仍完整保存" in short.stdout
    unknown = desk_cli("verify", "--db", db, "--head", "0" * 63 + "1")
    assert unknown.returncode == 1 and "找不到" in unknown.stdout
    with sqlite3.connect(db) as conn:  # an intruder alters the campaign's first event behind the triggers
        conn.execute("DROP TRIGGER stored_events_no_update")
        conn.execute(
            "UPDATE stored_events SET state = CAST(replace(CAST(state AS TEXT), '2026', '2025') AS BLOB) "
            "WHERE rowid = 1"
        )
    altered = desk_cli("verify", "--db", db, "--head", full)
    assert altered.returncode == 1 and "第 1 号事件起被改动" in altered.stdout
    assert "触发器" in altered.stderr


DIALOG_PROBE = """
import ctypes, os, struct, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desk.gui.output import file_dialog

folder = Path(sys.argv[1])
libc = ctypes.CDLL(None, use_errno=True)
fd = libc.inotify_init1(os.O_NONBLOCK)
libc.inotify_add_watch(fd, str(folder).encode(), 0x00000020)  # IN_OPEN
app = QApplication([])

def browse():
    dialog = QApplication.activeModalWidget()
    dialog.setDirectory(str(folder))  # the clerk goes to the store's folder
    QTimer.singleShot(3000, dialog.reject)

QTimer.singleShot(200, browse)
file_dialog(None, "t", Path.home() / "x.xlsx", "Excel (*.xlsx);;CSV (*.csv)", save=True)
opened = []
try:
    data = os.read(fd, 65536)
except BlockingIOError:
    data = b""
while data:
    _wd, _mask, _cookie, length = struct.unpack_from("iIII", data)
    opened.append(data[16 : 16 + length].rstrip(b"\\0").decode())
    data = data[16 + length :]
print("OPENED", sorted(set(opened)))
"""


@pytest.mark.parametrize("platform", ["offscreen", "xcb"])
def test_file_dialogs_never_open_the_files_they_list(platform: str, tmp_path: Path) -> None:
    """Opening and closing a store's file from the app's process drops SQLite's locks on it, after which
    another workstation may delete the -wal file under it. Qt's default icon provider (and, on a real
    X display, the icon theme) opens every file it lists; ours must not. Linux's inotify sees every open
    of a file in the folder; the xcb case runs on a virtual X display (Xvfb)."""
    import shutil

    (tmp_path / "lianxin.db").write_bytes(b"SQLite format 3\x00" + bytes(4096))
    env = {**os.environ, "QT_QPA_PLATFORM": platform}
    xvfb = None
    if platform == "xcb":
        binary = shutil.which("Xvfb")
        assert binary is not None, "Xvfb is installed by .ci/run"
        display = f":{90 + os.getpid() % 500}"
        xvfb = subprocess.Popen([binary, display, "-screen", "0", "1280x900x24"], stderr=subprocess.DEVNULL)
        env["DISPLAY"] = display
        time.sleep(1)
    try:
        done = subprocess.run(
            [sys.executable, "-c", DIALOG_PROBE, str(tmp_path)],
            capture_output=True,
            text=True,
            env=env,
            timeout=60,
        )
    finally:
        if xvfb is not None:
            xvfb.terminate()
    [line] = [x for x in done.stdout.splitlines() if x.startswith("OPENED")]
    assert "lianxin.db" not in line, done.stderr[-2000:]


def test_signed_checkpoints_catch_a_history_rewritten_with_its_chain(tmp_path: Path) -> None:
    """An intruder with write access alters an event and recomputes the whole hash chain: the chain alone
    verifies again, the office's signed checkpoint (kept outside the database) does not."""
    import sqlite3

    from projections.chain import GENESIS, link
    from projections.store import open_store

    db = str(tmp_path / "c.db")
    assert (
        desk_cli(
            "init", "--db", db, "--year", "2026", "--township", "青山镇", "--admin", "admin", "--plain"
        ).returncode
        == 0
    )
    assert (
        desk_cli("summary", "--db", db, "--user", "admin", "--out", str(tmp_path / "s.xlsx")).returncode == 0
    )
    assert (tmp_path / "c.db.checkpoints.jsonl").exists() and (tmp_path / "c.db.signing-key").exists()
    assert oct((tmp_path / "c.db.signing-key").stat().st_mode & 0o777) == "0o600"
    fine = desk_cli("verify", "--db", db)
    assert fine.returncode == 0 and "签名检查点相符" in fine.stdout
    with sqlite3.connect(db) as conn:
        for trigger in ("stored_events_no_update", "hash_chain_no_update", "hash_chain_no_delete"):
            conn.execute(f"DROP TRIGGER {trigger}")
        conn.execute(
            "UPDATE stored_events SET state = CAST(replace(CAST(state AS TEXT), '2026', '2025') AS BLOB) "
            "WHERE rowid = 1"
        )
    store = open_store(db)  # the intruder recomputes the chain over the altered events
    try:
        previous, rows = GENESIS, []
        for n in store.app.recorder.select_notifications(start=1, limit=10_000):
            previous = link(previous, n)
            rows.append((previous, n.id))
    finally:
        store.close()
    with sqlite3.connect(db) as conn:
        conn.executemany("UPDATE hash_chain SET link = ? WHERE notification_id = ?", rows)
        for t in ("stored_events", "hash_chain"):  # and puts the triggers back
            conn.execute(
                f"CREATE TRIGGER {t}_no_update BEFORE UPDATE ON {t} BEGIN SELECT RAISE(ABORT, 'x'); END"
            )
        conn.execute(
            "CREATE TRIGGER hash_chain_no_delete BEFORE DELETE ON hash_chain BEGIN SELECT RAISE(ABORT, 'x'); END"
        )
    caught = desk_cli("verify", "--db", db)
    assert caught.returncode == 1 and "检查点不符" in caught.stdout and "历史被改写" in caught.stdout


def test_checking_a_printed_head_in_the_app(
    qtbot: QtBot, desk: Store, admin: Actor, answer: type[Answerer]
) -> None:
    from projections.chain import head

    window = MainWindow(Operations(desk), admin)
    qtbot.addWidget(window)
    window.show_page("audit")
    page = window.pages["audit"]
    printed = head(desk.engine)[1]
    page.head_input.setText(printed)  # type: ignore[attr-defined]
    answer()
    said = page.verify()  # type: ignore[attr-defined]
    assert "哈希链完好" in said and "仍完整保存" in said
    page.head_input.setText("f" * 64)  # type: ignore[attr-defined]
    assert "找不到" in page.verify()  # type: ignore[attr-defined]


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_long_work_runs_off_the_window_and_can_be_cancelled_where_safe(
    qtbot: QtBot, desk: Store, admin: Actor
) -> None:
    """核对 and an erasure's rebuild run on a thread of their own: the window keeps turning (its timers
    fire), what the work returns or raises comes back to the window, and 取消 stops a cancellable work."""
    import threading
    import time as clock_time

    from desk.gui.pages import Cancelled

    page = shown_page(qtbot, desk, admin, "audit")
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)

    def slow(advance: Any) -> bool:
        clock_time.sleep(0.3)
        advance(1)
        return threading.current_thread() is not threading.main_thread()

    assert page.with_progress("…", slow) is True  # off the GUI thread
    assert len(ticks) >= 5  # the window's own timers fired meanwhile

    stayed: list[bool] = []

    def try_to_stop() -> None:  # work that must finish: neither the title bar's close nor Esc stops it
        [dialog] = [d for d in page.findChildren(QProgressDialog, "long_work") if d.isVisible()]
        dialog.close()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        stayed.append(dialog.isVisible())

    def slower(advance: Any) -> bool:
        for _ in range(10):
            clock_time.sleep(0.1)
            advance(1)
        return True

    QTimer.singleShot(600, try_to_stop)
    assert page.with_progress("…", slower) is True and stayed == [True]

    def refused(advance: Any) -> None:
        raise RuleViolation("R-S5", "已删除")

    with pytest.raises(RuleViolation):
        page.with_progress("…", refused)

    steps: list[int] = []

    def endless(advance: Any) -> None:
        for _ in range(1000):
            advance(1)
            steps.append(1)
            clock_time.sleep(0.01)

    def press_cancel() -> None:  # once the dialog shows (after 0.3 s), as the operator would
        [dialog] = [d for d in page.findChildren(QProgressDialog, "long_work") if d.isVisible()]
        [button] = dialog.findChildren(QPushButton)
        assert button.text() == "取消"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(800, press_cancel)
    with pytest.raises(Cancelled):
        page.with_progress("…", endless, cancellable=True)
    assert 20 < len(steps) < 300  # stopped at the step after 取消, not at the end
    timer.stop()


def test_a_refresh_from_elsewhere_keeps_the_clerks_place(
    qtbot: QtBot, db_url: str, township: Store, admin: Actor
) -> None:
    window = MainWindow(Operations(township), admin)
    qtbot.addWidget(window)
    window.show()
    window.show_page("roster")
    page = window.pages["roster"]
    page.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    view, model = page.household_view, page.households  # type: ignore[attr-defined]
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "H3")
    view.selectRow(row)
    done = subprocess.run([sys.executable, "-c", WRITER, db_url], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=3000)
    [selected] = view.selectionModel().selectedRows()
    assert model.data(model.index(selected.row(), 0)) == "H3"  # still on the household the clerk chose


def test_the_file_dialog_speaks_the_windows_language(qapp: QApplication) -> None:
    """Qt's own Chinese lacks the file dialog's "&Look in:" and "Files of &type:" (a trial saw them in
    English beside Chinese labels): the app names them itself, in the window's language."""
    from desk.gui.app import install_translator
    from desk.gui.output import file_dialog

    def labels() -> list[str]:
        texts: list[str] = []

        def look() -> None:
            dialog = QApplication.activeModalWidget()
            if not isinstance(dialog, QFileDialog):
                QTimer.singleShot(20, look)
                return
            texts.extend(label.text() for label in dialog.findChildren(QLabel))
            dialog.reject()

        QTimer.singleShot(0, look)
        assert file_dialog(None, "导出", Path("/tmp/x.xlsx"), "Excel (*.xlsx)", save=True) is None
        return texts

    chinese = install_translator(qapp, "zh")
    try:
        said = labels()
    finally:
        if chinese is not None:
            qapp.removeTranslator(chinese)
    assert "查找范围:" in said and "文件类型:" in said
    assert not [t for t in said if "Look in" in t or "type:" in t], said
    english = install_translator(qapp, "en")
    assert english is not None
    try:
        assert {"Look in:", "Files of type:"} <= set(labels())
    finally:
        qapp.removeTranslator(english)


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_rebuild_from_the_settings_page(qtbot: QtBot, desk: Store, admin: Actor) -> None:
    """重建台帐… (administrators): asked first, run behind a progress dialog, the ledgers the same after."""
    from projections.visits import VisitFilter

    ops = Operations(desk)
    window = MainWindow(ops, admin)
    qtbot.addWidget(window)
    window.show()
    window.show_page("settings")
    page = window.pages["settings"]
    visits = ops.queries.visits

    def ledger() -> list[str]:
        return sorted(r.code for r in visits.rows(visits.ids(VisitFilter())).values())

    before = ledger()
    said: list[str] = []

    def answer(button: QMessageBox.StandardButton) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, lambda: answer(button))
            return
        said.append(box.text())
        chosen = box.button(button)
        assert chosen is not None
        chosen.click()
        if button == QMessageBox.StandardButton.Yes:  # then the box saying what was done
            QTimer.singleShot(20, lambda: answer(QMessageBox.StandardButton.Ok))

    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.No))
    assert page.rebuild() == 0 and len(said) == 1  # not wanted: nothing done
    button = page.findChild(QPushButton, "btn_rebuild")
    assert button is not None and button.isEnabled()
    QTimer.singleShot(0, lambda: answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(said) == 3, timeout=20_000)
    total = desk.app.recorder.max_notification_id()
    assert said[-1] == f"已从 {total} 条事件重建台帐。"
    assert ledger() == before and before


@pytest.mark.qt_log_ignore("does not support propagateSizeHints")
def test_verify_started_by_a_click_is_cancelled_by_a_click(
    qtbot: QtBot, desk: Store, admin: Actor, answer: type[Answerer], monkeypatch: pytest.MonkeyPatch
) -> None:
    """核对 started by clicking its button, then 取消 clicked: a trial's clicks never reached 取消 while the
    work ran inside the first click's handling (Esc did); the message says it was cancelled."""
    import time as clock_time

    page = shown_page(qtbot, desk, admin, "audit")
    steps: list[int] = []

    def long_check(advance: Any) -> Any:  # a verification of a large store: many steps
        for _ in range(500):
            advance(1)
            steps.append(1)
            clock_time.sleep(0.01)
        return desk.app  # not reached when cancelled

    monkeypatch.setattr(page, "_verify", long_check)
    said = answer()

    def press_cancel() -> None:
        shown = [d for d in page.findChildren(QProgressDialog, "long_work") if d.isVisible()]
        if not shown:
            QTimer.singleShot(50, press_cancel)
            return
        [button] = shown[0].findChildren(QPushButton)
        click_through_window(button)

    def click_through_window(widget: QWidget) -> None:
        """As the platform delivers a click: to the window, which routes it (a direct click to the widget
        would bypass the routing that kept the trial's clicks from 取消)."""
        top = widget.window()
        handle = top.windowHandle()
        assert handle is not None
        where = widget.mapTo(top, widget.rect().center())
        QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)

    QTimer.singleShot(400, press_cancel)
    button = page.findChild(QPushButton, "btn_verify")
    assert button is not None
    click_through_window(button)
    qtbot.waitUntil(lambda: any("核对已取消" in m for m in said.messages), timeout=10_000)
    assert len(steps) < 300


def test_an_export_from_the_command_line_is_said_in_chinese_in_the_audit_trail(
    township: Store, admin: Actor
) -> None:
    """`desk export visits` names its ledger by key: the audit trail says 走访台帐, not the key."""
    from projections.audit import AuditFilter, AuditQuery

    township.app.record_export(admin, "visits", "v.csv", "", "0" * 64)
    township.projector.catch_up()
    trail = AuditQuery(township.engine)
    said = [r.summary for r in trail.rows(trail.ids(AuditFilter())).values()]
    assert any(s.startswith("导出走访台帐到 v.csv") for s in said), said[-3:]


def test_the_audit_trail_of_a_record_includes_those_named_after_it(village: Store, admin: Actor) -> None:
    """记录编号 H1 finds the household and its visits (H1-1021) with their concerns (H1-1021-Q1), not H10."""
    from datetime import date

    from projections.audit import AuditFilter, AuditQuery

    village.app.roster.register_household(admin, "H10", {"head_name": "另一户", "village_code": "V1"}, [])
    village.app.visits.record_visit(admin, "H1", date(2026, 10, 21), ["C1"], {}, ["屋顶漏雨"])
    village.projector.catch_up()
    trail = AuditQuery(village.engine)
    codes = {r.record_code for r in trail.rows(trail.ids(AuditFilter(record="H1"))).values()}
    assert codes == {"H1", "H1-1021", "H1-1021-Q1"}
