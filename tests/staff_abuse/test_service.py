"""Staff-abuse dossiers on a real vault: stored, audited without names, kept out of every
other export, PDF says who may read it, retention removes it with the pupil."""

from __future__ import annotations

import json
from datetime import date, timedelta
from io import BytesIO

from pypdf import PdfReader

from tests.conftest import TODAY
from tests.refusals import refused
from zorgdesk.domain.staff_abuse import StaffAbuseError
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.retention import export_digest
from zorgdesk.services.session import Session

DAY = date(2026, 11, 2)
STAFF = "invalkracht Gerrit Zwart"


def pupil(session, name="Julia Kowalska"):
    return next(p for p in session.basedata.pupils() if p.display_name == name)


def walked(session):
    s = session.staff_abuse
    case = s.start(pupil(session).id, on=DAY, informant="medewerker", to_bevoegd_gezag=True,
                   bevoegd_gezag="mevrouw A. de Boer (bestuurder)", staff_member=STAFF,
                   facts="Julia vertelde dat de invalkracht haar na de gym vasthield.")
    s.perform(case.id, "consult", "vertrouwensinspecteur", on=DAY, advice="Aangifte doen.")
    s.perform(case.id, "establish", True, on=DAY + timedelta(days=1), reasoning="Advies.")
    return case.id


def test_stored_replayed_and_the_audit_names_nobody(session):
    case_id = walked(session)
    again = Session(session.vault, FixedClock(TODAY)).staff_abuse.load(case_id)
    assert again.state.reasonable_suspicion is True and again.state.staff_member == STAFF
    audit = " ".join(r[0] for r in session.vault.read().execute(
        "SELECT fields FROM audit_log WHERE action LIKE 'medewerker-dossier.%'"))
    assert "Gerrit" not in audit and "vasthield" not in audit
    assert session.vault.verify() == []
    with refused(StaffAbuseError, match="verplicht aangifte", field=""):
        session.staff_abuse.perform(case_id, "close", on=TODAY, reasoning="x")


def test_pdf_says_who_may_read_it_and_lists_the_open_duty(session):
    case_id = walked(session)
    pdf = PdfReader(BytesIO(session.staff_abuse.pdf(case_id)))
    text = " ".join(" ".join(p.extract_text().split()) for p in pdf.pages)
    assert "alleen voor het bevoegd gezag en de aandachtsfunctionaris" in text
    assert "Leerling: Julia Kowalska" in text and STAFF in text
    assert "verplicht aangifte te doen bij de politie" in text


def test_kept_out_of_inzage_vandaag_and_the_yearly_account(session):
    case_id = walked(session)
    julia = pupil(session)
    x = session.inzage.collect(julia.id)
    assert "Gerrit" not in session.inzage.to_json(x).decode("utf-8")
    assert not any(d.pupil_id == julia.id and "medewerker" in d.what.lower()
                   for d in session.today_overview.deadlines())
    assert session.staff_abuse.load(case_id).pupil_id == julia.id


def test_retention_removes_the_dossier_with_the_pupil(session):
    walked(session)
    julia = pupil(session)
    session.basedata.deactivate_pupil(julia.id, max(julia.start_date, date(2023, 7, 1)))
    retention = Session(session.vault, FixedClock(TODAY)).retention
    export = retention.export_json(julia.id)
    assert len(json.loads(export)["tables"]["staff_abuse_event"]) == 3
    retention.delete_after_export(julia.id, export_digest(export))
    assert [c.pupil_id for c in session.staff_abuse.all()] == [
        pupil(session, "Saar van Leeuwen").id]  # only the demo dossier of another pupil
    assert session.vault.verify() == []
