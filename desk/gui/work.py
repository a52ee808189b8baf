"""直评 (ballot entry made for a counting table, results with a bar per cadre), 调研文章 (the register,
attach and open files), 典型经验 (nominate from a record, report)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRegularExpression, QUrl
from PySide6.QtGui import QDesktopServices, QIntValidator, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.gui.forms import ReasonDialog, RecordDialog, date_edit, to_date
from desk.gui.operations import Operations
from desk.gui.output import documents_folder, file_dialog
from desk.gui.pages import Page
from domain import rules
from domain.articles import EXEMPLAR_KINDS
from domain.base import Actor
from domain.ratings import KEYS, MARKS
from projections.articles import ArticleStatus
from projections.ratings import RoundRow
from projections.roster import RosterFilter


class SortItem(QTableWidgetItem):
    """A cell that sorts as a township office expects: numbers and rates by value, Chinese by pinyin."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return sort_key(self.text()) < sort_key(other.text())


def sort_key(text: str) -> tuple[int, float, str]:
    plain = text.strip().rstrip("%")
    try:
        return (0, float(plain), "")
    except ValueError:
        pass
    if any("\u4e00" <= c <= "\u9fff" for c in text):
        from pypinyin import lazy_pinyin  # loaded on the first sort, not at start

        return (1, 0.0, " ".join(lazy_pinyin(text)))
    return (1, 0.0, text.lower())


def table(name: str, headers: list[str], *, sortable: bool = True) -> QTableWidget:
    widget = QTableWidget(0, len(headers))
    widget.setSortingEnabled(sortable)  # a click on a header; Chinese names by pinyin
    widget.setObjectName(name)
    widget.setHorizontalHeaderLabels(headers)
    widget.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    widget.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    widget.horizontalHeader().setStretchLastSection(True)
    return widget


def fill(widget: QTableWidget, rows: list[list[str]]) -> None:
    """Filled unsorted (or rows land under the wrong record), then sorted as the person last chose."""
    sortable = widget.isSortingEnabled()
    widget.setSortingEnabled(False)
    widget.setRowCount(len(rows))
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            widget.setItem(i, j, SortItem(value))
    widget.setSortingEnabled(sortable)
    widget.resizeColumnsToContents()


def selected_text(widget: QTableWidget, column: int = 0) -> str:
    """The selected row's text in a column (its record code): the row number changes with sorting."""
    rows = widget.selectionModel().selectedRows()
    item = widget.item(rows[0].row(), column) if rows else None
    return item.text() if item is not None else ""


class OpenRoundDialog(RecordDialog):
    """开始直评: the round's code, village and the cadres to rate (default: all its 村街居干部)."""

    def __init__(self, ops: Operations, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("开始直评"), parent)
        self.actor = actor
        self.code = QLineEdit()
        self.code.setObjectName("round_code")
        self.village = QLineEdit(actor.units[0] if actor.units else "")
        self.village.setObjectName("round_village")
        self.cadres = QLineEdit()
        self.cadres.setObjectName("round_cadres")
        self.cadres.setPlaceholderText(self.tr("人员编号,用“、”分开;空白为该村全部村街居干部"))
        self.on = date_edit(ops.commands.clock.today())
        self.expected = QSpinBox()
        self.expected.setObjectName("round_expected")
        self.expected.setRange(0, 100_000)
        for label, widget in (
            (self.tr("轮次编号*"), self.code),
            (self.tr("村居编码*"), self.village),
            (self.tr("参评村干部"), self.cadres),
            (self.tr("直评日期*"), self.on),
            (self.tr("应到人数"), self.expected),
        ):
            self.form.addRow(label, widget)

    def submit(self) -> None:
        cadres = [c for c in self.cadres.text().replace("、", " ").replace(",", " ").split() if c]
        village = self.village.text().strip()
        if not cadres and village:
            query = self.ops.queries.roster
            rows = query.people_rows(query.people_ids(RosterFilter(unit_code=village)))
            cadres = [
                r.code for r in rows.values() if r.unit_code == village and "村街居干部" in r.identities
            ]
        self.ops.commands.work.open_rating_round(
            self.actor, self.code.text(), village, cadres, to_date(self.on), self.expected.value()
        )


class BallotEntry(QGroupBox):
    """The counting table: the ballot number, then one key per cadre (1 满意, 2 基本满意, 3 不满意, 0 弃权),
    Enter stores it. A used number is refused as soon as it is typed; nothing rings, a line turns green."""

    def __init__(self, ops: Operations, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("录入选票"))
        self.ops = ops
        self.actor = actor
        self.query = ops.queries.ratings
        self.round: RoundRow | None = None
        self.used: set[int] = set()
        self.stored = 0
        self.number = QLineEdit()
        self.number.setObjectName("ballot_number")
        self.number.setValidator(QIntValidator(1, 999999, self))
        self.number.setMaximumWidth(90)
        self.keys = QLineEdit()
        self.keys.setObjectName("ballot_keys")
        self.keys.setMaximumWidth(160)
        self.legend = QLabel(self.tr("1 满意  2 基本满意  3 不满意  0 弃权"))
        self.preview = QLabel()
        self.preview.setObjectName("ballot_preview")
        self.preview.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("ballot_status")
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("票号")))
        row.addWidget(self.number)
        row.addWidget(QLabel(self.tr("评价")))
        row.addWidget(self.keys)
        row.addWidget(self.legend, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.preview)
        layout.addWidget(self.status)
        self.number.textChanged.connect(self._check_number)
        self.number.returnPressed.connect(self.keys.setFocus)
        self.keys.textChanged.connect(self._show_marks)
        self.keys.returnPressed.connect(self.store)
        self.set_round(None)

    def set_round(self, found: RoundRow | None) -> None:
        self.round = found
        open_ = found is not None and found.closed_on is None
        for widget in (self.number, self.keys):
            widget.setEnabled(open_ and self.actor.role not in rules.READ_ONLY_ROLES)
        if found is None:
            self.status.setText(self.tr("请先选中一个直评轮次"))
            return
        self.used = self.query.numbers(found.code)
        n = len(found.cadres)
        self.keys.setValidator(QRegularExpressionValidator(QRegularExpression(f"[0-3]{{0,{n}}}"), self))
        self.keys.setMaxLength(n)
        self.number.setText(str(max(self.used, default=0) + 1))
        self.status.setText(
            self.tr("已结束,结果已公布") if not open_ else self.tr("按名单顺序,每名村干部一个数字,回车保存")
        )
        self._show_marks()

    def marks(self) -> dict[str, str]:
        assert self.round is not None
        return {cadre: KEYS[key] for cadre, key in zip(self.round.cadres, self.keys.text(), strict=False)}

    def _check_number(self, text: str) -> None:
        if text.isdigit() and int(text) in self.used:
            self.status.setStyleSheet("color: #b00020")
            self.status.setText(self.tr("R-R2 票号 {0} 已录入,请核对选票").format(text))
        elif self.status.text().startswith("R-R2"):
            self.status.setStyleSheet("")
            self.status.clear()

    def _show_marks(self) -> None:
        if self.round is None:
            return
        marks = self.marks()
        self.preview.setText("  ".join(f"{c}:{marks.get(c, '—')}" for c in self.round.cadres))

    def store(self) -> None:
        if self.round is None:
            return
        number = int(self.number.text()) if self.number.text().isdigit() else 0
        if self.ops.run(
            None, self.ops.commands.work.cast_ballot, self.actor, self.round.code, number, self.marks()
        ):
            self.used.add(number)
            self.stored += 1
            self.keys.clear()
            self.number.setText(str(number + 1))
            self.status.setStyleSheet("color: #1b5e20")
            self.status.setText(self.tr("第 {0} 号选票已保存(本次共 {1} 张)").format(number, self.stored))
            self.number.setFocus()
            self.number.selectAll()
        else:
            self.show_rejection(*self.ops.last_rejection)  # this entry's own rejection, nobody else's

    def show_rejection(self, code: str, message: str) -> None:
        self.status.setStyleSheet("color: #b00020")
        self.status.setText(f"{code} {message}")


class RatingPage(Page):
    watches = frozenset({"ratings", "roster", "settings"})

    def __init__(self, ops: Operations, actor: Actor) -> None:
        super().__init__(ops, actor)
        self.query = ops.queries.ratings
        self.rounds: list[RoundRow] = []
        self.round_table = table(  # rows stand for self.rounds by position: not sorted
            "rating_rounds",
            [
                self.tr("轮次"),
                self.tr("村居"),
                self.tr("参评人数"),
                self.tr("有效票"),
                self.tr("废票"),
                self.tr("应到"),
                self.tr("参与率"),
                self.tr("状态"),
            ],
            sortable=False,
        )
        self.round_table.itemSelectionChanged.connect(self._round_selected)
        self.entry = BallotEntry(ops, actor)
        self.results = table(
            "rating_results",
            [self.tr("人员编号"), self.tr("姓名"), *MARKS, self.tr("有效票"), self.tr("满意率")],
            sortable=False,  # a bar per row, in the round's order
        )
        self.results_note = QLabel()
        buttons = QHBoxLayout()
        writable = actor.role not in rules.READ_ONLY_ROLES
        for text, slot, enabled in (
            (self.tr("开始直评…"), self.open_round, writable),
            (self.tr("作废选票…"), self.void_ballot, writable),
            (self.tr("结束并公布…"), self.close_round, writable),
            (self.tr("干部考核参考表…"), self.show_evaluation, True),
            (self.tr("导出…"), lambda: self.export_view(self.tr("直评结果"), self.results.model()), True),
            (self.tr("打印…"), lambda: self.print_view(self.tr("直评结果"), self.results.model()), True),
        ):
            button = QPushButton(text)
            button.setEnabled(enabled)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.entry)
        right.addWidget(QLabel(self.tr("结果(R-R4:满意率 = (满意 + 基本满意) ÷ (有效票 − 弃权))")))
        right.addWidget(self.results_note)
        right.addWidget(self.results, 1)
        top = QHBoxLayout()
        top.addWidget(self.round_table, 2)
        top.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        self.refresh()

    def show_evaluation(self) -> QDialog:
        """干部考核参考表 (R-R5), exported and printed like every view."""
        dialog = QDialog(self)
        dialog.setObjectName("evaluation")
        dialog.setWindowTitle(self.tr("干部考核参考表"))
        sheet = table(
            "evaluation_sheet",
            [
                self.tr("人员编号"),
                self.tr("姓名"),
                self.tr("村居"),
                self.tr("直评轮次"),
                self.tr("满意率"),
                self.tr("参与率"),
                self.tr("联系"),
                self.tr("走访"),
                self.tr("办理问题"),
            ],
        )
        fill(
            sheet,
            [
                [
                    r.code,
                    r.name,
                    r.village,
                    r.round_code,
                    f"{r.rate:.1%}" if r.rate is not None else "—",
                    f"{r.turnout:.1%}" if r.turnout is not None else "—",
                    str(r.contacts),
                    str(r.visits),
                    str(r.concerns),
                ]
                for r in self.query.evaluation(self.up_to)
            ],
        )
        title = self.tr("干部考核参考表")
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("导出…"), lambda: self.export_view(title, sheet.model())),
            (self.tr("打印…"), lambda: self.print_view(title, sheet.model())),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(dialog)
        layout.addWidget(
            QLabel(
                self.tr(
                    "直评结果是评价和使用干部的重要依据(§4.4):满意率、参与率与本人的联系、走访和问题办理并列"
                )
            )
        )
        layout.addWidget(sheet)
        layout.addLayout(buttons)
        dialog.resize(900, 480)
        dialog.open()
        return dialog

    def selected(self) -> RoundRow | None:
        rows = self.round_table.selectionModel().selectedRows()
        return self.rounds[rows[0].row()] if rows and rows[0].row() < len(self.rounds) else None

    def refresh(self) -> None:
        current = self.selected()
        self.rounds = self.query.rounds(self.up_to)
        fill(
            self.round_table,
            [
                [
                    r.code,
                    r.village,
                    str(len(r.cadres)),
                    str(r.ballots),
                    str(r.voided),
                    str(r.expected or ""),
                    f"{r.turnout:.1%}" if r.turnout is not None else "—",
                    self.tr("已结束") if r.closed_on else self.tr("进行中"),
                ]
                for r in self.rounds
            ],
        )
        if current is not None:
            codes = [r.code for r in self.rounds]
            if current.code in codes:
                self.round_table.blockSignals(True)
                self.round_table.selectRow(codes.index(current.code))
                self.round_table.blockSignals(False)
        self._show_results()

    def _round_selected(self) -> None:
        self.entry.set_round(self.selected())
        self._show_results()

    def _show_results(self) -> None:
        found = self.selected()
        if found is None or found.closed_on is None:
            self.results.setRowCount(0)
            self.results_note.setText(self.tr("结果在轮次结束后公布") if found else "")
            return
        self.results_note.setText(
            self.tr("{0} 已于 {1} 结束,共 {2} 张有效票、{3} 张废票").format(
                found.code, found.closed_on, found.ballots, found.voided
            )
        )
        results = self.query.results(found.code, self.up_to)
        fill(
            self.results,
            [[r.cadre, r.name, *[str(r.counts[m]) for m in MARKS], str(r.valid), ""] for r in results],
        )
        for i, r in enumerate(results):
            bar = QProgressBar()
            bar.setRange(0, 1000)
            bar.setValue(int((r.rate or 0) * 1000))
            bar.setFormat(f"{r.rate:.1%}" if r.rate is not None else "—")
            self.results.setCellWidget(i, len(MARKS) + 3, bar)

    def open_round(self) -> None:
        OpenRoundDialog(self.ops, self.actor, self).exec()

    def void_ballot(self) -> None:
        found = self.selected()
        if found is not None:
            VoidBallotDialog(self.ops, self.actor, found.code, self).exec()

    def close_round(self) -> None:
        found = self.selected()
        if found is not None:
            CloseRoundDialog(self.ops, self.actor, found.code, self).exec()


class VoidBallotDialog(RecordDialog):
    """作废选票: which ballot and why (R-R3: it stays counted as void)."""

    def __init__(self, ops: Operations, actor: Actor, code: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("作废选票"), parent)
        self.actor, self.code = actor, code
        self.number = QLineEdit()
        self.number.setValidator(QIntValidator(1, 999999, self))
        self.reason = QLineEdit()
        self.form.addRow(self.tr("票号"), self.number)
        self.form.addRow(self.tr("原因*"), self.reason)

    def submit(self) -> None:
        self.ops.commands.work.void_ballot(
            self.actor, self.code, int(self.number.text() or 0), self.reason.text()
        )


class CloseRoundDialog(RecordDialog):
    """结束直评: the day counting finished; the results are published (R-R4)."""

    def __init__(self, ops: Operations, actor: Actor, code: str, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("结束直评 {0}").format(code), parent)
        self.actor, self.code = actor, code
        self.on = date_edit(ops.commands.clock.today())
        self.form.addRow(self.tr("结束日期"), self.on)

    def submit(self) -> None:
        self.ops.commands.work.close_rating_round(self.actor, self.code, to_date(self.on))


class ArticleDialog(RecordDialog):
    """提交调研文章: a new version each time; the file is kept once by its SHA-256."""

    def __init__(
        self, ops: Operations, actor: Actor, author: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(ops, self.tr("提交调研文章"), parent)
        self.actor = actor
        self.author = QLineEdit(author)
        self.author.setObjectName("article_author")
        self.title = QLineEdit()
        self.title.setObjectName("article_title")
        self.topic = QComboBox()
        self.topic.addItem(self.tr("(无课题,自选)"), "")
        for code, title, _on, assignee in ops.queries.articles.topics():
            self.topic.addItem(f"{code} {title}({assignee})", code)
        self.on = date_edit(ops.commands.clock.today())
        self.file = QLineEdit()
        self.file.setObjectName("article_file")
        browse = QPushButton(self.tr("选择文件…"))
        browse.clicked.connect(self._browse)
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.file, 1)
        line.addWidget(browse)
        for label, widget in (
            (self.tr("作者编号*"), self.author),
            (self.tr("题目*"), self.title),
            (self.tr("课题"), self.topic),
            (self.tr("提交日期*"), self.on),
            (self.tr("文件"), row),
        ):
            self.form.addRow(label, widget)

    def _browse(self) -> None:
        path = file_dialog(
            self, self.tr("选择文章文件"), documents_folder(), self.tr("所有文件 (*)"), save=False
        )
        if path is not None:
            self.file.setText(str(path))

    def submit(self) -> None:
        path = Path(self.file.text().strip()) if self.file.text().strip() else None
        if path is not None and not path.is_file():
            rules.fail_malformed(f"文件“{path}”不存在")
        self.ops.commands.work.submit_article(
            self.actor,
            self.author.text(),
            self.title.text(),
            to_date(self.on),
            self.topic.currentData() or "",
            path.name if path else "",
            path.read_bytes() if path else None,
        )


class ArticleCorrectionDialog(RecordDialog):
    """更正 a submitted version: its title, topic and date prefilled; what changed is stored with a reason
    (a new file is a new version, submitted again)."""

    def __init__(self, ops: Operations, actor: Actor, row: Any, parent: QWidget | None = None) -> None:
        super().__init__(
            ops, self.tr("更正 {0} 的第 {1} 版调研文章").format(row.code, row.last_number), parent
        )
        self.actor, self.row = actor, row
        self.title = QLineEdit(row.last_title)
        self.title.setObjectName("article_title")
        self.topic = QComboBox()
        self.topic.addItem(self.tr("(无课题,自选)"), "")
        for code, title, _on, assignee in ops.queries.articles.topics():
            self.topic.addItem(f"{code} {title}({assignee})", code)
        self.topic.setCurrentIndex(max(0, self.topic.findData(row.topic)))
        self.on = date_edit(row.last_on or ops.commands.clock.today())
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setMinimumWidth(360)
        for label, widget in (
            (self.tr("题目*"), self.title),
            (self.tr("课题"), self.topic),
            (self.tr("提交日期*"), self.on),
            (self.tr("更正原因*"), self.reason),
        ):
            self.form.addRow(label, widget)

    def submit(self) -> None:
        self.ops.commands.work.correct_article(
            self.actor,
            self.row.code,
            self.row.last_number,
            {"title": self.title.text(), "topic": self.topic.currentData() or "", "on": to_date(self.on)},
            self.reason.text(),
        )


class TopicDialog(RecordDialog):
    def __init__(self, ops: Operations, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("下达调研课题"), parent)
        self.actor = actor
        self.code, self.title, self.assignee = QLineEdit(), QLineEdit(), QLineEdit()
        self.on = date_edit(ops.commands.clock.today())
        for label, widget in (
            (self.tr("课题编号*"), self.code),
            (self.tr("课题名称*"), self.title),
            (self.tr("承担人编号*"), self.assignee),
            (self.tr("下达日期*"), self.on),
        ):
            self.form.addRow(label, widget)

    def submit(self) -> None:
        self.ops.commands.work.set_research_topic(
            self.actor, self.code.text(), self.title.text(), to_date(self.on), self.assignee.text()
        )


class ArticlesPage(Page):
    watches = frozenset({"articles", "roster", "settings"})

    def __init__(self, ops: Operations, actor: Actor) -> None:
        super().__init__(ops, actor)
        self.query = ops.queries.articles
        self.rows: list[Any] = []
        self.table = table(
            "article_register",
            [
                self.tr("人员编号"),
                self.tr("姓名"),
                self.tr("单位"),
                self.tr("应交"),
                self.tr("状态"),
                self.tr("版本"),
                self.tr("题目"),
                self.tr("提交日期"),
                self.tr("课题"),
                self.tr("文件"),
            ],
        )
        self.summary = QLabel()
        buttons = QHBoxLayout()
        writable = actor.role not in rules.READ_ONLY_ROLES
        for text, slot, enabled in (
            (self.tr("提交文章…"), self.submit_article, writable),
            (self.tr("更正…"), self.correct_article, writable),
            (self.tr("作废…"), self.void_article, writable),
            (self.tr("打开文件"), self.open_file, True),
            (self.tr("下达课题…"), self.set_topic, actor.role == rules.ADMIN),
            (
                self.tr("导出…"),
                lambda: self.export_view(self.tr("调研文章"), self.visible_rows(self.table)),
                True,
            ),
            (
                self.tr("打印…"),
                lambda: self.print_view(self.tr("调研文章"), self.visible_rows(self.table)),
                True,
            ),
        ):
            button = QPushButton(text)
            button.setEnabled(enabled)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box(self.table, self.tr("按编号、姓名、单位、题目或课题搜索")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.rows = self.query.register(self.up_to)
        fill(
            self.table,
            [
                [
                    r.code,
                    r.name,
                    r.unit,
                    self.tr("应交") if r.required else self.tr("自愿"),
                    r.status,
                    str(r.versions),
                    r.last_title,
                    str(r.last_on or ""),
                    r.topic,
                    r.file_name,
                ]
                for r in self.rows
            ],
        )
        required = [r for r in self.rows if r.required]
        self.summary.setText(
            self.tr("应交 {0} 人:已提交 {1},迟交 {2},未提交 {3}").format(
                len(required),
                sum(r.status == ArticleStatus.SUBMITTED for r in required),
                sum(r.status == ArticleStatus.LATE for r in required),
                sum(r.status == ArticleStatus.MISSING for r in required),
            )
        )

    def selected_row(self) -> object | None:
        code = selected_text(self.table)
        return next((r for r in self.rows if r.code == code), None) if code else None

    def submit_article(self) -> None:
        row = self.selected_row()
        ArticleDialog(self.ops, self.actor, getattr(row, "code", ""), self).exec()

    def set_topic(self) -> None:
        TopicDialog(self.ops, self.actor, self).exec()

    def _latest(self) -> Any:
        """The selected author's latest version standing, or a word to the clerk."""
        row = self.selected_row()
        if row is None or not getattr(row, "last_number", 0):
            QMessageBox.information(self, self.tr("提示"), self.tr("请先选中一位已提交文章的作者"))
            return None
        return row

    def correct_article(self) -> None:
        """更正 the selected author's latest version: the form again, prefilled, a reason required."""
        row = self._latest()
        if row is not None:
            ArticleCorrectionDialog(self.ops, self.actor, row, self).exec()

    def void_article(self) -> None:
        row = self._latest()
        if row is None:
            return

        def void(d: ReasonDialog) -> None:
            self.ops.commands.work.void_article(self.actor, row.code, row.last_number, d.reason.text())

        title = self.tr("作废 {0} 的第 {1} 版调研文章《{2}》").format(
            row.code, row.last_number, row.last_title
        )
        ReasonDialog(self.ops, title, void, self, with_date=False).exec()

    def open_file(self) -> None:
        """Writes the stored version to a temporary folder and opens it with the desktop's program."""
        row = self.selected_row()
        sha = getattr(row, "sha256", "")
        stored = self.ops.commands.work.stored_file(sha)
        if stored is None:
            QMessageBox.information(self, self.tr("提示"), self.tr("所选作者没有附带文件的文章"))
            return
        target = Path(tempfile.mkdtemp(prefix="lianxin-")) / (stored.name or f"{sha[:12]}.bin")
        target.write_bytes(stored.data())
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))


class ExemplarDialog(RecordDialog):
    def __init__(self, ops: Operations, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("推荐典型经验"), parent)
        self.actor = actor
        self.code, self.record, self.summary = QLineEdit(), QLineEdit(), QLineEdit()
        self.kind = QComboBox()
        self.kind.addItems(list(EXEMPLAR_KINDS))
        self.on = date_edit(ops.commands.clock.today())
        for label, widget in (
            (self.tr("编号*"), self.code),
            (self.tr("推荐日期*"), self.on),
            (self.tr("记录类别*"), self.kind),
            (self.tr("记录编码*"), self.record),
            (self.tr("摘要*"), self.summary),
        ):
            self.form.addRow(label, widget)

    def submit(self) -> None:
        self.ops.commands.work.nominate_exemplar(
            self.actor,
            self.code.text(),
            to_date(self.on),
            self.kind.currentText(),
            self.record.text(),
            self.summary.text(),
        )


class ExemplarsPage(Page):
    watches = frozenset(
        {"articles", "roster", "visits", "concerns", "contacts", "interviews", "unit_work", "settings"}
    )

    def __init__(self, ops: Operations, actor: Actor) -> None:
        super().__init__(ops, actor)
        self.query = ops.queries.articles
        self.rows: list[Any] = []
        self.table = table(
            "exemplars",
            [
                self.tr("编号"),
                self.tr("推荐日期"),
                self.tr("记录类别"),
                self.tr("记录编码"),
                self.tr("摘要"),
                self.tr("上报日期"),
            ],
        )
        buttons = QHBoxLayout()
        writable = actor.role not in rules.READ_ONLY_ROLES
        for text, slot, enabled in (
            (self.tr("推荐…"), self.nominate, writable),
            (self.tr("上报"), self.report, writable),
            (self.tr("更正…"), self.correct, writable),
            (self.tr("作废…"), self.void, writable),
            (
                self.tr("导出…"),
                lambda: self.export_view(self.tr("典型经验"), self.visible_rows(self.table)),
                True,
            ),
            (
                self.tr("打印…"),
                lambda: self.print_view(self.tr("典型经验"), self.visible_rows(self.table)),
                True,
            ),
        ):
            button = QPushButton(text)
            button.setEnabled(enabled)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box(self.table, self.tr("按编号、记录或摘要搜索")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.rows = self.query.exemplars(self.up_to)
        fill(
            self.table,
            [
                [r.code, str(r.on), r.record_kind, r.record_code, r.summary, str(r.reported_on or "")]
                for r in self.rows
            ],
        )

    def nominate(self) -> None:
        ExemplarDialog(self.ops, self.actor, self).exec()

    def report(self) -> None:
        code = selected_text(self.table)
        if code:
            self.ops.run(
                self,
                self.ops.commands.work.report_exemplar,
                self.actor,
                code,
                self.ops.commands.clock.today(),
            )

    def correct(self) -> None:
        """更正 a typing mistake in the summary or the date: the form again, prefilled, a reason."""
        from desk.gui.forms import CorrectionDialog

        code = selected_text(self.table)
        if code:
            CorrectionDialog(self.ops, self.actor, "exemplar", code, self).exec()

    def void(self) -> None:
        """作废 a practice nominated by mistake: kept in the record and the audit trail, gone from the list."""
        from desk.gui.forms import ReasonDialog

        code = selected_text(self.table)
        if not code:
            return

        def submit(d: ReasonDialog) -> None:
            self.ops.commands.void_record(self.actor, "exemplar", code, d.reason.text())

        ReasonDialog(self.ops, self.tr("作废典型经验 {0}").format(code), submit, self, with_date=False).exec()
