"""Build the example pages of the printed documents for the handleiding (docs/voorbeelden/).

Creates a demo vault in a temporary folder, prints every document through the real
services (as the app does), and turns one page of each into a PNG at 70 dpi with
``pdftoppm`` (poppler-utils). Run from the repository root:

    python docs/voorbeelden/maak_voorbeelden.py

Everything shown is invented demo data.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "src"))

from zorgdesk.domain.conversations.smart import SmartAgreement  # noqa: E402
from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy  # noqa: E402
from zorgdesk.domain.conversations.draft import ConversationDraft, SignalPick  # noqa: E402
from zorgdesk.services.conversations.service import ConversationService  # noqa: E402
from zorgdesk.services.demo.school import create_demo_vault  # noqa: E402
from zorgdesk.services.meldcode.service import MeldcodeService  # noqa: E402
from zorgdesk.services.record_titles import discussion_text  # noqa: E402
from zorgdesk.services.session import Session  # noqa: E402
from zorgdesk.store.keyfile import FAST_KDF_FOR_TESTS  # noqa: E402

TODAY = date(2026, 11, 25)


def _png(pdf: bytes, name: str, page: int, workdir: Path) -> Path:
    """Page ``page`` (from 1) of the PDF as docs/voorbeelden/<name>.png."""
    source = workdir / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page),
                    "-singlefile", str(source), str(HERE / name)], check=True)
    return HERE / f"{name}.png"


def _pupil(session: Session, name: str):
    return next(p for p in session.basedata.pupils() if p.display_name == name)


def _conversation(session: Session, conversations: ConversationService) -> int:
    """A zwaar gesprek as an IB plans it: a logboek fact and a signal check on the agenda,
    one vague agreement, and the director also taking the minutes."""
    noor = _pupil(session, "Noor Bouzid")
    entry = session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(noor.id),), entry_date=TODAY - timedelta(days=23), entry_time="08:30",
        location="Klaslokaal", signalled_by=SignalledBy(name=session.user_name),
        situation="Noor had een blauwe plek op de linker bovenarm en hield haar jas aan."))
    picks = [SignalPick("logboek", entry, discussion_text(session, "logboek", entry)),
             SignalPick("tekst", None, "Noor zegt dat zij na school niet naar huis wil.")]
    return conversations.plan(noor.id, ConversationDraft(
        kind="zwaar", on=TODAY - timedelta(days=2), at="09:00", place="Directiekamer",
        subject="Zorgen over blauwe plekken en angst om naar huis te gaan",
        staff=(("Johan de Wit", "Directeur"), ("Marieke Hoekstra", "Intern begeleider")),
        guardians=(("Fatima Bouzid", "moeder"),), notulist="Johan de Wit",
        signals=tuple(picks),
        phase_notes={
            "introductie": "Moeder welkom geheten. Aanleiding en doel van het gesprek benoemd.",
            "gesprek": "De IB heeft feitelijk verteld wat de leerkracht zag. Moeder vertelt "
                       "dat Noor thuis van de trap is gevallen.",
            "afspraken": "Samen afspraken gemaakt; de IB belt moeder over twee weken.",
            "registratie": "Moeder weet dat dit verslag in het leerlingdossier komt."},
        follow_up_on=TODAY + timedelta(days=14),
        agreements=(
            SmartAgreement("We zullen de communicatie verbeteren", "Goed gevoel",
                           "School en moeder", TODAY + timedelta(days=30), True, True),
            SmartAgreement("Moeder belt elke vrijdag om 15.00 uur met de IB.",
                           "De IB noteert elk gesprek in het logboek.", "Fatima Bouzid",
                           TODAY + timedelta(days=30), True, True))))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        vault = create_demo_vault(work / "demo.zdv", today=TODAY, kdf=FAST_KDF_FOR_TESTS)
        try:
            session = Session(vault)
            meldcode = MeldcodeService(vault, links=session,
                                       now=lambda: datetime.combine(TODAY, datetime.min.time()))
            bram = session.meldcode.current(_pupil(session, "Bram de Jong").id)
            conversations = ConversationService(vault, TODAY)
            cid = _conversation(session, conversations)
            zoe = conversations.for_pupil(_pupil(session, "Zoë van der Berg").id)[0].id
            made = [
                _png(meldcode.dossier_pdf(bram.id, TODAY), "rapportage-meldcode", 1, work),
                _png(conversations.report_pdf(cid), "gespreksverslag-concept", 1, work),
                _png(conversations.smart_form_pdf(cid), "afsprakenformulier-concept", 1, work),
                _png(conversations.invitation_pdf(cid), "uitnodiging", 1, work),
                _png(conversations.report_pdf(zoe), "gespreksverslag-uitgereikt", 1, work),
            ]
        finally:
            vault.close()
    for path in made:
        print(path.relative_to(HERE.parents[1]))


if __name__ == "__main__":
    main()
