"""Concerns on SQLite and PostgreSQL: the life cycle's rules, reopening, follow-ups on a day, figures."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from domain.base import Actor
from domain.clock import FixedClock
from domain.concerns import State, Step, StepFact, standing_on
from projections.concerns import ConcernQuery
from projections.store import Store
from tests.helpers import rejects

D = date(2026, 10, 21)
RAISE = {
    "source": "来访",
    "resident": "张大山",
    "village_code": "V1",
    "content": "村口路灯不亮",
    "household_code": "H1",
}


@pytest.fixture
def clerk(township: Store) -> Actor:
    return township.app.login("clerk", "qingshan-pw7", "V1-PC")


def raised(store: Store, actor: Actor, code: str, on: date = D, **fields: str) -> None:
    store.app.concerns.raise_concern(actor, code, on, {**RAISE, **fields})


def test_every_step_out_of_order_is_refused(township: Store, admin: Actor, clerk: Actor) -> None:
    app = township.app
    raised(township, admin, "Q1")
    rejects("R-Q1", app.concerns.note_concern_progress, admin, "Q1", D, "在办")
    rejects("R-Q1", app.concerns.resolve_concern, admin, "Q1", D, "P2", "已修好")
    rejects("R-Q1", app.concerns.record_concern_feedback, clerk, "Q1", D, "P1", "满意")
    message = rejects("R-Q1", app.concerns.close_concern, admin, "Q1", D)
    assert "已登记" in message and "交办" in message  # says what can be done now
    app.concerns.assign_concern(admin, "Q1", D, unit_code="K1", person_code="P2", due_on=date(2026, 10, 25))
    rejects("R-Q1", app.concerns.record_concern_feedback, clerk, "Q1", D, "P1", "满意")
    rejects(
        "R-Q1", app.concerns.assign_concern, admin, "Q1", date(2026, 10, 20), person_code="P2", due_on=D
    )  # before last
    app.concerns.resolve_concern(admin, "Q1", date(2026, 10, 22), "P2", "已更换灯泡")
    rejects("R-Q1", app.concerns.close_concern, admin, "Q1", date(2026, 10, 22))  # close without feedback
    rejects("R-Q1", app.concerns.assign_concern, admin, "Q1", date(2026, 10, 22), person_code="P2", due_on=D)
    rejects("R-Q1", app.concerns.escalate_concern, admin, "Q1", date(2026, 10, 22), "报县")
    app.concerns.record_concern_feedback(clerk, "Q1", date(2026, 10, 22), "P1", "满意")
    app.concerns.close_concern(admin, "Q1", date(2026, 10, 22))
    for step in (
        lambda: app.concerns.note_concern_progress(admin, "Q1", date(2026, 10, 22), "再看看"),
        lambda: app.concerns.close_concern(admin, "Q1", date(2026, 10, 22)),
        lambda: app.concerns.mark_concern_duplicate(admin, "Q1", date(2026, 10, 22), "Q2"),
    ):
        rejects("R-Q1", step)
    concern = app.concerns.concern("Q1")
    assert concern is not None and concern.state is State.CLOSED and concern.version == 5


def test_duplicates_and_escalation(township: Store, admin: Actor) -> None:
    app = township.app
    raised(township, admin, "Q1")
    raised(township, admin, "Q2")
    raised(township, admin, "Q3")
    rejects("R-F2", app.concerns.mark_concern_duplicate, admin, "Q2", D, "Q2")
    rejects("R-G4", app.concerns.mark_concern_duplicate, admin, "Q2", D, "Q9")
    app.concerns.mark_concern_duplicate(admin, "Q2", D, "Q1")
    rejects(
        "R-Q1", app.concerns.assign_concern, admin, "Q2", D, person_code="P2", due_on=D
    )  # a duplicate is done
    message = rejects("R-Q1", app.concerns.mark_concern_duplicate, admin, "Q3", D, "Q2")
    assert "Q1" in message  # points at the original
    app.concerns.escalate_concern(admin, "Q3", D, "涉及县道改造,超出本镇权限,报县交通局")
    rejects("R-Q1", app.concerns.escalate_concern, admin, "Q3", D, "再次上报")
    app.concerns.assign_concern(admin, "Q3", D, unit_code="K1", due_on=date(2026, 11, 30))
    concern = app.concerns.concern("Q3")
    assert concern is not None and concern.escalated and concern.state is State.ASSIGNED


def test_sources_due_dates_and_references(township: Store, admin: Actor) -> None:
    app = township.app
    rejects("R-Q2", raised, township, admin, "Q1", source="")
    rejects("R-Q2", raised, township, admin, "Q1", source="电话")
    rejects("R-Q2", raised, township, admin, "Q1", source="走访")  # a visit must be named
    message = rejects("R-Q2", raised, township, admin, "Q1", source="走访", source_ref="W-404")
    assert "W-404" in message
    rejects("R-Q2", raised, township, admin, "Q1", source="座谈会", source_ref="K1")  # not a village
    raised(township, admin, "Q1", source="座谈会", source_ref="V1")
    rejects("R-G7", raised, township, admin, "Q1")
    rejects("R-F1", raised, township, admin, "Q2", resident="")
    rejects("R-F1", raised, township, admin, "Q2", content=" ")
    rejects("R-G4", raised, township, admin, "Q2", village_code="V9")
    rejects("R-F2", raised, township, admin, "Q2", household_code="H3")  # H3 is in V2
    rejects("R-G1", raised, township, admin, "Q2", on=date(2026, 10, 23))
    rejects("R-G2", raised, township, admin, "Q2", on=date(2026, 10, 19))
    message = rejects(
        "R-Q3", app.concerns.assign_concern, admin, "Q1", D, person_code="P2", due_on=date(2026, 10, 20)
    )
    assert "10月21日" in message
    rejects(
        "R-F1", app.concerns.assign_concern, admin, "Q1", D, due_on=date(2026, 10, 25)
    )  # nobody to handle it
    rejects("R-F1", app.concerns.assign_concern, admin, "Q1", D, person_code="P2")  # no due date
    rejects("R-G4", app.concerns.assign_concern, admin, "Q1", D, person_code="P9", due_on=date(2026, 10, 25))
    rejects("R-G4", app.concerns.note_concern_progress, admin, "Q9", D, "无此问题")


def test_nobody_rates_their_own_work_and_unsatisfied_reopens(
    township: Store, admin: Actor, clerk: Actor, clock: FixedClock
) -> None:
    app = township.app
    raised(township, clerk, "Q1")
    app.concerns.assign_concern(admin, "Q1", D, person_code="P2", due_on=date(2026, 10, 25))
    app.concerns.resolve_concern(admin, "Q1", D, "P1", "协调电力所修复")
    rejects("R-Q5", app.concerns.record_concern_feedback, clerk, "Q1", D, "P2", "满意")  # the handler
    rejects("R-Q5", app.concerns.record_concern_feedback, clerk, "Q1", D, "P1", "满意")  # the resolver
    rejects(
        "R-Q5", app.concerns.record_concern_feedback, admin, "Q1", D, "P3", "满意"
    )  # who entered the resolution
    rejects("R-F1", app.concerns.record_concern_feedback, clerk, "Q1", D, "P3", "无法回访")  # needs a reason
    rejects("R-F2", app.concerns.record_concern_feedback, clerk, "Q1", D, "P3", "还行")
    app.concerns.record_concern_feedback(clerk, "Q1", D, "P3", "不满意", "灯又坏了")
    concern = app.concerns.concern("Q1")
    assert concern is not None and concern.state is State.ASSIGNED and concern.reopened == 1
    township.projector.catch_up()
    query = ConcernQuery(township.engine)
    assert [f.what for f in query.follow_ups(D)] == ["不满意重办"]
    [figures] = query.figures("person", D)
    assert (figures.raised, figures.resolved, figures.satisfied, figures.rated) == (1, 0, 0, 1)
    clock.set(datetime(2026, 10, 24, 9))
    app.concerns.resolve_concern(admin, "Q1", date(2026, 10, 24), "P1", "更换线路")
    township.projector.catch_up()
    [figures] = query.figures("person", date(2026, 10, 24))
    assert figures.resolved == 0  # R-Q6: resolved again, but not resolved until the resident says so
    app.concerns.record_concern_feedback(clerk, "Q1", date(2026, 10, 24), "P3", "基本满意")
    app.concerns.close_concern(clerk, "Q1", date(2026, 10, 24))
    township.projector.catch_up()
    [figures] = query.figures("person", date(2026, 10, 24))
    assert (figures.raised, figures.resolved, figures.satisfied, figures.rated) == (1, 1, 1, 1)
    assert figures.mean_days == 3.0
    row = query.find("Q1")
    assert row is not None and row.state == "已归档" and row.reopened == 1 and row.feedback == "基本满意"
    steps = [s.step for s in query.timeline("Q1")]
    assert steps == ["登记", "交办", "办结", "回访", "办结", "回访", "归档"]
    assert query.timeline("Q1")[3].done_by == "P3"  # the return visitor did it, the clerk entered it


def test_scope_of_clerks_and_read_only_roles(township: Store, admin: Actor, clerk: Actor) -> None:
    raised(township, clerk, "Q1")
    rejects("R-S1", raised, township, clerk, "Q2", village_code="V2", household_code="H3")
    ducha = township.app.login("ducha", "jiwei-pw2026", "PC")
    rejects("R-S2", raised, township, ducha, "Q2")
    rejects("R-S2", township.app.concerns.note_concern_progress, ducha, "Q1", D, "看过了")


def test_follow_ups_on_a_day_are_exactly_the_overdue_and_awaiting(
    township: Store, admin: Actor, clerk: Actor, clock: FixedClock
) -> None:
    """Each concern replayed from its dated steps: overdue from the day after the due date."""
    app = township.app
    clock.set(datetime(2026, 11, 5, 9))
    for code in ("A", "B", "C", "D", "E"):
        raised(township, clerk, code, date(2026, 10, 21))
    app.concerns.assign_concern(admin, "A", date(2026, 10, 21), person_code="P2", due_on=date(2026, 10, 25))
    app.concerns.assign_concern(admin, "B", date(2026, 10, 21), person_code="P2", due_on=date(2026, 10, 25))
    app.concerns.resolve_concern(
        admin, "B", date(2026, 10, 25), "P2", "已办"
    )  # on its due date: never overdue
    app.concerns.assign_concern(admin, "C", date(2026, 10, 22), unit_code="K1", due_on=date(2026, 10, 23))
    app.concerns.resolve_concern(admin, "C", date(2026, 10, 28), "P2", "迟办")  # overdue 24th…27th
    app.concerns.record_concern_feedback(clerk, "C", date(2026, 10, 30), "P1", "满意")
    app.concerns.mark_concern_duplicate(admin, "D", date(2026, 10, 22), "A")
    app.concerns.escalate_concern(admin, "E", date(2026, 10, 26), "报县")
    township.projector.catch_up()
    query = ConcernQuery(township.engine)

    def on(day: date) -> set[tuple[str, str]]:
        return {(f.code, f.what) for f in query.follow_ups(day)}

    assert on(date(2026, 10, 20)) == set()
    assert on(date(2026, 10, 23)) == set()  # C is due on the 23rd: overdue only from the day after
    assert on(date(2026, 10, 24)) == {("C", "超期未办结")}
    assert on(date(2026, 10, 25)) == {("B", "待回访"), ("C", "超期未办结")}
    assert on(date(2026, 10, 26)) == {
        ("A", "超期未办结"),
        ("B", "待回访"),
        ("C", "超期未办结"),
        ("E", "已上报"),
    }
    assert on(date(2026, 10, 29)) == {("A", "超期未办结"), ("B", "待回访"), ("C", "待回访"), ("E", "已上报")}
    assert on(date(2026, 10, 30)) == {("A", "超期未办结"), ("B", "待回访"), ("E", "已上报")}
    overdue_a = [f for f in query.follow_ups(date(2026, 10, 30)) if f.code == "A"][0]
    assert overdue_a.rule == "R-Q4" and overdue_a.since == date(2026, 10, 26)
    # the board's overdue list agrees with the follow-ups on the same day
    from projections.concerns import ConcernFilter

    overdue = query.rows(
        query.ids(ConcernFilter(list_name="超期", day=date(2026, 10, 30))), date(2026, 10, 30)
    )
    assert {r.code for r in overdue.values()} == {"A"}
    # as recorded before C's feedback was stored, C was still awaiting it on the 30th
    with township.engine.connect() as conn:
        before = conn.exec_driver_sql(
            "SELECT min(notification_id) - 1 FROM concern_steps WHERE step = '回访'"
        ).scalar()
    assert ("C", "待回访") in {(f.code, f.what) for f in query.follow_ups(date(2026, 10, 30), before)}


def test_standing_replays_steps_up_to_a_day() -> None:
    facts = [
        StepFact(Step.RAISE, date(2026, 10, 21)),
        StepFact(Step.ASSIGN, date(2026, 10, 21), date(2026, 10, 23)),
        StepFact(Step.RESOLVE, date(2026, 10, 24)),
        StepFact(Step.FEEDBACK, date(2026, 10, 25), outcome="不满意"),
    ]
    assert standing_on(facts, date(2026, 10, 20)) is None
    assert [w for _, w, _ in standing_on(facts, date(2026, 10, 24)).follow_ups(date(2026, 10, 24))] == [
        "待回访"
    ]  # type: ignore[union-attr]
    last = standing_on(facts, date(2026, 10, 25))
    assert last is not None and last.state is State.ASSIGNED and last.reopened == 1
    assert {w for _, w, _ in last.follow_ups(date(2026, 10, 25))} == {"超期未办结", "不满意重办"}


def test_concern_board_rebuilt_equals_live(township: Store, admin: Actor, clerk: Actor) -> None:
    app = township.app
    raised(township, clerk, "Q1")
    raised(township, clerk, "Q2", content="低保申请")
    app.concerns.assign_concern(admin, "Q1", D, person_code="P2", due_on=D)
    app.concerns.resolve_concern(admin, "Q1", D, "P2", "已办")
    app.concerns.record_concern_feedback(clerk, "Q1", D, "P1", "不满意")
    app.correct_record(admin, "concern", "Q2", {"category": "民生保障"}, "漏填类别")
    app.void_record(admin, "concern", "Q2", "重复登记")
    township.projector.catch_up()
    from tests.test_store import snapshot

    live = snapshot(township)
    township.projector.rebuild(["concerns", "audit"])
    assert snapshot(township) == live
    query = ConcernQuery(township.engine)
    assert query.codes() == ["Q1", "Q2"] and query.find("Q1") is not None
    from projections.concerns import ConcernFilter

    assert query.count(ConcernFilter()) == 1  # the voided one is off the board


def test_the_same_problem_from_the_same_resident_typed_twice_is_asked_about(
    township: Store, admin: Actor
) -> None:
    from domain.errors import PossibleDoubleEntry

    app = township.app
    fields = {"source": "来访", "resident": "张大山", "village_code": "V1", "content": "村口路灯坏了"}
    app.concerns.raise_concern(admin, "Q1", date(2026, 10, 20), fields)
    township.projector.catch_up()
    with pytest.raises(PossibleDoubleEntry) as doubt:
        app.concerns.raise_concern(admin, "Q2", date(2026, 10, 22), fields)
    assert doubt.value.existing == "Q1" and "张大山" in doubt.value.message
    app.concerns.raise_concern(
        admin, "Q3", date(2026, 10, 22), {**fields, "content": "水渠堵了"}
    )  # another problem
    app.concerns.raise_concern(
        admin, "Q2", date(2026, 10, 22), fields, again=True
    )  # really raised again: confirmed
    township.projector.catch_up()
    assert app.concerns.concern("Q2") is not None and app.concerns.concern("Q3") is not None


def test_a_step_is_corrected_or_voided_and_the_life_cycle_judged_again(
    township: Store, admin: Actor, clerk: Actor, clock: FixedClock
) -> None:
    """更正步骤 / 作废步骤: the promised date typed wrong, a return visit entered on the wrong concern; what
    follows the step must still obey R-Q1…R-Q5; the board, the follow-ups, the timeline (as of before the
    correction too) and a rebuild all agree."""
    app = township.app
    clock.set(datetime(2026, 11, 5, 9))
    raised(township, clerk, "Q1")
    app.concerns.assign_concern(admin, "Q1", D, person_code="P2", due_on=date(2026, 10, 23))
    app.concerns.resolve_concern(admin, "Q1", date(2026, 10, 25), "P2", "已更换灯泡")
    app.concerns.record_concern_feedback(clerk, "Q1", date(2026, 10, 26), "P1", "满意")
    township.projector.catch_up()
    query = ConcernQuery(township.engine)
    with township.engine.connect() as conn:
        before = int(conn.exec_driver_sql("SELECT max(notification_id) FROM concern_steps").scalar() or 0)
    concern = app.concerns.concern("Q1")
    assert concern is not None
    versions = {r["step"]: int(r["version"]) for r in concern.steps}
    assign, resolve, feedback = (versions[k] for k in ("交办", "办结", "回访"))
    # the promise was 10-28 on paper: corrected, the resolution on the 25th is no longer late
    rejects(
        "R-Q3", app.concerns.correct_concern_step, admin, "Q1", assign, {"due_on": date(2026, 10, 1)}, "笔误"
    )
    rejects(
        "R-G6", app.concerns.correct_concern_step, admin, "Q1", assign, {"due_on": date(2026, 10, 28)}, ""
    )
    rejects(
        "R-Q1",
        app.concerns.correct_concern_step,
        admin,
        "Q1",
        resolve,
        {"on": date(2026, 10, 20)},
        "日期笔误",
    )
    rejects("R-Q5", app.concerns.correct_concern_step, admin, "Q1", feedback, {"visitor": "P2"}, "回访人笔误")
    rejects("R-Q1", app.concerns.void_concern_step, admin, "Q1", resolve, "录早了")  # its return visit stands
    rejects(
        "R-F2", app.concerns.correct_concern_step, admin, "Q1", assign, {"due_on": "10月28日"}, "笔误"
    )  # not a date
    app.concerns.correct_concern_step(
        admin, "Q1", assign, {"due_on": date(2026, 10, 28)}, "纸质台帐为10月28日"
    )
    township.projector.catch_up()
    row = query.find("Q1")
    assert row is not None and row.due_on == date(2026, 10, 28) and row.state == State.FED_BACK.value
    assert ("Q1", "超期未办结") not in {(f.code, f.what) for f in query.follow_ups(date(2026, 10, 24))}
    assert ("Q1", "超期未办结") in {(f.code, f.what) for f in query.follow_ups(date(2026, 10, 24), before)}
    timeline = query.timeline("Q1")
    assert [s.step for s in timeline] == ["登记", "交办", "办结", "回访", "更正步骤"]
    assert timeline[1].due_on == date(2026, 10, 28) and "纸质台帐为10月28日" in timeline[-1].detail
    assert [s.due_on for s in query.timeline("Q1", before) if s.step == "交办"] == [date(2026, 10, 23)]
    # the return visit was typed on the wrong concern: voided, Q1 waits for its return visit again
    app.concerns.void_concern_step(admin, "Q1", feedback, "录错问题")
    concern = app.concerns.concern("Q1")
    assert concern is not None and concern.state is State.RESOLVED and concern.feedback == ""
    rejects("R-F2", app.concerns.void_concern_step, admin, "Q1", feedback, "再作废一次")
    app.concerns.void_concern_step(admin, "Q1", resolve, "尚未办结")
    township.projector.catch_up()
    row = query.find("Q1")
    assert row is not None and row.state == State.ASSIGNED.value and row.resolved_on is None
    assert {(f.code, f.what) for f in query.follow_ups(date(2026, 11, 5))} == {("Q1", "超期未办结")}
    from tests.test_store import snapshot

    live = snapshot(township)
    township.projector.rebuild(["concerns"])
    assert snapshot(township) == live
