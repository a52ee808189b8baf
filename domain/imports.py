"""An imported file is remembered by its SHA-256, so the same workbook is not imported twice by accident."""

from __future__ import annotations

from typing import Any

from eventsourcing.domain import Aggregate

from domain.base import Audit, record_id


class ImportedFile(Aggregate):
    class Imported(Aggregate.Created, Audit):
        sha256: str
        file_name: str
        rows: int
        accepted: int
        rejected: int

        def apply(self, aggregate: ImportedFile) -> None:
            aggregate.sha256 = self.sha256
            aggregate.times = 1

    class ImportedAgain(Aggregate.Event, Audit):
        file_name: str
        rows: int
        accepted: int
        rejected: int

        def apply(self, aggregate: ImportedFile) -> None:
            aggregate.times += 1

    def __init__(self) -> None:
        self.sha256 = ""
        self.times = 0

    @classmethod
    def record(
        cls, sha256: str, file_name: str, counts: dict[str, int], stamp: dict[str, Any]
    ) -> ImportedFile:
        return cls._create(
            cls.Imported, id=file_id(sha256), sha256=sha256, file_name=file_name, **counts, **stamp
        )

    def record_again(self, file_name: str, counts: dict[str, int], stamp: dict[str, Any]) -> None:
        self.trigger_event(self.ImportedAgain, file_name=file_name, **counts, **stamp)


def file_id(sha256: str) -> Any:
    return record_id("import", sha256)


class ImportProgress(Aggregate):
    """Which rows of one pass over a file are stored, each marked in the same transaction as the row's own
    events: an interrupted import run again stores only the rest, and two runs of one file at once cannot
    both store a row (the second finds the progress moved on: optimistic concurrency)."""

    class Started(Aggregate.Created, Audit):
        sha256: str
        file_name: str
        attempt: int

        def apply(self, aggregate: ImportProgress) -> None:
            aggregate.sha256, aggregate.file_name, aggregate.attempt = (
                self.sha256,
                self.file_name,
                self.attempt,
            )

    class RowStored(Aggregate.Event, Audit):
        sheet: str
        row: int

        def apply(self, aggregate: ImportProgress) -> None:
            aggregate.stored.add((self.sheet, self.row))

    class RowsStored(Aggregate.Event, Audit):
        """Several rows of one sheet stored together (one transaction, the rows' events with it)."""

        sheet: str
        rows: list[int]

        def apply(self, aggregate: ImportProgress) -> None:
            aggregate.stored.update((self.sheet, row) for row in self.rows)

    def __init__(self) -> None:
        self.sha256 = self.file_name = ""
        self.attempt = 0
        self.stored: set[tuple[str, int]] = set()

    @classmethod
    def start(cls, sha256: str, file_name: str, attempt: int, stamp: dict[str, Any]) -> ImportProgress:
        return cls._create(
            cls.Started,
            id=progress_id(sha256, attempt),
            sha256=sha256,
            file_name=file_name,
            attempt=attempt,
            **stamp,
        )

    def mark(self, sheet: str, row: int, stamp: dict[str, Any]) -> None:
        self.trigger_event(self.RowStored, sheet=sheet, row=row, **stamp)

    def mark_rows(self, sheet: str, rows: list[int], stamp: dict[str, Any]) -> None:
        self.trigger_event(self.RowsStored, sheet=sheet, rows=rows, **stamp)


def progress_id(sha256: str, attempt: int) -> Any:
    return record_id("import-progress", f"{sha256}:{attempt}")
