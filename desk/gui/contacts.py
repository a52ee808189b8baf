"""联系台帐: the contact ledger, pairing with only eligible targets, keyboard-first contacts and talks,
报学教办 per unit, and each cadre's 连心册 printed as a booklet."""

from __future__ import annotations

import html
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
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
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desk.gui import printing
from desk.gui.forms import CtrlEnter, RecordDialog, date_edit, store_unless_double, to_date
from desk.gui.models import Column, LazyTableModel
from desk.gui.operations import Operations, english
from desk.gui.output import save_file_name
from desk.gui.pages import Page, add_buttons, fill_unit_combo, make_table
from desk.sheets import append_row, landing, save_workbook
from domain import rules
from domain.base import Actor
from domain.catalogue import describe
from domain.contacts import WAYS, arranging_authority, parse_entry_code, requirements
from domain.errors import DomainError
from domain.quota import QuotaRole
from projections.contacts import (
    REPORT_STATES,
    BookletEntry,
    BookletTarget,
    BookletView,
    LedgerFilter,
    LedgerRow,
)

BEHIND = QColor("#b45309")


def _d(value: date | None) -> str:
    return f"{value:%Y-%m-%d}" if value else ""


class CadreField(QWidget):
    """A cadre by code, name or pinyin initials; shows who it is and what their duty is.

    `changed` fires when the field names a cadre: as soon as a full code is typed, or when a name or
    initials are confirmed (Tab) and match one person."""

    changed = Signal()

    def __init__(self, ops: Operations, code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.edit = QLineEdit(code)
        self.edit.setObjectName("cadre_code")
        self.edit.setPlaceholderText(self.tr("干部编号、姓名或拼音首字母"))
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.info)
        self.setFocusProxy(self.edit)
        self.edit.editingFinished.connect(self.resolve)
        self.edit.textChanged.connect(self._typed)
        self.resolve()

    def _typed(self, text: str) -> None:
        if self.ops.commands.person(text.strip()) is not None:
            self.resolve()

    def code(self) -> str:
        return self.edit.text().strip()

    def resolve(self) -> None:
        """Turns a name or initials into the code when exactly one person with a duty matches."""
        text = self.code()
        if not text:
            self.info.clear()
            return
        rows = self.ops.queries.contacts.ledger(LedgerFilter(text=text))
        exact = [r for r in rows if r.code == text] or (rows if len(rows) == 1 else [])
        if exact:
            row = exact[0]
            if self.edit.text() != row.code:
                self.edit.setText(row.code)
            self.info.setText(f"{row.name} · {row.unit_name} · {row.role} · {self.tr('应结对')}:{row.duty}")
            self.changed.emit()
        elif rows:
            self.info.setText(
                self.tr("有 {0} 人符合,请输入编号:{1}").format(
                    len(rows), "、".join(f"{r.code} {r.name}" for r in rows[:6])
                )
            )
        else:
            self.info.setText(self.tr("没有找到有联系任务的“{0}”").format(text))


class PairingDialog(RecordDialog):
    """结对: for the chosen cadre, what is required, and only the eligible targets (R-C1)."""

    def __init__(self, ops: Operations, actor: Actor, cadre: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("结对"), parent)
        self.actor = actor
        self.query = ops.queries.contacts
        self.notes: list[str] = []  # flags of what was stored (R-C4), shown on the page
        self.cadre = CadreField(ops, cadre)
        self.kind = QComboBox()
        self.kind.setObjectName("pair_kind")
        self.search = QLineEdit()
        self.search.setObjectName("pair_search")
        self.search.setPlaceholderText(self.tr("按编号、姓名或拼音首字母查找对象"))
        self.targets = QListWidget()
        self.targets.setObjectName("pair_targets")
        self.targets.setMinimumHeight(160)
        self.arranged_by = QLineEdit()
        self.arranged_by.setObjectName("pair_arranged_by")
        self.authority = QLabel()
        today = ops.commands.clock.today()
        self.on = date_edit(today)
        self.reported = QCheckBox(self.tr("已报学教办,上报日期:"))
        self.reported_on = date_edit(today)
        reported = QWidget()
        row = QHBoxLayout(reported)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.reported)
        row.addWidget(self.reported_on)
        self.form.addRow(self.tr("干部*"), self.cadre)
        self.form.addRow(self.tr("对象类别*"), self.kind)
        self.form.addRow(self.tr("查找对象"), self.search)
        self.form.addRow(self.tr("对象*"), self.targets)
        self.form.addRow(self.tr("安排单位编码*"), self.arranged_by)
        self.form.addRow("", self.authority)
        self.form.addRow(self.tr("结对日期*"), self.on)
        self.form.addRow("", reported)
        self.cadre.changed.connect(self._load_kinds)
        self.kind.currentIndexChanged.connect(lambda _i: self._load_targets())
        self.search.textChanged.connect(lambda _t: self._load_targets())
        self._load_kinds()
        self.resize(560, 620)

    def _person(self) -> Any:
        return self.ops.commands.person(self.cadre.code())

    def _load_kinds(self) -> None:
        person = self._person()
        self.kind.blockSignals(True)
        self.kind.clear()
        if person is not None:
            role = self.ops.commands.contacts.role_of(person)
            for req in requirements(role, self.ops.commands.parameters().contact_quota):
                self.kind.addItem(req.kind, req.kind)
        self.kind.blockSignals(False)
        self._load_targets()

    def _load_targets(self) -> None:
        self.targets.clear()
        kind = self.kind.currentData()
        person = self._person()
        if not kind or person is None:
            self.authority.clear()
            return
        for code, name, where in self.query.candidates(person.code, kind, self.search.text().strip()):
            item = QListWidgetItem(f"{code}  {name}  ({where})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.targets.addItem(item)
        role = self.ops.commands.contacts.role_of(person)
        self.authority.setText(self.tr("由{0}安排").format(arranging_authority(role, kind, person)))
        if not self.arranged_by.text():
            self.arranged_by.setText(self._default_authority(role, kind, person))

    def _default_authority(self, role: QuotaRole, kind: str, person: Any) -> str:
        if role is QuotaRole.LEADER:
            offices = [u.code for u in self.ops.queries.roster.units() if u.kind == "学教办"]
            return offices[0] if offices else ""
        if role is QuotaRole.ASSIGNED_CADRE:
            return str(person.assigned_village)
        if role is QuotaRole.ORGAN_MEMBER:
            return str(person.branch_code)
        return str(person.unit_code)

    def target(self) -> str:
        item = self.targets.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def submit(self) -> None:
        reported = to_date(self.reported_on) if self.reported.isChecked() else None
        flags = self.ops.commands.contacts.pair(
            self.actor,
            self.cadre.code(),
            self.kind.currentData() or "",
            self.target(),
            self.arranged_by.text(),
            to_date(self.on),
            reported,
        )
        self.notes = [f"{c} {m}" for c, m in flags]


class ContactDialog(RecordDialog):
    """联系 (or 谈心): keyboard-first — type the cadre, Tab, pick the target, Tab, …, Ctrl+Enter to save.

    "保存并录下一条" keeps the cadre and the date for the next contact from the same booklet page."""

    def __init__(
        self,
        ops: Operations,
        actor: Actor,
        cadre: str = "",
        *,
        talk: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ops, self.tr("谈心") if talk else self.tr("记录联系"), parent)
        self.actor = actor
        self.talk = talk
        self.query = ops.queries.contacts
        self.cadre = CadreField(ops, cadre)
        self.target = QComboBox()
        self.target.setObjectName("contact_target")
        self.on = date_edit(ops.commands.clock.today())
        self.way = QComboBox()
        self.way.setObjectName("contact_way")
        self.way.addItems(list(WAYS))
        self.content = QPlainTextEdit()
        self.content.setObjectName("contact_content")
        self.content.setTabChangesFocus(True)
        self.content.setFixedHeight(70)
        self.problem = QPlainTextEdit()
        self.problem.setObjectName("contact_problem")
        self.problem.setTabChangesFocus(True)
        self.problem.setFixedHeight(50)
        self.problem.setPlaceholderText(self.tr("填写后登记为问题(来源:联系)"))
        self.form.addRow(self.tr("干部*"), self.cadre)
        self.form.addRow(self.tr("谈心对象*") if talk else self.tr("联系对象*"), self.target)
        self.form.addRow(self.tr("日期*"), self.on)
        if not talk:
            self.form.addRow(self.tr("方式*"), self.way)
        self.form.addRow(self.tr("内容"), self.content)
        if not talk:
            self.form.addRow(self.tr("反映问题"), self.problem)
        self.next_button = QPushButton(self.tr("保存并录下一条"))
        self.next_button.setObjectName("btn_save_next")
        self.next_button.clicked.connect(self.save_and_next)
        self.form.addRow("", self.next_button)
        self.saved = 0
        # Ctrl+Enter saves from any field, even the text boxes (which take plain Enter for new lines)
        self.ctrl_enter = CtrlEnter(
            self.save_and_next,
            self,
            (self.cadre.edit, self.target, self.on, self.way, self.content, self.problem),
        )
        self.cadre.changed.connect(self._load_targets)
        self._load_targets()

    def _load_targets(self) -> None:
        current = self.target.currentData()
        self.target.clear()
        kind = "困难党员" if self.talk else ""
        for code, name, k in self.query.active_targets(self.cadre.code(), kind):
            self.target.addItem(f"{code} {name}({k})", code)
        index = self.target.findData(current)
        self.target.setCurrentIndex(max(index, 0))

    def submit(self) -> None:
        app, target = self.ops.commands, self.target.currentData() or ""
        if self.talk:
            store_unless_double(
                self,
                app.contacts.record_talk,
                self.actor,
                self.cadre.code(),
                target,
                to_date(self.on),
                self.content.toPlainText(),
            )
        else:
            store_unless_double(
                self,
                app.contacts.record_contact,
                self.actor,
                self.cadre.code(),
                target,
                to_date(self.on),
                self.way.currentText(),
                self.content.toPlainText(),
                problem=self.problem.toPlainText(),
            )

    def save_and_next(self) -> None:
        """Stores this one and clears what differs between entries; on a refusal nothing is cleared."""
        self.error.clear()
        if self.ops.run(None, self.submit):
            self.saved += 1
            self.content.clear()
            self.problem.clear()
            self.error.setStyleSheet("color: #1b5e20")
            self.error.setText(self.tr("已保存 {0} 条").format(self.saved))
            self.target.setFocus()
        else:
            self.error.setStyleSheet("color: #b00020")


class EndPairingDialog(RecordDialog):
    """结束结对: which pairing, when and why; its contacts stay in the booklet."""

    def __init__(self, ops: Operations, actor: Actor, cadre: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("结束结对"), parent)
        self.actor = actor
        self.cadre = cadre
        self.which = QComboBox()
        self.which.setObjectName("end_which")
        booklet = ops.commands.contacts.booklet(cadre)
        numbers = {p.target: p.no for p in booklet.pairings.values() if p.active} if booklet else {}
        for target, name, kind in ops.queries.contacts.active_targets(cadre):
            self.which.addItem(f"{target} {name}({kind})", numbers.get(target, 0))
        self.on = date_edit(ops.commands.clock.today())
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.form.addRow(self.tr("结对对象"), self.which)
        self.form.addRow(self.tr("结束日期"), self.on)
        self.form.addRow(self.tr("原因*"), self.reason)

    def submit(self) -> None:
        self.ops.commands.contacts.end_pairing(
            self.actor, self.cadre, int(self.which.currentData() or 0), to_date(self.on), self.reason.text()
        )


class ReportDialog(QDialog):
    """报学教办: a unit reports every pairing it arranged and has not yet reported, on one date."""

    def __init__(self, ops: Operations, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.actor = actor
        self.setWindowTitle(self.tr("结对情况报学教办"))
        self.query = ops.queries.contacts
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("report_units")
        self.table.setHorizontalHeaderLabels(
            [self.tr("安排单位"), self.tr("名称"), self.tr("结对数"), self.tr("未上报")]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.on = date_edit(ops.commands.clock.today())
        deadline = ops.commands.parameters().pairing_report_deadline
        note = QLabel(self.tr("上报截止日 {0}(含当日);之后上报的标记为补报(R-C4)。").format(_d(deadline)))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        report = buttons.addButton(self.tr("上报所选单位"), QDialogButtonBox.ButtonRole.ActionRole)
        report.setObjectName("btn_report")
        report.clicked.connect(self.report_selected)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("上报日期")))
        row.addWidget(self.on)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.load()
        self.resize(560, 420)

    def load(self) -> None:
        units = self.query.arranging_units()
        self.table.setRowCount(len(units))
        for i, (code, name, total, open_) in enumerate(units):
            for j, value in enumerate((code, name, str(total), str(open_))):
                self.table.setItem(i, j, QTableWidgetItem(value))

    def report_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.error.setText(self.tr("请先选中一个单位"))
            return
        item = self.table.item(rows[0].row(), 0)
        if item is None:
            return
        unit = item.text()
        pending = self.query.unreported(unit)
        if self.ops.run(
            None, self.ops.commands.contacts.report_pairings, self.actor, unit, to_date(self.on), pending
        ):
            self.error.clear()
            self.load()
        else:  # the refusal itself, on this dialog (the rule and what would make it acceptable)
            code, message = self.ops.last_rejection
            self.error.setText(describe(code, message, english()) if code else message)


def booklet_html(view: BookletView, township: str, chain_head: str) -> str:
    """The 连心册 as a township files it: a cover, then a page per paired person."""
    e = html.escape
    cover = f"""<h1 style="text-align:center">连 心 册</h1>
<p style="text-align:center">{e(township)}“走进群众”活动</p>
<table border="1" cellspacing="0" cellpadding="6" width="100%">
<tr><th width="25%">姓名</th><td>{e(view.cadre_name)}({e(view.cadre_code)})</td></tr>
<tr><th>单位</th><td>{e(view.unit_name)}</td></tr>
<tr><th>联系任务</th><td>{e(view.role)}:{e(view.duty)}</td></tr>
<tr><th>完成情况</th><td>{"已达标" if view.met else "未达标"}</td></tr></table>
<h3>结对对象</h3><table border="1" cellspacing="0" cellpadding="4" width="100%">
<tr><th>序号</th><th>类别</th><th>对象</th><th>结对日期</th><th>安排单位</th><th>报学教办</th><th>联系次数</th></tr>"""
    for i, t in enumerate(view.targets, 1):
        ended = f"(已于{_d(t.ended_on)}结束)" if t.ended_on else ""
        contacts = sum(1 for x in t.entries if x.kind == "联系")
        cover += (
            f"<tr><td>{i}</td><td>{e(t.kind)}</td><td>{e(t.name)}{e(ended)}</td><td>{_d(t.paired_on)}</td>"
            f"<td>{e(t.arranged_by)}</td><td>{_d(t.reported_on) or '未上报'}</td><td>{contacts}</td></tr>"
        )
    cover += "</table>"
    pages = []
    for i, t in enumerate(view.targets, 1):
        rows = (
            "".join(
                f"<tr><td>{_d(x.on)}</td><td>{e(x.kind)}{'·' + e(x.way) if x.way else ''}</td><td>{e(x.content)}</td>"
                f"<td>{e(x.concern_code)} {e(x.concern_state)} {e(x.concern_result)} {e(x.concern_feedback)}</td></tr>"
                for x in t.entries
            )
            or '<tr><td colspan="4">尚无联系记录</td></tr>'
        )
        pages.append(f"""<h2 style="page-break-before: always">{i}. {e(t.name)}({e(t.kind)})</h2>
<table border="1" cellspacing="0" cellpadding="5" width="100%">
<tr><th width="22%">基本情况</th><td>{e(t.situation)}</td></tr>
<tr><th>联系电话</th><td>{e(t.phone)}</td></tr>
<tr><th>结对</th><td>{_d(t.paired_on)} 由{e(t.arranged_by)}安排{";" + _d(t.ended_on) + " 结束" if t.ended_on else ""}</td></tr>
</table>
<h3>联系与谈心记录</h3>
<table border="1" cellspacing="0" cellpadding="5" width="100%">
<tr><th width="16%">日期</th><th width="14%">方式</th><th>内容</th><th width="30%">反映问题及办理结果</th></tr>
{rows}</table>""")
    return (
        f"<html><body>{cover}{''.join(pages)}"
        f"<p style='font-size:7pt'>哈希链头 {e(chain_head)}</p></body></html>"
    )


class BookletDialog(QDialog):
    """A cadre's 连心册: on screen, print preview, PDF (A4, the cadre's name on every page) and .xlsx."""

    def __init__(self, ops: Operations, cadre: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)

        self.ops = ops
        self.view = ops.queries.contacts.booklet(cadre)
        campaign = ops.queries.settings.campaign()
        township = campaign[1] if campaign else ""
        self.html = booklet_html(self.view, township, ops.queries.head()[1]) if self.view else ""
        self.header = f"连心册 · {self.view.cadre_name}({self.view.unit_name})" if self.view else ""
        self.setWindowTitle(self.tr("连心册 — {0}").format(self.view.cadre_name if self.view else cadre))
        self.browser = QTextBrowser()
        self.browser.setHtml(self.html)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for text, slot in (
            (self.tr("打印…"), self.print_preview),
            (self.tr("存为 PDF…"), self._save_pdf),
            (self.tr("导出 Excel…"), self._save_xlsx),
        ):
            button = buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(slot)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(820, 760)

    def write_pdf(self, path: Path) -> int:
        return printing.write_pdf(path, self.html, self.header)

    def print_preview(self) -> QDialog | None:
        page = self.parent()
        if isinstance(page, Page):
            return page.preview_record(self, self.header, self.html, self.header)
        return printing.preview(self, self.html, self.header)

    def write_xlsx(self, path: Path) -> None:
        from openpyxl import Workbook

        assert self.view is not None
        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.title = "连心册"
        append_row(
            ws,
            [f"连心册:{self.view.cadre_name}({self.view.cadre_code}) {self.view.unit_name} {self.view.duty}"],
        )
        append_row(
            ws,
            [
                "对象",
                "类别",
                "基本情况",
                "联系电话",
                "结对日期",
                "日期",
                "方式",
                "内容",
                "反映问题",
                "办理情况",
            ],
        )
        head_id, link = self.ops.queries.head()
        for t in self.view.targets:
            entries: list[BookletEntry | None] = list(t.entries) or [None]
            for x in entries:
                append_row(
                    ws,
                    [
                        t.name,
                        t.kind,
                        t.situation,
                        t.phone,
                        _d(t.paired_on),
                        _d(x.on) if x else "",
                        (x.kind + " " + x.way).strip() if x else "",
                        x.content if x else "",
                        x.concern_code if x else "",
                        f"{x.concern_state} {x.concern_result}".strip() if x else "",
                    ],
                )
        append_row(ws, [])
        append_row(ws, [f"截至第 {head_id} 号事件,哈希链头 {link}"])
        with landing(path) as partial:
            save_workbook(wb, partial)

    def _save_pdf(self) -> None:
        page = self.parent()
        if isinstance(page, Page):
            page.save_pdf(self.header, self.html, self.header, parent=self)

    def _save_xlsx(self) -> None:
        page = self.parent()
        path = save_file_name(self, self.tr("导出 Excel"), f"{self.header}.xlsx", "Excel (*.xlsx)")
        if path is None or not isinstance(page, Page):
            return
        try:
            self.write_xlsx(path)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("未能导出"), error.message)
            return
        page._audit_output(self.tr("导出"), path.name, page.provenance(self.header))


class BookletEntryDialog(RecordDialog):
    """A form about one entry of a cadre's 连心册 (a pairing, a contact or a talk), chosen from a list."""

    def __init__(
        self, ops: Operations, actor: Actor, cadre: str, title: str, name: str, parent: QWidget | None
    ) -> None:
        super().__init__(ops, title, parent)
        self.actor, self.cadre = actor, cadre
        self.pairings: dict[str, BookletTarget] = {}
        self.entries: dict[str, BookletEntry] = {}
        self.entry = QComboBox()
        self.entry.setObjectName(name)
        view = ops.queries.contacts.booklet(cadre)
        for t in view.targets if view else []:
            self.pairings[t.pairing] = t
            self.entry.addItem(
                f"{t.pairing} · {self.tr('结对')} {t.kind} {t.name} · {_d(t.paired_on)}", t.pairing
            )
            for x in t.entries:
                self.entries[x.code] = x
                self.entry.addItem(f"{x.code} · {x.kind} {t.name} · {_d(x.on)} {x.content[:20]}", x.code)


class VoidEntryDialog(BookletEntryDialog):
    """作废 a pairing, a contact or a talk of a cadre's 连心册 (entered by mistake), with a reason; the
    original stays in the record, marked void, and both are in the audit trail."""

    def __init__(self, ops: Operations, actor: Actor, cadre: str, parent: QWidget | None = None) -> None:
        title = self.tr("作废 {0} 的连心册记录").format(cadre)
        super().__init__(ops, actor, cadre, title, "void_entry", parent)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.form.addRow(self.tr("记录*"), self.entry)
        self.form.addRow(self.tr("作废原因*"), self.reason)

    def submit(self) -> None:
        code = self.entry.currentData() or ""
        raised = self.entries[code].concern_code if code in self.entries else ""
        with_concerns = False
        if raised and self.reason.text().strip():
            asked = QMessageBox.question(
                self,
                self.tr("作废联系 {0}").format(code),
                self.tr(
                    "这次联系登记了问题 {0},是否一并作废?选“是”一并作废(这次联系本不存在);选“否”问题保留(群众确实反映过)"
                ).format(raised),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            with_concerns = asked == QMessageBox.StandardButton.Yes
        self.ops.commands.contacts.void_booklet_entry(
            self.actor, self.cadre, code, self.reason.text(), with_concerns=with_concerns
        )


class CorrectEntryDialog(BookletEntryDialog):
    """更正 a pairing (its date, its report date), a contact or a talk of a cadre's 连心册: the entry chosen,
    its date, way and content prefilled, a reason required; only what changed is sent. Whom it was with is
    not corrected: void it instead."""

    def __init__(self, ops: Operations, actor: Actor, cadre: str, parent: QWidget | None = None) -> None:
        title = self.tr("更正 {0} 的联系或谈心记录").format(cadre)
        super().__init__(ops, actor, cadre, title, "correct_entry", parent)
        self.on = date_edit(ops.commands.clock.today())
        self.way = QComboBox()
        self.way.setObjectName("correct_way")
        self.way.addItems(list(WAYS))
        self.content = QPlainTextEdit()
        self.content.setObjectName("correct_content")
        self.content.setTabChangesFocus(True)
        self.content.setFixedHeight(80)
        self.reported = QCheckBox(self.tr("已报学教办"))
        self.reported_on = date_edit(ops.commands.clock.today())
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.form.addRow(self.tr("记录*"), self.entry)
        self.form.addRow(self.tr("日期"), self.on)
        self.form.addRow(self.reported, self.reported_on)
        self.form.addRow(self.tr("联系方式"), self.way)
        self.form.addRow(self.tr("内容"), self.content)
        self.form.addRow(self.tr("更正原因*"), self.reason)
        self.entry.currentIndexChanged.connect(lambda _i: self._prefill())
        self._prefill()

    def chosen(self) -> BookletEntry | None:
        return self.entries.get(self.entry.currentData() or "")

    def _prefill(self) -> None:
        pairing = self.pairings.get(self.entry.currentData() or "")
        self.form.setRowVisible(self.reported_on, pairing is not None)
        self.form.setRowVisible(self.content, pairing is None)
        if pairing is not None:  # a pairing: its date and its report date
            self.on.setDate(QDate(pairing.paired_on.year, pairing.paired_on.month, pairing.paired_on.day))
            self.form.setRowVisible(self.way, False)
            self.reported.setChecked(pairing.reported_on is not None)
            day = pairing.reported_on or pairing.paired_on
            self.reported_on.setDate(QDate(day.year, day.month, day.day))
            return
        x = self.chosen()
        if x is None:
            return
        self.on.setDate(QDate(x.on.year, x.on.month, x.on.day))
        self.way.setCurrentText(x.way)
        self.form.setRowVisible(self.way, bool(x.way))  # a talk has no way
        self.content.setPlainText(x.content)

    def submit(self) -> None:
        pairing = self.pairings.get(self.entry.currentData() or "")
        if pairing is not None:
            fixed: dict[str, Any] = {"on": to_date(self.on)}
            fixed["reported_on"] = to_date(self.reported_on) if self.reported.isChecked() else None
            was = {"on": pairing.paired_on, "reported_on": pairing.reported_on}
            self.ops.commands.contacts.correct_pairing(
                self.actor,
                self.cadre,
                (parse_entry_code(pairing.pairing) or ("", "", 0))[2],
                {k: v for k, v in fixed.items() if v != was[k]},
                self.reason.text(),
            )
            return
        x = self.chosen()
        code = x.code if x is not None else ""
        now: dict[str, Any] = {"on": to_date(self.on), "content": self.content.toPlainText().strip()}
        if x is not None and x.way:
            now["way"] = self.way.currentText()
        before = {"on": x.on, "way": x.way, "content": x.content} if x is not None else {}
        changes = {k: v for k, v in now.items() if v != before.get(k)}
        self.ops.commands.contacts.correct_booklet_entry(
            self.actor, self.cadre, code, changes, self.reason.text()
        )


class ContactLedgerPage(Page):
    """The contact ledger: one row per person with a duty, behind-quota first (R-C7)."""

    watches = frozenset({"contacts", "roster", "concerns", "settings"})

    def __init__(self, ops: Operations, actor: Actor) -> None:
        super().__init__(ops, actor)
        self.query = ops.queries.contacts
        self.roster = ops.queries.roster
        self.rows: list[LedgerRow] = []
        self.search = QLineEdit()
        self.search.setObjectName("ledger_search")
        self.search.setPlaceholderText(self.tr("按编号、姓名或拼音首字母搜索"))
        self.unit = QComboBox()
        self.unit.setObjectName("ledger_unit")
        self.role = QComboBox()
        self.role.setObjectName("ledger_role")
        self.role.addItem(self.tr("全部联系任务"), "")
        for r in QuotaRole:
            if r is not QuotaRole.NONE:
                self.role.addItem(r.value, r.value)
        self.status = QComboBox()
        self.status.setObjectName("ledger_status")
        for label, value in ((self.tr("全部"), None), (self.tr("未达标"), False), (self.tr("已达标"), True)):
            self.status.addItem(label, value)
        self.report = QComboBox()
        self.report.addItem(self.tr("全部上报情况"), "")
        for state in REPORT_STATES:
            self.report.addItem(state, state)
        bar = QHBoxLayout()
        for widget, stretch in (
            (self.search, 2),
            (self.unit, 1),
            (self.role, 0),
            (self.status, 0),
            (self.report, 0),
        ):
            bar.addWidget(widget, stretch)
        self.model = LazyTableModel(
            [
                Column(self.tr("人员编号"), lambda r: r.code),
                Column(self.tr("姓名"), lambda r: r.name),
                Column(self.tr("单位"), lambda r: r.unit_name),
                Column(self.tr("联系任务"), lambda r: r.role),
                Column(self.tr("应结对"), lambda r: r.duty),
                Column(self.tr("已结对"), lambda r: r.paired),
                Column(self.tr("已联系"), lambda r: f"{r.contacted}/{r.paired_count}"),
                Column(
                    self.tr("谈心"), lambda r: f"{r.talks}/{r.talks_required}" if r.talks_required else ""
                ),
                Column(self.tr("报学教办"), lambda r: r.report),
                Column(self.tr("达标"), lambda r: r.met),
                Column(self.tr("尚缺"), lambda r: r.missing),
            ],
            self._ids,
            lambda ids: {i: self.rows[i] for i in ids if i < len(self.rows)},
            self,
            foreground=lambda r: None if r.met else BEHIND,
        )
        self.view = make_table(self.model, "contact_ledger")
        self.view.setSortingEnabled(False)
        self.view.doubleClicked.connect(lambda _i: self.show_booklet())
        self.count = QLabel()
        buttons = QHBoxLayout()
        writable = actor.role not in rules.READ_ONLY_ROLES
        add_buttons(
            buttons,
            [
                (self.tr("结对…"), self.pair, "btn_pair", writable),
                (self.tr("记录联系…"), self.contact, "btn_contact", writable),
                (self.tr("谈心…"), self.talk, "btn_talk", writable),
                (self.tr("结束结对…"), self.end_pairing, "btn_end", writable),
                (self.tr("报学教办…"), self.report_pairings, "btn_report", writable),
                (self.tr("连心册…"), self.show_booklet, "btn_booklet", True),
                (self.tr("更正记录…"), self.correct_entry, "btn_correct_entry", writable),
                (self.tr("作废记录…"), self.void_entry, "btn_void_entry", writable),
                (
                    self.tr("导出…"),
                    lambda: self.export_view(self.tr("联系台帐"), self.model),
                    "btn_export",
                    True,
                ),
                (
                    self.tr("打印…"),
                    lambda: self.print_view(self.tr("联系台帐"), self.model),
                    "btn_print",
                    True,
                ),
            ],
        )
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.search.textChanged.connect(lambda _t: self.refresh())
        for combo in (self.unit, self.role, self.status, self.report):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self._load_units()
        self.refresh()

    def _load_units(self) -> None:
        fill_unit_combo(self.unit, self.roster.units(self.up_to), self.tr("全部单位"))

    def filter(self) -> LedgerFilter:
        unit = self.unit.currentData() or ""
        return LedgerFilter(
            text=self.search.text().strip(),
            unit_codes=tuple(self.roster.subtree(unit, self.up_to)) if unit else (),
            role=self.role.currentData() or "",
            met=self.status.currentData(),
            report=self.report.currentData() or "",
            up_to=self.up_to,
        )

    def _ids(self, _sort: str, _desc: bool) -> list[int]:
        self.rows = self.query.ledger(self.filter())
        return list(range(len(self.rows)))

    def refresh(self) -> None:
        self.model.refresh()
        behind = sum(1 for r in self.rows if not r.met)
        self.count.setText(self.tr("共 {0} 人,未达标 {1} 人").format(len(self.rows), behind))

    def selected_code(self) -> str:
        rows = self.view.selectionModel().selectedRows()
        row = self.model.row_at(rows[0].row()) if rows else None
        return row.code if row else ""

    def correct_entry(self) -> None:
        cadre = self.selected_code()
        if not cadre:
            QMessageBox.information(self, self.tr("提示"), self.tr("请先选中一位干部"))
            return
        CorrectEntryDialog(self.ops, self.actor, cadre, self).exec()

    def void_entry(self) -> None:
        cadre = self.selected_code()
        if not cadre:
            QMessageBox.information(self, self.tr("提示"), self.tr("请先选中一位干部"))
            return
        VoidEntryDialog(self.ops, self.actor, cadre, self).exec()

    def pair(self) -> None:
        dialog = PairingDialog(self.ops, self.actor, self.selected_code(), self)
        dialog.exec()
        if dialog.notes:
            self.count.setText(";".join(dialog.notes))

    def contact(self) -> None:
        ContactDialog(self.ops, self.actor, self.selected_code(), parent=self).exec()

    def talk(self) -> None:
        ContactDialog(self.ops, self.actor, self.selected_code(), talk=True, parent=self).exec()

    def report_pairings(self) -> None:
        ReportDialog(self.ops, self.actor, self).exec()

    def end_pairing(self) -> None:
        code = self.selected_code()
        if not code or not self.query.active_targets(code):
            QMessageBox.information(self, self.tr("提示"), self.tr("请先选中一位有结对的干部"))
            return
        EndPairingDialog(self.ops, self.actor, code, self).exec()

    def show_booklet(self) -> None:
        code = self.selected_code()
        if not code:
            QMessageBox.information(self, self.tr("提示"), self.tr("请先选中一位干部"))
            return
        BookletDialog(self.ops, code, self).exec()
