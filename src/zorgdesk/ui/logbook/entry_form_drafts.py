"""Autosaved drafts of the logboek entry form (:class:`zorgdesk.ui.logbook.entry_form.EntryDialog`).

A mixin: what is typed is kept in the vault after a typing pause, restored when the
form opens again, and discarded only on request or after saving.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from zorgdesk.services.errors import VaultError
from zorgdesk.ui.form_drafts import restored_note
from zorgdesk.ui.logbook.hint_edit import HintTextEdit

ID_ROLE = Qt.ItemDataRole.UserRole


class EntryDraftsMixin:
    """Uses the dialog's widgets, ``session``, ``pupil``, ``draft_key`` and draft timer."""

    # -- drafts ----------------------------------------------------------------------

    def _text_fields(self) -> dict[str, QWidget]:
        return {"entry_date": self.entry_date, "entry_time": self.entry_time,
                "location": self.location, "situation": self.situation,
                "interpretation": self.interpretation, "source": self.source,
                "involved": self.involved, "action": self.action, "agreements": self.agreements,
                "steps": self.steps, "contact_date": self.contact_date,
                "contact_time": self.contact_time, "contact_with": self.contact_with,
                "contact_summary": self.contact_summary,
                "parent_agreement": self.parent_agreement,
                "evaluation_date": self.evaluation_date, "reason": self.reason}

    def state(self) -> dict[str, object]:
        fields: dict[str, object] = {k: w.text() for k, w in self._text_fields().items()}
        fields.update(
            signalled_by=self.signalled_by.currentText(), domain=self.domain.currentData(),
            contact_mode=self.contact_mode.currentData(),
            third_party=self.third_party.isChecked(),
            source_consent=self.source_consent.isChecked(),
            counter_signal=self.counter_signal.isChecked(),
            also=[self.also_pupils.item(r).data(ID_ROLE) for r in range(self.also_pupils.count())
                  if self.also_pupils.item(r).checkState() == Qt.CheckState.Checked])
        return fields

    def restore_state(self, fields: dict) -> None:
        for key, widget in self._text_fields().items():
            if isinstance(fields.get(key), str):
                widget.setText(fields[key])
        self.signalled_by.setEditText(str(fields.get("signalled_by", "")))
        self.domain.setCurrentIndex(max(0, self.domain.findData(fields.get("domain"))))
        self.contact_mode.setCurrentIndex(
            max(0, self.contact_mode.findData(fields.get("contact_mode"))))
        self.third_party.setChecked(bool(fields.get("third_party")))
        self.source_consent.setChecked(bool(fields.get("source_consent")))
        self.counter_signal.setChecked(bool(fields.get("counter_signal")))
        also = set(fields.get("also") or ())
        if self.also_pupils.isEnabled():
            for r in range(self.also_pupils.count()):
                item = self.also_pupils.item(r)
                item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in also
                                   else Qt.CheckState.Unchecked)

    def _restore_draft(self) -> None:
        found = self.session.logbook.load_draft(self.draft_key)
        if found is None:
            return
        fields, saved_at = found
        self.restore_state(fields)
        self.draft_note.setText(restored_note(saved_at))  # same wording in every form
        self.draft_note.show()
        self.discard_button.show()

    def _watch_changes(self) -> None:
        for widget in self._text_fields().values():
            edit = widget.edit if isinstance(widget, HintTextEdit) else widget
            edit.textChanged.connect(self._draft_timer.start)
        self.signalled_by.editTextChanged.connect(self._draft_timer.start)
        for combo in (self.domain, self.contact_mode):
            combo.currentIndexChanged.connect(self._draft_timer.start)
        for box in (self.third_party, self.source_consent, self.counter_signal):
            box.toggled.connect(self._draft_timer.start)
        self.also_pupils.itemChanged.connect(self._draft_timer.start)

    def save_draft(self) -> None:
        """Store the typed text now (also called when the vault is about to lock)."""
        self._draft_timer.stop()
        vault = self.session.vault
        if self.saved_id is None and vault.is_open and not vault.read_only:
            # A draft is best effort: on a full disk the text stays in the form, and the
            # real save shows the Dutch message.
            with contextlib.suppress(VaultError):
                self.session.logbook.save_draft(self.draft_key, self.pupil.id, self.state())

    def discard_draft(self) -> None:
        self._draft_timer.stop()
        self.session.logbook.discard_draft(self.draft_key)
        self.draft_note.hide()
        self.discard_button.hide()
