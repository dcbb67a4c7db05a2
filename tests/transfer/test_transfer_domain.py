"""The overdrachtsdossier's rules without a vault: validation and what the scrubber sees."""

from __future__ import annotations

from datetime import date

import pytest

from zorgdesk.domain.transfer.document import cover_fields, json_document, preview_text
from zorgdesk.domain.transfer.model import (
    DEFAULT_BASIS,
    Destination,
    Field,
    RecordKind,
    RecordRef,
    TransferDossier,
    TransferDraft,
    TransferPupil,
    TransferRecord,
    validate_transfer,
)
from zorgdesk.domain.validation import ValidationError

LOG = RecordRef(RecordKind.LOGBOEK, 3)
MELD = RecordRef(RecordKind.MELDCODE, 1)


def _draft(**changes) -> TransferDraft:
    values = dict(receiving_school=" Het Baken ", destination="voortgezet_onderwijs",
                  reason="Doorgaande lijn.", records=(LOG, LOG), meldcode_basis="")
    values.update(changes)
    return TransferDraft(**values)


def _dossier(records, basis="") -> TransferDossier:
    return TransferDossier(
        "OBS De Vlinderboom", "Weidebeek", date(2026, 11, 25), "Marieke Hoekstra",
        TransferPupil("Emre Çelik", "Emre", "", "Çelik", date(2016, 1, 23), "Groep 7"),
        (("Ayşe Çelik", "moeder"),), "Het Baken", Destination.VO, "Omdat Sem het vroeg.",
        basis, tuple(records))


def test_a_valid_draft_is_cleaned_and_keeps_each_record_once():
    valid = validate_transfer(_draft(), {LOG})
    assert valid.receiving_school == "Het Baken" and valid.records == (LOG,)


def test_meldcode_needs_a_grondslag_and_everything_else_is_reported_at_once():
    with pytest.raises(ValidationError) as caught:
        validate_transfer(_draft(receiving_school="", reason="", destination="mars",
                                 records=(LOG, MELD)), {LOG, MELD})
    assert {p.field for p in caught.value.problems} == {
        "receiving_school", "reason", "destination", "meldcode_basis"}
    assert validate_transfer(_draft(records=(MELD,), meldcode_basis="Toestemming van de ouders"),
                             {MELD}).meldcode_basis == "Toestemming van de ouders"


def test_scrubbing_reaches_every_record_text_but_not_the_receiving_school():
    record = TransferRecord(LOG, date(2026, 11, 2), "Logboeknotitie over Sem",
                            (Field("Situatie (feiten)", "Sem duwde."),))
    d = _dossier([record]).scrubbed(lambda t: t.replace("Sem", "S.V."))
    assert d.records[0].title == "Logboeknotitie over S.V."
    assert d.records[0].fields == (Field("Situatie (feiten)", "S.V. duwde."),)
    assert d.reason == "Omdat S.V. het vroeg." and d.receiving_school == "Het Baken"


def test_the_general_ground_unless_meldcode_information_goes():
    plain = _dossier([TransferRecord(LOG, date(2026, 11, 2), "t", ())])
    assert plain.basis == DEFAULT_BASIS
    assert "Grondslag meldcode-informatie" not in [f.label for f in cover_fields(plain)]
    meld = _dossier([TransferRecord(MELD, date(2026, 11, 2), "t", ())], basis="Toestemming")
    assert meld.basis == "Toestemming" and json_document(meld)["meldcode_basis"] == "Toestemming"
    assert "Grondslag meldcode-informatie: Toestemming" in preview_text(meld)
