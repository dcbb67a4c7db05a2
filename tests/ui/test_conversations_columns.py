"""Zorggesprekken tab at a laptop's dossier width (walk findings, session 28): the Status
column stays in view beside a long subject, and the niet-retour list's Dagen column is
no wider than its number."""

from __future__ import annotations

from tests.conftest import TODAY
from tests.ui.test_conversations_tab import _pupil, session  # noqa: F401
from zorgdesk.domain.conversations.draft import ConversationDraft
from zorgdesk.ui.conversations.tab import STATUS_CHARS, ConversationsTab

DOSSIER_WIDTH = 760  # 1093 logical px at 125 % minus the pupil column


def _tab(qtbot, session):  # noqa: F811
    tab = ConversationsTab()
    qtbot.addWidget(tab)
    tab.resize(DOSSIER_WIDTH, 480)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def test_status_stays_in_view_beside_a_long_subject(qtbot, session):  # noqa: F811
    pupil = _pupil(session, "Zoë van der Berg")
    session.conversations.plan(pupil.id, ConversationDraft(
        on=TODAY, place="Kamer IB", subject="Zorgen over de thuissituatie, de gymspullen, "
        "het huiswerk en de contacten met klasgenoten op het plein",
        staff=(("Pieter Bakker", ""),), guardians=(("Thi Lan Nguyen", "moeder"),)))
    tab = _tab(qtbot, session)
    tab.set_context(session, pupil)
    header = tab.table.horizontalHeader()
    status = 3
    right_edge = header.sectionViewportPosition(status) + header.sectionSize(status)
    assert right_edge <= tab.table.viewport().width()
    # As wide as its text, or (two signers' statuses) STATUS_CHARS wide and wrapped.
    cap = STATUS_CHARS * tab.table.fontMetrics().averageCharWidth()
    assert header.sectionSize(status) >= min(tab.table.sizeHintForColumn(status), cap)
    assert tab.table.item(0, 2).toolTip().startswith("Zorgen over de thuissituatie")


def test_dagen_is_as_narrow_as_its_number(qtbot, session):  # noqa: F811
    tab = _tab(qtbot, session)
    tab.set_context(session, _pupil(session, "Zoë van der Berg"))
    tab.days.setValue(14)
    assert tab.outstanding.model().rowCount() == 1
    header = tab.outstanding.horizontalHeader()
    dagen, gesprek = 3, 1
    needed = max(header.sectionSizeHint(dagen), tab.outstanding.sizeHintForColumn(dagen))
    assert header.sectionSize(dagen) <= needed + 2
    assert header.sectionSize(gesprek) > header.sectionSize(dagen)


def test_two_signers_statuses_leave_the_subject_readable(qtbot, session):  # noqa: F811
    """Walk s29 146.png: 'Marieke Verhoeven: ondertekend voor akkoord; Johan Verhoeven:
    ondertekend voor gezien' took the row and left the subject 'Z… o…'."""
    from datetime import timedelta

    from zorgdesk.domain.conversations.conversation import SignatureStatus
    pupil = _pupil(session, "Zoë van der Berg")
    cid = session.conversations.plan(pupil.id, ConversationDraft(
        on=TODAY - timedelta(days=2), place="Kamer IB",
        subject="Zorgen over Zoë: kleding, eten en een blauwe plek",
        staff=(("Pieter Bakker", ""),),
        guardians=(("Ingrid van der Berg", "moeder"), ("Kees van der Berg", "vader"))))
    session.signing.hand_out(cid, TODAY - timedelta(days=1), confirm_smart=True)
    session.signing.register_signature(cid, "Ingrid van der Berg", SignatureStatus.AKKOORD,
                                       TODAY, "school")
    session.signing.register_signature(cid, "Kees van der Berg", SignatureStatus.GEZIEN,
                                       TODAY, "school", "Niet eens met de zin over de plek.")
    tab = _tab(qtbot, session)
    tab.set_context(session, pupil)
    header = tab.table.horizontalHeader()
    average = tab.table.fontMetrics().averageCharWidth()
    subject, status = 2, 3
    assert "ondertekend voor gezien" in tab.table.item(0, status).text()
    assert header.sectionSize(subject) >= 20 * average
    right_edge = header.sectionViewportPosition(status) + header.sectionSize(status)
    assert right_edge <= tab.table.viewport().width()
