"""Drafts of the logboek entry form (ui/form_drafts.py does the keeping).

Draft form "logboek", key "nieuw:<pupil id>" for a new observation, "correctie:<entry
id>" for a correction, "verzoek:<entry id>" for the corrected text on a granted request
of the parents (removed with the old text when the answer is saved). The state is stored
by field name (not by widget order), as the old ``logbook_draft`` table held it, so
drafts moved over by migration m0012 come back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from zorgdesk.ui.form_drafts import DraftKeeper

if TYPE_CHECKING:
    from zorgdesk.ui.logbook.entry_form import EntryDialog

TEXT_FIELDS = ("entry_date", "entry_time", "location", "situation", "interpretation",
               "source", "involved", "action", "agreements", "steps", "contact_date",
               "contact_time", "contact_with", "contact_summary", "parent_agreement",
               "evaluation_date", "reason")


def keep_entry_draft(dialog: EntryDialog) -> DraftKeeper:
    """Watch the form (restoring a stored draft); the keeper is the dialog's child and
    gets the dialog as an argument of the state functions, never holds it."""
    keeper = DraftKeeper(dialog, "logboek", dialog.layout(), 0, entry_state,
                         restore_entry_state)
    key = (f"verzoek:{dialog.entry_id}" if dialog.on_request
           else f"correctie:{dialog.entry_id}" if dialog.entry_id is not None
           else f"nieuw:{dialog.pupil.id}")
    keeper.bind(dialog.session.drafts, key, dialog.pupil.id)
    return keeper


def _text_widgets(dialog: EntryDialog) -> dict[str, QWidget]:
    return {name: getattr(dialog, name) for name in TEXT_FIELDS}


def entry_state(dialog: EntryDialog) -> dict[str, object]:
    fields: dict[str, object] = {k: w.text() for k, w in _text_widgets(dialog).items()}
    also = dialog.also_pupils
    fields.update(
        signalled_by=dialog.signalled_by.currentText(), domain=dialog.domain.currentData(),
        contact_mode=dialog.contact_mode.currentData(),
        third_party=dialog.third_party.isChecked(),
        source_consent=dialog.source_consent.isChecked(),
        counter_signal=dialog.counter_signal.isChecked(), also=also.checked_ids())
    return fields


def restore_entry_state(dialog: EntryDialog, fields: dict) -> None:
    for key, widget in _text_widgets(dialog).items():
        if isinstance(fields.get(key), str):
            widget.setText(fields[key])
    dialog.signalled_by.setEditText(str(fields.get("signalled_by") or ""))
    dialog.domain.setCurrentIndex(max(0, dialog.domain.findData(fields.get("domain"))))
    dialog.contact_mode.setCurrentIndex(
        max(0, dialog.contact_mode.findData(fields.get("contact_mode"))))
    dialog.third_party.setChecked(bool(fields.get("third_party")))
    dialog.source_consent.setChecked(bool(fields.get("source_consent")))
    dialog.counter_signal.setChecked(bool(fields.get("counter_signal")))
    if dialog.also_pupils.isEnabled():  # a correction keeps the entry's pupils
        dialog.also_pupils.set_checked_ids(fields.get("also") or ())
