"""The interview-day timetable (the plan's appendix) and each village's steps with their rule status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Boolean, Column, Date, Integer, String, Table, Text, select
from sqlalchemy.engine import Connection, Engine

from domain.interviews import InterviewDay, latest_notice_day, meets_attendance, session_flags
from projections.base import Envelope, as_of, metadata, supersede, temporal_columns, topics_of
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
    *temporal_columns(),
)


class InterviewProjection:
    name = "interviews"
    event_topics: tuple[str, ...] = topics_of(InterviewDay)
    tables = (timetable,)

    def process(self, conn: Connection, envelope: Envelope) -> None:
        e, nid = envelope.event, envelope.id
        if not isinstance(e, InterviewDay.Event):
            return
        key = timetable.c.originator_id == str(e.originator_id)
        if isinstance(e, InterviewDay.Opened):
            conn.execute(
                timetable.insert(),
                dict(
                    originator_id=str(e.originator_id),
                    village_code=e.village,
                    group_no=0,
                    leader="",
                    on=None,
                    time="",
                    place="",
                    reschedules=0,
                    participants="",
                    posted_at="",
                    solicitations="",
                    supervisor="",
                    sessions=0,
                    met=False,
                    flags="",
                    valid_from=nid,
                ),
            )
            return
        row = conn.execute(select(timetable).where(key, timetable.c.valid_to == 2**62)).mappings().one()
        match e:
            case InterviewDay.Scheduled():
                changes: dict[str, Any] = {
                    "group_no": e.group,
                    "leader": e.leader,
                    "on": e.on,
                    "time": e.time,
                    "place": e.place,
                }
            case InterviewDay.Rescheduled():
                changes = {
                    "on": e.on,
                    "time": e.time or row["time"],
                    "place": e.place or row["place"],
                    "notice_on": None,
                    "posted_at": "",
                    "reschedules": row["reschedules"] + 1,
                }
            case InterviewDay.OpinionsSolicited():
                first = row["first_solicited_on"]
                entry = f"{e.way}{e.on:%m-%d}" + (f"({e.participants}人)" if e.participants else "")
                changes = {
                    "first_solicited_on": min(first, e.on) if first else e.on,
                    "solicitations": "、".join(x for x in (row["solicitations"], entry) if x),
                }
            case InterviewDay.SupervisorAssigned():
                changes = {"supervisor": e.supervisor, "supervised_on": e.on}
            case InterviewDay.NoticePosted():
                changes = {
                    "notice_on": e.on,
                    "participants": e.participants,
                    "time": e.time or row["time"],
                    "place": e.place or row["place"],
                    "posted_at": e.posted_at,
                }
            case InterviewDay.Held():
                minimum = int(parameter_in_force(conn, "min_attendance", nid, "30"))
                flags = session_flags(row["first_solicited_on"], row["supervised_on"], e.on)
                known = [f for f in row["flags"].split("、") if f]
                changes = {
                    "sessions": row["sessions"] + 1,
                    "held_on": e.on,
                    "attendance": e.attendance,
                    "met": row["met"] or meets_attendance(e.attendance, minimum),
                    "flags": "、".join(dict.fromkeys(known + flags)),
                }
            case _:
                return
        supersede(conn, timetable, key, nid, **changes)


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
