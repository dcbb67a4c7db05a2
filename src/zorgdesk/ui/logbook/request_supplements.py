"""What a granted correction request added to the dossier: part of the answer dialog.

A check box for each thing recorded for the pupil on or after the day the request came
in (the parents' zienswijze, aanvullingen, new logboek entries); the IB ticks what
fulfils the request, and the letter names exactly that. Without any, it says how to add
something first. It sits in the scrolling list of records of "Wat verandert er in het
dossier?" (the dialog fills a laptop screen at 125 % already).
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from zorgdesk.services.session import Session


class RequestSupplementsBox(QWidget):
    def __init__(self, session: Session, request_id: int) -> None:
        super().__init__()
        choices = session.request_answers.supplement_choices(request_id)
        since = session.parents.correction_request(request_id).received
        self.setAccessibleName("Toegevoegd op dit verzoek")
        caption = QLabel("<b>Aan het dossier toegevoegd op dit verzoek</b> (vink aan; de "
                         "brief noemt het):" if choices else
                         f"<b>Aan het dossier toegevoegd op dit verzoek:</b> sinds "
                         f"{since:%d-%m-%Y} niets. Wijst u het verzoek toe door aan te "
                         "vullen, leg dan eerst in het logboek de zienswijze van de ouders, "
                         "een aanvulling of een nieuwe notitie vast.")
        caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(caption)
        self.boxes: list[tuple[QCheckBox, tuple[str, int]]] = []
        for choice in choices:
            box = QCheckBox(choice.title)
            box.setToolTip(choice.title)
            # A long title must not widen the records' list (its choices would scroll away).
            box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            box.setAccessibleName(f"Toegevoegd op dit verzoek: {choice.title}")
            layout.addWidget(box)
            self.boxes.append((box, choice.key))

    def chosen(self) -> list[tuple[str, int]]:
        return [key for box, key in self.boxes if box.isChecked()]
