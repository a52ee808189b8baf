"""`desk import`: every data row is one command through the same use cases as the forms.

Rows are accepted or rejected on their own; the report says which and why (import-formats.md).
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from uuid import UUID

from domain import rules
from domain.application import Lianxin
from domain.base import Actor, record_id
from domain.bounds import FILE_LIMIT
from domain.errors import DomainError, RuleViolation, StoredFirstElsewhere
from domain.imports import ImportProgress

SHEET_ORDER = (
    "单位",
    "农户",
    "人员",
    "五必访标签",
    "结对",
    "联系记录",
    "谈心",
    "走访记录",
    "访谈日",
    "单位实事",
    "问题诉求",
    "直评",
    "调研课题",
    "调研文章",
    "典型经验",
    "宣传报道",
)
REQUIRED = {
    "单位": ("单位编码", "单位名称", "类别"),
    "人员": ("人员编号", "姓名", "单位编码"),
    "农户": ("户编号", "户主姓名", "村居编码"),
    "五必访标签": ("户编号", "操作", "类别", "日期", "原因"),
    "问题诉求": ("问题编号", "事项", "日期"),
    "结对": ("干部编号", "对象类别", "对象编码", "安排单位编码", "结对日期"),
    "联系记录": ("干部编号", "对象编码", "联系日期", "方式"),
    "谈心": ("干部编号", "对象编号", "谈心日期"),
    "走访记录": ("户编号", "走访日期", "走访人编号"),
    "访谈日": ("村居编码", "事项", "日期"),
    "直评": ("轮次编号", "事项", "日期"),
    "调研课题": ("课题编号", "课题名称", "下达日期", "承担人编号"),
    "调研文章": ("作者编号", "题目", "提交日期"),
    "典型经验": ("编号", "事项", "日期"),
    "单位实事": ("编号", "事项", "单位编码", "日期"),
    "宣传报道": ("编号", "单位编码", "日期", "渠道", "标题"),
}
SUPPORTED = tuple(REQUIRED)
#: rows stored together (one transaction): a killed import loses at most these, done again when resumed
ROWS_PER_TRANSACTION = 250
INTERVIEW_STEPS = ("安排", "改期", "征求意见", "督查对接", "张贴预告", "召开")
CONCERN_STEPS = ("登记", "交办", "进展", "办结", "回访", "归档", "上报", "重复")


class ImportUnusable(Exception):
    """The input cannot be used at all: exit status 2, nothing stored."""


class ImportCancelled(Exception):
    """Stopped between rows at the person's request: the rows stored so far stay, and importing the same
    file again resumes with the rest."""


@dataclass
class SheetReport:
    rows: int = 0
    accepted: list[int] = field(default_factory=list)
    rejected: list[dict[str, Any]] = field(default_factory=list)
    flagged: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "rows": self.rows,
            "accepted": self.accepted,
            "rejected": self.rejected,
            "flagged": self.flagged,
        }

    def mark(self) -> tuple[int, int, int, int]:
        """Where the report stands, to go `back_to` when rows are done again."""
        return self.rows, len(self.accepted), len(self.rejected), len(self.flagged)

    def back_to(self, mark: tuple[int, int, int, int]) -> None:
        self.rows = mark[0]
        del self.accepted[mark[1] :], self.rejected[mark[2] :], self.flagged[mark[3] :]


@dataclass
class ImportReport:
    file: str
    sha256: str
    sheets: dict[str, SheetReport] = field(default_factory=dict)
    chain_head: str = ""
    notes: list[str] = field(default_factory=list)  # what was not imported and why (hidden sheets)

    @property
    def rejected(self) -> int:
        return sum(len(s.rejected) for s in self.sheets.values())

    @property
    def accepted(self) -> int:
        return sum(len(s.accepted) for s in self.sheets.values())

    @property
    def rows(self) -> int:
        return sum(s.rows for s in self.sheets.values())

    @property
    def exit_status(self) -> int:
        return 1 if self.rejected else 0

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sha256": self.sha256,
            "chain_head": self.chain_head,
            "notes": self.notes,
            "sheets": {name: s.as_json() for name, s in self.sheets.items()},
        }

    def summary(self) -> str:
        parts = [
            f"{name}:{s.rows} 行,接受 {len(s.accepted)},拒绝 {len(s.rejected)},标记 {len(s.flagged)}"
            for name, s in self.sheets.items()
        ]
        return f"导入 {self.file}:" + ";".join(parts) + "".join(f"\n注意:{n}" for n in self.notes)


# --- cell values ---------------------------------------------------------------------------------

_DATE_PATTERNS = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),
    re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"),
    re.compile(r"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"),
)


def text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_date(value: Any, what: str) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    raw = text(value)
    if not raw:
        rules.fail_missing(what)
    raw = raw.split(" ")[0]
    for pattern in _DATE_PATTERNS:
        m = pattern.match(raw)
        if m:
            try:
                return date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                break
    rules.fail_malformed(f"{what}“{raw}”不是日期(应如 2026-10-25、2026/10/25 或 2026年10月25日)")


def parse_list(value: Any) -> list[str]:
    return [part.strip() for part in re.split(r"[、,，]", text(value)) if part.strip()]


def parse_yes_no(value: Any, what: str) -> bool:
    raw = text(value)
    if raw in ("", "否"):
        return False
    if raw == "是":
        return True
    rules.fail_malformed(f"{what}应填“是”或“否”,收到“{raw}”")


def parse_int(value: Any, what: str) -> int:
    raw = text(value)
    return rules.check_positive_int(raw, what) if raw else 0


# --- reading files -------------------------------------------------------------------------------

Row = dict[str, Any]


#: what an office's ledgers can reach, with room to spare; anything larger is refused before it is read
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_EXPANDED_BYTES = 200 * 1024 * 1024  # an .xlsx is a zip: what it unpacks to (a zip bomb is refused)
MAX_ROWS = 100_000  # per sheet
MAX_COLUMNS = 200
MAX_ROW_NUMBER = 2 * MAX_ROWS  # blank rows count too: a sheet claiming a million rows is not walked
MAX_CELL_CHARS = 32_767  # Excel's own limit for a cell


def _check_size(path: Path) -> None:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ImportUnusable(
            f"文件 {path.name} 有 {size // 1024 // 1024} MB,超过 {MAX_FILE_BYTES // 1024 // 1024} MB:"
            "请按村居或按月拆成几个文件分别导入"
        )


def _check_zip(path: Path) -> None:
    """An .xlsx is a zip: refuse one that is not, or that unpacks to far more than any ledger (a zip bomb)."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            expanded = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportUnusable(
            f"{path.name} 不是有效的 .xlsx 工作簿(文件损坏、被截断,或是改了扩展名的 .xls):"
            "请在 Excel/WPS 中打开后另存为 .xlsx"
        ) from None
    if expanded > MAX_EXPANDED_BYTES:
        raise ImportUnusable(
            f"{path.name} 解压后有 {expanded // 1024 // 1024} MB,超过 "
            f"{MAX_EXPANDED_BYTES // 1024 // 1024} MB:这不像台帐,未导入"
        )


def read_workbook(
    path: Path, sheet: str | None, notes: list[str] | None = None
) -> dict[str, tuple[list[str], list[tuple[int, Row]]]]:
    """{sheet: (headers, [(spreadsheet row number, {header: value})])}; ImportUnusable if unreadable,
    oversize or not what it claims to be. Hidden sheets are not imported: `notes` names them."""
    if not path.is_file():
        raise ImportUnusable(f"文件不存在:{path}")
    _check_size(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        if not sheet:
            raise ImportUnusable("导入 CSV 文件须用 --sheet 指明工作表名称(如 --sheet 农户)")
        return {sheet: _read_csv(path)}
    if suffix not in (".xlsx", ".xlsm"):
        raise ImportUnusable(f"不支持的文件类型“{suffix}”:请用 .xlsx 工作簿或 .csv 文件")
    _check_zip(path)
    try:
        from openpyxl import load_workbook

        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - any unreadable workbook is one clear line
        raise ImportUnusable(f"无法读取工作簿 {path.name}:{exc.__class__.__name__}") from None
    sheets = {}
    try:
        for ws in workbook.worksheets:
            if sheet and ws.title != sheet:
                continue
            if getattr(ws, "sheet_state", "visible") != "visible":
                if notes is not None:
                    notes.append(f"隐藏的工作表“{ws.title}”未导入(如需导入,请在 Excel 中取消隐藏)")
                continue
            title = ws.title.strip()
            if title in sheets:
                raise ImportUnusable(
                    f"{path.name} 中有两个名为“{title}”的工作表(名称前后的空格不算):请合并或改名"
                )
            sheets[title] = _read_sheet(path, ws)
    except ImportUnusable:
        raise
    except Exception as exc:  # noqa: BLE001 - a workbook broken inside is one clear line too
        raise ImportUnusable(f"无法读取工作簿 {path.name}:{exc.__class__.__name__}") from None
    finally:
        workbook.close()
    return sheets


def _read_sheet(path: Path, ws: Any) -> tuple[list[str], list[tuple[int, Row]]]:
    if hasattr(ws, "reset_dimensions"):
        ws.reset_dimensions()  # the rows there are, not the rows its <dimension> claims (A1:XFD1048576)
    header_row = next(ws.iter_rows(max_row=1, max_col=MAX_COLUMNS, values_only=True), None)
    headers = [text(h) for h in (header_row or [])]
    width = max(1, len(headers))
    data: list[tuple[int, Row]] = []
    for number, values in enumerate(ws.iter_rows(min_row=2, max_col=width, values_only=True), start=2):
        if number > MAX_ROW_NUMBER:
            raise ImportUnusable(
                f"工作表“{ws.title}”超过 {MAX_ROW_NUMBER} 行(含空行):请删去空行或拆成几个文件"
            )
        if values is None or all(v is None or text(v) == "" for v in values):
            continue
        if len(data) >= MAX_ROWS:
            raise ImportUnusable(f"工作表“{ws.title}”超过 {MAX_ROWS} 行:请拆成几个文件分别导入")
        row = {h: v for h, v in zip(headers, values, strict=False) if h}
        _check_cells(ws.title, number, row)
        data.append((number, row))
    return headers, data


def _check_cells(sheet: str, number: int, row: Row) -> None:
    for header, value in row.items():
        if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
            raise ImportUnusable(
                f"工作表“{sheet}”第{number}行“{header}”有 {len(value)} 字,超过单元格上限 "
                f"{MAX_CELL_CHARS} 字:这不像台帐,未导入"
            )


def _read_csv(path: Path) -> tuple[list[str], list[tuple[int, Row]]]:
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            content = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ImportUnusable(f"无法识别 {path.name} 的编码(应为 UTF-8 或 GB18030)")
    csv.field_size_limit(MAX_CELL_CHARS)
    reader = csv.reader(io.StringIO(content), strict=True)
    data: list[tuple[int, Row]] = []
    try:
        headers = [h.strip() for h in next(reader, [])]
        for values in reader:
            number = reader.line_num
            if not any(v.strip() for v in values):
                continue
            if len(data) >= MAX_ROWS:
                raise ImportUnusable(f"{path.name} 超过 {MAX_ROWS} 行:请拆成几个文件分别导入")
            data.append((number, {h: v for h, v in zip(headers, values, strict=False) if h}))
    except csv.Error as exc:
        # the csv module's reason is English: said in Chinese where it is one a clerk meets
        why = "单元格超过 32767 字" if "field limit" in str(exc) else "引号未配对或单元格过长"
        raise ImportUnusable(
            f"{path.name} 第{reader.line_num}行附近格式有误({why}):请在 Excel/WPS 中打开检查后另存为 CSV"
        ) from None
    return headers, data


# --- the importer --------------------------------------------------------------------------------


def confirmed_again(row: Row) -> bool:
    """确认重复 = 是: the row is knowingly a second record of the same day (else it is asked about, 疑似重复)."""
    return text(row.get("确认重复")) == "是"


class Importer:
    def __init__(
        self, app: Lianxin, actor: Actor, after_row: Callable[[], None] | None = None, store: Any = None
    ) -> None:
        self.app = app
        self.actor = actor
        self.after_row = after_row
        self.store = store  # the read models, for a rating round's default list of cadres
        self.base = Path(".")
        self.sheets: dict[str, tuple[list[str], list[tuple[int, Row]]]] = {}
        self._progress: ImportProgress | None = None  # the file's progress as it stands (`_import_rows`)

    def imported_before(self, path: Path) -> bool:
        """Whether this very file (by its SHA-256) was imported to the end before."""
        return path.is_file() and self.app.was_imported(hashlib.sha256(path.read_bytes()).hexdigest())

    def run(self, path: Path, *, sheet: str | None = None, again: bool = False) -> ImportReport:
        if not path.is_file():
            raise ImportUnusable(f"文件不存在:{path}")
        _check_size(path)
        self.base = path.parent.resolve()
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        if self.app.was_imported(sha) and not again:
            raise ImportUnusable(
                f"文件 {path.name} 已导入过(SHA-256 {sha[:12]}…):如确需再次导入,请加 --again"
            )
        rules.check_can_write(self.actor.role)
        notes: list[str] = []
        sheets = read_workbook(path, sheet, notes)
        self.sheets = sheets
        if not sheets:
            raise ImportUnusable(f"{path.name} 中没有可导入的工作表" + (f"({notes[0]})" if notes else ""))
        for name, (headers, _rows) in sheets.items():
            if name not in SHEET_ORDER:
                raise ImportUnusable(f"不认识的工作表“{name}”:工作表名称应为 {'、'.join(SHEET_ORDER)} 之一")
            if name not in SUPPORTED:
                raise ImportUnusable(f"工作表“{name}”在本版本中尚不能导入(目前可导入 {'、'.join(SUPPORTED)})")
            missing = [h for h in REQUIRED[name] if h not in headers]
            if missing and len(missing) == len(REQUIRED[name]) and path.suffix.lower() == ".csv":
                raise ImportUnusable(
                    f"{path.name} 的表头一个也认不出(应有 {'、'.join(REQUIRED[name])}):"
                    "文件编码可能不是 UTF-8 或 GB18030(如繁体 Big5),请另存为 UTF-8 CSV"
                )
            if missing:
                raise ImportUnusable(f"工作表“{name}”缺少必需的列:{'、'.join(missing)}")
        report = ImportReport(file=path.name, sha256=sha, notes=notes)
        progress = self.app.import_progress(self.actor, sha, path.name)
        resumed = len(progress.stored)
        if resumed:
            report.notes.append(f"上次导入此文件时中断:已存入的 {resumed} 行这次跳过,只导入其余各行")
        try:
            for name in SHEET_ORDER:
                if name in sheets:
                    progress = self._import_sheet(name, sheets[name][1], report, progress, sha, path.name)
        finally:
            self.app.import_row = None
        counts = {"rows": report.rows, "accepted": report.accepted, "rejected": report.rejected}
        self.app.record_import(self.actor, sha, path.name, counts, progress.attempt)
        return report

    def _import_sheet(
        self,
        name: str,
        rows: list[tuple[int, Row]],
        report: ImportReport,
        progress: ImportProgress,
        sha: str,
        file_name: str,
    ) -> ImportProgress:
        """Each row one command, stored together with its mark in the file's progress. Rows are stored a
        few hundred at a time (one transaction); when another workstation or another run of this file
        moved a record on meanwhile, nothing of those rows was stored and they are done again one by one,
        each in its own transaction (the conflicts then sorted out row by row)."""
        sheet_report = report.sheets.setdefault(name, SheetReport())
        for start in range(0, len(rows), ROWS_PER_TRANSACTION):
            chunk = rows[start : start + ROWS_PER_TRANSACTION]
            before = sheet_report.mark()
            self.app.preload(i for _number, row in chunk for i in self._records_of(name, row))
            try:
                with self.app.holding():
                    stored = len(sheet_report.accepted)
                    try:
                        self._import_rows(name, chunk, sheet_report, progress, sha, file_name)
                    finally:  # also when stopped half-way (取消): the rows done are stored with their mark
                        assert self._progress is not None
                        progress = self._progress
                        done = [n for n in sheet_report.accepted[stored:] if (name, n) not in progress.stored]
                        if done:
                            progress.mark_rows(name, done, self.app.stamp(self.actor))
                            self.app.save(progress)
            except StoredFirstElsewhere:
                sheet_report.back_to(before)
                progress = self.app.import_progress(self.actor, sha, file_name, progress.attempt)
                progress = self._import_rows(name, chunk, sheet_report, progress, sha, file_name, again=True)
        return progress

    @staticmethod
    def _records_of(sheet: str, row: Row) -> list[UUID]:
        """The records a row of the larger sheets looks up: read a few hundred rows' at once."""
        household = text(row.get("户编号"))
        if sheet == "走访记录" and household:
            with suppress(DomainError):
                base = f"{household}-{parse_date(row.get('走访日期'), '走访日期'):%m%d}"
                return [
                    record_id("household", household),
                    record_id("visit", base),
                    record_id("visit", f"{base}-2"),
                ]
        if sheet in ("农户", "五必访标签") and household:
            return [record_id("household", household)]
        if sheet == "人员" and text(row.get("人员编号")):
            return [record_id("person", text(row.get("人员编号")))]
        return []

    def _import_rows(
        self,
        name: str,
        rows: Sequence[tuple[int, Row]],
        sheet_report: SheetReport,
        progress: ImportProgress,
        sha: str,
        file_name: str,
        *,
        again: bool = False,
    ) -> ImportProgress:
        """`again`: rows already counted once (their progress told), done again after a conflict, each
        stored with its mark in the file's progress (else the rows are held, and marked together). The
        file's progress as it stands is kept in `_progress` (read again when another run moved it on)."""
        handler = self._handlers()[name]
        self._progress = progress
        for number, row in rows:
            if self.after_row is not None and not again:
                self.after_row()  # progress; may raise ImportCancelled between rows (what is done is stored)
            sheet_report.rows += 1
            if (name, number) in progress.stored:
                sheet_report.accepted.append(number)  # stored by the interrupted run
                continue
            outcome: list[tuple[str, str]] | DomainError | None = None
            for _attempt in range(50):
                self.app.import_row = (progress, name, number, self.actor) if again else None
                try:
                    outcome = handler(row)
                    break
                except DomainError as error:
                    outcome = error
                    current = self.app.import_row
                    if current is None or current[0] is progress:
                        if isinstance(error, RuleViolation) and error.code == "R-G7":
                            # its code is taken: by another run of this very file storing this row?
                            progress = self._progress = self.app.import_progress(
                                self.actor, sha, file_name, progress.attempt
                            )
                            if (name, number) in progress.stored:
                                outcome = []
                        break  # otherwise refused by a rule: the row's own fault
                    # the save failed because another run of this file moved the progress on: go on from
                    # the progress as stored; if that run stored this very row it is there (once), and
                    # otherwise the row is tried again
                    progress = self._progress = current[0]
                    if (name, number) in progress.stored:
                        outcome = []
                        break
            if isinstance(outcome, DomainError):
                sheet_report.rejected.append(
                    {"row": number, "rule": outcome.code, "message": outcome.message}
                )
                continue
            flags = outcome or []
            sheet_report.accepted.append(number)
            for code, message in flags:
                sheet_report.flagged.append({"row": number, "rule": code, "message": message})
        return progress

    def write_rejects(self, report: ImportReport, out: Path) -> int:
        """The rejected rows in the input's own sheets and columns, plus 规则 and 原因, ready to be fixed
        and imported again; returns how many rows were written."""
        from openpyxl import Workbook

        from desk.sheets import append_row, check_writable, landing, save_workbook

        check_writable(out)
        wb = Workbook()
        first, count = True, 0
        for name, sheet_report in report.sheets.items():
            if not sheet_report.rejected:
                continue
            headers, rows = self.sheets[name]
            by_number = dict(rows)
            ws = wb.active if first else wb.create_sheet(name)
            assert ws is not None
            ws.title, first = name, False
            columns = [h for h in headers if h]
            append_row(ws, [*columns, "规则", "原因", "原行号"])
            for r in sheet_report.rejected:
                values = by_number.get(r["row"], {})
                append_row(ws, [*(values.get(h) for h in columns), r["rule"], r["message"], r["row"]])
                count += 1
        if first:
            return 0
        with landing(out) as partial:
            save_workbook(wb, partial)
        return count

    def _handlers(self) -> dict[str, Callable[[Row], list[tuple[str, str]]]]:
        return {
            "单位": self._unit,
            "人员": self._person,
            "农户": self._household,
            "五必访标签": self._tag,
            "问题诉求": self._concern,
            "结对": self._pairing,
            "联系记录": self._contact,
            "谈心": self._talk,
            "走访记录": self._visit,
            "访谈日": self._interview,
            "直评": self._rating,
            "调研课题": self._topic,
            "调研文章": self._article,
            "典型经验": self._exemplar,
            "单位实事": self._unit_work,
            "宣传报道": self._publicity,
        }

    @staticmethod
    def _required(row: Row, *names: str) -> None:
        for name in names:
            rules.require(text(row.get(name)), name)

    def _unit(self, row: Row) -> list[tuple[str, str]]:
        self._required(row, "单位编码", "单位名称", "类别")
        self.app.roster.register_unit(
            self.actor,
            text(row["单位编码"]),
            text(row["单位名称"]),
            text(row["类别"]),
            text(row.get("上级单位编码")),
        )
        return []

    def _person(self, row: Row) -> list[tuple[str, str]]:
        self._required(row, "人员编号", "姓名", "单位编码")
        fields = {
            "name": text(row["姓名"]),
            "gender": text(row.get("性别")),
            "unit_code": text(row["单位编码"]),
            "branch_code": text(row.get("支部编码")),
            "identities": parse_list(row.get("身份")),
            "party_member": parse_yes_no(row.get("党员"), "党员"),
            "hardship_member": parse_yes_no(row.get("困难党员"), "困难党员"),
            "old_member": parse_yes_no(row.get("老党员"), "老党员"),
            "assigned_village": text(row.get("分工村居编码")),
            "household_code": text(row.get("户编号")),
            "phone": text(row.get("联系电话")),
        }
        self.app.roster.register_person(self.actor, text(row["人员编号"]), fields)
        return []

    def _household(self, row: Row) -> list[tuple[str, str]]:
        self._required(row, "户编号", "户主姓名", "村居编码")
        fields = {
            "head_name": text(row["户主姓名"]),
            "village_code": text(row["村居编码"]),
            "group": text(row.get("村民小组")),
            "address": text(row.get("地址")),
            "size": parse_int(row.get("人口"), "人口"),
            "phone": text(row.get("联系电话")),
        }
        self.app.roster.register_household(
            self.actor, text(row["户编号"]), fields, parse_list(row.get("五必访"))
        )
        return []

    def _tag(self, row: Row) -> list[tuple[str, str]]:
        self._required(row, "户编号", "操作", "类别", "原因")
        action = text(row["操作"])
        rules.check_choice(action, ("加", "减"), "操作")
        on = parse_date(row.get("日期"), "日期")
        self.app.roster.tag_household(
            self.actor, text(row["户编号"]), text(row["类别"]), on, text(row["原因"]), add=action == "加"
        )
        return self._backfill(on)

    def _concern(self, row: Row) -> list[tuple[str, str]]:
        """One row per step of a concern's life cycle (登记, 交办, 进展, 办结, 回访, 归档, 上报, 重复)."""
        self._required(row, "问题编号", "事项")
        code, step = text(row["问题编号"]), text(row["事项"])
        rules.check_choice(step, CONCERN_STEPS, "事项")
        on = parse_date(row.get("日期"), "日期")
        app, actor = self.app, self.actor
        match step:
            case "登记":
                fields = {
                    "source": text(row.get("来源")),
                    "source_ref": text(row.get("来源记录")),
                    "resident": text(row.get("反映人")),
                    "household_code": text(row.get("户编号")),
                    "village_code": text(row.get("村居编码")),
                    "category": text(row.get("类别")),
                    "content": text(row.get("内容")),
                }
                app.concerns.raise_concern(actor, code, on, fields, again=confirmed_again(row))
            case "交办":
                due = row.get("承诺时限")
                app.concerns.assign_concern(
                    actor,
                    code,
                    on,
                    unit_code=text(row.get("承办单位编码")),
                    person_code=text(row.get("承办人编号")),
                    due_on=parse_date(due, "承诺时限") if text(due) else None,
                )
            case "进展":
                app.concerns.note_concern_progress(actor, code, on, text(row.get("内容")))
            case "办结":
                app.concerns.resolve_concern(
                    actor, code, on, text(row.get("办理人编号")), text(row.get("结果"))
                )
            case "回访":
                app.concerns.record_concern_feedback(
                    actor,
                    code,
                    on,
                    text(row.get("回访人编号")),
                    text(row.get("结果")),
                    text(row.get("内容")),
                    from_paper=True,
                )
            case "归档":
                app.concerns.close_concern(actor, code, on)
            case "上报":
                app.concerns.escalate_concern(actor, code, on, text(row.get("内容")))
            case "重复":
                app.concerns.mark_concern_duplicate(actor, code, on, text(row.get("来源记录")))
        return self._backfill(on)

    def _pairing(self, row: Row) -> list[tuple[str, str]]:
        self._required(row, "干部编号", "对象类别", "对象编码", "安排单位编码")
        on = parse_date(row.get("结对日期"), "结对日期")
        reported = parse_date(row["上报日期"], "上报日期") if text(row.get("上报日期")) else None
        flags = self.app.contacts.pair(
            self.actor,
            text(row["干部编号"]),
            text(row["对象类别"]),
            text(row["对象编码"]),
            text(row["安排单位编码"]),
            on,
            reported,
        )
        return flags + self._backfill(on)

    def _contact(self, row: Row) -> list[tuple[str, str]]:
        self._required(row, "干部编号", "对象编码", "方式")
        on = parse_date(row.get("联系日期"), "联系日期")
        self.app.contacts.record_contact(
            self.actor,
            text(row["干部编号"]),
            text(row["对象编码"]),
            on,
            text(row["方式"]),
            text(row.get("内容")),
            problem=text(row.get("反映问题")),
            again=confirmed_again(row),
        )
        return self._backfill(on)

    def _talk(self, row: Row) -> list[tuple[str, str]]:
        self._required(row, "干部编号", "对象编号")
        on = parse_date(row.get("谈心日期"), "谈心日期")
        self.app.contacts.record_talk(
            self.actor,
            text(row["干部编号"]),
            text(row["对象编号"]),
            on,
            text(row.get("内容")),
            again=confirmed_again(row),
        )
        return self._backfill(on)

    def _visit(self, row: Row) -> list[tuple[str, str]]:
        """One visit; 反映问题 may list several problems (one per line or separated by ;), each a concern."""
        self._required(row, "户编号")
        on = parse_date(row.get("走访日期"), "走访日期")
        problems = [p.strip() for p in re.split(r"[;；\n]", text(row.get("反映问题"))) if p.strip()]
        details = {
            "situation": text(row.get("家庭情况")),
            "policies": text(row.get("宣传政策")),
            "help": text(row.get("帮扶措施")),
            "note": text(row.get("备注")),
        }
        self.app.visits.record_visit(
            self.actor,
            text(row["户编号"]),
            on,
            parse_list(row.get("走访人编号")),
            details,
            problems,
            text(row.get("走访编号")),
            again=confirmed_again(row),
        )
        return self._backfill(on)

    def _interview(self, row: Row) -> list[tuple[str, str]]:
        """One row per step of a village's interview day (安排, 改期, 征求意见, 督查对接, 张贴预告, 召开)."""
        self._required(row, "村居编码", "事项")
        village, step = text(row["村居编码"]), text(row["事项"])
        rules.check_choice(step, INTERVIEW_STEPS, "事项")
        on = parse_date(row.get("日期"), "日期")
        app, actor = self.app, self.actor
        match step:
            case "安排":
                self._required(row, "组别", "带队领导编号", "时间", "地点")
                app.interviews.schedule_interview(
                    actor,
                    village,
                    on,
                    parse_int(row.get("组别"), "组别"),
                    text(row["带队领导编号"]),
                    text(row["时间"]),
                    text(row["地点"]),
                )
                return []
            case "改期":
                app.interviews.reschedule_interview(
                    actor, village, on, "按台帐改期", text(row.get("时间")), text(row.get("地点"))
                )
                return []
            case "征求意见":
                app.interviews.record_solicitation(
                    actor, village, on, text(row.get("方式")), parse_int(row.get("参加人数"), "参加人数")
                )
            case "督查对接":
                app.interviews.assign_interview_supervisor(actor, village, text(row.get("督查干部编号")), on)
            case "张贴预告":
                app.interviews.post_interview_notice(
                    actor,
                    village,
                    on,
                    text(row.get("时间")),
                    text(row.get("地点")),
                    text(row.get("参加人员")),
                    text(row.get("张贴地点")),
                )
            case "召开":
                self._required(row, "参加人数")
                flags = app.interviews.hold_interview(
                    actor, village, on, parse_int(row.get("参加人数"), "参加人数")
                )
                return flags + self._backfill(on)
        return self._backfill(on)

    def _rating(self, row: Row) -> list[tuple[str, str]]:
        """开始 (评价 lists the cadres; blank: every 村街居干部 of the village), 投票, 作废, 结束."""
        self._required(row, "轮次编号", "事项")
        code, step = text(row["轮次编号"]), text(row["事项"])
        rules.check_choice(step, ("开始", "投票", "作废", "结束"), "事项")
        on = parse_date(row.get("日期"), "日期")
        match step:
            case "开始":
                self._required(row, "村居编码")
                village = text(row["村居编码"])
                cadres = parse_list(row.get("评价")) or self.village_cadres(village)
                self.app.work.open_rating_round(
                    self.actor, code, village, cadres, on, parse_int(row.get("应到人数"), "应到人数")
                )
                return self._backfill(on)
            case "投票":
                self._required(row, "票号", "评价")
                marks = {}
                for part in parse_list(row.get("评价")):
                    cadre, sep, mark = part.partition("=")
                    if not sep:
                        rules.fail_malformed(f"评价应写成“人员编号=满意”,收到“{part}”")
                    if cadre.strip() in marks:
                        raise RuleViolation("R-R2", f"选票对“{cadre.strip()}”评价了两次:每名村干部只评价一次")
                    marks[cadre.strip()] = mark.strip()
                self.app.work.cast_ballot(self.actor, code, parse_int(row.get("票号"), "票号"), marks)
            case "作废":
                self._required(row, "票号")
                self.app.work.void_ballot(
                    self.actor, code, parse_int(row.get("票号"), "票号"), text(row.get("原因"))
                )
            case "结束":
                self.app.work.close_rating_round(self.actor, code, on)
        return []

    def village_cadres(self, village: str) -> list[str]:
        """Every current 村街居干部 of a village: the default list of a rating round."""
        from projections.roster import RosterFilter, RosterQuery

        if self.store is None:
            return []
        self.store.projector.catch_up()  # people registered earlier in the same file
        query = RosterQuery(self.store.engine)
        rows = query.people_rows(query.people_ids(RosterFilter(unit_code=village)))
        return [r.code for r in rows.values() if r.unit_code == village and "村街居干部" in r.identities]

    def _topic(self, row: Row) -> list[tuple[str, str]]:
        self._required(row, "课题编号", "课题名称", "承担人编号")
        on = parse_date(row.get("下达日期"), "下达日期")
        self.app.work.set_research_topic(
            self.actor, text(row["课题编号"]), text(row["课题名称"]), on, text(row["承担人编号"])
        )
        return []

    def _article(self, row: Row) -> list[tuple[str, str]]:
        """文件 is a path, relative to the imported workbook; the file is stored once by its SHA-256."""
        self._required(row, "作者编号", "题目")
        on = parse_date(row.get("提交日期"), "提交日期")
        data, name = None, text(row.get("文件"))
        if name:
            path = self._beside_workbook(name)
            data, name = path.read_bytes(), path.name
        flags = self.app.work.submit_article(
            self.actor, text(row["作者编号"]), text(row["题目"]), on, text(row.get("课题编号")), name, data
        )
        return flags

    def _unit_work(self, row: Row) -> list[tuple[str, str]]:
        """登记 (类别, 内容, 承诺时限, 参加人数) or 兑现 (结果) of an item of a unit's own work (R-U1…R-U4)."""
        self._required(row, "编号", "事项", "单位编码")
        step = text(row["事项"])
        rules.check_choice(step, ("登记", "兑现"), "事项")
        on = parse_date(row.get("日期"), "日期")
        if step == "登记":
            self._required(row, "类别", "内容")
            promised = parse_date(row["承诺时限"], "承诺时限") if text(row.get("承诺时限")) else None
            self.app.unit_work.register_unit_work(
                self.actor,
                text(row["编号"]),
                text(row["单位编码"]),
                text(row["类别"]),
                on,
                text(row["内容"]),
                promised,
                parse_int(row.get("参加人数"), "参加人数"),
            )
        else:
            self._required(row, "结果")
            self.app.unit_work.fulfil_unit_work(self.actor, text(row["编号"]), on, text(row["结果"]))
        return self._backfill(on)

    def _publicity(self, row: Row) -> list[tuple[str, str]]:
        self._required(row, "编号", "单位编码", "渠道", "标题")
        on = parse_date(row.get("日期"), "日期")
        self.app.unit_work.report_publicity(
            self.actor,
            text(row["编号"]),
            text(row["单位编码"]),
            on,
            text(row["渠道"]),
            text(row["标题"]),
            text(row.get("链接或文件")),
        )
        return self._backfill(on)

    def _beside_workbook(self, name: str) -> Path:
        """A file a workbook names must lie in the workbook's own folder (or below it): never an absolute
        path, never `..`, a regular file, not too large — or a workbook could store any file of the PC."""
        relative = Path(name.replace("\\", "/"))
        hidden = any(part.startswith(".") and part not in (".", "..") for part in relative.parts)
        if hidden:
            rules.fail_malformed(f"文件“{name}”是隐藏文件或在隐藏文件夹中:调研文章请放普通文件")
        if relative.is_absolute() or ".." in relative.parts or (relative.parts and ":" in relative.parts[0]):
            rules.fail_malformed(
                f"文件“{name}”须写相对于工作簿所在文件夹的路径(不能是绝对路径或含 ..):请把文件放在工作簿旁边"
            )
        path = (self.base / relative).resolve()
        if not path.is_relative_to(self.base) or not path.is_file() or path.is_symlink():
            rules.fail_malformed(f"文件“{name}”不在工作簿所在的文件夹里:请把文件放在工作簿旁边")
        if path.stat().st_size > FILE_LIMIT:
            rules.fail_malformed(f"文件“{name}”超过 {FILE_LIMIT // 1024 // 1024} MB:请压缩或拆分后再提交")
        return path

    def _exemplar(self, row: Row) -> list[tuple[str, str]]:
        self._required(row, "编号", "事项")
        step = text(row["事项"])
        rules.check_choice(step, ("推荐", "上报"), "事项")
        on = parse_date(row.get("日期"), "日期")
        if step == "推荐":
            self.app.work.nominate_exemplar(
                self.actor,
                text(row["编号"]),
                on,
                text(row.get("记录类别")),
                text(row.get("记录编码")),
                text(row.get("摘要")),
            )
        else:
            self.app.work.report_exemplar(self.actor, text(row["编号"]), on)
        return []

    def _backfill(self, on: date) -> list[tuple[str, str]]:
        params = self.app.parameters()
        today = self.app.clock.today()
        if rules.is_backfilled(on, today, params.backfill_days):
            return [("R-G3", rules.backfill_message(on, today, params.backfill_days))]
        return []
