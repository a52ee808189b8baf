"""单位实事 and 宣传报道: each unit's own work (R-U1…R-U4) with what is open and overdue, and publicity per
village (R-P1) with the exemplary practice reported beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.gui.forms import CorrectionDialog, ReasonDialog, RecordDialog, date_edit, to_date
from desk.gui.operations import Operations
from desk.gui.pages import Page, add_buttons, fill_unit_combo
from desk.gui.work import fill, table
from domain import rules
from domain.base import Actor
from domain.unit_work import CHANNELS, ITEM_KINDS
from projections.unit_work import ItemRow, PublicityRow, WorkStatus


class UnitWorkDialog(RecordDialog):
    """登记单位实事: the kinds offered follow the unit's kind (R-U1); a promised date is optional (R-U2)."""

    def __init__(
        self, ops: Operations, actor: Actor, units: list[Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, self.tr("登记单位实事"), parent)
        self.actor = actor
        self.kinds = {u.code: u.kind for u in units}
        self.code, self.content = QLineEdit(), QLineEdit()
        self.code.setObjectName("work_code")
        self.unit = QComboBox()
        self.unit.setObjectName("work_unit")
        for u in units:
            if u.kind in ITEM_KINDS and (actor.role == rules.ADMIN or u.code in actor.units):
                self.unit.addItem(f"{u.code} {u.name}({u.kind})", u.code)
        self.kind = QComboBox()
        self.kind.setObjectName("work_kind")
        self.on = date_edit(ops.commands.clock.today())
        self.promised = QCheckBox(self.tr("有承诺时限"))
        self.promised_on = date_edit(ops.commands.clock.today())
        self.promised_on.setEnabled(False)
        self.promised.toggled.connect(self.promised_on.setEnabled)
        self.attendance = QSpinBox()
        self.attendance.setRange(0, 100_000)
        promise = QHBoxLayout()
        promise.addWidget(self.promised)
        promise.addWidget(self.promised_on)
        for label, widget in (
            (self.tr("编号*"), self.code),
            (self.tr("单位*"), self.unit),
            (self.tr("类别*"), self.kind),
            (self.tr("日期*"), self.on),
            (self.tr("内容*"), self.content),
            (self.tr("参加人数"), self.attendance),
        ):
            self.form.addRow(label, widget)
        self.form.addRow(self.tr("承诺时限"), promise)
        self.unit.currentIndexChanged.connect(lambda _i: self._kinds())
        self._kinds()

    def _kinds(self) -> None:
        self.kind.clear()
        self.kind.addItems(list(ITEM_KINDS.get(self.kinds.get(self.unit.currentData() or "", ""), ())))

    def submit(self) -> None:
        promised = to_date(self.promised_on) if self.promised.isChecked() else None
        self.ops.commands.unit_work.register_unit_work(
            self.actor,
            self.code.text(),
            self.unit.currentData() or "",
            self.kind.currentText(),
            to_date(self.on),
            self.content.text(),
            promised,
            self.attendance.value(),
        )


class FulfilDialog(RecordDialog):
    """兑现 (R-U3): what was done, on which day."""

    def __init__(self, ops: Operations, actor: Actor, row: ItemRow, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("兑现 {0}").format(row.code), parent)
        self.actor, self.item = actor, row
        self.on = date_edit(ops.commands.clock.today())
        self.result_text = QLineEdit()
        self.result_text.setObjectName("work_result")
        self.form.addRow(QLabel(f"{row.unit_name} · {row.kind} · {row.content}"))
        self.form.addRow(self.tr("兑现日期*"), self.on)
        self.form.addRow(self.tr("兑现了什么*"), self.result_text)

    def submit(self) -> None:
        self.ops.commands.unit_work.fulfil_unit_work(
            self.actor, self.item.code, to_date(self.on), self.result_text.text()
        )


class PublicityDialog(RecordDialog):
    def __init__(
        self, ops: Operations, actor: Actor, units: list[Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, self.tr("宣传报道"), parent)
        self.actor = actor
        self.code, self.title, self.link = QLineEdit(), QLineEdit(), QLineEdit()
        self.unit = QComboBox()
        for u in units:
            if actor.role == rules.ADMIN or u.code in actor.units:
                self.unit.addItem(f"{u.code} {u.name}", u.code)
        self.channel = QComboBox()
        self.channel.addItems(list(CHANNELS))
        self.on = date_edit(ops.commands.clock.today())
        for label, widget in (
            (self.tr("编号*"), self.code),
            (self.tr("单位*"), self.unit),
            (self.tr("日期*"), self.on),
            (self.tr("渠道*"), self.channel),
            (self.tr("标题*"), self.title),
            (self.tr("链接或文件"), self.link),
        ):
            self.form.addRow(label, widget)

    def submit(self) -> None:
        self.ops.commands.unit_work.report_publicity(
            self.actor,
            self.code.text(),
            self.unit.currentData() or "",
            to_date(self.on),
            self.channel.currentText(),
            self.title.text(),
            self.link.text(),
        )


class UnitWorkPage(Page):
    watches = frozenset({"unit_work", "roster", "settings"})

    def __init__(self, ops: Operations, actor: Actor) -> None:
        super().__init__(ops, actor)
        self.query = ops.queries.unit_work
        self.roster = ops.queries.roster
        self.items: list[ItemRow] = []
        self.published: list[PublicityRow] = []
        self.search = QLineEdit()
        self.search.setObjectName("work_search")
        self.search.setPlaceholderText(self.tr("按编号、单位、类别或内容搜索"))
        self.unit = QComboBox()
        self.unit.setObjectName("work_unit_filter")
        self.open_only = QCheckBox(self.tr("只看未兑现"))
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.unit, 1)
        bar.addWidget(self.open_only)
        self.register_table = table(
            "unit_work",
            [
                self.tr("编号"),
                self.tr("单位"),
                self.tr("类别"),
                self.tr("日期"),
                self.tr("内容"),
                self.tr("承诺时限"),
                self.tr("兑现日期"),
                self.tr("结果"),
                self.tr("状态"),
            ],
        )
        self.publicity_table = table(
            "publicity",
            [
                self.tr("编号"),
                self.tr("单位"),
                self.tr("日期"),
                self.tr("渠道"),
                self.tr("标题"),
                self.tr("链接或文件"),
            ],
        )
        self.exemplar_table = table(
            "reported_exemplars", [self.tr("编号"), self.tr("上报日期"), self.tr("记录"), self.tr("摘要")]
        )
        for widget in (self.register_table, self.publicity_table, self.exemplar_table):
            widget.setSortingEnabled(True)
        publicity_tab = QWidget()
        tab_layout = QVBoxLayout(publicity_tab)
        tab_layout.addWidget(self.publicity_table, 3)
        tab_layout.addWidget(QLabel(self.tr("已上报的典型经验(R-E1),与宣传报道一并公开")))
        tab_layout.addWidget(self.exemplar_table, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.register_table, self.tr("单位实事"))
        self.tabs.addTab(publicity_tab, self.tr("宣传报道"))
        self.count = QLabel()
        buttons = QHBoxLayout()
        writable = actor.role not in rules.READ_ONLY_ROLES
        add_buttons(
            buttons,
            [
                (self.tr("登记…"), self.register, "btn_register_work", writable),
                (self.tr("兑现…"), self.fulfil, "btn_fulfil", writable),
                (self.tr("宣传报道…"), self.publish, "btn_publicity", writable),
                (self.tr("更正…"), self.correct, "btn_correct", writable),
                (self.tr("作废…"), self.void, "btn_void", writable),
                (self.tr("导出…"), lambda: self.export_view(*self.shown()), "btn_export", True),
                (self.tr("打印…"), lambda: self.print_view(*self.shown()), "btn_print", True),
            ],
        )
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.unit.currentIndexChanged.connect(lambda _i: self.refresh())
        self.open_only.toggled.connect(lambda _b: self.refresh())
        self.refresh()

    def shown(self) -> tuple[str, Any]:
        if self.tabs.currentIndex() == 0:
            return self.tr("单位实事"), self.register_table.model()
        return self.tr("宣传报道"), self.publicity_table.model()

    def refresh(self) -> None:
        units = self.roster.units(self.up_to)
        fill_unit_combo(self.unit, [u for u in units if u.kind in ITEM_KINDS], self.tr("全部单位"))
        kept = {
            table.objectName(): self._code_of(table) for table in (self.register_table, self.publicity_table)
        }
        unit, text, day = self.unit.currentData() or "", self.search.text().strip(), self.judged_on()
        self.items = [
            r
            for r in self.query.items(self.up_to, unit, text)
            if not self.open_only.isChecked() or r.status(day) in (WorkStatus.PENDING, WorkStatus.OVERDUE)
        ]
        self.published = self.query.publicity(self.up_to, unit, text)
        for widget in (self.register_table, self.publicity_table, self.exemplar_table):
            widget.setSortingEnabled(False)  # filled unsorted, or rows land under the wrong code
        fill(self.register_table, [r.cells(day) for r in self.items])
        fill(
            self.publicity_table,
            [[r.code, r.unit_name, str(r.on), r.channel, r.title, r.link] for r in self.published],
        )
        fill(
            self.exemplar_table,
            [
                [e.code, str(e.reported_on), f"{e.record_kind} {e.record_code}", e.summary]
                for e in self.ops.queries.articles.exemplars(self.up_to)
                if e.reported_on is not None
            ],
        )
        for widget in (self.register_table, self.publicity_table, self.exemplar_table):
            widget.setSortingEnabled(True)
            self._reselect(widget, kept.get(widget.objectName(), ""))
        overdue = sum(r.status(day) == WorkStatus.OVERDUE for r in self.items)
        self.count.setText(
            self.tr("单位实事 {0} 项(逾期未兑现 {1}),宣传报道 {2} 篇").format(
                len(self.items), overdue, len(self.published)
            )
        )

    def register(self) -> None:
        UnitWorkDialog(self.ops, self.actor, self.roster.units(), self).exec()

    def fulfil(self) -> None:
        rows = self.register_table.selectionModel().selectedRows()
        code_item = self.register_table.item(rows[0].row(), 0) if rows else None
        found = [r for r in self.items if code_item is not None and r.code == code_item.text()]
        if not found:
            QMessageBox.information(self, self.tr("提示"), self.tr("请先在单位实事中选中一项"))
            return
        FulfilDialog(self.ops, self.actor, found[0], self).exec()

    @staticmethod
    def _code_of(table: QTableWidget) -> str:
        rows = table.selectionModel().selectedRows()
        item = table.item(rows[0].row(), 0) if rows else None
        return item.text() if item is not None else ""

    @staticmethod
    def _reselect(table: QTableWidget, code: str) -> None:
        """The selection follows the record, not the row number, when the table is refilled and re-sorted."""
        if not code:
            return
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None and item.text() == code:
                table.selectRow(row)
                return
        table.clearSelection()

    def _selected_code(self) -> tuple[str, str] | None:
        """(record kind, code) of the row selected on the tab shown."""
        shown = self.register_table if self.tabs.currentIndex() == 0 else self.publicity_table
        rows = shown.selectionModel().selectedRows()
        item = shown.item(rows[0].row(), 0) if rows else None
        if item is None:
            QMessageBox.information(self, self.tr("提示"), self.tr("请先选中一行"))
            return None
        return ("unit-work" if shown is self.register_table else "publicity"), item.text()

    def correct(self) -> None:
        chosen = self._selected_code()
        if chosen is not None:
            CorrectionDialog(self.ops, self.actor, *chosen, self).exec()

    def void(self) -> None:
        chosen = self._selected_code()
        if chosen is None:
            return
        kind, code = chosen
        ReasonDialog(
            self.ops,
            self.tr("作废 {0}").format(code),
            lambda d: self.ops.commands.void_record(self.actor, kind, code, d.reason.text()),
            self,
            with_date=False,
        ).exec()

    def publish(self) -> None:
        villages = [u for u in self.roster.units() if u.kind in ("村", "街", "居") or u.kind in ITEM_KINDS]
        PublicityDialog(self.ops, self.actor, villages, self).exec()
