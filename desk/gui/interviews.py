"""群众访谈日: the appendix timetable as a table and as a grid of groups × days, a dialog for each step
(scheduling shows conflicts, the notice shows the latest allowed date), printed on A4 landscape."""

from __future__ import annotations

import html
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.exports import INTERVIEW_HEADER
from desk.gui import printing
from desk.gui.forms import RecordDialog, date_edit, to_date
from desk.gui.operations import Operations, english
from desk.gui.pages import Page
from domain import rules
from domain.base import Actor
from domain.catalogue import rule_name
from domain.errors import DomainError
from domain.interviews import SOLICITATION_WAYS, STEP_FIELDS, latest_notice_day
from projections.interviews import TimetableRow

OPEN = QColor("#b45309")
STEPS = ("安排", "改期", "征求意见", "督查对接", "张贴预告", "召开")


class InterviewStepDialog(RecordDialog):
    """One step for one village; the fields shown follow the step."""

    FIELDS = {
        "安排": ("on", "group", "leader", "time", "place"),
        "改期": ("on", "time", "place", "reason"),
        "征求意见": ("on", "way", "count"),
        "督查对接": ("on", "supervisor"),
        "张贴预告": ("on", "time", "place", "participants", "posted_at"),
        "召开": ("on", "count", "problems"),
    }

    def __init__(
        self, ops: Operations, actor: Actor, village: str, step: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, self.tr("访谈日 · {0} · {1}").format(village, step), parent)
        self.actor = actor
        self.village = village
        self.step = step
        self.query = ops.queries.interviews
        self.notes: list[str] = []  # flags and statuses of what was stored, shown on the page
        app = ops.commands
        params = app.parameters()
        current = app.interviews.interview(village)
        scheduled = current.on if current and current.on else params.interview_start
        today = app.clock.today()
        self.on = date_edit(scheduled if step in ("安排", "改期", "召开") else today)
        self.on.setObjectName("interview_on")
        self.group = QSpinBox()
        self.group.setObjectName("interview_group")
        self.group.setRange(0, 99)
        self.group.setValue(1)
        self.leader = QLineEdit(current.leader if current else "")
        self.leader.setObjectName("interview_leader")
        self.time = QLineEdit(current.time if current else "")
        self.time.setObjectName("interview_time")
        self.place = QLineEdit(current.place if current else "")
        self.place.setObjectName("interview_place")
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.way = QComboBox()
        self.way.addItems(list(SOLICITATION_WAYS))
        self.count = QSpinBox()
        self.count.setObjectName("interview_count")
        self.count.setRange(0, 10000)
        self.supervisor = QLineEdit()
        self.supervisor.setObjectName("interview_supervisor")
        self.participants = QLineEdit()
        self.participants.setObjectName("interview_participants")
        self.posted_at = QLineEdit()
        self.posted_at.setObjectName("interview_posted_at")
        self.posted_at.setPlaceholderText(self.tr("如:村委会门口、主干道交叉路口"))
        self.problems = QPlainTextEdit()
        self.problems.setTabChangesFocus(True)
        self.problems.setFixedHeight(60)
        self.problems.setPlaceholderText(self.tr("每行一个问题,各自登记为问题(来源:访谈日)"))
        self.hint = QLabel()
        self.hint.setObjectName("interview_hint")
        self.hint.setWordWrap(True)
        date_label = {
            "张贴预告": self.tr("张贴日期*"),
            "征求意见": self.tr("征求意见日期*"),
            "督查对接": self.tr("对接日期*"),
            "召开": self.tr("召开日期*"),
        }.get(step, self.tr("访谈日期*"))
        rows = {
            "on": (date_label, self.on),
            "group": (self.tr("组别*"), self.group),
            "leader": (self.tr("带队领导编号*"), self.leader),
            "time": (self.tr("时间*"), self.time),
            "place": (self.tr("地点*"), self.place),
            "reason": (self.tr("改期原因*"), self.reason),
            "way": (self.tr("方式*"), self.way),
            "count": (self.tr("参加人数"), self.count),
            "supervisor": (self.tr("督查干部编号*"), self.supervisor),
            "participants": (self.tr("参加人员*"), self.participants),
            "posted_at": (self.tr("张贴地点*"), self.posted_at),
            "problems": (self.tr("反映问题"), self.problems),
        }
        for key in self.FIELDS[step]:
            self.form.addRow(*rows[key])
        self.form.addRow(self.hint)
        if step == "张贴预告" and current and current.on:
            latest = latest_notice_day(current.on, params.notice_lead_days)
            self.hint.setText(
                self.tr("访谈日 {0},预告最迟 {1} 张贴(提前{2}天,R-I5)").format(
                    rules.cn_day(current.on), rules.cn_day(latest), params.notice_lead_days
                )
            )
        if step in ("安排", "改期"):
            self.on.dateChanged.connect(lambda _d: self._show_conflicts())
            self.leader.textChanged.connect(lambda _t: self._show_conflicts())
            self._show_conflicts()

    def _show_conflicts(self) -> None:
        found = self.query.conflicts(to_date(self.on), self.leader.text().strip(), self.village)
        self.hint.setStyleSheet("color: #b45309" if found else "")
        self.hint.setText("；".join(found) if found else self.tr("当天没有冲突"))

    def submit(self) -> None:
        app, actor, village, on = self.ops.commands, self.actor, self.village, to_date(self.on)
        match self.step:
            case "安排":
                app.interviews.schedule_interview(
                    actor,
                    village,
                    on,
                    self.group.value(),
                    self.leader.text(),
                    self.time.text(),
                    self.place.text(),
                )
            case "改期":
                app.interviews.reschedule_interview(
                    actor, village, on, self.reason.text(), self.time.text(), self.place.text()
                )
            case "征求意见":
                app.interviews.record_solicitation(
                    actor, village, on, self.way.currentText(), self.count.value()
                )
            case "督查对接":
                app.interviews.assign_interview_supervisor(actor, village, self.supervisor.text(), on)
            case "张贴预告":
                app.interviews.post_interview_notice(
                    actor,
                    village,
                    on,
                    self.time.text(),
                    self.place.text(),
                    self.participants.text(),
                    self.posted_at.text(),
                )
            case "召开":
                flags = app.interviews.hold_interview(
                    actor, village, on, self.count.value(), self.problems.toPlainText().splitlines()
                )
                self.notes = [f"{c} {m}" for c, m in flags]


class StepFixDialog(RecordDialog):
    """更正 (the step's own fields, prefilled) or 作废 one recorded step of a village's interview day, with a
    reason; the original stays in the audit trail."""

    def __init__(
        self,
        ops: Operations,
        actor: Actor,
        village: str,
        steps: list[tuple[str, int, dict[str, Any]]],
        void: bool,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("作废 {0} 访谈日的一个步骤") if void else self.tr("更正 {0} 访谈日的一个步骤")
        super().__init__(ops, title.format(village), parent)
        self.actor, self.village, self.steps, self.void = actor, village, steps, void
        self.which = QComboBox()
        self.which.setObjectName("step_choice")
        for step, index, values in steps:
            self.which.addItem(self.describe(step, index, values))
        self.form.addRow(self.tr("步骤*"), self.which)
        self.fields: dict[str, QWidget] = {}
        self.box = QFormLayout()
        self.form.addRow(self.box)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMinimumWidth(360)
        self.form.addRow(self.tr("更正原因*") if not void else self.tr("原因*"), self.reason)
        self.which.currentIndexChanged.connect(self._fields)
        self._fields()

    def describe(self, step: str, index: int, values: dict[str, Any]) -> str:
        match step:
            case "session":
                return self.tr("第{0}次召开 {1},{2}人").format(index + 1, values["on"], values["attendance"])
            case "solicitation":
                return self.tr("第{0}次征求意见 {1} {2}").format(index + 1, values["on"], values["way"])
            case "supervision":
                return self.tr("督查对接 {0}({1})").format(values["supervisor"], values["on"])
        return self.tr("预告 {0} 张贴于 {1}").format(values["on"], values["posted_at"])

    def _fields(self) -> None:
        """The chosen step's own fields, prefilled (none for a void)."""
        while self.box.rowCount():
            self.box.removeRow(0)
        self.fields = {}
        if self.void:
            return
        step, _index, values = self.steps[self.which.currentIndex()]
        labels = {
            "attendance": self.tr("参加人数"),
            "on": self.tr("日期"),
            "way": self.tr("方式"),
            "participants": self.tr("参加人员"),
            "supervisor": self.tr("督查对接干部编号"),
            "time": self.tr("时间"),
            "place": self.tr("地点"),
            "posted_at": self.tr("张贴地点"),
        }
        for field in STEP_FIELDS[step]:
            value = values.get(field)
            widget: QWidget
            if field == "on":
                widget = date_edit(date.fromisoformat(str(value)))
            elif field == "way":
                combo = QComboBox()
                combo.addItems(list(SOLICITATION_WAYS))
                combo.setCurrentText(str(value))
                widget = combo
            else:
                widget = QLineEdit("" if value is None else str(value))
            widget.setObjectName(f"step_{field}")
            self.fields[field] = widget
            self.box.addRow(labels[field], widget)

    def changes(self) -> dict[str, Any]:
        step, _index, values = self.steps[self.which.currentIndex()]
        out: dict[str, Any] = {}
        for field, widget in self.fields.items():
            if isinstance(widget, QDateEdit):
                out[field] = to_date(widget)
            elif isinstance(widget, QComboBox):
                out[field] = widget.currentText()
            elif isinstance(widget, QLineEdit):
                text = widget.text().strip()
                numeric = field == "attendance" or (step == "solicitation" and field == "participants")
                out[field] = rules.check_positive_int(text, "参加人数") if numeric else text
        return out

    def submit(self) -> None:
        step, index, _values = self.steps[self.which.currentIndex()]
        app = self.ops.commands
        if self.void:
            app.interviews.void_interview_step(self.actor, self.village, step, index, self.reason.text())
        else:
            app.interviews.correct_interview_step(
                self.actor, self.village, step, index, self.changes(), self.reason.text()
            )


def timetable_html(rows: list[TimetableRow], township: str, year: int) -> str:
    """The appendix as the plan prints it: 群众访谈日时间安排表, each group's rows under one 组别 and 带队领导
    cell, compact enough for a township's thirty villages on one A4 landscape page."""
    e = html.escape
    header = INTERVIEW_HEADER  # the same columns as the export: one definition of the appendix
    spans: dict[int, int] = {}
    for r in rows:
        spans[r.group] = spans.get(r.group, 0) + 1
    body, seen = "", set()
    for r in rows:
        first = ""
        if r.group not in seen:
            seen.add(r.group)
            label = f"第{r.group}组" if r.group else "未安排"
            first = f"<td rowspan='{spans[r.group]}'>{label}</td><td rowspan='{spans[r.group]}'>{e(r.leader)}</td>"
        cells = [
            r.village,
            f"{r.on:%m月%d日}" if r.on else "",
            r.time,
            r.place,
            f"{r.notice_on:%m月%d日}" if r.notice_on else "",
            r.posted_at,
            r.supervisor,
            r.solicitations,
            str(r.attendance) if r.attendance is not None else "",
            "达标" if r.met else ("人数不足" if r.sessions else ""),
        ]
        body += "<tr>" + first + "".join(f"<td>{e(c)}</td>" for c in cells) + "</tr>"
    head = "".join(f"<th>{h}</th>" for h in header)
    return (
        f"<h3 style='text-align:center'>{e(township)}{year}年“群众访谈日”时间安排表</h3>"
        f"<table border='1' cellspacing='0' cellpadding='2' width='100%' style='font-size:8pt'>"
        f"<tr>{head}</tr>{body}</table>"
    )


class InterviewPage(Page):
    watches = frozenset({"interviews", "roster", "concerns", "settings"})

    def __init__(self, ops: Operations, actor: Actor) -> None:
        super().__init__(ops, actor)
        self.query = ops.queries.interviews
        self.rows: list[TimetableRow] = []
        headers = [
            self.tr("组别"),
            self.tr("带队领导"),
            self.tr("村居"),
            self.tr("日期"),
            self.tr("时间"),
            self.tr("地点"),
            self.tr("预告张贴日期"),
            self.tr("张贴地点"),
            self.tr("督查对接干部"),
            self.tr("征求意见"),
            self.tr("参加人数"),
            self.tr("达标"),
            self.tr("提示"),
        ]
        self.table = QTableWidget(0, len(headers))
        self.table.setObjectName("timetable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_steps)
        self.grid = QTableWidget(0, 0)
        self.grid.setObjectName("timetable_grid")
        self.grid.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.steps = QTableWidget(0, 3)
        self.steps.setObjectName("village_steps")
        self.steps.setHorizontalHeaderLabels([self.tr("步骤"), self.tr("规则"), self.tr("情况")])
        self.steps.horizontalHeader().setStretchLastSection(True)
        self.steps.setMaximumHeight(200)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.table, self.tr("时间安排表"))
        self.tabs.addTab(self.grid, self.tr("分组日程(组别×日期)"))
        # the steps on one row, the outputs and the count on the next: eleven buttons on one row made the
        # page 1,200 px wide, wider than a laptop's window
        buttons, outputs = QHBoxLayout(), QHBoxLayout()
        writable = actor.role not in rules.READ_ONLY_ROLES
        labels = dict(
            zip(
                STEPS,
                (
                    self.tr("安排…"),
                    self.tr("改期…"),
                    self.tr("征求意见…"),
                    self.tr("督查对接…"),
                    self.tr("张贴预告…"),
                    self.tr("召开…"),
                ),
                strict=True,
            )
        )
        for step in STEPS:
            button = QPushButton(labels[step])
            button.setObjectName(f"btn_{STEPS.index(step)}")
            button.setEnabled(writable)
            button.clicked.connect(lambda _c=False, s=step: self.open_step(s))
            buttons.addWidget(button)
        for text, void in ((self.tr("更正步骤…"), False), (self.tr("作废步骤…"), True)):
            button = QPushButton(text)
            button.setObjectName("btn_void_step" if void else "btn_correct_step")
            button.setEnabled(writable)
            button.clicked.connect(lambda _c=False, v=void: self.fix_step(void=v))
            buttons.addWidget(button)
        for text, slot in (
            (
                self.tr("导出…"),
                lambda: self.export_view(self.tr("群众访谈日时间安排表"), self.visible_rows(self.table)),
            ),
            (self.tr("打印…"), self.print_timetable),
            (self.tr("存为 PDF…"), self.save_timetable_pdf),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            outputs.addWidget(button)
        buttons.addStretch(1)
        outputs.addStretch(1)
        self.count = QLabel()
        outputs.addWidget(self.count)
        layout = QVBoxLayout(self)
        self.search = self.search_box(self.table, self.tr("按村居、组别、带队领导或地点搜索"))
        layout.addWidget(self.search)
        layout.addWidget(self.tabs, 3)
        self.banner = QLabel()
        self.banner.setObjectName("interview_banner")
        self.banner.setStyleSheet("color: #b45309")
        self.banner.setWordWrap(True)
        layout.addWidget(self.banner)
        layout.addWidget(QLabel(self.tr("所选村居的各步骤")))
        layout.addWidget(self.steps, 1)
        layout.addLayout(buttons)
        layout.addLayout(outputs)
        self.refresh()

    def select_village(self, code: str) -> None:
        """The dashboard's drill-down: the village's row selected and scrolled to, its steps shown."""
        self.tabs.setCurrentIndex(0)
        if self.search.text():  # an earlier search would hide the village asked for
            self.search.clear()
        at = next((i for i, r in enumerate(self.rows) if r.village_code == code), -1)
        if at >= 0:
            self.table.selectRow(at)
            self.table.scrollTo(self.table.model().index(at, 0))

    def refresh(self) -> None:
        self.rows = self.query.timetable(self.up_to)
        self.table.setRowCount(len(self.rows))
        minimum = self.ops.commands.parameters().min_attendance if self.ops.commands.has_campaign() else 30
        for i, r in enumerate(self.rows):
            cells = [
                f"第{r.group}组" if r.group else self.tr("未安排"),
                r.leader,
                r.village,
                f"{r.on:%m-%d}" if r.on else "",
                r.time,
                r.place,
                f"{r.notice_on:%m-%d}" if r.notice_on else "",
                r.posted_at,
                r.supervisor,
                r.solicitations,
                "" if r.attendance is None else str(r.attendance),
                self.tr("达标") if r.met else (self.tr("人数不足") if r.sessions else ""),
                ";".join(f"{code} {rule_name(code, english())}" for code in r.flags.split("、"))
                if r.flags
                else "",
            ]
            for j, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if j == 0:
                    item.setData(Qt.ItemDataRole.UserRole, r.village_code)
                if not r.met:
                    item.setForeground(OPEN)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        met = sum(1 for r in self.rows if r.met)
        self.count.setText(
            self.tr("{0} 个村居,已达标 {1} 个(每村不少于 {2} 人)").format(len(self.rows), met, minimum)
        )
        self._fill_grid()
        self._show_steps()

    def _fill_grid(self) -> None:
        """Groups down, days across (1–6 November): which village each group visits each day."""
        app = self.ops.commands
        if not app.has_campaign():
            return
        params = app.parameters()
        days = [
            params.interview_start + timedelta(days=i)
            for i in range((params.interview_end - params.interview_start).days + 1)
        ]
        self.grid.setColumnCount(len(days))
        self.grid.setRowCount(params.interview_groups)
        self.grid.setHorizontalHeaderLabels([f"{d.month}月{d.day}日" for d in days])
        self.grid.setVerticalHeaderLabels([f"第{g}组" for g in range(1, params.interview_groups + 1)])
        cells: dict[tuple[int, date], list[str]] = {}
        leaders: dict[int, str] = {}
        for r in self.rows:
            if r.group and r.on:
                cells.setdefault((r.group, r.on), []).append(r.village)
                leaders.setdefault(r.group, r.leader)
        for g in range(1, params.interview_groups + 1):
            for j, d in enumerate(days):
                self.grid.setItem(g - 1, j, QTableWidgetItem("\n".join(cells.get((g, d), []))))
        self.grid.setVerticalHeaderLabels(
            [f"第{g}组 {leaders.get(g, '')}" for g in range(1, params.interview_groups + 1)]
        )
        self.grid.resizeRowsToContents()

    def selected_village(self) -> str:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return ""
        item = self.table.item(rows[0].row(), 0)
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def _show_steps(self) -> None:
        code = self.selected_village()
        row = next((r for r in self.rows if r.village_code == code), None)
        steps = row.steps() if row else []
        self.steps.setRowCount(len(steps))
        for i, values in enumerate(steps):
            for j, value in enumerate(values):
                self.steps.setItem(i, j, QTableWidgetItem(value))

    def open_step(self, step: str) -> None:
        village = self.selected_village()
        if not village:
            QMessageBox.information(self, self.tr("提示"), self.tr("请先在安排表中选中一个村居"))
            return
        dialog = InterviewStepDialog(self.ops, self.actor, village, step, self)
        dialog.exec()
        self.banner.setText(";".join(dialog.notes))

    def fix_step(self, *, void: bool) -> None:
        """更正 or 作废 a step of the selected village: which one is chosen in the dialog."""
        village = self.selected_village()
        steps = self.query.recorded_steps(village) if village else []
        if not steps:
            QMessageBox.information(self, self.tr("提示"), self.tr("请先在安排表中选中一个已有记录的村居"))
            return
        StepFixDialog(self.ops, self.actor, village, steps, void, self).exec()

    def appendix_html(self, campaign: tuple[int, str]) -> str:
        year, township = campaign
        stamp = "".join(
            f"<p style='font-size:7pt'>{html.escape(line)}</p>"
            for line in self.provenance("群众访谈日时间安排表").lines()
        )
        return timetable_html(self.rows, township, year) + stamp

    def _campaign(self) -> tuple[int, str]:

        return self.ops.queries.settings.campaign() or (0, "")

    def print_timetable(self) -> QDialog | None:
        title = self.tr("群众访谈日时间安排表")
        provenance = self.provenance(title)
        try:
            dialog = printing.preview(self, self.appendix_html(self._campaign()), title, landscape=True)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("无法打印"), error.message)
            return None
        dialog.accepted.connect(lambda: self._audit_output(self.tr("打印"), self.tr("打印机"), provenance))
        return dialog

    def save_timetable_pdf(self) -> None:
        self.save_pdf(
            self.tr("群众访谈日时间安排表"),
            self.appendix_html(self._campaign()),
            "群众访谈日时间安排表",
            landscape=True,
        )

    def write_pdf(self, path: Path, campaign: tuple[int, str]) -> int:
        return printing.write_pdf(path, self.appendix_html(campaign), "群众访谈日时间安排表", landscape=True)
