"""Units, people and households: registered, changed, retired; must-visit tags by date."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Any

from eventsourcing.domain import Aggregate

from domain import rules
from domain.base import Audit, Record
from domain.campaign import MUST_VISIT_CATEGORIES
from domain.errors import RuleViolation


class UnitKind(StrEnum):
    """The kinds of unit the plan names; the values are its words, as stored in the events."""

    GOVERNMENT = "镇党委政府"
    STUDY_OFFICE = "学教办"
    ORGAN_BRANCH = "机关支部"
    SECTION = "科室"
    STATION = "站所"
    DUAL = "双管单位"
    VILLAGE = "村"
    STREET = "街"
    COMMUNITY = "居"
    SCHOOL = "学校"
    HOSPITAL = "医院"
    ENTERPRISE = "两新企业"
    SOCIAL_ORGANIZATION = "两新社会组织"


UNIT_KINDS = tuple(UnitKind)
ORGAN_KINDS = (UnitKind.GOVERNMENT, UnitKind.STUDY_OFFICE, UnitKind.SECTION, UnitKind.STATION)
VILLAGE_KINDS = (UnitKind.VILLAGE, UnitKind.STREET, UnitKind.COMMUNITY)
INSTITUTION_KINDS = (
    UnitKind.SCHOOL,
    UnitKind.HOSPITAL,
    UnitKind.DUAL,
    UnitKind.ENTERPRISE,
    UnitKind.SOCIAL_ORGANIZATION,
)
ENTERPRISE_KINDS = (UnitKind.ENTERPRISE,)

IDENTITIES = (
    "党政负责人",
    "机关中层干部",
    "分工村街居干部",
    "科室公务员",
    "站所公务员",
    "村街居干部",
    "党组织书记",
    "群众",
    "职工",
)
GENDERS = ("男", "女", "")


class RosterRecord(Record):
    """A roster entry: it changes with life (with an effective date) and may retire."""

    retired: bool = False
    retired_on: date | None = None

    class Changed(Aggregate.Event, Audit):
        changes: dict[str, Any]
        effective_on: date

        def apply(self, aggregate: RosterRecord) -> None:
            for name, value in self.changes.items():
                setattr(aggregate, name, value)

    class Retired(Aggregate.Event, Audit):
        on: date
        reason: str

        def apply(self, aggregate: RosterRecord) -> None:
            aggregate.retired = True
            aggregate.retired_on = self.on

    def change(self, changes: dict[str, Any], effective_on: date, stamp: dict[str, Any]) -> None:
        self.check_current()
        unknown = sorted(set(changes) - self.correctable)
        if unknown:
            rules.fail_malformed(f"不能修改的项目: {', '.join(unknown)}")
        real = {k: v for k, v in changes.items() if getattr(self, k, None) != v}
        if not real:
            rules.fail_missing("修改内容(与现有信息相同)")
        self.trigger_event(self.Changed, changes=real, effective_on=effective_on, **stamp)

    def retire(self, on: date, reason: str, stamp: dict[str, Any]) -> None:
        self.check_current()
        rules.require(reason, "注销原因")
        self.trigger_event(self.Retired, on=on, reason=reason.strip(), **stamp)

    def check_current(self) -> None:
        if self.voided:
            raise RuleViolation("R-G6", f"记录“{self.label()}”已作废")
        if self.retired:
            raise RuleViolation("R-G4", f"“{self.label()}”已注销,不能再修改")


class Unit(RosterRecord):
    class Registered(Aggregate.Created, Audit):
        code: str
        name: str
        kind: str
        parent_code: str

        def apply(self, aggregate: Unit) -> None:
            aggregate.code = self.code
            aggregate.name = self.name
            aggregate.kind = self.kind
            aggregate.parent_code = self.parent_code

    correctable = frozenset({"name", "kind", "parent_code"})

    def __init__(self) -> None:
        self.code = self.name = self.kind = self.parent_code = ""

    @staticmethod
    def check_fields(fields: dict[str, Any]) -> None:
        if "name" in fields:
            rules.require(fields["name"], "单位名称")
        if "kind" in fields:
            rules.require(fields["kind"], "类别")
            rules.check_choice(fields["kind"], UNIT_KINDS, "单位类别")

    @classmethod
    def register(cls, code: str, name: str, kind: str, parent_code: str, stamp: dict[str, Any]) -> Unit:
        from domain.base import record_id

        rules.require(code, "单位编码")
        cls.check_fields({"name": name, "kind": kind})
        return cls._create(
            cls.Registered,
            id=record_id("unit", code),
            code=code,
            name=name.strip(),
            kind=kind,
            parent_code=parent_code,
            **stamp,
        )

    @property
    def is_village(self) -> bool:
        return self.kind in VILLAGE_KINDS


PERSON_FIELDS = (
    "name",
    "gender",
    "unit_code",
    "branch_code",
    "identities",
    "party_member",
    "hardship_member",
    "old_member",
    "assigned_village",
    "household_code",
    "phone",
)


class Person(RosterRecord):
    class Registered(Aggregate.Created, Audit):
        code: str
        name: str
        gender: str
        unit_code: str
        branch_code: str
        identities: list[str]
        party_member: bool
        hardship_member: bool
        old_member: bool
        assigned_village: str
        household_code: str
        phone: str

        def apply(self, aggregate: Person) -> None:
            aggregate.code = self.code
            for name in PERSON_FIELDS:
                value = getattr(self, name)
                setattr(aggregate, name, list(value) if isinstance(value, list) else value)

    correctable = frozenset(PERSON_FIELDS)

    def __init__(self) -> None:
        self.code = self.name = self.gender = self.unit_code = self.branch_code = ""
        self.identities: list[str] = []
        self.party_member = self.hardship_member = self.old_member = False
        self.assigned_village = self.household_code = self.phone = ""

    @staticmethod
    def check_fields(fields: dict[str, Any]) -> None:
        """R-F1/R-F2 on a person's own values; references are checked by the use case (R-G4)."""
        if "name" in fields:
            rules.require(fields["name"], "姓名")
        if "unit_code" in fields:
            rules.require(fields["unit_code"], "单位编码")
        if "gender" in fields:
            rules.check_choice(fields["gender"], GENDERS, "性别")
        identities = fields.get("identities", [])
        rules.check_choices(identities, IDENTITIES, "身份")
        if "分工村街居干部" in identities and not fields.get("assigned_village"):
            rules.fail_missing("分工村居编码(分工村街居干部须填写所分工的村居)")
        if fields.get("hardship_member") and not fields.get("party_member"):
            rules.fail_malformed("困难党员须是党员:请把“党员”填为“是”")
        if fields.get("old_member") and not fields.get("party_member"):
            rules.fail_malformed("老党员须是党员:请把“党员”填为“是”")

    @classmethod
    def register(cls, code: str, fields: dict[str, Any], stamp: dict[str, Any]) -> Person:
        from domain.base import record_id

        rules.require(code, "人员编号")
        values: dict[str, Any] = {
            "name": "",
            "gender": "",
            "unit_code": "",
            "branch_code": "",
            "identities": [],
            "party_member": False,
            "hardship_member": False,
            "old_member": False,
            "assigned_village": "",
            "household_code": "",
            "phone": "",
        }
        unknown = set(fields) - set(values)
        if unknown:
            rules.fail_malformed(f"未知项目 {', '.join(sorted(unknown))}")
        values.update(fields)
        values["identities"] = list(dict.fromkeys(values["identities"]))
        cls.check_fields(values)
        return cls._create(cls.Registered, id=record_id("person", code), code=code, **values, **stamp)

    def merged(self, changes: dict[str, Any]) -> dict[str, Any]:
        """The person's values after `changes`, to check them as a whole."""
        values = {name: getattr(self, name) for name in PERSON_FIELDS}
        values.update(changes)
        return values


class Household(RosterRecord):
    class Registered(Aggregate.Created, Audit):
        code: str
        head_name: str
        village_code: str
        group: str
        address: str
        size: int
        phone: str
        tags: list[str]
        tags_since: date

        def apply(self, aggregate: Household) -> None:
            aggregate.code = self.code
            aggregate.head_name = self.head_name
            aggregate.village_code = self.village_code
            aggregate.group = self.group
            aggregate.address = self.address
            aggregate.size = self.size
            aggregate.phone = self.phone
            aggregate.tag_periods = [[t, self.tags_since.isoformat(), ""] for t in self.tags]

    class TagAdded(Aggregate.Event, Audit):
        category: str
        on: date
        reason: str

        def apply(self, aggregate: Household) -> None:
            aggregate.tag_periods.append([self.category, self.on.isoformat(), ""])

    class TagRemoved(Aggregate.Event, Audit):
        category: str
        on: date
        reason: str

        def apply(self, aggregate: Household) -> None:
            for period in aggregate.tag_periods:
                if period[0] == self.category and not period[2]:
                    period[2] = self.on.isoformat()

    correctable = frozenset({"head_name", "village_code", "group", "address", "size", "phone"})

    def __init__(self) -> None:
        self.code = self.head_name = self.village_code = self.group = self.address = self.phone = ""
        self.size = 0
        # [category, since (ISO), until (ISO, exclusive) or ""]
        self.tag_periods: list[list[str]] = []

    @staticmethod
    def check_fields(fields: dict[str, Any]) -> None:
        if "head_name" in fields:
            rules.require(fields["head_name"], "户主姓名")
        if "village_code" in fields:
            rules.require(fields["village_code"], "村居编码")
        if "size" in fields:
            rules.check_positive_int(fields["size"], "人口", minimum=0)

    @classmethod
    def register(
        cls, code: str, fields: dict[str, Any], tags: list[str], tags_since: date, stamp: dict[str, Any]
    ) -> Household:
        from domain.base import record_id

        rules.require(code, "户编号")
        values: dict[str, Any] = {
            "head_name": "",
            "village_code": "",
            "group": "",
            "address": "",
            "size": 0,
            "phone": "",
        }
        values.update(fields)
        cls.check_fields(values)
        rules.check_choices(tags, MUST_VISIT_CATEGORIES, "五必访类别")
        return cls._create(
            cls.Registered,
            id=record_id("household", code),
            code=code,
            tags=list(dict.fromkeys(tags)),
            tags_since=tags_since,
            **values,
            **stamp,
        )

    def tags_on(self, day: date) -> set[str]:
        """The must-visit categories in force on `day` (R-V2 judges a visit by these)."""
        iso = day.isoformat()
        return {c for c, since, until in self.tag_periods if since <= iso and (not until or iso < until)}

    def current_tags(self) -> set[str]:
        return {c for c, _since, until in self.tag_periods if not until}

    def add_tag(self, category: str, on: date, reason: str, stamp: dict[str, Any]) -> None:
        self.check_current()
        rules.check_choice(category, MUST_VISIT_CATEGORIES, "五必访类别")
        rules.require(reason, "原因")
        if category in self.current_tags():
            rules.fail_malformed(f"户“{self.code}”已有“{category}”标签,无需再加")
        self.trigger_event(self.TagAdded, category=category, on=on, reason=reason.strip(), **stamp)

    def remove_tag(self, category: str, on: date, reason: str, stamp: dict[str, Any]) -> None:
        self.check_current()
        rules.check_choice(category, MUST_VISIT_CATEGORIES, "五必访类别")
        rules.require(reason, "原因")
        open_since = [since for c, since, until in self.tag_periods if c == category and not until]
        if not open_since:
            rules.fail_malformed(f"户“{self.code}”没有“{category}”标签,无法去掉")
        if on.isoformat() < open_since[0]:
            rules.fail_malformed(f"去掉标签的日期不能早于加上标签的日期 {open_since[0]}")
        self.trigger_event(self.TagRemoved, category=category, on=on, reason=reason.strip(), **stamp)
