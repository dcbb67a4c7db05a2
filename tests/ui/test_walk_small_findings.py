"""Small findings of the keyboard walk at 1366x768 and 125 % (session 28)."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLabel, QLineEdit, QListView, QSplitter, QTabBar

from tests.ui.screen_fit import place_in_work_area
from zorgdesk.ui.conversations.dialog import ConversationDialog
from zorgdesk.ui.dialogs import release
from zorgdesk.ui.logbook.dialogs import SharingDialog
from zorgdesk.ui.meldcode.info_panel import MeldcodeInfoPanel
from zorgdesk.ui.pupils.manage_dialog import ManageDialog


def test_the_period_fields_show_their_whole_placeholder(controller):
    window = controller.window
    place_in_work_area(window)
    tab = window.tab_pages[0]
    for edit in (tab.date_from, tab.date_to):  # 't/m dd-mm-jjjj' showed as 't/…'
        needed = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 8
        assert edit.width() >= needed, (edit.placeholderText(), edit.width(), needed)
    assert window.width() <= 1093


def test_verstrekking_vastleggen_says_what_it_is_for(qtbot, session):
    zoe = session.basedata.pupils()[0]
    dialog = SharingDialog(session, zoe.id)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)
             if label.accessibleName() == "Waarvoor dit formulier is"]
    assert texts and "buiten de school" in texts[0] and "inzageverzoek" in texts[0]
    release(dialog)


def test_the_geschiedenis_tab_has_an_alt_letter(qtbot):
    panel = MeldcodeInfoPanel()
    qtbot.addWidget(panel)
    texts = [panel.info_tabs.tabText(i) for i in range(panel.info_tabs.count())]
    assert "Gesch&iedenis" in texts


def test_tab_bars_have_an_accessible_name(qtbot, controller):
    session = controller.session
    pupil = session.basedata.pupils()[0]
    conversation = ConversationDialog(session, pupil)
    manage = ManageDialog(session)
    for window in (conversation, manage, controller.window):
        qtbot.addWidget(window)
        window.show()
        for bar in window.findChildren(QTabBar):
            assert bar.accessibleName(), (type(window).__name__, bar.tabText(0))
    assert manage.findChild(QTabBar).accessibleName() == "Leerlingen, groepen en medewerkers"
    assert conversation.tabs.tabBar().accessibleName() == "Onderdelen van het gesprek"


def test_the_file_dialog_sidebar_shows_its_places_whole(qtbot, tmp_path, controller):
    """The app widens Qt's own file dialog when it gets the cursor (AppController
    installs it), as in a static QFileDialog.getOpenFileName."""
    dialog = QFileDialog(None, "Kluis openen", str(tmp_path), "ZorgDesk-kluis (*.zdv)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.resize(800, 450)
    splitter = dialog.findChild(QSplitter, "splitter")
    sidebar = dialog.findChild(QListView, "sidebar")
    splitter.setSizes([60, 740])  # as narrow as the walk found it: 'Co…'
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.findChild(QLineEdit, "fileNameEdit").setFocus()
    qtbot.waitUntil(lambda: dialog.property("zorgdesk_widened") is True)
    assert sidebar.width() >= sidebar.sizeHintForColumn(0), (sidebar.width(),
                                                             sidebar.sizeHintForColumn(0))


def test_signal_detail_placeholders_are_read_whole_on_a_laptop(controller):
    """Walk s29 147.png (1366x768 at 125 %): 'Kort en feitelijk: wat, wanne…' and
    'bijv. 12, 15 (o…' were cut off in the narrow detail column."""
    from zorgdesk.ui.widgets import placeholder_width
    window = controller.window
    zoe = next(p.id for p in controller.session.basedata.pupils()
               if p.display_name == "Zoë van der Berg")
    assert window.select_pupil(zoe)
    place_in_work_area(window)
    window.show_tab(1)
    fill = window.tab_pages[1].fill
    for edit in (fill.note, fill.logbook):
        assert edit.isVisible()
        assert placeholder_width(edit) <= edit.width(), edit.placeholderText()
        assert edit.toolTip()


def test_a_prefilled_verstrekking_reads_from_the_start_of_what(qtbot, session):
    """Walk s30 (77.png): after saving the answer letter, 'Wat:' showed 'het verzoek om
    correctie of verwijdering van 02-12-2026 (opgeslagen)': the start was scrolled away."""
    zoe = session.basedata.pupils()[0]
    what = "Antwoord op het verzoek om correctie of verwijdering van 02-12-2026 (opgeslagen)"
    dialog = SharingDialog(session, zoe.id, what, shared_with="Ingrid van der Berg (moeder)",
                           basis="Verzoek van ouders om correctie of verwijdering (AVG)")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.what.text() == what
    assert dialog.what.cursorPosition() == 0
    assert dialog.shared_with.cursorPosition() == 0
    assert dialog.basis.lineEdit().cursorPosition() == 0
    release(dialog)
