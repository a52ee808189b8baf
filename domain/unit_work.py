"""Units' own work (单位实事, R-U1…R-U4) and publicity (宣传报道, R-P1) [§2.3–§2.6, §2.8].

Each kind of unit has its own line of work in the plan, recorded in one register per unit: what the unit
promised or did, by when, and whether it kept its word; schools' and hospitals' opinion gathering is such
an item, and the opinions raised there are concerns placed at that unit. Publicity lets the masses know
the activity so that they can supervise it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from eventsourcing.domain import Aggregate

from domain import rules
from domain.base import Audit, Record, record_id
from domain.errors import RuleViolation

SERVICE = ("预约服务", "承诺服务", "一站式服务", "实事")
OPINIONS = ("征求意见", "整改")
NEW_ORGS = ("应对危机举措", "职工权益")
VILLAGE_WORK = ("富民计划", "关爱弱势群体", "矛盾化解")
#: R-U1: the kinds of item each kind of unit records
ITEM_KINDS: dict[str, tuple[str, ...]] = {
    "双管单位": SERVICE,
    "站所": SERVICE,
    "学校": OPINIONS,
    "医院": OPINIONS,
    "两新企业": NEW_ORGS,
    "两新社会组织": NEW_ORGS,
    "村": VILLAGE_WORK,
    "街": VILLAGE_WORK,
    "居": VILLAGE_WORK,
}
OPINION_KIND = "征求意见"
OPINION_UNITS = ("学校", "医院")  # R-U4: each holds opinion gathering within the window
CHANNELS = ("公开栏", "广播", "简报", "网站", "报刊", "会议")


def check_item_kind(unit_kind: str, kind: str, unit_code: str) -> None:
    """R-U1: an item of a kind the plan gives to that unit's kind."""
    allowed = ITEM_KINDS.get(unit_kind, ())
    if kind not in allowed:
        if not allowed:
            raise RuleViolation(
                "R-U1",
                f"单位“{unit_code}”({unit_kind})不登记单位实事:"
                "单位实事由双管单位、站所、学校、医院、两新组织和村(街、居)登记",
            )
        raise RuleViolation("R-U1", f"{unit_kind}的单位实事类别应为 {'、'.join(allowed)} 之一,收到“{kind}”")


class UnitWorkItem(Record):
    """One item of a unit's own work: registered with what it is and, where promised, by when (R-U2);
    fulfilled once, with what was done (R-U3)."""

    class Registered(Aggregate.Created, Audit):
        code: str
        unit_code: str
        unit_kind: str
        kind: str
        on: date
        content: str
        promised_on: date | None
        attendance: int

    class Fulfilled(Aggregate.Event, Audit):
        on: date
        result: str

        def apply(self, aggregate: UnitWorkItem) -> None:
            aggregate.fulfilled_on, aggregate.result = self.on, self.result

    correctable = frozenset({"content", "promised_on", "attendance"})

    def __init__(
        self,
        code: str,
        unit_code: str,
        unit_kind: str,
        kind: str,
        on: date,
        content: str,
        promised_on: date | None,
        attendance: int,
    ) -> None:
        self.code, self.unit_code, self.unit_kind, self.kind = code, unit_code, unit_kind, kind
        self.on, self.content, self.promised_on, self.attendance = on, content, promised_on, attendance
        self.fulfilled_on: date | None = None
        self.result = ""

    @classmethod
    def register(
        cls,
        code: str,
        unit_code: str,
        unit_kind: str,
        kind: str,
        on: date,
        content: str,
        promised_on: date | None,
        attendance: int,
        stamp: dict[str, Any],
    ) -> UnitWorkItem:
        rules.require(code, "编号")
        rules.require(kind, "类别")
        check_item_kind(unit_kind, kind, unit_code)
        rules.require(content, "内容")
        if promised_on is not None and promised_on < on:
            rules.fail_malformed(f"承诺时限{rules.cn_date(promised_on)}早于登记日期{rules.cn_date(on)}")
        return cls._create(
            cls.Registered,
            id=record_id("unit-work", code),
            code=code,
            unit_code=unit_code,
            unit_kind=unit_kind,
            kind=kind,
            on=on,
            content=content.strip(),
            promised_on=promised_on,
            attendance=attendance,
            **stamp,
        )

    def fulfil(self, on: date, result: str, stamp: dict[str, Any]) -> None:
        """R-U3: once, with what was done, not before the item was made."""
        rules.check_not_voided(self.voided, self.code)
        if self.fulfilled_on is not None:
            raise RuleViolation(
                "R-U3", f"单位实事“{self.code}”已于{rules.cn_date(self.fulfilled_on)}兑现:不能重复兑现"
            )
        if on < self.on:
            raise RuleViolation(
                "R-U3", f"兑现日期{rules.cn_date(on)}早于登记日期{rules.cn_date(self.on)}:请核对日期"
            )
        rules.require(result, "结果(兑现了什么)")
        self.trigger_event(self.Fulfilled, on=on, result=result.strip(), **stamp)

    def label(self) -> str:
        return self.code


class Publicity(Record):
    """宣传报道 (R-P1): how a unit made the activity known to the masses."""

    class Reported(Aggregate.Created, Audit):
        code: str
        unit_code: str
        on: date
        channel: str
        title: str
        link: str

    correctable = frozenset({"channel", "title", "link", "on"})

    def __init__(self, code: str, unit_code: str, on: date, channel: str, title: str, link: str) -> None:
        self.code, self.unit_code, self.on, self.channel, self.title, self.link = (
            code,
            unit_code,
            on,
            channel,
            title,
            link,
        )

    @classmethod
    def report(
        cls, code: str, unit_code: str, on: date, channel: str, title: str, link: str, stamp: dict[str, Any]
    ) -> Publicity:
        rules.require(code, "编号")
        rules.require(channel, "渠道")
        rules.check_choice(channel, CHANNELS, "渠道")
        rules.require(title, "标题")
        return cls._create(
            cls.Reported,
            id=record_id("publicity", code),
            code=code,
            unit_code=unit_code,
            on=on,
            channel=channel,
            title=title.strip(),
            link=link.strip(),
            **stamp,
        )

    def label(self) -> str:
        return self.code
