"""Issue 16: the nicknames typed in 'Anonieme casus voor Veilig Thuis' come back after the
idle lock, with the question and the IB's own removals, and the preview rebuilt from
them (the nickname gone again); an export uses them, so the draft goes."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def test_the_typed_nicknames_come_back_after_the_lock(
        qtbot, controller, choose_dossier, unlock, monkeypatch):
    from zorgdesk.ui import anonymise

    zoe = choose_dossier("Zoë van der Berg")
    dialog = controller.window.open_anonymise_dialog()
    qtbot.waitExposed(dialog)
    dialog.question.setPlainText("Is dit een melding waard? Tijger zegt dat Zoëtje bang is.")
    dialog.nicknames.setPlainText("Tijger\nZoëtje 🦁")
    dialog.rebuild()
    assert "[naam] zegt dat [leerling] bang is" in dialog.result.text
    start = dialog.result.text.index("Is dit")
    assert dialog.remove_output_span(start, start + len("Is dit"))
    removed = list(dialog.decisions)
    controller.lock()
    assert not dialog.isVisible()
    unlock()
    again = controller.window.open_anonymise_dialog()
    assert again.nicknames.toPlainText() == "Tijger\nZoëtje 🦁"
    assert "[naam] zegt dat [leerling] bang is" in again.result.text
    assert again.decisions == removed and "Is dit" not in again.result.text
    assert again.preview_is_current()
    assert again.drafts.note.text().startswith("Concept hersteld")
    monkeypatch.setattr(anonymise.dialog, "_copied_text", None)
    assert again.copy_to_clipboard(confirmed=True)
    assert controller.session.drafts.for_pupil(zoe.id) == []
    again.reject()
    assert QApplication.activeModalWidget() is None
