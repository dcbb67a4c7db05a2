"""Zorggesprek PDFs, read back with pypdf."""

from __future__ import annotations

import io
import re
from datetime import date, time

import pytest
from pypdf import PdfReader

from zorgdesk.domain.conversations.conversation import (
    Addendum,
    Attendees,
    ConversationKind,
    Guardian,
    Phase,
    PhaseNote,
    SignalRef,
    SignatureRecord,
    SignatureStatus,
    StaffMember,
    Zorggesprek,
)
from zorgdesk.domain.conversations.smart import SmartAgreement
from zorgdesk.domain.printing import PrintedPupil, PrintedSchool
from zorgdesk.reports.conversation.pdf import render_invitation, render_report, render_smart_form
from zorgdesk.reports.pdf_base import load_form

SCHOOL = PrintedSchool("Basisschool De Regenboog")
PRINTED = date(2025, 3, 21)
FORM = load_form("zorggesprek")
REPORT = FORM["documents"]["report"]
SIG = REPORT["signature_labels"]


def make(
    kind: ConversationKind = ConversationKind.ZWAAR,
    conversation_text: str = "Leerkracht beschrijft feitelijk wat is gezien.",
    pupil_name: str = "Zoë Çelik",
    **change: object,
) -> Zorggesprek:
    base: dict[str, object] = {
        "kind": kind,
        "pupil": PrintedPupil(pupil_name, date(2016, 4, 3), "5b"),
        "on": date(2025, 3, 14),
        "at": time(15, 30),
        "place": "Spreekkamer IB",
        "subject": "Zorgen over welbevinden",
        "attendees": Attendees(
            staff=(
                StaffMember("Daniëlle van der Berg", "intern begeleider"),
                StaffMember("Joëlle Ëzel", "leerkracht groep 5b"),
            ),
            guardians=(Guardian("Ayşe Çelik", "moeder"), Guardian("Mehmet Çelik", "vader")),
            notulist="Floor de Vries",
        ),
        "signals": (SignalRef("KM-LW-03", "Blauwe plek op de bovenarm, ongeveer 4 cm"),),
        "phase_notes": (
            PhaseNote(Phase.INTRODUCTIE, "Ouders welkom geheten; aanleiding benoemd."),
            PhaseNote(Phase.GESPREK, conversation_text),
            PhaseNote(Phase.AFSPRAKEN, "Samen afspraken gemaakt."),
            PhaseNote(Phase.REGISTRATIE, "Verslag gaat in het leerlingdossier."),
        ),
        "follow_up_on": date(2025, 4, 25),
        "agreements": (
            SmartAgreement(
                "Zoë is elke schooldag om 8.25 uur op school.",
                "Aankomsttijd genoteerd; 0 keer te laat per week.",
                "moeder",
                date(2025, 4, 25),
                True,
                True,
            ),
            SmartAgreement(
                "IB belt moeder elke vrijdag om 14.00 uur.",
                "Gesprek staat in de agenda.",
                "Daniëlle van der Berg",
                date(2025, 4, 25),
                True,
                False,
            ),
        ),
        "addenda": (
            Addendum(date(2025, 3, 20), "Daniëlle van der Berg", "Aanmelding CJG gedaan."),
        ),
        "signatures": (
            SignatureRecord(
                "Ayşe Çelik",
                SignatureStatus.GEZIEN,
                date(2025, 3, 17),
                date(2025, 3, 19),
                "Utrecht",
                "Wij herkennen ons niet in de beschrijving.",
            ),
        ),  # fmt: skip
    }
    base.update(change)
    return Zorggesprek(**base)  # type: ignore[arg-type]


def pages(pdf: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return [p.extract_text() or "" for p in reader.pages]


def flat(text: str) -> str:
    """Collapse whitespace so wrapped lines compare like the source text."""
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


def assert_every_page_template(texts: list[str], pupil: str = "Zoë Çelik") -> None:
    n = len(texts)
    for i, text in enumerate(texts, start=1):
        t = flat(text)
        assert f"pagina {i} van {n}" in t, f"page {i}"
        assert f"Leerling: {pupil}" in t, f"page {i}"
        assert "geboren 03-04-2016" in t and "groep 5b" in t, f"page {i}"
        assert SCHOOL.name in t
        assert "Vertrouwelijk" in t


def test_report_contents() -> None:
    texts = pages(render_report(make(), SCHOOL, PRINTED))
    assert_every_page_template(texts)
    whole = flat("\n".join(texts))
    for heading in (
        REPORT["title"], REPORT["signals_heading"], REPORT["signature_heading"],
        REPORT["addenda_heading"], REPORT["parents_view_heading"],
        *(ph["title"] for ph in FORM["phases"] if ph["key"] != "voorbereiding"),
    ):  # fmt: skip
        assert heading in whole, heading
    for snippet in (
        "Daniëlle van der Berg", "Ayşe Çelik", "Joëlle Ëzel", "Zoë is elke schooldag",
        "IB belt moeder elke vrijdag", "Aankomsttijd genoteerd", "Aanmelding CJG gedaan.",
        "Wij herkennen ons niet", "Floor de Vries", "25-04-2025", "Blauwe plek op de bovenarm",
    ):  # fmt: skip
        assert snippet in whole, snippet
    assert flat(REPORT["zwaar_statement"]) in whole
    # addenda come after the signature block
    assert whole.index(REPORT["addenda_heading"]) > whole.index(SIG["school"])


def test_regulier_report_has_no_zwaar_statement() -> None:
    g = make(ConversationKind.REGULIER, attendees=Attendees(
        staff=(StaffMember("Daniëlle van der Berg"),), guardians=(Guardian("Ayşe Çelik"),)
    ))  # fmt: skip
    whole = flat("\n".join(pages(render_report(g, SCHOOL, PRINTED))))
    assert "Veilig Thuis" not in whole
    assert "Regulier zorggesprek" in whole


def test_smart_form_contents() -> None:
    texts = pages(render_smart_form(make(), SCHOOL, PRINTED))
    assert_every_page_template(texts)
    whole = flat("\n".join(texts))
    doc = FORM["documents"]["smart_form"]
    for snippet in (
        doc["title"], "Specifiek", "Meetbaar", "Acceptabel", "Realistisch", "Tijdgebonden",
        "Zoë is elke schooldag om 8.25 uur op school.", "nog te bevestigen", "25 april 2025",
    ):  # fmt: skip
        assert snippet in whole, snippet


def test_invitation_zwaar_names_subject_attendees_and_notulist() -> None:
    texts = pages(render_invitation(make(), SCHOOL, PRINTED))
    assert_every_page_template(texts)
    whole = flat("\n".join(texts))
    inv = FORM["documents"]["invitation"]
    assert inv["title"] in whole
    assert "Geachte ouder(s)/verzorger(s) van Zoë Çelik," in whole
    for snippet in ("Zorgen over welbevinden", "Joëlle Ëzel", "Floor de Vries", "woordvoerder",
                    "14 maart 2025", "15:30 uur", "Spreekkamer IB"):  # fmt: skip
        assert snippet in whole, snippet


def test_invitation_regulier_has_no_spokesperson_sentence() -> None:
    g = make(ConversationKind.REGULIER, attendees=Attendees(
        staff=(StaffMember("Daniëlle van der Berg"),), guardians=(Guardian("Ayşe Çelik"),)
    ))  # fmt: skip
    whole = flat("\n".join(pages(render_invitation(g, SCHOOL, PRINTED))))
    assert "woordvoerder" not in whole
    assert "Zorgen over welbevinden" in whole


def test_other_pupil_name_with_diacritics() -> None:
    texts = pages(render_report(make(pupil_name="Daniëlle van der Berg"), SCHOOL, PRINTED))
    assert_every_page_template(texts, pupil="Daniëlle van der Berg")


def signature_page(texts: list[str]) -> int:
    """Index of the page holding the signature block; asserts it is all on that page."""
    intro_start = flat(REPORT["signature_intro"])[:40]
    candidates = [i for i, t in enumerate(texts) if intro_start in flat(t)]
    assert len(candidates) == 1
    page = flat(texts[candidates[0]])
    assert page.count(SIG["guardian"]) == 2
    assert page.count(SIG["akkoord"]) >= 2 and page.count(SIG["gezien"]) >= 2
    assert page.count(SIG["signature"]) == 3
    assert SIG["school"] in page
    assert "Ayşe Çelik" in page and "Mehmet Çelik" in page
    for i, t in enumerate(texts):
        if i != candidates[0]:
            assert SIG["signature"] not in flat(t)
            assert SIG["school"] not in flat(t)
    return candidates[0]


@pytest.mark.parametrize("repeats", [0, 40, 90, 150, 230, 300, 420])
def test_long_report_keeps_signature_block_on_one_page(repeats: int) -> None:
    sentence = "Op maandag is gezien dat Zoë zonder jas en zonder lunch op school kwam. "
    paragraphs = "\n\n".join(sentence * 3 for _ in range(repeats // 3 + 1))
    texts = pages(render_report(make(conversation_text=paragraphs), SCHOOL, PRINTED))
    if repeats >= 300:
        assert len(texts) >= 5
    assert_every_page_template(texts)
    signature_page(texts)


def test_signature_block_on_one_page_for_every_offset() -> None:
    """Shift the block through a page boundary line by line."""
    pages_seen = set()
    for lines in range(0, 60, 3):
        text = "\n".join(f"Regel {i}: feitelijke observatie." for i in range(lines))
        texts = pages(render_report(make(conversation_text=text), SCHOOL, PRINTED))
        pages_seen.add(signature_page(texts))
    assert len(pages_seen) >= 2  # the block moved to a later page at some point


def test_emoji_and_very_long_words_do_not_crash() -> None:
    long_word = "Zorgcoördinatieoverleg" * 40
    g = make(
        pupil_name="Zoë 😀 Çelik-" + "Achternaam" * 30,
        subject="Gesprek 🙂👍 over " + long_word,
        conversation_text=f"{long_word} 🧒🏽 ✅ \u200b tekst <b>geen opmaak</b> & meer",
        agreements=(SmartAgreement(long_word, long_word, long_word, date(2025, 4, 1)),),
        signatures=(),
        attendees=Attendees(
            staff=(StaffMember(long_word, long_word),),
            guardians=(Guardian("Ouder " + long_word, "🙂"),),
            notulist=long_word,
        ),
    )
    for render in (render_report, render_smart_form, render_invitation):
        texts = pages(render(g, SCHOOL, PRINTED))
        assert texts
        for i, t in enumerate(texts, start=1):
            assert f"pagina {i} van {len(texts)}" in flat(t)
    whole = flat("\n".join(pages(render_report(g, SCHOOL, PRINTED))))
    assert "<b>geen opmaak</b> & meer" in whole  # user text is escaped, not interpreted


def test_no_guardians_and_no_agreements_still_prints() -> None:
    g = make(attendees=Attendees(), agreements=(), signals=(), addenda=(), signatures=())
    whole = flat("\n".join(pages(render_report(g, SCHOOL, PRINTED))))
    assert FORM["documents"]["smart_form"]["no_agreements"] in whole
    assert REPORT["no_signals"] in whole
    assert SIG["signature"] in whole


@pytest.mark.parametrize("render", [render_report, render_smart_form, render_invitation])
def test_identical_input_gives_identical_bytes(render) -> None:  # noqa: ANN001
    first = render(make(), SCHOOL, PRINTED)
    second = render(make(), SCHOOL, PRINTED)
    assert first.startswith(b"%PDF")
    assert first == second
    assert render(make(), SCHOOL, date(2025, 3, 22)) != first


def test_fonts_are_embedded() -> None:
    reader = PdfReader(io.BytesIO(render_report(make(), SCHOOL, PRINTED)))
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor")
            if descriptor is not None:
                assert "/FontFile2" in descriptor.get_object()
    assert any("DejaVuSans" in f for f in fonts)
    assert not any(f.endswith(("Helvetica", "Times-Roman")) for f in fonts)


def test_signature_state_prefilled_on_report_but_form_printed_blank() -> None:
    report = flat("\n".join(pages(render_report(make(), SCHOOL, PRINTED))))
    smart = flat("\n".join(pages(render_smart_form(make(), SCHOOL, PRINTED))))
    assert "☒" in report and "19-03-2025" in report and "Utrecht" in report
    assert "☒" not in smart and "☐" in smart
    assert FORM["documents"]["smart_form"]["signature_intro"][:40] in smart


def test_identical_bytes_across_processes() -> None:
    """Same input in a fresh interpreter (other hash seed) gives the same bytes."""
    import hashlib
    import os
    import subprocess
    import sys
    from pathlib import Path

    here = Path(__file__).resolve().parent
    code = (
        "import sys, hashlib; sys.path.insert(0, sys.argv[1]);"
        "from test_conversation_pdf import *;"
        "print(hashlib.sha256(render_report(make(), SCHOOL, PRINTED)).hexdigest())"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    env["PYTHONPATH"] = os.pathsep.join([*sys.path, env.get("PYTHONPATH", "")])
    out = subprocess.run(
        [sys.executable, "-c", code, str(here)], env=env, capture_output=True, text=True,
        check=True, timeout=60,
    )  # fmt: skip
    expected = hashlib.sha256(render_report(make(), SCHOOL, PRINTED)).hexdigest()
    assert out.stdout.strip() == expected
