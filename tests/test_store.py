"""The application on real SQLite files and the real PostgreSQL server: rules, audit, chain, rebuild."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select, text

from domain.base import Actor
from domain.clock import FixedClock
from domain.errors import AuthenticationFailed, RuleViolation
from projections.audit import AuditFilter, AuditQuery
from projections.base import metadata
from projections.chain import verify
from projections.roster import RosterFilter, RosterQuery, people
from projections.store import Store
from tests.helpers import rejects


def code_of(excinfo: pytest.ExceptionInfo[RuleViolation]) -> str:
    return excinfo.value.code


def test_unregistered_and_duplicate_codes(township: Store, admin: Actor) -> None:
    app = township.app
    with pytest.raises(RuleViolation) as e:
        app.roster.register_person(admin, "P1", {"name": "重号", "unit_code": "V1"})
    assert code_of(e) == "R-G7"
    with pytest.raises(RuleViolation) as e:
        app.roster.register_person(admin, "P8", {"name": "无单位", "unit_code": "NOPE"})
    assert code_of(e) == "R-G4"
    with pytest.raises(RuleViolation) as e:
        app.roster.register_household(admin, "H9", {"head_name": "甲", "village_code": "K1"})
    assert code_of(e) == "R-F2"  # a section is not a village
    app.roster.retire_unit(admin, "V2", date(2026, 10, 22), "合并入青山村")
    with pytest.raises(RuleViolation) as e:
        app.roster.register_household(admin, "H9", {"head_name": "甲", "village_code": "V2"})
    assert code_of(e) == "R-G4"
    assert "已注销" in e.value.message


def test_clerk_scope_and_read_only_roles(township: Store) -> None:
    app = township.app
    clerk = app.login("clerk", "qingshan-pw7", "V1-PC")
    app.roster.register_household(clerk, "H10", {"head_name": "新户", "village_code": "V1"})
    with pytest.raises(RuleViolation) as e:
        app.roster.register_household(clerk, "H11", {"head_name": "外村", "village_code": "V2"})
    assert code_of(e) == "R-S1"
    with pytest.raises(RuleViolation) as e:
        app.roster.register_unit(clerk, "V9", "新村", "村", "G")
    assert code_of(e) == "R-S3"
    ducha = app.login("ducha", "jiwei-pw2026", "JW-PC")
    with pytest.raises(RuleViolation) as e:
        app.roster.tag_household(ducha, "H1", "上访户", date(2026, 10, 22), "督查想改")
    assert code_of(e) == "R-S2"
    app.record_export(ducha, "audit", "audit.xlsx", "", "0" * 64)  # supervisors may export


def test_five_wrong_passwords_lock_for_fifteen_minutes(township: Store, clock: FixedClock) -> None:
    app = township.app
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            app.login("clerk", "wrong", "V1-PC")
    with pytest.raises(AuthenticationFailed) as e:
        app.login("clerk", "qingshan-pw7", "V1-PC")
    assert "锁定" in e.value.message
    clock.advance(minutes=14)
    with pytest.raises(AuthenticationFailed):
        app.login("clerk", "qingshan-pw7", "V1-PC")
    clock.advance(minutes=2)
    assert app.login("clerk", "qingshan-pw7", "V1-PC").operator == "clerk"
    with pytest.raises(AuthenticationFailed):
        app.login("nobody", "x", "V1-PC")
    township.projector.catch_up()
    trail = AuditQuery(township.engine)
    sentences = [r.summary for r in trail.rows(trail.ids(AuditFilter())).values()]
    assert sum("clerk 登录失败" in s for s in sentences) == 7
    assert any("锁定至" in s for s in sentences)
    assert any(s == "clerk 登录" for s in sentences)
    assert any(s == "以未登记的用户名登录失败" for s in sentences)
    assert not any("nobody" in s for s in sentences)  # a typed name that is no operator is not kept


def test_every_event_records_operator_workstation_and_doer(township: Store) -> None:
    app = township.app
    clerk = app.login("clerk", "qingshan-pw7", "V1-PC")
    app.roster.register_person(clerk, "P20", {"name": "代录", "unit_code": "V1"}, done_by="P2")
    township.projector.catch_up()
    trail = AuditQuery(township.engine)
    row = next(r for r in trail.rows(trail.ids(AuditFilter(record="P20"))).values())
    assert (row.operator, row.workstation, row.done_by, row.unit_code) == ("clerk", "V1-PC", "P2", "V1")
    assert row.summary.startswith("登记人员 P20")


def test_corrections_link_to_what_they_correct(township: Store, admin: Actor) -> None:
    app = township.app
    app.correct_record(admin, "household", "H2", {"head_name": "李晓河"}, "户主姓名错字")
    with pytest.raises(RuleViolation) as e:
        app.correct_record(admin, "household", "H404", {"head_name": "甲"}, "不存在")
    assert code_of(e) == "R-G6"
    app.void_record(admin, "household", "H2", "重复登记")
    with pytest.raises(RuleViolation) as e:
        app.void_record(admin, "household", "H2", "再作废")
    assert code_of(e) == "R-G6"
    township.projector.catch_up()
    trail = AuditQuery(township.engine)
    rows = sorted(trail.rows(trail.ids(AuditFilter(record="H2"))).values(), key=lambda r: r.notification_id)
    registered, corrected, voided = rows
    assert corrected.corrects == registered.notification_id
    assert voided.corrects == corrected.notification_id
    assert RosterQuery(township.engine).household_ids(RosterFilter(text="H2")) == []


def test_events_table_refuses_update_and_delete(township: Store) -> None:
    table = township.events_table
    for statement in (f"UPDATE {table} SET topic = 'x'", f"DELETE FROM {table}"):
        with pytest.raises(Exception, match="append-only"), township.engine.begin() as conn:
            conn.execute(text(statement))
    with township.engine.connect() as conn:
        assert (
            conn.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar()
            == township.app.recorder.max_notification_id()
        )


def _tamper(store: Store, notification_id: int) -> None:
    """Alters one stored event behind the triggers' back, as an intruder with DDL rights could."""
    t = store.events_table
    with store.engine.begin() as conn:
        if store.location.kind == "sqlite":
            conn.execute(text(f"DROP TRIGGER {t}_no_update"))
            conn.execute(
                text(
                    f"UPDATE {t} SET state = CAST(REPLACE(CAST(state AS TEXT), '\"V1\"', '\"V9\"') AS BLOB) "
                    f"WHERE rowid = {notification_id}"
                )
            )
        else:
            conn.execute(text(f"ALTER TABLE {t} DISABLE TRIGGER {t}_append_only"))
            conn.execute(
                text(
                    f"UPDATE {t} SET state = convert_to(replace(convert_from(state, 'UTF8'), '\"V1\"', '\"V9\"'), "
                    f"'UTF8') WHERE notification_id = {notification_id}"
                )
            )
            conn.execute(text(f"ALTER TABLE {t} ENABLE TRIGGER {t}_append_only"))


def test_verify_names_the_altered_notification(township: Store) -> None:
    assert verify(township.app.recorder, township.engine).ok
    trail = AuditQuery(township.engine)
    target = trail.ids(AuditFilter(record="H2"))[0]
    _tamper(township, target)
    result = verify(township.app.recorder, township.engine)
    assert not result.ok
    assert result.first_bad == target
    assert result.checked == target - 1 or result.checked < target


def snapshot(store: Store) -> dict[str, list[tuple[object, ...]]]:
    out = {}
    with store.engine.connect() as conn:
        for table in metadata.sorted_tables:
            cols = [c for c in table.columns if c.name != "row_id"]
            rows = conn.execute(select(*cols)).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
    return out


def test_rebuilt_equals_live_for_every_projection(township: Store, admin: Actor, clock: FixedClock) -> None:
    app = township.app
    clock.advance(days=2)
    app.roster.change_unit(admin, "S1", {"kind": "医院"}, clock.today())
    app.roster.change_person(admin, "P3", {"unit_code": "V2", "party_member": True}, clock.today())
    app.roster.tag_household(admin, "H2", "上访户", clock.today(), "来访登记")
    app.roster.tag_household(admin, "H1", "特困户", clock.today(), "已脱困", add=False)
    app.amend_parameter(admin, "min_attendance", "35", "镇党委会议决定")
    app.roster.retire_person(admin, "P1", clock.today(), "调离")
    township.projector.catch_up()
    live = snapshot(township)
    for projection in township.projector.projections:
        township.projector.rebuild([projection.name])
        assert snapshot(township) == live, projection.name
    assert live["roster_people"] and live["audit_log"] and live["hash_chain"]


def test_roster_as_of_a_past_notification(township: Store, admin: Actor, clock: FixedClock) -> None:
    app = township.app
    before = township.app.recorder.max_notification_id()
    clock.advance(days=1)
    app.roster.change_person(admin, "P3", {"name": "孙改名"}, clock.today())
    app.roster.tag_household(admin, "H2", "上访户", clock.today() - timedelta(days=1), "来访登记")
    township.projector.catch_up()
    q = RosterQuery(township.engine)
    now_rows = q.people_rows(q.people_ids(RosterFilter(text="P3")))
    then_rows = q.people_rows(q.people_ids(RosterFilter(text="P3", up_to=before)))
    assert [r.name for r in now_rows.values()] == ["孙改名"]
    assert [r.name for r in then_rows.values()] == ["孙群众"]
    assert q.tags_for(["H2"], None, clock.today()) == {"H2": ["上访户"]}
    assert q.tags_for(["H2"], before, clock.today()) == {}
    with township.engine.connect() as conn:
        assert conn.execute(select(people.c.quota_role).where(people.c.code == "P2")).scalar() == "分工干部"


def test_the_hash_chain_is_protected_like_the_events(township: Store) -> None:
    for statement in ("UPDATE hash_chain SET link = 'x'", "DELETE FROM hash_chain"):
        with pytest.raises(Exception, match="append-only"), township.engine.begin() as conn:
            conn.execute(text(statement))
    township.projector.rebuild()  # every read model but the chain, which is evidence
    assert verify(township.app.recorder, township.engine).ok


def test_a_dropped_trigger_is_reported_not_recreated(township: Store, db_url: str) -> None:
    from projections.store import open_store

    with township.engine.begin() as conn:
        if township.location.kind == "sqlite":
            conn.execute(text("DROP TRIGGER hash_chain_no_delete"))
        else:
            conn.execute(text("ALTER TABLE hash_chain DISABLE TRIGGER hash_chain_append_only"))
    again = open_store(db_url)
    try:
        assert any("hash_chain" in w and "触发器" in w for w in again.tampering)
    finally:
        again.close()
    still = open_store(db_url)  # opening again did not quietly put it back
    try:
        assert still.tampering
    finally:
        still.close()


def test_time_the_store_can_trust(township: Store, admin: Actor) -> None:
    """A workstation clock set back is refused (SQLite: before the last stored event; PostgreSQL: off the
    server's clock); on PostgreSQL "recorded at" is the server's time."""
    from datetime import UTC, datetime

    from projections.store import StoreClock, StoreError

    last = township.app.clock.now()
    behind = StoreClock(township, FixedClock(last - timedelta(hours=3)))
    if township.location.kind == "sqlite":
        with pytest.raises(StoreError, match="校准本机"):
            behind.now()
        assert StoreClock(township, FixedClock(last + timedelta(minutes=1))).now() >= last
    else:
        real = StoreClock(township, FixedClock(datetime.now(UTC)))
        assert abs((real.now() - datetime.now(UTC)).total_seconds()) < 60  # the server's clock
        with pytest.raises(StoreError, match="数据库服务器的时间"):
            StoreClock(township, FixedClock(datetime.now(UTC) - timedelta(days=30))).now()


def test_sessions_are_checked_as_stored_now_and_passwords_have_a_policy(
    township: Store, admin: Actor
) -> None:
    app = township.app
    clerk = app.login("clerk", "qingshan-pw7", "V1-PC")
    app.roster.register_household(clerk, "H7", {"head_name": "周七", "village_code": "V1"}, [])
    app.disable_operator(admin, "clerk", "调岗")
    with pytest.raises(AuthenticationFailed, match="已停用"):  # refused at once, mid-session
        app.roster.register_household(clerk, "H8", {"head_name": "吴八", "village_code": "V1"}, [])
    forged = Actor(operator="ducha", role="学教办管理员", workstation="X")  # a supervisor claiming admin
    with pytest.raises(AuthenticationFailed, match="角色或录入范围已变更"):
        app.roster.register_household(forged, "H9", {"head_name": "郑九", "village_code": "V1"}, [])
    for bad, why in (
        ("123456", "至少 8 位"),
        ("        ", "同一个字符"),
        ("newclerk-2026", "登录名"),
        ("12345678", "最常见"),
    ):
        message = rejects("R-F2", app.create_operator, admin, "newclerk", "新录入员", "录入员", ["V1"], bad)
        assert why in message
    app.create_operator(admin, "newclerk", "新录入员", "录入员", ["V1"], "shiqiao-2026!")


def test_records_another_workstation_changed_are_read_fresh(
    village: Store, admin: Actor, db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each workstation keeps the records it read in memory; once another workstation changes one, the next
    look here reads it as stored now (a cadre retired elsewhere cannot be named in a visit here). A save on
    a record that moved on before this workstation looked is refused in words and looks again at once."""
    import domain.service
    from domain.errors import ConcurrentChange
    from projections.store import open_store

    other = open_store(db_url, village.app.clock)
    try:
        here = village.app
        monkeypatch.setattr(domain.service, "FOLLOW_EVERY", 0.0)  # look at every read
        here.visits.record_visit(
            admin, "H1", date(2026, 10, 21), ["C1"], {"note": "first"}
        )  # C1 now cached here
        elsewhere = other.app.login("admin", "secret-1", "OTHER-PC")
        other.app.roster.retire_person(elsewhere, "C1", date(2026, 10, 22), "调离")
        with pytest.raises(RuleViolation, match="R-G4"):
            here.visits.record_visit(admin, "H2", date(2026, 10, 22), ["C1"], {"note": "after"})

        # a record looked for in vain here, then made elsewhere, is found at the next look
        assert here.visits.visit("H3-1021") is None and here.visits.visit("H3-1021") is None
        made = other.app.visits.record_visit(elsewhere, "H3", date(2026, 10, 21), ["C2"], {"note": "x"})
        assert made == "H3-1021" and here.visits.visit(made) is not None

        code = here.visits.record_visit(admin, "H3", date(2026, 10, 22), ["C2"], {"note": "v"})  # cached here
        here.visits.visit(code)
        monkeypatch.setattr(domain.service, "FOLLOW_EVERY", 3600.0)  # this workstation does not look
        other.app.visits.void_visit(elsewhere, code, "录错", with_concerns=False)
        with pytest.raises(ConcurrentChange):  # the store refuses the stale save: nothing stored twice
            here.visits.void_visit(admin, code, "再次作废", with_concerns=False)
        with pytest.raises(RuleViolation, match="已作废"):  # and looked again: it is voided, said in words
            here.visits.void_visit(admin, code, "再次作废", with_concerns=False)
    finally:
        other.close()
