"""Small dialogs around a handed-out report: hand out, signature status, addendum.

``SmallFormDialog``s (ui/small_form.py): problems at their fields, drafts until saved.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from zorgdesk.domain.conversations.conversation import SignatureStatus, open_smart_findings
from zorgdesk.domain.validation import FieldProblem, ValidationError, parse_date
from zorgdesk.services.conversations.signing import SigningService
from zorgdesk.services.drafts import DraftService
from zorgdesk.ui.small_form import SmallFormDialog
from zorgdesk.ui.widgets import error_label

SMART_SHORT = ("De afspraken hebben nog open SMART-punten (hierboven). Pas ze aan in het "
               "gesprek, of vink aan dat ze zo blijven.")


# The small forms around a handed-out report keep their drafts under their own form name
# (not "gesprek": that is the plan/record dialog), keyed "<form>:<conversation id>".
DRAFT_FORM = "verslag"


class _ReportForm(SmallFormDialog):
    """A small form about one zorggesprek; the signing service says no in Dutch with a
    ValidationError or a ValueError."""

    refusals = (ValidationError, ValueError)

    def __init__(self, title: str, service: SigningService, conversation_id: int,
                 drafts: DraftService, parent: QWidget | None) -> None:
        super().__init__(title, parent, width=480, height=300)
        self.service, self.cid = service, conversation_id
        self._drafts = drafts

    def finish_form(self, key: str) -> None:
        """Buttons under the form, and the draft of what is typed (restored now)."""
        self.finish()
        pupil_id = self.service.conversations.get(self.cid).pupil_id
        self.keep_draft(self._drafts, DRAFT_FORM, f"{key}:{self.cid}", pupil_id)


class HandOutDialog(_ReportForm):
    saved_text = "De uitreiking van het verslag is opgeslagen."

    def __init__(self, service: SigningService, conversation_id: int, *,
                 drafts: DraftService, parent: QWidget | None = None) -> None:
        super().__init__("Verslag uitreiken", service, conversation_id, drafts, parent)
        gesprek = service.conversations.get(conversation_id).gesprek
        names = [g.name for g in gesprek.attendees.guardians]
        self.set_intro(
            "<b>Na het uitreiken kan het verslag niet meer worden gewijzigd.</b> "
            f"Het wordt ter ondertekening uitgereikt aan: {', '.join(names)}. "
            "Correcties kunnen daarna alleen nog als aanvulling, die met het verslag wordt "
            "afgedrukt.")
        self.on = QLineEdit(service.today.strftime("%d-%m-%Y"))
        self.row("&Datum van uitreiken:", self.on, "Datum van uitreiken", "on")
        # Open SMART points: the parents' copy does not show them, so the IB decides here.
        findings = open_smart_findings(service.conversations.get(conversation_id).gesprek)
        self.smart_points = QLabel("<b>Nog open punten uit de SMART-controle:</b><br>" + "<br>"
                                   .join(escape(f"Afspraak {n}: {f.message}")
                                         for n, f in findings))
        self.smart_points.setWordWrap(True)
        self.smart_points.setAccessibleName("Open punten uit de SMART-controle")
        self.confirm_smart = QCheckBox("Ik heb deze punten bekeken; de afspraken &blijven zo")
        self.confirm_smart.setAccessibleName("SMART-punten bevestigen")
        self.form.addRow(self.smart_points)
        self.form.addRow(self.confirm_smart)
        smart_error = error_label("Fout bij de SMART-punten")
        self.form.addRow(smart_error)
        self.field_errors.bind("smart", smart_error, self.confirm_smart)
        self.smart_points.setVisible(bool(findings))
        self.confirm_smart.setVisible(bool(findings))
        self.set_save_text("&Uitreiken en vastzetten")
        self.finish_form("uitreiken")

    def store(self) -> None:
        problems: list[FieldProblem] = []
        day = parse_date(self.on.text(), "on", "de datum van uitreiken", problems)
        if problems:
            raise ValidationError(problems)
        try:
            self.service.hand_out(self.cid, day, confirm_smart=self.confirm_smart.isChecked())
        except ValidationError as error:  # the points are listed above: say it briefly
            raise ValidationError([FieldProblem(p.field, SMART_SHORT) if p.field == "smart"
                                   else p for p in error.problems]) from None


class SignatureDialog(_ReportForm):
    saved_text = "De ondertekening is opgeslagen."

    def __init__(self, service: SigningService, conversation_id: int, *,
                 drafts: DraftService, parent: QWidget | None = None) -> None:
        super().__init__("Ondertekening registreren", service, conversation_id, drafts, parent)
        self.set_intro("Leg vast hoe het uitgereikte verslag is teruggekomen.")
        self.signer = QComboBox()
        for s in service.conversations.get(conversation_id).gesprek.signatures:
            self.signer.addItem(f"{s.signer} — nu: {s.status.value}", s.signer)
        self.status = QComboBox()
        for st in (SignatureStatus.AKKOORD, SignatureStatus.GEZIEN,
                   SignatureStatus.NIET_GERETOURNEERD):
            self.status.addItem(st.value, st.value)
        self.on = QLineEdit(service.today.strftime("%d-%m-%Y"))
        self.place = QLineEdit()
        self.view = QPlainTextEdit()
        self.view.setTabChangesFocus(True)
        self.view.setPlaceholderText("Alleen bij ‘voor gezien’: de zienswijze van de ouder.")
        self.row("Ouder/&verzorger:", self.signer, "Ouder of verzorger", "signer")
        self.row("&Status:", self.status, "Status van de ondertekening", "status")
        self.row("&Datum:", self.on, "Datum", "on")
        self.row("&Plaats:", self.place, "Plaats van ondertekening", "place")
        self.row("&Zienswijze ouder:", self.view, "Zienswijze van de ouder", "parents_view")
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()
        self.finish_form("ondertekening")

    def _status_changed(self) -> None:
        self.view.setEnabled(self.status.currentData() == SignatureStatus.GEZIEN.value)

    def store(self) -> None:
        status = SignatureStatus(self.status.currentData())
        view = self.view.toPlainText() if status is SignatureStatus.GEZIEN else ""
        self.service.register_signature(self.cid, self.signer.currentData(), status,
                                        self.on.text(), self.place.text(), view)


class AddendumDialog(_ReportForm):
    saved_text = "De aanvulling op het verslag is opgeslagen."

    def __init__(self, service: SigningService, conversation_id: int, *,
                 drafts: DraftService, parent: QWidget | None = None) -> None:
        super().__init__("Aanvulling toevoegen", service, conversation_id, drafts, parent)
        self.set_intro("Een aanvulling wordt met de datum en uw naam onder het verslag "
                           "afgedrukt. Eenmaal opgeslagen kan zij niet meer worden gewijzigd.")
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.row("&Aanvulling:", self.text, "Tekst van de aanvulling", "text")
        self.finish_form("aanvulling")

    def store(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            raise ValidationError([FieldProblem("text", "Vul de aanvulling in.")])
        self.service.add_addendum(self.cid, text)
