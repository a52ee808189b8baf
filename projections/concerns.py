"""The concern board (one temporal row per concern), its steps as a timeline, follow-ups and figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Boolean, Column, Date, DateTime, Integer, String, Table, Text, case, func, or_, select
from sqlalchemy.engine import Connection, Engine

from domain import rules
from domain.clock import local_zone
from domain.concerns import (
    SATISFIED,
    Concern,
    Outcome,
    State,
    Step,
    StepFact,
    after,
    is_overdue,
    replay_steps,
    standing_on,
)
from projections.audit import corrections_of
from projections.base import (
    OPEN,
    Envelope,
    TemporalBuffer,
    as_of,
    chunks,
    column_defaults,
    insert_many,
    metadata,
    naive_utc,
    struck,
    supersede,
    temporal_columns,
    topics_of,
    with_history,
)
from projections.roster import people, units
from projections.settings import parameter_in_force

board = Table(
    "concern_board",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    Column("originator_id", String, nullable=False, index=True),
    Column("code", String, nullable=False, index=True),
    Column("raised_on", Date, nullable=False),
    Column("source", String, nullable=False),
    Column("source_ref", String, nullable=False),
    Column("resident", String, nullable=False),
    Column("household_code", String, nullable=False),
    Column("village_code", String, nullable=False, index=True),
    Column("category", String, nullable=False),
    Column("content", Text, nullable=False),
    Column("phone", String, nullable=False),
    Column("state", String, nullable=False, index=True),
    Column("handler_unit", String, nullable=False),
    Column("handler_person", String, nullable=False),
    Column("due_on", Date, nullable=True),
    Column("resolver", String, nullable=False),
    Column("resolved_on", Date, nullable=True),
    Column("result", Text, nullable=False),
    Column("feedback", String, nullable=False),
    Column("reopened", Integer, nullable=False),
    Column("escalated", Boolean, nullable=False),
    Column("duplicate_of", String, nullable=False),
    Column("last_on", Date, nullable=False),
    Column("backfilled", Boolean, nullable=False),  # R-G3: raised more than backfill_days late
    Column("voided", Boolean, nullable=False),
    *temporal_columns(),
)

steps = Table(
    "concern_steps",
    metadata,
    Column("row_id", Integer, primary_key=True, autoincrement=True),
    # the step's own event: its place in the timeline, kept by a corrected copy of the step
    Column("notification_id", Integer, nullable=False, index=True),
    Column("version", Integer, nullable=False),  # the concern's version the step was recorded at
    Column("code", String, nullable=False, index=True),
    Column("step", String, nullable=False),  # a Step value, or 更正 / 作废 / 更正步骤 / 作废步骤
    Column("on", Date, nullable=True),
    Column("recorded_at", DateTime, nullable=False),  # naive UTC
    Column("operator", String, nullable=False),
    Column("workstation", String, nullable=False),
    Column("done_by", String, nullable=False),
    Column("unit_code", String, nullable=False),
    Column("person_code", String, nullable=False),
    Column("due_on", Date, nullable=True),
    Column("outcome", String, nullable=False),
    Column("ref", String, nullable=False),  # the concern a duplicate repeats
    Column("detail", Text, nullable=False),
    *temporal_columns(),  # a step corrected or voided ends its row; a corrected copy starts
)

#: a corrected step's fields, in the timeline's columns
STEP_COLUMNS = {
    "on": "on",
    "unit_code": "unit_code",
    "person_code": "person_code",
    "resolver": "person_code",
    "visitor": "person_code",
    "due_on": "due_on",
    "outcome": "outcome",
    "note": "detail",
    "result": "detail",
}


def step_record(r: Any) -> dict[str, Any]:
    """A timeline row as the domain's step record (what `replay_steps` reads)."""
    record: dict[str, Any] = {"step": r.step, "on": r.on, "operator": r.operator}
    match Step(r.step):
        case Step.ASSIGN:
            record |= {"unit_code": r.unit_code, "person_code": r.person_code, "due_on": r.due_on}
        case Step.RESOLVE:
            record |= {"resolver": r.person_code, "result": r.detail}
        case Step.FEEDBACK:
            record |= {"visitor": r.person_code, "outcome": r.outcome}
        case Step.DUPLICATE:
            record |= {"original": r.ref}
    return record


OPEN_STATES = (State.RAISED.value, State.ASSIGNED.value)
STEP_LABELS = {
    "on": "日期",
    "unit_code": "承办单位",
    "person_code": "承办人",
    "due_on": "承诺时限",
    "note": "说明",
    "resolver": "办理人",
    "result": "办理结果",
    "visitor": "回访人",
    "outcome": "回访结果",
}


def _step_row(e: Any) -> dict[str, Any]:
    """The step's own fields, in the timeline's columns."""
    match e:
        case Concern.Raised():
            return {
                "step": Step.RAISE.value,
                "detail": f"{e.source}{'(' + e.source_ref + ')' if e.source_ref else ''}"
                f":{e.resident}反映:{e.content}",
            }
        case Concern.Assigned():
            return {
                "step": Step.ASSIGN.value,
                "unit_code": e.unit_code,
                "person_code": e.person_code,
                "due_on": e.due_on,
                "detail": e.note,
            }
        case Concern.ProgressNoted():
            return {"step": Step.PROGRESS.value, "detail": e.note}
        case Concern.Resolved():
            return {"step": Step.RESOLVE.value, "person_code": e.resolver, "detail": e.result}
        case Concern.FedBack():
            return {
                "step": Step.FEEDBACK.value,
                "person_code": e.visitor,
                "outcome": e.outcome,
                "detail": e.note,
            }
        case Concern.Closed():
            return {"step": Step.CLOSE.value, "detail": ""}
        case Concern.Escalated():
            return {"step": Step.ESCALATE.value, "detail": e.note}
        case Concern.MarkedDuplicate():
            return {"step": Step.DUPLICATE.value, "ref": e.original, "detail": f"与问题 {e.original} 重复"}
        case Concern.StepCorrected():
            changed = ";".join(f"{STEP_LABELS.get(k, k)}改为{v}" for k, v in e.changes.items())
            return {"step": "更正步骤", "detail": f"{e.step}({e.step_on}):{changed}(原因:{e.reason})"}
        case Concern.StepVoided():
            return {"step": "作废步骤", "detail": f"{e.step}({e.step_on})(原因:{e.reason})"}
        case Concern.Corrected():
            return {"step": "更正", "detail": f"{e.changes}(原因:{e.reason})"}
        case Concern.Voided():
            return {"step": "作废", "detail": f"原因:{e.reason}"}
    return {}


#: a step's row names every column, so that the rows of a page go in by one INSERT
STEP_DEFAULTS = column_defaults(steps)


class ConcernProjection:
    name = "concerns"
    event_topics: tuple[str, ...] = topics_of(Concern)
    tables = (board, steps)

    def process(self, conn: Connection, envelope: Envelope) -> None:
        self.process_batch(conn, [envelope])

    def process_batch(self, conn: Connection, envelopes: list[Envelope]) -> None:
        """A page at once: the board rows it changes read once, changed in memory and written set-wise with
        the timeline's steps; a step's correction or void (which replays the steps from the table) first
        writes what was gathered, then is applied as one. The same rows as one event at a time."""
        mine = [env for env in envelopes if isinstance(env.event, Concern.Event)]
        rows = TemporalBuffer(conn, board, ("originator_id",))
        changing = sorted(
            {str(env.event.originator_id) for env in mine if not isinstance(env.event, Concern.Raised)}
        )
        for run in chunks(changing):
            rows.load(board.c.originator_id.in_(run))
        timeline: list[dict[str, Any]] = []
        for envelope in mine:
            e, nid, oid = envelope.event, envelope.id, str(envelope.event.originator_id)
            if isinstance(e, Concern.StepCorrected | Concern.StepVoided):
                rows.flush()
                if timeline:
                    insert_many(conn, steps, timeline)
                    timeline = []
                self._one(conn, envelope)
                rows.current.pop((oid,), None)  # changed behind the buffer: read again when next needed
                continue
            if isinstance(e, Concern.Raised):
                rows.add(self._raised(conn, envelope))
                code = e.code
            else:
                current = rows.current.get((oid,))
                if current is None:
                    rows.load(board.c.originator_id == oid)
                    current = rows.current.get((oid,))
                if current is None:
                    continue
                changes = self._changes(e, State(current["state"]), int(current["reopened"]))
                rows.supersede((oid,), nid, **changes)
                code = str(current["code"])
            timeline.append(self._step(envelope, code))
        rows.flush()
        if timeline:
            insert_many(conn, steps, timeline)

    def _raised(self, conn: Connection, envelope: Envelope) -> dict[str, Any]:
        """A raised concern's first board row."""
        e, nid = envelope.event, envelope.id
        recorded_on = envelope.recorded_at.astimezone(local_zone()).date()
        backfill_days = int(parameter_in_force(conn, "backfill_days", nid, "7"))
        return dict(
            originator_id=str(e.originator_id),
            code=e.code,
            raised_on=e.on,
            source=e.source,
            source_ref=e.source_ref,
            resident=e.resident,
            household_code=e.household_code,
            village_code=e.village_code,
            category=e.category,
            content=e.content,
            phone=e.phone,
            state=State.RAISED.value,
            handler_unit="",
            handler_person="",
            resolver="",
            result="",
            feedback="",
            reopened=0,
            escalated=False,
            duplicate_of="",
            last_on=e.on,
            backfilled=rules.is_backfilled(e.on, recorded_on, backfill_days),
            voided=False,
            valid_from=nid,
        )

    @staticmethod
    def _step(envelope: Envelope, code: str) -> dict[str, Any]:
        """The timeline's row for a step (every event of a concern is one)."""
        e, nid = envelope.event, envelope.id
        row = _step_row(e)
        values: dict[str, Any] = dict(STEP_DEFAULTS)
        values.update(
            notification_id=nid,
            version=e.originator_version,
            valid_from=nid,
            ref=row.pop("ref", ""),
            code=code,
            on=getattr(e, "on", None) or getattr(e, "step_on", None),  # a step's fix: that step's date
            recorded_at=naive_utc(envelope.recorded_at),
            operator=e.operator,
            workstation=e.workstation,
            done_by=e.done_by,
            unit_code=row.pop("unit_code", ""),
            person_code=row.pop("person_code", ""),
            due_on=row.pop("due_on", None),
            outcome=row.pop("outcome", ""),
            **row,
        )
        return values

    def _one(self, conn: Connection, envelope: Envelope) -> None:
        """A step's correction or void, applied on its own: the board replays the steps as stored."""
        e, nid = envelope.event, envelope.id
        key = board.c.originator_id == str(e.originator_id)
        current = conn.execute(
            select(board.c.code, board.c.raised_on).where(key, board.c.valid_to == OPEN)
        ).first()
        if current is None:
            return
        code, raised_on = current
        self._fix_step(conn, e, code, nid)
        supersede(conn, board, key, nid, **self._replayed(conn, code, raised_on))
        conn.execute(steps.insert(), self._step(envelope, code))

    @staticmethod
    def _fix_step(conn: Connection, e: Any, code: str, nid: int) -> None:
        """The corrected or voided step's row ends; a corrected copy takes its place in the timeline."""
        key = (steps.c.code == code, steps.c.version == e.step_version, steps.c.valid_to == OPEN)
        old = conn.execute(steps.select().where(*key)).mappings().first()
        if old is None:
            return
        conn.execute(steps.update().where(*key).values(valid_to=nid))
        if isinstance(e, Concern.StepCorrected):
            fixed = {k: v for k, v in old.items() if k != "row_id"}
            fixed |= {STEP_COLUMNS[k]: v for k, v in e.changes.items() if k in STEP_COLUMNS}
            conn.execute(steps.insert(), fixed | {"valid_from": nid, "valid_to": OPEN})

    @staticmethod
    def _replayed(conn: Connection, code: str, raised_on: date) -> dict[str, Any]:
        """The board's columns as the concern's standing steps make them (the domain's own replay)."""
        c = steps.c
        found = conn.execute(
            select(steps)
            .where(
                c.code == code, c.valid_to == OPEN, c.step.in_([s.value for s in Step if s is not Step.RAISE])
            )
            .order_by(c.notification_id)
        )
        p = replay_steps(code, raised_on, [step_record(r) for r in found])
        return {
            "state": p.state.value,
            "handler_unit": p.handler_unit,
            "handler_person": p.handler_person,
            "due_on": p.due_on,
            "resolver": p.resolver,
            "resolved_on": p.resolved_on,
            "result": p.result,
            "feedback": p.feedback,
            "reopened": p.reopened,
            "escalated": p.escalated,
            "duplicate_of": p.duplicate_of,
            "last_on": p.last_on,
        }

    @staticmethod
    def _changes(e: Any, state: State, reopened: int) -> dict[str, Any]:
        match e:
            case Concern.Assigned():
                return {
                    "state": after(state, Step.ASSIGN).value,
                    "handler_unit": e.unit_code,
                    "handler_person": e.person_code,
                    "due_on": e.due_on,
                    "last_on": e.on,
                }
            case Concern.ProgressNoted():
                return {"state": after(state, Step.PROGRESS).value, "last_on": e.on}
            case Concern.Resolved():
                return {
                    "state": after(state, Step.RESOLVE).value,
                    "resolver": e.resolver,
                    "resolved_on": e.on,
                    "result": e.result,
                    "last_on": e.on,
                }
            case Concern.FedBack():
                return {
                    "state": after(state, Step.FEEDBACK, e.outcome).value,
                    "feedback": e.outcome,
                    "reopened": reopened + (e.outcome == Outcome.DISSATISFIED),
                    "last_on": e.on,
                }
            case Concern.Closed():
                return {"state": State.CLOSED.value, "last_on": e.on}
            case Concern.Escalated():
                return {"escalated": True, "last_on": e.on}
            case Concern.MarkedDuplicate():
                return {"state": State.DUPLICATE.value, "duplicate_of": e.original, "last_on": e.on}
            case Concern.Corrected():
                return {k: v for k, v in e.changes.items() if k in board.c}
            case Concern.Voided():
                return {"voided": True}
        return {}


# --- queries -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ConcernRow:
    row_id: int
    code: str
    raised_on: date
    source: str
    source_ref: str
    resident: str
    household_code: str
    village_code: str
    village_name: str
    category: str
    content: str
    state: str
    handler_unit: str
    handler_person: str
    handler_name: str
    due_on: date | None
    resolved_on: date | None
    result: str
    feedback: str
    reopened: int
    escalated: bool
    duplicate_of: str
    days_open: int
    overdue: bool
    backfilled: bool
    struck: str = ""  # in a history view: 作废 or 更正前


@dataclass(frozen=True)
class StepRow:
    notification_id: int
    step: str
    on: date | None
    recorded_at: datetime  # aware, UTC
    operator: str
    workstation: str
    done_by: str
    unit_code: str
    person_code: str
    due_on: date | None
    outcome: str
    detail: str
    who: str = ""  # the unit and person named by the step, with their names
    version: int = 0  # the concern's version the step was recorded at (what 更正步骤 names)


@dataclass(frozen=True)
class FollowUp:
    code: str
    rule: str
    what: str
    since: date
    due_on: date | None
    village_code: str
    village_name: str
    handler: str
    resident: str
    content: str


@dataclass(frozen=True)
class ConcernFigures:
    key: str
    name: str
    raised: int
    resolved: int
    satisfied: int
    rated: int  # feedback given, apart from 无法回访
    open_overdue: int
    mean_days: float | None

    @property
    def resolution_rate(self) -> float | None:
        return self.resolved / self.raised if self.raised else None

    @property
    def satisfaction_rate(self) -> float | None:
        return self.satisfied / self.rated if self.rated else None


#: board lists the clerk switches between; follow-up lists are judged on a day
LISTS = ("全部", *[s.value for s in State], "超期", "不满意重办", "已上报")


@dataclass(frozen=True)
class ConcernFilter:
    text: str = ""  # code, resident, content, household
    village_code: str = ""
    list_name: str = "全部"
    handler: str = ""  # unit or person code
    up_to: int | None = None
    day: date | None = None  # the day overdue is judged on (default: today)
    history: bool = False  # 显示已作废/已更正: voided concerns and the versions before a correction too


SORT = {
    "code": board.c.code,
    "raised_on": board.c.raised_on,
    "village": board.c.village_code,
    "state": board.c.state,
    "due_on": board.c.due_on,
    "resident": board.c.resident,
}


def _names(conn: Connection, codes: set[str]) -> dict[str, str]:
    """Current names of the units and people named by codes."""
    codes.discard("")
    found = dict(
        conn.execute(
            select(units.c.code, units.c.name).where(units.c.code.in_(codes), units.c.valid_to == OPEN)
        ).all()
    )
    found |= dict(
        conn.execute(
            select(people.c.code, people.c.name).where(people.c.code.in_(codes), people.c.valid_to == OPEN)
        ).all()
    )
    return {str(k): str(v) for k, v in found.items()}


def counted_concerns(up_to: int | None) -> tuple[Any, ...]:
    """The concerns the figures count: in force at the moment, neither voided nor a duplicate."""
    c = board.c
    return (as_of(board, up_to), c.voided.is_(False), c.state != State.DUPLICATE.value)


def concern_figure_predicates(day: date) -> dict[str, Any]:
    """What each figure counts, as SQL, shared by the figures and their drill-down so the two agree.
    R-Q6: a concern reopened by 不满意 and resolved again stays unresolved until that later resolution has
    the resident's word (满意 / 基本满意), so "待回访" counts only on a first resolution."""
    c = board.c
    answered = c.state.in_((State.FED_BACK.value, State.CLOSED.value))
    return {
        "已办结": answered | ((c.state == State.RESOLVED.value) & (c.reopened == 0)),
        "群众满意": c.feedback.in_(SATISFIED) & answered,
        "已回访": c.feedback.in_(("满意", "基本满意", "不满意")),
        "超期未办结": c.state.in_(OPEN_STATES) & c.due_on.is_not(None) & (c.due_on < day),
    }


class ConcernQuery:
    def similar(self, resident: str, content: str, on: date, days: int = 7) -> str:
        """A concern in force, not voided, from the same resident with the same text within `days` of `on`
        (the same paper form typed twice, most likely); "" when there is none."""
        if not resident.strip() or not content.strip():
            return ""
        with self.engine.connect() as conn:
            found = conn.execute(
                select(board.c.code)
                .where(
                    as_of(board, None),
                    board.c.resident == resident.strip(),
                    board.c.content == content.strip(),
                    board.c.raised_on.between(on - timedelta(days=days), on + timedelta(days=days)),
                    board.c.voided.is_(False),
                )
                .order_by(board.c.code)
                .limit(1)
            ).scalar()
        return str(found or "")

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _where(self, f: ConcernFilter) -> list[Any]:
        c = board.c
        day = f.day or date.today()
        where: list[Any] = (
            [with_history(board, f.up_to, corrections_of("Concern"))]
            if f.history
            else [as_of(board, f.up_to), c.voided.is_(False)]
        )
        if f.text:
            where.append(
                or_(
                    c.code.contains(f.text),
                    c.resident.contains(f.text),
                    c.content.contains(f.text),
                    c.household_code.contains(f.text),
                    c.category.contains(f.text),
                )
            )
        if f.village_code:
            where.append(c.village_code == f.village_code)
        if f.handler:
            where.append(or_(c.handler_unit == f.handler, c.handler_person == f.handler))
        match f.list_name:
            case "全部" | "":
                pass
            case "超期":
                where += [c.state.in_(OPEN_STATES), c.due_on.is_not(None), c.due_on < day]
            case "不满意重办":
                where += [c.state == State.ASSIGNED.value, c.reopened > 0]
            case "已上报":
                where += [c.escalated.is_(True), c.state.not_in((State.CLOSED.value, State.DUPLICATE.value))]
            case name:
                where.append(c.state == name)
        return where

    def ids(self, f: ConcernFilter, sort: str = "code", descending: bool = False) -> list[int]:
        column = SORT.get(sort, board.c.code)
        with self.engine.connect() as conn:
            stmt = select(board.c.row_id).where(*self._where(f))
            stmt = stmt.order_by(column.desc() if descending else column, board.c.code)
            return [int(i) for i in conn.execute(stmt).scalars()]

    def count(self, f: ConcernFilter) -> int:
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).where(*self._where(f))).scalar() or 0)

    def rows(
        self, row_ids: list[int], day: date | None = None, up_to: int | None = None
    ) -> dict[int, ConcernRow]:
        if not row_ids:
            return {}
        day = day or date.today()
        with self.engine.connect() as conn:
            result = list(conn.execute(board.select().where(board.c.row_id.in_(row_ids))).mappings())
            names = _names(
                conn, {r[k] for r in result for k in ("village_code", "handler_unit", "handler_person")}
            )
        out = {}
        for r in result:
            end = r["resolved_on"] if r["state"] not in OPEN_STATES and r["resolved_on"] else day
            handler = " ".join(names.get(x, x) for x in (r["handler_unit"], r["handler_person"]) if x)
            out[int(r["row_id"])] = ConcernRow(
                int(r["row_id"]),
                r["code"],
                r["raised_on"],
                r["source"],
                r["source_ref"],
                r["resident"],
                r["household_code"],
                r["village_code"],
                names.get(r["village_code"], ""),
                r["category"],
                r["content"],
                r["state"],
                r["handler_unit"],
                r["handler_person"],
                handler,
                r["due_on"],
                r["resolved_on"],
                r["result"],
                r["feedback"],
                int(r["reopened"]),
                bool(r["escalated"]),
                r["duplicate_of"],
                max(0, (end - r["raised_on"]).days),
                is_overdue(r["due_on"], day, State(r["state"])),
                bool(r["backfilled"]),
                struck(r, up_to),
            )
        return out

    def find(self, code: str, up_to: int | None = None) -> ConcernRow | None:
        with self.engine.connect() as conn:
            rid = conn.execute(
                select(board.c.row_id).where(board.c.code == code, as_of(board, up_to))
            ).scalar()
        return self.rows([int(rid)]).get(int(rid)) if rid is not None else None

    def codes(self, up_to: int | None = None) -> list[str]:
        with self.engine.connect() as conn:
            stmt = select(board.c.code).where(as_of(board, up_to)).order_by(board.c.code)
            return [str(c) for c in conn.execute(stmt).scalars()]

    def timeline(self, code: str, up_to: int | None = None) -> list[StepRow]:
        """Every step of one concern, as recorded up to `up_to`: who, the business date, recorded at."""
        c = steps.c
        stmt = select(
            c.notification_id,
            c.step,
            c.on,
            c.recorded_at,
            c.operator,
            c.workstation,
            c.done_by,
            c.unit_code,
            c.person_code,
            c.due_on,
            c.outcome,
            c.detail,
            c.version,
        ).where(c.code == code, as_of(steps, up_to))
        with self.engine.connect() as conn:
            found = list(conn.execute(stmt.order_by(c.notification_id, c.row_id)))
            names = _names(conn, {r[7] for r in found} | {r[8] for r in found})
        return [
            StepRow(
                int(r[0]),
                r[1],
                r[2],
                r[3].replace(tzinfo=UTC),
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                r[9],
                r[10],
                r[11],
                " ".join(f"{x} {names.get(x, '')}".strip() for x in (r[7], r[8]) if x),
                int(r[12]),
            )
            for r in found
        ]

    def follow_ups(self, day: date, up_to: int | None = None) -> list[FollowUp]:
        """What supervision follows on `day`: overdue (R-Q4), awaiting the return visit, reopened and
        escalated (R-Q6) — each concern replayed from its steps dated up to that day."""
        c = steps.c
        live = select(
            board.c.code,
            board.c.village_code,
            board.c.handler_unit,
            board.c.handler_person,
            board.c.resident,
            board.c.content,
        ).where(as_of(board, up_to), board.c.voided.is_(False))
        stmt = select(c.code, c.step, c.on, c.due_on, c.outcome).where(
            c.step.in_([s.value for s in Step]), c.on <= day, as_of(steps, up_to)
        )
        facts: dict[str, list[StepFact]] = {}
        with self.engine.connect() as conn:
            info = {r[0]: r for r in conn.execute(live)}
            for code, step, on, due_on, outcome in conn.execute(stmt.order_by(c.notification_id, c.row_id)):
                facts.setdefault(code, []).append(StepFact(Step(step), on, due_on, outcome))
            names = _names(conn, {x for r in info.values() for x in r[1:4]})
        out = []
        for code in sorted(facts):
            if code not in info:
                continue
            standing = standing_on(facts[code], day)
            if standing is None:
                continue
            _, village, unit, person, resident, content = info[code]
            for rule, what, since in standing.follow_ups(day):
                handler = " ".join(names.get(x, x) for x in (unit, person) if x)
                out.append(
                    FollowUp(
                        code,
                        rule,
                        what,
                        since,
                        standing.due_on,
                        village,
                        names.get(village, village),
                        handler,
                        resident,
                        content,
                    )
                )
        return out

    def behind(self, figure: str, day: date, up_to: int | None = None) -> list[tuple[str, ...]]:
        """The concerns behind one of the summary's figures (登记问题, 已办结, 群众满意, 已回访, 超期未办结),
        selected by the very predicate the figure counts with."""
        c = board.c
        where = list(counted_concerns(up_to))
        if figure != "登记问题":
            where.append(concern_figure_predicates(day)[figure])
        stmt = select(
            c.code, c.raised_on, c.village_code, c.resident, c.category, c.state, c.feedback, c.due_on
        ).where(*where)
        with self.engine.connect() as conn:
            return [
                (str(code), str(on), str(v), str(r), str(cat), str(st), str(fb), str(due or ""))
                for code, on, v, r, cat, st, fb, due in conn.execute(stmt.order_by(c.code))
            ]

    def figures(self, by: str, day: date | None = None, up_to: int | None = None) -> list[ConcernFigures]:
        """Per village, handler unit or handler person: raised, resolved (R-Q6: standing resolutions only),
        satisfaction among those who gave their word, open and overdue, mean days to resolve."""
        c = board.c
        column = {"village": c.village_code, "unit": c.handler_unit, "person": c.handler_person}[by]
        day = day or date.today()
        counted = concern_figure_predicates(day)
        resolved = counted["已办结"]
        days = func.julianday(c.resolved_on) - func.julianday(c.raised_on)
        with self.engine.connect() as conn:
            if conn.dialect.name == "postgresql":
                days = c.resolved_on - c.raised_on
            stmt = (
                select(
                    column,
                    func.count(),
                    func.sum(case((resolved, 1), else_=0)),
                    func.sum(case((counted["群众满意"], 1), else_=0)),
                    func.sum(case((counted["已回访"], 1), else_=0)),
                    func.sum(case((counted["超期未办结"], 1), else_=0)),
                    func.avg(case((resolved, days), else_=None)),
                )
                .where(*counted_concerns(up_to))
                .group_by(column)
            )
            result = list(conn.execute(stmt.order_by(column)))
            names = _names(conn, {str(r[0] or "") for r in result})
        return [
            ConcernFigures(
                str(k or ""),
                names.get(k, "") if k else "(未交办)",
                int(n),
                int(r or 0),
                int(s or 0),
                int(g or 0),
                int(o or 0),
                float(m) if m is not None else None,
            )
            for k, n, r, s, g, o, m in result
        ]
