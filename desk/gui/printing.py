"""Printing an HTML record on A4 with a running header (whose record it is) and page numbers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

FONT_FAMILIES = ["Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Sans Serif"]


def a4_printer(landscape: bool = False) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(15, 12, 15, 12),
                                      QPageLayout.Unit.Millimeter))  # fmt: skip
    return printer


def render(printer: QPrinter, html: str, header: str) -> int:
    """Lays `html` out on the printer's pages, the header on top of each and "第 n 页 共 m 页" below.

    Returns the number of pages."""
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(10.5)
    doc.setDefaultFont(font)
    doc.documentLayout().setPaintDevice(printer)
    doc.setHtml(html)
    page = printer.pageRect(QPrinter.Unit.DevicePixel)
    dpi = printer.resolution()
    band = dpi * 0.35  # header and footer bands, in device pixels
    body = QSizeF(page.width(), page.height() - 2 * band)
    doc.setPageSize(body)
    pages = doc.pageCount()
    painter = QPainter(printer)
    small = QFont(font)
    small.setPointSizeF(8.5)
    try:
        for number in range(pages):
            if number:
                printer.newPage()
            painter.setFont(small)
            painter.drawText(QRectF(0, 0, page.width(), band * 0.8),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), header)  # fmt: skip
            painter.drawLine(QPointF(0, band * 0.9), QPointF(page.width(), band * 0.9))
            painter.drawText(QRectF(0, page.height() - band * 0.8, page.width(), band * 0.8),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                             f"第 {number + 1} 页 共 {pages} 页")  # fmt: skip
            painter.save()
            painter.translate(0, band - number * body.height())
            doc.drawContents(painter, QRectF(0, number * body.height(), body.width(), body.height()))
            painter.restore()
    finally:
        painter.end()
    return pages


def write_pdf(path: Path, html: str, header: str, *, landscape: bool = False) -> int:
    printer = a4_printer(landscape)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return render(printer, html, header)


def preview(parent: QWidget, html: str, header: str, *, landscape: bool = False) -> None:
    dialog = QPrintPreviewDialog(a4_printer(landscape), parent)
    dialog.paintRequested.connect(lambda printer: render(printer, html, header))
    dialog.exec()
