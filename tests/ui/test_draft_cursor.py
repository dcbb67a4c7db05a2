"""Walk finding: after the automatic lock the form comes back with its concept, but the
cursor stood before the first word, so the IB who goes on typing put the rest of the
sentence in front of it. A restored text puts the cursor at its end."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTextEdit, QVBoxLayout, QWidget

from zorgdesk.ui.form_drafts import restore, snapshot

TEXT = "Zoë vertelde om 10.00 uur dat ze buikpijn had"


def test_a_restored_text_puts_the_cursor_at_its_end(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    fields = [QPlainTextEdit(), QTextEdit(), QLineEdit()]
    layout = QVBoxLayout(root)
    for field in fields:
        layout.addWidget(field)
        field.setPlainText(TEXT) if hasattr(field, "setPlainText") else field.setText(TEXT)
    state = snapshot(root)
    for field in fields:
        field.clear()
    restore(root, state)
    for field in fields[:2]:
        assert field.toPlainText() == TEXT
        assert field.textCursor().position() == len(TEXT), type(field).__name__
    assert fields[2].cursorPosition() == len(TEXT)


def test_correcting_starts_with_the_cursor_after_the_text(qtbot, demo_vault):
    """Notitie corrigeren: typing went in front of the recorded facts ('Tijd aangevuld:
    ...pauzeZoë had om 10.00 uur buikpijn')."""
    from zorgdesk.services.session import Session
    from zorgdesk.ui.logbook.entry_form import EntryDialog

    session = Session(demo_vault)
    zoe = next(p for p in session.basedata.pupils() if p.display_name == "Zoë van der Berg")
    entry_id = session.logbook.chronology(zoe.id)[0].entry_id
    current = session.logbook.history(entry_id).current.content
    dialog = EntryDialog(session, zoe, None, entry_id=entry_id, current=current)
    qtbot.addWidget(dialog)
    edit = dialog.situation.edit
    assert edit.toPlainText() == current.situation
    assert edit.textCursor().position() == len(current.situation)
