"""The main window: a navigation list on the left, one page per view; later parts add their pages."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QByteArray, QDate, QDateTime, QEvent, QObject, QSettings, Qt, QTime, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolBar,
    QWidget,
)

from desk.gui.concerns import ConcernsPage
from desk.gui.contacts import ContactLedgerPage
from desk.gui.interviews import InterviewPage
from desk.gui.operations import Operations
from desk.gui.pages import AuditPage, Page, RosterPage, SettingsPage
from desk.gui.supervision import DashboardPage, SummaryPage, SupervisionPage
from desk.gui.unit_work import UnitWorkPage
from desk.gui.visits import VisitLedgerPage
from desk.gui.work import ArticlesPage, ExemplarsPage, RatingPage
from domain import rules
from domain.base import Actor

#: where column widths are kept: those of a ledger fitted to its rows or widened by its operator (the
#: widths kept before ledgers were fitted, Qt's 100 px each for pages never opened, are left behind)
COLUMNS = "columns2"


class MainWindow(QMainWindow):
    def __init__(
        self, ops: Operations, actor: Actor, *, poll_ms: int = 500, daily_backups: bool = False
    ) -> None:
        super().__init__()
        self.daily_backups = daily_backups  # the app keeps a copy a day; tests do not
        #: a desk left alone this long locks: the operator's password, or another operator, opens it
        self.idle_limit = timedelta(minutes=int(os.environ.get("DESK_IDLE_MINUTES", "15")))
        self.last_activity = datetime.now()
        self.locked = False
        self.ops = ops
        self.actor = actor
        campaign = ops.queries.settings.campaign()
        year, township = campaign if campaign else (0, "")
        self.setWindowTitle(self.tr("连心台帐 — {0} {1}年“走进群众”活动").format(township, year))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(175)
        self.nav.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for key, title, page in (
            ("dashboard", self.tr("总览"), DashboardPage(ops, actor, open_page=self.show_page)),
            ("supervision", self.tr("督查跟进"), SupervisionPage(ops, actor)),
            ("contacts", self.tr("联系台帐"), ContactLedgerPage(ops, actor)),
            ("visits", self.tr("走访台帐"), VisitLedgerPage(ops, actor)),
            ("interviews", self.tr("群众访谈日"), InterviewPage(ops, actor)),
            ("ratings", self.tr("直评"), RatingPage(ops, actor)),
            ("articles", self.tr("调研文章"), ArticlesPage(ops, actor)),
            ("exemplars", self.tr("典型经验"), ExemplarsPage(ops, actor)),
            ("unit_work", self.tr("单位实事"), UnitWorkPage(ops, actor)),
            ("summary", self.tr("活动总结"), SummaryPage(ops, actor, open_unit=self.show_unit_events)),
            ("concerns", self.tr("问题办理"), ConcernsPage(ops, actor)),
            ("roster", self.tr("人员与单位"), RosterPage(ops, actor)),
            ("audit", self.tr("审计日志"), AuditPage(ops, actor)),
            ("settings", self.tr("设置"), SettingsPage(ops, actor)),
        ):
            self.add_page(key, title, page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        central = self.central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._as_of_bar()
        self.status = QLabel()
        # a long store path or chain head never widens the window past the screen: the label is cut instead
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setMinimumWidth(200)
        self.stale = QLabel()
        self.stale.setObjectName("stale_read_models")
        self.stale.setStyleSheet("color: #b91c1c")
        self.stale.setVisible(False)
        self.stale.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._stale_names: set[str] = set()
        self.statusBar().addWidget(self.stale)
        self.statusBar().addPermanentWidget(self.status, 1)  # the room the bar has, cut only when short
        ops.changed.connect(self._on_changed)
        self._update_status()
        screen = QApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        self.resize(min(1280, room.width() if room else 1280), min(780, room.height() - 40 if room else 780))
        self._menus()
        if daily_backups:  # the app (not the tests): each operator's column widths and sort orders
            self._restore_columns()
        # Other workstations write to the same SQLite file: pull their events on a short timer.
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(ops.refresh)
        self.timer.start()
        self.stale_timer = QTimer(self)
        self.stale_timer.setInterval(5_000)
        self.stale_timer.timeout.connect(self._show_stale)
        self.stale_timer.start()
        self.idle_timer = QTimer(self)
        self.idle_timer.setInterval(30_000)
        self.idle_timer.timeout.connect(self.check_idle)
        self.idle_timer.start()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def _as_of_bar(self) -> None:
        """回看: every ledger, the follow-ups, the dashboard and the summary as they stood at a moment."""
        bar = QToolBar(self.tr("回看"))
        bar.setObjectName("as_of_bar")
        bar.setMovable(False)
        self.as_of_check = QCheckBox(self.tr("回看"))
        self.as_of_check.setObjectName("as_of_check")
        now = self.ops.commands.clock.now().astimezone()
        self.as_of_edit = QDateTimeEdit(
            QDateTime(QDate(now.year, now.month, now.day), QTime(now.hour, now.minute))
        )
        self.as_of_edit.setObjectName("as_of_edit")
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setKeyboardTracking(False)  # a typed moment is applied once, not at each digit
        self.as_of_edit.setEnabled(False)  # with 回看 off, what is shown is now, whatever the box says
        self.as_of_label = QLabel()
        self.as_of_label.setObjectName("as_of_label")
        bar.addWidget(self.as_of_check)
        bar.addWidget(self.as_of_edit)
        bar.addWidget(self.as_of_label)
        self.addToolBar(bar)
        self.as_of_check.toggled.connect(self.as_of_edit.setEnabled)
        self.as_of_check.toggled.connect(lambda _on: self.apply_as_of())
        self.as_of_edit.dateTimeChanged.connect(
            lambda _dt: self.apply_as_of() if self.as_of_check.isChecked() else None
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.last_activity = datetime.now()
        return False

    def check_idle(self) -> QDialog | None:
        """Locks the window after `idle_limit` without a key or a click (a shared office desk) — not once
        its operator has logged out (切换操作员: the next one is logging in; no lock names the last)."""
        if (
            self.locked
            or getattr(self, "logged_out", False)
            or not self.isVisible()
            or datetime.now() - self.last_activity < self.idle_limit
        ):
            return None
        from desk.gui.login import LoginDialog

        self.locked = True
        self.central.setVisible(False)  # the records are not left on screen behind the lock
        campaign = self.ops.queries.settings.campaign()
        lock = LoginDialog(self.ops.commands, self.actor.workstation, campaign[1] if campaign else "", self)
        lock.setWindowTitle(self.tr("连心台帐 — 已锁定"))
        lock.name.setText(self.actor.operator)
        lock.name.setReadOnly(True)
        lock.name.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # what is typed goes to the password at once
        lock.accepted.connect(self._unlock)
        lock.rejected.connect(self._locked_out)
        lock.open()
        lock.password.setFocus()
        return lock

    def _unlock(self) -> None:
        self.locked = False
        self.last_activity = datetime.now()
        self.central.setVisible(True)

    def _locked_out(self) -> None:
        """Not unlocked: the desk goes to whoever logs in next (切换操作员)."""
        self.locked = False
        self.switch_operator()

    def _tables(self) -> list[tuple[str, QTableView]]:
        return [
            (f"{key}/{view.objectName()}", view)
            for key, page in self.pages.items()
            for view in page.findChildren(QTableView)
            if view.objectName()
        ]

    def _settings(self) -> QSettings:
        return QSettings("lianxin", "desk")

    def _restore_columns(self) -> None:
        """Column widths and sort order as this operator left them (QSettings, per user)."""
        settings = self._settings()
        for key, view in self._tables():
            state = settings.value(f"{self.actor.operator}/{COLUMNS}/{key}")
            if isinstance(state, QByteArray):
                view.horizontalHeader().restoreState(state)
                view.setProperty("fitted", True)  # as the operator left it, not fitted to the rows

    def _save_columns(self) -> None:
        settings = self._settings()
        for key, view in self._tables():
            if view.property("fitted"):  # a ledger never opened keeps Qt's widths: not worth keeping
                settings.setValue(
                    f"{self.actor.operator}/{COLUMNS}/{key}", view.horizontalHeader().saveState()
                )

    def _menus(self) -> None:
        """文件, 视图, 帮助 with the platform's standard shortcuts."""
        from PySide6.QtGui import QAction, QKeySequence

        def action(menu: Any, text: str, slot: Any, shortcut: Any = None) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("文件(&F)"))
        roster = self.pages["roster"]
        importing = action(file_menu, self.tr("从 Excel 导入…"), lambda: roster.import_workbook(), "Ctrl+I")  # type: ignore[attr-defined]
        importing.setEnabled(self.actor.role not in ("督查", "领导"))
        file_menu.addSeparator()
        action(file_menu, self.tr("切换操作员…"), self.switch_operator, "Ctrl+Shift+L")
        action(file_menu, self.tr("修改密码…"), self.change_password)
        file_menu.addSeparator()
        action(file_menu, self.tr("退出"), self.close, QKeySequence.StandardKey.Quit)
        view = bar.addMenu(self.tr("视图(&V)"))
        action(view, self.tr("刷新"), self.ops.refresh, QKeySequence.StandardKey.Refresh)
        for i, key in enumerate(self.pages):
            if i < 9:
                action(
                    view, self.nav.item(i).text(), lambda _c=False, k=key: self.show_page(k), f"Ctrl+{i + 1}"
                )
        help_menu = bar.addMenu(self.tr("帮助(&H)"))
        action(help_menu, self.tr("关于连心台帐"), self._about, QKeySequence.StandardKey.HelpContents)

    def _on_changed(self, _position: int, _names: frozenset[str]) -> None:
        self._update_status()

    def _detach(self) -> None:
        """This window stops following the store: it is being replaced by another operator's."""
        self.timer.stop()
        self.stale_timer.stop()
        self.idle_timer.stop()
        self.ops.changed.disconnect(self._on_changed)
        for page in self.pages.values():
            page.detach()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def switch_operator(self) -> MainWindow | None:
        """退出登录 and let another operator in, without quitting (R-Q5 needs another operator for the
        return visit than the one who entered the resolution)."""
        from desk.gui.login import LoginDialog

        self.ops.commands.logout(self.actor)
        self.logged_out = True
        self.central.setVisible(False)  # the last operator's records are not left on screen behind the login
        self.menuBar().setEnabled(False)  # nothing to do here until the next operator has logged in
        for toolbar in self.findChildren(QToolBar):
            toolbar.setEnabled(False)
        self.ops.refresh()
        self._update_status()  # nor named as still working here
        campaign = self.ops.queries.settings.campaign()
        login = LoginDialog(self.ops.commands, self.actor.workstation, campaign[1] if campaign else "", self)
        successor = None
        if login.exec() == LoginDialog.DialogCode.Accepted and login.actor is not None:
            self._detach()
            successor = MainWindow(self.ops, login.actor, daily_backups=self.daily_backups)
            successor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            successor.setGeometry(self.geometry())
            successor.show()
        self.close()
        return successor

    def change_password(self) -> QDialog:
        """修改密码: the present password and the new one twice, in one form that keeps what was typed when
        the policy or the present password refuses it."""
        from desk.gui.pages import PasswordDialog

        dialog = PasswordDialog(self.ops, self.actor, self.actor.operator, self, own=True)
        dialog.accepted.connect(
            lambda: QMessageBox.information(self, self.tr("修改密码"), self.tr("密码已修改"))
        )
        dialog.open()
        return dialog

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("关于连心台帐"),
            self.tr(
                "连心台帐:“走进群众”活动台帐。每条记录都是不可更改的事件,更正和作废也是事件;"
                "哈希链头印在每份输出上,desk verify --head 可核对。"
            ),
        )

    def apply_as_of(self) -> None:
        """Sets every page to the last notification recorded at the chosen moment (None: now)."""

        moment = None
        up_to: int | None = None
        if self.as_of_check.isChecked():
            qdt = self.as_of_edit.dateTime()
            d, t = qdt.date(), qdt.time()
            moment = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()
            up_to = self.ops.queries.audit.notification_at(moment)
            self.as_of_label.setText(
                self.tr("所见为 {0} 时的台帐(截至第 {1} 号事件);录入仍记入当前").format(
                    f"{moment:%Y-%m-%d %H:%M}", up_to
                )
            )
            self.as_of_label.setStyleSheet("color: #b45309")
        else:
            self.as_of_label.clear()
        for page in self.pages.values():
            page.up_to = up_to
            if hasattr(page, "day"):
                page.day = moment.date() if moment else None
            if hasattr(page, "moment"):
                page.moment = moment
            page.refresh()

    def add_page(self, key: str, title: str, page: Page) -> None:
        """Each page scrolls when the window is smaller than its forms and figures need (a 1366×768
        laptop): no page makes the window taller or wider than the screen."""
        self.pages[key] = page
        self.nav.addItem(title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        self.stack.addWidget(scroll)

    def current_page(self) -> Page | None:
        scroll = self.stack.currentWidget()
        page = scroll.widget() if isinstance(scroll, QScrollArea) else None
        return page if isinstance(page, Page) else None

    def show_unit_events(self, unit_code: str, up_to: int | None) -> None:
        """The audit trail of one unit as recorded up to a notification (a summary figure's drill-down)."""
        audit = self.pages["audit"]
        audit.up_to = up_to
        audit.unit.setText(unit_code)  # type: ignore[attr-defined]
        self.show_page("audit")
        audit.refresh()

    def show_page(self, key: str, village: str = "") -> None:
        """Opens a page; `village` narrows a ledger to one village (the dashboard's drill-down)."""
        self.nav.setCurrentRow(list(self.pages).index(key))
        combo = getattr(self.pages[key], "village", None)
        if village and combo is not None and hasattr(combo, "findData"):
            combo.setCurrentIndex(max(combo.findData(village), 0))
        select = getattr(self.pages[key], "select_village", None)
        if village and callable(select):  # a page of one row per village: that village's row
            select(village)

    def role_said(self, role: str) -> str:
        """An operator's role in the window's language."""
        names = {
            rules.ADMIN: self.tr("学教办管理员"),
            rules.CLERK: self.tr("录入员"),
            rules.SUPERVISOR: self.tr("督查"),
            rules.LEADER: self.tr("领导"),
        }
        return names.get(role, role)

    def _update_status(self) -> None:
        if getattr(self, "logged_out", False):
            self.status.setText(self.tr("已退出登录:请下一位操作员登录"))
            return
        head_id, link = self.ops.queries.head()
        self.status.setText(
            self.tr("操作员 {0}({1}) · 工作站 {2} · {3} · 链头 {4}…").format(
                self.actor.operator,
                self.role_said(self.actor.role),
                self.actor.workstation,
                self.ops.services.where,
                link[:12],
            )
        )
        self._show_stale()

    def _show_stale(self) -> None:
        """The read models marked stale — also looked at every few seconds, so that a `desk rebuild` run at
        another workstation clears the warning here and the pages it concerned show the rebuilt rows."""
        stale = self.ops.services.stale()
        recovered = self._stale_names - {name for name, _i, _m in stale}
        self._stale_names = {name for name, _i, _m in stale}
        if recovered:
            self.ops.reload(frozenset(recovered))
        self.stale.setVisible(bool(stale))
        self.stale.setText(
            self.tr("注意:{0} 停在第 {1} 号事件,未再更新(其余照常);请管理员修复后运行 desk rebuild").format(
                "、".join(name for name, _i, _m in stale), min((i for _n, i, _m in stale), default=0)
            )
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        self.stale_timer.stop()
        self.idle_timer.stop()
        if self.daily_backups:
            self._save_columns()
        if not getattr(self, "logged_out", False):
            self.ops.commands.logout(self.actor)
        try:  # the day's end at this workstation: the head, signed, kept outside the database
            self.ops.services.sign_checkpoint("关闭工作站")
            if self.daily_backups:
                self.statusBar().showMessage(self.tr("正在保存今天的备份…"))
                self.ops.services.daily_backup()  # once a day, the last seven kept
        except Exception:  # noqa: BLE001 - never keeps the window from closing; the log has it
            import logging

            logging.getLogger("desk.gui").exception("checkpoint not signed")
        self.ops.services.catch_up()
        super().closeEvent(event)
