"""The zorggesprek documents and the rapportage meldcode run the export name removal.

Per document (docs/anonymise.md, "Who a document names"; policies in
``services/export_names.py``): the pupil, the own parents and the school's staff keep their
names, the participants of a zorggesprek keep theirs (the signature block must name
them); every other pupil - a sibling too - and every other pupil's parent appears only by
initials, in every written form: full, first name, surname alone, possessive ("Svens"),
without diacritics ("Omer"), lower case and capitals. Real vault, real PDFs read back
with pypdf; the vault keeps the text as recorded.
"""

from __future__ import annotations

import io
import re
from datetime import timedelta

import pypdf
import pytest

from tests.conftest import TODAY
from zorgdesk.domain.conversations.conversation import SignatureStatus
from zorgdesk.domain.conversations.draft import ConversationDraft, SignalPick
from zorgdesk.domain.conversations.smart import SmartAgreement
from zorgdesk.domain.people import GuardianDraft, PupilDraft
from zorgdesk.domain.text import fold
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.export_names import INZAGE, ZORGGESPREK, export_scrubber
from zorgdesk.services.session import Session

# Other people the vault knows, each in the forms a teacher writes them.
SVEN_FORMS = ["Sven Oudshoorn", "Oudshoorn", "Svens jas", "sven", "SVEN", "oudshoorns fiets"]
MIRJAM_FORMS = ["Mirjam Oudshoorn-Bakker", "Mirjam", "mevrouw Oudshoorn-Bakker"]
OMER_FORMS = ["Ömer Aydın", "Omer", "Aydin", "Ömers broertje", "omer aydin"]
ZOE_FORMS = ["Zoë van der Berg", "Zoe", "Zoës tas", "Van der Berg", "ZOË"]
FATIMA_FORMS = ["Fatima Bouzid", "mevrouw Bouzid", "Fatima's auto"]
LOTTE_FORMS = ["Lotte de Jong", "Lotte", "Lottes zusje", "lotte"]  # Bram's sister
# Words that must be gone (a sibling's surname is the pupil's own: it may stay).
OTHER_WORDS = ["sven", "oudshoorn", "mirjam", "bakker", "omer", "aydin", "zoe", "berg",
               "fatima", "bouzid", "lotte"]


def _others_text() -> str:
    forms = SVEN_FORMS + MIRJAM_FORMS + OMER_FORMS + ZOE_FORMS + FATIMA_FORMS + LOTTE_FORMS
    return " ".join(f"{form} was erbij." for form in forms)


def _leaks(text: str) -> list[str]:
    folded = fold(text)
    return [w for w in OTHER_WORDS if re.search(rf"(?<![\w.]){w}(?:s|'s)?(?!\w)", folded)]


def _pdf_text(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


@pytest.fixture
def school(demo_vault):
    """The demo school plus Sven Oudshoorn and his mother; Bram de Jong is our pupil."""
    s = Session(demo_vault, FixedClock(TODAY))
    sven = s.basedata.add_pupil(PupilDraft("Sven", "Oudshoorn", "12-03-2016", "01-09-2020"))
    s.basedata.add_guardian(sven, GuardianDraft("Mirjam Oudshoorn-Bakker", "moeder"))
    bram = next(p for p in s.basedata.pupils() if p.display_name == "Bram de Jong")
    return s, bram


def _conversation(s, bram) -> int:
    text = _others_text()
    on = TODAY - timedelta(days=2)
    service = s.conversations
    cid = service.plan(bram.id, ConversationDraft(
        kind="zwaar", on=on, at="15:00", place="Lokaal van juf Anouk, naast Svens klas",
        subject="Ruzie met Oudshoorn en Omer op het plein",
        staff=(("Anouk Jansen", "leerkracht groep 7"), ("Marieke Hoekstra", "IB")),
        guardians=(("Sanne de Jong", "moeder"), ("Kees de Jong", "stiefouder")),
        notulist="Johan de Wit", spokesperson="Hanneke Vos",
        signals=(SignalPick("tekst", None, text),),
        phase_notes={"introductie": f"Juf Anouk opent. {text}", "gesprek": text,
                     "afspraken": text, "registratie": text},
        follow_up_on=TODAY + timedelta(days=30),
        agreements=(SmartAgreement(f"Bram speelt niet meer met Sven. {text}",
                                   "Geen ruzie met Svens groepje in 4 weken.",
                                   "juf Anouk en Zoës moeder", TODAY + timedelta(days=28),
                                   True, True),)))
    concept = [service.report_pdf(cid), service.smart_form_pdf(cid)]
    s.signing.hand_out(cid, on=TODAY - timedelta(days=1), confirm_smart=True)
    s.signing.register_signature(cid, "Sanne de Jong", SignatureStatus.GEZIEN, TODAY,
                                 place="bij Fatima thuis", parents_view=text)
    s.signing.add_addendum(cid, f"Na afloop belde mevrouw Bouzid. {text}", on=TODAY)
    return cid, concept


def test_the_zorggesprek_documents_name_the_participants_and_no_other_family(school):
    s, bram = school
    cid, concept = _conversation(s, bram)
    for data in concept:  # before the hand-out, with the SMART check's open points
        assert not _leaks(_pdf_text(data))
    report = _pdf_text(s.conversations.report_pdf(cid))
    smart = _pdf_text(s.conversations.smart_form_pdf(cid))
    invitation = _pdf_text(s.conversations.invitation_pdf(cid))
    for name, text in (("verslag", report), ("SMART", smart), ("uitnodiging", invitation)):
        assert not _leaks(text), (name, _leaks(text))
    # The facts around the names stay, the names become initials.
    assert "was erbij" in report and "S.O. jas" in " ".join(report.split())
    assert "Geen ruzie met S.O. groepje" in " ".join(smart.split())
    assert "Ruzie met O. en Ö.A." in " ".join(invitation.split())
    # The child, the participants (signature block, data table) and staff keep names.
    for text in (report, smart):
        flat = " ".join(text.split())
        for name in ("Bram de Jong", "Sanne de Jong", "Kees de Jong", "Anouk Jansen",
                     "Marieke Hoekstra", "Johan de Wit", "Hanneke Vos"):
            assert name in flat, name
    assert "Juf Anouk opent" in " ".join(report.split())  # staff in a note: by name
    # The vault keeps the conversation as recorded.
    stored = s.conversations.get(cid).gesprek
    assert "Svens jas" in " ".join(n.text for n in stored.phase_notes)


def test_the_rapportage_meldcode_names_the_child_and_staff_not_other_families(school):
    s, bram = school
    trajectory = s.meldcode.for_pupil(bram.id)[0].id
    text = _others_text()
    s.meldcode.record_rapportage(
        trajectory, onderwerp="Pesten door Oudshoorn", omschrijving=f"Juf Anouk zag het. {text}",
        maatschappelijke_onrust=f"Svens moeder belde rond. {text}",
        betrokkenen="Sven Oudshoorn (medeleerling), Mirjam Oudshoorn-Bakker (zijn moeder)",
        knelpunten=text, opmerkingen=text)
    pdf = _pdf_text(s.meldcode.dossier_pdf(trajectory, TODAY))
    flat = " ".join(pdf.split())
    assert not _leaks(pdf), _leaks(pdf)
    assert "Pesten door O." in flat and "S.O. moeder belde rond" in flat
    assert "S.O. (medeleerling), M.O.B. (zijn moeder)" in flat
    # The sister (another pupil) by initials, the facts about her kept.
    assert "Broer/zus op school: L.d.J." in flat
    assert "L.d.J. (groep 5): leerkracht heeft geen signalen gezien" in flat
    # The child and the own parents by name; staff in their role by name.
    for name in ("Bram de Jong", "Leerling: Bram de Jong", "Moeder: Sanne de Jong",
                 "Kees de Jong", "Marieke Hoekstra", "Johan de Wit (directeur)",
                 "Juf Anouk zag het"):
        assert name in flat, name
    # The vault keeps what was recorded.
    assert s.meldcode.rapportage(trajectory, TODAY)["Onderwerp"] == "Pesten door Oudshoorn"


def test_staff_keep_a_full_name_a_pupil_shares_a_word_of(school):
    """A document that names staff keeps "Marieke Hoekstra" when a pupil is called
    Hoekstra; the surname alone is ambiguous and goes (the other family first)."""
    s, bram = school
    other = s.basedata.add_pupil(PupilDraft("Tim", "Hoekstra", "01-02-2016", "01-09-2020"))
    assert other
    scrub = export_scrubber(s.basedata, bram.id, ZORGGESPREK)
    assert scrub("Marieke Hoekstra belde; Tim Hoekstra lachte; Hoekstra keek.") == \
        "Marieke Hoekstra belde; T.H. lachte; H. keek."
    inzage = export_scrubber(s.basedata, bram.id, INZAGE)  # staff by initials there,
    assert inzage("Anouk Jansen belde.") == "A.J. belde."  # the exporting IB by name
    assert inzage("Marieke Hoekstra belde; Tim lachte.") == "Marieke Hoekstra belde; T.H. lachte."

