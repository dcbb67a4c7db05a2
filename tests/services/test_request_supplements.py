"""A correction request granted by *adding* to the dossier (aanvullen, seed 003 l.4613-4616),
on a real vault: the answer must name what was added, the letter (read back with pypdf)
says exactly that, the proof holds no content, and Kluis controleren stays clean."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from tests.services.test_logbook import draft
from zorgdesk.domain.logbook.request_answer import NOTHING_DESCRIBED
from zorgdesk.domain.validation import ValidationError
from zorgdesk.store import audit

RECEIVED = TODAY - timedelta(days=6)


def _request(session, pupil) -> int:
    return session.parents.add_correction_request(
        pupil.id, RECEIVED, "Ingrid van der Berg (moeder)",
        "Graag toevoegen dat Zoë die week slecht sliep door de verhuizing.")


def _entry(session, pupil, day) -> int:
    return session.logbook.add_entry(draft([pupil.id], session.vault, entry_date=(
        f"{day:%d-%m-%Y}"), situation="Zoë zat stil in de kring en at niet."))


def _text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def _problems(error) -> dict[str, str]:
    return {p.field: p.message for p in error.value.problems}


def test_a_grant_that_names_nothing_is_refused_with_guidance(session, zoe):
    request = _request(session, zoe)
    for outcome in ("toegewezen", "deels toegewezen"):
        with pytest.raises(ValidationError) as error:
            session.request_answers.answer(request, outcome, TODAY)
        assert _problems(error) == {"entries": NOTHING_DESCRIBED}
    assert session.parents.correction_request(request).is_open  # nothing written
    # Refusing or withdrawing needs nothing of the kind.
    session.request_answers.answer(request, "ingetrokken", TODAY)


def test_what_was_added_on_the_request_is_named_in_the_letter(session, zoe, demo_vault):
    old = _entry(session, zoe, RECEIVED - timedelta(days=12))
    request = _request(session, zoe)
    zid = session.parents.add_zienswijze(zoe.id, TODAY - timedelta(days=2),
                                         "Ingrid van der Berg", "Zoë sliep slecht door de "
                                         "verhuizing.", [old])
    note = session.logbook_progress.add(old, TODAY - timedelta(days=1), "",
                                        "Moeder vertelde over de verhuizing.")
    new = _entry(session, zoe, TODAY)
    choices = {c.key: c for c in session.request_answers.supplement_choices(request)}
    assert {("zienswijze", zid), ("aanvulling", note), ("logboeknotitie", new)} <= set(choices)
    assert ("logboeknotitie", old) not in choices  # dated before the request came in
    assert choices[("zienswijze", zid)].title.startswith(
        f"Zienswijze van Ingrid van der Berg, ontvangen {TODAY - timedelta(days=2):%d-%m-%Y}"
        f", bij de notitie van {RECEIVED - timedelta(days=12):%d-%m-%Y}")
    answered = session.request_answers.answer(
        request, "toegewezen", TODAY, supplemented=[("zienswijze", zid), ("aanvulling", note)])
    assert [s.kind.value for s in answered.supplements] == ["zienswijze", "aanvulling"]
    text = _text(session.request_answers.letter_pdf(request))
    flat = " ".join(text.split())
    old_day = RECEIVED - timedelta(days=12)
    assert "Wat wij aan het dossier hebben toegevoegd:" in flat
    assert (f"Uw zienswijze (ontvangen op {(TODAY - timedelta(days=2)).day} november 2026) "
            f"is aan het dossier toegevoegd bij de logboeknotitie van {old_day.day} november "
            "2026") in flat
    assert (f"Er is een aanvulling van {(TODAY - timedelta(days=1)).day} november 2026 "
            f"opgenomen bij de logboeknotitie van {old_day.day} november 2026.") in flat
    assert "Wat er al in het dossier stond, blijft staan" in flat
    assert "zoals beschreven" not in flat and "verhuizing" not in flat  # no content
    rows = [e for e in audit.read_entries(demo_vault.read()) if e.entity == "request_supplement"]
    assert [e.action for e in rows] == ["logboek.aanvulling_op_verzoek"] * 2
    assert set(rows[0].fields) == {"request_id", "record_kind", "record_id"}
    assert demo_vault.verify() == []


def test_only_what_was_added_to_this_pupil_after_the_request_counts(session, zoe):
    request = _request(session, zoe)
    daan = session.basedata.pupils("daan van der berg")[0]
    other = _entry(session, daan, TODAY)
    before = _entry(session, zoe, RECEIVED - timedelta(days=1))
    for key in (("logboeknotitie", other), ("logboeknotitie", before), ("zienswijze", 999)):
        with pytest.raises(ValidationError) as error:
            session.request_answers.answer(request, "toegewezen", TODAY, supplemented=[key])
        assert "na ontvangst van het verzoek" in _problems(error)["supplements"]
    new = _entry(session, zoe, TODAY)
    with pytest.raises(ValidationError) as error:  # added, but the request was refused
        session.request_answers.answer(request, "afgewezen", TODAY, "Klopt zo.",
                                       supplemented=[("logboeknotitie", new)])
    assert "toegewezen" in _problems(error)["supplements"]
    answered = session.request_answers.answer(request, "deels toegewezen", TODAY,
                                              "De rest klopt.",
                                              supplemented=[("logboeknotitie", new)])
    flat = " ".join(_text(session.request_answers.letter_pdf(request)).split())
    assert (f"Er is een nieuwe logboeknotitie van {TODAY.day} november 2026 aan het dossier "
            "toegevoegd.") in flat
    assert "Voor het overige wijzen wij uw verzoek af. De reden: De rest klopt." in flat
    assert answered.supplements[0].record_id == new


def test_the_supplement_goes_with_the_pupil_at_retention(session, zoe, demo_vault):
    from zorgdesk.services.retention_plans import pupil_tables

    assert "request_supplement" in {t.name for t in pupil_tables()}


def test_the_dossier_pdf_says_what_was_added_on_the_request(session, zoe):
    request = _request(session, zoe)
    new = _entry(session, zoe, TODAY)
    session.request_answers.answer(request, "toegewezen", TODAY,
                                   supplemented=[("logboeknotitie", new)])
    pdf = session.logbook.dossier.pdf(zoe.id)
    flat = " ".join(_text(pdf).split())
    assert (f"Toegevoegd op dit verzoek: een nieuwe logboeknotitie van {TODAY.day} november "
            "2026.") in flat


def test_a_pupil_with_a_supplement_is_deleted_at_retention_without_a_trace(session, zoe,
                                                                         demo_vault):
    """The append-only proof goes with the pupil: export, delete, Kluis controleren."""
    import json
    from datetime import date

    from zorgdesk.services.retention import export_digest

    request = _request(session, zoe)
    new = _entry(session, zoe, TODAY)
    session.request_answers.answer(request, "toegewezen", TODAY,
                                   supplemented=[("logboeknotitie", new)])
    session.basedata.deactivate_pupil(zoe.id, max(zoe.start_date, date(2023, 7, 1)))
    export = session.retention.export_json(zoe.id)
    assert len(json.loads(export)["tables"]["request_supplement"]) == 1
    session.retention.delete_after_export(zoe.id, export_digest(export))
    assert demo_vault.read().execute(
        "SELECT count(*) FROM request_supplement").fetchone()[0] == 0
    assert demo_vault.verify() == []


def test_a_note_removed_on_the_request_is_not_also_named_as_added(session, zoe):
    """The letter would say both 'verwijderd' and 'toegevoegd' of one note."""
    request = _request(session, zoe)
    new = _entry(session, zoe, TODAY)
    with pytest.raises(ValidationError) as error:
        session.request_answers.answer(request, "toegewezen", TODAY, remove=[new],
                                       grondslag="Onjuist.",
                                       supplemented=[("logboeknotitie", new)])
    assert "supplements" in _problems(error)
    assert session.parents.correction_request(request).is_open  # nothing written
