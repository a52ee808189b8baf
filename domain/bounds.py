"""Every value an event may carry, bounded in one place (R-F2).

Events are append-only: a value the read models, the exports or the hash chain cannot hold would make a
store unusable for good. So each event is checked as it is saved, whatever use case or import made it:
numbers within their stated ranges (and always within what SQLite and PostgreSQL integers hold), text
within a length and free of control and bidirectional-override characters, dates within the years a
campaign can name, stored files below a size.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

from domain import rules

#: field name -> (smallest, largest, what the person knows it as)
NUMBERS: dict[str, tuple[int, int, str]] = {
    "size": (0, 99, "人口"),
    "attendance": (0, 100_000, "参加人数"),
    "participants": (0, 100_000, "参加人数"),
    "expected": (0, 1_000_000, "应到人数"),
    "number": (1, 1_000_000, "票号"),
    "no": (0, 1_000_000, "序号"),
    "min_attendance": (1, 10_000, "访谈日最少参加人数"),
    "backfill_days": (0, 366, "补录天数"),
    "notice_lead_days": (0, 60, "预告提前天数"),
    "interview_groups": (1, 100, "访谈日组数"),
    "year": (2000, 2099, "年度"),
}
#: any other whole number: what both databases' 64-bit integers and JSON readers hold exactly
INTEGER_LIMIT = 2**53
SHORT_TEXT = 200  # a code, a name, a phone number, a place
LONG_TEXT = 20_000  # what was found, said, done: a page or two of typing
LONG_FIELDS = frozenset(
    {
        "content",
        "situation",
        "policies",
        "help",
        "note",
        "result",
        "reason",
        "summary",
        "detail",
        "text",
        "problems",
        "measures",
        "title",
        "address",
        "description",
        "outcome",
        "changes",
        "details",
        "fields",
    }
)
FILE_LIMIT = 20 * 1024 * 1024  # a stored article file (bytes)
YEARS = (2000, 2099)
#: C0 controls except tab and newlines, DEL, C1 controls, and the bidirectional overrides that can make
#: a name read differently on screen than it is stored
FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
#: characters no font shows: text in another encoding (Big5 read as GB18030) lands here
PRIVATE_USE = re.compile(r"[\ue000-\uf8ff]")
#: what the library and the audit stamp carry: not typed by anyone
SKIPPED = frozenset({"originator_id", "originator_version", "timestamp", "password_hash", "sha256"})


def check_event(event: object) -> None:
    """R-F2 on everything an event carries (raises RuleViolation naming the field)."""
    fields = vars(event)
    if type(event).__qualname__ == "StoredFile.Stored":
        size = int(fields.get("size", 0))
        if size > FILE_LIMIT:
            rules.fail_malformed(
                f"文件“{fields.get('name', '')}”有 {size // 1024 // 1024} MB,超过 {FILE_LIMIT // 1024 // 1024} MB 上限"
            )
        fields = {k: v for k, v in fields.items() if k not in ("content", "size")}
    for name, value in fields.items():
        if name not in SKIPPED:
            check_value(name, value, name in LONG_FIELDS)


def check_value(name: str, value: Any, long: bool = False) -> None:
    if type(value) is str and len(value) <= SHORT_TEXT and value.isprintable():
        return  # most of what events carry: a code, a name, a date in words (no look-up needed)
    if isinstance(value, bool) or value is None:
        return
    if isinstance(value, int):
        low, high, what = NUMBERS.get(name, (-INTEGER_LIMIT, INTEGER_LIMIT, name))
        if not low <= value <= high:
            rules.fail_malformed(f"{what}“{value}”超出范围,应在 {low} 到 {high} 之间")
    elif isinstance(value, float):
        if value != value or abs(value) > INTEGER_LIMIT:
            rules.fail_malformed(f"{name}“{value}”不是有效的数")
    elif isinstance(value, str):
        limit = LONG_TEXT if long else SHORT_TEXT
        if len(value) > limit:
            rules.fail_malformed(f"{_label(name)}太长({len(value)} 字),最多 {limit} 字")
        if value.isprintable():  # no control, format, private-use or unassigned character: nothing to find
            return
        bad = FORBIDDEN.search(value)
        if bad:
            rules.fail_malformed(
                f"{_label(name)}含有不可见的控制字符(U+{ord(bad.group()):04X}),请删去后再保存"
            )
        if PRIVATE_USE.search(value):
            rules.fail_malformed(
                f"{_label(name)}含有无法显示的字符:文件的编码可能不对(应为 UTF-8 或 GB18030),请另存后再导入"
            )
    elif isinstance(value, (date, datetime)):
        if not YEARS[0] <= value.year <= YEARS[1]:
            rules.fail_malformed(f"日期 {value:%Y-%m-%d} 不在 {YEARS[0]}–{YEARS[1]} 年之间")
    elif isinstance(value, Mapping):
        for key, item in value.items():
            check_value(str(key), item, long or str(key) in LONG_FIELDS)
    elif isinstance(value, (list, tuple, set, frozenset)):
        if len(value) > 1000:
            rules.fail_malformed(f"{_label(name)}的项目太多({len(value)} 项)")
        for item in value:
            check_value(name, item, long)


LABELS = {
    "head_name": "户主姓名",
    "name": "姓名",
    "phone": "联系电话",
    "address": "地址",
    "content": "内容",
    "situation": "家庭情况",
    "code": "编码",
    "place": "地点",
    "group": "村民小组",
    "title": "题目",
}


def _label(name: str) -> str:
    return LABELS.get(name, name)
