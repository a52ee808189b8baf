"""走访工作台帐: the visit ledger (lazy, for 180,000 households), coverage per village and per must-visit
category with the households still to visit, and a keyboard-first visit form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.gui.forms import CtrlEnter, ReasonDialog, RecordDialog, date_edit, store_unless_double, to_date
from desk.gui.models import Column, LazyTableModel
from desk.gui.operations import Operations
from desk.gui.pages import Page, add_buttons, fill_unit_combo, make_table
from domain import rules
from domain.base import Actor
from domain.visits import is_standing_work
from projections.roster import RosterFilter, initials
from projections.visits import Coverage, VisitFilter, VisitRow

BACKFILLED = QColor("#6d28d9")


class HouseholdField(QWidget):
    """A household by 户编号, 户主 name or pinyin initials (a completer), and what it is on the visit's date."""

    def __init__(self, ops: Operations, parent: QWidget | None = None, scope: tuple[str, ...] = ()) -> None:
        super().__init__(parent)
        self.ops = ops
        self.scope = scope  # a clerk's villages: only their households are offered (R-S1 before saving)
        self.roster = ops.queries.roster
        self.edit = QLineEdit()
        self.edit.setObjectName("visit_household")
        self.edit.setPlaceholderText(self.tr("户编号、户主姓名或拼音首字母"))
        self.matches = QStringListModel(self)
        self.completer = QCompleter(self.matches, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.completer.activated.connect(self._chosen)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.info)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._search)
        self.edit.editingFinished.connect(self.resolve)

    def _search(self, text: str) -> None:
        """Names and pinyin initials offer a list; a code (it has digits) is typed through, never
        interrupted by a list, and is resolved as soon as it is complete."""
        text = text.strip()
        if not text or any(c.isdigit() for c in text):
            self.edit.setCompleter(None)  # type: ignore[arg-type]  # no list pops up (and takes the keyboard) while a code is typed
            if text and self.ops.commands.household(text) is not None:
                self.resolve()
            return
        self.edit.setCompleter(self.completer)
        ids = self.roster.household_ids(RosterFilter(text=text))[: 300 if self.scope else 30]
        rows = [
            r
            for r in self.roster.household_rows(ids).values()
            if not self.scope or r.village_code in self.scope
        ]
        self.matches.setStringList(
            [f"{r.code} {r.head_name} {r.village_name}{r.group} {initials(r.head_name)}" for r in rows[:30]]
        )

    def _chosen(self, line: str) -> None:
        self.edit.setText(line.split(" ")[0])
        self.resolve()

    def code(self) -> str:
        return self.edit.text().strip().split(" ")[0]

    def resolve(self) -> None:
        """Shows the household; a name or initials matching exactly one household becomes its code."""
        text = self.code()
        if not text:
            self.info.clear()
            return
        household = self.ops.commands.household(text)
        if household is None:
            ids = self.roster.household_ids(RosterFilter(text=text))
            if len(ids) == 1:
                row = self.roster.household_rows(ids)[ids[0]]
                self.edit.setText(row.code)
                household = self.ops.commands.household(row.code)
            else:
                self.info.setText(
                    self.tr("有 {0} 户符合,请从列表中选择").format(len(ids))
                    if ids
                    else self.tr("没有找到农户“{0}”").format(text)
                )
                return
        assert household is not None
        if self.scope and household.village_code not in self.scope:
            self.info.setText(
                self.tr("{0} 属于 {1},不在本账号的录入范围内(R-S1)").format(
                    household.code, household.village_code
                )
            )
            return
        tags = "、".join(sorted(household.current_tags())) or self.tr("无")
        self.info.setText(
            f"{household.head_name} · {household.village_code} {household.group} {household.address} · "
            f"{self.tr('五必访')}:{tags}"
        )


class VisitDialog(RecordDialog):
    """记录走访, keyboard-first: household, visitors (codes separated by 、 or spaces), date, what was found.

    Ctrl+Enter saves and keeps the visitors and the date for the next household of the same round."""

    def __init__(self, ops: Operations, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("记录走访"), parent)
        self.actor = actor
        self.household = HouseholdField(ops, scope=actor.units if actor.role == rules.CLERK else ())
        self.visitors = QLineEdit()
        self.visitors.setObjectName("visit_visitors")
        self.visitors.setPlaceholderText(self.tr("走访人编号,多人用“、”或空格分开"))
        self.visitor_names = QLabel()
        self.on = date_edit(ops.commands.clock.today())
        self.situation = self._text("visit_situation", 50)
        self.problems = self._text("visit_problems", 60)
        self.problems.setPlaceholderText(self.tr("每行一个问题,各自登记为问题(来源:走访)"))
        self.policies = self._text("visit_policies", 40)
        self.help = self._text("visit_help", 40)
        self.note = QLineEdit()
        for label, widget in (
            (self.tr("农户*"), self.household),
            (self.tr("走访人*"), self.visitors),
            ("", self.visitor_names),
            (self.tr("走访日期*"), self.on),
            (self.tr("家庭情况"), self.situation),
            (self.tr("反映问题"), self.problems),
            (self.tr("宣传政策"), self.policies),
            (self.tr("帮扶措施"), self.help),
            (self.tr("备注"), self.note),
        ):
            self.form.addRow(label, widget)
        self.saved = 0
        self.saved_on: list[date] = []  # the dates of the visits stored from this form
        self.visitors.textChanged.connect(self._show_visitors)
        self.ctrl_enter = CtrlEnter(
            self.save_and_next,
            self,
            (
                self.household.edit,
                self.visitors,
                self.on,
                self.situation,
                self.problems,
                self.policies,
                self.help,
                self.note,
            ),
        )

    def _text(self, name: str, height: int) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(height)
        return edit

    def visitor_codes(self) -> list[str]:
        return [
            c
            for c in self.visitors.text().replace("、", " ").replace(",", " ").replace(",", " ").split()
            if c
        ]

    def _show_visitors(self) -> None:
        app = self.ops.commands
        names = []
        for code in self.visitor_codes():
            person = app.person(code)
            names.append(f"{code} {person.name}" if person else f"{code} ?")
        self.visitor_names.setText("、".join(names))

    def submit(self) -> None:
        details = {
            "situation": self.situation.toPlainText(),
            "policies": self.policies.toPlainText(),
            "help": self.help.toPlainText(),
            "note": self.note.text(),
        }
        problems = [p for p in self.problems.toPlainText().splitlines() if p.strip()]
        on = to_date(self.on)
        store_unless_double(
            self,
            self.ops.commands.visits.record_visit,
            self.actor,
            self.household.code(),
            on,
            self.visitor_codes(),
            details,
            problems,
        )
        self.saved_on.append(on)

    def save_and_next(self) -> None:
        self.error.clear()
        if self.ops.run(None, self.submit):
            self.saved += 1
            self.household.edit.clear()
            self.household.info.clear()
            for edit in (self.situation, self.problems, self.policies, self.help):
                edit.clear()
            self.note.clear()
            self.error.setStyleSheet("color: #1b5e20")
            self.error.setText(self.tr("已保存 {0} 户").format(self.saved))
            self.household.edit.setFocus()
        else:
            self.error.setStyleSheet("color: #b00020")


def coverage_table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_coverage(table: QTableWidget, rows: list[Coverage]) -> None:
    """One row per village or category: name, visited / required, and a bar."""
    table.setRowCount(len(rows))
    for i, c in enumerate(rows):
        item = QTableWidgetItem(f"{c.key} {c.name}".strip() if c.key != c.name else c.name)
        item.setData(Qt.ItemDataRole.UserRole, c.key)
        table.setItem(i, 0, item)
        table.setItem(i, 1, QTableWidgetItem(f"{c.visited}/{c.required}"))
        bar = QProgressBar()
        bar.setRange(0, max(c.required, 1))
        bar.setValue(c.visited)
        bar.setFormat(f"{c.rate:.0%}" if c.rate is not None else "—")
        if c.required and c.visited < c.required:
            bar.setStyleSheet("QProgressBar::chunk { background: #d97706; }")
        table.setCellWidget(i, 2, bar)
    table.resizeColumnToContents(0)


class VisitLedgerPage(Page):
    watches = frozenset({"visits", "roster", "concerns", "settings"})

    def __init__(self, ops: Operations, actor: Actor) -> None:
        super().__init__(ops, actor)
        self.query = ops.queries.visits
        self.roster = ops.queries.roster
        self.search = QLineEdit()
        self.search.setObjectName("visit_search")
        self.search.setPlaceholderText(self.tr("按户编号、户主姓名、拼音首字母或走访人搜索"))
        self.village = QComboBox()
        self.village.setObjectName("visit_village")
        self.standing = QComboBox()
        self.standing.addItem(self.tr("活动期间走访"), False)
        self.standing.addItem(self.tr("常态化走访(活动结束后)"), True)
        self.standing.addItem(self.tr("全部走访"), None)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.village, 1)
        bar.addWidget(self.standing)
        self.history = QCheckBox(self.tr("显示已作废/已更正"))
        self.history.setObjectName("show_history")
        self.history.setToolTip(self.tr("作废的走访和更正前的原记录也列出(划线),与现行记录同列"))
        bar.addWidget(self.history)
        self.model = LazyTableModel(
            [
                Column(self.tr("走访时间"), lambda r: f"{r.on:%Y-%m-%d}", "on"),
                Column(self.tr("户主"), lambda r: r.head_name, "head"),
                Column(self.tr("村民小组/地址"), lambda r: self.address(r.group_address)),
                Column(self.tr("联系电话"), lambda r: self.phone(r.phone)),
                Column(self.tr("家庭情况"), lambda r: r.situation),
                Column(self.tr("反映问题"), lambda r: r.problems),
                Column(self.tr("办理情况"), lambda r: r.handling),
                Column(self.tr("走访人"), lambda r: r.visitors),
                Column(
                    self.tr("备注"),
                    lambda r: " ".join(x for x in (r.note, self.tr("补录") if r.backfilled else "") if x),
                ),
                Column(self.tr("户编号"), lambda r: r.household_code, "household"),
            ],
            self._ids,
            lambda ids: self.query.rows(ids, self.up_to),
            self,
            foreground=lambda r: BACKFILLED if r.backfilled else None,
        )
        self.view = make_table(self.model, "visit_ledger")
        self.view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.villages = coverage_table(
            "village_coverage", [self.tr("村居"), self.tr("已走访/户数"), self.tr("覆盖率")]
        )
        self.categories = coverage_table(
            "category_coverage", [self.tr("五必访"), self.tr("已走访/户数"), self.tr("覆盖率")]
        )
        self.shares = coverage_table(
            "cadre_shares", [self.tr("走访人"), self.tr("走访户数/全村"), self.tr("占比")]
        )
        self.missing = coverage_table(
            "not_visited", [self.tr("户编号"), self.tr("户主"), self.tr("村民小组/地址"), self.tr("联系电话")]
        )
        self.missing_label = QLabel(self.tr("点击村居或五必访类别,列出尚未走访的农户"))
        self.villages.itemSelectionChanged.connect(self._village_clicked)
        self.categories.itemSelectionChanged.connect(self._category_clicked)
        coverage = QWidget()
        grid = QHBoxLayout(coverage)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("各村居覆盖(R-V1)")))
        left.addWidget(self.villages, 3)
        left.addWidget(QLabel(self.tr("五必访覆盖(R-V2,按走访当日的标签)")))
        left.addWidget(self.categories, 2)
        right = QVBoxLayout()
        right.addWidget(self.missing_label)
        right.addWidget(self.missing, 3)
        right.addWidget(QLabel(self.tr("所选村居各走访人的户数")))
        right.addWidget(self.shares, 2)
        grid.addLayout(left, 1)
        grid.addLayout(right, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.view, self.tr("走访工作台帐"))
        self.tabs.addTab(coverage, self.tr("覆盖情况"))
        self.count = QLabel()
        buttons = QHBoxLayout()
        writable = actor.role not in rules.READ_ONLY_ROLES
        add_buttons(
            buttons,
            [
                (self.tr("记录走访…"), self.record, "btn_visit", writable),
                (self.tr("更正…"), self.correct, "btn_correct_visit", writable),
                (self.tr("作废…"), self.void, "btn_void_visit", writable),
                (
                    self.tr("导出…"),
                    lambda: self.export_view(self.tr("走访工作台帐"), self.model),
                    "btn_export",
                    True,
                ),
                (self.tr("打印…"), self.print_ledger, "btn_print", True),
                (self.tr("显示完整联系方式…"), self.unmask, "btn_unmask", self.masked),
            ],
        )
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)
        self.search.textChanged.connect(lambda _t: self._filtered())
        self.village.currentIndexChanged.connect(lambda _i: self._filtered())
        self.standing.currentIndexChanged.connect(lambda _i: self._filtered())
        self.history.toggled.connect(self._show_history)
        self._load_villages()
        self.refresh()

    def _load_villages(self) -> None:
        fill_unit_combo(self.village, self.roster.units(self.up_to), self.tr("全部村居"), villages_only=True)

    def _show_history(self, _shown: bool) -> None:
        self.refresh_ledger()
        self.view.resizeColumnToContents(0)  # room for the 〔更正前〕 mark after the code

    def filter(self) -> VisitFilter:
        return VisitFilter(
            village_code=self.village.currentData() or "",
            text=self.search.text().strip(),
            standing=self.standing.currentData(),
            up_to=self.up_to,
            history=self.history.isChecked(),
        )

    def _ids(self, sort: str, desc: bool) -> list[int]:
        return self.query.ids(self.filter(), sort, desc)

    def _filtered(self) -> None:
        """Another filter shows other rows: from the top (a refresh from elsewhere keeps the clerk's place)."""
        self.refresh_ledger()
        self.view.scrollToTop()

    def refresh_ledger(self) -> None:
        self.model.refresh()
        self.count.setText(self.tr("共 {0} 次走访").format(self.model.rowCount()))

    def refresh(self) -> None:
        self.refresh_ledger()
        fill_coverage(self.villages, self.query.village_coverage(self.up_to))
        fill_coverage(self.categories, self.query.category_coverage(self.judged_on(), self.up_to))

    def _show_missing(self, rows: list[tuple[str, str, str, str]], title: str) -> None:
        self.missing_label.setText(title)
        self.missing.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                self.missing.setItem(i, j, QTableWidgetItem(value))

    def _village_clicked(self) -> None:
        items = self.villages.selectedItems()
        if not items:
            return
        item = self.villages.item(items[0].row(), 0)
        if item is None:
            return
        code = item.data(Qt.ItemDataRole.UserRole)
        missing = self.query.not_visited(village=code, up_to=self.up_to)
        self._show_missing(missing, self.tr("{0} 尚未走访 {1} 户").format(code, len(missing)))
        shares = self.query.cadre_shares(code, self.up_to)
        self.shares.setRowCount(len(shares))
        for i, c in enumerate(shares):
            for j, value in enumerate(
                (
                    f"{c.key} {c.name}",
                    f"{c.visited}/{c.required}",
                    f"{c.rate:.0%}" if c.rate is not None else "—",
                )
            ):
                self.shares.setItem(i, j, QTableWidgetItem(value))

    def _category_clicked(self) -> None:
        items = self.categories.selectedItems()
        if not items:
            return
        item = self.categories.item(items[0].row(), 0)
        if item is None:
            return
        category = item.data(Qt.ItemDataRole.UserRole)
        missing = self.query.not_visited(category=category, day=self.judged_on(), up_to=self.up_to)
        self._show_missing(missing, self.tr("{0} 尚未走访 {1} 户").format(category, len(missing)))

    def record(self) -> None:
        dialog = VisitDialog(self.ops, self.actor, self)
        dialog.exec()
        end = self.ops.commands.parameters().window_end
        if self.standing.currentData() is False and any(is_standing_work(on, end) for on in dialog.saved_on):
            # a visit after the campaign is standing work: shown, not seemingly lost from the ledger
            self.standing.setCurrentIndex(self.standing.count() - 1)  # 全部走访
            QMessageBox.information(
                self,
                self.tr("已保存"),
                self.tr("活动已于 {0} 结束,此后的走访属常态化走访:台帐已改为显示全部走访").format(
                    end.isoformat()
                ),
            )

    def selected_visit(self) -> VisitRow | None:
        rows = self.view.selectionModel().selectedRows()
        row: VisitRow | None = self.model.row_at(rows[0].row()) if rows else None
        if row is None:
            QMessageBox.information(self, self.tr("提示"), self.tr("请先选中一次走访"))
        return row

    def correct(self) -> None:
        from desk.gui.forms import CorrectionDialog

        row = self.selected_visit()
        if row is not None:
            CorrectionDialog(self.ops, self.actor, "visit", row.code, self).exec()

    def void(self) -> None:
        row = self.selected_visit()
        if row is None:
            return
        code = row.code
        stored = self.ops.commands.visits.visit(code)
        problems = list(stored.problems) if stored is not None else []  # the concerns it registered
        with_concerns = False
        if problems:
            asked = QMessageBox.question(
                self,
                self.tr("作废走访 {0}").format(code),
                self.tr(
                    "这次走访登记了 {0} 个问题({1}),是否一并作废?选“是”一并作废(这次走访本不存在);选“否”问题保留(群众确实反映过)"
                ).format(len(problems), "、".join(problems)),
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel,
            )
            if asked == QMessageBox.StandardButton.Cancel:
                return
            with_concerns = asked == QMessageBox.StandardButton.Yes
        ReasonDialog(
            self.ops,
            self.tr("作废走访 {0}").format(code),
            lambda d: self.ops.commands.visits.void_visit(
                self.actor, code, d.reason.text(), with_concerns=with_concerns
            ),
            self,
            with_date=False,
        ).exec()

    def print_ledger(self) -> QDialog | None:
        return self.print_view(self.tr("走访工作台帐"), self.model)
