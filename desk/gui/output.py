"""Export and print exactly what a page shows — its columns, its rows as filtered and sorted, its 回看
moment — footed with the filters, the moment, the chain head, who produced it and when; each output is
an audited event (R-S4)."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QFileInfo, QStandardPaths, Qt
from PySide6.QtGui import QAbstractFileIconProvider, QIcon
from PySide6.QtWidgets import QFileDialog, QWidget


def documents_folder() -> Path:
    """Where file dialogs start: the user's documents folder, not the program's own."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


class PlainIcons(QAbstractFileIconProvider):
    """Icons by kind only. Qt's default provider opens every file shown to guess its type from its content,
    and opening and closing a SQLite store's file from this process drops the locks SQLite holds on it
    (POSIX locks belong to the process): another workstation could then delete the store's -wal file
    under this one. Browsing the store's own folder must not touch the store."""

    def icon(self, what: Any) -> QIcon:
        """By kind only: Qt's own answer asks the icon theme, which reads the file to tell its type."""
        if isinstance(what, QFileInfo):
            kind = (
                QAbstractFileIconProvider.IconType.Folder
                if what.isDir()
                else QAbstractFileIconProvider.IconType.File
            )
            return super().icon(kind)
        return super().icon(what)

    def type(self, info: QFileInfo) -> str:  # noqa: A003 - Qt's name
        """By name only: Qt's own answer reads the file's first bytes to tell its type."""
        if info.isDir():
            return "文件夹"
        return f"{info.suffix().upper()} 文件" if info.suffix() else "文件"


def file_dialog(
    parent: QWidget | None, caption: str, start: Path, filters: str, *, save: bool
) -> Path | None:
    """Qt's own (non-native) file dialog, so that it speaks the app's language; it starts in the documents
    folder and never opens the files it lists."""
    dialog = QFileDialog(parent, caption)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    icons = PlainIcons()  # set before the dialog lists any folder
    dialog.setIconProvider(icons)
    dialog.setNameFilters(filters.split(";;"))
    dialog.setDirectory(str(start.parent if save or start.suffix else start))
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.selectFile(start.name)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    # Qt's own Chinese lacks these two ("&Look in:" and "Files of &type:" stayed English in a trial)
    label = QFileDialog.DialogLabel
    dialog.setLabelText(label.LookIn, QCoreApplication.translate("file_dialog", "查找范围:"))
    dialog.setLabelText(label.FileType, QCoreApplication.translate("file_dialog", "文件类型:"))
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def safe_file_name(name: str) -> str:
    """A default file name any system takes: a figure like 15/28 or a title like 解民忧:问题办理 would cut
    the name at the slash (or be refused on Windows at the colon)."""
    cleaned = re.sub(r'[\\/:*?"<>|\x00-\x1f]', "-", name).strip(" .")
    return cleaned or "导出"


def save_file_name(parent: QWidget, caption: str, name: str, filters: str) -> Path | None:
    return file_dialog(parent, caption, documents_folder() / safe_file_name(name), filters, save=True)


def model_table(
    model: QAbstractItemModel, step: Callable[[int], bool] | None = None, every: int = 500
) -> tuple[list[str], list[list[str]]] | None:
    """The header and every row of a model as the view shows them (a lazy model fetches as it goes).
    `step(rows read)` is told every `every` rows; its False stops the reading (None is returned)."""
    columns = model.columnCount()
    header = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    rows = []
    for r in range(model.rowCount()):
        rows.append([str(model.data(model.index(r, c)) or "") for c in range(columns)])
        if step is not None and (r + 1) % every == 0 and not step(r + 1):
            return None
    return header, rows


@dataclass(frozen=True)
class Provenance:
    """What an output says about itself, on its last lines."""

    title: str
    filters: str  # "" when nothing is filtered
    moment: datetime | None  # 回看, or None for "now"
    up_to: int
    chain_head: str
    operator: str
    produced_at: datetime

    def lines(self) -> list[str]:
        seen = (
            f"回看:截至 {self.moment:%Y-%m-%d %H:%M}"
            if self.moment
            else f"截至 {self.produced_at:%Y-%m-%d %H:%M}"
        )
        return [
            f"筛选:{self.filters or '无(全部)'};{seen}(第 {self.up_to} 号事件)",
            f"哈希链头 {self.chain_head}",
            f"{self.operator} 于 {self.produced_at:%Y-%m-%d %H:%M} 输出",
        ]

    def describe(self) -> str:
        """How the audit trail names this output."""
        parts = [self.title]
        if self.filters:
            parts.append(f"筛选:{self.filters}")
        if self.moment:
            parts.append(f"回看 {self.moment:%Y-%m-%d %H:%M}")
        return ";".join(parts)


def table_html(title: str, header: list[str], rows: list[list[str]], provenance: Provenance) -> str:
    """An HTML table whose header row repeats on every printed page (`<thead>`)."""
    e = html.escape
    head = "".join(f"<th>{e(h)}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in row) + "</tr>" for row in rows)
    lines = provenance.lines()
    subtitle = e(lines[0])
    foot = f"<p style='font-size:7pt'>{'<br>'.join(e(line) for line in lines[1:])}</p>"
    return (
        f"<h3 style='text-align:center'>{e(title)}</h3><p style='font-size:8pt'>{subtitle}</p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%' style='font-size:8pt'>"
        f"<thead><tr style='background:#eee'>{head}</tr></thead><tbody>{body}</tbody></table>{foot}"
    )
