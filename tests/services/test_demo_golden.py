"""The demo vault's content stays the same when its seeding code is reorganised.

A summary per table (row count and a digest of the sorted rows) is compared with
tests/data/golden/demo_vault.txt. Values the wall clock or the random keys decide
(timestamps of saving, MACs, the vault id, seals, the search index's own pages) are left
out, so the summary depends only on what the demo seeds. When the demo's content or the
schema changes on purpose, rewrite the file and look at which tables changed:

    ZORGDESK_UPDATE_GOLDEN=1 pytest tests/services/test_demo_golden.py
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

GOLDEN = Path(__file__).parent.parent / "data" / "golden" / "demo_vault.txt"
# Columns the wall clock or the vault's random keys fill in.
VOLATILE_COLUMNS = {"ts", "created_at", "recorded_at", "updated_at", "saved_at",
                    "mac", "prev_mac", "digest"}
# Tables of keys and seals, and the search index's shadow tables (SQLite's own format).
SKIPPED_TABLES = ("meta", "row_seal", "logbook_fts_config", "logbook_fts_content",
                  "logbook_fts_data", "logbook_fts_docsize", "logbook_fts_idx")


def content_summary(vault) -> str:
    cur = vault.read()
    tables = [row[0] for row in cur.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'"
        " AND name NOT LIKE 'sqlite_%' ORDER BY name") if row[0] not in SKIPPED_TABLES]
    lines = []
    for table in tables:
        columns = [row[1] for row in cur.execute(f"PRAGMA table_info({table})")]
        rows = sorted(repr(tuple("*" if column in VOLATILE_COLUMNS else value
                                 for column, value in zip(columns, row, strict=True)))
                      for row in cur.execute(f"SELECT * FROM {table}"))
        digest = hashlib.sha256(repr((columns, rows)).encode()).hexdigest()[:20]
        lines.append(f"{table} {len(rows)} {digest}")
    return "\n".join(lines) + "\n"


def test_the_demo_vault_holds_what_it_held(demo_vault):
    summary = content_summary(demo_vault)
    if os.environ.get("ZORGDESK_UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(summary, encoding="utf-8")
    expected = GOLDEN.read_text(encoding="utf-8").splitlines()
    changed = sorted(set(summary.splitlines()) ^ set(expected))
    assert not changed, ("the demo vault's content changed in these tables (if on purpose, "
                         "see this module's docstring):\n" + "\n".join(changed))


def test_the_summary_sees_a_changed_row(demo_vault):
    before = content_summary(demo_vault)
    with demo_vault.transaction() as cur:
        cur.execute("UPDATE school_group SET name = name || ' ' WHERE id = 1")
    after = content_summary(demo_vault)
    changed = {line.split()[0] for line in set(before.splitlines()) ^ set(after.splitlines())}
    assert changed == {"school_group"}
