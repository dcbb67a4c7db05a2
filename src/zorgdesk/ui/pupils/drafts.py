"""Leerlingen beheren keeps what is typed in the pupil's and a parent's form as a draft
(ui/form_drafts.py): the idle lock and quitting closed the window and lost it (s32).

One draft per vault, like the sociale kaart: which pupil (her id, or None for a new
pupil) and which parent (id, or None for a new one) were in the forms, and what their
fields held. The fields are read generically by their accessible names
(``named_snapshot``), so a field added to a form is kept without a change here and an
older draft still lands in the right fields. The draft belongs to that pupil
(retention takes it along), a new pupil's to none (m0023).

Reopened, the dialog shows that pupil and parent with the typing under 'Concept
hersteld'; the guard counts it as typed, so Escape, Sluiten or another pupil ask first.
A save, another pupil or parent, or 'Weggooien' ends it. The state functions get the
dialog as an argument and never hold it (ui/dialogs.py).

The Groepen and Medewerkers tabs keep their own drafts (s34; forms ``groepen`` and
``medewerkers``, of no pupil): a new group's name and a new name for the chosen group;
a new member's name and role and the nicknames typed for the chosen member. Each page
says what is typed (``typing``/``put_typing``); what a save leaves typed stays in the
draft, which goes when nothing is left. Nicknames typed for a member deactivated since
come back with her, marked "(gedeactiveerd)" in the list, until saved or thrown away
(s35: they were dropped, though the anonymiser still knows former staff).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from zorgdesk.ui.form_drafts import DraftKeeper, named_restore, named_snapshot

if TYPE_CHECKING:
    from zorgdesk.ui.pupils.groups_page import GroupsPage
    from zorgdesk.ui.pupils.manage_dialog import ManageDialog, PupilsPage, StaffPage

DRAFT_FORM, DRAFT_KEY = "leerlingen", "formulier"
GROUPS_FORM, STAFF_FORM = "groepen", "medewerkers"


def keep_pupils_draft(dialog: ManageDialog) -> DraftKeeper:
    """Watch the pupils page (the note on top of the dialog); a stored draft comes back
    now, and belongs to the pupil it was typed for."""
    drafts = dialog.pupils.session.drafts
    keeper = DraftKeeper(dialog, DRAFT_FORM, dialog.layout(), 0, pupils_state,
                         restore_pupils_state)
    stored = drafts.load(DRAFT_FORM, DRAFT_KEY)
    keeper.bind(drafts, DRAFT_KEY, stored.pupil_id if stored else dialog.pupils.pupil_id)
    return keeper


def pupils_state(dialog: ManageDialog) -> dict:
    page = dialog.pupils
    family = page.guardian_form.isEnabled()
    return {"pupil": page.pupil_id, "guardian": page.guardian_id if family else None,
            "pupil_fields": named_snapshot(page.form),
            "guardian_fields": named_snapshot(page.guardian_form) if family else None}


def restore_pupils_state(dialog: ManageDialog, state: dict) -> None:
    """That pupil and parent (when they still exist; else the new-pupil or new-parent
    form), then the typed fields. Loading them is no 'moving on' for the keeper."""
    page = dialog.pupils
    keeper, page.drafts = page.drafts, None
    try:
        page.show_record(_existing_pupil(page, state.get("pupil")))
        if page.pupil_id is not None and isinstance(state.get("guardian_fields"), dict):
            if not page.show_guardian(state.get("guardian")):
                page.new_guardian()
            named_restore(page.guardian_form, state["guardian_fields"])
        if isinstance(state.get("pupil_fields"), dict):
            named_restore(page.form, state["pupil_fields"])
    finally:
        page.drafts = keeper


def _existing_pupil(page: PupilsPage, pupil_id) -> int | None:
    if not isinstance(pupil_id, int):
        return None
    try:
        page.session.basedata.pupil(pupil_id)
    except LookupError:
        return None
    return pupil_id


def _groups_typing(dialog: ManageDialog) -> dict:
    return dialog.groups.typing()


def _put_groups_typing(dialog: ManageDialog, state: dict) -> None:
    dialog.groups.put_typing(state)


def _staff_typing(dialog: ManageDialog) -> dict:
    return dialog.staff.typing()


def _put_staff_typing(dialog: ManageDialog, state: dict) -> None:
    dialog.staff.put_typing(state)


def keep_tab_drafts(dialog: ManageDialog) -> None:
    """Watch the Groepen and Medewerkers tabs (each note on top of its tab); a stored
    draft comes back now. Drafts of no pupil: what is typed there is about none."""
    drafts = dialog.pupils.session.drafts
    for page, form, get_state, set_state in (
            (dialog.groups, GROUPS_FORM, _groups_typing, _put_groups_typing),
            (dialog.staff, STAFF_FORM, _staff_typing, _put_staff_typing)):
        page.drafts = DraftKeeper(dialog, form, page.layout(), 0, get_state, set_state)
        page.drafts.bind(drafts, DRAFT_KEY, None)


def typed_anywhere(pupils: PupilsPage, groups: GroupsPage, staff: StaffPage) -> bool:
    """What the dialog's guard asks about: typing in any tab (Escape, Sluiten, the X)."""
    return pupils.unsaved() or groups.typed() or staff.typed()


def end_manage_drafts(dialog: ManageDialog) -> None:
    """Weggooien (Escape, Sluiten, the window's X): the typing and its drafts go."""
    for page in (dialog.pupils, dialog.groups, dialog.staff):
        if page.drafts is not None:
            page.drafts.settled()
