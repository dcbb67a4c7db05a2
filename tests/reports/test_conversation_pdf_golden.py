"""The zorggesprek PDFs say what they said when their building code is reorganised.

The text pypdf reads back from the gespreksverslag, the SMART form and the invitation
(whitespace collapsed, so a line broken elsewhere by another ReportLab does not count)
is compared with tests/data/golden/conversation_*.txt. When the wording changes on
purpose, rewrite the files and read the diff:

    ZORGDESK_UPDATE_GOLDEN=1 pytest tests/reports/test_conversation_pdf_golden.py
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.reports.test_conversation_pdf import PRINTED, SCHOOL, flat, make, pages
from zorgdesk.domain.conversations.conversation import ConversationKind
from zorgdesk.reports.conversation.pdf import render_invitation, render_report, render_smart_form

GOLDEN = Path(__file__).parent.parent / "data" / "golden"

PRINTED_PRODUCTS = {
    "conversation_report_zwaar": lambda: render_report(make(), SCHOOL, PRINTED),
    "conversation_report_regulier": lambda: render_report(
        make(ConversationKind.REGULIER, signals=(), addenda=(), signatures=(),
             conversation_text="Eerste alinea.\n\nTweede alinea."), SCHOOL, PRINTED),
    "conversation_smart_form": lambda: render_smart_form(make(), SCHOOL, PRINTED),
    "conversation_invitation": lambda: render_invitation(make(), SCHOOL, PRINTED,
                                                         sender="Daniëlle van der Berg"),
}


@pytest.mark.parametrize("name", sorted(PRINTED_PRODUCTS))
def test_the_printed_text_is_what_it_was(name):
    text = "\n".join(flat(page).strip() for page in pages(PRINTED_PRODUCTS[name]())) + "\n"
    golden = GOLDEN / f"{name}.txt"
    if os.environ.get("ZORGDESK_UPDATE_GOLDEN") == "1":
        golden.write_text(text, encoding="utf-8")
    assert text == golden.read_text(encoding="utf-8")
