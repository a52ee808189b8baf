"""Use cases of the roster (人员与单位): units, people and households registered, changed, retired and
tagged (R-G4, R-G7, R-H1…)."""

from __future__ import annotations

from datetime import date
from typing import Any

from domain import rules
from domain.area import Area
from domain.base import Actor
from domain.roster import VILLAGE_KINDS, Household, Person, Unit


class RosterCases(Area):
    def register_unit(self, actor: Actor, code: str, name: str, kind: str, parent_code: str = "") -> None:
        rules.check_admin(actor.role, "登记单位")
        code, parent_code = code.strip(), parent_code.strip()
        rules.require(code, "单位编码")
        rules.check_code_free(self.core.unit(code, peek=True) is not None, "单位编码", code)
        if parent_code:
            self.core.current_unit(parent_code, "上级单位", peek=True)
        unit = Unit.register(code, name, kind, parent_code, self.core.stamp(actor))
        self.core._save(unit, what="单位编码", code=code)

    def change_unit(self, actor: Actor, code: str, changes: dict[str, Any], effective_on: date) -> None:
        rules.check_admin(actor.role, "修改单位")
        unit = self.core.current_unit(code)
        Unit.check_fields(changes)
        parent = changes.get("parent_code")
        if parent:
            self.core.current_unit(parent, "上级单位", peek=True)
            if code in self.core.unit_lineage(parent):
                rules.fail_malformed("上级单位不能是本单位或其下级单位")
        rules.check_not_in_future(effective_on, self.core.clock.today(), "变更日期")
        unit.change(changes, effective_on, self.core.stamp(actor))
        self.core._save(unit)

    def retire_unit(self, actor: Actor, code: str, on: date, reason: str) -> None:
        rules.check_admin(actor.role, "注销单位")
        unit = self.core.current_unit(code)
        rules.check_not_in_future(on, self.core.clock.today(), "注销日期")
        unit.retire(on, reason, self.core.stamp(actor))
        self.core._save(unit)

    def check_person_references(self, values: dict[str, Any]) -> None:
        """R-G4 for the unit, branch, assigned village and household a person names."""
        self.core.current_unit(values["unit_code"], peek=True)
        if values.get("branch_code"):
            self.core.current_unit(values["branch_code"], "支部", peek=True)
        if values.get("assigned_village"):
            village = self.core.current_unit(values["assigned_village"], "分工村居", peek=True)
            if village.kind not in VILLAGE_KINDS:
                rules.fail_malformed(f"分工村居“{village.code}”是{village.kind},不是村、街或居")
        if values.get("household_code"):
            self.core.current_household(values["household_code"], peek=True)

    def register_person(
        self, actor: Actor, code: str, fields: dict[str, Any], done_by: str | None = None
    ) -> None:
        code = code.strip()
        rules.require(code, "人员编号")
        rules.require(fields.get("unit_code"), "单位编码")
        self.core.check_scope(actor, fields["unit_code"])
        rules.check_code_free(self.core.person(code, peek=True) is not None, "人员编号", code)
        person = Person.register(code, fields, self.core.stamp(actor, done_by))
        self.check_person_references(person.merged({}))
        self.core._save(person, what="人员编号", code=code)

    def change_person(self, actor: Actor, code: str, changes: dict[str, Any], effective_on: date) -> None:
        person = self.core.current_person(code)
        self.core.check_scope(actor, person.unit_code)
        values = person.merged(changes)
        Person.check_fields(values)
        if "unit_code" in changes:
            self.core.check_scope(actor, changes["unit_code"])
        self.check_person_references(values)
        rules.check_not_in_future(effective_on, self.core.clock.today(), "变更日期")
        person.change(changes, effective_on, self.core.stamp(actor))
        self.core._save(person)

    def retire_person(self, actor: Actor, code: str, on: date, reason: str) -> None:
        person = self.core.current_person(code)
        self.core.check_scope(actor, person.unit_code)
        rules.check_not_in_future(on, self.core.clock.today(), "注销日期")
        person.retire(on, reason, self.core.stamp(actor))
        self.core._save(person)

    def _check_village(self, code: str) -> Unit:
        village = self.core.current_unit(code, "村居", peek=True)
        if village.kind not in VILLAGE_KINDS:
            rules.fail_malformed(f"农户所在单位“{code}”是{village.kind},应为村、街或居")
        return village

    def register_household(
        self, actor: Actor, code: str, fields: dict[str, Any], tags: list[str] | None = None
    ) -> None:
        code = code.strip()
        rules.require(code, "户编号")
        rules.require(fields.get("village_code"), "村居编码")
        self.core.check_scope(actor, fields["village_code"])
        rules.check_code_free(self.core.household(code, peek=True) is not None, "户编号", code)
        self._check_village(fields["village_code"])
        since = self.core.parameters().window_start
        household = Household.register(code, fields, list(tags or []), since, self.core.stamp(actor))
        self.core._save(household, what="户编号", code=code)

    def change_household(self, actor: Actor, code: str, changes: dict[str, Any], effective_on: date) -> None:
        household = self.core.current_household(code)
        self.core.check_scope(actor, household.village_code)
        Household.check_fields(changes)
        if changes.get("village_code"):
            self.core.check_scope(actor, changes["village_code"])
            self._check_village(changes["village_code"])
        rules.check_not_in_future(effective_on, self.core.clock.today(), "变更日期")
        household.change(changes, effective_on, self.core.stamp(actor))
        self.core._save(household)

    def retire_household(self, actor: Actor, code: str, on: date, reason: str) -> None:
        household = self.core.current_household(code)
        self.core.check_scope(actor, household.village_code)
        rules.check_not_in_future(on, self.core.clock.today(), "注销日期")
        household.retire(on, reason, self.core.stamp(actor))
        self.core._save(household)

    def tag_household(
        self, actor: Actor, code: str, category: str, on: date, reason: str, *, add: bool = True
    ) -> None:
        """Adds or removes a must-visit tag from a date; R-V2 judges visits by the tag in force then."""
        household = self.core.current_household(code)
        self.core.check_scope(actor, household.village_code)
        rules.check_not_in_future(on, self.core.clock.today(), "标签日期")
        if add:
            household.add_tag(category, on, reason, self.core.stamp(actor))
        else:
            household.remove_tag(category, on, reason, self.core.stamp(actor))
        self.core._save(household)
