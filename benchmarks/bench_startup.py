"""Unlock and start-up timings, as ratios against a baseline measured in the same run.

Run: python benchmarks/bench_startup.py
Baselines: opening a plain (unencrypted) SQLite file for unlock; starting a bare
Python interpreter for the start-up to the unlock dialog.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from zorgdesk.services.demo.school import DEMO_PASSPHRASE, create_demo_vault  # noqa: E402
from zorgdesk.store.vault import Vault  # noqa: E402

RUNS = 5

SHOW_UNLOCK_DIALOG = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from zorgdesk.ui.vault.dialogs import UnlockDialog
app = QApplication([])
dialog = UnlockDialog(Path(sys.argv[1]))
dialog.show()
app.processEvents()
"""


def _median(fn) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        vault_path = Path(folder) / "demo.zdv"
        create_demo_vault(vault_path).close()  # default (production) key derivation
        plain = Path(folder) / "plain.db"
        sqlite3.connect(plain).execute("CREATE TABLE t (x)").connection.close()

        unlock = _median(lambda: Vault.open(vault_path, DEMO_PASSPHRASE).close())
        plain_open = _median(
            lambda: sqlite3.connect(plain).execute("SELECT * FROM sqlite_master").connection
            .close())
        startup = _median(lambda: subprocess.run(
            [sys.executable, "-c", SHOW_UNLOCK_DIALOG, str(vault_path)], check=True))
        bare = _median(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True))

    print(f"unlock (Argon2id + SQLCipher + migrations check): {unlock:.3f} s "
          f"(target <= 1 s; {unlock / plain_open:.0f}x a plain sqlite open of "
          f"{plain_open * 1000:.2f} ms)")
    print(f"start-up to unlock dialog: {startup:.3f} s (target <= 2 s; "
          f"{startup / bare:.1f}x a bare interpreter start of {bare:.3f} s)")


if __name__ == "__main__":
    main()
