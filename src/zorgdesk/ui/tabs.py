"""The four work tabs, in the order the main window shows them."""

from __future__ import annotations

from zorgdesk.ui.conversations.tab import ConversationsTab
from zorgdesk.ui.logbook.tab import LogbookTab
from zorgdesk.ui.meldcode.tab import MeldcodeTab
from zorgdesk.ui.pupil_tab import PupilTab
from zorgdesk.ui.signals.tab import SignalsTab

TAB_TITLES = ("Logboek", "Signalenlijst", "Zorggesprekken", "Meldcode")


def build_tabs() -> list[PupilTab]:
    return [LogbookTab(), SignalsTab(), ConversationsTab(), MeldcodeTab()]
