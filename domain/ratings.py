"""Direct rating of village cadres (直评, §4.4): anonymous ballots in an open round (R-R1…R-R4)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from eventsourcing.domain import Aggregate

from domain import rules
from domain.base import Audit, FlatRecordsCopy, record_id
from domain.errors import RuleViolation

MARKS = ("满意", "基本满意", "不满意", "弃权")
#: the counting table's keys: one per cadre, then Enter
KEYS = {"1": "满意", "2": "基本满意", "3": "不满意", "0": "弃权"}


def check_ballot(number: int, marks: dict[str, str], cadres: list[str], used: bool) -> None:
    """R-R2: a number once per round; every listed cadre marked exactly once, nobody else."""
    if number < 1:
        rules.fail_malformed(f"票号应为正整数,收到“{number}”")
    if used:
        raise RuleViolation("R-R2", f"票号 {number} 已录入:同一轮次的票号不能重复,请核对选票")
    extra = [c for c in marks if c not in cadres]
    if extra:
        raise RuleViolation("R-R2", f"选票评价了不在本轮名单上的“{'、'.join(extra)}”:只评价名单上的村干部")
    missing = [c for c in cadres if c not in marks]
    if missing:
        raise RuleViolation("R-R2", f"选票漏评了“{'、'.join(missing)}”:名单上的每名村干部都要评价(可选弃权)")
    for cadre, mark in marks.items():
        rules.check_choice(mark, MARKS, f"对{cadre}的评价")


def satisfaction(counts: dict[str, int]) -> float | None:
    """R-R4: (满意 + 基本满意) / (valid ballots − 弃权) for one cadre."""
    rated = counts.get("满意", 0) + counts.get("基本满意", 0) + counts.get("不满意", 0)
    return (counts.get("满意", 0) + counts.get("基本满意", 0)) / rated if rated else None


@dataclass(frozen=True)
class Ballot:
    marks: dict[str, str]
    voided: bool = False


class RatingRound(FlatRecordsCopy, Aggregate):
    # a ballot is replaced when voided, never changed in place: a copy of the round (one per ballot cast)
    # shares them instead of copying hundreds
    shared_records = ("ballots",)

    class Opened(Aggregate.Created, Audit):
        code: str
        village: str
        cadres: list[str]
        on: date
        expected: int = 0  # 应到人数, the residents invited (R-R5); 0 in rounds opened before it was asked

    class BallotCast(Aggregate.Event, Audit):
        number: int
        marks: dict[str, str]  # cadre -> mark; no voter is ever stored (R-R3)

        def apply(self, aggregate: RatingRound) -> None:
            aggregate.ballots[self.number] = Ballot(dict(self.marks))

    class BallotVoided(Aggregate.Event, Audit):
        number: int
        reason: str

        def apply(self, aggregate: RatingRound) -> None:
            aggregate.ballots[self.number] = replace(aggregate.ballots[self.number], voided=True)

    class Closed(Aggregate.Event, Audit):
        on: date

        def apply(self, aggregate: RatingRound) -> None:
            aggregate.closed_on = self.on

    def __init__(self, code: str, village: str, cadres: list[str], on: date, expected: int = 0) -> None:
        self.expected = expected
        self.code = code
        self.village = village
        self.cadres = list(cadres)
        self.on = on
        self.ballots: dict[int, Ballot] = {}
        self.closed_on: date | None = None

    @classmethod
    def open(
        cls, code: str, village: str, cadres: list[str], on: date, stamp: dict[str, Any], expected: int = 0
    ) -> RatingRound:
        rules.require(code, "轮次编号")
        rules.require(cadres, "参评村干部名单")
        return cls._create(
            cls.Opened,
            id=record_id("round", code),
            code=code,
            village=village,
            cadres=list(dict.fromkeys(cadres)),
            on=on,
            expected=expected,
            **stamp,
        )

    def check_open(self) -> None:
        """R-R1: ballots only while the round is open."""
        if self.closed_on is not None:
            raise RuleViolation(
                "R-R1", f"直评轮次“{self.code}”已于{rules.cn_date(self.closed_on)}结束:不能再录入选票"
            )

    def cast(self, number: int, marks: dict[str, str], stamp: dict[str, Any]) -> None:
        self.check_open()
        check_ballot(number, marks, self.cadres, number in self.ballots)
        self.trigger_event(self.BallotCast, number=number, marks={c: marks[c] for c in self.cadres}, **stamp)

    def void_ballot(self, number: int, reason: str, stamp: dict[str, Any]) -> None:
        """R-R3: a spoiled ballot is voided with a reason and stays counted as void."""
        self.check_open()
        ballot = self.ballots.get(number)
        rules.check_record_exists(ballot is not None, f"选票 {number}")
        assert ballot is not None
        rules.check_not_voided(ballot.voided, f"选票 {number}")
        rules.check_reason(reason, "作废选票")
        self.trigger_event(self.BallotVoided, number=number, reason=reason.strip(), **stamp)

    def close(self, on: date, stamp: dict[str, Any]) -> None:
        self.check_open()
        if on < self.on:
            rules.fail_malformed(f"结束日期{rules.cn_date(on)}早于开始日期{rules.cn_date(self.on)}")
        self.trigger_event(self.Closed, on=on, **stamp)
