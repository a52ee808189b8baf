"""Units' own work (R-U1…R-U4) and publicity (R-P1) on SQLite and PostgreSQL: the kinds each unit records,
promises kept or overdue, schools' opinion gathering whose opinions are concerns placed at the school,
villages without publicity — in the findings, live and rebuilt."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt

from domain.base import Actor
from domain.clock import FixedClock
from projections.concerns import ConcernQuery
from projections.findings import FindingFilter, FindingsQuery
from projections.store import Store
from projections.unit_work import UnitWorkQuery
from tests.helpers import rejects
from tests.test_store import snapshot


def test_units_own_work_and_publicity(township: Store, admin: Actor, clock: FixedClock) -> None:
    app = township.app
    app.roster.register_unit(admin, "D1", "派出所", "双管单位", "G")
    rejects(
        "R-U1", app.unit_work.register_unit_work, admin, "W0", "D1", "征求意见", date(2026, 10, 21), "开放日"
    )
    rejects(
        "R-U1", app.unit_work.register_unit_work, admin, "W0", "K1", "实事", date(2026, 10, 21), "科室不登记"
    )
    app.unit_work.register_unit_work(
        admin, "W1", "D1", "承诺服务", date(2026, 10, 21), "户籍业务三日办结", promised_on=date(2026, 10, 24)
    )
    app.unit_work.register_unit_work(
        admin, "W2", "D1", "一站式服务", date(2026, 10, 21), "证照一窗通办", promised_on=date(2026, 11, 30)
    )
    rejects("R-G7", app.unit_work.register_unit_work, admin, "W1", "D1", "实事", date(2026, 10, 21), "重号")
    rejects("R-U3", app.unit_work.fulfil_unit_work, admin, "W9", date(2026, 10, 22), "无此项")
    rejects("R-U3", app.unit_work.fulfil_unit_work, admin, "W2", date(2026, 10, 20), "早于登记")
    app.unit_work.fulfil_unit_work(admin, "W2", date(2026, 10, 22), "已设综合窗口")
    rejects("R-U3", app.unit_work.fulfil_unit_work, admin, "W2", date(2026, 10, 22), "再兑现")
    # a school's opinion gathering: the opinions raised there are concerns placed at the school (R-U4, R-Q2)
    app.unit_work.register_unit_work(
        admin, "W3", "S1", "征求意见", date(2026, 10, 22), "家长座谈会", attendance=40
    )
    app.concerns.raise_concern(
        admin,
        "Q-S1",
        date(2026, 10, 22),
        {
            "source": "征求意见",
            "source_ref": "W3",
            "resident": "家长",
            "village_code": "S1",
            "content": "校门口交通拥堵",
        },
    )
    said = rejects(  # raised at the gathering: placed at the school that held it, not elsewhere
        "R-F2",
        app.concerns.raise_concern,
        admin,
        "Q-S3",
        date(2026, 10, 22),
        {
            "source": "征求意见",
            "source_ref": "W3",
            "resident": "家长",
            "village_code": "V1",
            "content": "路灯",
        },
    )
    assert "由S1举办" in said
    rejects(
        "R-Q2",
        app.concerns.raise_concern,
        admin,
        "Q-S2",
        date(2026, 10, 22),
        {
            "source": "征求意见",
            "source_ref": "W1",
            "resident": "家长",
            "village_code": "D1",
            "content": "不是征求意见",
        },
    )
    clock.set(datetime(2026, 10, 26, 9))
    app.unit_work.report_publicity(admin, "X1", "V1", date(2026, 10, 23), "公开栏", "走进群众活动公示")
    rejects(
        "R-F2", app.unit_work.report_publicity, admin, "X2", "V2", date(2026, 10, 23), "微信群", "渠道不对"
    )
    township.projector.catch_up()
    query = UnitWorkQuery(township.engine)
    status = {r.code: r.status(date(2026, 10, 26)) for r in query.items()}
    assert status == {"W1": "逾期未兑现", "W2": "已兑现", "W3": "已办"}
    concern = ConcernQuery(township.engine).find("Q-S1")
    assert concern is not None and concern.village_code == "S1"
    found = FindingsQuery(township.engine).findings(date(2026, 10, 26), f=FindingFilter(rule="R-"))
    rules = {(f.rule, f.unit_code) for f in found if f.rule in ("R-U2", "R-U4", "R-P1")}
    assert ("R-U2", "D1") in rules and ("R-P1", "V2") in rules
    assert ("R-P1", "V1") not in rules and ("R-U4", "S1") not in rules
    from projections.audit import AuditFilter, AuditQuery

    audit = AuditQuery(township.engine)
    said = {
        r.record_code: (r.summary, r.summary_en)
        for r in audit.rows(audit.ids(AuditFilter(unit_code="V1"))).values()
    }
    assert said["X1"] == (
        "V1 宣传报道 X1(2026-10-23,公开栏):《走进群众活动公示》",
        "V1 publicity report X1 (2026-10-23, 公开栏): “走进群众活动公示”",
    )
    live = snapshot(township)
    township.projector.rebuild(["unit_work"])
    assert snapshot(township) == live


def test_import_sheets_for_units_own_work_and_publicity(
    township: Store, admin: Actor, tmp_path: object
) -> None:
    from pathlib import Path

    from openpyxl import Workbook

    from desk.importer import Importer
    from tests.test_cli import fill_book

    wb = Workbook()
    fill_book(
        wb,
        {
            "问题诉求": [
                ["问题编号", "事项", "日期", "来源", "来源记录", "反映人", "村居编码", "内容"],
                ["Q1", "登记", "2026-10-22", "征求意见", "W1", "学生家长", "S1", "食堂卫生"],
            ],
            "单位实事": [
                ["编号", "事项", "单位编码", "日期", "类别", "内容", "承诺时限", "结果", "参加人数"],
                ["W1", "登记", "S1", "2026-10-21", "征求意见", "开放日", "", "", 35],
                ["W2", "登记", "S1", "2026-10-21", "富民计划", "不对", "", "", ""],
                ["W1", "兑现", "S1", "2026-10-22", "", "", "", "意见已整改", ""],
            ],
            "宣传报道": [
                ["编号", "单位编码", "日期", "渠道", "标题", "链接或文件"],
                ["X1", "V1", "2026-10-21", "广播", "村广播宣传", ""],
            ],
        },
    )
    path = Path(str(tmp_path)) / "实事.xlsx"
    wb.save(path)
    report = Importer(township.app, admin).run(path)
    sheets = report.as_json()["sheets"]
    assert list(sheets) == ["单位实事", "问题诉求", "宣传报道"]  # 单位实事 before 问题诉求: the source exists
    assert sheets["单位实事"]["accepted"] == [2, 4] and sheets["单位实事"]["rejected"][0]["rule"] == "R-U1"
    assert sheets["问题诉求"]["accepted"] == [2] and sheets["宣传报道"]["accepted"] == [2]


def test_the_page_keeps_the_selected_record_and_fills_tables_unsorted(
    township: Store, admin: Actor, qtbot: object
) -> None:
    from desk.gui.operations import Operations
    from desk.gui.unit_work import UnitWorkPage

    app = township.app
    app.roster.register_unit(admin, "D1", "派出所", "双管单位", "G")
    for n, content in enumerate(("丙项", "甲项", "乙项"), start=1):
        app.unit_work.register_unit_work(admin, f"W{n}", "D1", "实事", date(2026, 10, 21), content)
    township.projector.catch_up()
    page = UnitWorkPage(Operations(township), admin)
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.register_table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # by content: rows move
    rows = {
        page.register_table.item(r, 0).text(): page.register_table.item(r, 4).text()  # type: ignore[union-attr]
        for r in range(page.register_table.rowCount())
    }
    assert rows == {"W1": "丙项", "W2": "甲项", "W3": "乙项"}  # every row under its own code
    page._reselect(page.register_table, "W3")
    page.refresh()
    assert page._code_of(page.register_table) == "W3"
