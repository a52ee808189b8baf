"""Dependencies point desk -> projections -> domain, never back (STYLE.md 1)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORBIDDEN = {"domain": {"PySide6", "sqlalchemy", "desk", "projections"}, "projections": {"PySide6", "desk"}}


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name.split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module.split(".")[0])
    return found


def test_layering() -> None:
    for package, forbidden in FORBIDDEN.items():
        for path in (ROOT / package).rglob("*.py"):
            assert not imports(path) & forbidden, f"{path} imports {imports(path) & forbidden}"


def test_qt_only_in_desk() -> None:
    for path in ROOT.rglob("*.py"):
        if ".venv" in path.parts or "desk" in path.parts or "tests" in path.parts:
            continue
        assert "PySide6" not in imports(path), path


def test_every_window_string_has_its_english(tmp_path: Path) -> None:
    """The UI speaks Chinese by default and English on request: every tr() string of desk/gui has an
    English translation (lupdate into a fresh .ts, filled by resources/i18n/fill_en.py)."""
    import shutil
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    ts = tmp_path / "lianxin_en.ts"
    shutil.copy(root / "resources/i18n/lianxin_en.ts", ts)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (root / "desk/gui").glob("*.py"))
    subprocess.run([str(lupdate), *sources, "-ts", str(ts)], check=True, capture_output=True)
    filled = subprocess.run(
        [sys.executable, str(root / "resources/i18n/fill_en.py"), str(ts)], capture_output=True
    )
    assert filled.returncode == 0, "strings without English: add them to resources/i18n/fill_en.py"


def test_every_rule_code_has_its_chinese_name_and_english() -> None:
    """Every rule of RULES.md, and every code the program raises or flags, is in domain/catalogue.py with
    a Chinese name and an English text; an English window shows the English beside the Chinese message."""

    from domain.catalogue import RULES, describe

    root = Path(__file__).resolve().parent.parent
    spec = root.parent / "shared" / "spec" / "RULES.md"  # beside the project when checked out with the spec
    codes = set(re.findall(r"\*\*(R-[A-Z]\d*)\b", spec.read_text("utf-8"))) if spec.is_file() else set()
    for package in ("domain", "projections", "desk"):
        for source in (root / package).rglob("*.py"):
            codes |= set(re.findall(r"\"(R-[A-Z]\d+)\"", source.read_text("utf-8")))
    assert len(codes) > 50
    missing = sorted(code for code in codes if code not in RULES)
    assert not missing, f"add them to domain/catalogue.py: {missing}"
    for rule in RULES.values():
        assert re.search(r"[\u4e00-\u9fff]", rule.name), rule.code
        assert not re.search(r"[\u4e00-\u9fff]", rule.english) and rule.english.endswith("."), rule.code
    message = "干部“P9”已注销:请选择在册的人员"
    assert describe("R-G4", message) == f"R-G4  {message}"
    assert describe("R-G4", message, english=True) == f"R-G4  {RULES['R-G4'].english}\n{message}"


def test_every_audit_sentence_has_its_english() -> None:
    """The audit trail's English (audit_en.describe_en) has a case for every case of the Chinese, area by
    area (each language's describers: one per area, matching on event classes)."""
    from projections import audit, audit_en

    root = Path(__file__).resolve().parents[1] / "projections"

    def cases(path: Path, function: str) -> dict[str, set[str]]:
        text = path.read_text("utf-8")
        found = {}
        for area in audit._AREAS:
            body = text[text.index(f"def {area.__name__}(") :]
            body = body[: body.find("\ndef ", 1) % (len(body) + 1)]  # to the next function
            found[area.__name__] = set(re.findall(r"^        case (.+):$", body, re.MULTILINE))
        return found

    chinese = cases(root / "audit.py", "describe")
    assert sum(map(len, chinese.values())) > 50 and all(chinese.values())
    assert chinese == cases(root / "audit_en.py", "describe_en")
    assert [a.__name__ for a in audit._AREAS] == [a.__name__ for a in audit_en._AREAS]
    # each kind goes first to the area whose cases name its classes (the others never describe it)
    for module in (audit, audit_en):
        named = {
            case.split(".")[0]: area
            for area, found in chinese.items()
            for case in found
            if case.split(".")[0] not in ("RosterRecord", "Record")
        }
        assert {kind: area.__name__ for kind, area in module._AREA_OF.items()} == named


def test_windows_go_through_the_three_ports() -> None:
    """Pages ask `ops.queries` (projections/queries.py) for every read model and the chain's head,
    `ops.commands` for every write and `ops.services` for the store's own services (checkpoints, backups,
    an erasure, an import); only the bootstrap (desk/gui/app.py opens the store, desk/gui/operations.py
    builds the ports) touches the store, its engine, projector or application."""
    gui = Path(__file__).resolve().parents[1] / "desk" / "gui"
    reaching = {
        path.name: [
            n
            for n, line in enumerate(path.read_text("utf-8").splitlines(), 1)
            if any(word in line for word in (".engine", "store.app", "ops.store", "store.projector"))
        ]
        for path in gui.glob("*.py")
        if path.name not in ("operations.py", "app.py")
    }
    assert {name: lines for name, lines in reaching.items() if lines} == {}


def test_the_qt_binding_keeps_its_references_to_none_and_the_booleans(qapp: object) -> None:
    """PySide6 6.12.0 (Python 3.11) gave back None without a reference from every call returning None:
    after a few thousand calls, "Fatal Python error: none_dealloc" ended the app (调研文章 in a trial) and
    the test run. pyproject.toml keeps the binding below it; this says why if an upgrade brings it back."""
    import sys

    from PySide6.QtGui import QFont

    font = QFont()
    before = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(2000):
        font.setStrikeOut(True)  # returns None
        font.strikeOut()  # returns True
    after = sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)
    assert all(a >= b - 50 for a, b in zip(after, before, strict=True)), (before, after)


def test_each_area_is_a_small_application_over_the_core() -> None:
    """STYLE.md: no mixin chain — each area of use cases stands on the core alone (it asks another area
    through the core), and the application holds one of each."""
    import inspect

    from domain import application
    from domain.area import Area

    areas = {
        name: cls
        for module in Path(application.__file__).parent.glob("*_cases.py")
        for name, cls in inspect.getmembers(
            __import__(f"domain.{module.stem}", fromlist=["_"]), inspect.isclass
        )
        if issubclass(cls, Area) and cls is not Area and cls.__module__ == f"domain.{module.stem}"
    }
    assert len(areas) == 7, sorted(areas)
    assert all(cls.__bases__ == (Area,) for cls in areas.values()), {n: c.__bases__ for n, c in areas.items()}
    assert not any(issubclass(application.Lianxin, cls) for cls in areas.values())
    held = {
        type(v) for v in vars(application.Lianxin(env={"PERSISTENCE_MODULE": "eventsourcing.popo"})).values()
    }
    assert set(areas.values()) <= held
