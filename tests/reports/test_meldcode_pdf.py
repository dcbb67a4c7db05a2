"""The printed dossier meldcode holds the form, every event and every reason."""

from __future__ import annotations

import io

from pypdf import PdfReader

from tests.services.test_meldcode_service import pupil_id, service_for, walk_to_melding


def _text(data: bytes) -> str:
    reader = PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_pdf_contains_form_history_and_reasons(demo_vault):
    svc = service_for(demo_vault)
    t = walk_to_melding(svc, pupil_id(demo_vault))
    data = svc.dossier_pdf(t.id)
    text = " ".join(_text(data).split())
    assert data.startswith(b"%PDF")
    assert "Rapportage meldcode" in text
    assert "Leerling: Noor Bouzid" in text
    for field in ("Contactpersoon", "Maatschappelijke onrust", "Extern consult", "Knelpunten"):
        assert field in text
    assert "Ja, op 20-11-2026 door Marieke Hoekstra (kenmerk Veilig Thuis: VT-2026-0042)" in text
    # Every event is listed with who and when.
    assert text.count("Marieke Hoekstra") >= len(t.meldcode.events)
    for step in ("Stap 1: Signalen in kaart brengen", "Stap 3: Gesprek met ouders (en kind)",
                 "Stap 5: Beslissen"):
        assert step in text
    # Answers, reasons and decisions.
    assert "Vraag 2 (Veiligheid): twijfel" in text
    assert "Onduidelijk of het thuis veilig is." in text
    assert "Gesprek met ouders niet gevoerd: Veiligheid van het kind" in text
    assert "Vader reageerde eerder dreigend." in text
    assert "Twijfel over veiligheid: melden." in text
    assert "Eerst oordeel Veilig Thuis." in text
    assert "Gekoppeld: Signalenlijst 3" in text and "Gekoppeld: Logboekregel 7" in text
    assert "Contra-signalen: Noor is vrolijk in de klas." in text
    assert "Uitkomst afwegingskader: Direct melden bij Veilig Thuis" in text


def test_pdf_is_deterministic(demo_vault):
    from datetime import date
    svc = service_for(demo_vault)
    t = walk_to_melding(svc, pupil_id(demo_vault))
    assert svc.dossier_pdf(t.id, date(2026, 11, 25)) == svc.dossier_pdf(t.id, date(2026, 11, 25))
