"""A deleted pupil's name leaves the logboek entries it shared with pupils who stay."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tests.conftest import TODAY
from tests.security.helpers import raw_connection
from tests.services.test_logbook import draft
from zorgdesk.domain.anonymise.anonymiser import KnownName
from zorgdesk.domain.anonymise.name_removal import remove_name
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.logbook.shared_retention import REWRITE_ACTION
from zorgdesk.services.retention import export_digest
from zorgdesk.services.session import Session
from zorgdesk.store.vault import Vault

# "Çelik" itself stays: his sister at school and their parents carry it too.
EMRE_FORMS = re.compile(r"emre|\bE\.\s?[CÇ]\.", re.IGNORECASE)


def _every_text_value(conn) -> str:
    """Every value of every table (FTS shadow tables included), decrypted, via SQL."""
    parts = []
    for (table,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for row in conn.execute(f'SELECT * FROM "{table}"').fetchall():  # noqa: S608
            parts.extend(v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)
                         for v in row)
    return "\n".join(parts)


def test_remove_name_takes_every_form_and_keeps_the_pupil_who_stays():
    gone = KnownName("Zoë van der Berg", first="Zoë", tussenvoegsel="van der", last="Berg")
    stays = [KnownName("Daan van der Berg", first="Daan", tussenvoegsel="van der",
                       last="Berg")]
    text = "Daan van der Berg en zijn zus Zoe duwden; ZOË's jas, Zoëtje, Z.v.d.B. huilde."
    out = remove_name(text, gone, stays)
    assert out.startswith("Daan van der Berg en zijn zus [medeleerling] duwden")
    assert "Zo" not in out and "Z.v" not in out and out.count("[medeleerling]") == 4
    assert remove_name("", gone) == ""
    assert remove_name("Niets te doen 😀", gone) == "Niets te doen 😀"


def test_shared_entries_lose_the_deleted_pupils_name_in_every_version(demo_path):
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        data = Session(vault, FixedClock(TODAY)).basedata
        emre, bram = data.pupils("emre")[0], data.pupils("bram")[0]
        logbook = Session(vault, FixedClock(TODAY)).logbook
        entry_id = logbook.add_entry(draft(
            [emre.id, bram.id], vault, situation="Emre Çelik duwde Bram; Emre's jas scheurde."))
        logbook.correct_entry(entry_id, draft(
            [emre.id, bram.id], vault, situation="Celik duwde Bram de Jong bij het hek.",
            interpretation="E.Ç. leek boos."), "Naam van Emre stond er verkeerd")
        progress = Session(vault, FixedClock(TODAY)).logbook_progress
        progress.add(entry_id, TODAY, None, "Emre en Bram gaven elkaar een hand.")
        shared = ({i.entry_id for i in logbook.chronology(emre.id)}
                  & {i.entry_id for i in logbook.chronology(bram.id)})
        data.deactivate_pupil(emre.id, max(emre.start_date, date(2023, 7, 1)))
        service = Session(vault, FixedClock(TODAY)).retention
        service.delete_after_export(emre.id, export_digest(service.export_json(emre.id)))

        assert shared <= {i.entry_id for i in logbook.chronology(bram.id)}
        versions = logbook.history(entry_id).all_versions
        assert [v.content.situation for v in versions] == [
            "[medeleerling] duwde Bram; [medeleerling] jas scheurde.",
            "[medeleerling] duwde Bram de Jong bij het hek."]
        assert versions[1].content.interpretation == "[medeleerling] leek boos."
        assert versions[1].reason == "Naam van [medeleerling] stond er verkeerd"
        assert [n.text for n in progress.for_entry(entry_id)] == [
            "[medeleerling] en Bram gaven elkaar een hand."]
        assert all(v.content.pupil_ids == (str(bram.id),) for v in versions)
        assert entry_id in {h.entry_id for h in logbook.search("medeleerling")}
        assert logbook.search("Emre") == []
        rewrites = vault.read().execute(
            "SELECT entity_id, fields FROM audit_log WHERE action = ?",
            (REWRITE_ACTION,)).fetchall()
        assert (str(entry_id), "[]") in rewrites
        assert len(rewrites) == len(shared)
        assert "elik" not in vault.read().execute(
            "SELECT group_concat(content || coalesce(reason, '')) FROM logbook_version"
            " WHERE entry_id = ?", (entry_id,)).fetchone()[0]
        assert vault.verify() == []
    conn = raw_connection(demo_path, DEMO_PASSPHRASE)
    try:
        leftovers = EMRE_FORMS.findall(_every_text_value(conn))
    finally:
        conn.close()
    assert leftovers == [], demo_path
    with Vault.open(demo_path, DEMO_PASSPHRASE) as vault:
        assert vault.verify() == []
        # The append-only rule is back on the rewritten table.
        with pytest.raises(Exception, match="alleen-toevoegen"), vault.transaction() as cur:
            cur.execute("UPDATE logbook_version SET content = '' WHERE entry_id = ?",
                        (entry_id,))
        with pytest.raises(Exception, match="alleen-toevoegen"), vault.transaction() as cur:
            cur.execute("UPDATE logbook_progress SET text = '' WHERE entry_id = ?",
                        (entry_id,))
