"""Migration m0024 and the service behind 'Ook genoemd' (issue 16): nicknames of pupils,
guardians and staff, stored sealed and audited, upgraded into old vaults, gone with the
pupil at retention."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, TODAY, copy_vault
from tests.security.helpers import raw_connection
from zorgdesk.domain.people import GuardianDraft, PupilDraft
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.store import migrations
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault

VAULTS = Path(__file__).resolve().parents[1] / "data" / "vaults"


def _draft(**changes) -> PupilDraft:
    values = {"first_name": "Sven", "last_name": "Oudshoorn", "date_of_birth": "02-02-2017",
              "start_date": "01-09-2021"} | changes
    return PupilDraft(**values)


@pytest.mark.parametrize(("name", "passphrase"), [
    ("voor-issue-18.zdv", DEMO_PASSPHRASE), ("voor-issue-20.zdv", "Zeeën café ijsbeer kroeg")])
def test_committed_older_vaults_upgrade_clean_and_take_nicknames(tmp_path, name, passphrase):
    path = copy_vault(VAULTS / name, tmp_path)
    with Vault.open(path, passphrase) as vault:
        assert vault.schema_version() == migrations.latest_version() >= 24
        assert vault.verify() == []
        basedata = Session(vault).basedata
        pupil = basedata.pupils(include_inactive=True)[0]
        assert pupil.nicknames == ()
        draft = PupilDraft(pupil.first_name, pupil.last_name, pupil.date_of_birth,
                           pupil.start_date, pupil.tussenvoegsel, pupil.gender,
                           pupil.group_id, pupil.leave_date, nicknames="Kruimel, Mo")
        basedata.update_pupil(pupil.id, draft)
        assert basedata.pupil(pupil.id).nicknames == ("Kruimel", "Mo")
        assert vault.verify() == []
    with Vault.open(path, passphrase) as vault:  # a second open: the same, still clean
        assert Session(vault).basedata.pupil(pupil.id).nicknames == ("Kruimel", "Mo")
        assert vault.verify() == []


def test_nicknames_are_kept_in_order_once_and_as_typed(new_vault):
    basedata = Session(new_vault, FixedClock(TODAY)).basedata
    pupil_id = basedata.add_pupil(_draft(nicknames=" Kruimel ,  Zoë  🦁, kruimel, de  Beer"))
    assert basedata.pupil(pupil_id).nicknames == ("Kruimel", "Zoë 🦁", "de Beer")
    assert basedata.pupils()[0].nicknames == ("Kruimel", "Zoë 🦁", "de Beer")
    basedata.update_pupil(pupil_id, _draft(nicknames=("Mo",)))
    assert basedata.pupil(pupil_id).nicknames == ("Mo",)
    basedata.update_pupil(pupil_id, _draft(nicknames=""))
    assert basedata.pupil(pupil_id).nicknames == ()
    assert new_vault.read().execute("SELECT COUNT(*) FROM person_nickname").fetchone()[0] == 0
    assert new_vault.verify() == []


def test_guardian_and_staff_nicknames(new_vault):
    basedata = Session(new_vault, FixedClock(TODAY)).basedata
    pupil_id = basedata.add_pupil(_draft())
    guardian_id = basedata.add_guardian(pupil_id, GuardianDraft(
        "Henk Jansen", "stiefouder", nicknames="Beer, de Beer"))
    assert basedata.guardians(pupil_id)[0].nicknames == ("Beer", "de Beer")
    basedata.update_guardian(guardian_id, GuardianDraft("Henk Jansen", "stiefouder",
                                                        nicknames="Beer"))
    assert basedata.guardians(pupil_id)[0].nicknames == ("Beer",)
    staff_id = basedata.add_staff("Bert de Wit", "Conciërge")
    basedata.set_staff_nicknames(staff_id, "Meester Bert")
    assert basedata.staff()[0].nicknames == ("Meester Bert",)
    assert new_vault.verify() == []


def test_the_audit_names_the_field_but_never_a_nickname(new_vault):
    basedata = Session(new_vault, FixedClock(TODAY)).basedata
    pupil_id = basedata.add_pupil(_draft(nicknames="Kruimel"))
    rows = new_vault.read().execute(
        "SELECT action, entity, entity_id, fields FROM audit_log"
        " WHERE action = 'leerling.bijnamen'").fetchall()
    assert rows == [("leerling.bijnamen", "pupil", str(pupil_id), '["nicknames"]')]
    dump = repr(new_vault.read().execute("SELECT * FROM audit_log").fetchall())
    assert "Kruimel" not in dump


def test_a_nickname_changed_outside_zorgdesk_is_reported(new_vault):
    basedata = Session(new_vault, FixedClock(TODAY)).basedata
    basedata.add_pupil(_draft(nicknames="Kruimel"))
    path = new_vault.path
    new_vault.close()
    raw = raw_connection(path, PASSPHRASE)
    raw.execute("DROP TRIGGER person_nickname_seal_update")
    raw.execute("UPDATE person_nickname SET nicknames = '[\"Kruimeltje\"]'")
    raw.commit()
    raw.close()
    with Vault.open(path, PASSPHRASE) as vault:
        assert any("bijnamenregel" in problem for problem in vault.verify())


@pytest.mark.parametrize(("typed", "message"), [
    ("Kruimel,,Mo", "Tussen twee komma's staat geen bijnaam"),
    ("Kruimel, ", "Tussen twee komma's staat geen bijnaam"),
    ("K", "'K' heeft geen twee letters"),
    ("🦁", "'🦁' heeft geen twee letters"),
    ("Mama", "'Mama' is een gewoon woord dat in bijna elke zin staat"),
    ("x" * 41, "is te lang (maximaal 40 tekens)"),
    (", ".join(f"Naam{chr(97 + n)}" for n in range(11)), "Vul hoogstens 10 bijnamen in."),
])
def test_a_bad_nickname_is_refused_in_dutch_and_nothing_is_stored(new_vault, typed, message):
    basedata = Session(new_vault, FixedClock(TODAY)).basedata
    with pytest.raises(ValidationError) as refused:
        basedata.add_pupil(_draft(nicknames=typed))
    assert any(message in m for m in refused.value.for_field("nicknames"))
    assert basedata.pupils() == []
    assert typed not in str(refused.value) and typed not in repr(refused.value)


def test_retention_removes_the_pupils_and_guardians_nicknames(tmp_path):
    from zorgdesk.services.retention import export_digest

    vault, _ = Vault.create(tmp_path / "s.zdv", PASSPHRASE, school_name="OBS",
                            user_name="Ineke Test", kdf=FAST_KDF_FOR_TESTS)
    with vault:
        session = Session(vault, FixedClock(TODAY))
        basedata = session.basedata
        gone = basedata.add_pupil(_draft(nicknames="Kruimel", start_date="01-09-2010",
                                         date_of_birth="02-02-2006", leave_date="01-07-2014"))
        basedata.add_guardian(gone, GuardianDraft("Henk Jansen", "vader", nicknames="Beer"))
        stays = basedata.add_pupil(_draft(first_name="Zoë", nicknames="Zoetje"))
        export = session.retention.export_json(gone)
        assert b"Kruimel" in export and b"Beer" in export and b"Zoetje" not in export
        session.retention.delete_after_export(gone, export_digest(export))
        left = vault.read().execute("SELECT nicknames FROM person_nickname").fetchall()
        assert left == [('["Zoetje"]',)]
        assert basedata.pupil(stays).nicknames == ("Zoetje",)
        assert vault.verify() == []
