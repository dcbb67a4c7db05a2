"""Broken forms/word lists in the action points, case summary and inzage screens.

Each screen names the file in Dutch instead of a traceback and keeps what was typed.
A broken or missing lexicon never silently turns off the check for unknown names: the
summary then refuses to export.
"""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from tests.conftest import TODAY
from zorgdesk import paths
from zorgdesk.domain.resource_files import ResourceFileError
from zorgdesk.services import name_lexicon
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo import case as demo_case
from zorgdesk.services.demo.school import DEMO_PASSPHRASE
from zorgdesk.services.session import Session
from zorgdesk.ui.anonymise.dialog import AnonymiseDialog
from zorgdesk.ui.conversations.action_points_dialog import ActionPointsDialog
from zorgdesk.ui.inzage_dialog import InzageDialog

ROOT = Path(__file__).resolve().parents[2]
BROKEN_JSON = '{"kinds": '


@pytest.fixture
def forms(tmp_path, monkeypatch):
    folder = tmp_path / "forms"
    shutil.copytree(ROOT / "forms", folder)
    monkeypatch.setattr(paths, "forms_dir", lambda: folder)
    return folder


@pytest.fixture
def lexicon(tmp_path, monkeypatch):
    """A copy of resources/ whose lexicon a test may break; the cache is emptied around."""
    folder = tmp_path / "resources"
    shutil.copytree(ROOT / "resources" / "lexicon", folder / "lexicon")
    monkeypatch.setattr(paths, "resources_dir", lambda: folder)
    name_lexicon.default_lexicon.cache_clear()
    yield folder / "lexicon"
    name_lexicon.default_lexicon.cache_clear()  # later tests get the real lists


@pytest.fixture
def session(demo_path):
    s = Session.open(demo_path, DEMO_PASSPHRASE, clock=FixedClock(TODAY))
    yield s
    s.close()


def _pupil(session, name="Zoë van der Berg"):
    return next(p for p in session.basedata.pupils() if p.display_name == name)


def _action_points(session):

    return session.action_points


def test_action_points_dialog_works_with_a_broken_form(qtbot, session, forms):
    """The list reads only the stored agreements (issue 23: one query, no form wording),
    so a broken form file neither crashes it nor empties it."""
    (forms / "zorggesprek.json").write_text(BROKEN_JSON, encoding="utf-8")
    dialog = ActionPointsDialog(_action_points(session))  # must not raise
    qtbot.addWidget(dialog)
    assert dialog.error.isHidden() and dialog.table.model().rowCount() > 0
    dialog.show_closed.setChecked(True)
    dialog.close_selected("afgerond")    # nothing chosen: the usual message, no crash
    assert not dialog.error.isHidden() and "zorggesprek.json" not in dialog.error.text()
    shutil.copy2(ROOT / "forms" / "zorggesprek.json", forms / "zorggesprek.json")
    dialog.show_closed.setChecked(False)
    assert dialog.table.model().rowCount() > 0


def test_inzage_export_and_preview_name_a_broken_form(qtbot, session, forms, tmp_path):
    (forms / "zorggesprek.json").write_text(BROKEN_JSON, encoding="utf-8")
    dialog = InzageDialog(session, _pupil(session).id)
    qtbot.addWidget(dialog)
    dialog.requested_by.setText("moeder 👩 Zoë")
    dialog.folder.setText(str(tmp_path))
    assert dialog.export() is None  # must not raise
    shown = dialog.general_error.text()
    assert "zorggesprek.json" in shown and "niet bruikbaar" in shown
    assert not dialog.general_error.isHidden()
    assert dialog.requested_by.text() == "moeder 👩 Zoë"  # nothing typed is lost
    assert list(tmp_path.glob("*-inzage.*")) == []      # no half export
    assert dialog.show_preview() is None
    assert "zorggesprek.json" in dialog.general_error.text()
    # Repaired: the next export works without reopening the dialog.
    shutil.copy2(ROOT / "forms" / "zorggesprek.json", forms / "zorggesprek.json")
    assert dialog.export() is not None


@pytest.mark.parametrize("breakage", ["missing", "not-gzip", "not-utf8", "empty", "allow"])
def test_read_lexicon_names_the_broken_file(lexicon, breakage):
    target = _break(lexicon, breakage)
    with pytest.raises(ResourceFileError) as caught:
        name_lexicon.read_lexicon(lexicon)
    assert target.name in str(caught.value) and "niet bruikbaar" in str(caught.value)


def _break(folder: Path, breakage: str) -> Path:
    gz = folder / name_lexicon.LEXICON_FILE
    if breakage == "missing":
        gz.unlink()
    elif breakage == "not-gzip":
        gz.write_bytes(b"geen gzip")
    elif breakage == "not-utf8":
        gz.write_bytes(gzip.compress(b"Roos\n%%\n\xff\xfe roos\n"))
    elif breakage == "empty":
        gz.write_bytes(gzip.compress(b""))
    else:
        gz = folder / name_lexicon.ALLOW_FILE
        gz.write_bytes(b"GGD\n\xe9\xe9n\n")
    return gz


@pytest.mark.parametrize("breakage", ["missing", "not-gzip"])
def test_summary_refuses_to_export_without_the_name_check(qtbot, session, lexicon,
                                                          breakage, tmp_path):
    _break(lexicon, breakage)
    pupil = _pupil(session)
    dialog = AnonymiseDialog(session, pupil.id, today=TODAY)  # must not raise
    qtbot.addWidget(dialog)
    shown = dialog.error.text()
    assert "opentaal-nl.txt.gz" in shown and "NIET gecontroleerd" in shown
    assert not dialog.pdf_button.isEnabled() and not dialog.copy_button.isEnabled()
    # Typed text survives a refresh; exporting stays refused, nothing is recorded.
    dialog.question.setPlainText("Is dit een melding waard? 🤔")
    dialog.rebuild()
    assert dialog.question.toPlainText() == "Is dit een melding waard? 🤔"
    before = len(session.sharing.for_pupil(pupil.id))
    assert dialog.save_to(tmp_path / "casus.pdf") is None
    assert not (tmp_path / "casus.pdf").exists()
    assert dialog.copy_to_clipboard(confirmed=True) is False
    assert len(session.sharing.for_pupil(pupil.id)) == before
    # Repaired: a refresh checks the names again and export is possible.
    shutil.copy2(ROOT / "resources" / "lexicon" / name_lexicon.LEXICON_FILE,
                 lexicon / name_lexicon.LEXICON_FILE)
    dialog.rebuild()
    assert dialog.error.isHidden() and dialog.pdf_button.isEnabled()
    assert "Zoë" not in dialog.result.text


def test_summary_names_a_broken_form_and_keeps_the_question(qtbot, session, forms):
    (forms / "zorggesprek.json").write_text(BROKEN_JSON, encoding="utf-8")
    dialog = AnonymiseDialog(session, _pupil(session).id, today=TODAY)  # must not raise
    qtbot.addWidget(dialog)
    dialog.question.setPlainText("Melden of niet? Ünïcode ✓")
    dialog.rebuild()
    shown = dialog.error.text()
    assert "zorggesprek.json" in shown and "kan de casus nu niet worden gemaakt" in shown
    assert "NIET gecontroleerd" not in shown  # the names check itself is fine
    assert dialog.result is None and not dialog.pdf_button.isEnabled()
    assert dialog.question.toPlainText() == "Melden of niet? Ünïcode ✓"
    shutil.copy2(ROOT / "forms" / "zorggesprek.json", forms / "zorggesprek.json")
    dialog.rebuild()
    assert dialog.error.isHidden() and "of niet?" in dialog.result.text


def test_cli_anonymise_refuses_with_a_broken_lexicon(lexicon, monkeypatch, capsys):
    import io
    import sys

    from zorgdesk import cli

    _break(lexicon, "not-gzip")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Karin belde.")))
    code = cli.main(["anonymise"])
    out = capsys.readouterr()
    assert code != 0 and "Karin" not in out.out
    assert "opentaal-nl.txt.gz" in out.err


def test_cli_anonymise_with_a_nickname_refuses_with_a_broken_lexicon(lexicon, monkeypatch,
                                                                    capsys):
    """The ordinary-word note for --nickname reads the word list first (s34)."""
    import io
    import sys

    from zorgdesk import cli

    _break(lexicon, "not-gzip")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Beer belde.")))
    code = cli.main(["anonymise", "--nickname", "Kees Bakker=Beer"])
    out = capsys.readouterr()
    assert code == 1 and out.out == ""
    assert "opentaal-nl.txt.gz" in out.err and "Traceback" not in out.err


def test_what_the_ib_typed_while_the_summary_failed_is_not_replaced_by_the_prefill(
        qtbot, session, lexicon):
    """The first build prefills "Wat de school al deed" from the recorded meldcode steps.
    When that first build failed (a broken word list), the field is empty and the IB may
    type in it; once repaired, a refresh must keep her lines, not put the prefill over
    them."""
    _break(lexicon, "missing")
    dialog = AnonymiseDialog(session, _pupil(session, demo_case.PUPIL).id, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.result is None and dialog.actions.toPlainText() == ""
    dialog.actions.setPlainText("Met moeder gebeld over het verzuim.")
    shutil.copy2(ROOT / "resources" / "lexicon" / name_lexicon.LEXICON_FILE,
                 lexicon / name_lexicon.LEXICON_FILE)
    dialog.rebuild()
    assert dialog.result is not None
    assert dialog.actions.toPlainText() == "Met moeder gebeld over het verzuim."
    assert "Meldcodetraject gestart" not in dialog.result.text
    assert "- Met moeder gebeld over het verzuim." in dialog.result.text
