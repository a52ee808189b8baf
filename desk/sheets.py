"""Writing tables out (.xlsx / .csv) safely: text stays text, whatever a name or a problem says.

A cell that begins with `=`, `+`, `-`, `@` (or a tab or carriage return) would become a live formula in
Excel or WPS; control characters make .xlsx files unreadable. Every table the app writes goes through
`write_table` or `append_row`.
"""

from __future__ import annotations

import contextlib
import csv
import os
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from domain.errors import DomainError
from projections.environment import disk_full_message

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class OutputError(DomainError):
    code = "输出"


def clean(value: Any) -> Any:
    """Drops control characters (xlsx cannot hold them); other values are kept as they are."""
    return _CONTROL.sub("", value) if isinstance(value, str) else value


def csv_cell(value: Any) -> Any:
    """A CSV cell that no spreadsheet program will evaluate (OWASP: a leading apostrophe)."""
    value = clean(value)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def append_row(ws: Any, row: Sequence[Any]) -> None:
    """Appends a row to an openpyxl sheet with every string stored as a string, never as a formula."""
    values = [clean(v) for v in row]
    ws.append(values)
    number = ws._current_row  # the row just appended (ws.max_row scans every cell: quadratic over a sheet)
    for column, value in enumerate(values, start=1):
        if isinstance(value, str) and value.startswith(FORMULA_START):
            ws.cell(row=number, column=column).data_type = "s"


def check_writable(out: Path) -> None:
    """One clear line instead of a traceback when the file cannot be written where asked."""
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise OutputError(f"输出文件夹不存在:{folder}(请先建立文件夹或另选位置)")
    if not os.access(folder, os.W_OK):
        raise OutputError(f"没有写入权限:{folder}(请另选位置)")


@contextlib.contextmanager
def landing(out: Path, before: Callable[[], None] | None = None) -> Iterator[Path]:
    """Yields a path beside `out` to write to; only a complete file is moved to `out` (readable by its
    owner only). A failure leaves no half-written file, and a full disk or missing folder is one line.
    `before()` runs just before the move: what it raises (取消) leaves nothing either."""
    check_writable(out)
    partial = out.with_name(f".{out.stem}.partial{out.suffix}")
    try:
        yield partial
        if before is not None:
            before()
        os.replace(partial, out)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        full = disk_full_message(exc, f" {out.name}")
        raise OutputError(full or f"无法写入 {out}:{exc.strerror or exc}") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    restrict(out)


def save_workbook(wb: Any, path: Path) -> None:
    """`wb.save(path)`, but the archive is closed whatever happens: openpyxl leaves it open on a failed
    write (a full disk), and its clean-up then fails again later, out of place, with a traceback."""
    from openpyxl.writer.excel import ExcelWriter

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(wb, archive).save()


def write_table(
    out: Path,
    title: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    footer: Sequence[str] = (),
    before_landing: Callable[[], None] | None = None,
) -> int:
    """Writes a table (.xlsx or .csv by the suffix), the footer lines below it; returns the rows written.
    `before_landing()` runs when the file is complete, before it takes its name (see `landing`)."""
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise OutputError(f"导出文件须为 .xlsx 或 .csv:{out.name}")
    count = 0
    with landing(out, before_landing) as partial:
        if suffix == ".csv":
            with partial.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow([csv_cell(h) for h in header])
                for row in rows:
                    writer.writerow([csv_cell(v) for v in row])
                    count += 1
                for line in footer:
                    writer.writerow([csv_cell(line)])
        else:
            from openpyxl import Workbook
            from openpyxl.styles import Font

            wb = Workbook()
            ws = wb.active
            assert ws is not None
            ws.title = re.sub(r"[\\/*?:\[\]]", "", clean(title))[:31] or "Sheet"
            append_row(ws, list(header))
            for cell in ws[1]:
                cell.font = Font(bold=True)
            for row in rows:
                append_row(ws, list(row))
                count += 1
            if footer:
                ws.append([])
            for line in footer:
                append_row(ws, [line])
            ws.freeze_panes = "A2"
            save_workbook(wb, partial)
    return count


def restrict(path: Path) -> None:
    """Files with residents' data are the user's own (0600 on Linux and macOS)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            os.chmod(path, 0o600)
