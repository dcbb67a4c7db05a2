"""Issue 22 follow-up: the demo's yearly account is not empty, and the knelpunten the IB
types are checked for names of pupils and parents before they reach the report."""

from __future__ import annotations

from io import BytesIO

import pytest
from pypdf import PdfReader

from tests.conftest import TODAY
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.yearly_account.service import school_year_before


def test_the_demo_report_over_the_last_school_year_has_figures(session):
    account = session.yearly_account.build(*school_year_before(TODAY), "")
    rows = {label: shown for _part, label, shown in account.table()}
    assert rows["Gestart in de periode"] == "6" and rows["Afgesloten in de periode"] == "6"
    assert rows["Collegiale consultaties"] == "6"
    assert "mediaan over 6 trajecten" in rows["Stap 3: Gesprek met ouders (en kind)"]
    text = " ".join(p.extract_text() for p in PdfReader(BytesIO(
        session.yearly_account.pdf(account))).pages)
    for name in ("Tess", "Hendriks", "Amrani", "García"):
        assert name not in text


@pytest.mark.parametrize(("typed", "named"), [
    ("Bij Zoë duurde het te lang.", ["Zoë"]),
    ("de moeder van zoë belde; Ingrid van der Berg was boos.", ["zoë", "Ingrid van der Berg"]),
    ("Mehmet wilde niet meewerken.", ["Mehmet"]),
    ("Tess Hendriks werd te laat gemeld.", ["Tess Hendriks"]),
    # initials stay initials in the scrubbed text, so the check looks at the hits
    ("Het traject van Z.v.d.B. liep vast; ook TH wachtte.", ["Z.v.d.B.", "TH"]),
])
def test_a_name_in_the_knelpunten_is_refused_with_the_words_to_take_out(session, typed,
                                                                         named):
    with pytest.raises(ValidationError) as refused:
        session.yearly_account.build(*school_year_before(TODAY), typed)
    message = " ".join(refused.value.for_field("knelpunten"))
    assert "noemen een leerling of ouder" in message
    for name in named:
        assert f"'{name}'" in message


def test_knelpunten_without_names_go_into_the_pdf(session):
    typed = "Wachttijd bij het jeugd- en gezinsteam; de gymdocent wist niet bij wie te melden."
    account = session.yearly_account.build(*school_year_before(TODAY), typed)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(BytesIO(
        session.yearly_account.pdf(account))).pages)
    assert typed in text


def test_the_dialog_shows_the_dutch_message_and_keeps_the_text(qtbot, session):
    from zorgdesk.ui.yearly_account.dialog import YearlyAccountDialog

    dialog = YearlyAccountDialog(session, chooser=lambda *_args: None)
    qtbot.addWidget(dialog)
    dialog.knelpunten.setPlainText("Lotte de Jong werd laat besproken.")
    dialog.compute_button.click()
    assert "'Lotte de Jong'" in dialog.errors["knelpunten"].text()
    assert dialog.knelpunten.toPlainText() == "Lotte de Jong werd laat besproken."
    assert dialog.account is None
