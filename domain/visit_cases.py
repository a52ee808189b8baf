"""Use cases of the household visits: record one (R-V3, R-V4, the general rules), its problems as concerns."""

from __future__ import annotations

from datetime import date

from domain import rules
from domain.area import Area
from domain.base import Actor, record_id
from domain.concern_cases import SourceFinder
from domain.errors import PossibleDoubleEntry
from domain.visits import Visit, check_visitors


class VisitCases(Area):
    def visit(self, code: str, *, peek: bool = False) -> Visit | None:
        return self.core._get(Visit, record_id("visit", code.strip()), peek=peek) if code.strip() else None

    def source_finders(self) -> dict[str, SourceFinder]:
        return {"走访": self.visit_exists}

    def visit_exists(self, code: str) -> bool:
        visit = self.visit(code, peek=True)
        return visit is not None and not visit.voided

    def next_visit_code(self, household_code: str, on: date) -> str:
        """户编号-月日, with -2, -3… when the household was visited more than once that day."""
        base = f"{household_code}-{on:%m%d}"
        code, n = base, 1
        while self.visit(code, peek=True) is not None:
            n += 1
            code = f"{base}-{n}"
        return code

    def void_visit(self, actor: Actor, code: str, reason: str, *, with_concerns: bool) -> list[str]:
        """作废 a visit; the concerns it raised are voided with it (one transaction) or, when they stand on
        their own, kept — the clerk is asked. Returns the concerns voided."""
        visit = self.visit(code.strip())
        rules.check_record_exists(visit is not None, "走访")
        assert visit is not None
        self.core.check_scope(actor, visit.village_code)
        visit.void(reason, self.core.stamp(actor))
        voided, changed = [], []
        if with_concerns:
            for concern_code in visit.problems:
                concern = self.core.concerns.concern(concern_code)
                if concern is not None and not concern.voided:
                    concern.void(f"随走访 {visit.code} 作废:{reason.strip()}", self.core.stamp(actor))
                    changed.append(concern)
                    voided.append(concern.code)
        self.core._save(visit, *changed)
        return voided

    def same_visit(self, household_code: str, on: date, visitors: list[str]) -> str:
        """The code of a visit already stored for this household, day and visitors ("" if none)."""
        base = f"{household_code}-{on:%m%d}"
        code, n = base, 1
        while (visit := self.visit(code, peek=True)) is not None:
            if not visit.voided and set(visit.visitors) == set(visitors):
                return code
            n += 1
            code = f"{base}-{n}"
        return ""

    def record_visit(
        self,
        actor: Actor,
        household_code: str,
        on: date,
        visitors: list[str],
        details: dict[str, str] | None = None,
        problems: list[str] | None = None,
        code: str = "",
        done_by: str | None = None,
        *,
        again: bool = False,
    ) -> str:
        """走访: one household, one day, its visitors; each problem raised becomes a concern (source 走访),
        stored together with the visit."""
        rules.require(household_code, "户编号")
        household = self.core.current_household(household_code.strip(), peek=True)
        village = household.village_code
        codes = list(dict.fromkeys(v.strip() for v in visitors if v.strip()))
        people = [self.core.current_person(v, "走访人", peek=True) for v in codes]
        self.core.check_scope_any(actor, [village, *(p.unit_code for p in people)])
        check_visitors(people, village)
        self.core.check_business_date(on, "走访日期")
        if not again and not code.strip():
            existing = self.same_visit(household.code, on, codes)
            if existing:
                raise PossibleDoubleEntry(
                    f"{household.code} {household.head_name} 在{rules.cn_date(on)}已有同一走访人的走访记录 {existing}:"
                    "是同一张走访表录了两次吗?如确是当天第二次走访,请确认后再保存",
                    existing,
                )
        code = code.strip() or self.next_visit_code(household.code, on)
        rules.check_code_free(self.visit(code, peek=True) is not None, "走访编号", code)
        doer = done_by or codes[0]
        concerns = [
            self.core.concerns.prepare_concern(
                actor,
                f"{code}-Q{i}",
                on,
                {
                    "source": "走访",
                    "source_ref": code,
                    "resident": household.head_name,
                    "village_code": village,
                    "household_code": household.code,
                    "content": text,
                    "phone": household.phone,
                },
                done_by=doer,
                source_pending=True,
            )
            for i, text in enumerate((p.strip() for p in problems or [] if p.strip()), start=1)
        ]
        visit = Visit.record(
            code,
            household.code,
            village,
            on,
            codes,
            details or {},
            [c.code for c in concerns],
            self.core.stamp(actor, doer),
        )
        self.core._save(visit, *concerns, what="走访编号", code=code)
        return code
