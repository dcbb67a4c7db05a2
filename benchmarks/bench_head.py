"""What the keyed head (store/head.py) and the rollback memory cost per save.

Run: PYTHONPATH=src python benchmarks/bench_head.py [--rows 20000] [--saves 200]

One save = BaseDataService.add_staff (one row, its seal, one audit row, one commit
with fsync). Measured on a demo vault grown with --rows extra sealed rows (staff),
so the GROUP BY over ``row_seal`` that the head does twice per transaction has
real work. Baseline in the same run: the same saves with the head tracker and the
rollback memory switched off (monkeypatched no-ops; benchmark-only). Reports the
median per save and the ratio with/without.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

from zorgdesk.services.demo.school import DEMO_PASSPHRASE, create_demo_vault
from zorgdesk.services.session import Session
from zorgdesk.store import head, seen
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault


@contextmanager
def _without_head():
    saved = (head.HeadTracker.begin, head.HeadTracker.commit, seen.remember)
    head.HeadTracker.begin = lambda self, cur: None
    head.HeadTracker.commit = lambda self, cur: None
    seen.remember = lambda vault_id, seq: None
    try:
        yield
    finally:
        head.HeadTracker.begin, head.HeadTracker.commit, seen.remember = saved


def _grow(vault: Vault, rows: int) -> None:
    with vault.transaction() as cur:
        for n in range(rows):
            cur.execute("INSERT INTO staff (name, role) VALUES (?, 'Leerkracht')",
                        (f"Collega {n}",))
        vault.audit(cur, "medewerker.toegevoegd", "staff", cur.lastrowid, {"rows": rows})


def _median_save_ms(vault: Vault, saves: int) -> float:
    data = Session(vault).basedata
    times = []
    for n in range(saves):
        start = time.perf_counter()
        data.add_staff(f"Meting {n}", "Leerkracht")
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _copy(source: Path, target: Path) -> Path:
    for suffix in ("", ".key"):
        shutil.copy2(f"{source}{suffix}", f"{target}{suffix}")
    return target


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--saves", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        measured = Path(folder) / "met.zdv"
        create_demo_vault(measured, kdf=FAST_KDF_FOR_TESTS).close()
        with Vault.open(measured, DEMO_PASSPHRASE) as vault:
            _grow(vault, args.rows)
        # The baseline runs on its own copy: saves without the head break that copy's
        # head (which is exactly what verify is for), so they must not touch the other.
        baseline = _copy(measured, Path(folder) / "zonder.zdv")
        with Vault.open(measured, DEMO_PASSPHRASE) as vault, \
                Vault.open(baseline, DEMO_PASSPHRASE) as plain:
            seals = vault.read().execute("SELECT count(*) FROM row_seal").fetchone()[0]
            with_head = _median_save_ms(vault, args.saves)
            with _without_head():
                without = _median_save_ms(plain, args.saves)
            with_again = _median_save_ms(vault, args.saves)
            problems = vault.verify()
    print(f"sealed rows: {seals}; saves per variant: {args.saves}")
    print(f"median save with head + rollback memory: {with_head:.2f} ms "
          f"(again after the baseline: {with_again:.2f} ms)")
    print(f"median save without (baseline):           {without:.2f} ms")
    print(f"ratio with/without: {min(with_head, with_again) / without:.2f}")
    print(f"verify afterwards: {'in orde' if not problems else problems[:3]}")


if __name__ == "__main__":
    main()
