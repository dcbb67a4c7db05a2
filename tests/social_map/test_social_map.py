"""Sociale kaart (issue 22, seed 003 l.5432-5467, l.3425-3427): data, migration, dialog."""

from __future__ import annotations

import pytest

from tests.conftest import PASSPHRASE
from tests.security.helpers import drop_seal_triggers, raw_connection
from zorgdesk.domain.social_map import (
    HELP_CATEGORIES,
    VEILIG_THUIS_CATEGORIES,
    Category,
    SocialMapDraft,
    validate_entry,
)
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.session import Session
from zorgdesk.store import audit, migrations
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.store.vault import Vault

# The organisations the seed's sociale kaart names (l.5434-5458), plus Veilig Thuis (l.3428).
SEED_ORGANISATIONS = [
    "Jeugdgezondheidszorg, GGD", "Sociaal wijkteam (SWT)", "Jeugd- en gezinsteam (JGT)",
    "Centrum voor Jeugd en Gezin (CJG)", "Calamiteiten- en zedenteam",
    "Sociale Jeugd- en Zedenpolitie (SJZP)", "Veilig Thuis",
]


def test_new_vault_is_prefilled_with_the_seeds_organisations_without_phone_numbers(new_vault):
    entries = Session(new_vault).social_map.entries()
    assert [e.organisation for e in entries] == SEED_ORGANISATIONS
    assert all(e.phone == "" and e.contact_person == "" and e.email == "" for e in entries)
    assert {e.category for e in entries} == set(Category) - {Category.KETENPARTNER}
    assert new_vault.verify() == []


def test_validation_speaks_dutch_per_field():
    _, problems = validate_entry(SocialMapDraft("onbekend", " ", phone="bel mij",
                                                email="geen-adres"))
    by_field = {p.field: p.message for p in problems}
    assert by_field["category"] == "Kies een categorie uit de lijst."
    assert by_field["organisation"] == "Vul de naam van de organisatie in."
    assert "alleen cijfers" in by_field["phone"]
    assert "niet geldig" in by_field["email"]
    values, problems = validate_entry(SocialMapDraft("cjg", "  CJG Zuid ", phone="010-1234567"))
    assert problems == [] and values["organisation"] == "CJG Zuid"


def test_add_update_deactivate_audited_and_sealed(new_vault):
    service = Session(new_vault).social_map
    entry_id = service.add(SocialMapDraft("jeugd_en_gezinsteam", "JGT Noord",
                                          contact_person="Ans de Wit", phone="010-1234567"))
    assert service.entry(entry_id).label == "JGT Noord (Ans de Wit, 010-1234567)"
    service.update(entry_id, SocialMapDraft("jeugd_en_gezinsteam", "JGT Noord",
                                            contact_person="Bram Smit", phone="010-1234567"))
    with pytest.raises(ValidationError) as refused:
        service.update(entry_id, SocialMapDraft("jeugd_en_gezinsteam", ""))
    assert refused.value.for_field("organisation")
    assert service.entry(entry_id).contact_person == "Bram Smit"
    service.set_active(entry_id, False)
    assert entry_id not in [e.id for e in service.entries()]
    assert entry_id in [e.id for e in service.entries(include_inactive=True)]
    actions = [e.action for e in audit.read_entries(new_vault.read(), "social_map_entry",
                                                    entry_id)]
    assert actions == ["sociale_kaart.toegevoegd", "sociale_kaart.gewijzigd",
                       "sociale_kaart.niet_meer_gebruikt"]
    assert new_vault.verify() == []


def test_choices_follow_the_category_order_and_skip_inactive(new_vault):
    service = Session(new_vault).social_map
    regional = service.add(SocialMapDraft("veilig_thuis", "Veilig Thuis Rotterdam-Rijnmond"))
    assert [label for _, label in service.choices(VEILIG_THUIS_CATEGORIES)] == [
        "Veilig Thuis", "Veilig Thuis Rotterdam-Rijnmond"]
    service.set_active(regional, False)
    assert [i for i, _ in service.choices(VEILIG_THUIS_CATEGORIES)] != [regional]
    help_labels = [label for _, label in service.choices(HELP_CATEGORIES)]
    assert help_labels[0] == "Jeugdgezondheidszorg, GGD"
    assert help_labels.index("Calamiteiten- en zedenteam") > help_labels.index(
        "Centrum voor Jeugd en Gezin (CJG)")


def test_a_changed_entry_is_detected_by_verify(new_vault):
    path = new_vault.path
    entry_id = Session(new_vault).social_map.choices(VEILIG_THUIS_CATEGORIES)[0][0]
    new_vault.close()
    conn = raw_connection(path, PASSPHRASE)
    drop_seal_triggers(conn, "social_map_entry")
    conn.execute("UPDATE social_map_entry SET phone='0900-1234567' WHERE id=?", (entry_id,))
    conn.close()
    with Vault.open(path, PASSPHRASE) as vault:
        problems = vault.verify()
    assert any("sociale-kaartregel" in problem.lower() for problem in problems), problems


def test_migration_from_the_previous_version_adds_the_prefilled_map(tmp_path, monkeypatch):
    latest = migrations.available()
    number = next(n for n, name in latest if name.endswith("_social_map"))
    previous = [m for m in latest if m[0] < number]
    path = tmp_path / "oud.zdv"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "available", lambda: previous)
        patch.setattr(migrations, "latest_version", lambda: len(previous))
        vault, _ = Vault.create(path, PASSPHRASE, school_name="OBS Oud", user_name="Ineke",
                                kdf=FAST_KDF_FOR_TESTS)
        names = [r[0] for r in vault.read().execute("SELECT name FROM sqlite_master")]
        assert "social_map_entry" not in names
        vault.close()
    with Vault.open(path, PASSPHRASE) as vault:
        assert vault.schema_version() == len(latest)
        assert [e.organisation for e in Session(vault).social_map.entries()] == SEED_ORGANISATIONS
        assert vault.verify() == []


# -- the Beheer dialog --------------------------------------------------------------------


@pytest.fixture
def dialog(qtbot, tmp_path):
    from zorgdesk.ui.social_map.dialog import SocialMapDialog

    session, _ = Session.create(tmp_path / "s.zdv", PASSPHRASE, school_name="OBS Test",
                                place="Delft", user_name="Ineke", with_recovery_key=False,
                                kdf=FAST_KDF_FOR_TESTS)
    dlg = SocialMapDialog(session)
    qtbot.addWidget(dlg)
    yield dlg
    session.close()


def test_dialog_lists_the_map_and_adds_an_entry_keeping_bad_input(dialog):
    assert dialog.entries.count() == len(SEED_ORGANISATIONS)
    assert dialog.entries.currentItem().text().startswith("Jeugdgezondheidszorg (GGD) — ")
    dialog.new_button.click()
    dialog.category.setCurrentIndex(dialog.category.findData("cjg"))
    dialog.fields["organisation"].setText("CJG Delft")
    dialog.fields["phone"].setText("bel 015")
    dialog.save_button.click()
    assert dialog.errors["phone"].isVisibleTo(dialog)
    assert "alleen cijfers" in dialog.errors["phone"].text()
    assert dialog.fields["organisation"].text() == "CJG Delft"
    assert dialog.entries.count() == len(SEED_ORGANISATIONS)
    dialog.fields["phone"].setText("015-1234567")
    dialog.save_button.click()
    assert not dialog.errors["phone"].isVisibleTo(dialog)
    assert dialog.entries.count() == len(SEED_ORGANISATIONS) + 1
    assert dialog.entries.currentItem().text() == (
        "Centrum voor Jeugd en Gezin (CJG) — CJG Delft (015-1234567)")
    dialog.active_button.click()
    assert dialog.entries.count() == len(SEED_ORGANISATIONS)
    dialog.show_inactive.setChecked(True)
    texts = [dialog.entries.item(i).text() for i in range(dialog.entries.count())]
    assert any(t.endswith("(niet meer in gebruik)") for t in texts)


def test_an_organisation_named_as_its_category_is_listed_once(dialog):
    """Walk s28: the prefilled map listed 'Veilig Thuis — Veilig Thuis' and 'Sociaal
    wijkteam (SWT) — Sociaal wijkteam (SWT)'."""
    texts = [dialog.entries.item(i).text() for i in range(dialog.entries.count())]
    assert "Veilig Thuis" in texts and "Sociaal wijkteam (SWT)" in texts
    assert not [t for t in texts if t.split(" — ")[0] == t.split(" — ")[-1] and " — " in t]
    assert "Jeugdgezondheidszorg (GGD) — Jeugdgezondheidszorg, GGD" in texts


def test_dialog_every_field_has_a_name_and_a_mnemonic(dialog):
    from PySide6.QtWidgets import QLabel

    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for widget in (dialog.entries, dialog.category, dialog.note, *dialog.fields.values()):
        assert widget.accessibleName()
        assert widget in buddies
    letters = [label.text().split("&")[1][0].lower() for label in dialog.findChildren(QLabel)
               if "&" in label.text()]
    letters += [b.text().split("&")[1][0].lower() for b in (
        dialog.new_button, dialog.save_button, dialog.active_button)]
    letters.append("u")  # the checkbox
    assert len(letters) == len(set(letters))
