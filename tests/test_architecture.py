"""The layer rules of docs/architecture.md hold (import-linter contracts in pyproject.toml)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept(monkeypatch):
    cli = pytest.importorskip("importlinter.cli")
    monkeypatch.chdir(ROOT)
    assert cli.lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True,
                            no_logo=True) == 0, "a layer rule is broken: run lint-imports"


def private_imports(package: Path) -> set[tuple[str, str]]:
    """(module path, name) for every ``from zorgdesk... import _name`` in ``package``."""
    found = set()
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("zorgdesk"):
                found |= {(path.relative_to(package.parent).as_posix(), alias.name)
                          for alias in node.names
                          if alias.name.startswith("_") and not alias.name.startswith("__")}
    return found


def test_no_module_imports_another_modules_private_names(tmp_path):
    # A private name another module needs is shared: make it public or move it (issue 18).
    assert private_imports(ROOT / "src" / "zorgdesk") == set()
    # Nor do the scripts beside the package, which break silently when a private name
    # changes (benchmarks/scale_vault.py did): they use its public names too.
    assert private_imports(ROOT / "benchmarks") == set()
    assert private_imports(ROOT / "packaging") == set()
    # The check sees one when there is one.
    (tmp_path / "zorgdesk").mkdir()
    (tmp_path / "zorgdesk" / "m.py").write_text("from zorgdesk.domain.text import _x\n")
    assert private_imports(tmp_path / "zorgdesk") == {("zorgdesk/m.py", "_x")}
