"""导入…: a township's workbook brought in from the app — its sheets and rows shown first, imported off the
GUI thread with progress (cancel stops between rows; importing again resumes), then the row-by-row report
with the rejected rows ready to be saved, fixed and imported again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk.gui.operations import Operations
from desk.gui.output import documents_folder, file_dialog, save_file_name
from desk.importer import SHEET_ORDER, ImportCancelled, Importer, ImportReport, ImportUnusable, read_workbook
from domain.base import Actor
from domain.errors import DomainError


class ImportWorker(QObject):
    """Runs the importer in a thread of its own; the window stays responsive."""

    progressed = Signal(int)
    done = Signal(object)  # ImportReport, or the message that says why nothing (more) was imported

    def __init__(self, importer: Importer, path: Path, *, again: bool = False) -> None:
        super().__init__()
        self.importer, self.path, self.again = importer, path, again
        self.cancelled = False
        self.rows = 0
        importer.after_row = self._row

    def _row(self) -> None:
        if self.cancelled:
            raise ImportCancelled()
        self.rows += 1
        if self.rows % 20 == 0:
            self.progressed.emit(self.rows)

    def run(self) -> None:
        try:
            sheet = self.path.stem if self.path.suffix.lower() == ".csv" else None  # 农户.csv holds 农户
            self.done.emit(self.importer.run(self.path, sheet=sheet, again=self.again))
        except ImportCancelled:
            self.done.emit(self.tr("已停止:此前各行已存入,再次导入同一文件会接着导入其余各行"))
        except (ImportUnusable, DomainError) as exc:
            self.done.emit(str(exc))
        except Exception as exc:  # noqa: BLE001 - a defect: one clear line, the details in the log
            import logging

            logging.getLogger("desk.gui").exception("import failed")
            self.done.emit(self.tr("导入未完成:{0}(详情已写入日志)").format(exc.__class__.__name__))


class ImportDialog(QDialog):
    def __init__(self, ops: Operations, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("从 Excel 导入"))
        self.setObjectName("import_dialog")
        self.ops, self.actor = ops, actor
        self.path: Path | None = None
        self.report: ImportReport | None = None
        self.importer: Importer | None = None
        self.runner: QThread | None = None  # the import's own thread
        self.worker: ImportWorker | None = None
        self.total = 0
        self.file_label = QLabel(self.tr("请选择工作簿(.xlsx)或 CSV 文件"))
        self.file_label.setWordWrap(True)
        self.sheets = QTableWidget(0, 2)
        self.sheets.setObjectName("import_sheets")
        self.sheets.setHorizontalHeaderLabels([self.tr("工作表"), self.tr("行数")])
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.rows = QTableWidget(0, 5)
        self.rows.setObjectName("import_report")
        self.rows.setHorizontalHeaderLabels(
            [self.tr("工作表"), self.tr("行"), self.tr("结果"), self.tr("规则"), self.tr("原因")]
        )
        self.rows.horizontalHeader().setStretchLastSection(True)
        self.rejected_only = QCheckBox(self.tr("只看被拒绝的行"))
        self.rejected_only.toggled.connect(lambda _b: self._show_report())
        self.choose = QPushButton(self.tr("选择文件…"))
        self.start = QPushButton(self.tr("开始导入"))
        self.start.setObjectName("btn_start_import")
        self.start.setEnabled(False)
        self.stop = QPushButton(self.tr("停止"))
        self.stop.setEnabled(False)
        self.save_rejects = QPushButton(self.tr("保存被拒绝的行…"))
        self.save_rejects.setEnabled(False)
        self.choose.clicked.connect(self.pick)
        self.start.clicked.connect(self.begin)
        self.stop.clicked.connect(self.cancel)
        self.save_rejects.clicked.connect(self._save_rejects)
        buttons = QHBoxLayout()
        for b in (self.choose, self.start, self.stop, self.save_rejects):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.rejected_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.sheets, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.rows, 3)
        layout.addLayout(buttons)
        self.resize(820, 600)

    def pick(self) -> None:
        path = file_dialog(
            self,
            self.tr("选择要导入的文件"),
            documents_folder(),
            self.tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"),
            save=False,
        )
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Shows the file's sheets and rows before anything is stored."""
        try:
            sheets = read_workbook(path, path.stem if path.suffix.lower() == ".csv" else None)
        except ImportUnusable as exc:
            QMessageBox.warning(self, self.tr("无法导入"), str(exc))
            return
        self.path = path
        self.report = None  # the previous file's report, bar and rejects go with it
        self.rows.setRowCount(0)
        self.progress.setValue(0)
        self.save_rejects.setEnabled(False)
        known = [(name, len(rows)) for name, (_h, rows) in sheets.items()]
        known.sort(key=lambda x: SHEET_ORDER.index(x[0]) if x[0] in SHEET_ORDER else 99)
        self.sheets.setRowCount(len(known))
        for i, (name, count) in enumerate(known):
            self.sheets.setItem(i, 0, QTableWidgetItem(name))
            self.sheets.setItem(i, 1, QTableWidgetItem(str(count)))
        self.total = sum(count for _n, count in known)
        self.file_label.setText(
            self.tr("{0}:{1} 个工作表,共 {2} 行").format(path.name, len(known), self.total)
        )
        self.start.setEnabled(True)

    def begin(self) -> None:
        if self.path is None:
            return
        self.importer = self.ops.services.importer(self.actor)
        again = self.importer.imported_before(self.path)
        if again:  # asked here, not told to add a command-line flag
            asked = QMessageBox.question(
                self,
                self.tr("已导入过"),
                self.tr(
                    "文件 {0} 已完整导入过。确实要再导入一次吗?"
                    "(已登记的编号会被拒绝,同一天同一走访人的走访会标为疑似重复,不会重复存入)"
                ).format(self.path.name),
            )
            if asked != QMessageBox.StandardButton.Yes:
                return
        self.worker = ImportWorker(self.importer, self.path, again=again)
        self.runner = QThread(self)
        self.worker.moveToThread(self.runner)
        self.runner.started.connect(self.worker.run)
        self.worker.progressed.connect(self.progress.setValue)
        self.worker.done.connect(self.finished_import)
        self.worker.done.connect(self.runner.quit)
        self.progress.setRange(0, max(self.total, 1))
        self.progress.setValue(0)
        self.start.setEnabled(False)
        self.choose.setEnabled(False)
        self.stop.setEnabled(True)
        self.runner.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancelled = True

    def finished_import(self, outcome: Any) -> None:
        self.stop.setEnabled(False)
        self.choose.setEnabled(True)
        if self.runner is not None:
            # its event loop ends now (the quit connected to `done` is queued behind this very slot: waiting
            # for it froze the window five seconds after every import)
            self.runner.quit()
            self.runner.wait(5000)
        self.ops.refresh()  # the pages follow what was stored
        if not isinstance(outcome, ImportReport):
            self.file_label.setText(str(outcome))
            return
        self.report = outcome
        self.progress.setValue(self.progress.maximum())
        self.file_label.setText(outcome.summary())
        self.save_rejects.setEnabled(outcome.rejected > 0)
        self._show_report()

    def _show_report(self) -> None:
        if self.report is None:
            return
        rows: list[list[str]] = []
        for name, sheet in self.report.sheets.items():
            rejected = {r["row"]: r for r in sheet.rejected}
            flagged = {r["row"]: r for r in sheet.flagged}
            for number in sorted([*sheet.accepted, *rejected]):
                if self.rejected_only.isChecked() and number not in rejected:
                    continue
                found = rejected.get(number) or flagged.get(number)
                outcome = (
                    self.tr("拒绝")
                    if number in rejected
                    else (self.tr("接受,标记") if found else self.tr("接受"))
                )
                rows.append(
                    [
                        name,
                        str(number),
                        outcome,
                        found["rule"] if found else "",
                        found["message"] if found else "",
                    ]
                )
        self.rows.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                self.rows.setItem(i, j, QTableWidgetItem(value))

    def _save_rejects(self) -> None:
        if self.report is None or self.importer is None or self.path is None:
            return
        out = save_file_name(
            self, self.tr("保存被拒绝的行"), f"{self.path.stem}-被拒绝.xlsx", "Excel (*.xlsx)"
        )
        if out is None:
            return
        try:
            count = self.importer.write_rejects(self.report, out)
        except DomainError as error:
            QMessageBox.warning(self, self.tr("未能保存"), error.message)
            return
        QMessageBox.information(
            self, self.tr("已保存"), self.tr("被拒绝的 {0} 行已保存,改正后可再导入").format(count)
        )

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self.cancel()
        if self.runner is not None:
            self.runner.quit()
            self.runner.wait(10000)
        super().closeEvent(event)
