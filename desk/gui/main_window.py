"""The main window: a navigation list on the left, one page per view; later parts add their pages."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QStackedWidget, QWidget

from desk.gui.concerns import ConcernsPage
from desk.gui.contacts import ContactLedgerPage
from desk.gui.interviews import InterviewPage
from desk.gui.operations import Operations
from desk.gui.pages import AuditPage, Page, RosterPage, SettingsPage
from desk.gui.visits import VisitLedgerPage
from desk.gui.work import ArticlesPage, ExemplarsPage, RatingPage
from domain.base import Actor
from projections.chain import head
from projections.settings import SettingsQuery


class MainWindow(QMainWindow):
    def __init__(self, ops: Operations, actor: Actor, *, poll_ms: int = 3000) -> None:
        super().__init__()
        self.ops = ops
        self.actor = actor
        campaign = SettingsQuery(ops.store.engine).campaign()
        year, township = campaign if campaign else (0, "")
        self.setWindowTitle(self.tr("连心台帐 — {0} {1}年“走进群众”活动").format(township, year))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.nav.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget()
        self.pages: dict[str, Page] = {}
        for key, title, page in (
            ("contacts", self.tr("联系台帐"), ContactLedgerPage(ops, actor)),
            ("visits", self.tr("走访台帐"), VisitLedgerPage(ops, actor)),
            ("interviews", self.tr("群众访谈日"), InterviewPage(ops, actor)),
            ("ratings", self.tr("直评"), RatingPage(ops, actor)),
            ("articles", self.tr("调研文章"), ArticlesPage(ops, actor)),
            ("exemplars", self.tr("典型经验"), ExemplarsPage(ops, actor)),
            ("concerns", self.tr("问题办理"), ConcernsPage(ops, actor)),
            ("roster", self.tr("人员与单位"), RosterPage(ops, actor)),
            ("audit", self.tr("审计日志"), AuditPage(ops, actor)),
            ("settings", self.tr("设置"), SettingsPage(ops, actor)),
        ):
            self.add_page(key, title, page)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        ops.changed.connect(lambda _p: self._update_status())
        self._update_status()
        self.resize(1280, 780)
        # Other workstations write to the same SQLite file: pull their events on a short timer.
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(ops.refresh)
        self.timer.start()

    def add_page(self, key: str, title: str, page: Page) -> None:
        self.pages[key] = page
        self.nav.addItem(title)
        self.stack.addWidget(page)

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(list(self.pages).index(key))

    def _update_status(self) -> None:
        head_id, link = head(self.ops.store.engine)
        self.status.setText(self.tr("操作员 {0}({1}) · 工作站 {2} · {3} · 链头 {4}…").format(
            self.actor.operator, self.actor.role, self.actor.workstation, self.ops.store.location.display,
            link[:12]))  # fmt: skip

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        self.ops.store.app.logout(self.actor)
        self.ops.store.projector.catch_up()
        super().closeEvent(event)
