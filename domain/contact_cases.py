"""Use cases of the contact activity: pair, report to 学教办, end a pairing, record contacts and talks."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from domain import rules
from domain.area import Area
from domain.base import Actor, record_id
from domain.concern_cases import SourceFinder
from domain.contacts import (
    UNIT_TARGETS,
    Booklet,
    Entry,
    check_arranging_unit,
    check_person_target,
    check_target_kind,
    check_unit_target,
    contact_code,
    is_reported_late,
    parse_entry_code,
    talk_code,
)
from domain.errors import PossibleDoubleEntry, RuleViolation
from domain.quota import QuotaRole, quota_role
from domain.roster import VILLAGE_KINDS, Person


class ContactCases(Area):
    def booklet(self, cadre: str) -> Booklet | None:
        return self.core._get(Booklet, record_id("booklet", cadre.strip())) if cadre.strip() else None

    def role_of(self, person: Person) -> QuotaRole:
        unit = self.core.unit(person.unit_code, peek=True)
        return quota_role(
            person.identities, person.party_member, person.assigned_village, unit.kind if unit else ""
        )

    def source_finders(self) -> dict[str, SourceFinder]:
        return {"联系": self.contact_exists}

    def contact_exists(self, code: str) -> bool:
        parsed = parse_entry_code(code)
        if parsed is None or parsed[1] != "L":
            return False
        booklet = self.booklet(parsed[0])
        entry = booklet.contacts.get(parsed[2]) if booklet else None
        return entry is not None and not entry.voided

    def _cadre(self, actor: Actor, code: str) -> tuple[Person, QuotaRole, Booklet | None]:
        cadre = self.core.current_person(code.strip(), "干部", peek=True)
        return cadre, self.role_of(cadre), self.booklet(cadre.code)

    def pair(
        self,
        actor: Actor,
        cadre_code: str,
        kind: str,
        target: str,
        arranged_by: str,
        on: date,
        reported_on: date | None = None,
    ) -> list[tuple[str, str]]:
        """结对: checked against the cadre's duty (R-C1), earlier pairings (R-C2) and who arranges (R-C3).

        Returns the flags raised (R-C4 when reported after the deadline)."""
        rules.require(cadre_code, "干部编号")
        rules.require(kind, "对象类别")
        rules.require(target, "对象编码")
        rules.require(arranged_by, "安排单位编码")
        cadre, role, booklet = self._cadre(actor, cadre_code)
        check_target_kind(role, kind, f"{cadre.code} {cadre.name}")
        target = target.strip()
        if kind in UNIT_TARGETS:
            check_unit_target(kind, self.core.current_unit(target, kind, peek=True))
        else:
            person = self.core.current_person(target, "联系对象", peek=True)
            unit = self.core.unit(person.unit_code, peek=True)
            cadre_unit = self.core.unit(cadre.unit_code, peek=True)
            check_person_target(
                kind, cadre, cadre_unit.kind if cadre_unit else "", person, unit.kind if unit else ""
            )
        arranging = self.core.current_unit(arranged_by.strip(), "安排单位", peek=True)
        check_arranging_unit(role, kind, cadre, arranging)
        self.core.check_scope(actor, arranging.code)
        self.core.check_business_date(on, "结对日期")
        stamp = self.core.stamp(actor)
        if booklet is None:
            booklet = Booklet.open(cadre.code, stamp)
        no = booklet.pair(kind, target, arranging.code, on, self.core.stamp(actor))
        flags = []
        if reported_on is not None:
            flags = self._report(booklet, no, reported_on, actor)
        self.core._save(booklet)
        return flags

    def _report(self, booklet: Booklet, no: int, on: date, actor: Actor) -> list[tuple[str, str]]:
        rules.check_not_in_future(on, self.core.clock.today(), "上报日期")
        booklet.report(no, on, self.core.stamp(actor))
        deadline = self.core.parameters().pairing_report_deadline
        if is_reported_late(on, deadline):
            return [("R-C4", f"补报:{rules.cn_date(on)}上报学教办,晚于截止日{rules.cn_date(deadline)}")]
        return []

    def report_pairings(self, actor: Actor, unit_code: str, on: date, pairings: list[tuple[str, int]]) -> int:
        """报学教办: the unit reports the pairings it arranged (cadre, number), all at once."""
        self.core.check_scope(actor, unit_code)
        rules.require(pairings, "要上报的结对")
        booklets: dict[str, Booklet] = {}
        for cadre, no in pairings:
            booklet = booklets.get(cadre) or self.booklet(cadre)
            if booklet is None:
                raise RuleViolation("R-G6", f"“{cadre}”没有结对记录")
            if booklet.pairing(no).arranged_by != unit_code:
                raise RuleViolation("R-S1", f"结对“{cadre}-J{no}”不是{unit_code}安排的:由安排单位上报")
            booklets[cadre] = booklet
            self._report(booklet, no, on, actor)
        self.core._save(*booklets.values())
        return len(pairings)

    def end_pairing(self, actor: Actor, cadre_code: str, no: int, on: date, reason: str) -> None:
        cadre, _role, booklet = self._cadre(actor, cadre_code)
        if booklet is None:
            raise RuleViolation("R-G6", f"“{cadre.code}”没有结对记录")
        self.core.check_scope(actor, booklet.pairing(no).arranged_by)
        rules.check_not_in_future(on, self.core.clock.today(), "结束日期")
        booklet.end_pairing(no, on, reason, self.core.stamp(actor))
        self.core._save(booklet)

    def _booklet_for_entry(
        self, actor: Actor, cadre_code: str, target: str, on: date, what: str
    ) -> tuple[Person, QuotaRole, Booklet]:
        """The booklet is kept by the cadre's unit, or by the unit that arranged the pairing."""
        rules.require(cadre_code, "干部编号")
        cadre, role, booklet = self._cadre(actor, cadre_code)
        arranged = [p.arranged_by for p in booklet.active_with(target)] if booklet else []
        self.core.check_scope_any(actor, [cadre.unit_code, *arranged])
        self.core.check_business_date(on, what)
        if booklet is None:
            raise RuleViolation("R-C5", f"“{cadre.code} {cadre.name}”尚未结对:请先结对,再记录联系")
        return cadre, role, booklet

    def record_contact(
        self,
        actor: Actor,
        cadre_code: str,
        target: str,
        on: date,
        way: str,
        content: str = "",
        problem: str = "",
        village_code: str = "",
        *,
        again: bool = False,
    ) -> str:
        """联系: with a paired target (R-C5); a problem raised becomes a concern with source 联系. The same
        contact on the same day is asked about (a paper sheet typed twice), stored only `again`."""
        rules.require(target, "对象编码")
        target = target.strip()
        cadre, _role, booklet = self._booklet_for_entry(actor, cadre_code, target, on, "联系日期")
        booklet.check_paired(target)
        if not again:
            same_way = {
                n: e for n, e in booklet.contacts.items() if e.way == way.strip()
            }  # 上门, then 电话: two
            self._check_double_entry(cadre.code, cadre.name, same_way, contact_code, target, on, "联系")
        code = contact_code(cadre.code, len(booklet.contacts) + 1)
        concern = None
        if problem.strip():
            village = village_code.strip() or self._village_of(target, cadre)
            concern = self.core.concerns.prepare_concern(
                actor,
                f"{code}-Q",
                on,
                {
                    "source": "联系",
                    "source_ref": code,
                    "resident": self._name_of(target),
                    "village_code": village,
                    "household_code": self._household_of(target, village),
                    "content": problem,
                },
                done_by=cadre.code,
                source_pending=True,
            )
        booklet.record_contact(
            target,
            on,
            way.strip(),
            content,
            concern.code if concern else "",
            self.core.stamp(actor, cadre.code),
        )
        if concern is not None:
            self.core._save(booklet, concern, what="问题编号", code=concern.code)
        else:
            self.core._save(booklet)
        return code

    def record_talk(
        self, actor: Actor, cadre_code: str, target: str, on: date, content: str = "", *, again: bool = False
    ) -> None:
        """谈心 (R-C6); the same talk on the same day is asked about, stored only `again`."""
        rules.require(target, "对象编号")
        cadre, role, booklet = self._booklet_for_entry(actor, cadre_code, target.strip(), on, "谈心日期")
        if not again:
            self._check_double_entry(
                cadre.code, cadre.name, booklet.talks, talk_code, target.strip(), on, "谈心"
            )
        booklet.record_talk(role, target.strip(), on, content, self.core.stamp(actor, cadre.code))
        self.core._save(booklet)

    @staticmethod
    def _check_double_entry(
        cadre: str,
        name: str,
        entries: dict[int, Entry],
        code_of: Callable[[str, int], str],
        target: str,
        on: date,
        what: str,
    ) -> None:
        for entry in entries.values():
            if not entry.voided and entry.target == target and entry.on == on:
                existing = code_of(cadre, entry.no)
                raise PossibleDoubleEntry(
                    f"{cadre} {name} 在{rules.cn_date(on)}已有与 {target} 的{what}记录 {existing}:"
                    f"是同一张表录了两次吗?如确是当天又一次{what},请确认后再保存",
                    existing,
                )

    def _kept_booklet(self, actor: Actor, cadre_code: str) -> Booklet:
        """A cadre's booklet, for a fix of what it holds: the operator's scope is the cadre's unit."""
        cadre, _role, booklet = self._cadre(actor, cadre_code)
        self.core.check_scope(actor, cadre.unit_code)
        if booklet is None:
            raise RuleViolation("R-G6", f"“{cadre.code}”没有连心册记录")
        return booklet

    def void_booklet_entry(
        self, actor: Actor, cadre_code: str, code: str, reason: str, *, with_concerns: bool = False
    ) -> list[str]:
        """作废 a pairing, a contact or a talk; the concern a contact raised is voided with it (one
        transaction) or kept, standing on its own — the clerk is asked. Returns the concerns voided."""
        booklet = self._kept_booklet(actor, cadre_code)
        found = booklet.find(code)
        booklet.void_entry(code, reason, self.core.stamp(actor))
        raised = found.concern if isinstance(found, Entry) else ""
        concern = self.core.concerns.concern(raised) if with_concerns and raised else None
        if concern is not None and not concern.voided:
            concern.void(f"随联系 {code} 作废:{reason.strip()}", self.core.stamp(actor))
            self.core._save(booklet, concern)
            return [concern.code]
        self.core._save(booklet)
        return []

    def correct_booklet_entry(
        self, actor: Actor, cadre_code: str, code: str, changes: dict[str, Any], reason: str
    ) -> None:
        """更正 a contact or a talk: the date (within the campaign, not in the future), the way, the content."""
        booklet = self._kept_booklet(actor, cadre_code)
        if isinstance(changes.get("on"), date):
            self.core.check_business_date(changes["on"], "联系日期" if "-L" in code else "谈心日期")
        booklet.correct_entry(code, changes, reason, self.core.stamp(actor))
        self.core._save(booklet)

    def correct_pairing(
        self, actor: Actor, cadre_code: str, no: int, changes: dict[str, Any], reason: str
    ) -> None:
        """更正 a pairing's date or its report date, with a reason (R-C4 judged again on the report date)."""
        booklet = self._kept_booklet(actor, cadre_code)
        for name in ("on", "reported_on"):
            if isinstance(changes.get(name), date):
                self.core.check_business_date(changes[name], "结对日期" if name == "on" else "上报日期")
        booklet.correct_pairing(no, changes, reason, self.core.stamp(actor))
        self.core._save(booklet)

    # --- where a contact's problem belongs -------------------------------------------------------

    def _village_of(self, target: str, cadre: Person) -> str:
        unit = self.core.unit(target, peek=True)
        if unit is not None and unit.kind in VILLAGE_KINDS:
            return unit.code
        person = self.core.person(target, peek=True)
        if person is not None:
            own = self.core.unit(person.unit_code, peek=True)
            if own is not None and own.kind in VILLAGE_KINDS:
                return own.code
            household = self.core.household(person.household_code, peek=True)
            if household is not None:
                return household.village_code
        return cadre.assigned_village

    def _name_of(self, target: str) -> str:
        person = self.core.person(target, peek=True)
        if person is not None:
            return person.name
        unit = self.core.unit(target, peek=True)
        return unit.name if unit else target

    def _household_of(self, target: str, village: str) -> str:
        person = self.core.person(target, peek=True)
        if person is None or not person.household_code:
            return ""
        household = self.core.household(person.household_code, peek=True)
        return person.household_code if household is not None and household.village_code == village else ""
