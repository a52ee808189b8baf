"""Use cases of the concerns (问题诉求): each step checks scope, dates and R-Q1…R-Q6, then stores one event."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from domain import rules
from domain.area import Area
from domain.base import Actor, record_id
from domain.concerns import MEETING_SOURCES, Concern, Step, check_source
from domain.errors import PossibleDoubleEntry, RuleViolation
from domain.roster import INSTITUTION_KINDS, VILLAGE_KINDS

#: whether a source record exists, by its code (a visit, a contact, a village's held interview day)
SourceFinder = Callable[[str], bool]


class ConcernCases(Area):
    def concern(self, code: str) -> Concern | None:
        return self.core._get(Concern, record_id("concern", code.strip())) if code.strip() else None

    def source_exists(self, source: str, source_ref: str) -> bool:
        """Whether a concern's source record exists (R-Q2).

        Visits, interview days and contacts answer for themselves once they are recorded here; the
        opinion meetings name the village where they were held.
        """
        if source in MEETING_SOURCES:
            unit = self.core.unit(source_ref, peek=True)
            return unit is not None and not unit.voided and unit.kind in VILLAGE_KINDS
        finder = self.core.source_finders().get(source)  # the areas that record them answer
        return finder is not None and finder(source_ref)

    def prepare_concern(
        self,
        actor: Actor,
        code: str,
        on: date,
        fields: dict[str, Any],
        *,
        done_by: str | None = None,
        source_pending: bool = False,
    ) -> Concern:
        """Checks and creates a concern without storing it, so that a visit, a contact or an interview
        day stores the concerns raised there together with itself (`source_pending`: the source record
        is being stored in the same transaction)."""
        code = code.strip()
        rules.require(code, "问题编号")
        village_code = str(fields.get("village_code") or "").strip()
        rules.require(village_code, "村居编码")
        self.core.check_scope(actor, village_code)
        rules.check_code_free(self.concern(code) is not None, "问题编号", code)
        village = self.core.current_unit(village_code, "村居", peek=True)
        if village.kind not in VILLAGE_KINDS + INSTITUTION_KINDS:
            rules.fail_malformed(
                f"“{village_code}”是{village.kind},问题所在地应为村、街、居,或提出问题的学校、医院、"
                "双管单位、两新组织"
            )
        source, ref = str(fields.get("source") or "").strip(), str(fields.get("source_ref") or "").strip()
        check_source(source, ref, source_pending or not ref or self.source_exists(source, ref))
        if source == "征求意见" and ref:
            gathered = self.core.unit_work.unit_work_item(ref)
            if gathered is not None and gathered.unit_code != village_code:
                rules.fail_malformed(
                    f"征求意见“{ref}”由{gathered.unit_code}举办,问题应登记在该单位,不是{village_code}"
                )
        if fields.get("household_code"):
            household = self.core.current_household(str(fields["household_code"]).strip(), peek=True)
            if household.village_code != village_code:
                rules.fail_malformed(f"农户“{household.code}”属于{household.village_code},不是{village_code}")
        self.core.check_business_date(on, "登记日期")
        return Concern.raise_concern(code, on, fields, self.core.stamp(actor, done_by))

    #: the store's answer to "has this resident raised this very problem within a few days?" (a concern
    #: code or ""); the read models know, the aggregates do not
    similar_concern: Callable[[str, str, date], str] | None = None

    def raise_concern(
        self,
        actor: Actor,
        code: str,
        on: date,
        fields: dict[str, Any],
        done_by: str | None = None,
        *,
        again: bool = False,
    ) -> None:
        """登记问题; the same problem from the same resident within a few days is asked about (a paper form
        typed twice), stored only `again`."""
        concern = self.prepare_concern(actor, code, on, fields, done_by=done_by)
        if not again and self.similar_concern is not None:
            existing = self.similar_concern(concern.resident, concern.content, on)
            if existing:
                raise PossibleDoubleEntry(
                    f"{concern.resident} 在{rules.cn_date(on)}前后已反映过同样的问题 {existing}:"
                    "是同一张表录了两次吗?如确是又一次反映,请确认后再保存",
                    existing,
                )
        self.core._save(concern, what="问题编号", code=code.strip())

    # --- steps -----------------------------------------------------------------------------------

    def _handled_concern(self, actor: Actor, code: str, on: date) -> Concern:
        """The concern, if it exists and the operator may record for its village or its handler unit."""
        concern = self.concern(code)
        if concern is None:
            raise RuleViolation("R-G4", f"问题“{code}”未登记:请核对问题编号,或先登记该问题")
        self.core.check_scope_any(actor, [concern.village_code, concern.handler_unit])
        rules.check_not_in_future(on, self.core.clock.today(), "办理日期")
        return concern

    def assign_concern(
        self,
        actor: Actor,
        code: str,
        on: date,
        *,
        unit_code: str = "",
        person_code: str = "",
        due_on: date | None = None,
        note: str = "",
    ) -> None:
        """交办: to a unit and/or a person, with the promised date (R-Q3)."""
        concern = self._handled_concern(actor, code, on)
        unit_code, person_code = unit_code.strip(), person_code.strip()
        concern.check_step(Step.ASSIGN, on)
        if unit_code:
            self.core.current_unit(unit_code, "承办单位", peek=True)
        if person_code:
            self.core.current_person(person_code, "承办人", peek=True)
        concern.assign(on, unit_code, person_code, due_on, note, self.core.stamp(actor))
        self.core._save(concern)

    def note_concern_progress(self, actor: Actor, code: str, on: date, note: str) -> None:
        concern = self._handled_concern(actor, code, on)
        concern.note_progress(on, note, self.core.stamp(actor))
        self.core._save(concern)

    def resolve_concern(self, actor: Actor, code: str, on: date, resolver: str, result: str) -> None:
        """办结: who resolved it (a registered person) and how."""
        concern = self._handled_concern(actor, code, on)
        concern.check_step(Step.RESOLVE, on)
        resolver = resolver.strip()
        if resolver:
            self.core.current_person(resolver, "办理人", peek=True)
        concern.resolve(on, resolver, result, self.core.stamp(actor, resolver))
        self.core._save(concern)

    def record_concern_feedback(
        self,
        actor: Actor,
        code: str,
        on: date,
        visitor: str,
        outcome: str,
        note: str = "",
        *,
        from_paper: bool = False,
    ) -> None:
        """回访: the resident's word, taken by someone who neither handled nor resolved it (R-Q5).

        `from_paper`: an import copying a paper ledger, where one clerk types every row; the named
        return visitor is still checked, the operator is not."""
        concern = self._handled_concern(actor, code, on)
        concern.check_step(Step.FEEDBACK, on)
        visitor = visitor.strip()
        if visitor:
            self.core.current_person(visitor, "回访人", peek=True)
        concern.record_feedback(
            on, visitor, outcome.strip(), note, self.core.stamp(actor, visitor), check_operator=not from_paper
        )
        self.core._save(concern)

    def close_concern(self, actor: Actor, code: str, on: date) -> None:
        concern = self._handled_concern(actor, code, on)
        concern.close(on, self.core.stamp(actor))
        self.core._save(concern)

    def escalate_concern(self, actor: Actor, code: str, on: date, note: str) -> None:
        concern = self._handled_concern(actor, code, on)
        concern.escalate(on, note, self.core.stamp(actor))
        self.core._save(concern)

    def mark_concern_duplicate(self, actor: Actor, code: str, on: date, original: str) -> None:
        """重复: points at the concern it repeats (the original, never another duplicate)."""
        concern = self._handled_concern(actor, code, on)
        concern.check_step(Step.DUPLICATE, on)
        target = self.concern(original)
        if target is None or target.voided:
            raise RuleViolation("R-G4", f"被重复的问题“{original}”未登记:请核对问题编号")
        if target.duplicate_of:
            raise RuleViolation(
                "R-Q1",
                f"问题“{original}”本身是“{target.duplicate_of}”的重复:请标为与“{target.duplicate_of}”重复",
            )
        concern.mark_duplicate(on, original.strip(), self.core.stamp(actor))
        self.core._save(concern)

    # --- corrections of a step ---------------------------------------------------------------------

    def correct_concern_step(
        self, actor: Actor, code: str, version: int, changes: dict[str, Any], reason: str
    ) -> None:
        """更正步骤: a step's date or fields (who it was assigned to and by when, who resolved it and how,
        the return visit's visitor and word, a note), with a reason; the named units and people must be
        registered, the date not in the future, and the steps after it must still obey R-Q1…R-Q5."""
        concern = self.concern(code)
        if concern is None:
            raise RuleViolation("R-G4", f"问题“{code}”未登记:请核对问题编号")
        self.core.check_scope_any(actor, [concern.village_code, concern.handler_unit])
        if isinstance(changes.get("on"), date):
            rules.check_not_in_future(changes["on"], self.core.clock.today(), "办理日期")
        if str(changes.get("unit_code") or "").strip():
            self.core.current_unit(str(changes["unit_code"]).strip(), "承办单位", peek=True)
        for name, what in (("person_code", "承办人"), ("resolver", "办理人"), ("visitor", "回访人")):
            if str(changes.get(name) or "").strip():
                self.core.current_person(str(changes[name]).strip(), what, peek=True)
        concern.correct_step(version, changes, reason, self.core.stamp(actor))
        self.core._save(concern)

    def void_concern_step(self, actor: Actor, code: str, version: int, reason: str) -> None:
        """作废步骤: a step recorded by mistake (a return visit typed on the wrong concern, a resolution
        entered too early); the concern stands as its other steps make it."""
        concern = self.concern(code)
        if concern is None:
            raise RuleViolation("R-G4", f"问题“{code}”未登记:请核对问题编号")
        self.core.check_scope_any(actor, [concern.village_code, concern.handler_unit])
        concern.void_step(version, reason, self.core.stamp(actor))
        self.core._save(concern)
