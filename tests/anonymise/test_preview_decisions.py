"""'Voorbeeld bijwerken' keeps the IB's decisions; rare descriptions are flagged and go
with one click (real widgets on the demo vault)."""

from __future__ import annotations

import pytest

from tests.conftest import TODAY
from zorgdesk.domain.anonymise.anonymiser import KnownName, anonymise
from zorgdesk.domain.anonymise.preview_decisions import (
    KEPT,
    PHRASE_REMOVED,
    REMOVED,
    Decision,
    kept_keys,
    put_back,
    reapply,
    remove,
    removed_flags,
    toggle_keep,
)
from zorgdesk.domain.anonymise.quasi_identifiers import quasi_identifiers
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.logbook.service import LogbookService
from zorgdesk.services.session import Session
from zorgdesk.ui.anonymise.dialog import AnonymiseDialog

RARE = "Zij is de enige Eritrese leerling in groep 4 en turnt bij Turnclub Olympia."


def _entries(pupil_id):
    return [(TODAY.replace(day=2), "Zoë kwam huilend binnen. " + RARE, False),
            (TODAY.replace(day=3), "Gesprek op 12-03-2026 met de buurvrouw.", False)]


@pytest.fixture
def dialog(qtbot, demo_vault, monkeypatch):
    # On the class: the dialog reads the summary in a worker, through a session of its own.
    monkeypatch.setattr(LogbookService, "entries_for_summary",
                        lambda _self, pupil_id: _entries(pupil_id))
    s = Session(demo_vault, FixedClock(TODAY))
    zoe = next(p.id for p in s.basedata.pupils() if p.first_name == "Zoë")
    dlg = AnonymiseDialog(s, zoe, today=TODAY)
    qtbot.addWidget(dlg)
    return dlg


def test_rebuild_keeps_manual_removals_and_put_backs(dialog):
    text = dialog.result.text
    start = text.index("huilend binnen")
    dialog.select_output(start, start + len("huilend binnen"))
    assert dialog.remove_selection()
    date_at = dialog.result.text.index("[datum]")
    cursor = dialog.preview.textCursor()
    cursor.setPosition(date_at + 2)
    dialog.preview.setTextCursor(cursor)
    assert dialog.undo_at_cursor()
    assert "12-03-2026" in dialog.result.text and "huilend binnen" not in dialog.result.text
    dialog.question.setPlainText("Moeten we melden?")
    dialog.refresh_button.click()
    shown = dialog.preview.toPlainText()
    assert "Moeten we melden?" in shown  # the rebuild happened
    assert "huilend binnen" not in shown and "[verwijderd]" in shown
    assert "12-03-2026" in shown
    assert "zoe" not in shown.casefold()


def test_flags_list_the_rare_descriptions_and_remove_one_with_a_click(dialog):
    items = [dialog.flags.list.item(i).text() for i in range(dialog.flags.list.count())]
    assert any("de enige Eritrese leerling in groep 4" in i for i in items), items
    assert any("Turnclub" in i or "turnt bij" in i for i in items), items
    row = next(i for i, t in enumerate(items) if "de enige" in t)
    dialog.flags.list.setCurrentRow(row)
    dialog.flags.button.click()
    assert "de enige Eritrese" not in dialog.preview.toPlainText()
    dialog.refresh_button.click()  # a decision too: kept on rebuild
    assert "de enige Eritrese" not in dialog.preview.toPlainText()
    assert dialog.flags.list.accessibleName()


@pytest.mark.parametrize(("text", "phrase"), [
    ("Hij is de enige Syrische jongen in groep 3b.", "de enige Syrische jongen in groep 3b"),
    ("Moeder werkt als burgemeester van het dorp.", "werkt als burgemeester"),
    ("Hij is zoon van de bakker op de hoek.", "zoon van de bakker op de hoek"),
    ("Zij is één van de tweeling uit groep 7.", "één van de tweeling uit groep 7"),
    ("Ze woont in Ransdorp sinds de zomer.", "woont in"),
    ("Hij voetbalt bij VV Sneek en zit op judo.", "voetbalt bij [plaats]"),
    ("Vader heeft de snackbar naast de kerk.", "heeft de snackbar"),
])
def test_quasi_identifier_flags(text, phrase):
    result = anonymise(text, [])
    flagged = [result.text[f.start:f.end] for f in quasi_identifiers(result)]
    assert any(phrase.split()[0] in f for f in flagged), (flagged, result.text)


def test_ordinary_notes_raise_no_flag():
    for text in ("Hij kwam te laat en had geen ontbijt.", "Moeder belde om 9 uur.",
                 "Het gesprek met vader verliep rustig."):
        assert quasi_identifiers(anonymise(text, [])) == []


def test_decisions_follow_their_words_in_a_changed_text():
    known = [KnownName("Sanne Bos", "leerling")]
    first = anonymise("Sanne zag het op 12-03-2026. Vraag: wat nu?", known)
    at = first.text.index("zag het")
    first, removed = remove(first, at, at + len("zag het"))
    index = next(i for i, r in enumerate(first.replacements) if r.kind == "datum")
    first, kept_date = put_back(first, index)
    again = anonymise("Sanne zag het op 12-03-2026. Vraag: wat nu precies?", known)
    result, kept, lost = reapply(again, [removed, kept_date])
    assert result.text == "[leerling] [verwijderd] op 12-03-2026. Vraag: wat nu precies?"
    assert [d.action for d in kept] == [REMOVED, "teruggezet"] and lost == []
    gone = anonymise("Sanne kwam binnen.", known)
    _, kept, lost = reapply(gone, [removed])
    assert lost == [removed] and kept == []


def test_a_keep_changes_no_text_and_stays_while_its_words_are_there():
    """Stop 38: 'Laten staan' on a flag is a decision of its own: kept on a rebuild
    while the words are in the text (any case, accents), reported when they are gone."""
    first = anonymise("Noël is de enige Syrische jongen in groep 3b. Hij mist zijn opa.", [])
    decisions = toggle_keep([], "Noël", 0)
    decisions = toggle_keep(decisions, "de enige Syrische jongen", 8)
    assert [d.action for d in decisions] == [KEPT, KEPT]
    assert kept_keys(decisions) == {"noel", "de enige syrische jongen"}
    assert toggle_keep(decisions, "noel", 0) == decisions[1:]  # the undo
    at = first.text.index("Hij mist")
    first, removed = remove(first, at, at + len("Hij mist"), PHRASE_REMOVED)
    assert removed.action == PHRASE_REMOVED and removed_flags([*decisions, removed]) == 1
    again = anonymise("NOEL is de enige Syrische jongen in groep 3b. Hij mist zijn opa.", [])
    result, kept, lost = reapply(again, [*decisions, removed])
    assert result.text == first.text.replace("Noël", "NOEL")  # no keep changed the text
    assert kept == [*decisions, Decision(PHRASE_REMOVED, "Hij mist", removed.at)]
    assert lost == []
    gone = anonymise("Hij is nieuw in de klas.", [])
    assert reapply(gone, decisions)[1:] == ([], decisions)
