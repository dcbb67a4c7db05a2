"""The demo case: Daan van der Berg's summary, built through the real demo vault, shows
every kind of identifier removed while the facts stay readable (issue 8 item 7)."""

from __future__ import annotations

import io
import re

import pypdf
import pytest

from tests.conftest import TODAY
from zorgdesk.domain.anonymise.extra_detections import add_detections
from zorgdesk.domain.meldcode import Step
from zorgdesk.domain.text import fold
from zorgdesk.reports.case_summary_pdf import render_case_summary
from zorgdesk.services.anonymise import deidentify
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo import case as demo_case
from zorgdesk.services.session import Session

QUESTION = "Is dit reden voor een melding of kunnen we verder met hulp?"
ACTIONS = ["Zorggesprek met moeder gevoerd.", "Slaapschema met moeder afgesproken."]

# Every identifier of this case the vault knows, as words that must not survive.
VAULT_WORDS = ["daan", "daans", "daantje", "zoe", "berg", "ingrid", "maarten", "fatma",
               "yildiz", "sem", "visser", "marieke", "hoekstra", "vlinderboom", "weidebeek"]
VAULT_LITERALS = ["06-11223344", "06-22334455", "ingrid@voorbeeld.nl"]
# Not known to the vault, but of a kind the default detectors must find.
DETECTABLE = [demo_case.ADDRESS, demo_case.POSTCODE, demo_case.UNKNOWN_PHONE,
              demo_case.UNKNOWN_EMAIL, demo_case.mail_date(TODAY).strftime("%d-%m-%Y")]


@pytest.fixture
def session(demo_vault):
    s = Session(demo_vault, FixedClock(TODAY))
    return s


@pytest.fixture
def daan(session):
    return next(p for p in session.basedata.pupils() if p.display_name == demo_case.PUPIL)


@pytest.fixture
def summary(session, daan):
    return session.case_summary.build(daan.id, question=QUESTION, school_actions=ACTIONS)


def test_the_demo_case_sits_at_meldcode_step_2(session, daan):
    open_ones = [t for t in session.meldcode.for_pupil(daan.id)
                 if t.meldcode.state.current_step is Step.CONSULTATIE]
    assert len(open_ones) == 1
    # Her logboek holds every form of identifier the summary must deal with.
    situations = [text for _, text, _ in session.logbook.entries_for_summary(daan.id)]
    assert set(demo_case.situations(TODAY)) <= set(situations)
    joined = " ".join(situations)
    for form in ("Daantje", "Daans", "daan", "Sem Visser", "zus Zoe", "Moeder Ingrid",
                 "Maarten van der Berg", "juf Fatma", demo_case.UNKNOWN_PERSON):
        assert form in joined


def test_no_known_identifier_or_detectable_kind_survives(summary):
    words = set(re.findall(r"\w+", fold(summary.text)))
    assert not words & set(VAULT_WORDS), words & set(VAULT_WORDS)
    for literal in VAULT_LITERALS + DETECTABLE:
        assert literal not in summary.text
    assert "Kastanjelaan" not in summary.text and "7391" not in summary.text
    for tag in ("[leerling]", "[moeder]", "[vader]", "[zus]", "[medeleerling]",
                "[leerkracht]", "[adres]", "[postcode]", "[telefoonnummer]", "[e-mail]",
                "[datum]", "[woonplaats]"):
        assert tag in summary.text, tag
    # Known names (also the nickname and possessive) are final: never undoable.
    for original in ("Daantje", "Daans", "daan", "Sem Visser", "Zoe", "Fatma"):
        hit = next(r for r in summary.replacements if r.original == original)
        assert hit.known


def test_the_default_pipeline_removes_the_unknown_person(summary):
    """Gerdien Smulders is in no vault table: the word-list detector finds her, also
    where only her first name is written, and she becomes a neutral [naam]."""
    for part in demo_case.UNKNOWN_PERSON.split():
        assert part not in summary.text
    assert "[naam]" in summary.text
    hits = [r for r in summary.replacements if "Gerdien" in r.original]
    assert hits and not any(r.known for r in hits)  # undoable, as any detector hit


def test_the_facts_stay_readable(summary):
    text = summary.text
    for fact in ("Jongen, 6 jaar, groep 3.", "moeder, vader, zus (8 jaar)", "oververmoeid",
                 "plotselinge gedragsverandering", "weer doorslaapt",
                 "schreeuwt als ik huil", "niet naar papa wil", "op vrijdag om 12:00 op",
                 "om 08:30 nog in de gang", "de nieuwe vriendin van vader",
                 "wakker wordt van geschreeuw", "om 19.30 uur naar bed",
                 "Regulier zorggesprek", "Slaapschema met moeder afgesproken.", QUESTION):
        assert fact in text, fact
    assert re.search(r"\d (?:week|weken)(?: en \d (?:dag|dagen))? na de eerste waarneming", text)


def test_contra_signal_prints_as_recorded(summary):
    """The teacher ticked item 'zegt regelmatig afspraken af' as a CONTRA-signal with the
    note 'moeder komt op elke afspraak': the summary prints the note, never the item."""
    section = summary.text.split("Contra-signalen", 1)[1].split("Verloop", 1)[0]
    assert "moeder komt op elke afspraak" in section
    assert "afspraken af" not in summary.text


def test_relative_labels_are_exact_to_the_day(summary):
    """Entries 24, 13 and 12 days before today: one day apart is a different label, the
    same day the same label (two notes 12 days ago)."""
    section = summary.text.split("Verloop (relatieve data)", 1)[1].split("Gesprekken", 1)[0]
    labels = re.findall(r"^- ([^:]+):", section, flags=re.MULTILINE)
    first = "de eerste waarneming"
    assert labels == [f"op de dag van {first}", f"1 week en 4 dagen na {first}",
                      f"1 week en 5 dagen na {first}", f"1 week en 5 dagen na {first}"]


def test_a_title_keeps_its_own_person(session, daan):
    """'meester Sem' is a teacher, not the classmate Sem Visser; 'juf Fatma' is the
    teacher the vault knows."""
    result = session.case_summary.build(
        daan.id, question="meester Sem en dr. Visser vroegen het; juf Fatma ook.")
    question = result.text.rsplit("Vraag aan Veilig Thuis", 1)[1]
    assert "meester [naam]" in question and "dr. [naam]" in question
    assert "juf [leerkracht]" in question


def test_the_pdf_carries_no_name_either(summary):
    pdf = render_case_summary(summary.text, TODAY)
    read = " ".join(" ".join(page.extract_text().split())
                    for page in pypdf.PdfReader(io.BytesIO(pdf)).pages)
    words = set(re.findall(r"\w+", fold(read)))
    assert not words & set(VAULT_WORDS)
    assert "niet naar papa wil" in read and "[medeleerling]" in read


def test_heading_after_an_action_ending_in_a_role_word(session, daan):
    result = session.case_summary.build(daan.id, question=QUESTION,
                                        school_actions=["Zorggesprek met moeder"])
    assert "Vraag aan Veilig Thuis" in result.text


@pytest.mark.skipif(not deidentify.deduce_available(), reason="deduce + cache not installed")
def test_the_extended_check_removes_the_unknown_person(summary):
    merged, _added = add_detections(summary, deidentify.deduce_detector(summary.original))
    assert "Gerdien" not in merged.text and "Smulders" not in merged.text
    # Known names keep their role tags next to the extra hits.
    assert "[medeleerling]" in merged.text and "[zus]" in merged.text


def test_opened_from_meldcode_step_2_of_the_demo_case(qtbot, session, daan):
    from zorgdesk.ui.meldcode.tab import MeldcodeTab

    tab = MeldcodeTab()
    qtbot.addWidget(tab)
    tab.set_context(session, daan)
    assert tab.state.current_step is Step.CONSULTATIE  # the seeded trajectory, not a new one
    assert tab.anonymise_button.isEnabled()
    tab.anonymise_button.click()
    dialog = tab.anonymise_dialog
    qtbot.waitUntil(lambda: dialog.preview.toPlainText() != "")
    words = set(re.findall(r"\w+", fold(dialog.preview.toPlainText())))
    assert not words & set(VAULT_WORDS)
    tab.set_context(None, None)
