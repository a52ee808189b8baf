"""Dependencies point desk -> projections -> domain, never back (STYLE.md 1)."""

from __future__ import annotations

import ast
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
