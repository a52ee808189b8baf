"""Interview days on SQLite and PostgreSQL: R-I1…R-I7, the notice's latest date, a second session."""

from __future__ import annotations

from datetime import date, datetime

from domain.base import Actor
from domain.clock import FixedClock
from projections.concerns import ConcernQuery
from projections.interviews import InterviewQuery
from projections.store import Store
from tests.helpers import rejects


def test_schedule_r_i1_r_i2(township: Store, admin: Actor) -> None:
    app = township.app
    rejects(
        "R-I1", app.interviews.schedule_interview, admin, "V1", date(2026, 10, 31), 1, "P1", "上午9点", "村部"
    )
    rejects(
        "R-I1", app.interviews.schedule_interview, admin, "V1", date(2026, 11, 7), 1, "P1", "上午9点", "村部"
    )
    rejects(
        "R-I2", app.interviews.schedule_interview, admin, "V1", date(2026, 11, 3), 9, "P1", "上午9点", "村部"
    )
    rejects(
        "R-I2", app.interviews.schedule_interview, admin, "V1", date(2026, 11, 3), 0, "P1", "上午9点", "村部"
    )
    rejects(
        "R-I2", app.interviews.schedule_interview, admin, "V1", date(2026, 11, 3), 1, "P2", "上午9点", "村部"
    )
    rejects("R-F1", app.interviews.schedule_interview, admin, "V1", date(2026, 11, 3), 1, "P1", "", "村部")
    rejects(
        "R-F2", app.interviews.schedule_interview, admin, "K1", date(2026, 11, 3), 1, "P1", "上午9点", "村部"
    )
    app.interviews.schedule_interview(admin, "V1", date(2026, 11, 3), 1, "P1", "上午9点", "村部")
    rejects(
        "R-I2", app.interviews.schedule_interview, admin, "V1", date(2026, 11, 3), 2, "P1", "下午", "村部"
    )
    message = rejects(
        "R-I2", app.interviews.schedule_interview, admin, "V1", date(2026, 11, 4), 2, "P1", "下午", "村部"
    )
    assert "改期" in message
    app.interviews.schedule_interview(admin, "V2", date(2026, 11, 3), 1, "P1", "下午2点", "村小学")
    township.projector.catch_up()
    query = InterviewQuery(township.engine)
    assert query.conflicts(date(2026, 11, 3), "P1", "V9") == [
        "带队领导当天已带第1组去 V1",
        "带队领导当天已带第1组去 V2",
    ]


def test_notice_five_days_ahead_r_i5_and_held_r_i6(township: Store, admin: Actor, clock: FixedClock) -> None:
    app = township.app
    app.interviews.schedule_interview(admin, "V1", date(2026, 11, 3), 1, "P1", "上午9点", "村部")
    clock.set(datetime(2026, 10, 30, 9))
    message = rejects(
        "R-I5",
        app.interviews.post_interview_notice,
        admin,
        "V1",
        date(2026, 10, 30),
        "上午9点",
        "村部",
        "全体村民代表",
        "村口",
    )
    assert "访谈日11月3日" in message and "最迟10月29日" in message  # four days ahead: too late
    rejects(
        "R-I5",
        app.interviews.post_interview_notice,
        admin,
        "V1",
        date(2026, 10, 29),
        "上午9点",
        "村部",
        "",
        "村口",
    )
    message = rejects(
        "R-I5", app.interviews.post_interview_notice, admin, "V1", date(2026, 10, 29), "", "", "村民", "村口"
    )
    assert "缺少时间、地点" in message  # a blank is not filled from the schedule: the notice must say it
    rejects(
        "R-I8",
        app.interviews.post_interview_notice,
        admin,
        "V1",
        date(2026, 10, 29),
        "上午9点",
        "村部",
        "村民",
        " ",
    )
    rejects(
        "R-G1",
        app.interviews.post_interview_notice,
        admin,
        "V1",
        date(2026, 10, 31),
        "上午9点",
        "村部",
        "村民",
        "村口",
    )
    app.interviews.post_interview_notice(
        admin, "V1", date(2026, 10, 29), "上午9点", "村部", "全体党员、村民代表", "村委会门口"
    )
    clock.set(datetime(2026, 11, 3, 18))
    rejects(
        "R-I6", app.interviews.hold_interview, admin, "V1", date(2026, 11, 2), 40
    )  # not the scheduled date
    clock.set(datetime(2026, 10, 30, 10))
    app.interviews.reschedule_interview(admin, "V1", date(2026, 11, 5), "带队领导临时出差")
    clock.set(datetime(2026, 11, 5, 18))
    rejects(
        "R-I6", app.interviews.hold_interview, admin, "V1", date(2026, 11, 5), 40
    )  # the new date has no notice
    rejects(
        "R-I5",
        app.interviews.post_interview_notice,
        admin,
        "V1",
        date(2026, 11, 1),
        "上午9点",
        "村部",
        "村民",
        "村口",
    )
    app.interviews.post_interview_notice(admin, "V1", date(2026, 10, 31), "上午9点", "村部", "村民", "村口")
    app.interviews.hold_interview(admin, "V1", date(2026, 11, 5), 36)
    rejects("R-I6", app.interviews.hold_interview, admin, "V1", date(2026, 11, 5), 36)  # once per date


def test_under_thirty_is_held_but_open_r_i7(township: Store, admin: Actor, clock: FixedClock) -> None:
    """A session of 29 is stored as held; the village stays open until a session of 30 or more."""
    app = township.app
    app.interviews.schedule_interview(admin, "V1", date(2026, 11, 1), 1, "P1", "上午9点", "村部")
    clock.set(datetime(2026, 10, 27, 9))
    app.interviews.post_interview_notice(
        admin, "V1", date(2026, 10, 27), "上午9点", "村部", "村民代表", "村口"
    )
    clock.set(datetime(2026, 11, 1, 17))
    flags = app.interviews.hold_interview(admin, "V1", date(2026, 11, 1), 29, ["村道太窄", ""])
    assert [code for code, _ in flags] == ["R-I3", "R-I4", "R-I7"]  # no forum before it, no supervisor either
    township.projector.catch_up()
    [row] = [r for r in InterviewQuery(township.engine).timetable() if r.village_code == "V1"]
    assert (row.sessions, row.attendance, row.met, row.flags) == (1, 29, False, "R-I3、R-I4")
    assert row.steps()[-1] == ("召开", "R-I6/R-I7", "✗ 29人 人数不足")
    concern = ConcernQuery(township.engine).find("V1-FT1101-Q1")
    assert concern is not None and (concern.source, concern.source_ref) == ("访谈日", "V1")
    app.concerns.raise_concern(
        admin,
        "Q-F",
        date(2026, 11, 1),
        {
            "source": "访谈日",
            "source_ref": "V1",
            "resident": "村民",
            "village_code": "V1",
            "content": "会后补充",
        },
    )
    rejects(
        "R-Q2",
        app.concerns.raise_concern,
        admin,
        "Q-G",
        date(2026, 11, 1),
        {
            "source": "访谈日",
            "source_ref": "V2",
            "resident": "村民",
            "village_code": "V2",
            "content": "未召开",
        },
    )
    app.interviews.reschedule_interview(admin, "V1", date(2026, 11, 6), "人数不足,再次召开")
    app.interviews.record_solicitation(admin, "V1", date(2026, 11, 1), "茶话会", 18)
    app.interviews.assign_interview_supervisor(admin, "V1", "P2", date(2026, 11, 1))
    rejects(
        "R-I4", app.interviews.assign_interview_supervisor, admin, "V1", "P3", date(2026, 11, 1)
    )  # not an organ cadre
    app.interviews.post_interview_notice(
        admin, "V1", date(2026, 11, 1), "下午2点", "村小学", "全体村民", "小学门口"
    )
    clock.set(datetime(2026, 11, 6, 17))
    assert app.interviews.hold_interview(admin, "V1", date(2026, 11, 6), 42) == []
    township.projector.catch_up()
    [row] = [r for r in InterviewQuery(township.engine).timetable() if r.village_code == "V1"]
    assert (row.sessions, row.attendance, row.met, row.on, row.place) == (
        2,
        42,
        True,
        date(2026, 11, 6),
        "村小学",
    )
    assert row.flags == "R-I3、R-I4"  # the first session's flags stay on the record


def test_timetable_rebuilt_equals_live(township: Store, admin: Actor, clock: FixedClock) -> None:
    app = township.app
    app.interviews.schedule_interview(admin, "V1", date(2026, 11, 2), 3, "P1", "上午", "村部")
    app.interviews.record_solicitation(admin, "V1", date(2026, 10, 21), "座谈会", 25)
    clock.set(datetime(2026, 10, 28, 9))
    app.interviews.post_interview_notice(admin, "V1", date(2026, 10, 28), "上午9点", "村部", "村民", "村口")
    clock.set(datetime(2026, 11, 2, 17))
    app.interviews.assign_interview_supervisor(admin, "V1", "P2", date(2026, 10, 30))
    app.interviews.hold_interview(admin, "V1", date(2026, 11, 2), 31)
    township.projector.catch_up()
    from tests.test_store import snapshot

    live = snapshot(township)
    township.projector.rebuild(["interviews"])
    assert snapshot(township) == live
    rows = InterviewQuery(township.engine).timetable()
    assert [r.village_code for r in rows] == ["V1", "V2"]  # V2 not yet scheduled: listed last
    assert rows[0].met and rows[0].flags == "" and rows[0].supervisor == "钱干部"


def test_a_plan_amendment_judges_what_is_stored_after_it(
    township: Store, admin: Actor, clock: FixedClock
) -> None:
    """min_attendance 30 → 25 and backfill_days 7 → 10: records stored before the amendment stay judged as
    they were, those after it by the new value — live, after rebuilding one read model and after all."""
    from projections.visits import VisitFilter, VisitQuery
    from tests.test_store import snapshot

    app = township.app
    app.roster.register_person(
        admin,
        "C1",
        {"name": "青山村主任", "unit_code": "V1", "identities": ["村街居干部"], "party_member": True},
    )
    app.roster.register_person(
        admin,
        "C2",
        {"name": "石桥村书记", "unit_code": "V2", "identities": ["村街居干部"], "party_member": True},
    )
    for village, on in (("V1", date(2026, 11, 2)), ("V2", date(2026, 11, 4))):
        app.interviews.schedule_interview(
            admin, village, on, 1 if village == "V1" else 2, "P1", "上午9点", "村部"
        )
    clock.set(datetime(2026, 10, 27, 9))
    for village in ("V1", "V2"):
        app.interviews.post_interview_notice(
            admin, village, date(2026, 10, 27), "上午9点", "村部", "村民", "村口"
        )
    clock.set(datetime(2026, 11, 2, 17))
    app.interviews.hold_interview(admin, "V1", date(2026, 11, 2), 27)  # judged with 30: not met
    app.visits.record_visit(
        admin, "H1", date(2026, 10, 24), ["C1"]
    )  # 9 days late, judged with 7: back-filled
    app.amend_parameter(admin, "min_attendance", "25", "镇党委会议决定")
    app.amend_parameter(admin, "backfill_days", "10", "镇党委会议决定")
    clock.set(datetime(2026, 11, 4, 17))
    app.interviews.hold_interview(admin, "V2", date(2026, 11, 4), 27)  # judged with 25: met
    app.visits.record_visit(
        admin, "H3", date(2026, 10, 26), ["C2"]
    )  # 9 days late, judged with 10: not back-filled

    def judged() -> tuple[dict[str, bool], dict[str, bool]]:
        township.projector.catch_up()
        met = {r.village_code: r.met for r in InterviewQuery(township.engine).timetable() if r.sessions}
        query = VisitQuery(township.engine)
        rows = query.rows(query.ids(VisitFilter(), "code", False))
        return met, {r.household_code: r.backfilled for r in rows.values()}

    live = judged()
    assert live == ({"V1": False, "V2": True}, {"H1": True, "H3": False})
    whole = snapshot(township)
    township.projector.rebuild(["interviews"])
    township.projector.rebuild(["visits"])
    assert judged() == live
    township.projector.rebuild()
    assert judged() == live and snapshot(township) == whole


def test_a_back_dated_notice_is_flagged_r_g3_in_the_trail_and_the_findings(
    township: Store, admin: Actor, clock: FixedClock
) -> None:
    from projections.audit import AuditFilter, AuditQuery
    from projections.findings import FindingFilter, FindingsQuery

    app = township.app
    app.interviews.schedule_interview(admin, "V1", date(2026, 11, 3), 1, "P1", "上午9点", "村部")
    clock.set(datetime(2026, 11, 9, 9))  # entered ten days after it was posted
    app.interviews.post_interview_notice(admin, "V1", date(2026, 10, 29), "上午9点", "村部", "村民", "村口")
    township.projector.catch_up()
    audit = AuditQuery(township.engine)
    flagged = [r for r in audit.rows(audit.ids(AuditFilter())).values() if r.flag == "R-G3"]
    assert [r.event_type for r in flagged] == ["InterviewDay.NoticePosted"]
    found = FindingsQuery(township.engine).findings(date(2026, 11, 9), f=FindingFilter(rule="R-G3"))
    assert any(f.unit_code == "V1" and "补录" in f.what for f in found)


def test_a_step_corrected_or_voided(township: Store, admin: Actor, clock: FixedClock) -> None:
    """更正 a session's attendance typed wrong, a solicitation's way, where the notice was posted (R-I5 and
    R-I8 hold for the corrected notice); 作废 a solicitation recorded by mistake and a session recorded for
    the wrong village; a notice a session was held after is not voided (R-I6). The timetable shows each as
    it stood at any moment, the audit trail says it, and a rebuild gives the same rows."""
    from projections.audit import AuditFilter, AuditQuery

    app = township.app
    app.interviews.schedule_interview(admin, "V1", date(2026, 11, 3), 1, "P1", "上午9点", "村部")
    clock.set(datetime(2026, 10, 28, 9))
    app.interviews.record_solicitation(admin, "V1", date(2026, 10, 28), "座谈会", 12)
    app.interviews.record_solicitation(
        admin, "V1", date(2026, 10, 28), "茶话会", 5
    )  # typed twice, the second wrong
    app.interviews.post_interview_notice(
        admin, "V1", date(2026, 10, 28), "上午9点", "村部", "村民代表", "村口"
    )
    clock.set(datetime(2026, 11, 3, 17))
    app.interviews.hold_interview(admin, "V1", date(2026, 11, 3), 25)  # the sheet said 52
    township.projector.catch_up()
    before = township.projector.position()

    rejects("R-G6", app.interviews.correct_interview_step, admin, "V1", "session", 0, {"attendance": 52}, "")
    rejects(
        "R-G6", app.interviews.correct_interview_step, admin, "V1", "session", 1, {"attendance": 52}, "笔误"
    )
    rejects(
        "R-G6", app.interviews.correct_interview_step, admin, "V2", "session", 0, {"attendance": 52}, "笔误"
    )
    rejects(
        "R-F2", app.interviews.correct_interview_step, admin, "V1", "solicitation", 0, {"way": "电话"}, "笔误"
    )
    rejects(
        "R-I5",
        app.interviews.correct_interview_step,
        admin,
        "V1",
        "notice",
        0,
        {"on": date(2026, 11, 1)},
        "日期",
    )
    rejects(
        "R-I8", app.interviews.correct_interview_step, admin, "V1", "notice", 0, {"posted_at": " "}, "地点"
    )
    rejects("R-I6", app.interviews.void_interview_step, admin, "V1", "notice", 0, "录错")
    app.interviews.correct_interview_step(admin, "V1", "session", 0, {"attendance": 52}, "照签到表更正")
    app.interviews.correct_interview_step(admin, "V1", "notice", 0, {"posted_at": "村委会公告栏"}, "写错地点")
    app.interviews.void_interview_step(admin, "V1", "solicitation", 1, "重复录入")
    rejects("R-G6", app.interviews.void_interview_step, admin, "V1", "solicitation", 1, "再次")
    township.projector.catch_up()
    query = InterviewQuery(township.engine)
    [row] = [r for r in query.timetable() if r.village_code == "V1"]
    assert (row.attendance, row.met, row.posted_at, row.solicitations) == (
        52,
        True,
        "村委会公告栏",
        "座谈会10-28(12人)",
    )
    [then] = [r for r in query.timetable(before) if r.village_code == "V1"]
    assert (then.attendance, then.met, then.posted_at) == (25, False, "村口")

    app.interviews.void_interview_step(admin, "V1", "session", 0, "记到了别的村")
    township.projector.catch_up()
    [row] = [r for r in query.timetable() if r.village_code == "V1"]
    assert (row.sessions, row.attendance, row.met) == (0, None, False)
    trail = AuditQuery(township.engine)
    texts = sorted(r.summary for r in trail.rows(trail.ids(AuditFilter(text="访谈日的"))).values())
    assert texts == [
        "作废 V1 访谈日的第1次召开记录(原因:记到了别的村)",
        "作废 V1 访谈日的第2次征求意见(原因:重复录入)",
        "更正 V1 访谈日的第1次召开记录:参加人数改为52(原因:照签到表更正)",
        "更正 V1 访谈日的预告:张贴地点改为村委会公告栏(原因:写错地点)",
    ]
    live = query.timetable()
    township.projector.rebuild()
    assert query.timetable() == live
