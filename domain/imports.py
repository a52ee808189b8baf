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
    def record(cls, sha256: str, file_name: str, counts: dict[str, int], stamp: dict[str, Any]) -> ImportedFile:
        return cls._create(cls.Imported, id=file_id(sha256), sha256=sha256, file_name=file_name, **counts, **stamp)

    def record_again(self, file_name: str, counts: dict[str, int], stamp: dict[str, Any]) -> None:
        self.trigger_event(self.ImportedAgain, file_name=file_name, **counts, **stamp)


def file_id(sha256: str) -> Any:
    return record_id("import", sha256)
