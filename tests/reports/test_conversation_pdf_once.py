"""The zorggesprek PDFs say each thing once, and the IB's role as the dialog says it.

Walk s29: the SMART form printed "Volgend contact / evaluatie" in its header table and
again under the agreements (the report too); the conversation dialog offered
"<IB> (intern begeleider)" while the PDFs printed "<IB> (Intern begeleider)".
"""

from __future__ import annotations

import io

from pypdf import PdfReader

from zorgdesk.ui.conversations.dialog import ConversationDialog
from zorgdesk.ui.dialogs import release

FOLLOW_UP = "Volgend contact / evaluatie"


def _text(pdf: bytes) -> str:
    """The words of every page, one space between (a table cell wraps its label)."""
    return " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)


def _with_agreements(session):
    """A demo conversation with agreements and a follow-up day, and its pupil."""
    return next((c, p) for p in session.basedata.pupils()
                for c in session.conversations.for_pupil(p.id)
                if c.gesprek.agreements and c.gesprek.follow_up_on)


def test_the_follow_up_is_printed_once_on_each_document(session):
    conversation, _pupil = _with_agreements(session)
    day = f"{conversation.gesprek.follow_up_on.day} "
    for pdf in (session.conversations.smart_form_pdf(conversation.id),
                session.conversations.report_pdf(conversation.id)):
        text = _text(pdf)
        assert text.count(FOLLOW_UP) == 1, text
        after = text.split(FOLLOW_UP, 1)[1]
        assert after.lstrip(": ").startswith(day)


def test_the_dialog_names_the_ib_with_the_role_the_pdfs_print(qapp, session):
    conversation, pupil = _with_agreements(session)
    dialog = ConversationDialog(session, pupil)
    ib = session.vault.user.name
    offered = [dialog.staff.item(i).text() for i in range(dialog.staff.count())
               if dialog.staff.item(i).text().startswith(ib)]
    release(dialog)
    assert offered == [f"{ib} (Intern begeleider)"]
    printed = _text(session.conversations.smart_form_pdf(conversation.id))
    assert f"{ib} (Intern begeleider)" in printed
