"""Overdrachtsdossier through the real layers: compose, PDF read back, JSON parsed, trail."""

from __future__ import annotations

import io
import json
import re
import stat
from pathlib import Path

import pypdf
import pytest

from tests.conftest import TODAY
from tests.transfer.conftest import (
    ACTION,
    AGREEMENT,
    SITUATION,
    SUBJECT,
    THIRD_PARTY_FORMS,
)
from zorgdesk.domain.progress import Cancelled, Progress
from zorgdesk.domain.transfer.document import (
    FORMAT,
    RECEIPT_LINES,
    VERSION,
    json_document,
    preview_text,
)
from zorgdesk.domain.transfer.model import RecordKind, RecordRef, TransferDraft
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.errors import VaultError

BASIS = "Toestemming van de ouders"


def _draft(choices, kinds=tuple(RecordKind), basis=BASIS, **changes) -> TransferDraft:
    values = dict(receiving_school="Het Baken, Almere", destination="voortgezet_onderwijs",
                  reason="Zodat de mentor weet welke zorg er was en welke afspraken lopen.",
                  records=tuple(c.ref for c in choices if c.ref.kind in kinds),
                  meldcode_basis=basis)
    values.update(changes)
    return TransferDraft(**values)


def _pdf_text(data: bytes) -> tuple[str, list[str]]:
    pages = [p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages]
    return "\n".join(pages), pages


def _body_text(pages: list[str]) -> str:
    """The pages' text without the header and footer at the end of each page's text,
    which would split a field that runs on to the next page (they start with the
    school's name, the last such line of the page)."""
    bodies = []
    for page in pages:
        lines = page.split("\n")
        cut = max(i for i, line in enumerate(lines) if line.strip() == "OBS De Vlinderboom")
        bodies.append("\n".join(lines[:cut]))
    return "\n".join(bodies)


def _third_parties_in(text: str) -> list[str]:
    return [form for form in THIRD_PARTY_FORMS
            if re.search(rf"(?<!\w){re.escape(form)}(?!\w)", text, re.IGNORECASE)]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def usb(tmp_path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def test_the_records_really_name_third_parties_in_the_vault(session, emre):
    """Guard for the tests below: the raw records hold every form that must go."""
    raw = " ".join([SITUATION, ACTION, SUBJECT, AGREEMENT])
    assert len(_third_parties_in(raw)) >= 15


def test_export_writes_pdf_and_json_0600_with_no_third_party_names(session, emre, usb):
    service = session.transfer
    choices = service.choices(emre.id)
    assert {c.ref.kind for c in choices} == set(RecordKind)
    result = service.export(emre.id, _draft(choices), usb)
    assert sorted(p.name for p in usb.iterdir()) == ["EC-2026-11-25-overdracht.json",
                                                     "EC-2026-11-25-overdracht.pdf"]
    for path in (result.pdf_path, result.json_path):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    text, pages = _pdf_text(result.pdf_path.read_bytes())
    raw_json = result.json_path.read_text("utf-8")
    doc = json.loads(raw_json)
    for where, content in (("PDF", text), ("JSON", raw_json)):
        assert _third_parties_in(content) == [], where
        assert "Emre Çelik" in content and "Ayşe Çelik" in content, where
        assert "Marieke Hoekstra" in content, where  # the IB who composed it
    # The records are there, with the other people as initials.
    flat = " ".join(text.split())
    assert "Z.v.d.B. pakte de bal van Emre af." in flat
    assert "Gesproken met P.B. en met M.S." in flat
    assert AGREEMENT.replace("Thijs ter Horst.", "T.t.H.") in flat
    # Names the vault does not know, written with a title, go the same way (issue 16).
    stranger_line = "Mevrouw S.K. (Veilig Thuis) en dhr. P.L. (wijkagent); tante W. haalt"
    assert _squeeze(stranger_line) in _squeeze(text) and stranger_line in raw_json
    # Every page names the pupil and the receiving school and is numbered.
    for number, page in enumerate(pages, start=1):
        assert "Leerling: Emre Çelik" in page and "Voor: Het Baken, Almere" in page
        assert f"pagina {number} van {len(pages)}" in page
    # The receipt for the receiving school to sign, on the last page.
    for line in (*RECEIPT_LINES, "Ontvangstbevestiging"):
        assert line in " ".join(pages[-1].split()), line
    assert doc["format"] == FORMAT and doc["version"] == VERSION
    assert doc["pupil"]["name"] == "Emre Çelik"
    # Emre's zwaar gesprek planned for next week is no record yet: two held ones go.
    assert doc["counts"] == {"logboek": 4, "signalenlijst": 3, "zorggesprek": 2,
                             "meldcode": 1}


def test_preview_pdf_and_json_hold_the_same_text(session, emre, usb):
    service = session.transfer
    composer = service.composer(emre.id)
    draft = _draft(composer.choices)
    previewed, notes = composer.preview(draft)
    assert notes == []
    prepared = service.prepare_export(composer, draft, usb)
    assert prepared.dossier == previewed  # what she saw is what goes
    result = prepared.write()
    pdf = _squeeze(_body_text(_pdf_text(result.pdf_path.read_bytes())[1]))
    doc = json.loads(result.json_path.read_text("utf-8"))
    preview = prepared.text
    assert preview == preview_text(previewed)
    assert doc["records"] == json_document(previewed)["records"]
    texts = [f["text"] for f in doc["cover"]]
    texts += [t for r in doc["records"] for t in (r["title"], *(f["text"] for f in r["fields"]))]
    assert len(texts) > 60
    for text in texts:  # the preview indents a field's lines under its label
        assert all(line in preview for line in text.split("\n")), text
        assert _squeeze(text) in pdf, text


def test_meldcode_information_is_refused_without_a_grondslag(session, emre, usb):
    service = session.transfer
    choices = service.choices(emre.id)
    trail = len(session.sharing.for_pupil(emre.id))
    with pytest.raises(ValidationError) as caught:
        service.export(emre.id, _draft(choices, basis="  "), usb)
    assert caught.value.for_field("meldcode_basis") == [
        "Meldcode-informatie gaat alleen mee met een grondslag. Leg eerst vast op welke grond "
        "u deze informatie deelt (bijvoorbeeld toestemming van de ouders)."]
    assert list(usb.iterdir()) == []
    assert len(session.sharing.for_pupil(emre.id)) == trail
    # The preview holds the meldcode text back and says why.
    dossier, notes = service.composer(emre.id).preview(_draft(choices, basis=""))
    assert not dossier.has_meldcode and "grondslag" in notes[0]
    # Without meldcode records no grondslag is needed; the general ground is recorded.
    result = service.export(emre.id, _draft(choices, kinds=(RecordKind.LOGBOEK,), basis=""),
                            usb)
    doc = json.loads(result.json_path.read_text("utf-8"))
    assert doc["meldcode_basis"] is None and doc["counts"]["meldcode"] == 0
    assert "Grondslag meldcode" not in _pdf_text(result.pdf_path.read_bytes())[0]


def test_the_transfer_is_in_the_sharing_trail(session, emre, usb):
    service = session.transfer
    choices = service.choices(emre.id)
    before = len(session.sharing.for_pupil(emre.id))
    result = service.export(emre.id, _draft(choices), usb)
    trail = session.sharing.for_pupil(emre.id)
    assert len(trail) == before + 1
    last = trail[-1]
    assert last.id == result.sharing_id
    assert (last.shared_with, last.basis, last.shared_on) == (
        "Het Baken, Almere (voortgezet onderwijs)", BASIS, TODAY)
    assert last.what.startswith("Overdrachtsdossier (PDF en JSON): Logboeknotitie van")
    assert "Meldcodetraject gestart op" in last.what
    assert _third_parties_in(last.what) == []
    # A second transfer never overwrites the first files.
    again = service.export(emre.id, _draft(choices, kinds=(RecordKind.LOGBOEK,), basis=""),
                           usb)
    assert again.pdf_path.name == "EC-2026-11-25-overdracht-2.pdf"
    assert again.json_path.name == "EC-2026-11-25-overdracht-2.json"
    assert session.sharing.for_pupil(emre.id)[-1].basis.startswith("Onderwijskundig rapport")


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"receiving_school": " "}, "receiving_school", "Vul de naam van de ontvangende school in."),
    ({"receiving_school": "x" * 151}, "receiving_school", "De naam van de school is te lang"),
    ({"destination": ""}, "destination", "Kies naar welk soort onderwijs"),
    ({"reason": ""}, "reason", "Schrijf op waarom u deze stukken meegeeft."),
    ({"records": ()}, "records", "Kies ten minste één stuk"),
    ({"records": (RecordRef(RecordKind.LOGBOEK, 1),)}, "records", "hoort niet (meer) bij"),
    ({"meldcode_basis": "x" * 201}, "meldcode_basis", "De grondslag is te lang"),
])
def test_bad_input_gives_a_dutch_message_and_writes_nothing(session, emre, usb, changes, field,
                                                             message):
    service = session.transfer
    zoe_entry = session.logbook.chronology(
        next(p.id for p in session.basedata.pupils() if p.display_name == "Zoë van der Berg"))
    if "records" in changes and changes["records"]:  # a record of another pupil
        changes = {"records": (RecordRef(RecordKind.LOGBOEK, zoe_entry[0].entry_id),)}
    trail = len(session.sharing.for_pupil(emre.id))
    with pytest.raises(ValidationError) as caught:
        service.export(emre.id, _draft(service.choices(emre.id), **changes), usb)
    assert any(m.startswith(message) or message in m for m in caught.value.for_field(field))
    assert list(usb.iterdir()) == []
    assert len(session.sharing.for_pupil(emre.id)) == trail


def test_folder_and_name_are_checked_with_the_rest(session, emre, tmp_path):
    service = session.transfer
    with pytest.raises(ValidationError) as caught:
        service.export(emre.id, _draft(service.choices(emre.id), reason=""),
                       tmp_path / "bestaat-niet", base_name="../stiekem")
    fields = {p.field for p in caught.value.problems}
    assert fields == {"reason", "folder", "base_name"}


def test_cancelled_while_writing_leaves_nothing(session, emre, usb):
    service = session.transfer
    composer = service.composer(emre.id)
    prepared = service.prepare_export(composer, _draft(composer.choices), usb)
    progress = Progress()
    progress.cancel()
    with pytest.raises(Cancelled):
        prepared.write(progress)
    assert list(usb.iterdir()) == []


def test_every_json_key_is_documented(session, emre, usb):
    doc_text = (Path(__file__).parents[2] / "docs" / "overdracht-format.md").read_text("utf-8")
    documented = set(re.findall(r"^\| `(\w+)` \|", doc_text, re.MULTILINE))
    service = session.transfer
    doc = json_document(service.compose(emre.id, _draft(service.choices(emre.id))))
    assert set(doc) <= documented, set(doc) - documented
    assert set(doc["records"][0]) <= documented


def test_a_read_only_vault_refuses_before_writing_anything(demo_path, emre_in_read_only, usb):
    session, pupil_id = emre_in_read_only
    service = session.transfer
    with pytest.raises(VaultError, match="alleen-lezen"):
        service.export(pupil_id, _draft(service.choices(pupil_id), kinds=(RecordKind.LOGBOEK,)),
                       usb)
    assert list(usb.iterdir()) == []


def test_when_the_trail_cannot_be_written_the_files_go_too(session, emre, usb, monkeypatch):
    service = session.transfer
    composer = service.composer(emre.id)
    prepared = service.prepare_export(composer, _draft(composer.choices), usb)
    written = prepared.write()
    assert len(list(usb.iterdir())) == 2

    def refuse(*_args, **_kwargs):
        raise VaultError("De kluis kon niet worden bijgewerkt.")

    monkeypatch.setattr(session.sharing, "record", refuse)
    with pytest.raises(VaultError):
        service.finish_export(prepared, written)
    assert list(usb.iterdir()) == []


@pytest.fixture
def emre_in_read_only(demo_path):
    from zorgdesk.services.demo.school import DEMO_PASSPHRASE
    from zorgdesk.services.session import Session

    session = Session.open(demo_path, DEMO_PASSPHRASE, read_only=True)
    yield session, next(p.id for p in session.basedata.pupils()
                        if p.display_name == "Emre Çelik")
    session.close()


def test_a_planned_zorggesprek_is_not_offered_or_handed_over(session, emre, usb):
    """Only a conversation that took place has a report to hand over (seed 003 l.5636,
    'Registratie'); a planned one (date after today) is neither offered nor accepted."""
    from datetime import timedelta

    from zorgdesk.domain.conversations.draft import ConversationDraft

    planned = session.conversations.plan(emre.id, ConversationDraft(
        kind="regulier", on=TODAY + timedelta(days=7), at="09:00", place="Kamer IB",
        subject="Vervolg over de pauzes", staff=(("Pieter Bakker", "Leerkracht groep 5"),),
        guardians=(("Ayşe Çelik", "moeder"),)))
    choices = session.transfer.choices(emre.id)
    talks = [c for c in choices if c.ref.kind is RecordKind.ZORGGESPREK]
    assert [c.title for c in talks] and all("Vervolg over de pauzes" not in c.title
                                            for c in talks)
    assert any(SUBJECT[:20] in c.title for c in talks)  # the one held today is offered
    draft = _draft(choices, records=(RecordRef(RecordKind.ZORGGESPREK, planned),))
    with pytest.raises(ValidationError):
        session.transfer.compose(emre.id, draft)
    # The same day it took place, it is offered.
    from zorgdesk.services.clock import FixedClock
    from zorgdesk.services.session import Session

    later = Session(session.vault, FixedClock(TODAY + timedelta(days=7)))
    assert RecordRef(RecordKind.ZORGGESPREK, planned) in {
        c.ref for c in later.transfer.choices(emre.id)}
