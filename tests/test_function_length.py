"""Cap function length, not file length (issue 18).

Every function or method in src/zorgdesk is at most MAX_LINES long, counted
from its ``def`` line to its last line (decorators not counted). The only
exceptions are in ALLOWLIST, with their length when they were listed. The list
may only shrink: an entry fails when its function is gone or has become short
enough, so whoever splits a function also removes its entry here.
"""

from __future__ import annotations

import ast
from pathlib import Path

MAX_LINES = 60

SOURCE_ROOT = Path(__file__).resolve().parents[1] / "src" / "zorgdesk"

# "path relative to src/zorgdesk::qualified name": lines when listed.
# Split a function by meaning, then delete its entry. Never add one.
# Empty since issue 18: every function is within the cap.
ALLOWLIST: dict[str, int] = {}


def _functions(tree: ast.AST, prefix: str = ""):
    """Yield (qualified name, line count) of every function under ``tree``."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            name = prefix + node.name
            yield name, node.end_lineno - node.lineno + 1
            yield from _functions(node, name + ".<locals>.")
        elif isinstance(node, ast.ClassDef):
            yield from _functions(node, prefix + node.name + ".")
        else:
            yield from _functions(node, prefix)


def function_lengths(root: Path = SOURCE_ROOT) -> dict[str, int]:
    lengths: dict[str, int] = {}
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for name, lines in _functions(tree):
            lengths[f"{relative}::{name}"] = lines
    return lengths


def test_the_scan_sees_methods_nested_functions_and_their_lengths(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    body = "\n".join(f"        x{i} = {i}" for i in range(3))
    (package / "mod.py").write_text(
        "class A:\n"
        "    def method(self):\n"
        "        def inner():\n"
        "            return 1\n"
        f"{body}\n"
        "\n"
        "async def top():\n"
        "    pass\n",
        encoding="utf-8",
    )
    assert function_lengths(tmp_path) == {
        "pkg/mod.py::A.method": 6,
        "pkg/mod.py::A.method.<locals>.inner": 2,
        "pkg/mod.py::top": 2,
    }


def test_no_function_is_longer_than_the_cap_unless_allowlisted():
    too_long = {
        name: lines
        for name, lines in function_lengths().items()
        if lines > MAX_LINES and name not in ALLOWLIST
    }
    assert not too_long, (
        f"functions longer than {MAX_LINES} lines; split them by meaning "
        f"(a named section builder, a small view, a controller): {too_long}"
    )


def test_the_allowlist_only_shrinks():
    lengths = function_lengths()
    gone = sorted(name for name in ALLOWLIST if name not in lengths)
    short = sorted(name for name in ALLOWLIST if name in lengths and lengths[name] <= MAX_LINES)
    assert not gone, f"allowlisted functions no longer exist; remove their entries: {gone}"
    assert not short, (
        f"allowlisted functions are now at most {MAX_LINES} lines; remove their entries: {short}"
    )
