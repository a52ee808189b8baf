"""Concerns raised by the masses (群众诉求): raised, assigned, progressed, resolved, fed back, closed.

The life cycle is one transition table (`ALLOWED`, `after`) used both by the aggregate, which refuses
a step out of order (R-Q1), and by `standing_on`, which replays a concern's steps up to a business date
for the follow-ups (R-Q4 overdue, awaiting the return visit, R-Q6 reopened).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from eventsourcing.domain import Aggregate

from domain import rules
from domain.base import Audit, Record, record_id
from domain.errors import RuleViolation

SOURCES = ("走访", "访谈日", "座谈会", "茶话会", "征求意见表", "联系", "来访", "征求意见")
#: sources whose record must be named and must exist (R-Q2), and what that record is called
RECORD_SOURCES = {
    "走访": "走访编号",
    "访谈日": "村居编码(已举行访谈日的村居)",
    "联系": "联系记录编号",
    "征求意见": "单位实事编号(学校、医院的征求意见)",
}
#: opinion solicitations are held in a village: their source record, if given, is that village
MEETING_SOURCES = ("座谈会", "茶话会", "征求意见表")


class Outcome(StrEnum):
    """What the resident said at the return visit (the plan's words, as stored in the events)."""

    SATISFIED = "满意"
    MOSTLY_SATISFIED = "基本满意"
    DISSATISFIED = "不满意"
    UNREACHABLE = "无法回访"


OUTCOMES = tuple(Outcome)
SATISFIED = (Outcome.SATISFIED, Outcome.MOSTLY_SATISFIED)
CATEGORIES = ("基础设施", "民生保障", "产业发展", "矛盾纠纷", "环境卫生", "政策咨询", "其他")


class State(StrEnum):
    RAISED = "已登记"
    ASSIGNED = "办理中"
    RESOLVED = "待回访"  # resolved, waiting for the resident's word
    FED_BACK = "已回访"
    CLOSED = "已归档"
    DUPLICATE = "重复"


class Step(StrEnum):
    RAISE = "登记"
    ASSIGN = "交办"
    PROGRESS = "进展"
    RESOLVE = "办结"
    FEEDBACK = "回访"
    CLOSE = "归档"
    ESCALATE = "上报"
    DUPLICATE = "重复"


ALLOWED: dict[State, tuple[Step, ...]] = {
    State.RAISED: (Step.ASSIGN, Step.ESCALATE, Step.DUPLICATE),
    State.ASSIGNED: (Step.ASSIGN, Step.PROGRESS, Step.RESOLVE, Step.ESCALATE, Step.DUPLICATE),
    State.RESOLVED: (Step.FEEDBACK,),
    State.FED_BACK: (Step.CLOSE,),
    State.CLOSED: (),
    State.DUPLICATE: (),
}

#: what each step needs first, said in the rejection
PREREQUISITE = {
    Step.ASSIGN: "登记后、办结前才能交办",
    Step.PROGRESS: "须先交办",
    Step.RESOLVE: "须先交办",
    Step.FEEDBACK: "须先办结",
    Step.CLOSE: "须先回访",
    Step.ESCALATE: "办结前才能上报,且只上报一次",
    Step.DUPLICATE: "办结前才能标为重复",
}


def after(state: State, step: Step, outcome: str = "") -> State:
    """The state a step leads to. R-Q6: 不满意 sends the concern back to be handled again."""
    match step:
        case Step.ASSIGN | Step.PROGRESS:
            return State.ASSIGNED
        case Step.RESOLVE:
            return State.RESOLVED
        case Step.FEEDBACK:
            return State.ASSIGNED if outcome == Outcome.DISSATISFIED else State.FED_BACK
        case Step.CLOSE:
            return State.CLOSED
        case Step.DUPLICATE:
            return State.DUPLICATE
    return state


def allowed_steps(state: State, escalated: bool) -> tuple[Step, ...]:
    return tuple(s for s in ALLOWED[state] if not (s is Step.ESCALATE and escalated))


# --- guards --------------------------------------------------------------------------------------


def check_step_allowed(code: str, state: State, escalated: bool, step: Step) -> None:
    """R-Q1: each step only when the life cycle has reached it; nothing after closing or as a duplicate."""
    allowed = allowed_steps(state, escalated)
    if step in allowed:
        return
    now = "、".join(allowed) if allowed else "无(已结束,不能再办理)"
    raise RuleViolation(
        "R-Q1", f"问题“{code}”当前{state.value},不能{step.value}({PREREQUISITE[step]})。现在可以:{now}"
    )


def check_step_date(code: str, on: date, last_on: date) -> None:
    """R-Q1: the steps happen in order, so a step cannot be dated before the one before it."""
    if on < last_on:
        raise RuleViolation(
            "R-Q1",
            f"问题“{code}”的上一步在{rules.cn_date(last_on)},本步日期{rules.cn_date(on)}不能早于它:请核对日期",
        )


def check_source(source: str, source_ref: str, exists: bool) -> None:
    """R-Q2: every concern comes from somewhere, and a named source record exists."""
    if not source.strip():
        raise RuleViolation("R-Q2", f"问题须注明来源:{'、'.join(SOURCES)} 之一")
    if source not in SOURCES:
        raise RuleViolation("R-Q2", f"来源“{source}”不是可选值,应为 {'、'.join(SOURCES)} 之一")
    if source in RECORD_SOURCES and not source_ref.strip():
        raise RuleViolation("R-Q2", f"来源为{source}的问题须填写来源记录({RECORD_SOURCES[source]})")
    if source_ref.strip() and not exists:
        what = RECORD_SOURCES.get(source, "村居编码")
        raise RuleViolation(
            "R-Q2", f"来源记录“{source_ref}”不存在({source}须对应已录入的{what}):请先录入该记录,或改选来源"
        )


def check_due_date(due_on: date, raised_on: date) -> None:
    """R-Q3: a promise cannot fall due before the concern was raised."""
    if due_on < raised_on:
        raise RuleViolation(
            "R-Q3",
            f"承诺时限{rules.cn_date(due_on)}早于登记日期{rules.cn_date(raised_on)}:"
            f"请填写{rules.cn_day(raised_on)}或以后的日期",
        )


def check_not_own_work(
    visitor: str, handler: str, resolver: str, operator: str, resolved_by_operator: str
) -> None:
    """R-Q5: nobody rates their own work — neither the handler, the resolver, nor who entered the resolution."""
    if visitor and visitor in (handler, resolver):
        who = "承办人" if visitor == handler else "办理人"
        raise RuleViolation("R-Q5", f"回访人“{visitor}”是本问题的{who},不能回访自己办理的问题:请另派回访人")
    if operator and operator == resolved_by_operator:
        raise RuleViolation(
            "R-Q5", f"办结情况是操作员“{operator}”录入的,回访结果须由另一名操作员录入:请换人录入"
        )


def is_overdue(due_on: date | None, day: date, state: State) -> bool:
    """R-Q4 (FLAG): not resolved by its due date, shown from the day after."""
    return due_on is not None and day > due_on and state in (State.RAISED, State.ASSIGNED)


# --- a concern's progress, replayed from its steps ------------------------------------------------

#: what each step records; a step's record also holds its date ("on"), its operator and its version
STEP_FIELDS: dict[Step, tuple[str, ...]] = {
    Step.ASSIGN: ("unit_code", "person_code", "due_on", "note"),
    Step.PROGRESS: ("note",),
    Step.RESOLVE: ("resolver", "result"),
    Step.FEEDBACK: ("visitor", "outcome", "note"),
    Step.CLOSE: (),
    Step.ESCALATE: ("note",),
    Step.DUPLICATE: ("original",),
}
#: what 更正步骤 may change on each step (what a duplicate points at is voided and marked again instead)
STEP_CORRECTABLE: dict[Step, frozenset[str]] = {
    step: frozenset({"on", *names} - {"original"}) for step, names in STEP_FIELDS.items()
}


@dataclass
class Progress:
    """What a concern's steps make of it (the same whether it is replayed by the aggregate after a step
    was corrected or voided, or by the read model)."""

    state: State = State.RAISED
    last_on: date = date.min
    handler_unit: str = ""
    handler_person: str = ""
    due_on: date | None = None
    resolver: str = ""
    resolved_on: date | None = None
    resolved_by_operator: str = ""
    result: str = ""
    feedback: str = ""
    reopened: int = 0
    escalated: bool = False
    duplicate_of: str = ""

    def check(self, code: str, raised_on: date, step: Step, r: Mapping[str, Any]) -> None:
        """R-Q1, R-Q3, R-Q5 and each step's required fields, for a step taken from here (a replay after
        a correction checks every later step again)."""
        check_step_allowed(code, self.state, self.escalated, step)
        check_step_date(code, r["on"], self.last_on)
        match step:
            case Step.ASSIGN:
                if not r.get("unit_code") and not r.get("person_code"):
                    rules.fail_missing("承办单位或承办人(至少填一项)")
                if r.get("due_on") is None:
                    rules.fail_missing("承诺时限")
                check_due_date(r["due_on"], raised_on)
            case Step.PROGRESS:
                rules.require(r.get("note"), "进展情况")
            case Step.RESOLVE:
                rules.require(r.get("resolver"), "办理人")
                rules.require(r.get("result"), "办理结果")
            case Step.FEEDBACK:
                rules.require(r.get("visitor"), "回访人")
                rules.require(r.get("outcome"), "回访结果")
                rules.check_choice(str(r["outcome"]), OUTCOMES, "回访结果")
                if r["outcome"] == Outcome.UNREACHABLE:
                    rules.require(r.get("note"), "无法回访的原因")
                check_not_own_work(str(r["visitor"]), self.handler_person, self.resolver, "", "")
            case Step.ESCALATE:
                rules.require(r.get("note"), "上报情况(报往何处、为何超出本镇权限)")

    def take(self, step: Step, r: Mapping[str, Any]) -> None:
        """Only assigns: the concern after the step recorded as `r`."""
        match step:
            case Step.ASSIGN:
                self.handler_unit, self.handler_person = r.get("unit_code", ""), r.get("person_code", "")
                self.due_on = r.get("due_on")
            case Step.RESOLVE:
                self.resolver, self.result = r.get("resolver", ""), r.get("result", "")
                self.resolved_on, self.resolved_by_operator = r["on"], r.get("operator", "")
            case Step.FEEDBACK:
                self.feedback = r.get("outcome", "")
                self.reopened += r.get("outcome") == Outcome.DISSATISFIED
            case Step.ESCALATE:
                self.escalated = True
            case Step.DUPLICATE:
                self.duplicate_of = r.get("original", "")
        self.state = after(self.state, step, r.get("outcome", ""))
        self.last_on = r["on"]


def replay_steps(
    code: str, raised_on: date, records: Iterable[Mapping[str, Any]], *, check: bool = False
) -> Progress:
    """A concern's progress from its steps in recorded order (voided ones left out); `check`: each step
    is judged again by the rules, as if taken now (a correction must leave a life cycle the rules allow)."""
    progress = Progress(last_on=raised_on)
    for r in records:
        if r.get("voided"):
            continue
        step = Step(r["step"])
        if check:
            progress.check(code, raised_on, step, r)
        progress.take(step, r)
    return progress


# --- the aggregate -------------------------------------------------------------------------------


class Concern(Record):
    class Raised(Aggregate.Created, Audit):
        code: str
        on: date
        source: str
        source_ref: str
        resident: str
        household_code: str
        village_code: str
        category: str
        content: str
        phone: str

        def apply(self, aggregate: Concern) -> None:
            for name in (
                "code",
                "source",
                "source_ref",
                "resident",
                "household_code",
                "village_code",
                "category",
                "content",
                "phone",
            ):
                setattr(aggregate, name, getattr(self, name))
            aggregate.raised_on = aggregate.last_on = self.on

    class Assigned(Aggregate.Event, Audit):
        on: date
        unit_code: str
        person_code: str
        due_on: date
        note: str

        def apply(self, aggregate: Concern) -> None:
            aggregate.took(
                self,
                Step.ASSIGN,
                unit_code=self.unit_code,
                person_code=self.person_code,
                due_on=self.due_on,
                note=self.note,
            )

    class ProgressNoted(Aggregate.Event, Audit):
        on: date
        note: str

        def apply(self, aggregate: Concern) -> None:
            aggregate.took(self, Step.PROGRESS, note=self.note)

    class Resolved(Aggregate.Event, Audit):
        on: date
        resolver: str
        result: str

        def apply(self, aggregate: Concern) -> None:
            aggregate.took(self, Step.RESOLVE, resolver=self.resolver, result=self.result)

    class FedBack(Aggregate.Event, Audit):
        on: date
        visitor: str
        outcome: str
        note: str

        def apply(self, aggregate: Concern) -> None:
            aggregate.took(self, Step.FEEDBACK, visitor=self.visitor, outcome=self.outcome, note=self.note)

    class Closed(Aggregate.Event, Audit):
        on: date

        def apply(self, aggregate: Concern) -> None:
            aggregate.took(self, Step.CLOSE)

    class Escalated(Aggregate.Event, Audit):
        on: date
        note: str

        def apply(self, aggregate: Concern) -> None:
            aggregate.took(self, Step.ESCALATE, note=self.note)

    class MarkedDuplicate(Aggregate.Event, Audit):
        on: date
        original: str

        def apply(self, aggregate: Concern) -> None:
            aggregate.took(self, Step.DUPLICATE, original=self.original)

    class StepCorrected(Aggregate.Event, Audit):
        """更正步骤: a recorded step's date or fields, with a reason; the steps after it are judged again."""

        step_version: int
        step: str  # which step, and its date as it was, for the audit trail
        step_on: date
        changes: dict[str, Any]
        reason: str
        corrects_version: int

        def apply(self, aggregate: Concern) -> None:
            aggregate.steps = [
                {**r, **self.changes} if r["version"] == self.step_version else r for r in aggregate.steps
            ]
            aggregate.replayed()

    class StepVoided(Aggregate.Event, Audit):
        """作废步骤: a step recorded by mistake; the concern stands as if it had not been taken."""

        step_version: int
        step: str
        step_on: date
        reason: str
        corrects_version: int

        def apply(self, aggregate: Concern) -> None:
            aggregate.steps = [
                {**r, "voided": True} if r["version"] == self.step_version else r for r in aggregate.steps
            ]
            aggregate.replayed()

    correctable = frozenset({"content", "category", "resident", "phone", "household_code"})

    def __init__(self) -> None:
        self.code = self.source = self.source_ref = self.resident = self.household_code = ""
        self.village_code = self.category = self.content = self.phone = ""
        self.raised_on = self.last_on = date.min
        self.state = State.RAISED
        self.handler_unit = self.handler_person = self.resolver = self.resolved_by_operator = ""
        self.due_on: date | None = None
        self.resolved_on: date | None = None
        self.feedback = self.duplicate_of = ""
        self.reopened = 0
        self.escalated = False
        self.result = ""
        self.steps: list[dict[str, Any]] = []  # each step taken, as recorded (and corrected)

    def progress(self) -> Progress:
        return Progress(**{f.name: getattr(self, f.name) for f in fields(Progress)})

    def _adopt(self, progress: Progress) -> None:
        for f in fields(Progress):
            setattr(self, f.name, getattr(progress, f.name))

    def took(self, e: Any, step: Step, **values: Any) -> None:
        """Only assigns (it runs on every replay): the step kept as a record, and its effect."""
        record = {"version": e.originator_version, "step": step.value, "on": e.on, "operator": e.operator}
        record |= values | {"voided": False}
        self.steps = [*self.steps, record]
        progress = self.progress()
        progress.take(step, record)
        self._adopt(progress)

    def replayed(self) -> None:
        """After a step was corrected or voided: the concern as its remaining steps make it."""
        self._adopt(replay_steps(self.code, self.raised_on, self.steps))

    # --- commands: validate, then trigger -------------------------------------------------------

    @classmethod
    def raise_concern(cls, code: str, on: date, fields: dict[str, Any], stamp: dict[str, Any]) -> Concern:
        rules.require(code, "问题编号")
        rules.require(fields.get("resident"), "反映人")
        rules.require(fields.get("village_code"), "村居编码")
        rules.require(fields.get("content"), "问题内容")
        values = {
            name: str(fields.get(name) or "").strip()
            for name in (
                "source",
                "source_ref",
                "resident",
                "household_code",
                "village_code",
                "category",
                "content",
                "phone",
            )
        }
        return cls._create(cls.Raised, id=record_id("concern", code), code=code, on=on, **values, **stamp)

    def check_step(self, step: Step, on: date) -> None:
        if self.voided:
            raise RuleViolation("R-G6", f"问题“{self.code}”已作废,不能再办理")
        check_step_allowed(self.code, self.state, self.escalated, step)
        check_step_date(self.code, on, self.last_on)

    def assign(
        self,
        on: date,
        unit_code: str,
        person_code: str,
        due_on: date | None,
        note: str,
        stamp: dict[str, Any],
    ) -> None:
        self.check_step(Step.ASSIGN, on)
        if not unit_code and not person_code:
            rules.fail_missing("承办单位或承办人(至少填一项)")
        if due_on is None:
            rules.fail_missing("承诺时限")
        check_due_date(due_on, self.raised_on)
        self.trigger_event(
            self.Assigned,
            on=on,
            unit_code=unit_code,
            person_code=person_code,
            due_on=due_on,
            note=note.strip(),
            **stamp,
        )

    def note_progress(self, on: date, note: str, stamp: dict[str, Any]) -> None:
        self.check_step(Step.PROGRESS, on)
        rules.require(note, "进展情况")
        self.trigger_event(self.ProgressNoted, on=on, note=note.strip(), **stamp)

    def resolve(self, on: date, resolver: str, result: str, stamp: dict[str, Any]) -> None:
        self.check_step(Step.RESOLVE, on)
        rules.require(resolver, "办理人")
        rules.require(result, "办理结果")
        self.trigger_event(self.Resolved, on=on, resolver=resolver, result=result.strip(), **stamp)

    def record_feedback(
        self,
        on: date,
        visitor: str,
        outcome: str,
        note: str,
        stamp: dict[str, Any],
        *,
        check_operator: bool = True,
    ) -> None:
        self.check_step(Step.FEEDBACK, on)
        rules.require(visitor, "回访人")
        rules.require(outcome, "回访结果")
        rules.check_choice(outcome, OUTCOMES, "回访结果")
        if outcome == Outcome.UNREACHABLE:
            rules.require(note, "无法回访的原因")
        operator = str(stamp["operator"]) if check_operator else ""
        check_not_own_work(visitor, self.handler_person, self.resolver, operator, self.resolved_by_operator)
        self.trigger_event(self.FedBack, on=on, visitor=visitor, outcome=outcome, note=note.strip(), **stamp)

    def close(self, on: date, stamp: dict[str, Any]) -> None:
        self.check_step(Step.CLOSE, on)
        self.trigger_event(self.Closed, on=on, **stamp)

    def escalate(self, on: date, note: str, stamp: dict[str, Any]) -> None:
        self.check_step(Step.ESCALATE, on)
        rules.require(note, "上报情况(报往何处、为何超出本镇权限)")
        self.trigger_event(self.Escalated, on=on, note=note.strip(), **stamp)

    def mark_duplicate(self, on: date, original: str, stamp: dict[str, Any]) -> None:
        self.check_step(Step.DUPLICATE, on)
        rules.require(original, "重复于哪个问题编号")
        if original == self.code:
            rules.fail_malformed("问题不能与自己重复")
        self.trigger_event(self.MarkedDuplicate, on=on, original=original, **stamp)

    def allowed(self) -> tuple[Step, ...]:
        return () if self.voided else allowed_steps(self.state, self.escalated)

    def step_record(self, version: int) -> dict[str, Any]:
        """The step recorded at `version`, if it stands (not voided)."""
        rules.check_not_voided(self.voided, self.label())
        found = next((r for r in self.steps if r["version"] == version and not r["voided"]), None)
        if found is None:
            rules.fail_malformed(f"问题“{self.code}”没有这一步(或已作废):请在办理过程中重新选择")
        return found

    def correct_step(self, version: int, changes: dict[str, Any], reason: str, stamp: dict[str, Any]) -> None:
        """更正步骤: the step's date or fields; the whole life cycle after it must still obey the rules."""
        record = self.step_record(version)
        rules.check_reason(reason, "更正")
        unknown = sorted(set(changes) - STEP_CORRECTABLE[Step(record["step"])])
        if unknown:
            rules.fail_malformed(f"{record['step']}这一步不能更正: {', '.join(unknown)}")
        rules.check_dates(changes, ("on", "due_on"), f"更正{record['step']}")
        real = {k: v.strip() if isinstance(v, str) else v for k, v in changes.items()}
        real = {k: v for k, v in real.items() if record.get(k) != v}
        if not real:
            rules.fail_missing("更正内容(与原值相同,无需更正)")
        after_fix = [{**r, **real} if r is record else r for r in self.steps]
        replay_steps(self.code, self.raised_on, after_fix, check=True)
        self.trigger_event(
            self.StepCorrected,
            step_version=version,
            step=record["step"],
            step_on=record["on"],
            changes=real,
            reason=reason.strip(),
            corrects_version=self.version,
            **stamp,
        )

    def void_step(self, version: int, reason: str, stamp: dict[str, Any]) -> None:
        """作废步骤: a step recorded by mistake, if the steps after it still make a life cycle the rules
        allow without it (a resolution with its return visit standing cannot go alone)."""
        record = self.step_record(version)
        rules.check_reason(reason, "作废")
        remaining = [r for r in self.steps if r is not record]
        replay_steps(self.code, self.raised_on, remaining, check=True)
        self.trigger_event(
            self.StepVoided,
            step_version=version,
            step=record["step"],
            step_on=record["on"],
            reason=reason.strip(),
            corrects_version=self.version,
            **stamp,
        )


# --- standing on a business date (the follow-ups) -----------------------------------------------


@dataclass(frozen=True)
class StepFact:
    """One step as the read model keeps it: enough to replay the life cycle to any day."""

    step: Step
    on: date
    due_on: date | None = None
    outcome: str = ""


@dataclass(frozen=True)
class Standing:
    state: State
    due_on: date | None
    escalated_on: date | None
    since: date  # the date the concern entered `state`
    reopened: int

    def follow_ups(self, day: date) -> list[tuple[str, str, date]]:
        """(rule, what, since) of everything open on `day` that supervision follows."""
        found: list[tuple[str, str, date]] = []
        if self.due_on is not None and is_overdue(self.due_on, day, self.state):
            found.append(("R-Q4", "超期未办结", self.due_on + timedelta(days=1)))
        # R-Q6: not counted as resolved until the resident says so
        if self.state is State.RESOLVED:
            found.append(("R-Q6", "待回访", self.since))
        if self.state is State.ASSIGNED and self.reopened:
            found.append(("R-Q6", "不满意重办", self.since))
        if self.escalated_on is not None and self.state not in (State.CLOSED, State.DUPLICATE):
            found.append(("R-Q6", "已上报", self.escalated_on))
        return found


def standing_on(facts: Iterable[StepFact], day: date) -> Standing | None:
    """The concern as it stood at the end of `day` (None: not yet raised), from its steps in recorded order."""
    state: State | None = None
    due: date | None = None
    escalated_on: date | None = None
    since = date.min
    reopened = 0
    for fact in facts:
        if fact.on > day:
            break
        if fact.step is Step.RAISE:
            state, since = State.RAISED, fact.on
            continue
        if state is None:
            continue
        if fact.step is Step.ASSIGN:
            due = fact.due_on
        if fact.step is Step.ESCALATE:
            escalated_on = fact.on
        if fact.step is Step.FEEDBACK and fact.outcome == Outcome.DISSATISFIED:
            reopened += 1
        new = after(state, fact.step, fact.outcome)
        if new is not state or fact.step is Step.FEEDBACK:
            since = fact.on
        state = new
    if state is None:
        return None
    return Standing(state, due, escalated_on, since, reopened)
