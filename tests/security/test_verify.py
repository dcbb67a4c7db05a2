"""Integrity check: changes made outside ZorgDesk are found, by API and by CLI."""

from __future__ import annotations

import pytest
import sqlcipher3

from tests.security.helpers import drop_seal_triggers, raw_connection
from zorgdesk.cli import EXIT_OK, EXIT_PROBLEMS, main
from zorgdesk.services.demo.school import DEMO_NAMES, DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.store.vault import Vault


def _problems(path) -> list[str]:
    with Vault.open(path, DEMO_PASSPHRASE) as vault:
        return vault.verify()


def _first_pupil_id(path) -> int:
    with Vault.open(path, DEMO_PASSPHRASE) as vault:
        return Session(vault).basedata.pupils()[0].id


def test_fresh_demo_vault_is_in_order(demo_path):
    assert _problems(demo_path) == []


def test_edits_through_services_keep_the_vault_in_order(demo_path):
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        data = Session(vault).basedata
        pupil = data.pupils()[0]
        data.deactivate_pupil(pupil.id, pupil.start_date)
        data.add_staff("Nieuwe Collega", "Leerkracht")
        data.update_school("OBS Andere Naam", "Weidebeek", 5)
        assert vault.verify() == []


def test_raw_update_without_zorgdesk_is_refused_by_the_database(demo_path):
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    with pytest.raises(sqlcipher3.OperationalError, match="zd_seal"):
        conn.execute("UPDATE pupil SET last_name = 'Anders' WHERE id = 1")
    with pytest.raises(sqlcipher3.OperationalError, match="zd_seal"):
        conn.execute("DELETE FROM staff WHERE id = 2")
    conn.close()
    assert _problems(demo_path) == []


def test_changed_pupil_row_is_detected_without_naming_the_pupil(demo_path):
    pupil_id = _first_pupil_id(demo_path)
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    drop_seal_triggers(conn, "pupil")
    conn.execute("UPDATE pupil SET date_of_birth = '2015-01-01' WHERE id = ?", (pupil_id,))
    conn.close()
    problems = _problems(demo_path)
    assert any(f"leerling (nr. {pupil_id}) zijn buiten ZorgDesk gewijzigd" in p
               for p in problems), problems
    assert any("beveiliging op een leerling" in p for p in problems)
    joined = " ".join(problems)
    assert not any(name in joined for name in DEMO_NAMES)


def test_deleted_and_added_rows_are_detected(demo_path):
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    drop_seal_triggers(conn, "guardian")
    conn.execute("DELETE FROM guardian WHERE id = 1")
    conn.execute("INSERT INTO guardian (pupil_id, name, relation) VALUES (1, 'X', 'oom')")
    conn.close()
    joined = " ".join(_problems(demo_path))
    assert "ouder/verzorger verwijderd (nr. 1)" in joined
    assert "ouder/verzorger toegevoegd" in joined


def test_deleted_audit_row_is_detected(demo_path):
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    conn.execute("DELETE FROM audit_log WHERE seq = 5")
    conn.close()
    assert any("Auditregel 5 ontbreekt" in p for p in _problems(demo_path))


def test_reordered_audit_rows_are_detected(demo_path):
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    conn.execute("BEGIN")
    conn.execute("UPDATE audit_log SET seq = -1 WHERE seq = 3")
    conn.execute("UPDATE audit_log SET seq = 3 WHERE seq = 4")
    conn.execute("UPDATE audit_log SET seq = 4 WHERE seq = -1")
    conn.execute("COMMIT")
    conn.close()
    problems = _problems(demo_path)
    assert any("sluit niet aan" in p or "gewijzigd" in p for p in problems), problems


def test_truncated_audit_tail_is_detected(demo_path):
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    last = conn.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    conn.execute("DELETE FROM audit_log WHERE seq = ?", (last,))
    conn.close()
    assert any("laatste auditregels" in p for p in _problems(demo_path))


def test_cli_verify_exit_codes(demo_path, monkeypatch, capsys):
    monkeypatch.setenv("ZORGDESK_PASSPHRASE", DEMO_PASSPHRASE)
    assert main(["verify", "--vault", str(demo_path)]) == EXIT_OK
    assert "in orde" in capsys.readouterr().out
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    drop_seal_triggers(conn, "staff")
    conn.execute("UPDATE staff SET role = 'Conciërge' WHERE id = 2")
    conn.close()
    assert main(["--vault", str(demo_path), "verify"]) == EXIT_PROBLEMS
    err = capsys.readouterr().err
    assert "NIET in orde" in err and "medewerker (nr. 2)" in err


def test_cli_verify_wrong_passphrase_is_an_error(demo_path, monkeypatch, capsys):
    monkeypatch.setenv("ZORGDESK_PASSPHRASE", "verkeerd wachtwoord hier")
    assert main(["verify", "--vault", str(demo_path)]) == 1
    assert "onjuist" in capsys.readouterr().err


def test_seals_survive_vacuum_renumbering_rowids(demo_path):
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        data = Session(vault).basedata
        pupils = data.pupils()
        data.link_siblings(pupils[3].id, pupils[4].id)
        data.link_siblings(pupils[5].id, pupils[6].id)
        data.unlink_siblings(pupils[3].id, pupils[4].id)
        with vault.transaction() as cur:
            cur.execute("INSERT INTO setting (key, value) VALUES ('a_test', '1')")
            cur.execute("INSERT INTO setting (key, value) VALUES ('b_test', '2')")
            cur.execute("DELETE FROM setting WHERE key = 'a_test'")
            vault.audit(cur, "instelling.gewijzigd", "setting", "test", {})
        vault.compact()
        assert vault.verify() == []


def test_changed_sibling_link_and_setting_are_detected(demo_path):
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    drop_seal_triggers(conn, "sibling_link")
    drop_seal_triggers(conn, "setting")
    a, b = conn.execute("SELECT pupil_a, pupil_b FROM sibling_link LIMIT 1").fetchone()
    conn.execute("DELETE FROM sibling_link WHERE pupil_a = ? AND pupil_b = ?", (a, b))
    conn.execute("UPDATE setting SET value = '600' WHERE key = 'autolock_minutes'")
    conn.close()
    joined = " ".join(_problems(demo_path))
    assert f"broer/zus-koppeling verwijderd (nr. {a}-{b})" in joined
    assert "instelling (nr. autolock_minutes) zijn buiten ZorgDesk gewijzigd" in joined
