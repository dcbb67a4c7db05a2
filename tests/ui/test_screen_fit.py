"""Every window and dialog fits a 1366x768 school laptop at 125 % (1093x614 logical).

The main window is walked on every tab and sub-tab, and every dialog it opens is
checked, with the demo vault (realistic) and with a pupil whose every text is as long
as the program allows (maximal). Nothing may lie outside the window and no text may
be cut off. The same walk checks that every Alt+letter, and every Ctrl shortcut live
in that view, reaches one control only.
"""

from __future__ import annotations

from datetime import date

from tests.conftest import TODAY
from tests.ui.screen_fit import (
    first_focus_problem,
    fit_problems,
    keyboard_traps,
    mnemonic_clashes,
    place_in_work_area,
    shortcut_clashes,
    sideways_lists,
)
from tests.ui.window_walk import WALK_TIMEOUT, Walker, answering_boxes
from zorgdesk.domain.logbook.entry import LogbookEntryDraft, SignalledBy
from zorgdesk.domain.people import PupilDraft
from zorgdesk.services.session import Session

LONGEST_NAME = "Wilhelmina-Alexandra" * 5  # 100 characters, the maximum of a name


def add_maximal_pupil(session: Session) -> int:
    """A pupil whose names, group, siblings and signaller are as long as allowed."""
    basedata = session.basedata
    group = basedata.add_group("Groep 8 combinatieklas Zonnebloem-Tulp")
    staff = basedata.add_staff("Maximiliaan-Theodoor " + "Vanderhoeven-Oosterbroek " * 3,
                               "leerkracht")
    first = basedata.add_pupil(PupilDraft(
        first_name=LONGEST_NAME, tussenvoegsel="van der", last_name=LONGEST_NAME,
        date_of_birth="01-02-2016", start_date="20-08-2020", group_id=group))
    for number in range(4):
        sibling = basedata.add_pupil(PupilDraft(
            first_name=LONGEST_NAME[:60] + str(number), last_name=LONGEST_NAME,
            date_of_birth=date(2015 + number, 3, 1), start_date="20-08-2020",
            group_id=group))
        basedata.link_siblings(first, sibling)
    long_text = ("Tijdens het buitenspelen zag ik dat het kind alleen bij het hek stond "
                 "en niet meedeed met de andere kinderen. ") * 40
    session.logbook.add_entry(LogbookEntryDraft(
        pupil_ids=(str(first),), entry_date=TODAY, entry_time="10:15",
        location="Speelplaats aan de achterkant bij het grote klimrek " * 2,
        signalled_by=SignalledBy(staff_id=str(staff)), situation=long_text,
        action=long_text, agreements=long_text, domain="opvallend_gedrag"))
    return first


def _walk(controller, monkeypatch, pupil_id: int,
          sideways: bool = False) -> tuple[list[str], list[str]]:
    window = controller.window
    assert window.select_pupil(pupil_id)
    problems: list[str] = []
    clashes: list[str] = []

    def visit(widget, where):
        place_in_work_area(widget)
        problems.extend(fit_problems(widget, where))
        if sideways:  # a name of 100 characters may scroll the pupil list
            problems.extend(sideways_lists(widget, where))
        clashes.extend(mnemonic_clashes(widget, where))
        clashes.extend(shortcut_clashes(widget, where))

    with answering_boxes(monkeypatch):
        walker = Walker(monkeypatch, visit)
        place_in_work_area(window)
        walker.walk_views(window, "Hoofdvenster")
    dialogs = {name for name in walker.seen if "->" not in name}
    assert len(dialogs) >= 15, sorted(dialogs)  # the walk really opened the dialogs
    return problems, clashes


def _pupil_id(session, name: str) -> int:
    return next(p.id for p in session.basedata.pupils() if p.display_name == name)


@WALK_TIMEOUT
def test_demo_pupil_fits_the_laptop_screen_and_each_key_reaches_one_control(controller,
                                                                              monkeypatch):
    """One walk, two checks: nothing cut off or outside the screen, and every Alt+letter
    and every Ctrl shortcut live in a view reaches one control only."""
    pupil = _pupil_id(controller.session, "Zoë van der Berg")
    problems, clashes = _walk(controller, monkeypatch, pupil, sideways=True)
    assert not problems and not clashes, "\n".join(
        ["Past niet:", *problems, "Dubbele toetsen:", *sorted(set(clashes))])


@WALK_TIMEOUT
def test_maximal_pupil_fits_the_laptop_screen(controller, monkeypatch):
    pupil = add_maximal_pupil(controller.session)
    controller.window.reload_groups()
    problems, _ = _walk(controller, monkeypatch, pupil)
    assert not problems, "\n".join(problems)


@WALK_TIMEOUT
def test_no_keyboard_traps_and_dialogs_open_on_their_first_field(controller, monkeypatch):
    window = controller.window
    assert window.select_pupil(_pupil_id(controller.session, "Zoë van der Berg"))
    problems: list[str] = []

    def visit(widget, where):
        place_in_work_area(widget)
        problems.extend(keyboard_traps(widget, where))

    def opened(dialog, where):
        problems.append(first_focus_problem(dialog, where))

    with answering_boxes(monkeypatch):
        place_in_work_area(window)
        Walker(monkeypatch, visit, opened=opened).walk_views(window, "Hoofdvenster")
    problems = sorted({p for p in problems if p})
    assert not problems, "\n".join(problems)


def test_meldcode_with_a_trajectory_fits_the_laptop_screen(controller):
    """Zoë (the walks above) has no meldcode trajectory; the step buttons and forms of
    one made the main window 1133 px wide."""
    window = controller.window
    assert window.select_pupil(_pupil_id(controller.session, "Daniëlle van Dijk"))
    place_in_work_area(window)
    window.show_tab(3)
    place_in_work_area(window)
    assert window.tab_pages[3].trajectory is not None
    problems = fit_problems(window, "Meldcode met traject")
    assert window.width() <= 1093 and not problems, (window.width(), problems)
