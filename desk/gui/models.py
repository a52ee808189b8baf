"""Lazy table models: the ids of the result up front, rows fetched on demand into a cache marked stale on change."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QTableView

from domain.personal import ERASED

Index = QModelIndex | QPersistentModelIndex
PAGE = 200
STRUCK = QColor("#9ca3af")  # a voided or superseded row, shown on demand


class Column:
    def __init__(self, title: str, value: Callable[[Any], Any], sort_key: str = "") -> None:
        self.title = title
        self.value = value
        self.sort_key = sort_key


class LazyTableModel(QAbstractTableModel):
    """`fetch_ids()` gives the ordered ids; `fetch_rows(ids)` gives {id: row} for the visible ones."""

    def __init__(
        self,
        columns: Sequence[Column],
        fetch_ids: Callable[[str, bool], list[int]],
        fetch_rows: Callable[[list[int]], dict[int, Any]],
        parent: Any = None,
        foreground: Callable[[Any], QColor | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._foreground = foreground
        #: 显示已作废/已更正: a row whose `struck` is 作废 or 更正前 is struck through, greyed and says so
        self.columns = list(columns)
        self._fetch_ids = fetch_ids
        self._fetch_rows = fetch_rows
        self._ids: list[int] = []
        self._cache: dict[int, Any] = {}
        self._sort = (columns[0].sort_key if columns else "", False)
        self._loaded = False
        self.views: list[QTableView] = []  # whose selection and scroll a refresh keeps

    def refresh(self) -> None:
        """Reloads the ids; the views showing the model keep their selected record and their scroll
        position (another workstation's record reloads the page, and the clerk must not lose their place)."""
        self._loaded = True
        kept = [(view, self._selected_id(view), view.verticalScrollBar().value()) for view in self.views]
        self.beginResetModel()
        self._ids = self._fetch_ids(*self._sort)
        self._cache = {}
        self.endResetModel()
        for view, selected, scrolled in kept:
            if selected is not None and selected in self._ids:
                view.selectRow(self._ids.index(selected))
            view.verticalScrollBar().setValue(scrolled)

    def _selected_id(self, view: QTableView) -> int | None:
        model = view.selectionModel()
        rows = model.selectedRows() if model is not None else []
        return self._ids[rows[0].row()] if rows and rows[0].row() < len(self._ids) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def row(self, number: int) -> Any:
        rid = self._ids[number]
        if rid not in self._cache:
            start = max(0, number - PAGE // 4)
            page = [i for i in self._ids[start : start + PAGE] if i not in self._cache]
            self._cache.update(self._fetch_rows(page))
        return self._cache.get(rid)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            row = self.row(index.row())
            if row is None:
                return None
            value = self.columns[index.column()].value(row)
            if isinstance(value, bool):
                return self.tr("是") if value else ""
            text = "" if value is None else str(value)
            if ERASED in text:  # the placeholder of erased personal data, in the window's language
                text = text.replace(ERASED, self.tr("已删除个人信息"))
            why = getattr(row, "struck", None) or ""
            if why and index.column() == 0:  # said in words too, so an export or a print keeps it
                text += self.tr("〔已作废〕") if why == "作废" else self.tr("〔更正前〕")
            return text
        if role == Qt.ItemDataRole.FontRole:
            row = self.row(index.row())
            if row is not None and (getattr(row, "struck", None) or ""):
                font = QFont()
                font.setStrikeOut(True)
                return font
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self.row(index.row())
            if row is not None and (getattr(row, "struck", None) or ""):
                return STRUCK
            return self._foreground(row) if row is not None and self._foreground is not None else None
        if role == Qt.ItemDataRole.UserRole:
            return self._ids[index.row()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns) or not self.columns[column].sort_key:
            return
        self._sort = (self.columns[column].sort_key, order == Qt.SortOrder.DescendingOrder)
        if self._loaded:  # before the first load, the page's own refresh loads it in this order
            self.refresh()

    def row_at(self, number: int) -> Any:
        return self.row(number) if 0 <= number < len(self._ids) else None
