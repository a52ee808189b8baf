"""Use cases of units' own work and publicity (R-U1…R-U4, R-P1)."""

from __future__ import annotations

from datetime import date

from domain import rules
from domain.area import Area
from domain.base import Actor, record_id
from domain.concern_cases import SourceFinder
from domain.unit_work import OPINION_KIND, Publicity, UnitWorkItem


class UnitWorkCases(Area):
    def unit_work_item(self, code: str) -> UnitWorkItem | None:
        return self.core._get(UnitWorkItem, record_id("unit-work", code.strip())) if code.strip() else None

    def publicity(self, code: str) -> Publicity | None:
        return self.core._get(Publicity, record_id("publicity", code.strip())) if code.strip() else None

    def register_unit_work(
        self,
        actor: Actor,
        code: str,
        unit_code: str,
        kind: str,
        on: date,
        content: str,
        promised_on: date | None = None,
        attendance: int = 0,
    ) -> None:
        """登记: an item of the unit's own work, of a kind its kind of unit records (R-U1)."""
        code = code.strip()
        rules.require(code, "编号")
        unit = self.core.current_unit(unit_code.strip(), peek=True)
        self.core.check_scope(actor, unit.code)
        self.core.check_business_date(on, "日期")
        rules.check_code_free(self.unit_work_item(code) is not None, "单位实事编号", code)
        attendance = rules.check_positive_int(attendance, "参加人数")
        item = UnitWorkItem.register(
            code,
            unit.code,
            unit.kind,
            kind.strip(),
            on,
            content,
            promised_on,
            attendance,
            self.core.stamp(actor),
        )
        self.core._save(item, what="单位实事编号", code=code)

    def fulfil_unit_work(self, actor: Actor, code: str, on: date, result: str) -> None:
        """兑现 (R-U3): an item that exists, once, not before it was made."""
        item = self.unit_work_item(code)
        if item is None or item.voided:
            from domain.errors import RuleViolation

            raise RuleViolation("R-U3", f"单位实事“{code}”不存在:请先登记,或核对编号")
        self.core.check_scope(actor, item.unit_code)
        rules.check_not_in_future(on, self.core.clock.today(), "兑现日期")
        item.fulfil(on, result, self.core.stamp(actor))
        self.core._save(item)

    def report_publicity(
        self, actor: Actor, code: str, unit_code: str, on: date, channel: str, title: str, link: str = ""
    ) -> None:
        """宣传报道 (R-P1)."""
        code = code.strip()
        rules.require(code, "编号")
        unit = self.core.current_unit(unit_code.strip(), peek=True)
        self.core.check_scope(actor, unit.code)
        self.core.check_business_date(on, "日期")
        rules.check_code_free(self.publicity(code) is not None, "宣传报道编号", code)
        self.core._save(
            Publicity.report(code, unit.code, on, channel.strip(), title, link, self.core.stamp(actor)),
            what="宣传报道编号",
            code=code,
        )

    def source_finders(self) -> dict[str, SourceFinder]:
        return {"征求意见": self.opinion_gathering_exists}

    def opinion_gathering_exists(self, code: str) -> bool:
        """A concern with source 征求意见 names an item of that kind (R-Q2, R-U4)."""
        item = self.unit_work_item(code)
        return item is not None and not item.voided and item.kind == OPINION_KIND
