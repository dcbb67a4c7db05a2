"""Kluis controleren / ``zorgdesk verify`` name a changed row by the record the IB knows
(kind, her number, date, pupil), never by the vault's row number alone, and never with
what the record says; the store's plain findings stay as they were."""

from __future__ import annotations

from tests.conftest import TODAY
from tests.security.helpers import drop_seal_triggers, raw_connection
from zorgdesk.cli import EXIT_PROBLEMS, main
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.store.vault import Vault


def _tamper(path, table: str, column: str, row_id: int) -> None:
    conn = raw_connection(path, DEMO_PASSPHRASE)
    drop_seal_triggers(conn, table)
    conn.execute(f"DROP TRIGGER IF EXISTS {table}_no_update")
    conn.execute(f"UPDATE {table} SET {column} = 'iemand anders' WHERE rowid = ?", (row_id,))
    conn.close()


def _facts(path):
    """Zoë's logboek note 2 (its latest version's row) and her newest signalenlijst
    (one of its ticked signals), as the app names them."""
    with Vault.open(path, DEMO_PASSPHRASE) as vault:
        session = Session(vault, FixedClock(TODAY))
        zoe = session.basedata.pupils("Zoë")[0]
        item = session.logbook.item(2)
        version = vault.read().execute(
            "SELECT max(rowid) FROM logbook_version WHERE entry_id = 2").fetchone()[0]
        check = max(session.signals.checks(zoe.id), key=lambda c: c.id)
        tick_row = vault.read().execute(
            "SELECT min(rowid) FROM signal_check_item WHERE check_id = ?",
            (check.id,)).fetchone()[0]
        return (zoe.display_name, item.current.content, version, check, tick_row)


def test_cli_names_the_note_and_the_list_without_their_content(demo_path, monkeypatch,
                                                               capsys):
    name, entry, version, check, tick_row = _facts(demo_path)
    _tamper(demo_path, "logbook_version", "author", version)
    _tamper(demo_path, "signal_check_item", "group_title", tick_row)
    monkeypatch.setenv("ZORGDESK_PASSPHRASE", DEMO_PASSPHRASE)
    assert main(["verify", "--vault", str(demo_path)]) == EXIT_PROBLEMS
    err = capsys.readouterr().err
    assert (f"Logboeknotitie nr. 2 van {entry.entry_date:%d-%m-%Y} ({name}): een "
            "logboekversie is gewijzigd buiten ZorgDesk.") in err, err
    assert (f"{check.heading} ({name}): een signaal in signalenlijst is gewijzigd "
            "buiten ZorgDesk.") in err, err
    assert f"Logboekversie {version} is" not in err  # the vault's number is not the name
    assert entry.situation[:20] not in err and "iemand anders" not in err
    # The store's own findings (what may be kept) still name kind and row number only.
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        plain = vault.verify()
    assert f"Logboekversie {version} is gewijzigd buiten ZorgDesk." in plain
    assert all(name not in p for p in plain)


def test_a_record_that_cannot_be_read_keeps_the_plain_finding(demo_path):
    _name, _entry, version, _check, _tick = _facts(demo_path)
    _tamper(demo_path, "logbook_version", "content", version)  # no longer a note
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        problems = Session(vault, FixedClock(TODAY)).verify()
    assert f"Logboekversie {version} is gewijzigd buiten ZorgDesk." in problems
