"""What a granted correction request added to the dossier: part of the answer dialog.

A check list of what was recorded for the pupil on or after the day the request came in
(the parents' zienswijze, aanvullingen, new logboek entries); the IB ticks what fulfils
the request, and the letter names exactly that. Empty, it says how to add something.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

from zorgdesk.services.session import Session

KEY_ROLE = Qt.ItemDataRole.UserRole


class RequestSupplementsBox(QGroupBox):
    def __init__(self, session: Session, request_id: int) -> None:
        super().__init__("Aan het dossier toegevoegd op dit verzoek (aanvinken met de "
                         "spatiebalk; de brief noemt het)")
        choices = session.request_answers.supplement_choices(request_id)
        since = session.parents.correction_request(request_id).received
        self.list = QListWidget()
        self.list.setAccessibleName("Toegevoegd op dit verzoek")
        # Compact: the answer dialog fills a laptop screen at 125 % already.
        self.list.setMaximumHeight(76)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        for choice in choices:
            item = QListWidgetItem(choice.title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(KEY_ROLE, list(choice.key))
            self.list.addItem(item)
        self.list.setAccessibleDescription("Vink aan wat u op dit verzoek aan het dossier "
                                           "heeft toegevoegd; de brief noemt het.")
        self.hint = QLabel(
            f"Sinds {since:%d-%m-%Y} is niets aan het dossier toegevoegd. Wilt u het verzoek "
            "toewijzen door aan te vullen, leg dan eerst in het logboek de zienswijze van "
            "de ouders, een aanvulling of een nieuwe notitie vast.")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.list)
        self.list.setVisible(bool(choices))
        self.hint.setVisible(not choices)

    def chosen(self) -> list[tuple[str, int]]:
        return [tuple(self.list.item(i).data(KEY_ROLE)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]
