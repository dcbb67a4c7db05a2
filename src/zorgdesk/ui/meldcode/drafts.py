"""Drafts of the meldcode step forms (ui/form_drafts.py does the keeping).

Draft form "meldcode", key "<pupil id>:<EventKind name>", one per step form.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zorgdesk.domain.meldcode import EventKind
from zorgdesk.ui.form_drafts import DraftKeeper

if TYPE_CHECKING:
    from zorgdesk.ui.meldcode.tab import MeldcodeTab


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
