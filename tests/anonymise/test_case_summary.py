"""Summary from the real demo vault, the anonymous PDF read back, the sharing trail, CLI."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pypdf
import pytest

from tests.conftest import TODAY
from zorgdesk.domain.anonymise.case_summary import (
    CaseFacts,
    DatedNote,
    FamilyMember,
    anchor_name,
    group_level,
    relative_label,
    summary_text,
)
from zorgdesk.domain.text import fold
from zorgdesk.reports.case_summary_pdf import render_case_summary
from zorgdesk.services.anonymise.case_summary import BASIS, SHARED_WITH
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import (
    DEMO_PLACE,
    DEMO_SCHOOL,
    DEMO_USER,
    FAMILIES,
    PUPILS,
    STAFF,
)
from zorgdesk.services.session import Session

SRC = Path(__file__).resolve().parents[2] / "src"


FIRST = "de eerste waarneming"


@pytest.mark.parametrize(("day", "label"), [
    (date(2026, 3, 2), f"op de dag van {FIRST}"), (date(2026, 3, 3), f"1 dag na {FIRST}"),
    (date(2026, 3, 8), f"6 dagen na {FIRST}"), (date(2026, 3, 9), f"1 week na {FIRST}"),
    (date(2026, 3, 10), f"1 week en 1 dag na {FIRST}"),
    (date(2026, 3, 11), f"1 week en 2 dagen na {FIRST}"),
    (date(2026, 3, 23), f"3 weken na {FIRST}"), (date(2026, 2, 16), f"2 weken vóór {FIRST}"),
])
def test_relative_dates(day, label):
    """Walks s34/s35: '6 weken en 4 dagen later: Meldcodetraject gestart.' under 'Wat de
    school al heeft gedaan' did not say later than what; every label names it."""
    assert relative_label(day, date(2026, 3, 2)) == label
    assert relative_label(day, date(2026, 3, 2), "het eerste gesprek") == label.replace(
        FIRST, "het eerste gesprek")


def test_the_day_0_is_named_after_what_it_is():
    note = DatedNote(date(2026, 3, 2), "x")
    later = DatedNote(date(2026, 3, 9), "y")
    assert anchor_name([note], [later]) == "de eerste waarneming"
    assert anchor_name([later], [note]) == "het eerste gesprek"
    assert anchor_name([], [], [note]) == "de eerste stap van de school"
    assert anchor_name([note], [note]) == "de eerste waarneming"


def test_group_level_drops_the_class_name():
    assert group_level("Groep 5b - De Dolfijnen") == 5
    assert group_level("Kleuters") is None


def test_summary_text_has_no_exact_dates():
    facts = CaseFacts(age_years=8, group_level=5, gender="meisje",
                      family=[FamilyMember("moeder"), FamilyMember("broer", 7)],
                      observations=[DatedNote(date(2026, 3, 23), "Blauwe plek op arm."),
                                    DatedNote(date(2026, 3, 2), "Komt zonder ontbijt.")],
                      question="Is dit reden voor een melding?")
    text = summary_text(facts)
    assert "Meisje, 8 jaar, groep 5." in text
    assert "moeder, broer (7 jaar)" in text
    assert text.index(f"op de dag van {FIRST}: Komt zonder ontbijt") < text.index(
        f"3 weken na {FIRST}: Blauwe")
    assert "2026" not in text


def _logbook_entries(pupil_id):
    return [(date(2026, 10, 5), "Zoë kwam binnen met een blauwe plek; juf Fatma zag het.",
             False),
            (date(2026, 10, 26), "Zoë vertelde dat Daan (broer) ook bang is. Moeder "
             "Ingrid belde 06-11223344 op 26-10-2026.", False),
            (date(2026, 11, 2), "Opa Henk haalt haar op en is zorgzaam.", True)]


@pytest.fixture
def session(demo_vault, monkeypatch):
    """The demo school, with these three logboek notes as what the summary reads."""
    s = Session(demo_vault, FixedClock(TODAY))
    monkeypatch.setattr(s.logbook, "entries_for_summary", _logbook_entries)
    return s


def _zoe(session) -> int:
    return next(p.id for p in session.basedata.pupils() if p.first_name == "Zoë")


def _all_names() -> list[str]:
    names = [f for f, *_ in PUPILS] + [la for _, _, la, *_ in PUPILS]
    names += [w for fam in FAMILIES.values() for g in fam for w in g[0].split()
              if w not in ("van", "der", "de", "Van")]
    names += [w for s in STAFF for w in s[0].split() if w not in ("de", "El")]
    return names + [DEMO_PLACE, DEMO_SCHOOL, DEMO_USER, "Vlinderboom"]


def _assert_clean(text: str, session, pupil_id: int) -> None:
    folded = fold(text)
    for name in _all_names():
        assert f" {fold(name)} " not in f" {folded} ".replace(".", " ").replace(",", " ") \
            .replace("'", " ").replace("(", " ").replace(")", " ").replace(";", " "), name
    dob = session.basedata.pupil(pupil_id).date_of_birth
    for form in (dob.isoformat(), dob.strftime("%d-%m-%Y"), str(dob.year)):
        assert form not in text
    assert "06-11223344" not in text and "26-10-2026" not in text


def test_summary_from_vault_removes_everything_known(session):
    pupil_id = _zoe(session)
    result = session.case_summary.build(pupil_id, question="Moeten wij melden bij Ingrid?",
                                        school_actions=["Gesprek met Maarten van der Berg."])
    text = result.text
    assert "Meisje, 8 jaar, groep 5." in text
    assert "moeder, vader, broer (6 jaar)" in text
    assert "[leerling] kwam binnen met een blauwe plek" in text
    assert f"op de dag van {FIRST}" in text and f"3 weken na {FIRST}" in text
    assert "Opa [naam] haalt haar op" in text  # contra-signal, unknown name via title
    assert "Gesprek met [vader]." in text
    _assert_clean(text, session, pupil_id)


def test_pdf_has_no_name_and_no_date_of_birth(session):
    pupil_id = _zoe(session)
    result = session.case_summary.build(pupil_id, question="Wat raadt u aan?")
    pdf = render_case_summary(result.text, TODAY)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Anonieme casus" in text and "blauwe plek" in text
    assert len(reader.pages) <= 2
    _assert_clean(text, session, pupil_id)
    meta = reader.metadata or {}
    assert all(DEMO_SCHOOL not in str(v) for v in meta.values())


def test_export_is_recorded_in_sharing_trail(session):
    pupil_id = _zoe(session)
    before = len(session.sharing.for_pupil(pupil_id))
    session.case_summary.record_export(pupil_id, "pdf")
    trail = session.sharing.for_pupil(pupil_id)
    assert len(trail) == before + 1
    entry = trail[-1]
    assert (entry.shared_with, entry.basis, entry.shared_on) == (SHARED_WITH, BASIS, TODAY)
    assert "Anonieme casus" in entry.what
    assert session.verify() == []


def test_cli_anonymise_via_subprocess():
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-m", "zorgdesk", "anonymise", "--known-name", "Zoë van der Berg",
         "--role", "Zoë van der Berg=leerling", "--role", "Ingrid van der Berg=moeder"],
        input="ZOE's moeder Ingrid (06-11223344) en zoë; v.d. Berg. 3 maart 2026.\n".encode(),
        capture_output=True, env=env, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert out == ("[leerling] moeder [moeder] ([telefoonnummer]) en [leerling]; "
                   "[achternaam]. [datum].\n")


def test_cli_rejects_bad_role():
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-m", "zorgdesk", "anonymise", "--role", "Zoë"],
                          input=b"x", capture_output=True, env=env, timeout=60, check=False)
    assert done.returncode == 2 and "NAAM=ROL" in done.stderr.decode()


@pytest.mark.skipif(not __import__("zorgdesk.services.anonymise.deidentify", fromlist=["x"])
                    .deduce_available(), reason="deduce with prebuilt lookup cache not installed")
def test_cli_uitgebreid_uses_deduce_in_a_child_process():
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run(
        [sys.executable, "-m", "zorgdesk", "anonymise", "--uitgebreid",
         "--role", "Zoë van der Berg=leerling"],
        input="Zoë zei dat Pieter Jansen uit Amersfoort vaak komt.".encode(),
        capture_output=True, env=env, timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode()
    assert "Pieter" not in out and "Jansen" not in out and "Amersfoort" not in out, out
    assert out.startswith("[leerling] zei dat")
