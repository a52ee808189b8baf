"""Failures of the machine rather than of the records: a full disk, a file grown past a limit.

Whatever layer meets one (the library's recorder, SQLAlchemy, openpyxl, a plain write), the user reads one
Chinese line saying what to do, and what was stored before stays stored (every command is one transaction).
"""

from __future__ import annotations

import errno

#: errno values that mean "no room to write": a full disk, a user's quota, a file-size limit
_NO_ROOM = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
#: how SQLite and PostgreSQL say it when the OS error is not passed on
_NO_ROOM_TEXT = ("database or disk is full", "no space left on device", "could not extend file", "disk full")

DISK_FULL = "磁盘空间不足,未能写入{0}(请清理磁盘或另选有空间的位置后重试;此前已保存的记录不受影响)"


def _chain(exc: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in found:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


def is_disk_full(exc: BaseException) -> bool:
    """Whether an exception (or one it was raised from) says that there is no room to write."""
    for link in _chain(exc):
        if isinstance(link, OSError) and link.errno in _NO_ROOM:
            return True
        if getattr(link, "sqlstate", None) == "53100":  # PostgreSQL: disk_full
            return True
        text = str(link).lower()
        if any(marker in text for marker in _NO_ROOM_TEXT):
            return True
    return False


def disk_full_message(exc: BaseException, what: str = "数据") -> str | None:
    """The one line a user reads for a full disk, or None when the failure is something else."""
    return DISK_FULL.format(what) if is_disk_full(exc) else None
