"""What every event carries, stable ids, and the generic correction and void of a record."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any, ClassVar
from uuid import UUID, uuid5

from eventsourcing.domain import Aggregate
from eventsourcing.persistence import Transcoding

from domain import rules

NAMESPACE = UUID("6f1c2f9e-55b1-4f43-9d1e-1a0c5e7f0b21")


@lru_cache(maxsize=262144)
def record_id(kind: str, code: str) -> UUID:
    """The id of a record with a registered code, so that R-G7 is decided by the store itself (looked up
    several times per command: remembered)."""
    return uuid5(NAMESPACE, f"{kind}:{code}")


class FlatRecordsCopy:
    """An aggregate's copy (the library copies a cached aggregate for every command that changes it)
    made without `deepcopy` walking every record: the collections named in `flat_records` are dicts of
    records whose fields are immutable values (dates, strings, numbers; never changed in place), so a
    shallow copy of each record is a full copy. Every other list, dict or set is deep-copied."""

    flat_records: ClassVar[tuple[str, ...]] = ()
    #: dicts of records that are replaced, never changed in place: the dict is copied, the records shared
    shared_records: ClassVar[tuple[str, ...]] = ()

    def __deepcopy__(self, memo: dict[int, Any]) -> Any:
        clone = copy.copy(self)
        for name, value in vars(self).items():
            if name in self.shared_records:
                setattr(clone, name, dict(value))
            elif name in self.flat_records:
                setattr(clone, name, {k: copy.copy(v) for k, v in value.items()})
            elif isinstance(value, (list, dict, set)):
                setattr(clone, name, copy.deepcopy(value, memo))
        return clone


class DateAsISO(Transcoding):
    type = date
    name = "date_iso"

    def encode(self, obj: date) -> str:
        return obj.isoformat()

    def decode(self, data: str) -> date:
        return date.fromisoformat(data)


@dataclass(frozen=True)
class Actor:
    """Who is recording: an authenticated operator at a workstation."""

    operator: str
    role: str
    workstation: str
    units: tuple[str, ...] = field(default=())

    def stamp(self, now: datetime, done_by: str | None = None) -> dict[str, Any]:
        """The fields every event stores besides its own: recorded at, operator, workstation, done by."""
        done = (done_by or "").strip()
        return {
            "timestamp": now,
            "operator": self.operator,
            "workstation": self.workstation,
            "done_by": "" if done == self.operator else done,
        }


@dataclass(frozen=True)
class Audit:
    """Mixed into every event: the operator, the workstation, and who did the activity if someone else."""

    operator: str
    workstation: str
    done_by: str


class Record(Aggregate):
    """A record that is never edited: mistakes are corrected or voided by events naming what they fix."""

    voided: bool = False
    corrections: int = 0

    class Corrected(Aggregate.Event, Audit):
        changes: dict[str, Any]
        reason: str
        corrects_version: int

        def apply(self, aggregate: Record) -> None:
            for name, value in self.changes.items():
                setattr(aggregate, name, value)
            aggregate.corrections += 1

    class Voided(Aggregate.Event, Audit):
        reason: str
        corrects_version: int

        def apply(self, aggregate: Record) -> None:
            aggregate.voided = True

    #: the attributes a correction may change; each aggregate names its own
    correctable: frozenset[str] = frozenset()

    def correct(self, changes: dict[str, Any], reason: str, stamp: dict[str, Any]) -> None:
        rules.check_not_voided(self.voided, self.label())
        rules.check_reason(reason, "更正")
        unknown = sorted(set(changes) - self.correctable)
        if unknown:
            rules.fail_malformed(f"不能更正的项目: {', '.join(unknown)}")
        real = {k: v for k, v in changes.items() if getattr(self, k, None) != v}
        if not real:
            rules.fail_missing("更正内容(与原值相同,无需更正)")
        self.trigger_event(
            self.Corrected, changes=real, reason=reason.strip(), corrects_version=self.version, **stamp
        )

    def void(self, reason: str, stamp: dict[str, Any]) -> None:
        rules.check_not_voided(self.voided, self.label())
        rules.check_reason(reason, "作废")
        self.trigger_event(self.Voided, reason=reason.strip(), corrects_version=self.version, **stamp)

    def label(self) -> str:
        return str(getattr(self, "code", self.id))
