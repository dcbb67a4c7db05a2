"""The base of the four work tabs. Each gets the open session and the selected pupil."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidget

from zorgdesk.domain.people import Pupil
from zorgdesk.services.session import Session


class PupilTab(QWidget):
    """Base for a tab that shows one pupil's part of the dossier."""

    title = ""
    pupil: Pupil | None = None  # the pupil whose dossier the tab shows
    toolbar: QToolBar | None = None  # the tab's actions (ui/tab_toolbar.py)

    def menu_actions(self) -> list[QAction]:
        """Every action of the tab's toolbar, its drop-down included (for the menu bar)."""
        return list(getattr(self.toolbar, "menu_actions", []))

    def set_context(self, session: Session | None, pupil: Pupil | None) -> None:
        raise NotImplementedError

    def shown_again(self) -> None:
        """The tab comes back into view for the same pupil: records made on another tab
        meanwhile may belong in what it shows (nothing to do for most tabs)."""
