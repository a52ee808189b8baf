"""The command line end to end: init, import with its report and exit codes, export, verify, rebuild."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from desk.cli import main
from desk.importer import Importer
from domain.clock import FixedClock
from projections.keys import KeyRing, keys_path
from projections.store import Store, open_store


def fill_book(wb: Workbook, sheets: dict[str, list[list[object]]]) -> None:
    """One worksheet per entry, in the given order, rows as given (the first is the header)."""
    first = True
    for name, rows in sheets.items():
        ws = wb.active if first else wb.create_sheet(name)
        assert ws is not None
        ws.title = name
        first = False
        for row in rows:
            ws.append(row)


def workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "农户"  # deliberately before 单位: sheets run in the spec's order, not the file's
    ws.append(["户编号", "户主姓名", "村居编码", "村民小组", "人口", "五必访", "多余的列"])
    ws.append(["H001", "张大山", "V01", "1组", 4, "特困户、上访户", "x"])
    ws.append(["H002", "", "V01", "2组", 3, "", ""])  # R-F1
    ws.append(["H003", "王五", "V99", "2组", 3, "", ""])  # R-G4
    ws.append(["H001", "张二山", "V01", "1组", 2, "", ""])  # R-G7
    ws.append(["H004", "赵六", "V01", "3组", "三口", "", ""])  # R-F2
    ws.append(["H005", "钱七", "V01", "3组", 2, "孤寡户", ""])  # R-F2
    units = wb.create_sheet("单位")
    units.append(["单位编码", "单位名称", "类别", "上级单位编码"])
    units.append(["G01", "青山镇党委政府", "镇党委政府", ""])
    units.append(["V01", "青山村", "村", "G01"])
    units.append(["V02", "石桥村", "村庄", "G01"])  # R-F2
    people = wb.create_sheet("人员")
    people.append(["人员编号", "姓名", "单位编码", "身份", "党员", "困难党员", "分工村居编码", "户编号"])
    people.append(["P001", "李书记", "G01", "党政负责人", "是", "否", "", ""])
    people.append(["P002", "周干部", "G01", "分工村街居干部", "是", "", "", ""])  # R-F1: no village
    people.append(["P003", "吴群众", "V01", "群众", "否", "是", "", "H001"])  # R-F2: 困难党员 must be 党员
    people.append(["P004", "郑党员", "V01", "", "是", "是", "", "H009"])  # R-G4: household
    people.append(["P005", "冯党员", "V01", "", "也许", "", "", ""])  # R-F2
    tags = wb.create_sheet("五必访标签")
    tags.append(["户编号", "操作", "类别", "日期", "原因"])
    tags.append(["H001", "减", "上访户", date.today().strftime("%Y/%m/%d"), "已化解"])
    tags.append(["H001", "加", "空巢老人", "2026年10月2日", "子女外出"])  # R-G3 flag (back-filled)
    tags.append(["H001", "加", "空巢老人", "2099-01-01", "未来"])  # R-G1
    tags.append(["H404", "加", "特困户", "2026-10-21", "无此户"])  # R-G4
    wb.save(path)
    return path


def _opened(db: str, clock: FixedClock) -> Store:
    """The encrypted store `desk init` made, opened with the key the administrator's password unwraps."""
    key = KeyRing(keys_path(Path(db))).unlock("admin", "xjb-secret-9")
    return open_store(db, clock, create=False, store_key=key)


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DESK_PASSWORD", "xjb-secret-9")
    monkeypatch.setenv("DESK_USER", "admin")  # opens the encrypted store for commands without --user
    db = str(tmp_path / "cli.db")
    assert main(["init", "--db", db, "--year", "2026", "--township", "青山镇", "--admin", "admin"]) == 0
    return db


def test_import_reports_each_row(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    book = workbook(tmp_path / "花名册.xlsx")
    report_path = tmp_path / "report.json"
    status = main(["--db", db, "import", str(book), "--user", "admin", "--report", str(report_path)])
    assert status == 1
    report = json.loads(report_path.read_text("utf-8"))
    sheets = report["sheets"]
    assert list(sheets) == [
        "单位",
        "农户",
        "人员",
        "五必访标签",
    ]  # a 人员 row may name a household of this workbook
    assert sheets["单位"]["accepted"] == [2, 3]
    assert [(r["row"], r["rule"]) for r in sheets["单位"]["rejected"]] == [(4, "R-F2")]
    assert sheets["人员"]["accepted"] == [2]
    assert [(r["row"], r["rule"]) for r in sheets["人员"]["rejected"]] == [
        (3, "R-F1"),
        (4, "R-F2"),
        (5, "R-G4"),
        (6, "R-F2"),
    ]
    assert sheets["农户"]["accepted"] == [2]
    assert [(r["row"], r["rule"]) for r in sheets["农户"]["rejected"]] == [
        (3, "R-F1"),
        (4, "R-G4"),
        (5, "R-G7"),
        (6, "R-F2"),
        (7, "R-F2"),
    ]
    assert sheets["五必访标签"]["accepted"] == [2, 3]
    assert [(r["row"], r["rule"]) for r in sheets["五必访标签"]["flagged"]] == [(3, "R-G3")]
    assert [(r["row"], r["rule"]) for r in sheets["五必访标签"]["rejected"]] == [(4, "R-G1"), (5, "R-G4")]
    assert len(report["chain_head"]) == 64 and len(report["sha256"]) == 64
    assert all(r["message"] for s in sheets.values() for r in s["rejected"])
    # The same file again is refused unless --again.
    assert main(["--db", db, "import", str(book), "--user", "admin"]) == 2
    assert "已导入过" in capsys.readouterr().err


def test_unusable_input_is_one_line_and_exit_2(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "农户"
    ws.append(["户编号", "村居编码"])
    ws.append(["H1", "V1"])
    wb.save(tmp_path / "bad.xlsx")
    assert main(["import", str(tmp_path / "bad.xlsx"), "--db", db, "--user", "admin"]) == 2
    err = capsys.readouterr().err
    assert "户主姓名" in err and "Traceback" not in err
    (tmp_path / "x.xlsx").write_bytes(b"not a workbook")
    assert main(["import", str(tmp_path / "x.xlsx"), "--db", db, "--user", "admin"]) == 2
    assert main(["verify", "--db", str(tmp_path / "missing.db")]) == 2


def test_csv_in_gb18030(db: str, tmp_path: Path) -> None:
    path = tmp_path / "单位.csv"
    path.write_bytes("单位编码,单位名称,类别\nG01,青山镇党委政府,镇党委政府\n".encode("gb18030"))
    assert main(["import", str(path), "--sheet", "单位", "--db", db, "--user", "admin"]) == 0


def test_export_verify_rebuild(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    main(["--db", db, "import", str(workbook(tmp_path / "a.xlsx")), "--user", "admin"])
    out = tmp_path / "audit.xlsx"
    assert main(["export", "audit", "--db", db, "--out", str(out), "--user", "admin"]) == 0
    assert out.exists()
    assert main(["verify", "--db", db]) == 0
    assert main(["rebuild", "--db", db]) == 0
    assert main(["verify", "--db", db]) == 0
    text = capsys.readouterr().out
    assert "哈希链完好" in text and "重建" in text


def test_wrong_password_is_a_clear_line(
    db: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DESK_PASSWORD", "nope")
    assert main(["export", "audit", "--db", db, "--out", "x.csv", "--user", "admin"]) == 2
    assert "密码" in capsys.readouterr().err


def test_import_concerns_step_by_step(db: str, tmp_path: Path) -> None:
    """A 问题诉求 sheet of one row per step, with the roster it names, judged row by row."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "问题诉求"
    ws.append(
        [
            "问题编号",
            "事项",
            "日期",
            "来源",
            "来源记录",
            "反映人",
            "户编号",
            "村居编码",
            "类别",
            "内容",
            "承办单位编码",
            "承办人编号",
            "承诺时限",
            "办理人编号",
            "结果",
            "回访人编号",
        ]
    )
    rows = [
        ["Q1", "登记", "2026-11-21", "来访", "", "张大山", "H001", "V01", "基础设施", "村道坑洼"],  # 2 ok
        ["Q1", "办结", "2026-11-22", "", "", "", "", "", "", "", "", "", "", "P002", "已修补"],  # 3 R-Q1
        ["Q1", "交办", "2026-11-22", "", "", "", "", "", "", "", "K01", "P002", "2026-11-20"],  # 4 R-Q3
        ["Q1", "交办", "2026-11-22", "", "", "", "", "", "", "", "K01", "P002", "2026-11-25"],  # 5 ok
        ["Q1", "办结", "2026/11/24", "", "", "", "", "", "", "", "", "", "", "P002", "已修补"],  # 6 ok
        ["Q1", "回访", "2026-11-25", "", "", "", "", "", "", "", "", "", "", "", "满意", "P002"],  # 7 R-Q5
        ["Q1", "回访", "2026-11-25", "", "", "", "", "", "", "", "", "", "", "", "满意", "P001"],  # 8 ok
        ["Q1", "归档", "2026-11-25"],  # 9 ok
        ["Q1", "进展", "2026-11-26", "", "", "", "", "", "", "还在跟"],  # 10 R-Q1: closed
        ["Q2", "登记", "2026-11-21", "走访", "W001", "李四", "", "V01", "", "低保"],  # 11 R-Q2: no visit yet
        ["Q3", "登记", "2026-11-21", "", "", "王五", "", "V01", "", "宅基地"],  # 12 R-Q2: no source
        [
            "Q4",
            "登记",
            "2026年11月30日",
            "来访",
            "",
            "赵六",
            "",
            "V01",
            "",
            "医保",
        ],  # 13 R-G1 (today is 11-28)
        ["Q5", "登记", "2026-11-1", "座谈会", "V01", "钱七", "", "V01", "", "饮水"],  # 14 ok, R-G3 flag
        ["Q5", "重复", "2026-11-21", "", "Q1"],  # 15 ok
        ["Q1", "登记", "2026-11-21", "来访", "", "张大山", "", "V01", "", "又一件"],  # 16 R-G7
        ["Q6", "回复", "2026-11-21"],  # 17 R-F2: unknown step
        ["Q6", "登记", "昨天", "来访", "", "孙八", "", "V01", "", "x"],  # 18 R-F2: bad date
    ]
    for row in rows:
        ws.append(row)
    units = wb.create_sheet("单位")
    units.append(["单位编码", "单位名称", "类别", "上级单位编码"])
    units.append(["G01", "青山镇党委政府", "镇党委政府", ""])
    units.append(["K01", "党政办", "科室", "G01"])
    units.append(["V01", "青山村", "村", "G01"])
    people = wb.create_sheet("人员")
    people.append(["人员编号", "姓名", "单位编码", "身份"])
    people.append(["P001", "李书记", "G01", "党政负责人"])
    people.append(["P002", "周干事", "K01", "科室公务员"])
    households = wb.create_sheet("农户")
    households.append(["户编号", "户主姓名", "村居编码"])
    households.append(["H001", "张大山", "V01"])
    path = tmp_path / "问题.xlsx"
    wb.save(path)
    # today is fixed at 2026-11-28 so that R-G1 and R-G3 do not depend on the day the test runs
    store = _opened(db, FixedClock(datetime(2026, 11, 28, 10)))
    try:
        report = Importer(store.app, store.app.login("admin", "xjb-secret-9", "TEST")).run(path)
    finally:
        store.close()
    assert report.exit_status == 1
    sheet = report.as_json()["sheets"]["问题诉求"]
    assert sheet["accepted"] == [2, 5, 6, 8, 9, 14, 15]
    assert [(r["row"], r["rule"]) for r in sheet["rejected"]] == [
        (3, "R-Q1"),
        (4, "R-Q3"),
        (7, "R-Q5"),
        (10, "R-Q1"),
        (11, "R-Q2"),
        (12, "R-Q2"),
        (13, "R-G1"),
        (16, "R-G7"),
        (17, "R-F2"),
        (18, "R-F2"),
    ]
    assert [(r["row"], r["rule"]) for r in sheet["flagged"]] == [(14, "R-G3")]
    out = tmp_path / "concerns.xlsx"
    assert main(["export", "concerns", "--db", db, "--out", str(out), "--user", "admin"]) == 0
    from openpyxl import load_workbook

    exported = load_workbook(out).active
    assert exported is not None
    codes = [
        r[0] for r in exported.iter_rows(min_row=2, values_only=True) if r[0] and str(r[0]).startswith("Q")
    ]
    assert codes == ["Q1", "Q5"]


def test_import_pairings_contacts_and_talks(db: str, tmp_path: Path) -> None:
    """结对, 联系记录 and 谈心 sheets with the roster they name, judged row by row (R-C1…R-C6)."""
    wb = Workbook()
    sheets = {
        "单位": [
            ["单位编码", "单位名称", "类别", "上级单位编码"],
            ["G01", "政府", "镇党委政府", ""],
            ["X01", "学教办", "学教办", "G01"],
            ["K01", "党政办", "科室", "G01"],
            ["B01", "一支部", "机关支部", "G01"],
            ["V01", "青山村", "村", "G01"],
            ["V02", "石桥村", "村", "G01"],
            ["E01", "建材厂", "两新企业", "G01"],
        ],
        "人员": [
            ["人员编号", "姓名", "单位编码", "支部编码", "身份", "党员", "困难党员", "分工村居编码"],
            ["P01", "赵书记", "G01", "B01", "党政负责人", "是", "", ""],
            ["P02", "钱干部", "K01", "B01", "分工村街居干部", "是", "", "V01"],
            ["P03", "孙困难", "V01", "", "", "是", "是", ""],
            ["P04", "李困难", "V01", "", "", "是", "是", ""],
            ["P05", "周困难", "V02", "", "", "是", "是", ""],
            ["P06", "吴群众", "V01", "", "群众", "否", "", ""],
            ["P07", "郑党员", "K01", "B01", "", "是", "", ""],
        ],
        "结对": [
            ["干部编号", "对象类别", "对象编码", "安排单位编码", "结对日期", "上报日期"],
            ["P02", "困难党员", "P03", "V01", "2026-10-21", "2026-10-28"],  # 2 ok
            ["P02", "困难党员", "P05", "V01", "2026-10-21", ""],  # 3 R-C1: another village
            ["P02", "困难党员", "P04", "K01", "2026-10-21", ""],  # 4 R-C3: the village arranges
            ["P02", "困难党员", "P03", "V01", "2026-10-22", ""],  # 5 R-C2: twice
            ["P01", "村居", "V01", "X01", "2026-10-21", "2026-11-02"],  # 6 ok, R-C4 late
            ["P01", "企业", "E01", "X01", "2026-10-21", ""],  # 7 ok
            ["P01", "村居", "V02", "X01", "2026-10-22", ""],  # 8 R-C2: a second village
            ["P07", "群众", "P06", "B01", "2026-10-22", ""],  # 9 ok
            ["P07", "同学", "P06", "B01", "2026-10-22", ""],  # 10 R-F2
            ["P09", "群众", "P06", "B01", "2026-10-22", ""],  # 11 R-G4
            ["P02", "困难党员", "P04", "V01", "", ""],
        ],  # 12 R-F1: no date
        "联系记录": [
            ["干部编号", "对象编码", "联系日期", "方式", "内容", "反映问题"],
            ["P02", "P03", "2026-10-25", "上门", "了解生活", ""],  # 2 ok
            ["P02", "P04", "2026-10-25", "上门", "", ""],  # 3 R-C5: not paired
            ["P07", "P06", "2026-10-26", "电话", "问候", "屋后山体有滑坡隐患"],  # 4 ok + concern
            ["P07", "P06", "2026-10-26", "短信", "", ""],
        ],  # 5 R-F2
        "谈心": [
            ["干部编号", "对象编号", "谈心日期", "内容"],
            ["P02", "P03", "2026-10-26", "谈思想"],  # 2 ok
            ["P07", "P06", "2026-10-26", "谈心"],  # 3 R-C6: no talk duty
            ["P02", "P04", "2026-10-26", "谈心"],
        ],  # 4 R-C6: not paired
    }
    fill_book(wb, sheets)
    path = tmp_path / "结对.xlsx"
    wb.save(path)
    store = _opened(db, FixedClock(datetime(2026, 11, 3, 10)))
    try:
        report = (
            Importer(store.app, store.app.login("admin", "xjb-secret-9", "TEST"))
            .run(path)
            .as_json()["sheets"]
        )
        store.projector.catch_up()
        from projections.concerns import ConcernQuery

        concern = ConcernQuery(store.engine).find("P07-L1-Q")
    finally:
        store.close()
    assert report["结对"]["accepted"] == [2, 6, 7, 9]
    assert [(r["row"], r["rule"]) for r in report["结对"]["rejected"]] == [
        (3, "R-C1"),
        (4, "R-C3"),
        (5, "R-C2"),
        (8, "R-C2"),
        (10, "R-F2"),
        (11, "R-G4"),
        (12, "R-F1"),
    ]
    assert [(r["row"], r["rule"]) for r in report["结对"]["flagged"]] == [
        (2, "R-G3"),
        (6, "R-C4"),
        (6, "R-G3"),
        (7, "R-G3"),
        (9, "R-G3"),
    ]  # entered on 11-03: back-filled too
    assert report["联系记录"]["accepted"] == [2, 4]
    assert [(r["row"], r["rule"]) for r in report["联系记录"]["rejected"]] == [(3, "R-C5"), (5, "R-F2")]
    assert report["谈心"]["accepted"] == [2]
    assert [(r["row"], r["rule"]) for r in report["谈心"]["rejected"]] == [(3, "R-C6"), (4, "R-C6")]
    assert concern is not None and concern.source == "联系" and concern.content == "屋后山体有滑坡隐患"


def test_import_visits(db: str, tmp_path: Path) -> None:
    """A 走访记录 sheet with the roster and the tags it names, judged row by row; then the ledger export."""
    wb = Workbook()
    sheets = {
        "单位": [
            ["单位编码", "单位名称", "类别", "上级单位编码"],
            ["G01", "政府", "镇党委政府", ""],
            ["K01", "党政办", "科室", "G01"],
            ["V01", "青山村", "村", "G01"],
            ["V02", "石桥村", "村", "G01"],
        ],
        "人员": [
            ["人员编号", "姓名", "单位编码", "身份", "党员", "分工村居编码"],
            ["P01", "赵书记", "G01", "党政负责人", "是", ""],
            ["P02", "钱干部", "K01", "分工村街居干部", "是", "V01"],
            ["C01", "孙主任", "V01", "村街居干部", "是", ""],
            ["C02", "李主任", "V02", "村街居干部", "是", ""],
        ],
        "农户": [
            ["户编号", "户主姓名", "村居编码", "村民小组", "联系电话"],
            ["H01", "张大山", "V01", "1组", "139"],
            ["H02", "王小河", "V01", "2组", ""],
            ["H03", "刘石", "V02", "1组", ""],
        ],
        "走访记录": [
            ["走访编号", "户编号", "走访日期", "走访人编号", "家庭情况", "反映问题", "宣传政策", "帮扶措施"],
            [
                "W1",
                "H01",
                "2026-10-26",
                "C01、P01",
                "独居老人",
                "屋顶漏雨;想申请低保",
                "养老保险",
                "送米",
            ],  # 2
            ["W2", "H02", "2026/10/27", "P01", "", "", "", ""],  # 3 R-V3: the leader is not assigned to V01
            ["W3", "H03", "2026-10-27", "", "", "", "", ""],  # 4 R-V4: a visit without any visitor
            ["W1", "H02", "2026-10-27", "P02", "", "", "", ""],  # 5 R-G7
            ["", "H02", "2026-10-27", "P02", "务农", "", "", ""],  # 6 ok, a code is given
            ["W6", "H09", "2026-10-27", "C01", "", "", "", ""],  # 7 R-G4
            ["W7", "H03", "2026-10-10", "C02", "", "", "", ""],  # 8 R-G2: before the window
            ["W8", "H03", "27/10/2026", "C02", "", "", "", ""],  # 9 R-F2
            ["W9", "H03", "2026-10-20", "C02", "", "", "", ""],
        ],  # 10 ok, R-G3
    }
    fill_book(wb, sheets)
    path = tmp_path / "走访.xlsx"
    wb.save(path)
    store = _opened(db, FixedClock(datetime(2026, 10, 30, 10)))
    try:
        report = (
            Importer(store.app, store.app.login("admin", "xjb-secret-9", "TEST"))
            .run(path)
            .as_json()["sheets"]
        )
    finally:
        store.close()
    sheet = report["走访记录"]
    assert sheet["accepted"] == [2, 6, 10]
    assert [(r["row"], r["rule"]) for r in sheet["rejected"]] == [
        (3, "R-V3"),
        (4, "R-V4"),
        (5, "R-G7"),
        (7, "R-G4"),
        (8, "R-G2"),
        (9, "R-F2"),
    ]
    assert [(r["row"], r["rule"]) for r in sheet["flagged"]] == [(10, "R-G3")]
    out = tmp_path / "visits.xlsx"
    assert main(["export", "visits", "--db", db, "--out", str(out), "--user", "admin"]) == 0
    from openpyxl import load_workbook

    ws = load_workbook(out).active
    assert ws is not None
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][:4] == ("序号", "走访时间", "户主", "村民小组/地址")
    assert rows[1][2] == "刘石" and "补录" in (rows[1][9] or "")
    assert rows[2][2] == "张大山" and rows[2][6] == "屋顶漏雨;想申请低保" and rows[2][8] == "孙主任、赵书记"


def test_import_interview_days(db: str, tmp_path: Path) -> None:
    """A 访谈日 sheet, one row per step, judged row by row (R-I1…R-I7)."""
    wb = Workbook()
    sheets = {
        "单位": [
            ["单位编码", "单位名称", "类别", "上级单位编码"],
            ["G01", "政府", "镇党委政府", ""],
            ["K01", "党政办", "科室", "G01"],
            ["V01", "青山村", "村", "G01"],
            ["V02", "石桥村", "村", "G01"],
        ],
        "人员": [
            ["人员编号", "姓名", "单位编码", "身份", "党员"],
            ["P01", "赵书记", "G01", "党政负责人", "是"],
            ["P02", "钱干事", "K01", "科室公务员", "是"],
            ["C01", "孙主任", "V01", "村街居干部", "是"],
        ],
        "访谈日": [
            [
                "村居编码",
                "事项",
                "日期",
                "组别",
                "带队领导编号",
                "时间",
                "地点",
                "参加人员",
                "方式",
                "参加人数",
                "督查干部编号",
                "张贴地点",
            ],
            ["V01", "安排", "2026-11-03", 1, "P01", "上午9点", "村部", "", "", "", ""],  # 2 ok
            ["V02", "安排", "2026-11-08", 2, "P01", "上午9点", "村部", "", "", "", ""],  # 3 R-I1
            ["V02", "安排", "2026-11-03", 9, "P01", "上午9点", "村部", "", "", "", ""],  # 4 R-I2 group
            ["V02", "安排", "2026-11-04", 2, "C01", "上午9点", "村部", "", "", "", ""],  # 5 R-I2 leader
            ["V01", "征求意见", "2026-10-26", "", "", "", "", "", "座谈会", 20, ""],  # 6 ok
            ["V01", "督查对接", "2026-10-27", "", "", "", "", "", "", "", "C01"],  # 7 R-I4: not organ
            ["V01", "督查对接", "2026-10-27", "", "", "", "", "", "", "", "P02"],  # 8 ok
            [
                "V01",
                "张贴预告",
                "2026-10-30",
                "",
                "",
                "上午9点",
                "村部",
                "全体村民",
                "",
                "",
                "",
                "村口",
            ],  # 9 R-I5 late
            [
                "V01",
                "张贴预告",
                "2026-10-29",
                "",
                "",
                "",
                "",
                "全体村民",
                "",
                "",
                "",
                "村口",
            ],  # 10 R-I5 blanks
            ["V01", "召开", "2026-11-03", "", "", "", "", "", "", 40, ""],  # 11 R-I6 no notice
            [
                "V01",
                "张贴预告",
                "2026-10-29",
                "",
                "",
                "上午9点",
                "村部",
                "全体村民",
                "",
                "",
                "",
                "村口",
            ],  # 12 ok
            ["V01", "召开", "2026-11-04", "", "", "", "", "", "", 40, ""],  # 13 R-I6 wrong date
            ["V01", "召开", "2026-11-03", "", "", "", "", "", "", 28, ""],  # 14 ok, R-I7
            ["V01", "召开", "2026-11-03", "", "", "", "", "", "", "", ""],  # 15 R-F1
            ["V01", "开会", "2026-11-03", "", "", "", "", "", "", "", ""],
        ],  # 16 R-F2
    }
    fill_book(wb, sheets)
    path = tmp_path / "访谈日.xlsx"
    wb.save(path)
    store = _opened(db, FixedClock(datetime(2026, 11, 5, 10)))
    try:
        sheet = (
            Importer(store.app, store.app.login("admin", "xjb-secret-9", "TEST"))
            .run(path)
            .as_json()["sheets"]["访谈日"]
        )
    finally:
        store.close()
    assert sheet["accepted"] == [2, 6, 8, 12, 14]
    assert [(r["row"], r["rule"]) for r in sheet["rejected"]] == [
        (3, "R-I1"),
        (4, "R-I2"),
        (5, "R-I2"),
        (7, "R-I4"),
        (9, "R-I5"),
        (10, "R-I5"),
        (11, "R-I6"),
        (13, "R-I6"),
        (15, "R-F1"),
        (16, "R-F2"),
    ]
    assert [(r["row"], r["rule"]) for r in sheet["flagged"]] == [(6, "R-G3"), (8, "R-G3"), (14, "R-I7")]
    late = [r for r in sheet["rejected"] if r["row"] == 9][0]["message"]
    assert "最迟10月29日" in late


def test_import_ratings_topics_articles_exemplars(db: str, tmp_path: Path) -> None:
    """直评, 调研课题, 调研文章 and 典型经验 sheets, judged row by row (R-R, R-A, R-E)."""
    (tmp_path / "报告.docx").write_bytes(b"report v1")
    wb = Workbook()
    sheets = {
        "单位": [
            ["单位编码", "单位名称", "类别", "上级单位编码"],
            ["G01", "政府", "镇党委政府", ""],
            ["V01", "青山村", "村", "G01"],
        ],
        "人员": [
            ["人员编号", "姓名", "单位编码", "身份", "党员"],
            ["P01", "赵书记", "G01", "党政负责人", "是"],
            ["C01", "孙主任", "V01", "村街居干部", "是"],
            ["C02", "李会计", "V01", "村街居干部", "是"],
            ["M01", "吴群众", "V01", "群众", "否"],
        ],
        "直评": [
            ["轮次编号", "事项", "日期", "村居编码", "票号", "评价", "原因"],
            ["R1", "开始", "2026-10-28", "V01", "", "", ""],  # 2 ok: all of V01's cadres
            ["R1", "投票", "2026-10-28", "", 1, "C01=满意、C02=基本满意", ""],  # 3 ok
            ["R1", "投票", "2026-10-28", "", 1, "C01=满意、C02=满意", ""],  # 4 R-R2 number used
            ["R1", "投票", "2026-10-28", "", 2, "C01=满意", ""],  # 5 R-R2 C02 missing
            ["R1", "投票", "2026-10-28", "", 3, "C01=满意、C02=满意、M01=满意", ""],  # 6 R-R2 not listed
            ["R1", "投票", "2026-10-28", "", 4, "C01=满意、C02=还行", ""],  # 7 R-F2
            ["R1", "投票", "2026-10-28", "", 5, "C01=弃权、C02=不满意", ""],  # 8 ok
            ["R1", "作废", "2026-10-28", "", 5, "", "涂改"],  # 9 ok
            ["R1", "结束", "2026-10-28", "", "", "", ""],  # 10 ok
            ["R1", "投票", "2026-10-28", "", 6, "C01=满意、C02=满意", ""],  # 11 R-R1 closed
            ["R2", "投票", "2026-10-28", "", 1, "C01=满意、C02=满意", ""],
        ],  # 12 R-R1 not opened
        "调研课题": [
            ["课题编号", "课题名称", "下达日期", "承担人编号"],
            ["T1", "产业发展", "2026-10-21", "P01"],
            ["T1", "重复课题", "2026-10-21", "P01"],
        ],  # 3 R-G7
        "调研文章": [
            ["作者编号", "课题编号", "题目", "提交日期", "文件"],
            ["P01", "T1", "产业调研", "2026-11-08", "报告.docx"],  # 2 ok
            ["P01", "", "无课题", "2026-11-08", ""],  # 3 R-A1
            ["P01", "T9", "错课题", "2026-11-08", ""],  # 4 R-A1
            ["C01", "", "村务调研", "2026-11-11", ""],  # 5 ok, voluntary, R-A2 late
            ["P01", "T1", "缺文件", "2026-11-08", "没有.docx"],
        ],  # 6 R-F2
        "典型经验": [
            ["编号", "事项", "日期", "记录类别", "记录编码", "摘要"],
            ["E1", "推荐", "2026-11-09", "访谈日", "V01", "访谈日"],  # 2 R-E1: not held
            ["E2", "上报", "2026-11-09", "", "", ""],
        ],  # 3 R-E1: not nominated
    }
    fill_book(wb, sheets)
    path = tmp_path / "直评.xlsx"
    wb.save(path)
    store = _opened(db, FixedClock(datetime(2026, 11, 12, 10)))
    try:
        importer = Importer(store.app, store.app.login("admin", "xjb-secret-9", "TEST"), store=store)
        report = importer.run(path).as_json()["sheets"]
        store.projector.catch_up()
        from projections.ratings import RatingQuery

        results = {r.cadre: r.counts for r in RatingQuery(store.engine).results("R1")}
    finally:
        store.close()
    assert report["直评"]["accepted"] == [2, 3, 8, 9, 10]
    assert [(r["row"], r["rule"]) for r in report["直评"]["rejected"]] == [
        (4, "R-R2"),
        (5, "R-R2"),
        (6, "R-R2"),
        (7, "R-F2"),
        (11, "R-R1"),
        (12, "R-R1"),
    ]
    assert results["C02"] == {"满意": 0, "基本满意": 1, "不满意": 0, "弃权": 0}  # ballot 5 was voided
    assert report["调研课题"]["accepted"] == [2] and report["调研课题"]["rejected"][0]["rule"] == "R-G7"
    assert report["调研文章"]["accepted"] == [2, 5]
    assert [(r["row"], r["rule"]) for r in report["调研文章"]["rejected"]] == [
        (3, "R-A1"),
        (4, "R-A1"),
        (6, "R-F2"),
    ]
    assert [(r["row"], r["rule"]) for r in report["调研文章"]["flagged"]] == [(5, "R-A2")]
    assert [(r["row"], r["rule"]) for r in report["典型经验"]["rejected"]] == [(2, "R-E1"), (3, "R-E1")]


def test_rejected_rows_written_back_to_be_fixed(db: str, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    book = workbook(tmp_path / "花名册.xlsx")
    rejects = tmp_path / "被拒绝.xlsx"
    assert main(["--db", db, "import", str(book), "--user", "admin", "--rejects", str(rejects)]) == 1
    wb = load_workbook(rejects)
    assert wb.sheetnames == ["单位", "农户", "人员", "五必访标签"]
    households = [list(r) for r in wb["农户"].iter_rows(values_only=True)]
    assert households[0][:3] == ["户编号", "户主姓名", "村居编码"] and households[0][-3:] == [
        "规则",
        "原因",
        "原行号",
    ]
    assert [(r[0], r[-3], r[-1]) for r in households[1:]][:2] == [("H002", "R-F1", 3), ("H003", "R-G4", 4)]
    ws = wb["农户"]  # the clerk fixes H002's missing name, deletes the others, imports it again
    ws.delete_rows(3, ws.max_row)
    ws["B2"] = "钱二"
    for name in ("单位", "人员", "五必访标签"):
        del wb[name]
    wb.save(rejects)
    assert main(["--db", db, "import", str(rejects), "--user", "admin"]) == 0


def test_the_command_line_speaks_chinese_and_describes_every_option(
    capsys: pytest.CaptureFixture[str],
) -> None:
    import argparse

    from desk.cli import build_parser

    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in subparsers.choices.items():
        for action in sub._actions:
            assert action.help, f"desk {name} {action.option_strings or action.dest} has no description"
    with pytest.raises(SystemExit):
        main(["export", "-h"])
    shown = capsys.readouterr().out
    assert "用法:" in shown and "选项:" in shown and "usage:" not in shown and "options:" not in shown
    with pytest.raises(SystemExit):
        main(["export"])
    assert "缺少必需的参数" in capsys.readouterr().err
