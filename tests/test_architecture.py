"""The layer rules of docs/architecture.md hold (import-linter contracts in pyproject.toml)."""

from __future__ import annotations

import ast
import inspect
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
    # Tests too: they test a module through what it offers, so a refactor that keeps its
    # behaviour keeps them green.
    assert private_imports(ROOT / "tests") == set()
    # The check sees one when there is one.
    (tmp_path / "zorgdesk").mkdir()
    (tmp_path / "zorgdesk" / "m.py").write_text("from zorgdesk.domain.text import _x\n")
    assert private_imports(tmp_path / "zorgdesk") == {("zorgdesk/m.py", "_x")}


SESSION = ROOT / "src" / "zorgdesk" / "services" / "session.py"
# Where a service may still be built outside Session.__init__, and why: nowhere. A
# worker thread's work takes the session's services on its own connection
# (``WorkerSession``).
BUILT_ELSEWHERE: set[str] = set()


def session_services() -> set[str]:
    """The classes ``Session.__init__`` builds: every feature service."""
    tree = ast.parse(SESSION.read_text(encoding="utf-8"))
    init = next(n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)
                and n.name == "__init__")
    return {n.func.id for n in ast.walk(init) if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Name) and n.func.id[0].isupper()
            and n.func.id not in ("Session", "WorkerSession")}


def services_built_outside_the_session(files, root: Path = ROOT) -> set[tuple[str, str]]:
    names = session_services()
    found = set()
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in names:
                    found.add((path.relative_to(root).as_posix(), name))
    return found


def test_only_the_session_builds_services(tmp_path):
    """Session(vault, clock) is the one place services are built with their typed
    dependencies and the one clock; the app, the demo builder, benchmarks and tests take
    them from a Session (issue 18)."""
    assert {"BaseDataService", "LogbookService", "MeldcodeService", "TodayService",
            "LinkedRecords"} <= session_services()
    files = [p for folder in ("src", "tests", "benchmarks") for p in (ROOT / folder).rglob("*.py")
             if p != SESSION and p.relative_to(ROOT).as_posix() not in BUILT_ELSEWHERE]
    assert services_built_outside_the_session(files) == set()
    # The check sees one when there is one.
    probe = tmp_path / "probe.py"
    probe.write_text("svc = signals.SignalService(vault, clock)\nok = Session(vault).signals\n")
    assert services_built_outside_the_session([probe], tmp_path) == {
        ("probe.py", "SignalService")}


def loose_arguments(kind: type) -> list[str]:
    """The arguments of ``kind(...)`` without a type, or that may be left out as None."""
    parameters = list(inspect.signature(kind.__init__).parameters.values())[1:]
    return [p.name for p in parameters
            if p.annotation is inspect.Parameter.empty or p.default is None]


def test_services_take_typed_required_collaborators():
    """Each service the session builds names the type of every collaborator, and none of
    them is optional: a service never runs without one, nor builds a default itself."""
    from zorgdesk.services import session

    assert {name: loose_arguments(getattr(session, name))
            for name in sorted(session_services())
            if loose_arguments(getattr(session, name))} == {}

    # The check sees one when there is one.
    class Probe:
        def __init__(self, vault: object, signals=None, clock: object = None) -> None: ...

    assert loose_arguments(Probe) == ["signals", "clock"]
