"""Household visits (走访, §4.2): who visited which household when, what they found and did.

R-V1 and R-V2 (coverage) are judged by the read model over all visits; a visit itself is checked for
its visitors (R-V3, R-V4) and the general rules.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from eventsourcing.domain import Aggregate

from domain import rules
from domain.base import Audit, Record, record_id
from domain.errors import RuleViolation
from domain.roster import Person

VILLAGE_CADRE_IDENTITIES = ("村街居干部", "党组织书记")


def is_village_cadre(person: Person, village: str) -> bool:
    return person.unit_code == village and bool(set(VILLAGE_CADRE_IDENTITIES) & set(person.identities))


def is_assigned_to(person: Person, village: str) -> bool:
    """An organ cadre or section civil servant assigned to the village (§4.2: they visit it together)."""
    return person.assigned_village == village


def check_visitors(visitors: list[Person], village: str) -> None:
    """R-V4: a visit has visitors; R-V3: one of them belongs to the household's village."""
    if not visitors:
        raise RuleViolation("R-V4", "走访须填写走访人:请填写至少一名走访人的人员编号")
    if not any(is_village_cadre(p, village) or is_assigned_to(p, village) for p in visitors):
        names = "、".join(f"{p.code} {p.name}" for p in visitors)
        raise RuleViolation(
            "R-V3",
            f"走访人({names})中没有{village}的村街居干部,也没有分工到{village}的机关干部或科室(站所)公务员:"
            f"请加上本村干部或分工干部",
        )


def is_standing_work(on: date, window_end: date) -> bool:
    """R-G2: after the window closes, visits are standing work (常态化), counted apart from the campaign."""
    return on > window_end


class Visit(Record):
    class Recorded(Aggregate.Created, Audit):
        code: str
        household_code: str
        village_code: str
        on: date
        visitors: list[str]
        situation: str
        problems: list[str]  # the 问题编号 of each problem raised, registered as concerns
        policies: str
        help: str
        note: str

        def apply(self, aggregate: Visit) -> None:
            for name in (
                "code",
                "household_code",
                "village_code",
                "on",
                "situation",
                "policies",
                "help",
                "note",
            ):
                setattr(aggregate, name, getattr(self, name))
            aggregate.visitors = list(self.visitors)
            aggregate.problems = list(self.problems)

    correctable = frozenset({"situation", "policies", "help", "note"})

    def __init__(self) -> None:
        self.code = self.household_code = self.village_code = ""
        self.on = date.min
        self.visitors: list[str] = []
        self.problems: list[str] = []
        self.situation = self.policies = self.help = self.note = ""

    @classmethod
    def record(
        cls,
        code: str,
        household_code: str,
        village_code: str,
        on: date,
        visitors: list[str],
        details: dict[str, str],
        problems: list[str],
        stamp: dict[str, Any],
    ) -> Visit:
        rules.require(code, "走访编号")
        values = {k: str(details.get(k) or "").strip() for k in ("situation", "policies", "help", "note")}
        return cls._create(
            cls.Recorded,
            id=record_id("visit", code),
            code=code,
            household_code=household_code,
            village_code=village_code,
            on=on,
            visitors=visitors,
            problems=problems,
            **values,
            **stamp,
        )
