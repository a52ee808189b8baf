"""督查跟进 (every open finding, by rule, unit, person; what falls due in the next 3 days), 总览 (the
campaign day, the deadlines counting down, progress per part of the plan, each figure clicking through),
and 活动总结 (the summary as of the moment the window is set to, exported as .docx/.pdf/.xlsx)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QColor, QPainter, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from desk import summary_en
from desk.gui.operations import Operations, english
from desk.gui.output import save_file_name
from desk.gui.pages import Page
from desk.gui.work import sort_key
from desk.reports import RULE_NAMES, summary_html, write_summary
from desk.sheets import append_row, landing, save_workbook
from domain.base import Actor
from domain.catalogue import rule_name
from domain.errors import DomainError
from projections.findings import Finding, FindingFilter
from projections.summary import Detail, Summary

FLAG = QColor("#6d28d9")
OPEN = QColor("#b45309")


class SupervisionPage(Page):
    def __init__(self, ops: Operations, actor: Actor) -> None:
        super().__init__(ops, actor)
        self.query = ops.queries.findings
        self.day: date | None = None  # the business day findings are judged on (None: today)
        self.found: list[Finding] = []
        self.rule = QComboBox()
        self.rule.setObjectName("finding_rule")
        self.rule.addItem(self.tr("全部规则"), "")
        for prefix, label in (
            ("R-C", self.tr("联系(R-C)")),
            ("R-V", self.tr("走访(R-V)")),
            ("R-Q", self.tr("问题(R-Q)")),
            ("R-I", self.tr("访谈日(R-I)")),
            ("R-A", self.tr("调研文章(R-A)")),
            ("R-U", self.tr("单位实事(R-U)")),
            ("R-P", self.tr("宣传报道(R-P)")),
            ("R-G3", self.tr("补录(R-G3)")),
        ):
            self.rule.addItem(label, prefix)
        for code in RULE_NAMES:
            self.rule.addItem(f"{code} {rule_name(code, english())}", code)
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("单位编码"))
        self.person = QLineEdit()
        self.person.setObjectName("finding_person")
        self.person.setPlaceholderText(self.tr("人员"))
        self.soon = QCheckBox(self.tr("3日内到期"))
        self.soon.setObjectName("finding_soon")
        bar = QHBoxLayout()
        for widget in (self.rule, self.unit, self.person, self.soon):
            bar.addWidget(widget)
        bar.addStretch(1)
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("findings")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("规则"),
                self.tr("类型"),
                self.tr("单位"),
                self.tr("人员"),
                self.tr("事项"),
                self.tr("自何时"),
                self.tr("期限"),
                self.tr("记录"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.bursts = QLabel()
        self.bursts.setObjectName("backfill_bursts")
        self.bursts.setWordWrap(True)
        self.bursts.setStyleSheet("color: #6d28d9")
        self.count = QLabel()
        export = QPushButton(self.tr("导出…"))
        export.clicked.connect(self.export_findings)
        print_button = QPushButton(self.tr("打印…"))
        print_button.setObjectName("btn_print")
        print_button.clicked.connect(lambda: self.print_view(self.tr("督查跟进"), self.table.model()))
        buttons = QHBoxLayout()
        buttons.addWidget(export)
        buttons.addWidget(print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.bursts)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.rule.currentIndexChanged.connect(lambda _i: self.refresh())
        self.unit.textChanged.connect(lambda _t: self.refresh())
        self.person.textChanged.connect(lambda _t: self.refresh())
        self.soon.toggled.connect(lambda _b: self.refresh())
        self.refresh()

    def filter(self) -> FindingFilter:
        return FindingFilter(
            rule=self.rule.currentData() or "",
            unit_code=self.unit.text().strip(),
            person=self.person.text().strip(),
            due_within=3 if self.soon.isChecked() else None,
        )

    def refresh(self) -> None:
        self.load()

    def load(self) -> None:
        day = self.day or self.ops.commands.clock.today()
        self.found = self.query.findings(day, self.up_to, self.filter())
        self.table.setRowCount(len(self.found))
        for i, f in enumerate(self.found):
            values = (
                f.rule,
                self.tr("标记") if f.kind == "FLAG" else self.tr("未完成"),
                f.unit or f.unit_code,
                f.person,
                f.said(english()),
                str(f.since or ""),
                str(f.due or ""),
                f.record,
            )
            for j, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setForeground(FLAG if f.kind == "FLAG" else OPEN)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()
        self.count.setText(self.tr("共 {0} 项").format(len(self.found)))
        bursts = self.query.backfill_bursts(self.up_to)
        self.bursts.setText(
            self.tr("集中补录:")
            + ";".join(self.tr("{0} {1} 一天补录 {2} 条").format(d, o, n) for d, o, n in bursts[:5])
            if bursts
            else ""
        )

    def export_findings(self) -> None:
        self.export_view(self.tr("督查跟进"), self.table.model())

    def write_xlsx(self, path: Path) -> None:
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        assert ws is not None
        ws.title = "督查跟进"
        append_row(ws, ["规则", "类型", "单位编码", "单位", "人员", "事项", "自何时", "期限", "记录"])
        for f in self.found:
            append_row(
                ws,
                [
                    f.rule,
                    f.kind,
                    f.unit_code,
                    f.unit,
                    f.person,
                    f.said(english()),
                    str(f.since or ""),
                    str(f.due or ""),
                    f.record,
                ],
            )
        with landing(path) as partial:
            save_workbook(wb, partial)


class DashboardPage(Page):
    """The campaign day, the deadlines counting down, a bar per part of the plan; each opens its page."""

    def __init__(self, ops: Operations, actor: Actor, open_page: object = None) -> None:
        super().__init__(ops, actor)
        self.open_page = open_page
        self.day: date | None = None
        self.headline = QLabel()
        self.headline.setObjectName("dashboard_headline")
        self.headline.setStyleSheet("font-size: 15pt; font-weight: bold")
        self.deadlines = QLabel()
        self.deadlines.setObjectName("dashboard_deadlines")
        self.deadlines.setWordWrap(True)
        self.grid = QGridLayout()
        box = QGroupBox(self.tr("各项工作进度(点击查看明细)"))
        box.setLayout(self.grid)
        self.chart = QChartView()
        self.chart.setObjectName("dashboard_chart")
        self.chart.setMinimumHeight(240)
        self.chart.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.units = QTableWidget(0, 4)
        self.units.setObjectName("dashboard_units")
        self.units.setHorizontalHeaderLabels(
            [self.tr("村居"), self.tr("走访覆盖"), self.tr("问题办结"), self.tr("访谈日")]
        )
        self.units.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.units.setMinimumHeight(170)  # a trial saw two rows at the window's first size
        self.units.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.units.setToolTip(self.tr("双击一行:该村的走访台帐;双击问题办结或访谈日:该村的问题或访谈日"))
        self.units.cellDoubleClicked.connect(self._unit_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.deadlines)
        layout.addWidget(box)
        layout.addWidget(self.chart, 3)
        layout.addWidget(QLabel(self.tr("各村居进度")))
        layout.addWidget(self.units, 2)
        export = QPushButton(self.tr("导出…"))
        export.setObjectName("btn_export")
        export.clicked.connect(self.export_dashboard)
        print_button = QPushButton(self.tr("打印…"))
        print_button.setObjectName("btn_print")
        print_button.clicked.connect(self.print_dashboard)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(export)
        buttons.addWidget(print_button)
        layout.addLayout(buttons)
        self.figures: list[tuple[str, str]] = []
        self.bars: dict[str, QProgressBar] = {}
        self.village_codes: list[str] = []
        self.summary: Summary | None = None
        self.refresh()

    def refresh(self) -> None:
        self.load()

    def load(self) -> None:
        app = self.ops.commands
        if not app.has_campaign():
            return
        params = app.parameters()
        day = self.day or app.clock.today()
        campaign_day = (day - params.window_start).days + 1
        total = (params.window_end - params.window_start).days + 1
        short, full = self.tr("M月d日"), self.tr("yyyy年M月d日")  # date formats follow the language
        end = QDate(params.window_end.year, params.window_end.month, params.window_end.day).toString(short)
        today = QDate(day.year, day.month, day.day).toString(full)
        if campaign_day > total:
            self.headline.setText(
                self.tr("活动已于 {0} 结束(活动期共 {1} 天) · {2}").format(end, total, today)
            )
        elif campaign_day < 1:
            start = QDate(params.window_start.year, params.window_start.month, params.window_start.day)
            self.headline.setText(
                self.tr("活动尚未开始({0} 开始,共 {1} 天)· {2}").format(start.toString(short), total, today)
            )
        else:
            self.headline.setText(self.tr("活动第 {0} 天(共 {1} 天)· {2}").format(campaign_day, total, today))
        deadlines = [
            (self.tr("结对报学教办"), params.pairing_report_deadline),
            (self.tr("群众访谈日"), params.interview_start),
            (self.tr("调研文章"), params.article_deadline),
            (self.tr("活动结束"), params.window_end),
        ]
        self.deadlines.setText(
            "   ".join(
                f"{name} {d:%m-%d}:"
                + (self.tr("还有 {0} 天").format((d - day).days) if d >= day else self.tr("已过"))
                for name, d in deadlines
            )
        )
        summary = self.ops.queries.summary.summary(day, self.up_to, findings=False)
        parts = {s.key: dict(s.figures) for s in summary.sections}
        progress = {s.key: s.progress[0] / s.progress[1] if s.progress[1] else 0.0 for s in summary.sections}
        self.summary = summary
        # each bar: its page, its share done, its text, and the summary figure whose records it counts
        rows = [
            (
                "contacts",
                self.tr("联系任务达标"),
                progress["contacts"],
                parts["contacts"]["已达标"],
                "已达标",
            ),
            ("visits", self.tr("农户走访覆盖"), progress["visits"], parts["visits"]["已走访户"], "已走访户"),
            (
                "interviews",
                self.tr("访谈日达标村"),
                progress["interviews"],
                f"{parts['interviews']['达标(30人以上)']}/{parts['interviews']['村居']}",
                "达标(30人以上)",
            ),
            ("concerns", self.tr("问题办结"), progress["concerns"], parts["concerns"]["已办结"], "已办结"),
            (
                "articles",
                self.tr("调研文章按时提交"),
                progress["articles"],
                f"{parts['articles']['按时提交']}/{parts['articles']['应交']}",
                "按时提交",
            ),
            (
                "unit_work",
                self.tr("单位承诺兑现"),
                progress["unit_work"],
                parts["unit_work"]["已兑现"],
                "已兑现",
            ),
            (
                "overdue",
                self.tr("超期未办结问题"),
                int(parts["concerns"]["超期未办结"]) / max(int(parts["concerns"]["登记问题"]), 1),
                self.tr("{0} 件").format(parts["concerns"]["超期未办结"]),
                "超期未办结",
            ),
            ("supervision", self.tr("督查跟进(未完成与标记)"), 0.0, self.tr("点击查看"), ""),
        ]
        self.figures = [(label, text) for _k, label, _v, text, _f in rows[:-1]]
        for i, (key, label, value, text, figure) in enumerate(rows):
            if key not in self.bars:
                button = QPushButton(label)
                button.setObjectName(f"dash_{key}")
                button.setFlat(True)
                button.clicked.connect(lambda _c=False, k=key: self._open(k))
                bar = QProgressBar()
                bar.setRange(0, 1000)
                self.grid.addWidget(button, i, 0)
                self.grid.addWidget(bar, i, 1)
                if not figure:  # the follow-ups: no single figure, the page itself
                    opens = QPushButton(self.tr("打开…"))
                    opens.setObjectName(f"dash_open_{key}")
                    opens.clicked.connect(lambda _c=False, k=key: self._open(k))
                    self.grid.addWidget(opens, i, 2)
                if figure:  # the figure, down to the records behind it
                    records = QPushButton(self.tr("明细…"))
                    records.setObjectName(f"dash_detail_{key}")
                    records.setToolTip(self.tr("列出这个数字背后的每一条记录(截至当前时点)"))
                    part = "concerns" if key == "overdue" else key
                    records.clicked.connect(lambda _c=False, k=part, f=figure: self.drill_down(k, f))
                    self.grid.addWidget(records, i, 2)
                self.bars[key] = bar
            self.bars[key].setValue(int(value * 1000))
            self.bars[key].setFormat(text)
        visits = {r[0]: r for r in next(s for s in summary.sections if s.key == "visits").rows}
        concerns = {r[0]: r for r in next(s for s in summary.sections if s.key == "concerns").rows}
        interviews = {r[0]: r for r in next(s for s in summary.sections if s.key == "interviews").rows}
        self.units.setRowCount(len(visits))
        for i, (code, row) in enumerate(sorted(visits.items())):
            met = {"达标": self.tr("达标"), "未达标": self.tr("未达标")}
            values = (
                f"{code} {row[1]}",
                row[4],
                concerns[code][4] if code in concerns else "—",
                met.get(interviews[code][5], "—") if code in interviews else "—",
            )
            for j, cell in enumerate(values):
                self.units.setItem(i, j, QTableWidgetItem(str(cell)))
        self._draw_chart(sorted(visits.items()), concerns)

    def _draw_chart(
        self, villages: list[tuple[str, tuple[str, ...]]], concerns: dict[str, tuple[str, ...]]
    ) -> None:
        """A bar per village for visit coverage and for concerns resolved; a click opens that village's
        visit ledger."""

        def percent(text: str) -> float:
            try:
                return float(text.rstrip("%"))
            except ValueError:
                return 0.0

        coverage = QBarSet(self.tr("走访覆盖%"))
        resolved = QBarSet(self.tr("问题办结%"))
        names = []
        for code, row in villages:
            coverage.append(percent(row[4]))
            resolved.append(percent(concerns[code][4]) if code in concerns else 0.0)
            names.append(row[1])
        series = QBarSeries()
        series.append(coverage)
        series.append(resolved)
        self.village_codes = [code for code, _row in villages]
        coverage.clicked.connect(self._village_clicked)
        resolved.clicked.connect(self._village_clicked)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(self.tr("各村居走访覆盖与问题办结(点击柱子查看该村走访台帐)"))
        axis_x = QBarCategoryAxis()
        axis_x.append(names)
        axis_x.setLabelsAngle(-90)  # upright: a slanted first or last label ran off the chart and was dropped
        axis_x.setTruncateLabels(False)
        small = axis_x.labelsFont()
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        axis_x.setLabelsFont(small)
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setRange(0, 100)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart.setChart(chart)

    def drill_down(self, key: str, figure: str) -> QDialog | None:
        """A bar's figure, down to the records it counts, as the summary does it (same predicate)."""
        if self.summary is None:
            return None
        return open_figure(self, self.summary, key, figure)

    def _unit_clicked(self, row: int, column: int) -> None:
        """A village's line: its visit ledger, its concerns or its interview day, narrowed to it."""
        if callable(self.open_page) and 0 <= row < len(self.village_codes):
            page = {2: "concerns", 3: "interviews"}.get(column, "visits")
            self.open_page(page, village=self.village_codes[row])

    def _village_clicked(self, index: int) -> None:
        if callable(self.open_page) and 0 <= index < len(self.village_codes):
            self.open_page("visits", village=self.village_codes[index])

    def _open(self, key: str) -> None:
        if callable(self.open_page):
            self.open_page("concerns" if key == "overdue" else key)

    def output_model(self) -> QStandardItemModel:
        """What the dashboard shows, as one table to print or export: each part's figure, then each
        village's line."""
        model = QStandardItemModel(0, 4, self)
        model.setHorizontalHeaderLabels([self.tr("项目"), self.tr("完成情况"), "", ""])
        for label, text in self.figures:
            model.appendRow([QStandardItem(label), QStandardItem(text), QStandardItem(""), QStandardItem("")])
        table = self.units.model()
        columns = range(table.columnCount())
        model.appendRow([QStandardItem(str(table.headerData(c, Qt.Orientation.Horizontal))) for c in columns])
        for r in range(table.rowCount()):
            model.appendRow([QStandardItem(str(table.index(r, c).data() or "")) for c in columns])
        return model

    def export_dashboard(self) -> None:
        self.export_view(self.tr("总览"), self.output_model())

    def print_dashboard(self) -> QDialog | None:
        return self.print_view(self.tr("总览"), self.output_model(), landscape=False)


class SummaryPage(Page):
    """活动总结 as the window is set (now, or the moment picked in 回看); saved as .docx, .pdf or .xlsx."""

    def __init__(self, ops: Operations, actor: Actor, open_unit: object = None) -> None:
        super().__init__(ops, actor)
        self.day: date | None = None
        self.moment: datetime | None = None
        self.summary: Summary | None = None
        self.open_unit = open_unit
        self.browser = QTextBrowser()
        self.browser.setObjectName("summary_text")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._drill)
        save = QPushButton(self.tr("保存总结…"))
        save.setObjectName("btn_save_summary")
        save.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.load()

    def load(self) -> None:
        day = self.day or self.ops.commands.clock.today()
        self.summary = self.ops.queries.summary.summary(day, self.up_to)
        scrolled = self.browser.verticalScrollBar().value()  # a reload keeps the reader's place
        self.browser.setHtml(summary_html(self.summary, self.moment, links=True, english=english()))
        self.browser.verticalScrollBar().setValue(scrolled)

    def _drill(self, url: QUrl) -> None:
        """A figure, down to the records it counts (as of the summary's moment); a unit's figures, down to
        the events behind them: its audit trail up to the summary's moment."""
        text = url.toString()
        if text.startswith("unit:") and callable(self.open_unit):
            self.open_unit(text[5:], self.up_to)
        elif text.startswith("fig:") and self.summary is not None:
            section_at, figure_at = (int(n) for n in text[4:].split(":"))
            self.drill_down(section_at, figure_at)

    def drill_down(self, section_at: int, figure_at: int) -> QDialog | None:
        assert self.summary is not None
        section = self.summary.sections[section_at]
        return open_figure(self, self.summary, section.key, section.figures[figure_at][0])

    def save(self) -> None:
        if self.summary is None:
            self.load()
        path = save_file_name(
            self,
            self.tr("保存总结"),
            f"活动总结-{self.today():%Y%m%d}.docx",
            "Word (*.docx);;PDF (*.pdf);;Excel (*.xlsx)",
        )
        if path is None or self.summary is None:
            return
        try:
            write_summary(self.summary, self.moment, path)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("未能保存"), error.message)
            return
        self._audit_output(self.tr("活动总结"), path.name, self.provenance(self.tr("活动总结")))
        QMessageBox.information(self, self.tr("活动总结"), self.tr("已保存到 {0}").format(str(path)))


def open_figure(page: Page, summary: Summary, key: str, label: str) -> QDialog | None:
    """The drill-down of the figure `label` of the summary's part `key`: the records it counts."""
    section = next((s for s in summary.sections if s.key == key), None)
    if section is None:
        return None
    at = next((i for i, (name, _v) in enumerate(section.figures) if name == label), -1)
    detail = section.detail(at)
    if detail is None:
        return None
    word = summary_en.en if english() else str
    title = f"{word(section.title)} · {word(label)} {section.figures[at][1]}"
    dialog = DrillDownDialog(page, title, Detail(tuple(map(word, detail.header)), detail.rows, detail.total))
    dialog.show()
    return dialog


class SortableItem(QStandardItem):
    """Sorts as the other tables do: numbers by value, Chinese by pinyin."""

    def __lt__(self, other: QStandardItem) -> bool:
        return sort_key(self.text()) < sort_key(other.text())


class DrillDownDialog(QDialog):
    """The records behind one figure, as of the page's moment: sortable, exportable (audited)."""

    def __init__(self, page: Page, title: str, detail: Detail) -> None:
        super().__init__(page)
        self.page = page
        self.title = title
        self.setWindowTitle(title)
        self.setObjectName("drill_down")
        self.model = QStandardItemModel(len(detail.rows), len(detail.header), self)
        self.model.setHorizontalHeaderLabels(list(detail.header))
        for r, row in enumerate(detail.rows):
            for c, value in enumerate(row):
                self.model.setItem(r, c, SortableItem(value))
        self.table = QTableView()
        self.table.setObjectName("drill_down_table")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by code, as the ledgers open
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)  # the dialog's width, not half of it
        # the rows are those behind one figure: that is what narrows them, whatever the page's filters
        self.filters = self.tr("“{0}”的明细").format(title)
        moment = self.page.provenance(title, self.filters)
        count = self.tr("共 {0} 条").format(len(detail.rows))
        total = detail.total_value()
        if total is not None:  # a figure that adds up amounts: the sum of its column is the figure
            count += self.tr(",{0}合计 {1}").format(detail.header[detail.total or 0], total)
        note = QLabel(f"{count} · {moment.lines()[0]}")
        note.setObjectName("drill_down_note")
        export = QPushButton(self.tr("导出…"))
        export.clicked.connect(lambda: self.page.export_view(self.title, self.model, self.filters))
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(note, 1)
        buttons.addWidget(export)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(900, 520)
