"""Where the app and the command line keep what went wrong: the terminal, and a log file beside the
default store (or `DESK_LOG`), so that "详情已写入日志" is true for a clerk who never sees a terminal."""

from __future__ import annotations

import logging
import os
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file() -> Path:
    """Where the app and the command line keep what went wrong ("详情已写入日志"): beside the default store,
    or `DESK_LOG`."""
    from projections.store import default_sqlite_path

    return Path(os.environ.get("DESK_LOG") or default_sqlite_path().with_name("lianxin.log"))


def setup_logging() -> None:
    """Warnings and errors to the terminal and to the log file (1 MB, the last three kept)."""
    from logging.handlers import RotatingFileHandler

    logging.basicConfig(level=logging.WARNING, format=LOG_FORMAT)
    path = log_file()
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
        path.chmod(0o600)  # as private as the store beside it (a traceback may quote a record)
    except OSError:
        return  # a home that cannot be written: the terminal still has it
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.setLevel(logging.WARNING)
    root.addHandler(handler)
