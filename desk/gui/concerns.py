"""问题办理: the concern board, a concern's record as a timeline, and one form per step of the life cycle."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.gui import printing
from desk.gui.forms import RecordDialog, date_edit, store_unless_double, to_date
from desk.gui.models import Column, LazyTableModel
from desk.gui.operations import Operations, english
from desk.gui.pages import Page, add_buttons, fill_unit_combo, make_table
from domain import rules
from domain.base import Actor
from domain.concerns import CATEGORIES, OUTCOMES, SOURCES, STEP_FIELDS, Step
from projections.concerns import LISTS, ConcernFigures, ConcernFilter, ConcernRow, StepRow
from projections.findings import FOLLOW_UP_EN

OVERDUE = QColor("#c62828")


def _d(value: date | None) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


class RaiseConcernDialog(RecordDialog):
    """登记: where the concern came from, who raised it, in which village, what it is."""

    def __init__(
        self, ops: Operations, actor: Actor, code: str, village: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, self.tr("登记问题"), parent)
        self.actor = actor
        self.code = QLineEdit(code)
        self.code.setObjectName("concern_code")
        self.on = date_edit(ops.commands.clock.today())
        self.source = QComboBox()
        self.source.setObjectName("concern_source")
        self.source.addItems(list(SOURCES))
        self.source.setCurrentText("来访")
        self.source_ref = QLineEdit()
        self.source_ref.setObjectName("concern_source_ref")
        self.source_ref.setPlaceholderText(self.tr("走访编号 / 村居编码 / 联系记录编号"))
        self.resident = QLineEdit()
        self.resident.setObjectName("concern_resident")
        self.village = QLineEdit(village)
        self.village.setObjectName("concern_village")
        self.household = QLineEdit()
        self.household.setObjectName("concern_household")
        self.phone = QLineEdit()
        self.category = QComboBox()
        self.category.setEditable(True)
        self.category.addItems(["", *CATEGORIES])
        self.content = QPlainTextEdit()
        self.content.setObjectName("concern_content")
        self.content.setTabChangesFocus(True)
        self.content.setFixedHeight(80)
        self.done_by = QLineEdit()
        self.done_by.setPlaceholderText(self.tr("他人代录时填写实际登记人"))
        for label, widget in (
            (self.tr("问题编号*"), self.code),
            (self.tr("登记日期*"), self.on),
            (self.tr("来源*"), self.source),
            (self.tr("来源记录"), self.source_ref),
            (self.tr("反映人*"), self.resident),
            (self.tr("村居编码*"), self.village),
            (self.tr("户编号"), self.household),
            (self.tr("联系电话"), self.phone),
            (self.tr("类别"), self.category),
            (self.tr("问题内容*"), self.content),
            (self.tr("实际登记人"), self.done_by),
        ):
            self.form.addRow(label, widget)

    def submit(self) -> None:
        fields = {
            "source": self.source.currentText(),
            "source_ref": self.source_ref.text(),
            "resident": self.resident.text(),
            "village_code": self.village.text(),
            "household_code": self.household.text(),
            "phone": self.phone.text(),
            "category": self.category.currentText(),
            "content": self.content.toPlainText(),
        }
        store_unless_double(
            self,
            self.ops.commands.concerns.raise_concern,
            self.actor,
            self.code.text(),
            to_date(self.on),
            fields,
            self.done_by.text() or None,
        )


#: the step form's row names where they differ from the domain's field names
STEP_WIDGETS = {"unit_code": "unit", "person_code": "person", "due_on": "due"}


class ConcernStepDialog(RecordDialog):
    """The next step of one concern: only the steps its state allows are offered (R-Q1)."""

    #: the form's row for each field a step records (domain.concerns.STEP_FIELDS)
    FIELDS = {step: tuple(STEP_WIDGETS.get(n, n) for n in names) for step, names in STEP_FIELDS.items()}

    def __init__(self, ops: Operations, actor: Actor, code: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("办理问题 {0}").format(code), parent)
        self.actor = actor
        self.concern_code = code
        concern = ops.commands.concerns.concern(code)
        allowed = concern.allowed() if concern else ()
        today = ops.commands.clock.today()
        self.summary = QLabel(
            self.tr("{0} · {1} · {2}").format(
                code, concern.state.value if concern else "", concern.content if concern else ""
            )
        )
        self.summary.setWordWrap(True)
        self.step = QComboBox()
        self.step.setObjectName("step")
        for s in allowed:
            self.step.addItem(s.value, s.value)
        self.on = date_edit(today)
        self.unit = QLineEdit(concern.handler_unit if concern else "")
        self.unit.setObjectName("step_unit")
        self.person = QLineEdit(concern.handler_person if concern else "")
        self.person.setObjectName("step_person")
        self.due = date_edit(concern.due_on if concern and concern.due_on else today)
        self.due.setObjectName("step_due")
        self.resolver = QLineEdit(concern.handler_person if concern else "")
        self.resolver.setObjectName("step_resolver")
        self.result_text = QPlainTextEdit()
        self.result_text.setObjectName("step_result")
        self.result_text.setTabChangesFocus(True)
        self.result_text.setFixedHeight(60)
        self.visitor = QLineEdit()
        self.visitor.setObjectName("step_visitor")
        self.outcome = QComboBox()
        self.outcome.setObjectName("step_outcome")
        self.outcome.addItems(list(OUTCOMES))
        self.note = QPlainTextEdit()
        self.note.setObjectName("step_note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(60)
        self.original = QLineEdit()
        self.original.setObjectName("step_original")
        self.form.addRow(self.summary)
        self.form.addRow(self.tr("办理事项"), self.step)
        self.form.addRow(self.tr("日期"), self.on)
        self.rows: dict[str, QWidget] = {}
        for key, label, widget in (
            ("unit", self.tr("承办单位编码"), self.unit),
            ("person", self.tr("承办人编号"), self.person),
            ("due", self.tr("承诺时限"), self.due),
            ("resolver", self.tr("办理人编号*"), self.resolver),
            ("result", self.tr("办理结果*"), self.result_text),
            ("visitor", self.tr("回访人编号*"), self.visitor),
            ("outcome", self.tr("回访结果*"), self.outcome),
            ("note", self.tr("情况说明"), self.note),
            ("original", self.tr("重复于问题编号*"), self.original),
        ):
            self.form.addRow(label, widget)
            self.rows[key] = widget
        if not allowed:
            self.error.setText(self.tr("这个问题已结束(已归档、重复或已作废),不能再办理。"))
        self.step.currentIndexChanged.connect(lambda _i: self._show_fields())
        self._show_fields()

    def current_step(self) -> Step | None:
        value = self.step.currentData()
        return Step(value) if value else None

    def _show_fields(self) -> None:
        step = self.current_step()
        wanted = self.FIELDS.get(step, ()) if step else ()
        for key, widget in self.rows.items():
            self.form.setRowVisible(widget, key in wanted)

    def submit(self) -> None:
        app, actor, code, on = self.ops.commands, self.actor, self.concern_code, to_date(self.on)
        match self.current_step():
            case Step.ASSIGN:
                app.concerns.assign_concern(
                    actor,
                    code,
                    on,
                    unit_code=self.unit.text(),
                    person_code=self.person.text(),
                    due_on=to_date(self.due),
                    note=self.note.toPlainText(),
                )
            case Step.PROGRESS:
                app.concerns.note_concern_progress(actor, code, on, self.note.toPlainText())
            case Step.RESOLVE:
                app.concerns.resolve_concern(
                    actor, code, on, self.resolver.text(), self.result_text.toPlainText()
                )
            case Step.FEEDBACK:
                app.concerns.record_concern_feedback(
                    actor, code, on, self.visitor.text(), self.outcome.currentText(), self.note.toPlainText()
                )
            case Step.CLOSE:
                app.concerns.close_concern(actor, code, on)
            case Step.ESCALATE:
                app.concerns.escalate_concern(actor, code, on, self.note.toPlainText())
            case Step.DUPLICATE:
                app.concerns.mark_concern_duplicate(actor, code, on, self.original.text())
            case None:
                app.concerns.note_concern_progress(actor, code, on, "")  # refused by the domain with its rule


class ConcernStepFixDialog(ConcernStepDialog):
    """更正步骤: the recorded step's form again, prefilled, a reason required; only what changed is sent."""

    def __init__(
        self, ops: Operations, actor: Actor, code: str, recorded: StepRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, actor, code, parent)
        self.setWindowTitle(self.tr("更正问题 {0} 的{1}").format(code, recorded.step))
        self.recorded = recorded
        self.step.clear()
        self.step.addItem(recorded.step, recorded.step)
        self.step.setEnabled(False)
        self.error.setText("")
        if recorded.on is not None:
            self.on.setDate(QDate(recorded.on.year, recorded.on.month, recorded.on.day))
        match Step(recorded.step):
            case Step.ASSIGN:
                self.unit.setText(recorded.unit_code)
                self.person.setText(recorded.person_code)
                if recorded.due_on is not None:
                    self.due.setDate(QDate(recorded.due_on.year, recorded.due_on.month, recorded.due_on.day))
                self.note.setPlainText(recorded.detail)
            case Step.RESOLVE:
                self.resolver.setText(recorded.person_code)
                self.result_text.setPlainText(recorded.detail)
            case Step.FEEDBACK:
                self.visitor.setText(recorded.person_code)
                self.outcome.setCurrentText(recorded.outcome)
                self.note.setPlainText(recorded.detail)
            case Step.PROGRESS | Step.ESCALATE:
                self.note.setPlainText(recorded.detail)
        self.original.setEnabled(False)  # what a duplicate repeats: void it and mark it again
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.form.addRow(self.tr("更正原因*"), self.reason)
        self._show_fields()
        self.before = self.values()

    def values(self) -> dict[str, Any]:
        """The step's fields as the form holds them, named as the domain names them."""
        found: dict[str, Any] = {"on": to_date(self.on)}
        match Step(self.recorded.step):
            case Step.ASSIGN:
                found |= {
                    "unit_code": self.unit.text().strip(),
                    "person_code": self.person.text().strip(),
                    "due_on": to_date(self.due),
                    "note": self.note.toPlainText().strip(),
                }
            case Step.RESOLVE:
                found |= {
                    "resolver": self.resolver.text().strip(),
                    "result": self.result_text.toPlainText().strip(),
                }
            case Step.FEEDBACK:
                found |= {
                    "visitor": self.visitor.text().strip(),
                    "outcome": self.outcome.currentText(),
                    "note": self.note.toPlainText().strip(),
                }
            case Step.PROGRESS | Step.ESCALATE:
                found |= {"note": self.note.toPlainText().strip()}
        return found

    def submit(self) -> None:
        changes = {k: v for k, v in self.values().items() if v != self.before.get(k)}
        self.ops.commands.concerns.correct_concern_step(
            self.actor, self.concern_code, self.recorded.version, changes, self.reason.text()
        )


def concern_html(row: ConcernRow, timeline: list[Any], township: str, chain_head: str) -> str:
    """A concern's record as a township files it: the facts, then every step, who, when."""
    e = html.escape
    facts = [
        ("问题编号", row.code),
        ("登记日期", _d(row.raised_on)),
        ("来源", f"{row.source} {row.source_ref}"),
        ("反映人", row.resident),
        ("户编号", row.household_code),
        ("村居", row.village_name or row.village_code),
        ("类别", row.category),
        ("承办", row.handler_name),
        ("承诺时限", _d(row.due_on)),
        ("状态", row.state),
        ("回访结果", row.feedback),
        ("重办次数", str(row.reopened)),
    ]
    cells = "".join(f"<tr><th>{e(k)}</th><td>{e(v)}</td></tr>" for k, v in facts)
    steps = "".join(
        f"<tr><td>{e(_d(s.on))}</td><td>{e(s.step)}</td><td>{e(s.who)}"
        f"</td><td>{e(s.outcome)} {e(s.detail)}{' 承诺时限 ' + _d(s.due_on) if s.due_on else ''}</td><td>{e(s.operator)}{'(' + e(s.done_by) + ')' if s.done_by else ''}"
        f"</td><td>{s.recorded_at.astimezone():%Y-%m-%d %H:%M}</td></tr>"
        for s in timeline
    )
    return f"""<html><body style="font-family: 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif">
<h2 style="text-align:center">{e(township)}群众诉求办理记录</h2>
<table border="1" cellspacing="0" cellpadding="4" width="100%">{cells}
<tr><th>问题内容</th><td>{e(row.content)}</td></tr></table>
<h3>办理过程</h3>
<table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><th>日期</th><th>事项</th><th>承办/办理/回访人</th><th>情况</th><th>录入人(实际办理人)</th><th>录入时间</th></tr>
{steps}</table>
<p style="font-size:8pt">哈希链头 {e(chain_head)}</p></body></html>"""


class ConcernRecordDialog(QDialog):
    """A concern's whole history as a timeline (every step, who, when, recorded at), printable."""

    def __init__(self, ops: Operations, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("问题 {0} 的办理记录").format(code))
        self.ops, self.code = ops, code
        self.header_text = f"群众诉求办理记录 · {code}"
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("timeline")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("日期"),
                self.tr("事项"),
                self.tr("承办/办理/回访人"),
                self.tr("情况"),
                self.tr("操作员"),
                self.tr("实际办理人"),
                self.tr("录入时间"),
            ]
        )
        self.load()
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        page = parent if isinstance(parent, Page) else None
        if page is not None and page.actor.role not in rules.READ_ONLY_ROLES:
            fix = buttons.addButton(self.tr("更正步骤…"), QDialogButtonBox.ButtonRole.ActionRole)
            fix.setObjectName("btn_fix_step")
            fix.clicked.connect(lambda: self.fix_step(page.actor))
            void = buttons.addButton(self.tr("作废步骤…"), QDialogButtonBox.ButtonRole.ActionRole)
            void.setObjectName("btn_void_step")
            void.clicked.connect(lambda: self.void_step(page.actor))
        print_button = buttons.addButton(self.tr("打印…"), QDialogButtonBox.ButtonRole.ActionRole)
        pdf_button = buttons.addButton(self.tr("存为 PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        print_button.clicked.connect(self.print_preview)
        pdf_button.clicked.connect(self._save_pdf)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(960, 480)

    def load(self) -> None:
        """The concern and its timeline as the read model holds them now (again after a step's fix)."""
        query = self.ops.queries.concerns
        row = query.find(self.code)
        self.timeline_rows = query.timeline(self.code)
        campaign = self.ops.queries.settings.campaign()
        township, link = campaign[1] if campaign else "", self.ops.queries.head()[1]
        self.html = concern_html(row, self.timeline_rows, township, link) if row else ""
        self.header.setText(
            self.tr("{0} · {1} · {2}反映:{3}").format(self.code, row.state, row.resident, row.content)
            if row
            else self.code
        )
        self.table.setRowCount(len(self.timeline_rows))
        for i, s in enumerate(self.timeline_rows):
            due = self.tr("承诺时限 {0}").format(_d(s.due_on)) if s.due_on else ""
            values = [
                _d(s.on),
                s.step,
                s.who,
                " ".join(x for x in (s.outcome, s.detail, due) if x),
                f"{s.operator}@{s.workstation}",
                s.done_by,
                f"{s.recorded_at.astimezone():%Y-%m-%d %H:%M}",
            ]
            for j, value in enumerate(values):
                self.table.setItem(i, j, QTableWidgetItem(value))

    def chosen_step(self) -> StepRow | None:
        """The selected step of the timeline, if it is one a correction can name (not the registration,
        which 更正 on the ledger corrects, nor a note of a correction)."""
        chosen_rows = self.table.selectionModel().selectedRows()
        at = chosen_rows[0].row() if chosen_rows else -1
        if not 0 <= at < len(self.timeline_rows):
            QMessageBox.information(self, self.tr("办理记录"), self.tr("请先在办理过程中选中一步"))
            return None
        chosen = self.timeline_rows[at]
        if chosen.step not in {s.value for s in Step} - {Step.RAISE.value}:
            QMessageBox.information(
                self,
                self.tr("办理记录"),
                self.tr("“{0}”不是办理步骤:登记的内容请在问题台帐上用“更正…”修改").format(chosen.step),
            )
            return None
        return chosen

    def fix_step(self, actor: Actor) -> QDialog | None:
        chosen = self.chosen_step()
        if chosen is None:
            return None
        dialog = ConcernStepFixDialog(self.ops, actor, self.code, chosen, self)
        if dialog.exec():
            self.load()  # the record as corrected, the dialog kept open for the next fix
        return dialog

    def void_step(self, actor: Actor) -> None:
        from desk.gui.forms import ReasonDialog

        chosen = self.chosen_step()
        if chosen is None:
            return

        def void(d: ReasonDialog) -> None:
            self.ops.commands.concerns.void_concern_step(actor, self.code, chosen.version, d.reason.text())

        title = self.tr("作废问题 {0} 的{1}({2})").format(self.code, chosen.step, _d(chosen.on))
        if ReasonDialog(self.ops, title, void, self, with_date=False).exec():
            self.load()

    def write_pdf(self, path: Path) -> None:
        printing.write_pdf(path, self.html, self.header_text)

    def print_preview(self) -> QDialog | None:
        page = self.parent()
        if isinstance(page, Page):
            return page.preview_record(self, self.header_text, self.html, self.header_text)
        return printing.preview(self, self.html, self.header_text)

    def _save_pdf(self) -> None:
        page = self.parent()
        if isinstance(page, Page):
            page.save_pdf(self.header_text, self.html, self.header_text, parent=self)


class ConcernsPage(Page):
    """The board: one list per state and per follow-up, overdue in red; figures per village and handler."""

    watches = frozenset({"concerns", "roster", "visits", "contacts", "settings"})

    def __init__(self, ops: Operations, actor: Actor) -> None:
        super().__init__(ops, actor)
        self.query = ops.queries.concerns
        self.roster = ops.queries.roster
        self.lists = QListWidget()
        self.lists.setObjectName("concern_lists")
        self.lists.setFixedWidth(150)
        self.list_labels = dict(
            zip(
                LISTS,
                (
                    self.tr("全部"),
                    self.tr("已登记"),
                    self.tr("办理中"),
                    self.tr("待回访"),
                    self.tr("已回访"),
                    self.tr("已归档"),
                    self.tr("重复"),
                    self.tr("超期"),
                    self.tr("不满意重办"),
                    self.tr("已上报"),
                ),
                strict=True,
            )
        )
        for name in LISTS:
            item = QListWidgetItem(self.list_labels[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.lists.addItem(item)
        self.lists.setCurrentRow(0)
        self.search = QLineEdit()
        self.search.setObjectName("concern_search")
        self.search.setPlaceholderText(self.tr("按问题编号、反映人、户编号、类别或内容搜索"))
        self.village = QComboBox()
        self.village.setObjectName("concern_village")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.village, 1)
        self.history = QCheckBox(self.tr("显示已作废/已更正"))
        self.history.setObjectName("show_history")
        self.history.setToolTip(self.tr("作废的问题和更正前的原记录也列出(划线),与现行记录同列"))
        bar.addWidget(self.history)
        self.model = LazyTableModel(
            [
                Column(self.tr("问题编号"), lambda r: r.code, "code"),
                Column(self.tr("登记日期"), lambda r: _d(r.raised_on), "raised_on"),
                Column(self.tr("村居"), lambda r: r.village_name, "village"),
                Column(self.tr("反映人"), lambda r: r.resident, "resident"),
                Column(self.tr("类别"), lambda r: r.category),
                Column(self.tr("问题内容"), lambda r: r.content),
                Column(self.tr("来源"), lambda r: r.source),
                Column(
                    self.tr("状态"), lambda r: r.state + (self.tr("(超期)") if r.overdue else ""), "state"
                ),
                Column(self.tr("承办"), lambda r: r.handler_name),
                Column(self.tr("承诺时限"), lambda r: _d(r.due_on), "due_on"),
                Column(self.tr("已办天数"), lambda r: r.days_open),
                Column(self.tr("回访"), lambda r: r.feedback),
                Column(self.tr("重办"), lambda r: r.reopened or ""),
                Column(self.tr("上报"), lambda r: r.escalated),
            ],
            self._ids,
            lambda ids: self.query.rows(ids, self.today(), self.up_to),
            self,
            foreground=lambda r: OVERDUE if r.overdue else None,
        )
        self.view = make_table(self.model, "concern_table")
        self.view.doubleClicked.connect(lambda _i: self.show_record())
        self.follow_table = QTableWidget(0, 9)
        self.follow_table.setObjectName("follow_ups")
        self.follow_table.setHorizontalHeaderLabels(
            [
                self.tr("规则"),
                self.tr("跟进事项"),
                self.tr("问题编号"),
                self.tr("村居"),
                self.tr("承办"),
                self.tr("自何时"),
                self.tr("承诺时限"),
                self.tr("反映人"),
                self.tr("问题内容"),
            ]
        )
        self.follow_table.horizontalHeader().setStretchLastSection(True)
        self.figures_by = QComboBox()
        self.figures_by.addItem(self.tr("按村居/单位"), "village")
        self.figures_by.addItem(self.tr("按承办单位"), "unit")
        self.figures_by.addItem(self.tr("按承办人"), "person")
        self.figures_table = QTableWidget(0, 8)
        self.figures_table.setObjectName("concern_figures")
        self.figures_table.setHorizontalHeaderLabels(
            [
                self.tr("编码"),
                self.tr("名称"),
                self.tr("登记"),
                self.tr("办结"),
                self.tr("办结率"),
                self.tr("满意率"),
                self.tr("超期未办"),
                self.tr("平均办理天数"),
            ]
        )
        figures = QWidget()
        col = QVBoxLayout(figures)
        col.addWidget(self.figures_by)
        col.addWidget(self.figures_table)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.view, self.tr("问题列表"))
        self.tabs.addTab(self.follow_table, self.tr("跟进"))
        self.tabs.addTab(figures, self.tr("统计"))
        buttons = QHBoxLayout()
        writable = actor.role not in rules.READ_ONLY_ROLES
        add_buttons(
            buttons,
            [
                (self.tr("登记问题…"), self.raise_concern, "btn_raise", writable),
                (self.tr("办理…"), self.next_step, "btn_step", writable),
                (self.tr("办理记录…"), self.show_record, "btn_record", True),
                (self.tr("更正…"), self.correct, "btn_correct", writable),
                (self.tr("作废…"), self.void, "btn_void", writable),
                (
                    self.tr("导出…"),
                    lambda: self.export_view(self.tr("问题办理台帐"), self.model),
                    "btn_export",
                    True,
                ),
                (
                    self.tr("打印…"),
                    lambda: self.print_view(self.tr("问题办理台帐"), self.model),
                    "btn_print",
                    True,
                ),
            ],
        )
        buttons.addStretch(1)
        self.count = QLabel()
        buttons.addWidget(self.count)
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)
        outer = QHBoxLayout(self)
        outer.addWidget(self.lists)
        outer.addWidget(right, 1)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.village.currentIndexChanged.connect(lambda _i: self.refresh())
        self.history.toggled.connect(self._show_history)
        self.lists.currentRowChanged.connect(lambda _r: self.refresh())
        self.figures_by.currentIndexChanged.connect(lambda _i: self._load_figures())
        self._load_villages()
        self.refresh()

    def _load_villages(self) -> None:
        fill_unit_combo(self.village, self.roster.units(self.up_to), self.tr("全部村居"), villages_only=True)

    def _show_history(self, _shown: bool) -> None:
        self.refresh()
        self.view.resizeColumnToContents(0)  # room for the 〔更正前〕 mark after the code

    def filter(self) -> ConcernFilter:
        item = self.lists.currentItem()
        return ConcernFilter(
            text=self.search.text().strip(),
            village_code=self.village.currentData() or "",
            list_name=item.data(Qt.ItemDataRole.UserRole) if item else "全部",
            up_to=self.up_to,
            day=self.today(),
            history=self.history.isChecked(),
        )

    def _ids(self, sort: str, desc: bool) -> list[int]:
        return self.query.ids(self.filter(), sort, desc)

    def refresh(self) -> None:
        self.model.refresh()
        base = self.filter()
        for i in range(self.lists.count()):
            item = self.lists.item(i)
            name = item.data(Qt.ItemDataRole.UserRole)
            f = ConcernFilter(
                text=base.text, village_code=base.village_code, list_name=name, up_to=self.up_to, day=base.day
            )
            item.setText(f"{self.list_labels[name]}  {self.query.count(f)}")
        self.count.setText(self.tr("共 {0} 件").format(self.model.rowCount()))
        self._load_follow_ups()
        self._load_figures()

    def _load_follow_ups(self) -> None:
        found = self.query.follow_ups(self.today(), self.up_to)
        self.follow_table.setRowCount(len(found))
        for i, f in enumerate(found):
            for j, value in enumerate(
                (
                    f.rule,
                    FOLLOW_UP_EN.get(f.what, f.what) if english() else f.what,
                    f.code,
                    f.village_name,
                    f.handler,
                    _d(f.since),
                    _d(f.due_on),
                    f.resident,
                    f.content,
                )
            ):
                item = QTableWidgetItem(value)
                if f.rule == "R-Q4":
                    item.setForeground(OVERDUE)
                self.follow_table.setItem(i, j, item)
        self.follow_table.resizeColumnsToContents()

    def _load_figures(self) -> None:
        figures = self.query.figures(self.figures_by.currentData() or "village", self.today(), self.up_to)
        if figures:
            resolved = sum(f.resolved for f in figures)
            days = sum((f.mean_days or 0) * f.resolved for f in figures)
            figures.append(
                ConcernFigures(
                    "",
                    self.tr("合计"),
                    sum(f.raised for f in figures),
                    resolved,
                    sum(f.satisfied for f in figures),
                    sum(f.rated for f in figures),
                    sum(f.open_overdue for f in figures),
                    days / resolved if resolved else None,
                )
            )
        self.figures_table.setRowCount(len(figures))

        def pct(x: float | None) -> str:
            return f"{x:.0%}" if x is not None else "—"

        for i, f in enumerate(figures):
            values = (
                f.key,
                f.name,
                str(f.raised),
                str(f.resolved),
                pct(f.resolution_rate),
                pct(f.satisfaction_rate),
                str(f.open_overdue),
                f"{f.mean_days:.1f}" if f.mean_days is not None else "—",
            )
            for j, value in enumerate(values):
                self.figures_table.setItem(i, j, QTableWidgetItem(value))
        self.figures_table.resizeColumnsToContents()

    def selected(self) -> ConcernRow | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("提示"), self.tr("请先选中一个问题"))
            return None
        row: ConcernRow | None = self.model.row_at(rows[0].row())
        return row

    def next_code(self) -> str:
        """A proposal the clerk may overwrite: Q, the year, and the next number."""
        year = self.today().year
        numbers = [int(c[5:]) for c in self.query.codes() if c.startswith(f"Q{year}") and c[5:].isdigit()]
        return f"Q{year}{max(numbers, default=0) + 1:04d}"

    def raise_concern(self) -> None:
        village = self.village.currentData() or (self.actor.units[0] if self.actor.units else "")
        RaiseConcernDialog(self.ops, self.actor, self.next_code(), village, self).exec()

    def next_step(self) -> None:
        row = self.selected()
        if row is not None:
            ConcernStepDialog(self.ops, self.actor, row.code, self).exec()

    def show_record(self) -> None:
        row = self.selected()
        if row is not None:
            ConcernRecordDialog(self.ops, row.code, self).exec()

    def correct(self) -> None:
        from desk.gui.forms import CorrectionDialog

        row = self.selected()
        if row is not None:
            CorrectionDialog(self.ops, self.actor, "concern", row.code, self).exec()

    def void(self) -> None:
        from desk.gui.forms import ReasonDialog

        row = self.selected()
        if row is None:
            return

        def void(d: ReasonDialog) -> None:
            self.ops.commands.void_record(self.actor, "concern", row.code, d.reason.text())

        ReasonDialog(self.ops, self.tr("作废问题 {0}").format(row.code), void, self, with_date=False).exec()
