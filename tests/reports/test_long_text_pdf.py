"""Worst case for the dossier PDF: every free-text field of one entry at its maximum.

Before the fix a value taller than a page raised LayoutError (table rows could not
split). The PDF must build and hold the beginning AND the end of every long text.
"""

from __future__ import annotations

import io

from pypdf import PdfReader

from tests.conftest import TODAY
from zorgdesk.domain.logbook import (
    MAX_SHORT_TEXT,
    MAX_TEXT,
    LogbookEntryDraft,
    ParentAgreement,
    ParentContact,
    SignalledBy,
)
from zorgdesk.services.clock import FixedClock
from zorgdesk.services.session import Session

SENTENCE = "Zoë vertelde dat ze gisteren 🙂 niet had ontbeten; mama was al vroeg weg. "


def long_text(tag: str, length: int = MAX_TEXT) -> str:
    """Starts with BEGIN<tag>, ends with END<tag>; holds a 5,000-character URL."""
    url = "https://example.org/" + "a" * 4980
    body = SENTENCE * (length // len(SENTENCE) + 1)
    text = f"BEGIN{tag} " + body[: length // 2] + "\n" + url + "\n\n" + body
    end = f" END{tag}"
    return text[: length - len(end)] + end


def test_every_field_at_its_maximum_builds_and_nothing_is_cut(demo_vault):
    session = Session(demo_vault, FixedClock(TODAY))
    pupil = next(p for p in session.basedata.pupils() if p.display_name == "Zoë van der Berg")
    staff = str(session.basedata.staff()[0].id)
    tags = ["SIT", "INT", "ACT", "AGR", "STP", "CON", "PAG"]
    texts = {t: long_text(t) for t in tags}
    session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(pupil.id),), entry_date=TODAY, entry_time="09:00",
        location="L" * MAX_SHORT_TEXT, signalled_by=SignalledBy(staff_id=staff),
        situation=texts["SIT"], interpretation=texts["INT"], action=texts["ACT"],
        agreements=texts["AGR"], steps_if_not_kept=texts["STP"],
        parent_contacts=(ParentContact(TODAY, "09:00", "moeder", "persoonlijk",
                                       texts["CON"]),),
        parent_agreements=(ParentAgreement(texts["PAG"], TODAY),)))

    pdf = session.logbook.dossier.pdf(pupil.id, TODAY)

    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    for tag in tags:
        assert f"BEGIN{tag}" in text
        assert f"END{tag}" in text
