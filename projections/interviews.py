"""The interview-day timetable (the plan's appendix) and each village's steps with their rule status."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Boolean, Column, Date, Integer, String, Table, Text, select
from sqlalchemy.engine import Connection, Engine

from domain.interviews import InterviewDay, latest_notice_day, meets_attendance, session_flags
from projections.base import OPEN, Envelope, as_of, metadata, supersede, temporal_columns, topics_of
from projections.roster import people, units
from projections.settings import parameter_in_force

timetable = Table(
    "interview_timetable",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("originator_id", String, nullable=False, index=True),
    Column("village_code", String, nullable=False, index=True),
    Column("group_no", Integer, nullable=False),
    Column("leader", String, nullable=False),
    Column("on", Date, nullable=True),
    Column("time", String, nullable=False),
    Column("place", String, nullable=False),
    Column("reschedules", Integer, nullable=False),
    Column("notice_on", Date, nullable=True),
    Column("participants", String, nullable=False),
    Column("posted_at", String, nullable=False, default=""),  # where the notice was put up (R-I8)
    Column("first_solicited_on", Date, nullable=True),
    Column("solicitations", Text, nullable=False),
    Column("supervisor", String, nullable=False),
    Column("supervised_on", Date, nullable=True),
    Column("sessions", Integer, nullable=False),
    Column("held_on", Date, nullable=True),
    Column("attendance", Integer, nullable=True),  # of the last session
    Column("met", Boolean, nullable=False),  # R-I7: a session of at least {min_attendance}
    Column("flags", String, nullable=False),  # R-I3 / R-I4 of the sessions held
    Column("state", Text, nullable=False),  # the village's steps as they stand (JSON), the columns' source
    *temporal_columns(),
)


def _empty_state() -> dict[str, Any]:
    return {
        "schedule": {"group": 0, "leader": "", "on": None},
        "time": "",
        "place": "",
        "reschedules": 0,
        "notice": None,
        "participants": "",
        "solicitations": [],
        "supervisor": None,
        "sessions": [],
    }


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _columns(state: dict[str, Any]) -> dict[str, Any]:
    """The timetable's columns from a village's steps as they stand (corrected, voided ones left out)."""
    solicited = [x for x in state["solicitations"] if not x["voided"]]
    held = [x for x in state["sessions"] if not x["voided"]]
    notice, supervisor = state["notice"], state["supervisor"]
    last = held[-1] if held else None
    return {
        "group_no": state["schedule"]["group"],
        "leader": state["schedule"]["leader"],
        "on": _day(state["schedule"]["on"]),
        "time": state["time"],
        "place": state["place"],
        "reschedules": state["reschedules"],
        "notice_on": _day(notice["on"]) if notice else None,
        "participants": state["participants"],
        "posted_at": notice["posted_at"] if notice else "",
        "first_solicited_on": min((_day(x["on"]) for x in solicited), default=None),  # type: ignore[type-var]
        "solicitations": "、".join(
            f"{x['way']}{_day(x['on']):%m-%d}" + (f"({x['participants']}人)" if x["participants"] else "")
            for x in solicited
        ),
        "supervisor": supervisor["code"] if supervisor else "",
        "supervised_on": _day(supervisor["on"]) if supervisor else None,
        "sessions": len(held),
        "held_on": _day(last["on"]) if last else None,
        "attendance": last["attendance"] if last else None,
        "met": any(meets_attendance(x["attendance"], x["minimum"]) for x in held),
        "flags": "、".join(dict.fromkeys(f for x in held for f in x["flags"])),
    }


class InterviewProjection:
    """Each village's steps kept as they stand (a JSON state on the temporal row), the timetable's columns
    derived from them at every event: a correction or a void changes the row exactly as the steps say."""

    name = "interviews"
    event_topics: tuple[str, ...] = topics_of(InterviewDay)
    tables = (timetable,)

    def process(self, conn: Connection, envelope: Envelope) -> None:
        e, nid = envelope.event, envelope.id
        if not isinstance(e, InterviewDay.Event):
            return
        key = timetable.c.originator_id == str(e.originator_id)
        if isinstance(e, InterviewDay.Opened):
            state = _empty_state()
            conn.execute(
                timetable.insert(),
                dict(
                    originator_id=str(e.originator_id),
                    village_code=e.village,
                    state=json.dumps(state),
                    valid_from=nid,
                    **_columns(state),
                ),
            )
            return
        row = conn.execute(select(timetable).where(key, timetable.c.valid_to == OPEN)).mappings().one()
        state = json.loads(row["state"])
        match e:
            case InterviewDay.Scheduled():
                state["schedule"] = {"group": e.group, "leader": e.leader, "on": e.on.isoformat()}
                state["time"], state["place"] = e.time, e.place
            case InterviewDay.Rescheduled():
                state["schedule"]["on"] = e.on.isoformat()
                state["time"], state["place"] = e.time or state["time"], e.place or state["place"]
                state["notice"] = None
                state["reschedules"] += 1
            case InterviewDay.OpinionsSolicited():
                entry = {
                    "on": e.on.isoformat(),
                    "way": e.way,
                    "participants": e.participants,
                    "voided": False,
                }
                state["solicitations"].append(entry)
            case InterviewDay.SupervisorAssigned():
                state["supervisor"] = {"code": e.supervisor, "on": e.on.isoformat()}
            case InterviewDay.NoticePosted():
                state["notice"] = {"on": e.on.isoformat(), "posted_at": e.posted_at}
                state["participants"] = e.participants
                state["time"], state["place"] = e.time or state["time"], e.place or state["place"]
            case InterviewDay.Held():
                first = min((x["on"] for x in state["solicitations"] if not x["voided"]), default=None)
                supervised = state["supervisor"]["on"] if state["supervisor"] else None
                state["sessions"].append(
                    {
                        "on": e.on.isoformat(),
                        "attendance": e.attendance,
                        # R-I7 and the flags judged by the rules in force when the session was recorded
                        "minimum": int(parameter_in_force(conn, "min_attendance", nid, "30")),
                        "flags": session_flags(_day(first), _day(supervised), e.on),
                        "voided": False,
                    }
                )
            case InterviewDay.StepCorrected():
                self._correct(state, e.step, e.index, e.changes)
            case InterviewDay.StepVoided():
                self._void(state, e.step, e.index)
            case _:
                return
        supersede(conn, timetable, key, nid, state=json.dumps(state), **_columns(state))

    @staticmethod
    def _correct(state: dict[str, Any], step: str, index: int, changes: dict[str, Any]) -> None:
        match step:
            case "session":
                state["sessions"][index].update(changes)
            case "solicitation":
                state["solicitations"][index].update(changes)
            case "supervision":
                fixed = {"code" if k == "supervisor" else k: v for k, v in changes.items()}
                state["supervisor"].update(fixed)
            case "notice":
                state["notice"].update({k: v for k, v in changes.items() if k in ("on", "posted_at")})
                state["participants"] = changes.get("participants", state["participants"])
                state["time"] = changes.get("time") or state["time"]
                state["place"] = changes.get("place") or state["place"]

    @staticmethod
    def _void(state: dict[str, Any], step: str, index: int) -> None:
        match step:
            case "session" | "solicitation":
                state[f"{step}s"][index]["voided"] = True
            case "supervision":
                state["supervisor"] = None
            case "notice":
                state["notice"], state["participants"] = None, ""


@dataclass(frozen=True)
class TimetableRow:
    group: int
    leader: str  # name
    village_code: str
    village: str  # name
    on: date | None
    time: str
    place: str
    notice_on: date | None
    latest_notice: date | None  # the last day the notice may be posted (R-I5)
    supervisor: str  # name
    solicitations: str
    attendance: int | None
    met: bool
    sessions: int
    reschedules: int
    flags: str
    participants: str
    posted_at: str = ""  # where the notice was put up (R-I8)

    def steps(self) -> list[tuple[str, str, str]]:
        """(step, rule, status) for the village: what is done and what is still open."""

        def mark(done: bool, text: str) -> str:
            return ("✓ " if done else "✗ ") + text

        return [
            (
                "安排",
                "R-I1/R-I2",
                mark(self.on is not None, f"{self.on:%m-%d} 第{self.group}组" if self.on else "未安排"),
            ),
            ("征求意见", "R-I3", mark(bool(self.solicitations), self.solicitations or "未记录")),
            ("督查对接", "R-I4", mark(bool(self.supervisor), self.supervisor or "未确定")),
            (
                "张贴预告",
                "R-I5",
                mark(
                    self.notice_on is not None,
                    f"{self.notice_on:%m-%d}"
                    if self.notice_on
                    else (f"最迟 {self.latest_notice:%m-%d}" if self.latest_notice else "未张贴"),
                ),
            ),
            (
                "召开",
                "R-I6/R-I7",
                mark(
                    self.met,
                    f"{self.attendance}人" + ("" if self.met else " 人数不足") if self.sessions else "未召开",
                ),
            ),
        ]


class InterviewQuery:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def recorded_steps(self, village: str) -> list[tuple[str, int, dict[str, Any]]]:
        """(step, index, values) of a village's steps standing now that a clerk may correct or void: the
        sessions, the solicitations, the supervising cadre, the notice."""
        with self.engine.connect() as conn:
            found = conn.execute(
                select(timetable.c.state).where(
                    timetable.c.village_code == village, timetable.c.valid_to == OPEN
                )
            ).scalar()
        if found is None:
            return []
        state = json.loads(found)
        steps: list[tuple[str, int, dict[str, Any]]] = []
        for i, x in enumerate(state["sessions"]):
            if not x["voided"]:
                steps.append(("session", i, {"on": x["on"], "attendance": x["attendance"]}))
        for i, x in enumerate(state["solicitations"]):
            if not x["voided"]:
                steps.append(("solicitation", i, {k: x[k] for k in ("on", "way", "participants")}))
        if state["supervisor"]:
            steps.append(
                (
                    "supervision",
                    0,
                    {"supervisor": state["supervisor"]["code"], "on": state["supervisor"]["on"]},
                )
            )
        if state["notice"]:
            notice = {"on": state["notice"]["on"], "posted_at": state["notice"]["posted_at"]}
            steps.append(
                (
                    "notice",
                    0,
                    {
                        **notice,
                        "participants": state["participants"],
                        "time": state["time"],
                        "place": state["place"],
                    },
                )
            )
        return steps

    def timetable(self, up_to: int | None = None) -> list[TimetableRow]:
        """Every village, scheduled or not: by group, date and village (the appendix's order)."""
        from projections.settings import SettingsQuery

        params = SettingsQuery(self.engine).parameters(up_to)
        lead = params.notice_lead_days if params else 5
        with self.engine.connect() as conn:
            rows = {
                r["village_code"]: r
                for r in conn.execute(select(timetable).where(as_of(timetable, up_to))).mappings()
            }
            villages = list(
                conn.execute(
                    select(units.c.code, units.c.name).where(
                        as_of(units, up_to),
                        units.c.kind.in_(("村", "街", "居")),
                        units.c.retired.is_(False),
                        units.c.voided.is_(False),
                    )
                )
            )
            wanted = {r["leader"] for r in rows.values()} | {r["supervisor"] for r in rows.values()}
            names = dict(
                conn.execute(
                    select(people.c.code, people.c.name).where(
                        people.c.code.in_(wanted), as_of(people, up_to)
                    )
                ).all()
            )
        out = []
        for code, name in villages:
            r = rows.get(code)
            if r is None:
                out.append(
                    TimetableRow(
                        0, "", code, name, None, "", "", None, None, "", "", None, False, 0, 0, "", "", ""
                    )
                )
                continue
            latest = latest_notice_day(r["on"], lead) if r["on"] else None
            out.append(
                TimetableRow(
                    r["group_no"],
                    names.get(r["leader"], r["leader"]),
                    code,
                    name,
                    r["on"],
                    r["time"],
                    r["place"],
                    r["notice_on"],
                    latest,
                    names.get(r["supervisor"], r["supervisor"]),
                    r["solicitations"],
                    r["attendance"],
                    bool(r["met"]),
                    r["sessions"],
                    r["reschedules"],
                    r["flags"],
                    r["participants"],
                    r["posted_at"],
                )
            )
        out.sort(key=lambda t: (t.group or 99, t.on or date.max, t.village_code))
        return out

    def conflicts(self, on: date, leader: str, village: str, up_to: int | None = None) -> list[str]:
        """What the scheduling dialog warns about: the leader or the village twice on one day."""
        found = []
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(timetable.c.village_code, timetable.c.leader, timetable.c.group_no).where(
                    as_of(timetable, up_to), timetable.c.on == on
                )
            )
            for v, lead, group in rows:
                if v == village:
                    found.append(f"{village} 当天已由第{group}组安排")
                elif leader and lead == leader:
                    found.append(f"带队领导当天已带第{group}组去 {v}")
        return found
