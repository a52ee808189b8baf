"""Real windows with pytest-qt (offscreen): login, roster search, a refused form keeps what was typed."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from desk.gui.forms import HouseholdDialog
from desk.gui.login import LoginDialog
from desk.gui.main_window import MainWindow
from desk.gui.operations import Operations
from domain.base import Actor
from projections.store import Store

pytestmark = pytest.mark.gui


@pytest.fixture(params=["sqlite"])
def db_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("gui") / "gui.db")


def test_login_failure_is_shown_then_success(qtbot: QtBot, township: Store) -> None:
    dialog = LoginDialog(township.app, "GUI-PC", "青山镇")
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "clerk")
    qtbot.keyClicks(dialog.password, "bad")
    dialog.try_login()
    assert "不正确" in dialog.message.text()
    assert dialog.actor is None
    qtbot.keyClicks(dialog.password, "clerk-pass")
    with qtbot.wait_signal(dialog.accepted, timeout=5000):
        dialog.try_login()
    assert dialog.actor is not None and dialog.actor.operator == "clerk"


def test_roster_search_and_model(qtbot: QtBot, qtmodeltester: object, township: Store, admin: Actor) -> None:
    ops = Operations(township)
    window = MainWindow(ops, admin)
    qtbot.addWidget(window)
    page = window.pages["roster"]
    qtmodeltester.check(page.people)  # type: ignore[attr-defined]
    assert page.people.rowCount() == 3
    page.search.setText("钱")  # Chinese arrives through the input method, not key codes
    qtbot.waitUntil(lambda: page.people.rowCount() == 1)
    assert page.people.data(page.people.index(0, 1)) == "钱干部"
    assert page.people.data(page.people.index(0, 8)) == "分工干部"
    page.tabs.setCurrentIndex(1)
    page.search.clear()
    page.tag.setCurrentIndex(page.tag.findData("上访户"))
    qtbot.waitUntil(lambda: page.households.rowCount() == 1)
    assert page.households.data(page.households.index(0, 0)) == "H3"


def test_refused_form_keeps_what_was_typed(qtbot: QtBot, township: Store, admin: Actor) -> None:
    ops = Operations(township)
    window = MainWindow(ops, admin)
    qtbot.addWidget(window)
    dialog = HouseholdDialog(ops, admin, parent=window)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code, "H1")  # already registered: R-G7
    dialog.head.setText("新户主")
    qtbot.keyClicks(dialog.village, "V1")
    with qtbot.wait_signal(ops.rejected, timeout=5000) as blocker:
        dialog._save()
    assert blocker.args[0] == "R-G7"
    assert dialog.error.text().startswith("R-G7")
    assert (dialog.code.text(), dialog.head.text(), dialog.village.text()) == ("H1", "新户主", "V1")
    dialog.code.setText("H8")
    with qtbot.wait_signals([ops.changed, dialog.accepted], order="strict", timeout=5000):
        dialog._save()
    page = window.pages["roster"]
    page.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: any(
        page.households.data(page.households.index(r, 0)) == "H8" for r in range(page.households.rowCount())))


def test_supervisor_cannot_write_from_the_window(qtbot: QtBot, township: Store) -> None:
    ducha = township.app.login("ducha", "ducha-pass", "JW-PC")
    window = MainWindow(Operations(township), ducha)
    qtbot.addWidget(window)
    page = window.pages["roster"]
    buttons = {b.objectName(): b.isEnabled() for b in page.findChildren(QPushButton)}
    assert buttons["btn_register"] is False and buttons["btn_export"] is True


def test_audit_page_lists_events_and_chain(qtbot: QtBot, township: Store, admin: Actor) -> None:
    window = MainWindow(Operations(township), admin)
    qtbot.addWidget(window)
    window.show_page("audit")
    page = window.pages["audit"]
    assert page.model.rowCount() == township.app.recorder.max_notification_id()
    qtbot.keyClicks(page.record, "H3")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert "登记农户 H3" in page.model.data(page.model.index(0, 7))
    assert "哈希链头" in page.chain.text()

