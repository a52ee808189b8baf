"""The command line end to end: init, import with its report and exit codes, export, verify, rebuild."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook

from desk.cli import main


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


@pytest.fixture
def db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("DESK_PASSWORD", "admin-pass")
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
    assert list(sheets) == ["单位", "人员", "农户", "五必访标签"]
    assert sheets["单位"]["accepted"] == [2, 3]
    assert [(r["row"], r["rule"]) for r in sheets["单位"]["rejected"]] == [(4, "R-F2")]
    assert sheets["人员"]["accepted"] == [2]
    assert [(r["row"], r["rule"]) for r in sheets["人员"]["rejected"]] == [
        (3, "R-F1"), (4, "R-F2"), (5, "R-G4"), (6, "R-F2")]  # fmt: skip
    assert sheets["农户"]["accepted"] == [2]
    assert [(r["row"], r["rule"]) for r in sheets["农户"]["rejected"]] == [
        (3, "R-F1"), (4, "R-G4"), (5, "R-G7"), (6, "R-F2"), (7, "R-F2")]  # fmt: skip
    assert sheets["五必访标签"]["accepted"] == [2, 3]
    assert [(r["row"], r["rule"]) for r in sheets["五必访标签"]["flagged"]] == [(3, "R-G3")]
    assert [(r["row"], r["rule"]) for r in sheets["五必访标签"]["rejected"]] == [(4, "R-G1"), (5, "R-G4")]
    assert len(report["chain_head"]) == 64 and len(report["sha256"]) == 64
    assert all(r["message"] for s in sheets.values() for r in s["rejected"])
    # The same file again is refused unless --again.
    assert main(["--db", db, "import", str(book), "--user", "admin"]) == 2
    assert "已导入过" in capsys.readouterr().err


def test_unusable_input_is_one_line_and_exit_2(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
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


def test_wrong_password_is_a_clear_line(db: str, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:  # fmt: skip
    monkeypatch.setenv("DESK_PASSWORD", "nope")
    assert main(["export", "audit", "--db", db, "--out", "x.csv", "--user", "admin"]) == 2
    assert "密码" in capsys.readouterr().err
