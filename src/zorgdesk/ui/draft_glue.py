"""Which draft belongs to which form: the form-specific part of ui/form_drafts.py.

Kept here so the forms themselves grow by a line or two only.
Draft forms and keys (DraftService):
- "gesprek": "nieuw:<pupil id>" for a new zorggesprek, "gesprek:<id>" for an existing one;
- "signalenlijst": "<pupil id>:<catalogue id>" (a correction's check id is in the fields);
- "meldcode": "<pupil id>:<EventKind name>", one per step form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

from zorgdesk.ui.form_drafts import DraftKeeper, restore, snapshot

if TYPE_CHECKING:
    from zorgdesk.ui.conversations.dialog import ConversationDialog
    from zorgdesk.ui.meldcode.tab import MeldcodeTab
    from zorgdesk.ui.signals.fill import FillPage

FORM_TITLES = {"gesprek": "Zorggesprek", "signalenlijst": "Signalenlijst",
               "meldcode": "Meldcode", "logboek": "Logboek"}


# -- zorggesprek ------------------------------------------------------------------------

def keep_conversation_draft(dialog: ConversationDialog) -> DraftKeeper:
    """The plan/record dialog; the number of SMART rows is part of the state."""
    def get_state() -> dict:
        return {"smart_rows": len(dialog.smart.rows), **snapshot(dialog)}

    def set_state(state: dict) -> None:
        wanted = state.get("smart_rows", len(dialog.smart.rows))
        while isinstance(wanted, int) and len(dialog.smart.rows) < min(wanted, 50):
            dialog.smart.add()
        while isinstance(wanted, int) and len(dialog.smart.rows) > wanted:
            dialog.smart._remove(dialog.smart.rows[-1])
        restore(dialog, state)

    keeper = DraftKeeper(dialog, "gesprek", dialog.layout(), 0, get_state, set_state)
    key = (f"gesprek:{dialog.conversation_id}" if dialog.conversation_id is not None
           else f"nieuw:{dialog.pupil.id}")
    keeper.bind(dialog.session.drafts, key, dialog.pupil.id)
    return keeper


def draft_hint_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName("Concept klaar")
    label.setStyleSheet("background: #fff4ce; padding: 4px;")
    label.hide()
    return label


def show_conversation_drafts(label: QLabel, session, pupil) -> None:
    """In the Zorggesprekken tab: which conversations have unsaved text waiting (also
    after a restart, when the app has no memory of what was open)."""
    waiting = ([d for d in session.drafts.for_pupil(pupil.id) if d.form == "gesprek"]
               if session is not None and pupil is not None and session.vault.is_open else [])
    which = []
    for draft in waiting:
        if draft.key.startswith("nieuw:"):
            which.append("een nieuw gesprek (kies Nieuw gesprek…)")
        else:
            try:
                stored = session.conversations.get(int(draft.key.split(":")[1]))
                which.append(f"het gesprek van {stored.gesprek.on:%d-%m-%Y} (kies Openen…)")
            except (LookupError, ValueError):
                continue
    label.setText("Er staat een niet opgeslagen concept klaar voor " + " en ".join(which)
                  + "." if which else "")
    label.setVisible(bool(which))


def waiting_drafts_hint(session, pupil_id: int) -> str:
    """After unlocking: which forms of this pupil have input waiting (no content)."""
    forms = sorted({FORM_TITLES.get(d.form, d.form)
                    for d in session.drafts.for_pupil(pupil_id) if d.form == "gesprek"})
    if not forms:
        return ""
    # The name, because the hint stays while the IB moves on to another pupil; the
    # status bar is cleared on lock, so a locked window never shows it.
    name = session.basedata.pupil(pupil_id).display_name
    return (f"Er staat een concept klaar voor {name} ({', '.join(forms)}). Open het "
            "formulier opnieuw; de niet opgeslagen tekst staat er dan weer in.")


# -- signalenlijst 'Invullen' -------------------------------------------------------------

class FillDrafts:
    """The fill page keeps a draft per pupil and list in memory; this stores it."""

    def __init__(self, page: FillPage) -> None:
        self.page = page
        self.keeper = DraftKeeper(page, "signalenlijst", page.layout(), 0,
                                  self._state, self._restore)

    def _state(self) -> dict:
        page = self.page
        page._store_detail()
        draft = page.draft()
        return {
            "items": {item_id: [s.ticked, s.note, s.contra, s.logbook]
                      for item_id, s in draft.items.items()
                      if s.ticked or s.note or s.contra or s.logbook},
            "checked_on": page.checked_on.text(), "checked_by": page.checked_by.text(),
            "corrects": draft.corrects.id if draft.corrects else None}

    def _restore(self, state: dict) -> None:
        from zorgdesk.ui.signals.fill import Draft, ItemState

        page = self.page
        draft = Draft()
        for item_id, (ticked, note, contra, logbook) in state.get("items", {}).items():
            draft.items[item_id] = ItemState(bool(ticked), str(note), bool(contra), str(logbook))
        if state.get("corrects") is not None:
            try:
                draft.corrects = page.service.check(int(state["corrects"]))
            except (LookupError, ValueError):
                draft.corrects = None  # the corrected list is gone: keep the ticks anyway
        page._drafts[(page.pupil_id, page.catalogue.id)] = draft
        page.checked_on.setText(str(state.get("checked_on", "")))
        page.checked_by.setText(str(state.get("checked_by", "")))
        page._rebuild()

    def leave(self) -> None:
        """Before the page switches pupil or list, or is wiped on lock: store."""
        self.keeper.unbind()

    def follow(self, session, pupil, catalogue) -> None:
        if session is not None and pupil is not None and catalogue is not None:
            self.keeper.bind(session.drafts, f"{pupil.id}:{catalogue.id}", pupil.id)

    def saved(self, session, pupil, catalogue) -> None:
        self.keeper.saved()
        self.follow(session, pupil, catalogue)  # the empty page for the next list


# -- meldcode step forms -----------------------------------------------------------------

class MeldcodeDrafts:
    """One draft per step form and pupil; the forms live in the tab, not in dialogs."""

    def __init__(self, tab: MeldcodeTab) -> None:
        self.tab = tab
        self.keepers = {kind: DraftKeeper(form, "meldcode", tab.pages[kind].layout(), 0)
                        for kind, form in tab.forms.items()}

    def leave(self) -> None:
        """Before the forms are cleared (other pupil, lock): store what they hold."""
        for keeper in self.keepers.values():
            keeper.unbind()

    def shown(self, kind) -> None:
        """A form was just prepared for the current pupil: watch it (and restore)."""
        tab = self.tab
        if tab.session is not None and tab.pupil is not None and kind in self.keepers:
            self.keepers[kind].bind(tab.session.drafts, f"{tab.pupil.id}:{kind.name}",
                                    tab.pupil.id)

    def enter(self) -> None:
        """After choosing a pupil or unlocking: reopen the step forms that hold a draft,
        the most recently edited one last so it is the one shown."""
        from zorgdesk.domain.meldcode import EventKind

        tab = self.tab
        if tab.session is None or tab.pupil is None or tab.current_kind is not None:
            return
        waiting = [d for d in tab.session.drafts.for_pupil(tab.pupil.id)
                   if d.form == "meldcode" and d.key.split(":")[-1] in EventKind.__members__]
        for draft in reversed(waiting):  # for_pupil is newest first
            kind = EventKind[draft.key.split(":")[-1]]
            if kind in tab.buttons and tab.buttons[kind].isEnabled():
                tab.choose(kind)

    def saved(self, kind) -> None:
        self.keepers[kind].saved()
