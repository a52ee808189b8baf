"""Use cases of the interview days: schedule, reschedule, solicit opinions, assign the supervising cadre,
post the notice, record the session held (with its problems as concerns)."""

from __future__ import annotations

from datetime import date
from typing import Any

from domain import rules
from domain.area import Area
from domain.base import Actor, record_id
from domain.concern_cases import SourceFinder
from domain.errors import RuleViolation
from domain.interviews import InterviewDay, check_group, check_in_window, check_leader, meets_attendance
from domain.roster import ORGAN_KINDS, VILLAGE_KINDS

FLAG_TEXT = {
    "R-I3": "召开前未记录征求意见(座谈会、茶话会或征求意见表)",
    "R-I4": "召开时尚未确定督查对接的机关干部",
}


class InterviewCases(Area):
    def interview(self, village: str) -> InterviewDay | None:
        return (
            self.core._get(InterviewDay, record_id("interview", village.strip())) if village.strip() else None
        )

    def source_finders(self) -> dict[str, SourceFinder]:
        return {"访谈日": self.interview_held}

    def interview_held(self, village: str) -> bool:
        found = self.interview(village)
        return found is not None and bool(found.sessions)

    def _interview_day(self, actor: Actor, village: str) -> InterviewDay:
        """The village's record (opened by its first step), after R-G4 and the operator's scope."""
        rules.require(village, "村居编码")
        unit = self.core.current_unit(village.strip(), "村居", peek=True)
        if unit.kind not in VILLAGE_KINDS:
            rules.fail_malformed(f"“{unit.code}”是{unit.kind},访谈日在村、街、居举行")
        self.core.check_scope(actor, unit.code)
        return self.interview(unit.code) or InterviewDay.open(unit.code, self.core.stamp(actor))

    def schedule_interview(
        self, actor: Actor, village: str, on: date, group: int, leader: str, time: str, place: str
    ) -> None:
        """安排 (the appendix timetable): R-I1 window, R-I2 group, leader, one group per village and day."""
        day = self._interview_day(actor, village)
        params = self.core.parameters()
        check_in_window(on, params.interview_start, params.interview_end)
        check_group(group, params.interview_groups)
        rules.require(leader, "带队领导编号")
        person = self.core.current_person(leader.strip(), "带队领导", peek=True)
        check_leader("党政负责人" in person.identities, person.code)
        day.schedule(on, group, person.code, time, place, self.core.stamp(actor))
        self.core._save(day)

    def reschedule_interview(
        self, actor: Actor, village: str, on: date, reason: str, time: str = "", place: str = ""
    ) -> None:
        day = self._interview_day(actor, village)
        params = self.core.parameters()
        check_in_window(on, params.interview_start, params.interview_end)
        day.reschedule(on, time, place, reason, self.core.stamp(actor))
        self.core._save(day)

    def record_solicitation(
        self, actor: Actor, village: str, on: date, way: str, participants: int = 0
    ) -> None:
        """征求意见 before the day (R-I3 flags a session held without one)."""
        day = self._interview_day(actor, village)
        self.core.check_business_date(on, "征求意见日期")
        day.solicit(on, way.strip(), participants, self.core.stamp(actor))
        self.core._save(day)

    def _organ_cadre(self, code: str) -> str:
        """R-I4: the supervising cadre is an organ cadre (镇机关干部)."""
        rules.require(code, "督查干部编号")
        person = self.core.current_person(code.strip(), "督查对接干部", peek=True)
        unit = self.core.unit(person.unit_code, peek=True)
        if unit is None or unit.kind not in ORGAN_KINDS:
            raise RuleViolation(
                "R-I4", f"“{person.code} {person.name}”不是镇机关干部:督查对接干部须是镇机关干部"
            )
        return person.code

    def assign_interview_supervisor(self, actor: Actor, village: str, supervisor: str, on: date) -> None:
        """督查对接: the organ cadre who supervises the village's interview day (R-I4)."""
        day = self._interview_day(actor, village)
        code = self._organ_cadre(supervisor)
        rules.check_not_in_future(on, self.core.clock.today(), "对接日期")
        day.assign_supervisor(on, code, self.core.stamp(actor))
        self.core._save(day)

    def _recorded_day(self, actor: Actor, village: str) -> InterviewDay:
        """R-G6: a correction names a village whose interview day has steps recorded."""
        day = self.interview(village)
        rules.check_record_exists(day is not None, f"{village.strip()}的访谈日记录")
        assert day is not None
        self.core.check_scope(actor, day.village)
        return day

    def correct_interview_step(
        self, actor: Actor, village: str, step: str, index: int, changes: dict[str, Any], reason: str
    ) -> None:
        """更正 one step of a village's interview day (a session's attendance, a solicitation, the
        supervising cadre, the notice), with a reason; each step's rules hold for the corrected values."""
        day = self._recorded_day(actor, village)
        fixed = dict(changes)
        if "attendance" in fixed:
            fixed["attendance"] = rules.check_positive_int(fixed["attendance"], "参加人数")
        if "supervisor" in fixed:
            fixed["supervisor"] = self._organ_cadre(str(fixed["supervisor"]))
        if isinstance(fixed.get("on"), date):
            if step == "solicitation":
                self.core.check_business_date(fixed["on"], "征求意见日期")
            else:
                rules.check_not_in_future(fixed["on"], self.core.clock.today(), "日期")
        day.correct_step(
            step, index, fixed, reason, self.core.parameters().notice_lead_days, self.core.stamp(actor)
        )
        self.core._save(day)

    def void_interview_step(self, actor: Actor, village: str, step: str, index: int, reason: str) -> None:
        """作废 a step recorded by mistake (a session, a solicitation, the supervision, the notice)."""
        day = self._recorded_day(actor, village)
        day.void_step(step, index, reason, self.core.stamp(actor))
        self.core._save(day)

    def post_interview_notice(
        self,
        actor: Actor,
        village: str,
        posted_on: date,
        time: str,
        place: str,
        participants: str,
        posted_at: str = "",
    ) -> None:
        """张贴预告: R-I5, at least {notice_lead_days} days before, with time, place and participants."""
        day = self._interview_day(actor, village)
        rules.check_not_in_future(posted_on, self.core.clock.today(), "张贴日期")
        day.post_notice(
            posted_on,
            self.core.parameters().notice_lead_days,
            time,
            place,
            participants,
            posted_at,
            self.core.stamp(actor),
        )
        self.core._save(day)

    def hold_interview(
        self,
        actor: Actor,
        village: str,
        on: date,
        attendance: int,
        problems: list[str] | None = None,
        note: str = "",
    ) -> list[tuple[str, str]]:
        """召开: stored whatever the attendance (R-I7 keeps the requirement open under 30); the problems
        raised become concerns with source 访谈日. Returns the flags and statuses to show."""
        day = self._interview_day(actor, village)
        rules.check_not_in_future(on, self.core.clock.today(), "召开日期")
        attendance = rules.check_positive_int(attendance, "参加人数")
        day.check_can_hold(on)
        concerns = [
            self.core.concerns.prepare_concern(
                actor,
                f"{day.village}-FT{on:%m%d}-Q{i}",
                on,
                {
                    "source": "访谈日",
                    "source_ref": day.village,
                    "resident": "访谈日群众",
                    "village_code": day.village,
                    "content": text,
                },
                source_pending=True,
            )
            for i, text in enumerate((p.strip() for p in problems or [] if p.strip()), start=1)
        ]
        flags = day.hold(on, attendance, [c.code for c in concerns], note, self.core.stamp(actor))
        self.core._save(day, *concerns)
        found = [(code, FLAG_TEXT[code]) for code in flags]
        minimum = self.core.parameters().min_attendance
        if not meets_attendance(attendance, minimum):
            found.append(
                ("R-I7", f"人数不足:{attendance}人,少于{minimum}人,本村访谈日要求仍未完成,须再次召开")
            )
        return found
