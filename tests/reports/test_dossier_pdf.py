"""Inzage dossier PDF from a real vault, read back with pypdf."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from zorgdesk.domain.anonymise.export_names import NameScrubber
from zorgdesk.domain.logbook import INTERPRETATION_LABEL, LogbookEntryDraft, SignalledBy
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session


def text_of(pdf: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def svc(demo_vault):
    return Session(demo_vault, FixedClock(TODAY)).logbook


def pupil_id(vault, first: str) -> int:
    return vault.read().execute("SELECT id FROM pupil WHERE first_name = ?", (first,)).fetchone()[0]


def test_dossier_has_entries_history_interpretation_and_parents(svc, demo_vault):
    zoe = pupil_id(demo_vault, "Zoë")
    text = text_of(svc.dossier.pdf(zoe))
    assert "Inzage leerlingdossier" in text
    assert "Zoë kwam zonder jas binnen" in text
    assert "De plek past naar mijn indruk niet goed bij een val van de trap." in text
    assert INTERPRETATION_LABEL.split(" (")[0] in text and "(geen feit)" in text
    assert "Versie 2 (gecorrigeerd)" in text and "Eerdere versie 1" in text
    assert "Tijdstip verkeerd genoteerd" in text
    assert "13-10-2026 08:35" in text and "13-10-2026 08:25" in text  # old and new time
    assert "Er is inmiddels een nieuwe jas gekocht." in text  # zienswijze
    assert "Nog niet beantwoord" in text  # correction request
    assert "bron zonder toestemming" not in text  # that was Daan's entry, not Zoë's


def test_other_pupil_only_by_initials(svc, demo_vault):
    emre, bram = pupil_id(demo_vault, "Emre"), pupil_id(demo_vault, "Bram")
    text = text_of(svc.dossier.pdf(emre))
    assert "Bram de Jong" not in text and "Bram" not in text
    assert "B.d.J." in text
    assert "Jeugdverpleegkundige GGD" in text  # sharing trail
    other = text_of(svc.dossier.pdf(bram))
    assert "Emre Çelik" not in other and "Emre" not in other
    assert "E.Ç." in other


def test_full_names_of_other_pupils_scrubbed_from_any_entry(svc, demo_vault):
    sem = pupil_id(demo_vault, "Sem")
    staff = str(demo_vault.read().execute("SELECT min(id) FROM staff").fetchone()[0])
    svc.add_entry(LogbookEntryDraft(
        pupil_ids=(str(sem),), entry_date=TODAY, signalled_by=SignalledBy(staff_id=staff),
        situation="Sem speelde met ZOE VAN DER BERG en Noor bij de schommel."))
    text = text_of(svc.dossier.pdf(sem))
    assert "ZOE VAN DER BERG" not in text and "Z.v.d.B." in text
    # Every form of every other pupil goes, also a first name alone (issue 16: "Svens",
    # "Oudshoorn" alone leaked): Noor is a pupil of the school.
    assert "bij de schommel" in text and "Noor bij" not in text


def test_name_scrubber_handles_diacritics_and_case():
    scrub = NameScrubber(["Emre Çelik", "Daniëlle van Dijk"], ["Emre Çelik"])
    assert scrub("emre celik en DANIELLE VAN DIJK; Emre lachte") == \
        "E.Ç. en D.v.D.; E.Ç. lachte"
    assert scrub("") == ""
