"""Direct rating, research articles and exemplary practice on SQLite and PostgreSQL (R-R, R-A, R-E)."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

import pytest

from domain.base import Actor
from domain.clock import FixedClock
from domain.errors import DomainError
from domain.ratings import RatingRound
from projections.articles import ArticleQuery
from projections.ratings import RatingQuery
from projections.store import Store
from tests.helpers import rejects

D = date(2026, 10, 21)


def test_ballots_r_r1_r_r2_and_results_r_r4(cadres: Store, admin: Actor, clock: FixedClock) -> None:
    app = cadres.app
    rejects("R-R1", app.work.cast_ballot, admin, "R1", 1, {"C1": "满意", "C3": "满意"})  # not yet opened
    app.work.open_rating_round(admin, "R1", "V1", ["C1", "C3"], D)
    rejects("R-G7", app.work.open_rating_round, admin, "R1", "V1", ["C1"], D)
    app.work.cast_ballot(admin, "R1", 1, {"C1": "满意", "C3": "不满意"})
    rejects("R-R2", app.work.cast_ballot, admin, "R1", 1, {"C1": "满意", "C3": "满意"})  # number used
    rejects("R-R2", app.work.cast_ballot, admin, "R1", 2, {"C1": "满意"})  # C3 omitted
    rejects(
        "R-R2", app.work.cast_ballot, admin, "R1", 2, {"C1": "满意", "C3": "满意", "P2": "满意"}
    )  # not listed
    rejects("R-F2", app.work.cast_ballot, admin, "R1", 2, {"C1": "很好", "C3": "满意"})
    app.work.cast_ballot(admin, "R1", 2, {"C1": "基本满意", "C3": "弃权"})
    app.work.cast_ballot(admin, "R1", 3, {"C1": "不满意", "C3": "满意"})
    app.work.cast_ballot(admin, "R1", 4, {"C1": "满意", "C3": "满意"})
    app.work.void_ballot(admin, "R1", 4, "涂改无法辨认")
    rejects("R-G6", app.work.void_ballot, admin, "R1", 4, "再作废")
    rejects("R-G6", app.work.void_ballot, admin, "R1", 9, "无此票")
    app.work.close_rating_round(admin, "R1", D)
    rejects("R-R1", app.work.cast_ballot, admin, "R1", 5, {"C1": "满意", "C3": "满意"})  # closed
    cadres.projector.catch_up()
    query = RatingQuery(cadres.engine)
    [round_row] = query.rounds()
    assert (round_row.ballots, round_row.voided, round_row.closed_on) == (3, 1, D)
    results = {r.cadre: r for r in query.results("R1")}
    assert results["C1"].counts == {"满意": 1, "基本满意": 1, "不满意": 1, "弃权": 0}
    assert results["C1"].rate == pytest.approx(2 / 3) and results["C1"].valid == 3
    assert results["C3"].rate == pytest.approx(1 / 2)  # 弃权 is left out of the denominator
    assert results == {r.cadre: r for r in count_from_events(cadres, "R1")}


def count_from_events(store: Store, code: str) -> list[object]:
    """The results recomputed straight from the stored events."""
    from projections.ratings import CadreResult

    ballots: dict[int, dict[str, str]] = {}
    listed: list[str] = []
    for n in store.app.recorder.select_notifications(start=1, limit=10**6):
        e = store.app.mapper.to_domain_event(n)
        if isinstance(e, RatingRound.Opened) and e.code == code:
            listed = e.cadres
        elif isinstance(e, RatingRound.BallotCast):
            ballots[e.number] = e.marks
        elif isinstance(e, RatingRound.BallotVoided):
            del ballots[e.number]
    names = {"C1": "青山村主任", "C3": "青山村会计"}
    out = []
    for cadre in listed:
        counts = Counter(b[cadre] for b in ballots.values())
        out.append(
            CadreResult(
                cadre,
                names[cadre],
                {m: counts.get(m, 0) for m in ("满意", "基本满意", "不满意", "弃权")},
                len(ballots),
            )
        )
    return out


def test_articles_r_a1_r_a2_r_a3(cadres: Store, admin: Actor, clock: FixedClock) -> None:
    app = cadres.app
    rejects(
        "R-S3",
        app.work.set_research_topic,
        cadres.app.login("clerk", "qingshan-pw7", "PC"),
        "T1",
        "产业",
        D,
        "P1",
    )
    app.work.set_research_topic(admin, "T1", "山区产业发展调研", D, "P1")
    rejects("R-A1", app.work.submit_article, admin, "P1", "产业调研报告", D)  # a leader names a topic
    rejects("R-A1", app.work.submit_article, admin, "P1", "产业调研报告", D, "T9")
    first = app.work.submit_article(admin, "P1", "产业调研报告", D, "T1", "报告.docx", b"version one")
    assert first == []
    clock.set(datetime(2026, 11, 12, 9))
    late = app.work.submit_article(
        admin, "P1", "产业调研报告(修改稿)", date(2026, 11, 11), "T1", "报告.docx", b"v2"
    )
    assert [c for c, _ in late] == ["R-A2"]
    app.work.submit_article(
        admin, "C1", "村务公开调研", date(2026, 11, 11), "", "a.docx", b"version one"
    )  # voluntary
    cadres.projector.catch_up()
    register = {r.code: r for r in ArticleQuery(cadres.engine).register()}
    assert (register["P1"].status, register["P1"].versions, register["P1"].last_title) == (
        "已提交",
        2,
        "产业调研报告(修改稿)",
    )
    assert register["C1"].required is False and register["C1"].status == "迟交"
    stored = app.work.stored_file(register["P1"].sha256)
    assert stored is not None and stored.data() == b"v2"
    with cadres.engine.connect() as conn:
        files = conn.exec_driver_sql(
            "SELECT count(*) FROM audit_log WHERE event_type = 'StoredFile.Stored'"
        ).scalar()
    assert files == 2  # b"version one" was stored once for two authors


def test_an_article_version_corrected_and_voided(cadres: Store, admin: Actor, clock: FixedClock) -> None:
    """更正 a version's title or date (with a reason; R-A1 and the date rules still hold; R-A2 judged on the
    corrected date) and 作废 one recorded by mistake; the register shows each as it stood at any moment."""
    from projections.audit import AuditFilter, AuditQuery

    app = cadres.app
    app.work.set_research_topic(admin, "T1", "山区产业发展调研", D, "P1")
    app.work.submit_article(admin, "P1", "产业调研报吿", D, "T1", "报告.docx", b"v1")
    clock.set(datetime(2026, 11, 12, 9))
    app.work.submit_article(admin, "P1", "重复录入", date(2026, 11, 11), "T1", "报告.docx", b"v1")
    cadres.projector.catch_up()
    before = AuditQuery(cadres.engine).notification_at(datetime(2026, 11, 12, 10).astimezone())
    rejects("R-G6", app.work.correct_article, admin, "P1", 1, {"title": "产业调研报告"}, "")  # no reason
    rejects("R-G6", app.work.correct_article, admin, "P1", 3, {"title": "产业调研报告"}, "错字")  # no 3rd
    rejects("R-A1", app.work.correct_article, admin, "P1", 1, {"topic": ""}, "去掉课题")  # a leader's topic
    rejects("R-G1", app.work.correct_article, admin, "P1", 1, {"on": date(2026, 12, 1)}, "日期")  # future
    assert app.work.correct_article(admin, "P1", 1, {"title": "产业调研报告"}, "错字") == []
    app.work.void_article(admin, "P1", 2, "重复录入")
    rejects("R-G6", app.work.void_article, admin, "P1", 2, "再次作废")
    rejects("R-G6", app.work.correct_article, admin, "P1", 2, {"title": "x"}, "已作废")
    cadres.projector.catch_up()
    query = ArticleQuery(cadres.engine)
    now = {r.code: r for r in query.register()}["P1"]
    assert (now.versions, now.last_title, now.status) == (1, "产业调研报告", "已提交")
    then = {r.code: r for r in query.register(before)}["P1"]
    assert (then.versions, then.last_title) == (2, "重复录入")
    trail = AuditQuery(cadres.engine)
    texts = [r.summary for r in trail.rows(trail.ids(AuditFilter(text="版调研文章"))).values()]
    assert sorted(texts) == [
        "作废 P1 的第 2 版调研文章(原因:重复录入)",
        "更正 P1 的第 1 版调研文章:题目改为产业调研报告(原因:错字)",
    ]
    live = [(r.code, r.versions, r.last_title, r.status) for r in query.register()]
    cadres.projector.rebuild()
    assert [(r.code, r.versions, r.last_title, r.status) for r in query.register()] == live


def test_exemplars_r_e1(cadres: Store, admin: Actor) -> None:
    app = cadres.app
    rejects("R-E1", app.work.nominate_exemplar, admin, "E1", D, "走访", "H1-1021", "一户一策")
    code = app.visits.record_visit(admin, "H1", D, ["C1"], {"help": "一户一策帮扶"})
    app.work.nominate_exemplar(admin, "E1", D, "走访", code, "一户一策帮扶特困户")
    rejects("R-G7", app.work.nominate_exemplar, admin, "E1", D, "走访", code, "重复")
    rejects("R-F2", app.work.nominate_exemplar, admin, "E2", D, "会议", code, "x")
    rejects("R-E1", app.work.report_exemplar, admin, "E9", D)
    app.work.report_exemplar(admin, "E1", D)
    rejects("R-E1", app.work.report_exemplar, admin, "E1", D)  # reported twice
    cadres.projector.catch_up()
    [row] = ArticleQuery(cadres.engine).exemplars()
    assert (row.record_code, row.reported_on) == (code, D)


def test_turnout_and_the_cadre_evaluation_sheet_r_r5(cadres: Store, admin: Actor, clock: FixedClock) -> None:
    app = cadres.app
    rejects("R-F2", app.work.open_rating_round, admin, "R1", "V1", ["C1", "C3"], D, -3)
    app.work.open_rating_round(admin, "R1", "V1", ["C1", "C3"], D, 4)  # 应到人数: four residents invited
    app.work.cast_ballot(admin, "R1", 1, {"C1": "满意", "C3": "不满意"})
    app.work.cast_ballot(admin, "R1", 2, {"C1": "基本满意", "C3": "满意"})
    app.work.cast_ballot(admin, "R1", 3, {"C1": "不满意", "C3": "满意"})
    app.work.void_ballot(admin, "R1", 3, "涂改")
    app.visits.record_visit(admin, "H1", D, ["C1"])
    app.work.close_rating_round(admin, "R1", D)
    cadres.projector.catch_up()
    query = RatingQuery(cadres.engine)
    [round_row] = query.rounds()
    assert round_row.turnout == pytest.approx(2 / 4)  # valid ballots / residents invited
    sheet = {r.code: r for r in query.evaluation()}
    assert set(sheet) == {"C1", "C3"}
    assert sheet["C1"].rate == pytest.approx(1.0) and sheet["C1"].turnout == pytest.approx(0.5)
    assert (sheet["C1"].visits, sheet["C3"].visits) == (1, 0)


def test_an_exemplar_corrected_and_another_voided_with_reasons(cadres: Store, admin: Actor) -> None:
    """典型经验 like every record: a typing mistake corrected, one nominated by mistake voided, both kept."""
    from projections.articles import ArticleQuery
    from projections.audit import AuditFilter, AuditQuery
    from tests.test_store import snapshot

    app = cadres.app
    app.roster.register_household(admin, "H8", {"head_name": "吴八", "village_code": "V1"})
    visit = app.visits.record_visit(admin, "H8", date(2026, 10, 21), ["C1"], {"situation": "种养大户"})
    app.work.nominate_exemplar(admin, "E1", date(2026, 10, 22), "走访", visit, "产业帮扶的做法")
    app.work.nominate_exemplar(admin, "E2", date(2026, 10, 22), "走访", visit, "误推荐")
    app.correct_record(admin, "exemplar", "E1", {"summary": "产业帮扶带动增收的做法"}, "错字")
    app.void_record(admin, "exemplar", "E2", "推荐错了")
    with pytest.raises(DomainError):
        app.work.report_exemplar(admin, "E2", date(2026, 10, 22))  # a voided one is not reported
    cadres.projector.catch_up()
    rows = ArticleQuery(cadres.engine).exemplars()
    assert [(r.code, r.summary) for r in rows] == [("E1", "产业帮扶带动增收的做法")]
    trail = AuditQuery(cadres.engine)
    said = [r.summary for r in trail.rows(trail.ids(AuditFilter(record="E2"))).values()]
    assert any("作废典型经验 E2" in s and "推荐错了" in s for s in said)
    live = snapshot(cadres)
    cadres.projector.rebuild(["articles"])
    assert snapshot(cadres) == live
