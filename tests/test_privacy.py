"""Residents' personal data: an encrypted store file, keys wrapped per operator, and erasure (crypto-shredding)
that keeps the history whole — on real SQLite files (plain and SQLCipher) and the real PostgreSQL server."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desk.bootstrap import Settings, bootstrap
from desk.erasure import forget
from desk.exports import export_ledger
from desk.gui.app import login_dialog
from desk.gui.forms import ReasonDialog
from desk.gui.main_window import MainWindow
from desk.gui.operations import Operations
from desk.privacy import mask_address, mask_phone
from domain.base import Actor, record_id
from domain.clock import FixedClock
from domain.errors import AuthenticationFailed, RuleViolation
from domain.personal import ERASED
from projections.audit import AuditFilter, AuditQuery
from projections.chain import verify
from projections.keys import KeyRing, keys_path
from projections.store import Store, StoreLocked, open_store
from projections.summary import SummaryQuery
from tests.test_gui import save_button

NAME, PHONE, ADDRESS, STORY = "欧阳秘密", "13912345678", "青山村槐树弯七号", "儿子在外务工,老人独居"
D = date(2026, 10, 21)


def _resident(store: Store, admin: Actor) -> None:
    """A household with everything personal: its head, phone and address, a visit's story and a concern."""
    app = store.app
    app.roster.register_household(
        admin, "H9", {"head_name": NAME, "village_code": "V1", "phone": PHONE, "address": ADDRESS, "size": 2}
    )
    visit = app.visits.record_visit(admin, "H9", D, ["P2"], {"situation": STORY, "note": f"{NAME}说屋顶漏雨"})
    app.correct_record(
        admin, "visit", visit, {"help": f"帮{NAME}联系瓦工"}, "补记"
    )  # sealed under the visit's key
    app.concerns.raise_concern(
        admin,
        "Q9",
        D,
        {
            "source": "走访",
            "source_ref": visit,
            "resident": NAME,
            "household_code": "H9",
            "village_code": "V1",
            "category": "住房",
            "content": f"{NAME}家屋顶漏雨",
            "phone": PHONE,
        },
    )
    store.projector.catch_up()


def _everything_shown(store: Store, out: Path) -> str:
    """What a user can see of the store: the ledgers exported, the audit trail's sentences."""
    text = []
    for ledger in ("roster-households", "visits", "concerns", "audit"):
        target = out / f"{ledger}.xlsx"
        export_ledger(store, ledger, target, None)
        for row in load_workbook(target, read_only=True).active.iter_rows(values_only=True):  # type: ignore[union-attr]
            text.append(" ".join(str(v) for v in row if v is not None))
    trail = AuditQuery(store.engine)
    rows = trail.rows(trail.ids(AuditFilter()))
    text += [r.summary for r in rows.values()]
    return "\n".join(text)


def _raw_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in (path, path.with_name(path.name + "-wal")) if p.exists())


def test_forgetting_a_household_erases_it_everywhere_and_keeps_the_history(
    township: Store, admin: Actor, tmp_path: Path
) -> None:
    _resident(township, admin)
    assert NAME in _everything_shown(township, tmp_path)  # shown while kept
    day = date(2026, 10, 22)
    before = SummaryQuery(township.engine).summary(day, None)
    with pytest.raises(RuleViolation) as refused:
        forget(township, Actor("clerk", "录入员", "PC", ("V1",)), "household", "H9", "本人申请", None)
    assert refused.value.code == "R-S3"

    assert forget(township, admin, "household", "H9", "本人申请(个人信息保护法第四十七条)") == 3

    shown = _everything_shown(township, tmp_path)
    for secret in (NAME, PHONE, ADDRESS, STORY):
        assert secret not in shown
    assert ERASED in shown and "H9" in shown  # the records are all there, without the person
    assert verify(township.app.recorder, township.engine).ok  # the events are as they were stored
    after = SummaryQuery(township.engine).summary(day, None)
    assert after.up_to > before.up_to
    # every figure of every part unchanged (their drill-downs now say 已删除个人信息 where the name stood)
    figures = [(s.key, s.figures, s.rows, [len(d.rows) for d in s.details]) for s in before.sections]
    assert (
        figures
        and [(s.key, s.figures, s.rows, [len(d.rows) for d in s.details]) for s in after.sections] == figures
    )
    assert after.findings == before.findings
    # rebuilding from the events gives the same erased tables (rebuild = live)
    township.projector.rebuild(None)
    assert NAME not in _everything_shown(township, tmp_path)
    if township.location.path is not None:  # the plain file: secure delete zeroed the old rows' bytes
        township.checkpoint_log()
        raw = _raw_bytes(township.location.path)
        for secret in (NAME, PHONE, STORY):
            assert secret.encode() not in raw
    # a forgotten household can be corrected in what is not personal, never given personal data again
    with pytest.raises(RuleViolation) as again:
        township.app.correct_record(admin, "household", "H9", {"phone": "13000000000"}, "补录电话")
    assert again.value.code == "R-S5"
    township.app.correct_record(admin, "household", "H9", {"size": 3}, "人口更正")
    assert mask_phone(ERASED) == ERASED and mask_address(f"2组 {ERASED}") == f"2组 {ERASED}"  # read as erased


def test_sealed_fields_never_reach_the_event_table_in_clear(township: Store, admin: Actor) -> None:
    _resident(township, admin)
    with township.engine.connect() as conn:
        states = b"".join(
            bytes(r[0]) for r in conn.exec_driver_sql(f"SELECT state FROM {township.events_table}")
        )
    for secret in (NAME, PHONE, ADDRESS, STORY):
        assert secret.encode() not in states
    assert "张大山".encode() not in states  # every household's, not only the one forgotten


def _encrypted_township(db: Path | str) -> Store:
    store = bootstrap(Settings(db=str(db), clock=FixedClock(datetime(2026, 10, 22, 9))), encrypt=True)
    admin = store.app.launch_campaign(2026, "青山镇", "admin", "Qingshan#2026", "PC1")
    store.app.roster.register_unit(admin, "G", "青山镇党委政府", "镇党委政府")
    store.app.roster.register_unit(admin, "V1", "青山村", "村", "G")
    store.app.roster.register_person(
        admin, "P2", {"name": "钱干部", "unit_code": "V1", "identities": ["村街居干部"], "party_member": True}
    )
    store.app.create_operator(admin, "clerk", "录入员", "录入员", ["V1"], "Qs#2026-lu")
    _resident(store, admin)
    return store


def test_the_encrypted_file_holds_nothing_in_clear_and_opens_only_with_a_password(tmp_path: Path) -> None:
    db = tmp_path / "lianxin.db"
    store = _encrypted_township(db)
    store.close()
    raw = _raw_bytes(db)
    assert not raw.startswith(b"SQLite format 3")
    for secret in (NAME, PHONE, "钱干部", "青山村"):
        assert secret.encode() not in raw
    if os.name == "posix":
        for path in (db, keys_path(db)):
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    with pytest.raises(StoreLocked):
        open_store(str(db))
    keys_path(db).rename(tmp_path / "elsewhere")
    with pytest.raises(StoreLocked) as lost:  # the key file gone: said so, not "log in"
        bootstrap(Settings(db=str(db)), credentials=("admin", "Qingshan#2026"))
    assert ".keys" in lost.value.message and "放回" in lost.value.message
    (tmp_path / "elsewhere").rename(keys_path(db))
    ring = KeyRing(keys_path(db))
    assert ring.names() == ["admin", "clerk"]
    settings = Settings(db=str(db), clock=FixedClock(datetime(2026, 10, 23, 9)))
    with pytest.raises(AuthenticationFailed):
        bootstrap(settings, credentials=("clerk", "wrong-password"))
    # any operator's own password opens it; the failed attempt is audited once it is open (R-S4)
    store = bootstrap(settings, credentials=("clerk", "Qs#2026-lu"))
    try:
        assert verify(store.app.recorder, store.engine).ok  # what desk verify does right after opening
        clerk = store.app.login("clerk", "Qs#2026-lu", "PC2")
        store.projector.catch_up()
        trail = AuditQuery(store.engine)
        failures = [
            r
            for r in trail.rows(trail.ids(AuditFilter())).values()
            if "打开加密数据库时密码错误" in r.summary
        ]
        assert len(failures) == 1, "the failed login before opening was not audited"
        assert verify(store.app.recorder, store.engine).ok  # and it is chained like every event
        assert store.app.household("H9").head_name == NAME  # type: ignore[union-attr]
        # a password change re-wraps: the old one no longer opens the file
        store.app.change_own_password(clerk, "Qs#2026-lu", "Qs#2027-lu")
        admin = store.app.login("admin", "Qingshan#2026", "PC1")
        store.app.disable_operator(admin, "clerk", "调离")
    finally:
        store.close()
    with pytest.raises(AuthenticationFailed):
        ring.unlock("clerk", "Qs#2027-lu")  # disabled: the wrap is gone
    assert ring.names() == ["admin"]


def desk(*args: str, password: str = "Qingshan#2026") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DESK_PASSWORD": password, "DESK_WORKSTATION": "CLI-PC"}
    return subprocess.run(
        [sys.executable, "-m", "desk.cli", *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_command_line_on_an_encrypted_store_backup_restore_and_forget(tmp_path: Path) -> None:
    db = tmp_path / "lianxin.db"
    _encrypted_township(db).close()
    locked = desk("verify", "--db", str(db))
    assert locked.returncode == 2 and "--user" in locked.stderr and "Traceback" not in locked.stderr
    assert desk("verify", "--db", str(db), "--user", "admin").returncode == 0
    first = desk("backup", "--db", str(db), str(tmp_path / "first.db"), "--user", "admin")
    assert first.returncode == 0, first.stderr  # signs a checkpoint after copying: the next copy holds it
    backup = tmp_path / "copy.db"
    made = desk("backup", "--db", str(db), str(backup), "--user", "admin")
    assert made.returncode == 0, made.stderr
    assert keys_path(backup).is_file() and not backup.read_bytes().startswith(b"SQLite format 3")
    checked = desk(
        "verify", "--db", str(backup), "--user", "admin"
    )  # the copy, with the heads copied beside it
    assert checked.returncode == 0, checked.stdout + checked.stderr
    gone = desk("forget", "--db", str(db), "H9", "--reason", "本人申请", "--user", "admin")
    assert gone.returncode == 0, gone.stderr
    out = tmp_path / "households.csv"
    assert (
        desk("export", "--db", str(db), "roster-households", "--out", str(out), "--user", "admin").returncode
        == 0
    )
    assert NAME not in out.read_text("utf-8-sig") and ERASED in out.read_text("utf-8-sig")
    assert desk("verify", "--db", str(db), "--user", "admin").returncode == 0
    restored = tmp_path / "restored.db"
    back = desk("restore", "--db", str(restored), str(backup), "--user", "admin")
    assert back.returncode == 0, back.stderr
    out2 = tmp_path / "restored.csv"
    assert (
        desk(
            "export", "--db", str(restored), "roster-households", "--out", str(out2), "--user", "admin"
        ).returncode
        == 0
    )
    assert NAME in out2.read_text("utf-8-sig")  # the backup predates the erasure (README: old backups)


@pytest.mark.gui
@pytest.mark.qt_log_ignore("does not support (propagateSizeHints|raise|grabbing)")
def test_the_app_reads_nothing_before_a_password_then_forgets_from_the_roster(
    qtbot: QtBot, tmp_path: Path
) -> None:
    db = tmp_path / "lianxin.db"
    _encrypted_township(db).close()
    settings = Settings(db=str(db), clock=FixedClock(datetime(2026, 10, 23, 9)), workstation="GUI-PC")
    dialog, opened = login_dialog(settings)
    qtbot.addWidget(dialog)
    assert opened == []  # the township's name comes from the key file; the store stays shut
    assert any("青山镇" in label.text() for label in dialog.findChildren(QLabel))
    dialog.name.setText("admin")
    dialog.password.setText("not-the-password")
    dialog.try_login()
    assert "不正确" in dialog.message.text() and opened == [] and dialog.password.text() == ""
    dialog.password.setText("Qingshan#2026")
    with qtbot.wait_signal(dialog.accepted, timeout=10000):
        dialog.try_login()
    assert dialog.actor is not None and len(opened) == 1
    store = opened[0]
    window = MainWindow(Operations(store), dialog.actor)
    try:
        roster = window.pages["roster"]
        roster.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
        roster.search.setText("H9")  # type: ignore[attr-defined]
        model = roster.households  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: model.rowCount() == 1)
        assert model.data(model.index(0, 1)) == NAME
        roster.household_view.selectRow(0)  # type: ignore[attr-defined]

        def give_reason() -> None:
            form = QApplication.activeModalWidget()
            assert isinstance(form, ReasonDialog)
            form.reason.setText("本人申请(个人信息保护法第四十七条)")
            QTimer.singleShot(100, acknowledge)
            qtbot.mouseClick(save_button(form), Qt.MouseButton.LeftButton)

        def confirm() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox) and "H9" in box.text()
            QTimer.singleShot(0, give_reason)
            box.button(QMessageBox.StandardButton.Yes).click()  # type: ignore[union-attr]

        told: list[str] = []

        def acknowledge() -> None:  # the result, once the rebuild is over
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox) and "涉及" in box.text():
                told.append(box.text())
                box.accept()
            else:
                QTimer.singleShot(20, acknowledge)

        window.timer.setInterval(1)  # the app's poll fires all through the erasure (it used to deadlock)
        window.timer.start()
        QTimer.singleShot(0, confirm)
        QTimer.singleShot(100, acknowledge)
        roster.forget()  # type: ignore[attr-defined]
        assert told and "涉及 3 条记录" in told[0]
        qtbot.waitUntil(lambda: model.rowCount() == 1 and model.data(model.index(0, 1)) == ERASED)
        audit = AuditQuery(store.engine)
        assert any("删除" in r.summary for r in audit.rows(audit.ids(AuditFilter(record="H9"))).values())
    finally:
        window.close()  # logs the admin out, while the store is still open
        store.close()


def test_forgetting_a_person_erases_what_cadres_wrote_of_contacts_with_them(
    office: Store, admin: Actor
) -> None:
    from projections.contacts import ContactQuery
    from projections.roster import RosterFilter, RosterQuery

    app = office.app
    app.contacts.pair(admin, "P10", "群众", "R1", "V1", D)
    app.contacts.record_contact(admin, "P10", "R1", D, "上门", "群众R1家孩子上学路远")
    office.projector.catch_up()
    booklet = ContactQuery(office.engine).booklet("P10")
    assert booklet is not None and "上学路远" in repr(booklet)
    forget(office, admin, "person", "R1", "本人申请")
    booklet = ContactQuery(office.engine).booklet("P10")
    assert booklet is not None and "上学路远" not in repr(booklet) and ERASED in repr(booklet)
    assert [len(t.entries) for t in booklet.targets] == [1]  # the contact still counts
    roster = RosterQuery(office.engine)
    people = roster.people_rows(roster.people_ids(RosterFilter(text="R1", on=D), "code", False), None)
    assert [p.name for p in people.values()] == [ERASED]


def test_an_erasure_reaches_the_apps_own_daily_copies(tmp_path: Path) -> None:
    from desk.backup import daily_backup

    db = tmp_path / "lianxin.db"
    store = _encrypted_township(db)
    try:
        copy = daily_backup(store)
        assert copy is not None and keys_path(copy).is_file()
        admin = store.app.login("admin", "Qingshan#2026", "PC1")
        forget(store, admin, "household", "H9", "本人申请")
        store_key = store.store_key
    finally:
        store.close()
    opened = open_store(str(copy), create=False, store_key=store_key)
    try:
        with opened.engine.connect() as conn:  # nothing of the household left in the copy's tables
            dump = "\n".join(str(row) for row in conn.exec_driver_sql("SELECT * FROM roster_households"))
        assert NAME not in dump and PHONE not in dump
        opened.projector.catch_up()  # rebuilt from the events on opening: erased there too
        assert _everything_shown(opened, tmp_path).count(NAME) == 0
        household = opened.app.household("H9")
        assert household is not None and household.head_name == ERASED and household.phone == ERASED
        assert verify(opened.app.recorder, opened.engine).ok  # the copy's history is untouched
    finally:
        opened.close()


@pytest.mark.postgres
def test_an_encrypted_store_on_postgresql_backed_up_and_restored(pg_database: str, tmp_path: Path) -> None:
    """On the server too: every event's state is ciphertext, the wraps are a table, and a backup (a SQLCipher
    file) and a restore into another database keep both the chain and the operators' passwords."""
    import psycopg

    from desk.backup import backup, restore
    from projections.keys import ServerKeyRing
    from projections.store import parse_location, server_ring
    from tests.conftest import PG

    db_url = f"{PG}/{pg_database}"
    with psycopg.connect(db_url, autocommit=True) as conn:  # a clean schema, whatever ran before
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")
    store = _encrypted_township(db_url)
    try:
        with store.engine.connect() as conn:
            states = b"".join(
                bytes(r[0]) for r in conn.exec_driver_sql(f"SELECT state FROM {store.events_table}")
            )
        # quoted as the JSON of a state holds it: two bare bytes like V1 turn up in random ciphertext
        for clear in ('"V1"', "青山村", "村街居干部", NAME, '"admin"'):
            assert clear.encode() not in states, clear
        out = tmp_path / "pg-copy.db"
        backup(store, out)
    finally:
        store.close()
    ring = server_ring(parse_location(db_url))
    assert isinstance(ring, ServerKeyRing) and ring.names() == ["admin", "clerk"]
    with pytest.raises(StoreLocked):
        bootstrap(Settings(db=db_url))
    assert not out.read_bytes().startswith(b"SQLite format 3") and keys_path(out).is_file()
    key = KeyRing(keys_path(out)).unlock("clerk", "Qs#2026-lu")
    target = f"lianxin_restored_{os.getpid()}"
    with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{target}"')
    try:
        restore(out, f"{PG}/{target}", None, key)
        again = bootstrap(Settings(db=f"{PG}/{target}"), credentials=("clerk", "Qs#2026-lu"))
        try:
            household = again.app.household("H9")
            assert household is not None and household.head_name == NAME
            assert verify(again.app.recorder, again.engine).ok
        finally:
            again.close()
    finally:
        with psycopg.connect(f"{PG}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')


def test_an_erasure_by_one_workstation_holds_on_every_other(
    township: Store, admin: Actor, tmp_path: Path
) -> None:
    """Workstation A keeps its keys in memory; B erases: A must neither open nor record the data again, and
    A's own rebuild must not bring it back."""
    _resident(township, admin)
    if township.location.path is None:
        other = open_store(township.location.display.replace("postgresql://", "postgresql://postgres@"), None)
    else:
        other = open_store(str(township.location.path), township.app.clock)
    try:
        assert other.app.household("H9").head_name == NAME  # type: ignore[union-attr]  # B's keys are loaded
        forget(township, admin, "household", "H9", "本人申请")
        with pytest.raises(RuleViolation) as refused:
            other.app.correct_record(admin, "household", "H9", {"phone": PHONE}, "补录")
        assert refused.value.code == "R-S5"
        other.projector.rebuild()
        assert NAME not in _everything_shown(other, tmp_path)
    finally:
        other.close()


def test_what_an_erasure_must_reach_and_what_it_must_refuse(
    office: Store, admin: Actor, tmp_path: Path
) -> None:
    app = office.app
    # a concern moved to another household keeps what it said under its own key, destroyed with either
    app.roster.register_household(admin, "H7", {"head_name": NAME, "village_code": "V1", "phone": PHONE})
    app.concerns.raise_concern(
        admin,
        "Q7",
        D,
        {"source": "来访", "resident": NAME, "household_code": "H7", "village_code": "V1", "content": STORY},
    )
    app.correct_record(admin, "concern", "Q7", {"household_code": "H2"}, "录错了户")
    # a concern raised in a contact with a person goes with that person
    app.contacts.pair(admin, "P10", "群众", "R1", "V1", D)
    app.contacts.record_contact(admin, "P10", "R1", D, "上门", "门前路灯坏了", problem=f"{ADDRESS}路灯坏了")
    office.projector.catch_up()
    forget(office, admin, "household", "H7", "本人申请")
    forget(office, admin, "person", "R1", "本人申请")
    shown = _everything_shown(office, tmp_path)
    assert STORY not in shown and NAME not in shown and ADDRESS not in shown
    # an erasure interrupted after its keys went (before its event) is simply done again
    office.keys.destroy([record_id("household", "H1")])
    assert forget(office, admin, "household", "H1", "本人申请") >= 1
    # personal data stored before sealing began cannot be erased by destroying keys: refused, not "done"
    keys, office.app.mapper.keys = office.app.mapper.keys, None  # type: ignore[attr-defined]
    app.roster.register_household(admin, "H6", {"head_name": "旧版录入", "village_code": "V1"})
    office.app.mapper.keys = keys  # type: ignore[attr-defined]
    with pytest.raises(RuleViolation) as old:
        forget(office, admin, "household", "H6", "本人申请")
    assert old.value.code == "R-S5" and "更正" in old.value.message


def test_the_key_ring_survives_processes_writing_at_once(tmp_path: Path) -> None:
    ring = KeyRing(tmp_path / "s.db.keys")
    ring.create("青山镇")
    ring.wrap("admin", "Qingshan#2026", b"k" * 32)
    script = (
        "import sys; from pathlib import Path; from projections.keys import KeyRing\n"
        "ring = KeyRing(Path(sys.argv[1]))\n"
        "for i in range(60): ring.note_failure(f'n{i}', sys.argv[2])\n"
    )
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(ring.path), f"PC{n}"], cwd=Path(__file__).parents[1]
        )
        for n in range(3)
    ]
    assert [r.wait(timeout=120) for r in runs] == [0, 0, 0]
    assert len(ring.take_failures()) == 180  # none lost, the file never torn
    assert ring.unlock("admin", "Qingshan#2026") == b"k" * 32


def test_record_keys_can_be_destroyed_never_deleted_or_swapped(township: Store, admin: Actor) -> None:
    from sqlalchemy.exc import DBAPIError

    _resident(township, admin)
    for statement in (
        "DELETE FROM subject_keys",
        "UPDATE subject_keys SET sealed_key = sealed_key",  # swapped or re-keyed: refused too
    ):
        with pytest.raises(DBAPIError), township.engine.begin() as conn:
            conn.exec_driver_sql(statement)
    assert township.tampering == []
    forget(township, admin, "household", "H9", "本人申请")  # destroying is what the guard lets through


def test_an_erasure_cut_off_before_its_rebuild_is_finished_by_the_next_catch_up(
    township: Store, admin: Actor, tmp_path: Path
) -> None:
    """As if the erasing process were killed after storing the erasure: the next catch-up (here, the same
    store's) meets it and builds every read model again, once — a rebuild afterwards changes nothing."""
    from tests.test_store import snapshot

    _resident(township, admin)
    from desk.erasure import linked_records

    linked = linked_records(township, "household", "H9")
    township.app.forget_personal_data(admin, "household", "H9", "本人申请", linked)
    assert NAME in _everything_shown(township, tmp_path)  # the tables as they were when it was cut off
    township.projector.catch_up()
    assert NAME not in _everything_shown(township, tmp_path)
    live = snapshot(township)
    township.projector.rebuild()
    assert snapshot(township) == live


def test_a_key_read_before_an_erasure_elsewhere_never_comes_back(village: Store) -> None:
    """Keys are read lazily, all at once, on whichever thread first needs one: rows read just before
    another workstation destroyed a key must not undo the tombstone this workstation has learned since —
    nothing is ever sealed under a destroyed key (R-S5)."""
    from uuid import uuid4

    from projections.keys import SubjectKeyTable

    here = SubjectKeyTable(village.engine, None)
    elsewhere = SubjectKeyTable(village.engine, None)
    assert here.sync() is False  # nothing used here yet: the first look drops nothing
    subject = uuid4()
    here.ensure([subject])
    read_before = here._read()  # a slow full read that began before the erasure
    elsewhere.destroy([subject])
    assert here.sync() is True and here.key(subject, create=False) is None
    here._remember(read_before)  # ... and lands after it
    assert here.key(subject, create=False) is None
    with pytest.raises(RuleViolation) as refused:
        here.key(subject, create=True)
    assert refused.value.code == "R-S5"


def test_an_imported_row_refused_for_an_erasure_is_refused_alone(
    village: Store, admin: Actor, tmp_path: Path
) -> None:
    """An import's rows are held and stored together: a row that would seal a forgotten household's data
    again (R-S5) is refused alone, nothing of it stored, and the rows around it are stored."""
    from openpyxl import Workbook

    from desk.importer import Importer

    village.app.roster.register_household(
        admin, "H7", {"head_name": NAME, "village_code": "V1", "phone": PHONE}, []
    )
    forget(village, admin, "household", "H7", "本人申请")
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "走访记录"
    ws.append(["户编号", "走访日期", "走访人编号", "家庭情况", "反映问题"])
    ws.append(["H1", "2026-10-21", "C1", "老人独居", ""])
    ws.append(["H7", "2026-10-21", "C1", "儿子在外务工", "屋顶漏雨"])
    ws.append(["H1", "2026-10-22", "C1", "", "路灯坏了"])
    wb.save(tmp_path / "走访.xlsx")
    report = Importer(village.app, admin, store=village).run(tmp_path / "走访.xlsx")
    sheet = report.sheets["走访记录"]
    assert sheet.accepted == [2, 4] and [r["rule"] for r in sheet.rejected] == ["R-S5"]
    visits = village.app.visits
    assert visits.visit("H1-1021") is not None and visits.visit("H1-1022") is not None
    assert visits.visit("H7-1021") is None and village.app.concerns.concern("H7-1021-Q1") is None
    assert village.app.concerns.concern("H1-1022-Q1") is not None
    assert verify(village.app.recorder, village.engine).ok


def test_on_an_encrypted_file_a_key_read_while_projecting_keeps_the_write_lock(tmp_path: Path) -> None:
    """The projector holds the store's write lock while it opens a page's events (which reads record keys):
    a key read must never give the lock up half-way (SQLCipher's engine once shared one connection per
    thread, so the read's rollback ended the projector's transaction and two workstations projected the
    same events at once, breaking the audit trail and the hash chain for good)."""
    from uuid import uuid4

    from projections.cipherstore import connect
    from projections.keys import new_store_key

    key = new_store_key()
    path = tmp_path / "encrypted.db"
    opened = open_store(str(path), store_key=key)
    try:
        opened.keys.ensure([uuid4()])
        with opened.engine.begin() as conn:  # as the projector does: BEGIN IMMEDIATE
            conn.execute(text("SELECT count(*) FROM projection_positions"))
            opened.keys._read()  # an event's key looked up in the middle of the page
            other = connect(str(path), key, timeout=0.2, isolation_level=None)
            try:
                with pytest.raises(Exception, match="locked"):
                    other.execute("BEGIN IMMEDIATE")  # another workstation must still wait
            finally:
                other.close()
    finally:
        opened.close()
