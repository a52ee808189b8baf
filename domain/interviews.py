"""Mass interview days (群众访谈日, §4.3 and its appendix): per village, scheduled in the interview window
by one of the groups led by a township leader, preceded by opinion solicitation and a notice posted five
days ahead, supervised by an organ cadre, held with at least 30 people (R-I1…R-I7)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from eventsourcing.domain import Aggregate

from domain import rules
from domain.base import Audit, record_id
from domain.errors import RuleViolation

SOLICITATION_WAYS = ("座谈会", "茶话会", "征求意见表")


def latest_notice_day(on: date, lead_days: int) -> date:
    """ "Posted five days in advance": on or before the date minus the lead days."""
    return on - timedelta(days=lead_days)


def check_in_window(on: date, start: date, end: date) -> None:
    """R-I1: interview days fall in the plan's interview window."""
    if not start <= on <= end:
        raise RuleViolation(
            "R-I1",
            f"访谈日{rules.cn_day(on)}不在{rules.cn_day(start)}至{rules.cn_day(end)}之间:请在这段时间内安排",
        )


def check_group(group: int, groups: int) -> None:
    """R-I2: the groups are numbered 1…{interview_groups}."""
    if not 1 <= group <= groups:
        raise RuleViolation("R-I2", f"组别应为第1至第{groups}组,收到“{group}”")


def check_leader(is_leader: bool, code: str) -> None:
    """R-I2: each group is led by a township leader (党政负责人)."""
    if not is_leader:
        raise RuleViolation("R-I2", f"带队领导“{code}”不是镇党政负责人:请选择党政负责人带队")


def check_notice(on: date, posted_on: date, lead_days: int, time: str, place: str, participants: str) -> None:
    """R-I5: posted at least {notice_lead_days} days before, stating time, place and who takes part."""
    latest = latest_notice_day(on, lead_days)
    if posted_on > latest:
        raise RuleViolation(
            "R-I5",
            f"预告须在访谈日前至少{lead_days}天张贴:访谈日{rules.cn_day(on)},最迟{rules.cn_day(latest)}张贴"
            f"(收到{rules.cn_day(posted_on)});如来不及,请先改期",
        )
    missing = [w for w, v in (("时间", time), ("地点", place), ("参加人员", participants)) if not v.strip()]
    if missing:
        raise RuleViolation("R-I5", f"预告须写明时间、地点和参加人员:缺少{'、'.join(missing)}")


def check_posted_at(posted_at: str) -> None:
    """R-I8: a notice says where it was posted (the plan: main roads or prominent crossroads)."""
    if not posted_at.strip():
        raise RuleViolation("R-I8", "预告须写明张贴地点(应张贴在主要路口或显眼的交叉路口):请填写张贴地点")


def session_flags(first_solicited: date | None, supervised_on: date | None, on: date) -> list[str]:
    """R-I3: no opinion solicitation before the day; R-I4: no supervising cadre by the time it is held."""
    flags = []
    if first_solicited is None or first_solicited >= on:
        flags.append("R-I3")
    if supervised_on is None or supervised_on > on:
        flags.append("R-I4")
    return flags


def meets_attendance(attendance: int, minimum: int) -> bool:
    """R-I7 (STATUS): only a session of at least {min_attendance} meets the village's requirement."""
    return attendance >= minimum


@dataclass
class Session:
    on: date
    attendance: int
    voided: bool = False


@dataclass
class Solicitation:
    on: date
    way: str
    participants: int
    voided: bool = False


#: the steps of a village's interview day a clerk may correct or void, and the fields of each that a
#: correction may change (the date of a session is its scheduled day: a wrong one is voided, not corrected)
STEP_FIELDS = {
    "session": ("attendance",),
    "solicitation": ("on", "way", "participants"),
    "supervision": ("supervisor", "on"),
    "notice": ("on", "time", "place", "participants", "posted_at"),
}
STEP_LABELS = {"session": "召开记录", "solicitation": "征求意见", "supervision": "督查对接", "notice": "预告"}


class InterviewDay(Aggregate):
    """One village's interview day: its schedule, the steps before it, and the sessions held."""

    class Opened(Aggregate.Created, Audit):
        village: str

    class Scheduled(Aggregate.Event, Audit):
        on: date
        group: int
        leader: str
        time: str
        place: str

        def apply(self, aggregate: InterviewDay) -> None:
            aggregate.on, aggregate.group, aggregate.leader = self.on, self.group, self.leader
            aggregate.time, aggregate.place = self.time, self.place

    class Rescheduled(Aggregate.Event, Audit):
        on: date
        time: str
        place: str
        reason: str

        def apply(self, aggregate: InterviewDay) -> None:
            aggregate.on = self.on
            aggregate.time = self.time or aggregate.time
            aggregate.place = self.place or aggregate.place
            aggregate.notice = None  # a new date needs a new notice (R-I5)

    class OpinionsSolicited(Aggregate.Event, Audit):
        on: date
        way: str
        participants: int

        def apply(self, aggregate: InterviewDay) -> None:
            aggregate.solicitations.append(Solicitation(self.on, self.way, self.participants))

    class SupervisorAssigned(Aggregate.Event, Audit):
        on: date
        supervisor: str

        def apply(self, aggregate: InterviewDay) -> None:
            aggregate.supervisor = self.supervisor
            aggregate.supervised_on = self.on

    class NoticePosted(Aggregate.Event, Audit):
        on: date  # the day it was posted
        for_date: date
        time: str
        place: str
        participants: str
        posted_at: str = ""  # where the notice was put up (R-I8); notices stored before it say nothing

        def apply(self, aggregate: InterviewDay) -> None:
            aggregate.notice = {
                "on": self.on,
                "time": self.time,
                "place": self.place,
                "participants": self.participants,
                "posted_at": self.posted_at,
            }

    class Held(Aggregate.Event, Audit):
        on: date
        attendance: int
        problems: list[str]  # the 问题编号 of the problems raised, registered as concerns
        note: str

        def apply(self, aggregate: InterviewDay) -> None:
            aggregate.sessions.append(Session(self.on, self.attendance))

    class StepCorrected(Aggregate.Event, Audit):
        """A step recorded with a mistake (attendance typed wrong, the wrong way of soliciting, where the
        notice was posted…) fixed, with a reason; the original stays in the log."""

        step: str  # a key of STEP_FIELDS
        index: int  # which session or solicitation (0 for the supervision and the notice)
        changes: dict[str, Any]
        reason: str

        def apply(self, aggregate: InterviewDay) -> None:
            values: dict[str, Any] = {
                k: date.fromisoformat(v) if k == "on" else v for k, v in self.changes.items()
            }
            match self.step:
                case "session":
                    session = aggregate.sessions[self.index]
                    session.attendance = int(values.get("attendance", session.attendance))
                case "solicitation":
                    entry = aggregate.solicitations[self.index]
                    for field, value in values.items():
                        setattr(entry, field, value)
                case "supervision":
                    aggregate.supervisor = values.get("supervisor", aggregate.supervisor)
                    aggregate.supervised_on = values.get("on", aggregate.supervised_on)
                case "notice":
                    assert aggregate.notice is not None
                    aggregate.notice.update(values)

    class StepVoided(Aggregate.Event, Audit):
        """A step recorded by mistake: no longer counted (the session, the solicitation, the supervision or
        the notice), the original kept in the log."""

        step: str
        index: int
        reason: str

        def apply(self, aggregate: InterviewDay) -> None:
            match self.step:
                case "session":
                    aggregate.sessions[self.index].voided = True
                case "solicitation":
                    aggregate.solicitations[self.index].voided = True
                case "supervision":
                    aggregate.supervisor, aggregate.supervised_on = "", None
                case "notice":
                    aggregate.notice = None

    def __init__(self, village: str) -> None:
        self.village = village
        self.on: date | None = None
        self.group = 0
        self.leader = self.time = self.place = ""
        self.notice: dict[str, Any] | None = None
        self.solicitations: list[Solicitation] = []
        self.supervisor = ""
        self.supervised_on: date | None = None
        self.sessions: list[Session] = []

    @property
    def notice_on(self) -> date | None:
        return self.notice["on"] if self.notice is not None else None

    @property
    def solicited(self) -> list[date]:
        return [s.on for s in self.solicitations if not s.voided]

    @property
    def held(self) -> list[Session]:
        return [s for s in self.sessions if not s.voided]

    @classmethod
    def open(cls, village: str, stamp: dict[str, Any]) -> InterviewDay:
        """A village's interview-day record, opened by its first step (often the opinion solicitation)."""
        return cls._create(cls.Opened, id=record_id("interview", village), village=village, **stamp)

    def schedule(
        self, on: date, group: int, leader: str, time: str, place: str, stamp: dict[str, Any]
    ) -> None:
        """R-I2: one group per village and day; a later change of date is a reschedule."""
        if self.on is not None:
            if self.on == on:
                raise RuleViolation(
                    "R-I2",
                    f"{self.village}已由第{self.group}组安排在{rules.cn_day(on)}:同一村居同一天只安排一个组",
                )
            raise RuleViolation(
                "R-I2", f"{self.village}已安排在{rules.cn_day(self.on)}(第{self.group}组):如需改期,请用“改期”"
            )
        rules.require(time, "时间")
        rules.require(place, "地点")
        self.trigger_event(
            self.Scheduled, on=on, group=group, leader=leader, time=time.strip(), place=place.strip(), **stamp
        )

    def scheduled_on(self) -> date:
        if self.on is None:
            raise RuleViolation("R-I6", f"{self.village}的访谈日尚未安排:请先安排日期、组别和带队领导")
        return self.on

    def met(self, minimum: int) -> bool:
        return any(meets_attendance(s.attendance, minimum) for s in self.held)

    def held_on(self, on: date) -> bool:
        return any(s.on == on for s in self.held)

    def reschedule(self, on: date, time: str, place: str, reason: str, stamp: dict[str, Any]) -> None:
        self.scheduled_on()
        rules.check_reason(reason, "改期")
        if on == self.on and not self.held_on(on):
            rules.fail_malformed(f"已安排在{rules.cn_day(on)},无需改期")
        self.trigger_event(
            self.Rescheduled, on=on, time=time.strip(), place=place.strip(), reason=reason.strip(), **stamp
        )

    def solicit(self, on: date, way: str, participants: int, stamp: dict[str, Any]) -> None:
        rules.require(way, "征求意见方式")
        rules.check_choice(way, SOLICITATION_WAYS, "征求意见方式")
        self.trigger_event(self.OpinionsSolicited, on=on, way=way, participants=participants, **stamp)

    def assign_supervisor(self, on: date, supervisor: str, stamp: dict[str, Any]) -> None:
        self.trigger_event(self.SupervisorAssigned, on=on, supervisor=supervisor, **stamp)

    def post_notice(
        self,
        posted_on: date,
        lead_days: int,
        time: str,
        place: str,
        participants: str,
        posted_at: str,
        stamp: dict[str, Any],
    ) -> None:
        """R-I5 judges what the posted notice tells the villagers: a blank is not filled from the schedule."""
        on = self.scheduled_on()
        check_notice(on, posted_on, lead_days, time, place, participants)
        check_posted_at(posted_at)
        self.trigger_event(
            self.NoticePosted,
            on=posted_on,
            for_date=on,
            time=time.strip(),
            place=place.strip(),
            participants=participants.strip(),
            posted_at=posted_at.strip(),
            **stamp,
        )

    def check_can_hold(self, on: date) -> None:
        """R-I6: held on the scheduled date, after its notice was posted."""
        scheduled = self.scheduled_on()
        if on != scheduled:
            raise RuleViolation(
                "R-I6",
                f"{self.village}的访谈日安排在{rules.cn_day(scheduled)},不是{rules.cn_day(on)}:请先改期",
            )
        if self.notice_on is None:
            raise RuleViolation(
                "R-I6", f"{self.village}{rules.cn_day(scheduled)}的访谈日尚未张贴预告:请先张贴预告"
            )
        if self.held_on(on):
            raise RuleViolation(
                "R-I6", f"{self.village}{rules.cn_day(on)}的访谈日已记录召开:如再次召开,请先改期"
            )

    def hold(
        self, on: date, attendance: int, problems: list[str], note: str, stamp: dict[str, Any]
    ) -> list[str]:
        """Stores the session whatever its attendance (R-I7 is a status); returns the flags raised."""
        self.check_can_hold(on)
        flags = session_flags(min(self.solicited, default=None), self.supervised_on, on)
        self.trigger_event(
            self.Held, on=on, attendance=attendance, problems=problems, note=note.strip(), **stamp
        )
        return flags

    def _step(self, step: str, index: int) -> None:
        """R-G6: the step exists and is not voided."""
        if step not in STEP_FIELDS:
            rules.fail_malformed(f"访谈日没有“{step}”这一步")
        label = f"{self.village}访谈日的{STEP_LABELS[step]}"
        match step:
            case "session":
                rules.check_record_exists(0 <= index < len(self.sessions), label)
                rules.check_not_voided(self.sessions[index].voided, label)
            case "solicitation":
                rules.check_record_exists(0 <= index < len(self.solicitations), label)
                rules.check_not_voided(self.solicitations[index].voided, label)
            case "supervision":
                rules.check_record_exists(index == 0 and bool(self.supervisor), label)
            case "notice":
                rules.check_record_exists(index == 0 and self.notice is not None, label)

    def correct_step(
        self,
        step: str,
        index: int,
        changes: dict[str, Any],
        reason: str,
        lead_days: int,
        stamp: dict[str, Any],
    ) -> None:
        """更正 a step: only its own fields, only what differs, a reason; the rules of the step hold for the
        corrected values (R-I5 and R-I8 for a notice, the ways of soliciting)."""
        self._step(step, index)
        rules.check_reason(reason, "更正")
        current: dict[str, Any]
        match step:
            case "session":
                session = self.sessions[index]
                current = {"attendance": session.attendance}
            case "solicitation":
                entry = self.solicitations[index]
                current = {"on": entry.on, "way": entry.way, "participants": entry.participants}
            case "supervision":
                current = {"supervisor": self.supervisor, "on": self.supervised_on}
            case _:
                assert self.notice is not None
                current = dict(self.notice)
        fixed = {k: v for k, v in changes.items() if k in STEP_FIELDS[step] and v != current.get(k)}
        if not fixed:
            rules.fail_missing("更正内容(与原值相同,无需更正)")
        if "way" in fixed:
            rules.check_choice(fixed["way"], SOLICITATION_WAYS, "征求意见方式")
        if step == "notice":
            after = {**current, **fixed}
            check_notice(
                self.scheduled_on(),
                after["on"],
                lead_days,
                after["time"],
                after["place"],
                after["participants"],
            )
            check_posted_at(after["posted_at"])
        stored = {k: v.isoformat() if isinstance(v, date) else v for k, v in fixed.items()}
        self.trigger_event(
            self.StepCorrected, step=step, index=index, changes=stored, reason=reason.strip(), **stamp
        )

    def void_step(self, step: str, index: int, reason: str, stamp: dict[str, Any]) -> None:
        """作废 a step recorded by mistake. A notice is not voided once a session was held after it (R-I6:
        held only after its notice): correct the notice instead."""
        self._step(step, index)
        rules.check_reason(reason, "作废")
        if step == "notice" and self.held:
            raise RuleViolation(
                "R-I6", f"{self.village}的访谈日已按这份预告召开,不能作废预告:如预告内容有误,请更正"
            )
        self.trigger_event(self.StepVoided, step=step, index=index, reason=reason.strip(), **stamp)
