"""Printing an HTML record on A4 with a running header (whose record it is) and page numbers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPainter, QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from desk.sheets import OutputError, check_writable, restrict

FONT_FAMILIES = [
    "Microsoft YaHei",
    "WenQuanYi Micro Hei",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "SimSun",
    "Sans Serif",
]


#: a freely licensed Chinese font shipped with the app (resources/fonts/README.md)
SHIPPED_FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
_registered: list[str] = []


def register_shipped_fonts() -> list[str]:
    """Registers the shipped fonts with Qt once (a QGuiApplication must exist); their families."""
    if not _registered:
        for path in sorted(SHIPPED_FONTS.glob("*.tt[cf]")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                _registered.extend(QFontDatabase.applicationFontFamilies(font_id))
    return list(_registered)


def cjk_families() -> list[str]:
    """The font families that can write Simplified Chinese: the shipped one, then those installed."""
    register_shipped_fonts()
    return list(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def check_cjk_font() -> None:
    """A PDF written without a Chinese font silently loses every Chinese character: refuse instead (only
    if the shipped font is missing or unreadable and none is installed)."""
    if not cjk_families():
        raise OutputError(
            "本机没有中文字体,PDF 和打印会丢失汉字:请安装中文字体(如 fonts-wqy-microhei 或 fonts-noto-cjk)后再试"
        )


def a4_printer(landscape: bool = False) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            orientation,
            QMarginsF(15, 12, 15, 12),
            QPageLayout.Unit.Millimeter,
        )
    )
    return printer


def render(printer: QPrinter, html: str, header: str) -> int:
    """Lays `html` out on the printer's pages, the header on top of each and "第 n 页 共 m 页" below.

    Returns the number of pages."""
    check_cjk_font()
    doc = QTextDocument()
    font = QFont()
    font.setFamilies([*FONT_FAMILIES[:-1], *cjk_families()[:1], FONT_FAMILIES[-1]])
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
            painter.drawText(
                QRectF(0, 0, page.width(), band * 0.8),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                header,
            )
            painter.drawLine(QPointF(0, band * 0.9), QPointF(page.width(), band * 0.9))
            painter.drawText(
                QRectF(0, page.height() - band * 0.8, page.width(), band * 0.8),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                f"第 {number + 1} 页 共 {pages} 页",
            )
            painter.save()
            painter.translate(0, band - number * body.height())
            doc.drawContents(painter, QRectF(0, number * body.height(), body.width(), body.height()))
            painter.restore()
    finally:
        painter.end()
    return pages


def write_pdf(path: Path, html: str, header: str, *, landscape: bool = False) -> int:
    check_cjk_font()
    check_writable(path)
    printer = a4_printer(landscape)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    pages = render(printer, html, header)
    if not path.exists():
        raise OutputError(f"无法写入 {path}")
    restrict(path)
    return pages


class PrintPreview(QPrintPreviewDialog):
    """Qt's print preview, holding on to its printer for as long as it lives (a printer handed over as a
    temporary was freed under the dialog, and printing crashed the app)."""

    def __init__(self, parent: QWidget | None, html: str, header: str, *, landscape: bool = False) -> None:
        self.kept_printer = a4_printer(landscape)
        super().__init__(self.kept_printer, parent)
        self.setObjectName("print_preview")
        self.setWindowTitle(header)
        self.html, self.header = html, header
        self.paintRequested.connect(self._paint)
        window = parent.window() if parent is not None else None
        if window is not None:  # large enough to read a page, not a thumbnail
            self.resize(int(window.width() * 0.9), int(window.height() * 0.9))

    def _paint(self, printer: QPrinter) -> None:
        render(printer, self.html, self.header)


def preview(parent: QWidget, html: str, header: str, *, landscape: bool = False) -> PrintPreview:
    """Opens the preview (window-modal, not blocking); printing from it accepts the dialog."""
    check_cjk_font()
    dialog = PrintPreview(parent, html, header, landscape=landscape)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
