"""The campaign, launched from the plan's defaults; its parameters change only by reasoned events."""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date
from typing import Any
from uuid import UUID

from eventsourcing.domain import Aggregate

from domain import rules
from domain.base import Audit, record_id

MUST_VISIT_CATEGORIES = ("特困户", "老党员", "留守儿童", "空巢老人", "种养大户", "上访户")
# 留守儿童 and 空巢老人 are one of the five groups.
MUST_VISIT_GROUPS = {
    "特困户": "特困户",
    "老党员": "老党员",
    "留守儿童": "留守儿童/空巢老人",
    "空巢老人": "留守儿童/空巢老人",
    "种养大户": "种养大户",
    "上访户": "上访户",
}


@dataclass(frozen=True)
class Parameters:
    """The campaign's plan parameters (RULES.md, "Campaign parameters"); dates are absolute."""

    window_start: date
    window_end: date
    pairing_report_deadline: date
    article_deadline: date
    interview_start: date
    interview_end: date
    interview_groups: int
    notice_lead_days: int
    min_attendance: int
    backfill_days: int
    contact_quota: int = 3  # [§4.1] people each cadre contacts (3), apart from the leaders' 村居 and 企业

    @classmethod
    def defaults(cls, year: int) -> Parameters:
        return cls(
            window_start=date(year, 10, 20),
            window_end=date(year, 11, 10),
            pairing_report_deadline=date(year, 10, 30),
            article_deadline=date(year, 11, 10),
            interview_start=date(year, 11, 1),
            interview_end=date(year, 11, 6),
            interview_groups=8,
            notice_lead_days=5,
            min_attendance=30,
            backfill_days=7,
            contact_quota=3,
        )

    def to_dict(self) -> dict[str, str]:
        return {f.name: str(getattr(self, f.name)) for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, str]) -> Parameters:
        values: dict[str, Any] = {}
        for f in fields(cls):
            if (
                f.name not in data
            ):  # a parameter added after the campaign was launched keeps the plan's default
                continue
            raw = data[f.name]
            values[f.name] = date.fromisoformat(raw) if f.type in ("date", date) else int(raw)
        return cls(**values)

    def amended(self, name: str, raw: str) -> Parameters:
        """A copy with one parameter changed; R-F2 when the value or the name is malformed."""
        kinds = {f.name: f.type for f in fields(self)}
        if name not in kinds:
            rules.fail_malformed(f"没有名为“{name}”的活动参数")
        data = self.to_dict()
        if kinds[name] in ("date", date):
            try:
                data[name] = date.fromisoformat(raw.strip()).isoformat()
            except ValueError:
                rules.fail_malformed(f"参数 {PARAMETER_LABELS[name]} 应为日期(如 2026-10-30),收到“{raw}”")
        else:
            data[name] = str(rules.check_positive_int(raw, PARAMETER_LABELS[name], minimum=1))
        amended = Parameters.from_dict(data)
        amended.check_consistent()
        return amended

    def check_consistent(self) -> None:
        if self.window_end < self.window_start:
            rules.fail_malformed("活动结束日不能早于开始日")
        if self.interview_end < self.interview_start:
            rules.fail_malformed("访谈日结束日不能早于开始日")


PARAMETER_LABELS = {
    "window_start": "活动开始日",
    "window_end": "活动结束日",
    "pairing_report_deadline": "结对上报截止日",
    "article_deadline": "调研文章截止日",
    "interview_start": "访谈日开始",
    "interview_end": "访谈日结束",
    "interview_groups": "访谈组数",
    "notice_lead_days": "预告提前天数",
    "min_attendance": "访谈日最少参加人数",
    "backfill_days": "补录判定天数",
    "contact_quota": "每人联系人数",
}

CAMPAIGN_ID: UUID = record_id("campaign", "the")


class Campaign(Aggregate):
    """One campaign per store: the year, the township and the parameters in force."""

    class Launched(Aggregate.Created, Audit):
        year: int
        township: str
        parameters: dict[str, str]

        def apply(self, aggregate: Campaign) -> None:
            aggregate.year = self.year
            aggregate.township = self.township
            aggregate.parameter_values = dict(self.parameters)

    class ParameterAmended(Aggregate.Event, Audit):
        name: str
        old_value: str
        new_value: str
        reason: str

        def apply(self, aggregate: Campaign) -> None:
            aggregate.parameter_values[self.name] = self.new_value

    def __init__(self) -> None:
        self.year = 0
        self.township = ""
        self.parameter_values: dict[str, str] = {}

    @classmethod
    def launch(cls, year: int, township: str, stamp: dict[str, Any]) -> Campaign:
        if not 2000 <= year <= 2100:
            rules.fail_malformed(f"活动年度“{year}”不正确")
        rules.require(township, "镇名")
        return cls._create(
            cls.Launched,
            id=CAMPAIGN_ID,
            year=year,
            township=township.strip(),
            parameters=Parameters.defaults(year).to_dict(),
            **stamp,
        )

    @property
    def parameters(self) -> Parameters:
        return Parameters.from_dict(self.parameter_values)

    def amend_parameter(self, name: str, raw: str, reason: str, stamp: dict[str, Any]) -> None:
        rules.check_reason(reason, "修改活动参数")
        amended = self.parameters.amended(name, raw)
        new_value = amended.to_dict()[name]
        old_value = self.parameters.to_dict()[name]
        if new_value == old_value:
            rules.fail_malformed(f"{PARAMETER_LABELS[name]}已是 {old_value},无需修改")
        self.trigger_event(
            self.ParameterAmended,
            name=name,
            old_value=old_value,
            new_value=new_value,
            reason=reason.strip(),
            **stamp,
        )
