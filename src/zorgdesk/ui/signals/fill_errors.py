"""Where a refused save of the 'Invullen' page (:class:`zorgdesk.ui.signals.fill.FillPage`)
shows its messages.

The list's own fields (date, filled in by, the ticks) clear their message when edited
(:class:`FieldErrors`). A signal's note and logboek numbers share one label each, which
shows the problems of the signal that is selected; they are kept per signal until that
signal's field is edited or the page is saved again.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from zorgdesk.domain.validation import ValidationError
from zorgdesk.ui.field_errors import FieldErrors
from zorgdesk.ui.widgets import error_label, show_error, show_first_problem

NOTHING_TICKED = ("Niets opgeslagen: vink minstens één signaal aan, of bevestig dat u een "
                  "lege lijst wilt opslaan.")


class FillErrors:
    """The page's error labels (placed by the page) and the problems per signal."""

    def __init__(self, checked_on: QLineEdit, checked_by: QLineEdit, note: QLineEdit,
                 logbook: QLineEdit) -> None:
        self.items = error_label("Fout bij de signalen")
        self.note = error_label("Fout bij de notitie")
        self.logbook = error_label("Fout bij de logboeknummers")
        self.date = error_label("Fout bij de datum")
        self.by = error_label("Fout bij ingevuld door")
        self._edits = {"note": note, "logbook": logbook}
        self.fields = FieldErrors()
        self.fields.bind("checked_on", self.date, checked_on)
        self.fields.bind("checked_by", self.by, checked_by)
        self.fields.bind("items", self.items)  # ticking clears it (ticked())
        self.per_item: dict[str, str] = {}  # "note:<item id>" / "logbook:<item id>"

    def clear(self) -> None:
        self.per_item.clear()
        self.fields.clear()
        show_error(self.note, "")
        show_error(self.logbook, "")

    def ticked(self) -> None:
        show_error(self.items, "")

    def nothing_ticked(self) -> None:
        show_error(self.items, NOTHING_TICKED)

    def show_item(self, item_id: str | None) -> None:
        """The messages of the signal now selected (none when it has none)."""
        show_error(self.note, self.per_item.get(f"note:{item_id}", ""))
        show_error(self.logbook, self.per_item.get(f"logbook:{item_id}", ""))

    def item_fixed(self, kind: str, item_id: str | None) -> None:
        """Typing in a signal's note ("note") or numbers ("logbook") clears that message."""
        self.per_item.pop(f"{kind}:{item_id}", None)
        show_error(self.note if kind == "note" else self.logbook, "")

    def refused(self, err: ValidationError) -> str | None:
        """Each message at its field; returns the first signal with a problem, if any.

        The page selects that signal and then calls :meth:`point_at_item`; without one
        the cursor goes to the first field of the list with a problem."""
        unplaced = self.fields.show(
            ("items" if p.field == "catalogue" else p.field, p.message)
            for p in err.problems if ":" not in p.field)
        if unplaced:
            show_error(self.items, " ".join(filter(None, [self.items.text(), *unplaced])))
        self.per_item.update({p.field: p.message for p in err.problems if ":" in p.field})
        if not self.per_item:
            self.fields.focus_first()
            return None
        return next(iter(self.per_item)).split(":", 1)[1]

    def point_at_item(self, item_id: str | None) -> None:
        """Show the selected signal's messages and put the cursor at its first problem."""
        self.show_item(item_id)
        kind = next(iter(self.per_item)).split(":", 1)[0]
        show_first_problem(self.note if kind == "note" else self.logbook, self._edits[kind])
