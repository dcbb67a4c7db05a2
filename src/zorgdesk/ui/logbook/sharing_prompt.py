"""After a PDF about a pupil is printed or saved, offer to record it in the sharing trail.

Handing a document out is a disclosure (AVG): what, with whom, on which basis, when.
The PDF preview calls this with "afgedrukt" or "opgeslagen"; the IB fills in with whom
(or cancels when the copy stays in the school's own file). Shared by the logboek,
signalenlijst and meldcode tabs so the trail is recorded the same way everywhere.
"""

from __future__ import annotations

import weakref

from PySide6.QtWidgets import QWidget

from zorgdesk.ui.dialogs import open_dialog
from zorgdesk.ui.logbook.dialogs import SharingDialog
from zorgdesk.ui.pdf_preview import PdfPreviewDialog


class SharingPrompt:
    """The ``on_exported`` callback of a PdfPreviewDialog for one pupil's document."""

    def __init__(self, session, pupil_id: int, what: str, parent: QWidget, *,
                 shared_with: str = "", basis: str = "") -> None:
        self.session, self.pupil_id, self.what, self.parent = session, pupil_id, what, parent
        self.shared_with, self.basis = shared_with, basis  # prefilled, plain values
        # Weak: the preview holds this prompt, and a prompt holding its preview back would
        # be the reference cycle ui/dialogs.py forbids.
        self._preview: weakref.ref[PdfPreviewDialog] | None = None
        self.dialog: SharingDialog | None = None

    @property
    def preview(self) -> PdfPreviewDialog | None:
        return self._preview() if self._preview is not None else None

    @preview.setter
    def preview(self, dialog: PdfPreviewDialog) -> None:
        self._preview = weakref.ref(dialog)

    def __call__(self, how: str) -> None:
        # Parented to the open preview: that window is modal, so a sibling would be blocked.
        self.dialog = SharingDialog(self.session, self.pupil_id, f"{self.what} ({how})",
                                    parent=self.preview or self.parent,
                                    shared_with=self.shared_with, basis=self.basis)
        open_dialog(self.dialog)


def preview_with_sharing(session, pupil_id: int, what: str, title: str, data: bytes,
                         file_name: str, parent: QWidget, *, shared_with: str = "",
                         basis: str = "", print_title: str | None = None) -> PdfPreviewDialog:
    """A PDF preview whose print/save offers to record the disclosure; not yet shown.
    ``shared_with``/``basis``: prefilled in the sharing form when known (a letter)."""
    prompt = SharingPrompt(session, pupil_id, what, parent, shared_with=shared_with,
                           basis=basis)
    dialog = PdfPreviewDialog(title, data, file_name, parent, on_exported=prompt,
                              print_title=print_title)
    prompt.preview = dialog
    dialog.sharing_prompt = prompt  # reachable for tests and kept alive with the dialog
    return dialog
