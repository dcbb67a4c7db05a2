"""Keeps benchmarks/bench_logbook.py from rotting: a tiny run must finish and print a table.

No timing is asserted here (timings belong in the benchmark's printed figures).
"""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "bench_logbook.py"


def _load():
    spec = importlib.util.spec_from_file_location("bench_logbook", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_small_logbook_benchmark_runs_on_both_vaults(tmp_path, qapp):
    bench = _load()
    out = io.StringIO()
    figures = bench.run(200, 1, tmp_path, out=out)
    assert set(figures) >= {"chronologie openen (service)", "Logboek-tab openen (set_context)",
                            "zoeken, alle leerlingen (service)",
                            "notitie opslaan + audit (service)"}
    assert all(enc > 0 and plain > 0 for enc, plain in figures.values())
    assert "PlainBenchVault: 200 entries" in out.getvalue()
    # The baseline really is unencrypted and the vault really is not.
    assert (tmp_path / "plain.db").read_bytes()[:6] == b"SQLite"
    assert (tmp_path / "bench.zdv").read_bytes()[:6] != b"SQLite"
    bench.print_table(figures, out)
    assert "ratio" in out.getvalue()
