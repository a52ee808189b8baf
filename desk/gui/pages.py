"""The pages of the main window: roster, audit trail, settings."""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar, TypeVar, cast

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QDateTime,
    QEventLoop,
    QObject,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk.gui import printing
from desk.gui.forms import HouseholdDialog, PersonDialog, ReasonDialog, RecordDialog, to_date
from desk.gui.models import Column, LazyTableModel
from desk.gui.operations import Operations, english
from desk.gui.output import Provenance, model_table, save_file_name, table_html
from desk.privacy import mask_address, mask_phone, needs_mask
from desk.sheets import write_table
from domain import rules
from domain.base import Actor
from domain.campaign import MUST_VISIT_CATEGORIES, PARAMETER_LABELS
from domain.errors import DomainError
from domain.operators import check_typed_twice
from domain.quota import QuotaRole
from projections.audit import KIND_LABELS, AuditFilter, AuditRow
from projections.audit_en import KIND_EN
from projections.roster import RosterFilter


def make_table(model: LazyTableModel, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    model.views.append(view)
    view.setSortingEnabled(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setDefaultSectionSize(24)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)

    def fit_once() -> None:
        """The first widths from what the first rows hold, each at most 240 px (Qt's 100 px each elided
        the phones and pushed a ledger's last column, 尚缺, off a 1280 px window); the widths the operator
        left are restored instead (MainWindow marks the view `fitted`)."""
        if view.property("fitted") or model.rowCount() == 0:
            return
        view.setProperty("fitted", True)
        header.setResizeContentsPrecision(40)
        view.resizeColumnsToContents()
        for column in range(model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column), 240))

    model.modelReset.connect(fit_once)
    return view


def stretch_last(table: QTableView) -> None:
    """After fitting columns to their contents (a refresh during a rebuild fits them to no rows), the last
    column fills the table's width again (a trial saw the settings' tables lose it)."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setStretchLastSection(True)


def fill_unit_combo(
    combo: QComboBox, units: list[Any], everything: str, *, villages_only: bool = False
) -> None:
    """The unit filter of a ledger, refilled without losing the choice or announcing a change."""
    combo.blockSignals(True)
    current = combo.currentData()
    combo.clear()
    combo.addItem(everything, "")
    for u in units:
        if not villages_only or u.kind in ("村", "街", "居"):
            combo.addItem(f"{u.code} {u.name}", u.code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def add_buttons(layout: QHBoxLayout, specs: list[tuple[str, Any, str, bool]]) -> dict[str, QPushButton]:
    """A page's row of buttons: (text, slot, object name, enabled)."""
    buttons = {}
    for text, slot, name, enabled in specs:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setEnabled(enabled)
        button.clicked.connect(slot)
        layout.addWidget(button)
        buttons[name] = button
    return buttons


T = TypeVar("T")

#: how the audit trail names a page (its Chinese title, not the program's class name)
PAGE_NAMES = {
    "RosterPage": "人员与单位",
    "VisitLedgerPage": "走访台帐",
    "ConcernsPage": "问题诉求",
    "ContactLedgerPage": "联系台帐",
    "UnitWorkPage": "单位实事",
}


#: rows written between two steps of an export's progress
EXPORT_STEP = 500


class Cancelled(Exception):
    """Long work the operator cancelled (where stopping half-way is safe)."""


class _Waiting(QProgressDialog):
    """The progress of long work. One that must run to its end (an erasure's rebuild: the keys are gone
    at once) has no 取消, and neither its title bar's close nor Esc stops or hides it."""

    def __init__(self, label: str, cancel: str, total: int, parent: QWidget, *, cancellable: bool) -> None:
        super().__init__(label, cancel, 0, total, parent)
        self.setObjectName("long_work")
        self.cancellable, self.finished_work = cancellable, False
        if not cancellable:
            self.setCancelButton(None)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(300)
        self.setAutoReset(False)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.cancellable or self.finished_work:
            super().closeEvent(event)
        else:
            event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape and not self.cancellable:
            event.accept()  # not a way out of work that must finish
            return
        super().keyPressEvent(event)


class _WorkSignals(QObject):
    """Carries a long work's progress from its thread to the dialog (queued across the threads)."""

    advanced = Signal(int)
    finished = Signal()


class Page(QWidget):
    """A view of the main window. With deferred operations, a page off screen only notes that it is
    stale and reloads when shown: opening the app loads the dashboard, not every ledger."""

    #: the read models this page shows (empty: all of them); a change elsewhere does not reload it
    watches: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, ops: Operations, actor: Actor) -> None:
        super().__init__()
        self.ops = ops
        self.actor = actor
        self.up_to: int | None = None
        self.moment: datetime | None = None  # 回看, set with up_to by the main window
        self.stale = False
        self.masked = needs_mask(actor.role)  # phones and addresses, for 督查 and 领导 (unmasked: audited)
        ops.changed.connect(self._on_changed)

    def _on_changed(self, _position: int, names: frozenset[str]) -> None:
        if self.watches and names and not names & self.watches:
            return  # nothing this page shows changed
        self.refresh()

    def detach(self) -> None:
        """Stops following the store (the window is replaced: another operator's)."""
        self.ops.changed.disconnect(self._on_changed)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "refresh" in cls.__dict__:
            load = cls.__dict__["refresh"]

            @functools.wraps(load)
            def refresh(self: Page) -> None:
                if self.ops.deferred and not self.isVisible():
                    self.stale = True
                    return
                self.stale = False
                load(self)

            setattr(cls, "refresh", refresh)  # noqa: B010 - replacing the class's own method

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self.stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        raise NotImplementedError

    def today(self) -> date:
        """The business day at this workstation (the clock is injected: tests and the demo fix it)."""
        return self.ops.commands.clock.today()

    def phone(self, value: Any) -> str:
        return mask_phone(value) if self.masked else str(value or "")

    def address(self, value: Any) -> str:
        return mask_address(value) if self.masked else str(value or "")

    def with_progress(
        self,
        label: str,
        work: Callable[[Callable[[int], None]], T],
        *,
        cancellable: bool = False,
        total: int | None = None,
    ) -> T:
        """Long work (over the whole log by default: an erasure's rebuild, a verification; or over `total`
        steps: an export's rows) on a thread of its own, with a progress dialog: the window keeps painting
        and answering, and the poll leaves the projector alone meanwhile. `cancellable` (only where stopping
        half-way leaves nothing half-done: a verification, an export written aside) gives the dialog 取消,
        which stops the work at its next step with `Cancelled`."""
        if total is None:
            total = int(self.ops.commands.recorder.max_notification_id() or 0)
        waiting = _Waiting(
            label, self.tr("取消") if cancellable else "", total, self, cancellable=cancellable
        )
        stop = threading.Event()
        if cancellable:  # a dialog closes with `canceled` too: only a cancellable work listens
            waiting.canceled.connect(stop.set)
        bridge = _WorkSignals()
        bridge.advanced.connect(lambda n: waiting.setValue(min(total, waiting.value() + n)))
        loop = QEventLoop()
        bridge.finished.connect(loop.quit)
        outcome: dict[str, Any] = {}

        def advance(n: int) -> None:
            if stop.is_set():
                raise Cancelled
            bridge.advanced.emit(n)

        def run() -> None:
            try:
                outcome["value"] = work(advance)
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, raised there
                outcome["error"] = exc
            finally:
                bridge.finished.emit()

        with self.ops.long_command():
            worker = threading.Thread(target=run, name="long-work", daemon=True)
            worker.start()
            loop.exec()
            worker.join()
        waiting.finished_work = True
        waiting.close()
        waiting.deleteLater()
        if "error" in outcome:
            raise outcome["error"]
        return cast(T, outcome["value"])

    def unmask(self) -> None:
        """显示完整联系方式: deliberate (asked), audited, for this page until it is closed; pressed again,
        the details are masked again."""
        button = self.findChild(QPushButton, "btn_unmask")
        if not self.masked and needs_mask(self.actor.role):
            self.masked = True
            if button is not None:
                button.setText(self.tr("显示完整联系方式…"))
            self.refresh()
            return
        asked = QMessageBox.question(
            self,
            self.tr("显示完整联系方式"),
            self.tr("联系电话和地址属于群众的个人信息。确需查看完整内容吗?此操作记入审计日志。"),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        if self.ops.run(
            self,
            self.ops.commands.record_export,
            self.actor,
            "查看完整联系方式",
            PAGE_NAMES.get(type(self).__name__, type(self).__name__),
            "",
            "",
        ):
            self.masked = False
            if button is not None:
                button.setText(self.tr("重新隐藏联系方式"))
            self.refresh()

    def judged_on(self) -> date:
        """The day figures are judged on: the 回看 moment's day, or today (tags in force, overdue)."""
        return self.moment.date() if self.moment else self.today()

    # --- outputs: what the page shows, as it shows it ---------------------------------------------

    def filters_text(self) -> str:
        """The page's filters in words ("青山村;搜索“张”"), for what is printed and exported."""
        parts = []
        for widget in self.findChildren(QWidget):
            if widget.window() is not self.window() or not widget.isVisibleTo(self):
                continue
            if isinstance(widget, QComboBox) and widget.currentIndex() > 0:
                parts.append(widget.currentText())
            elif (
                isinstance(widget, QLineEdit)
                and not isinstance(widget.parent(), QAbstractSpinBox)  # a date field's own line edit
                and widget.objectName() != "printed_head"
                and not widget.isReadOnly()
                and widget.text().strip()
            ):
                parts.append(self.tr("搜索“{0}”").format(widget.text().strip()))
            elif isinstance(widget, QCheckBox) and widget.isChecked():
                parts.append(widget.text())
        return ";".join(parts)

    def provenance(self, title: str, filters: str | None = None) -> Provenance:
        """`filters`: what narrows the rows, when it is not the page's own filters (a drill-down's figure)."""
        head_id, link = self.ops.queries.head(self.up_to)
        return Provenance(
            title,
            self.filters_text() if filters is None else filters,
            self.moment,
            head_id,
            link,
            self.actor.operator,
            self.ops.commands.clock.now().astimezone(),
        )

    def _audit_output(self, what: str, target: str, provenance: Provenance) -> None:
        """R-S4: every export, print and PDF is itself an audited event (the trail says 导出 itself)."""
        moment = f"{provenance.moment:%Y-%m-%dT%H:%M}" if provenance.moment else ""
        what = "" if what == self.tr("导出") else what
        self.ops.run(
            self,
            self.ops.commands.record_export,
            self.actor,
            f"{what} {provenance.describe()}".strip(),
            target,
            moment,
            provenance.chain_head,
        )

    def search_box(self, table: QTableWidget, placeholder: str) -> QLineEdit:
        """A search box over a table the page fills itself: rows without the text are hidden (again after
        every reload), and `visible_rows(table)` is what export and print then take."""
        box = QLineEdit()
        box.setObjectName(f"search_{table.objectName()}")
        box.setPlaceholderText(placeholder)
        box.setClearButtonEnabled(True)
        model = table.model()
        # once per reload, not per cell filled; read through the model (QTableWidget.item() of an empty
        # cell returns None, which PySide6 6.12 miscounts: thousands of those ended the process)
        again = QTimer(table)  # lives as long as the table whose signals start it
        again.setSingleShot(True)
        again.setInterval(0)

        def apply() -> None:
            if not shiboken6.isValid(box):  # the page went first
                return
            words = box.text().strip().lower()
            for r in range(model.rowCount()):
                text = " ".join(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
                table.setRowHidden(r, bool(words) and words not in text.lower())

        again.timeout.connect(apply)
        box.textChanged.connect(lambda _t: apply())
        model.rowsInserted.connect(lambda *_a: again.start())
        model.dataChanged.connect(lambda *_a: again.start())
        model.modelReset.connect(lambda *_a: again.start())
        return box

    @staticmethod
    def visible_rows(table: QTableWidget) -> QAbstractItemModel:
        """The rows of a table the search leaves visible, in the order shown: what export and print take."""
        source = table.model()
        columns = range(source.columnCount())
        model = QStandardItemModel(0, source.columnCount(), table)
        model.setHorizontalHeaderLabels(
            [str(source.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
        )
        for r in range(source.rowCount()):
            if not table.isRowHidden(r):
                model.appendRow([QStandardItem(str(source.index(r, c).data() or "")) for c in columns])
        return model

    def export_view(self, title: str, model: QAbstractItemModel, filters: str | None = None) -> Path | None:
        """导出…: the rows and columns on screen, with the page's filters (or `filters`) and 回看 moment."""
        name = f"{title}-{self.today():%Y%m%d}.xlsx"
        path = save_file_name(self, self.tr("导出"), name, self.tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"))
        if path is None:
            return None
        if path.suffix.lower() not in (".xlsx", ".csv"):
            path = path.with_name(path.name + ".xlsx")
        read = self.read_rows(model)
        if read is None:
            return None
        header, rows = read
        provenance = self.provenance(title, filters)

        def write(advance: Callable[[int], None]) -> int:
            def told() -> Iterator[list[str]]:
                for n, row in enumerate(rows, start=1):
                    if n % EXPORT_STEP == 0:
                        advance(EXPORT_STEP)  # raises Cancelled after 取消: the file is written aside
                    yield row

            # 取消 while the workbook is saved still stops it, before the file takes its name
            return write_table(path, title, header, told(), provenance.lines(), lambda: advance(0))

        try:  # a ledger of tens of thousands of rows takes a while: the window keeps answering meanwhile
            count = self.with_progress(
                self.tr("正在导出 {0} 行…").format(len(rows)), write, cancellable=True, total=len(rows)
            )
        except Cancelled:
            return None
        except DomainError as error:
            QMessageBox.warning(self, self.tr("未能导出"), error.message)
            return None
        self._audit_output(self.tr("导出"), path.name, provenance)
        QMessageBox.information(
            self, self.tr("导出"), self.tr("已导出 {0} 行到 {1}。").format(count, str(path))
        )
        return path

    def read_rows(self, model: QAbstractItemModel) -> tuple[list[str], list[list[str]]] | None:
        """The rows of a model as `model_table` reads them — on the GUI thread, as a Qt model must be read,
        so a step at a time behind a progress dialog that keeps the window painting (60,000 visits took
        seconds); None after 取消."""
        total = model.rowCount()
        if total <= EXPORT_STEP:
            return model_table(model)
        waiting = _Waiting(
            self.tr("正在读取 {0} 行…").format(total), self.tr("取消"), total, self, cancellable=True
        )

        def step(done: int) -> bool:
            waiting.setValue(done)
            QApplication.processEvents()  # the dialog is window-modal: nothing else is pressed
            return not waiting.wasCanceled()

        try:
            return model_table(model, step, EXPORT_STEP)
        finally:
            waiting.finished_work = True
            waiting.close()
            waiting.deleteLater()

    def print_view(self, title: str, model: QAbstractItemModel, *, landscape: bool = True) -> QDialog | None:
        """打印…: Qt's print preview of the rows on screen (header row on every page, page numbers, the
        filters, the moment and the chain head); printing from it is audited."""
        if model.rowCount() > 5000:
            QMessageBox.information(
                self,
                self.tr("打印"),
                self.tr("共 {0} 行,请先筛选(如选一个村居)再打印。").format(model.rowCount()),
            )
            return None
        read = self.read_rows(model)
        if read is None:
            return None
        header, rows = read
        provenance = self.provenance(title)
        try:
            dialog = printing.preview(
                self, table_html(title, header, rows, provenance), title, landscape=landscape
            )
        except DomainError as error:
            QMessageBox.warning(self, self.tr("无法打印"), error.message)
            return None
        dialog.accepted.connect(lambda: self._audit_output(self.tr("打印"), self.tr("打印机"), provenance))
        return dialog

    def preview_record(self, parent: QWidget, title: str, html_text: str, header: str) -> QDialog | None:
        """The print preview of a record dialog opened from this page, audited like the page's outputs."""
        provenance = self.provenance(title)
        try:
            dialog = printing.preview(parent, html_text, header)
        except DomainError as error:
            QMessageBox.warning(parent, self.tr("无法打印"), error.message)
            return None
        dialog.accepted.connect(lambda: self._audit_output(self.tr("打印"), self.tr("打印机"), provenance))
        return dialog

    def save_pdf(
        self,
        title: str,
        html_text: str,
        header: str,
        *,
        landscape: bool = False,
        parent: QWidget | None = None,
    ) -> Path | None:
        """存为 PDF…: through the same printing path, audited."""
        path = save_file_name(
            parent or self, self.tr("存为 PDF"), f"{title}-{self.today():%Y%m%d}.pdf", "PDF (*.pdf)"
        )
        if path is None:
            return None
        provenance = self.provenance(title)
        try:
            printing.write_pdf(path, html_text, header, landscape=landscape)
        except DomainError as error:
            QMessageBox.warning(parent or self, self.tr("未能保存"), error.message)
            return None
        self._audit_output("PDF", path.name, provenance)
        return path


class RosterPage(Page):
    watches = frozenset({"roster", "settings"})

    def __init__(self, ops: Operations, actor: Actor) -> None:
        super().__init__(ops, actor)
        self.query = ops.queries.roster
        self.search = QLineEdit()
        self.search.setObjectName("roster_search")
        self.search.setPlaceholderText(self.tr("按编号、姓名、电话或地址搜索"))
        self.unit = QComboBox()
        self.unit.setObjectName("roster_unit")
        self.role = QComboBox()
        self.role.addItem(self.tr("全部联系任务"), "")
        for r in QuotaRole:
            self.role.addItem(r.value, r.value)
        self.tag = QComboBox()
        self.tag.addItem(self.tr("全部农户"), "")
        for c in MUST_VISIT_CATEGORIES:
            self.tag.addItem(c, c)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 2)
        bar.addWidget(self.unit, 1)
        bar.addWidget(self.role)
        bar.addWidget(self.tag)
        self.people = LazyTableModel(
            [
                Column(self.tr("人员编号"), lambda r: r.code, "code"),
                Column(self.tr("姓名"), lambda r: r.name, "name"),
                Column(self.tr("性别"), lambda r: r.gender),
                Column(self.tr("单位"), lambda r: r.unit_name, "unit"),
                Column(self.tr("身份"), lambda r: r.identities, "identities"),
                Column(self.tr("党员"), lambda r: r.party_member),
                Column(self.tr("困难党员"), lambda r: r.hardship_member),
                Column(self.tr("分工村居"), lambda r: r.assigned_village),
                Column(self.tr("联系任务"), lambda r: r.quota_role, "role"),
                Column(self.tr("联系电话"), lambda r: self.phone(r.phone)),
            ],
            self._people_ids,
            lambda ids: self.query.people_rows(ids, self.up_to),
            self,
        )
        self.households = LazyTableModel(
            [
                Column(self.tr("户编号"), lambda r: r.code, "code"),
                Column(self.tr("户主"), lambda r: r.head_name, "head"),
                Column(self.tr("村居"), lambda r: r.village_name, "village"),
                Column(self.tr("村民小组"), lambda r: r.group, "group"),
                Column(self.tr("地址"), lambda r: self.address(r.address)),
                Column(self.tr("人口"), lambda r: r.size, "size"),
                Column(self.tr("联系电话"), lambda r: self.phone(r.phone)),
                Column(self.tr("五必访"), lambda r: r.tags),
            ],
            self._household_ids,
            lambda ids: self.query.household_rows(ids, self.up_to),
            self,
        )
        self.units = LazyTableModel(
            [
                Column(self.tr("单位编码"), lambda r: r.code, "code"),
                Column(self.tr("单位名称"), lambda r: r.name),
                Column(self.tr("类别"), lambda r: r.kind),
                Column(self.tr("上级单位"), lambda r: r.parent_code),
            ],
            self._unit_ids,
            self._unit_rows,
            self,
        )
        self.tabs = QTabWidget()
        self.people_view = make_table(self.people, "people_table")
        self.household_view = make_table(self.households, "household_table")
        self.unit_view = make_table(self.units, "unit_table")
        self.tabs.addTab(self.people_view, self.tr("人员"))
        self.tabs.addTab(self.household_view, self.tr("农户"))
        self.tabs.addTab(self.unit_view, self.tr("单位"))
        self.count = QLabel()
        buttons = QHBoxLayout()
        for text, slot, name in (
            (self.tr("登记…"), self.register, "btn_register"),
            (self.tr("修改…"), self.change, "btn_change"),
            (self.tr("更正…"), self.correct, "btn_correct"),
            (self.tr("五必访标签…"), self.tag_household, "btn_tag"),
            (self.tr("从 Excel 导入…"), self.import_workbook, "btn_import"),
            (self.tr("注销…"), self.retire, "btn_retire"),
            (self.tr("导出…"), self.export_current, "btn_export"),
            (self.tr("打印…"), self.print_current, "btn_print"),
            (self.tr("显示完整联系方式…"), self.unmask, "btn_unmask"),
            (self.tr("删除个人信息…"), self.forget, "btn_forget"),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            button.setEnabled(actor.role not in rules.READ_ONLY_ROLES or name in ("btn_export", "btn_print"))
            if name == "btn_unmask":
                button.setVisible(self.masked)
                button.setEnabled(True)
            if name == "btn_forget":
                button.setVisible(actor.role == rules.ADMIN)
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)
        self.search.textChanged.connect(lambda _t: self.refresh())
        for combo in (self.unit, self.role, self.tag):
            combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tabs.currentChanged.connect(lambda _i: self._update_count())
        self._load_units()
        self.refresh()

    def _load_units(self) -> None:
        fill_unit_combo(self.unit, self.query.units(self.up_to), self.tr("全部单位"))

    def filter(self) -> RosterFilter:
        return RosterFilter(
            text=self.search.text().strip(),
            unit_code=self.unit.currentData() or "",
            quota_role=self.role.currentData() or "",
            tag=self.tag.currentData() or "",
            up_to=self.up_to,
            on=self.ops.commands.clock.today(),
        )

    def _people_ids(self, sort: str, desc: bool) -> list[int]:
        return self.query.people_ids(self.filter(), sort, desc)

    def _household_ids(self, sort: str, desc: bool) -> list[int]:
        return self.query.household_ids(self.filter(), sort, desc)

    def _unit_ids(self, sort: str, desc: bool) -> list[int]:
        self._unit_list = [
            u
            for u in self.query.units(self.up_to)
            if not self.search.text() or self.search.text() in u.code + u.name
        ]
        return list(range(len(self._unit_list)))

    def _unit_rows(self, ids: list[int]) -> dict[int, Any]:
        return {i: self._unit_list[i] for i in ids}

    def refresh(self) -> None:
        self._load_units()
        for model in (self.people, self.households, self.units):
            model.refresh()
        self._update_count()

    def _update_count(self) -> None:
        model = (self.people, self.households, self.units)[self.tabs.currentIndex()]
        self.count.setText(self.tr("共 {0} 条").format(model.rowCount()))

    def _selected(self) -> Any:
        view = (self.people_view, self.household_view, self.unit_view)[self.tabs.currentIndex()]
        rows = view.selectionModel().selectedRows()
        if not rows:
            QMessageBox.information(self, self.tr("提示"), self.tr("请先选中一行"))
            return None
        return view.model().row_at(rows[0].row())  # type: ignore[attr-defined]

    def register(self) -> None:
        dialog: QDialog
        if self.tabs.currentIndex() == 1:
            dialog = HouseholdDialog(self.ops, self.actor, parent=self)
        elif self.tabs.currentIndex() == 0:
            dialog = PersonDialog(self.ops, self.actor, parent=self)
        else:
            dialog = UnitDialog(self.ops, self.actor, self)
        dialog.exec()

    def change(self) -> None:
        row = self._selected()
        if row is None:
            return
        if self.tabs.currentIndex() == 0:
            PersonDialog(self.ops, self.actor, row, self).exec()
        elif self.tabs.currentIndex() == 1:
            HouseholdDialog(self.ops, self.actor, row, self).exec()

    def tag_household(self) -> None:
        if self.tabs.currentIndex() != 1:
            self.tabs.setCurrentIndex(1)
            return
        row = self._selected()
        if row is None:
            return
        current = set(filter(None, row.tags.split("、")))

        def submit(d: ReasonDialog) -> None:
            category = d.category.currentText()
            self.ops.commands.roster.tag_household(
                self.actor, row.code, category, to_date(d.on), d.reason.text(), add=category not in current
            )

        ReasonDialog(
            self.ops, self.tr("加/减五必访标签:{0}").format(row.code), submit, self, with_category=True
        ).exec()

    def retire(self) -> None:
        row = self._selected()
        if row is None:
            return
        app = self.ops.commands
        use_case = (app.roster.retire_person, app.roster.retire_household, app.roster.retire_unit)[
            self.tabs.currentIndex()
        ]

        def submit(d: ReasonDialog) -> None:
            use_case(self.actor, row.code, to_date(d.on), d.reason.text())

        ReasonDialog(self.ops, self.tr("注销 {0}").format(row.code), submit, self).exec()

    def import_workbook(self) -> QDialog:
        from desk.gui.importing import ImportDialog

        dialog = ImportDialog(self.ops, self.actor, self)
        dialog.open()
        return dialog

    def correct(self) -> None:
        """更正 a typing mistake (a reason, the original kept) — unlike 修改, a real change in life."""
        from desk.gui.forms import CorrectionDialog

        row = self._selected()
        if row is not None:
            kind = ("person", "household", "unit")[self.tabs.currentIndex()]
            CorrectionDialog(self.ops, self.actor, kind, row.code, self).exec()

    def forget(self) -> None:
        """删除个人信息 (PIPL art. 47) of a household — its name, phone, address and the free text of its
        visits and concerns — or of a person, with what cadres wrote of their contacts; for good. The history
        and every figure stay."""
        if self.tabs.currentIndex() not in (0, 1):
            self.tabs.setCurrentIndex(1)
            return
        kind = ("person", "household")[self.tabs.currentIndex()]
        row = self._selected()
        if row is None:
            return
        warning = (
            self.tr(
                "将永久删除农户 {0} 的户主姓名、电话、地址及其走访记录和问题诉求中的叙述,无法恢复。"
                "记录与统计数字保留。确定要继续吗?"
            )
            if kind == "household"
            else self.tr(
                "将永久删除人员 {0} 的姓名、电话及干部与其联系、谈心的记录内容,无法恢复。"
                "记录与统计数字保留。确定要继续吗?"
            )
        )
        app = self.ops.commands
        if app.is_erased(kind, row.code):
            QMessageBox.information(
                self, self.tr("删除个人信息"), self.tr("{0} 的个人信息已经删除,无需再删").format(row.code)
            )
            return
        name = getattr(row, "head_name", "") or getattr(row, "name", "")
        sure = QMessageBox.question(
            self,
            self.tr("删除个人信息"),
            warning.format(f"{row.code} {name}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # irreversible: the safe answer is the default
        )
        if sure != QMessageBox.StandardButton.Yes:
            return
        done: list[int] = []

        def submit(d: ReasonDialog) -> None:
            # no cancel: the keys are gone at once, the rebuild must run to its end
            done.append(
                self.with_progress(
                    self.tr("正在删除个人信息并重建台帐…"),
                    lambda advance: self.ops.services.forget(
                        self.actor, kind, row.code, d.reason.text(), advance
                    ),
                )
            )

        form = ReasonDialog(
            self.ops, self.tr("删除个人信息:{0}").format(row.code), submit, self, with_date=False
        )
        form.reason.setPlaceholderText(self.tr("如:本人申请(个人信息保护法第四十七条)"))
        form.exec()
        if done:
            QMessageBox.information(
                self,
                self.tr("删除个人信息"),
                self.tr("已删除 {0} 的个人信息(涉及 {1} 条记录)。记录与统计数字保留。").format(
                    row.code, done[0]
                )
                + "\n"
                + self.tr("此前用“备份”另存的副本仍含这些信息,请一并销毁;本机每日自动备份已同步删除。"),
            )

    def current_output(self) -> tuple[str, QAbstractItemModel]:
        return (
            (self.tr("人员名册"), self.people),
            (self.tr("农户名册"), self.households),
            (self.tr("单位名册"), self.units),
        )[self.tabs.currentIndex()]

    def export_current(self) -> None:
        self.export_view(*self.current_output())

    def print_current(self) -> None:
        self.print_view(*self.current_output())


class UnitDialog(RecordDialog):
    def __init__(self, ops: Operations, actor: Actor, parent: QWidget | None = None) -> None:
        from domain.roster import UNIT_KINDS

        super().__init__(ops, self.tr("登记单位"), parent)
        self.actor = actor
        self.code = QLineEdit()
        self.name = QLineEdit()
        self.kind = QComboBox()
        self.kind.addItems(list(UNIT_KINDS))
        self.parent_code = QLineEdit()
        self.form.addRow(self.tr("单位编码*"), self.code)
        self.form.addRow(self.tr("单位名称*"), self.name)
        self.form.addRow(self.tr("类别*"), self.kind)
        self.form.addRow(self.tr("上级单位编码"), self.parent_code)

    def submit(self) -> None:
        self.ops.commands.roster.register_unit(
            self.actor, self.code.text(), self.name.text(), self.kind.currentText(), self.parent_code.text()
        )


#: the audit trail's kinds of record as stored (Chinese), in English
KIND_LABELS_EN = {label: KIND_EN.get(name, label) for name, label in KIND_LABELS.items()}


def record_kind_said(kind: str) -> str:
    """The audit trail's kind of record in the window's language."""
    return KIND_LABELS_EN.get(kind, kind) if english() else kind


class AuditPage(Page):
    watches = frozenset({"audit"})

    def __init__(self, ops: Operations, actor: Actor) -> None:
        super().__init__(ops, actor)
        self.query = ops.queries.audit
        self.operator = QComboBox()
        self.operator.setObjectName("audit_operator")
        self.unit = QLineEdit()
        self.unit.setPlaceholderText(self.tr("单位编码"))
        self.record = QLineEdit()
        self.record.setObjectName("audit_record")
        self.record.setPlaceholderText(self.tr("记录编号"))
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("内容包含"))
        today = ops.commands.clock.today()
        # to the minute: a supervisor asks what was recorded between 14:00 and 14:30
        self.since = QDateTimeEdit(QDateTime(QDate(today.year - 1, 1, 1), QTime(0, 0)))
        self.until = QDateTimeEdit(QDateTime(QDate(today.year, today.month, today.day), QTime(23, 59)))
        self.since.setObjectName("audit_since")
        self.until.setObjectName("audit_until")
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("操作员")))
        bar.addWidget(self.operator)
        bar.addWidget(self.unit)
        bar.addWidget(self.record)
        bar.addWidget(self.text, 1)
        bar.addWidget(QLabel(self.tr("从")))
        bar.addWidget(self.since)
        bar.addWidget(QLabel(self.tr("到")))
        bar.addWidget(self.until)
        self.model = LazyTableModel(
            [
                Column(self.tr("序号"), lambda r: r.notification_id),
                Column(self.tr("录入时间"), lambda r: f"{r.recorded_at.astimezone():%Y-%m-%d %H:%M:%S}"),
                Column(self.tr("操作员"), lambda r: r.operator),
                Column(self.tr("工作站"), lambda r: r.workstation),
                Column(self.tr("代录(实际办理人)"), lambda r: r.done_by),
                Column(self.tr("记录"), lambda r: f"{record_kind_said(r.record_kind)} {r.record_code}"),
                Column(self.tr("单位"), lambda r: r.unit_code),
                Column(self.tr("内容"), self._sentence),
                Column(self.tr("更正"), lambda r: f"→ {r.corrects}" if r.corrects else ""),
            ],
            lambda _s, _d: self.query.ids(self.filter()),
            self.query.rows,
            self,
        )
        self.view = make_table(self.model, "audit_table")
        self.view.setSortingEnabled(False)
        self.view.setColumnWidth(1, 150)
        self.view.setColumnWidth(7, 460)
        self.chain = QLabel()
        self.chain.setObjectName("chain_status")
        self.head_input = QLineEdit()
        self.head_input.setObjectName("printed_head")
        self.head_input.setPlaceholderText(self.tr("核对输出上印的链头(可选)"))
        verify_button = QPushButton(self.tr("核对哈希链"))
        verify_button.setObjectName("btn_verify")
        # started once the click is over, not inside its handling: under X11 the clicks on the progress
        # dialog's 取消 never arrived while the work ran inside the click that started it (Esc did)
        verify_button.clicked.connect(lambda: QTimer.singleShot(0, self.verify))
        export_button = QPushButton(self.tr("导出…"))
        export_button.clicked.connect(lambda: self.export_view(self.tr("审计日志"), self.model))
        print_button = QPushButton(self.tr("打印…"))
        print_button.setObjectName("btn_print")
        print_button.clicked.connect(lambda: self.print_view(self.tr("审计日志"), self.model))
        foot = QHBoxLayout()
        foot.addWidget(self.chain, 1)
        foot.addWidget(self.head_input)
        foot.addWidget(verify_button)
        foot.addWidget(export_button)
        foot.addWidget(print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view)
        layout.addLayout(foot)
        for box in (self.unit, self.record, self.text):
            box.textChanged.connect(lambda _t: self.refresh())
        self.operator.currentIndexChanged.connect(lambda _i: self.refresh())
        self.since.dateTimeChanged.connect(lambda _d: self.refresh())
        self.until.dateTimeChanged.connect(lambda _d: self.refresh())
        self.refresh()

    def filter(self) -> AuditFilter:
        def moment(edit: QDateTimeEdit, end: bool) -> datetime:
            d, t = edit.date(), edit.time()
            start = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute()).astimezone()
            return start + timedelta(seconds=59, microseconds=999_999) if end else start

        return AuditFilter(
            operator=self.operator.currentData() or "",
            unit_code=self.unit.text().strip(),
            record=self.record.text().strip(),
            text=self.text.text().strip(),
            since=moment(self.since, False),
            until=moment(self.until, True),
            up_to=self.up_to,
        )

    def _sentence(self, r: AuditRow) -> str:
        """The event's sentence in the window's language, a back-filled activity marked (R-G3)."""
        text = r.summary_en if english() and r.summary_en else r.summary
        return (self.tr("[{0} 补录] ").format(r.flag) if r.flag else "") + text

    def refresh(self) -> None:
        current = self.operator.currentData()
        self.operator.blockSignals(True)
        self.operator.clear()
        self.operator.addItem(self.tr("全部"), "")
        for name in self.query.operators():
            self.operator.addItem(name, name)
        self.operator.setCurrentIndex(max(self.operator.findData(current), 0))
        self.operator.blockSignals(False)
        self.model.refresh()
        head_id, link = self.ops.queries.head(self.up_to)
        self.chain.setText(
            self.tr("共 {0} 条 · 哈希链头 第 {1} 号 {2}…").format(self.model.rowCount(), head_id, link[:16])
        )

    def _verify(self, advance: Callable[[int], None]) -> Any:
        """The chain brought up to date (what was just recorded here or elsewhere is not "tampering"),
        then recomputed from the events."""
        self.ops.services.catch_up()
        return self.ops.queries.verify(progress=advance)

    def verify(self) -> str:
        """核对: the chain, the signed checkpoints, and (if typed) a head printed on an earlier output —
        is the history it was made from still here, unchanged? Returns what was said."""
        try:
            result = self.with_progress(
                self.tr("正在核对哈希链…"),
                self._verify,
                cancellable=True,
            )
        except Cancelled:
            said = self.tr("核对已取消:没有得出结论(可随时再核对)。")
            QMessageBox.information(self, self.tr("核对"), said)
            return said
        lines = [
            self.tr("哈希链完好:核对 {0} 条事件。").format(result.checked)
            if result.ok
            else self.tr("哈希链不符:第 {0} 号事件 — {1}").format(result.first_bad, result.problem)
        ]
        if result.later:
            lines.append(
                self.tr("另有 {0} 条事件在核对时刚刚记录,尚未入链:下次核对时核对。").format(result.later)
            )
        checked, problems = self.ops.services.check_checkpoints(chain_verified=result.ok)
        lines += problems or ([self.tr("与 {0} 个签名检查点相符。").format(checked)] if checked else [])
        lines += self.ops.services.tampering
        printed = self.head_input.text().strip()
        good = result.ok and not problems and not self.ops.services.tampering
        if printed:
            found = self.ops.queries.check_head(printed, chain_verified=result.ok)
            if found.intact and (result.ok or (result.first_bad or 0) > (found.recomputed_at or 0)):
                lines.append(
                    self.tr("输出上的链头对应第 {0} 号事件:该输出所依据的历史仍完整保存。").format(
                        found.recomputed_at
                    )
                )
            else:
                good = False
                lines.append(
                    self.tr(
                        "本数据库中找不到与输出上的链头相符的历史:输出不是由本数据库生成,或其历史已被改写。"
                    )
                )
        text = "\n".join(lines)
        box = QMessageBox.information if good else QMessageBox.warning
        box(self, self.tr("核对"), text)
        return text


class SettingsPage(Page):
    watches: ClassVar[frozenset[str]] = frozenset()  # every change: it lists the operators too

    def __init__(self, ops: Operations, actor: Actor) -> None:
        super().__init__(ops, actor)
        self.query = ops.queries.settings
        writable = actor.role == rules.ADMIN
        self.params = QTableWidget(0, 3)
        self.params.setObjectName("parameters_table")
        self.params.setHorizontalHeaderLabels([self.tr("参数"), self.tr("取值"), self.tr("依据")])
        self.params.horizontalHeader().setStretchLastSection(True)
        self.params.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.param_name = QComboBox()
        for key, label in PARAMETER_LABELS.items():
            self.param_name.addItem(label, key)
        self.param_value = QLineEdit()
        self.param_value.setObjectName("param_value")
        self.param_reason = QLineEdit()
        self.param_reason.setObjectName("param_reason")
        amend = QPushButton(self.tr("修改参数"))
        amend.setObjectName("btn_amend")
        amend.setEnabled(writable)
        amend.clicked.connect(self.amend)
        amend_row = QHBoxLayout()
        amend_row.addWidget(self.param_name)
        amend_row.addWidget(self.param_value)
        amend_row.addWidget(QLabel(self.tr("原因")))
        amend_row.addWidget(self.param_reason, 1)
        amend_row.addWidget(amend)
        self.param_error = QLabel()
        self.param_error.setStyleSheet("color: #b00020")
        params_box = QGroupBox(self.tr("活动参数(修改须写明原因,作为事件保存)"))
        pl = QVBoxLayout(params_box)
        pl.addWidget(self.params)
        pl.addLayout(amend_row)
        pl.addWidget(self.param_error)

        self.ops_table = QTableWidget(0, 6)
        self.ops_table.setObjectName("operators_table")
        self.ops_table.setHorizontalHeaderLabels(
            [
                self.tr("登录名"),
                self.tr("名称"),
                self.tr("角色"),
                self.tr("录入范围"),
                self.tr("状态"),
                self.tr("最近登录"),
            ]
        )
        self.ops_table.horizontalHeader().setStretchLastSection(True)
        self.ops_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ops_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        new_op = QPushButton(self.tr("新建操作员…"))
        new_op.setEnabled(writable)
        new_op.clicked.connect(lambda: OperatorDialog(self.ops, self.actor, self).exec())
        disable = QPushButton(self.tr("停用…"))
        disable.setEnabled(writable)
        disable.clicked.connect(self.disable)
        enable = QPushButton(self.tr("启用/解锁…"))
        enable.setEnabled(writable)
        enable.clicked.connect(self.enable)
        reset = QPushButton(self.tr("重置密码…"))
        reset.setObjectName("btn_reset_password")
        reset.setEnabled(writable)
        reset.clicked.connect(self.reset_password)
        op_buttons = QHBoxLayout()
        for b in (new_op, disable, enable, reset):
            op_buttons.addWidget(b)
        op_buttons.addStretch(1)
        ops_box = QGroupBox(self.tr("操作员与录入范围"))
        ol = QVBoxLayout(ops_box)
        ol.addWidget(self.ops_table)
        ol.addLayout(op_buttons)
        self.backup_label = QLabel()
        self.backup_label.setObjectName("last_backup")
        self.backup_label.setWordWrap(True)
        rebuild = QPushButton(self.tr("重建台帐…"))
        rebuild.setObjectName("btn_rebuild")
        rebuild.setEnabled(writable)
        rebuild.setToolTip(self.tr("从事件重建全部台帐(哈希链除外):修复程序后,或台帐停在某条事件时"))
        rebuild.clicked.connect(self.rebuild)
        upkeep = QHBoxLayout()
        upkeep.addWidget(self.backup_label, 1)
        upkeep.addWidget(rebuild)
        layout = QVBoxLayout(self)
        layout.addWidget(params_box)
        layout.addWidget(ops_box)
        layout.addLayout(upkeep)
        self.refresh()

    def rebuild(self) -> int:
        """重建台帐 (administrators): what `desk rebuild` does, on a thread of its own behind a progress
        dialog; not cancellable (stopped half-way, the ledgers would stay incomplete until it is run again).
        Returns how many events were replayed (0 when not done)."""
        sure = QMessageBox.question(
            self,
            self.tr("重建台帐"),
            self.tr("从全部事件重建台帐(哈希链除外)。重建期间各工作站的台帐暂时不全,可能需要几分钟。继续吗?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if sure != QMessageBox.StandardButton.Yes:
            return 0
        try:
            count = self.with_progress(self.tr("正在从事件重建台帐…"), self.ops.services.rebuild)
        except DomainError as refused:
            QMessageBox.warning(self, self.tr("重建台帐"), refused.message)
            return 0
        self.ops.refresh()
        QMessageBox.information(self, self.tr("重建台帐"), self.tr("已从 {0} 条事件重建台帐。").format(count))
        return count

    def refresh(self) -> None:
        latest = self.ops.services.last_backup()
        if not self.ops.services.embedded:
            self.backup_label.setText(self.tr("备份:共享数据库由服务器备份;也可用 desk backup 备份到文件"))
        elif latest is None:
            self.backup_label.setText(
                self.tr("备份:尚无(每天关闭程序时自动保存一份到 {0},保留 7 份)").format(
                    str(self.ops.services.backups_folder())
                )
            )
        else:
            when = datetime.fromtimestamp(latest.stat().st_mtime)
            self.backup_label.setText(
                self.tr("最近备份:{0}({1:%Y-%m-%d %H:%M});每天关闭程序时自动保存,保留 7 份").format(
                    str(latest), when
                )
            )
        rows = self.query.parameter_rows(self.up_to)
        self.params.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, value in enumerate((r.label, r.value, r.reason)):
                self.params.setItem(i, j, QTableWidgetItem(value))
        self.params.resizeColumnsToContents()
        stretch_last(self.params)
        operators = self.query.operators()
        self.ops_table.setRowCount(len(operators))
        now = datetime.now(tz=UTC)
        for i, o in enumerate(operators):
            state = (
                self.tr("停用")
                if o.disabled
                else (self.tr("锁定") if o.locked_until and o.locked_until > now else self.tr("正常"))
            )
            last = f"{o.last_login.astimezone():%Y-%m-%d %H:%M}" if o.last_login else ""
            for j, value in enumerate((o.name, o.display_name, o.role, o.units, state, last)):
                self.ops_table.setItem(i, j, QTableWidgetItem(value))
        self.ops_table.resizeColumnsToContents()
        stretch_last(self.ops_table)

    def amend(self) -> None:
        self.param_error.clear()
        if self.ops.run(
            None,
            self.ops.commands.amend_parameter,
            self.actor,
            self.param_name.currentData(),
            self.param_value.text(),
            self.param_reason.text(),
        ):
            self.param_value.clear()
            self.param_reason.clear()
        else:
            code, message = self.ops.last_rejection
            self.param_error.setText(f"{code}  {message}")

    def _selected_operator(self) -> str:
        rows = self.ops_table.selectionModel().selectedRows()
        item = self.ops_table.item(rows[0].row(), 0) if rows else None
        return item.text() if item else ""

    def reset_password(self) -> PasswordDialog | None:
        """An operator who forgot theirs gets a new one from an administrator (the policy applies)."""
        name = self._selected_operator()
        if not name:
            QMessageBox.information(self, self.tr("提示"), self.tr("请先选中一名操作员"))
            return None
        dialog = PasswordDialog(self.ops, self.actor, name, self)
        dialog.open()
        return dialog

    def disable(self) -> None:
        name = self._selected_operator()
        if name:
            ReasonDialog(
                self.ops,
                self.tr("停用 {0}").format(name),
                lambda d: self.ops.commands.disable_operator(self.actor, name, d.reason.text()),
                self,
                with_date=False,
            ).exec()

    def enable(self) -> None:
        name = self._selected_operator()
        if name:
            ReasonDialog(
                self.ops,
                self.tr("启用 {0}").format(name),
                lambda d: self.ops.commands.enable_operator(self.actor, name, d.reason.text()),
                self,
                with_date=False,
            ).exec()


class PasswordDialog(RecordDialog):
    """重置密码: a new password for another operator, typed twice; refused by the policy with what is
    typed kept."""

    def __init__(
        self, ops: Operations, actor: Actor, name: str, parent: QWidget | None = None, *, own: bool = False
    ) -> None:
        """`own`: 修改密码, the operator's own, the present one asked first."""
        title = self.tr("修改密码") if own else self.tr("重置 {0} 的密码").format(name)
        super().__init__(ops, title, parent)
        self.actor, self.name, self.own = actor, name, own
        self.old, self.password, self.again = QLineEdit(), QLineEdit(), QLineEdit()
        for edit in (self.old, self.password, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        if own:
            self.form.addRow(self.tr("原密码*"), self.old)
        self.form.addRow(self.tr("新密码*"), self.password)
        self.form.addRow(self.tr("再输一次*"), self.again)

    def submit(self) -> None:
        check_typed_twice(self.password.text(), self.again.text())
        if self.own:
            self.ops.commands.change_own_password(self.actor, self.old.text(), self.password.text())
        else:
            self.ops.commands.set_operator_password(self.actor, self.name, self.password.text())


class OperatorDialog(RecordDialog):
    def __init__(self, ops: Operations, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("新建操作员"), parent)
        self.actor = actor
        self.name = QLineEdit()
        self.display = QLineEdit()
        self.role = QComboBox()
        self.role.addItems(list(rules.ROLES))
        self.units = QLineEdit()
        self.units.setPlaceholderText(self.tr("单位编码,用“、”分隔"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("登录名*"), self.name)
        self.form.addRow(self.tr("名称"), self.display)
        self.form.addRow(self.tr("角色*"), self.role)
        self.form.addRow(self.tr("录入范围"), self.units)
        self.form.addRow(self.tr("初始密码*"), self.password)

    def submit(self) -> None:
        import re

        units = [u for u in re.split(r"[、,，\s]+", self.units.text()) if u]
        self.ops.commands.create_operator(
            self.actor,
            self.name.text(),
            self.display.text(),
            self.role.currentText(),
            units,
            self.password.text(),
        )
