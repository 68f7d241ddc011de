"""The layers of DESIGN.md: imports only point down, Qt only in app/gui."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1] / "app"
ORDER = ["gui", "cli", "services", "reporting", "store", "attest", "domain"]
# What each layer may import besides itself and the layers below it.
FORBIDDEN = {
    "gui": {"app.store", "app.attest", "app.reporting", "app.cli"},
    "cli": {"app.gui"},
    "domain": {"app.store", "app.services", "app.gui", "app.cli", "app.reporting"},
    "attest": {"app.store", "app.services", "app.gui", "app.cli", "app.reporting"},
}


def imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return found


def modules(layer: str) -> list[Path]:
    return sorted((ROOT / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", ORDER)
def test_imports_point_down(layer):
    above = set(ORDER[: ORDER.index(layer)])
    bad = []
    for path in modules(layer):
        for name in imports(path):
            parts = name.split(".")
            if parts[0] != "app" or len(parts) < 2:
                continue
            if parts[1] in above or any(name == f or name.startswith(f + ".")
                                        for f in FORBIDDEN.get(layer, ())):
                bad.append(f"{path.relative_to(ROOT.parent)} imports {name}")
    assert not bad, "\n".join(bad)


def test_qt_only_in_the_gui():
    bad = [f"{path.relative_to(ROOT.parent)} imports {name}"
           for layer in ORDER if layer != "gui" for path in modules(layer)
           for name in imports(path) if name.split(".")[0] in ("PySide6", "shiboken6")]
    assert not bad, "\n".join(bad)


def test_no_floats_in_domain_and_attest():
    bad = []
    for layer in ("domain", "attest"):
        for path in modules(layer):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "float":
                    bad.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}")
    assert not bad, "float() in " + ", ".join(bad)
