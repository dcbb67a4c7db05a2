"""How tests/data/vaults/voor-issue-18.zdv was made (kept as documentation).

Run at commit d7ba508 (main just before the logboek moved onto form_draft; schema 11),
from the repository root:

    QT_QPA_PLATFORM=offscreen PYTHONPATH=src python tests/data/vaults/make_voor_issue_18.py

It builds the demo school (FAST_KDF_FOR_TESTS, demo passphrase) and types into the
logboek entry form of that version through its real widgets, whose EntryDraftsMixin
stores the text in the old ``logbook_draft`` table: a new observation for Zoë (with
emoji, an impossible date, a counter-signal and a second pupil ticked) and a correction
of one of her entries. A zorggesprek draft goes into ``form_draft`` as before. The
script no longer runs on later commits (the mixin and the table are gone); the test
tests/store/test_m0012_logbook_drafts.py checks what it wrote.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from zorgdesk.services.clock import FixedClock
from zorgdesk.services.demo.school import DEMO_PASSPHRASE, create_demo_vault
from zorgdesk.services.session import Session
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS
from zorgdesk.ui.logbook.entry_form import EntryDialog

TARGET = Path(__file__).resolve().parent / "voor-issue-18.zdv"
TODAY = date(2026, 11, 25)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    if TARGET.exists():
        raise SystemExit(f"{TARGET} exists; remove it and its .key first")
    create_demo_vault(TARGET, today=TODAY, kdf=FAST_KDF_FOR_TESTS).close()
    session = Session.open(TARGET, DEMO_PASSPHRASE, clock=FixedClock(TODAY))
    zoe = next(p for p in session.basedata.pupils() if p.display_name == "Zoë van der Berg")
    new = EntryDialog(session, zoe, None)
    new.situation.setText("Half getypt: Zoë had natte sokken 🧦")
    new.entry_date.setText("31-02-2026")
    new.location.setText("Fietsenstalling")
    new.counter_signal.setChecked(True)
    for row in range(new.also_pupils.count()):
        item = new.also_pupils.item(row)
        if item.text().startswith("Noor Bouzid"):
            item.setCheckState(Qt.CheckState.Checked)
    new.save_draft()
    entry = session.logbook.chronology(zoe.id)[0]
    correcting = EntryDialog(session, zoe, None, entry_id=entry.entry_id,
                             current=entry.current.content)
    correcting.situation.setText(correcting.situation.text() + " Aangevuld na gesprek.")
    correcting.reason.setText("Aanvulling van de mentor")
    correcting.save_draft()
    session.drafts.save("gesprek", f"nieuw:{zoe.id}", zoe.id, {"text1": "Gespreksconcept"})
    for dialog in (new, correcting):
        dialog._draft_timer.stop()
        dialog.deleteLater()
    session.close()
    app.processEvents()
    print(TARGET)


if __name__ == "__main__":
    main()
