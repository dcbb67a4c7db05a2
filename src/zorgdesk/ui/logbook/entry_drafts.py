"""Drafts of the logboek entry form (ui/form_drafts.py does the keeping).

Draft form "logboek", key "nieuw:<pupil id>" for a new observation, "correctie:<entry
id>" for a correction, "verzoek:<entry id>" for the corrected text on a granted request
of the parents (removed with the old text when the answer is saved). The state is stored
by field name (not by widget order), as the old ``logbook_draft`` table held it, so
drafts moved over by migration m0012 come back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from zorgdesk.ui.form_drafts import DraftKeeper

if TYPE_CHECKING:
    from zorgdesk.ui.logbook.entry_form import EntryDialog

TEXT_FIELDS = ("entry_date", "entry_time", "location", "situation", "interpretation",
               "source", "involved", "action", "agreements", "steps",
               "parents_informed_note", "reason")
# Drafts from before several contacts/agreements: their one row's keys, per row field.
_OLD_CONTACT = {"contact_date": "contact_date", "contact_time": "contact_time",
                "contact_with": "with_whom", "contact_summary": "summary",
                "contact_mode": "mode"}
_OLD_AGREEMENT = {"parent_agreement": "text", "evaluation_date": "evaluation_date"}


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
        contacts=_rows_state(dialog.contacts), agreements=_rows_state(dialog.parent_agreements),
        parents_informed=dialog.parents_informed.currentData(),
        kind=dialog.kind.currentData(),
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
    dialog.kind.setCurrentIndex(max(0, dialog.kind.findData(fields.get("kind"))))
    dialog.parents_informed.setCurrentIndex(
        max(0, dialog.parents_informed.findData(fields.get("parents_informed") or "")))
    contacts = fields.get("contacts")
    if not isinstance(contacts, list):  # a draft of the one-row form
        contacts = [{new: fields.get(old) for old, new in _OLD_CONTACT.items()}]
    agreements = fields.get("agreements")
    if not isinstance(agreements, list):
        agreements = [{new: fields.get(old) for old, new in _OLD_AGREEMENT.items()}]
    _restore_rows(dialog.contacts, contacts)
    _restore_rows(dialog.parent_agreements, agreements)
    dialog.third_party.setChecked(bool(fields.get("third_party")))
    dialog.source_consent.setChecked(bool(fields.get("source_consent")))
    dialog.counter_signal.setChecked(bool(fields.get("counter_signal")))
    if dialog.also_pupils.isEnabled():  # a correction keeps the entry's pupils
        dialog.also_pupils.set_checked_ids(fields.get("also") or ())


def _rows_state(rows) -> list[dict[str, object]]:
    state = []
    for row in rows.rows:
        values = {}
        for name, widget in row.items():
            if name.startswith("_"):
                continue
            values[name] = widget.text() if isinstance(widget, QLineEdit) else \
                widget.currentData()
        state.append(values)
    return state


def _restore_rows(rows, state: list) -> None:
    rows.ensure_rows(len(state))
    for row, values in zip(rows.rows, state, strict=False):
        if not isinstance(values, dict):
            continue
        for name, widget in row.items():
            value = values.get(name)
            if name.startswith("_") or value is None:
                continue
            if isinstance(widget, QLineEdit):
                widget.setText(str(value))
            elif isinstance(widget, QComboBox):
                widget.setCurrentIndex(max(0, widget.findData(value)))
