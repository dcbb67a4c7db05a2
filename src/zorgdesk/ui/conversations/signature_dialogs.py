"""Small dialogs around a handed-out report: hand out, signature status, addendum."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.conversations.conversation import SignatureStatus, open_smart_findings
from zorgdesk.domain.validation import FieldProblem, ValidationError, parse_date
from zorgdesk.services.conversations.signing import SigningService
from zorgdesk.ui.widgets import add_row, error_label, focus_first_field, show_error

SMART_SHORT = ("De afspraken hebben nog open SMART-punten (hierboven). Pas ze aan in het "
               "gesprek, of vink aan dat ze zo blijven.")


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = QFormLayout()
        self.error = error_label("Fout")
        buttons = QDialogButtonBox()
        self.ok = buttons.addButton("&Opslaan", QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName("Opslaan")
        cancel = buttons.addButton("Annuleren", QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAccessibleName("Annuleren")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        focus_first_field(self)

    def save(self) -> None:
        try:
            self.store()
        except ValidationError as exc:
            show_error(self.error, " ".join(p.message for p in exc.problems))
            return
        except ValueError as exc:
            show_error(self.error, str(exc))
            return
        self.accept()

    def store(self) -> None:
        raise NotImplementedError


class HandOutDialog(_FormDialog):
    def __init__(self, service: SigningService, conversation_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__("Verslag uitreiken", parent)
        self.service, self.cid = service, conversation_id
        gesprek = service.conversations.get(conversation_id).gesprek
        names = [g.name for g in gesprek.attendees.guardians]
        self.intro.setText(
            "<b>Na het uitreiken kan het verslag niet meer worden gewijzigd.</b> "
            f"Het wordt ter ondertekening uitgereikt aan: {', '.join(names)}. "
            "Correcties kunnen daarna alleen nog als aanvulling, die met het verslag wordt "
            "afgedrukt.")
        self.on = QLineEdit(service.today.strftime("%d-%m-%Y"))
        add_row(self.form, "&Datum van uitreiken:", self.on, "Datum van uitreiken")
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
        self.smart_points.setVisible(bool(findings))
        self.confirm_smart.setVisible(bool(findings))
        self.ok.setText("&Uitreiken en vastzetten")
        self.ok.setAccessibleName("Uitreiken en vastzetten")

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


class SignatureDialog(_FormDialog):
    def __init__(self, service: SigningService, conversation_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__("Ondertekening registreren", parent)
        self.service, self.cid = service, conversation_id
        self.intro.setText("Leg vast hoe het uitgereikte verslag is teruggekomen.")
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
        add_row(self.form, "Ouder/&verzorger:", self.signer, "Ouder of verzorger")
        add_row(self.form, "&Status:", self.status, "Status van de ondertekening")
        add_row(self.form, "&Datum:", self.on, "Datum")
        add_row(self.form, "&Plaats:", self.place, "Plaats van ondertekening")
        add_row(self.form, "&Zienswijze ouder:", self.view, "Zienswijze van de ouder")
        self.status.currentIndexChanged.connect(self._status_changed)
        self._status_changed()

    def _status_changed(self) -> None:
        self.view.setEnabled(self.status.currentData() == SignatureStatus.GEZIEN.value)

    def store(self) -> None:
        status = SignatureStatus(self.status.currentData())
        view = self.view.toPlainText() if status is SignatureStatus.GEZIEN else ""
        self.service.register_signature(self.cid, self.signer.currentData(), status,
                                        self.on.text(), self.place.text(), view)


class AddendumDialog(_FormDialog):
    def __init__(self, service: SigningService, conversation_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__("Aanvulling toevoegen", parent)
        self.service, self.cid = service, conversation_id
        self.intro.setText("Een aanvulling wordt met de datum en uw naam onder het verslag "
                           "afgedrukt. Eenmaal opgeslagen kan zij niet meer worden gewijzigd.")
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        add_row(self.form, "&Aanvulling:", self.text, "Tekst van de aanvulling")

    def store(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            raise ValidationError([FieldProblem("text", "Vul de aanvulling in.")])
        self.service.add_addendum(self.cid, text)
