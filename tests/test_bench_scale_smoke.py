"""Keeps benchmarks/scale_vault.py and bench_scale.py from rotting (issue 23): a tiny
school is built through the services, cached under its builder's hash, and two rows of
the table are measured and printed. No timing is asserted (figures belong in the
benchmark's output)."""

from __future__ import annotations

import importlib
import io
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"
TINY = 0.01  # 30 pupils, 600 entries, 2 trajectories


@pytest.fixture
def bench(tmp_path, monkeypatch):
    monkeypatch.setenv("ZORGDESK_BENCH_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("ZORGDESK_HOME", str(tmp_path / "home"))
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    for name in ("scale_vault", "bench_scale"):
        sys.modules.pop(name, None)
    return importlib.import_module("bench_scale"), importlib.import_module("scale_vault")


def test_tiny_school_is_built_cached_and_measured(qtbot, bench, tmp_path):
    bench_scale, scale_vault = bench
    built = scale_vault.scale_vault(TINY, log=lambda *_: None)
    assert built.path.exists() and built.sizes.pupils == 30
    assert f"-b{scale_vault.builder_digest()}-s" in built.path.parent.name
    again = scale_vault.scale_vault(TINY, log=lambda *_: pytest.fail("built twice"))
    assert again == built
    results = bench_scale.measure_ui(built, tmp_path, 1, {"select", "today"})
    assert set(results) == {"select", "today"} and all(ms > 0 for ms in results.values())
    out = io.StringIO()
    bench_scale.print_report({"0.01": results}, ["0.01"], 60, {"0.01": TINY}, out=out)
    report = out.getvalue()
    assert bench_scale.ROWS["select"][0] in report and bench_scale.ROWS["today"][0] in report


def test_a_changed_builder_builds_again(bench, monkeypatch):
    _, scale_vault = bench
    first = scale_vault.scale_vault(TINY, log=lambda *_: None)
    monkeypatch.setattr(scale_vault, "builder_digest", lambda: "0123456789")
    logged: list[str] = []
    second = scale_vault.scale_vault(TINY, log=logged.append)
    assert second.path != first.path and "-b0123456789-" in second.path.parent.name
    assert any("bouwen" in line for line in logged)


def test_growth_exponent_marks_faster_than_linear(bench):
    bench_scale, _ = bench
    assert bench_scale.growth(100, 1000, 0.1, 1.0) == pytest.approx(1.0)
    assert bench_scale.growth(100, 10_000, 0.1, 1.0) == pytest.approx(2.0)
    assert bench_scale.growth(1, 5, 0.1, 1.0) is None  # too small to say anything
    out = io.StringIO()
    label = bench_scale.ROWS["verify"][0]
    bench_scale.print_report({"0.1": {"verify": 100.0}, "1": {"verify": 10_000.0}},
                             ["0.1", "1"], 60, {"0.1": 0.1, "1": 1.0}, out=out)
    assert f"Sneller dan lineair: {label}" in out.getvalue()
