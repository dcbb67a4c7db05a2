"""Main window: pupil list on the left, the pupil's dossier in four tabs on the right."""

from __future__ import annotations

from datetime import date
from functools import partial

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.people import Pupil
from zorgdesk.domain.text import counted, fold_name
from zorgdesk.services.display import NORMAL
from zorgdesk.services.session import Session
from zorgdesk.ui.anonymise.dialog import AnonymiseDialog, clear_clipboard_if_ours
from zorgdesk.ui.attachments.viewers import open_outside
from zorgdesk.ui.dialogs import open_dialog, run_modal
from zorgdesk.ui.dossier_tab_keys import DossierTabKeys, focus_main_list
from zorgdesk.ui.elided_heading import ElidedHeading, literal
from zorgdesk.ui.pupils.pupil_list import PupilList
from zorgdesk.ui.tabs import build_tabs
from zorgdesk.ui.text_size import LABELS
from zorgdesk.ui.widgets import SearchArrows, named_tabs
from zorgdesk.ui.window_size import fit_to_screen

# Big enough for every tab's toolbar at 9 pt (walk s36: 1100 wide hid the logbook's
# drop-down behind »); a smaller screen gets the window maximised (show_on_screen).
MAIN_WINDOW_SIZE = QSize(1280, 800)

# The tabs in the Leerling menu; their letters are free there (V, I, O are taken).
TAB_MENU_TITLES = {"Logboek": "&Logboek", "Signalenlijst": "&Signalenlijst",
                   "Zorggesprekken": "&Zorggesprekken", "Meldcode": "M&eldcode"}


def press(button: QPushButton | QToolButton) -> None:
    """What Space does on ``button``: a drop-down button opens its menu."""
    if (isinstance(button, QToolButton) and button.menu() is not None
            and button.popupMode() == QToolButton.ToolButtonPopupMode.InstantPopup):
        button.showMenu()
    else:
        button.click()


class MainWindow(QMainWindow):
    lock_requested = Signal()
    unlock_requested = Signal()
    open_vault_requested = Signal()
    manage_pupils_requested = Signal()
    import_pupils_requested = Signal()
    change_passphrase_requested = Signal()
    handover_requested = Signal()
    verify_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()
    retention_requested = Signal()
    settings_requested = Signal()
    social_map_requested = Signal()
    text_size_chosen = Signal(str)  # a name of services.display.TEXT_SIZES
    yearly_account_requested = Signal()
    incidents_requested = Signal(int)  # the incident to show, or -1
    staff_abuse_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.session: Session | None = None
        self.current_pupil: Pupil | None = None
        self._pupil_cache: tuple[int | None, list[tuple[Pupil, str]]] | None = None
        fit_to_screen(self, MAIN_WINDOW_SIZE.width(), MAIN_WINDOW_SIZE.height())
        # The dialogs that show pupil data and stay open beside the window (closed on lock).
        self.anonymise_dialog = None
        self.today_dialog = None
        self.inzage_dialog = None
        self.transfer_dialog = None
        self._build_menu()
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_locked_page())
        self.stack.addWidget(self._build_workspace())
        self._build_tab_menus()
        self.setCentralWidget(self.stack)
        self.set_session(None)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Enter presses the focused button, as Space does. Outside a dialog a push
        button answers Enter only when auto-default, a tool button never; the window
        has no default button, so Enter means nothing else here. Walk s35: the meldcode
        tab puts the cursor on the next action and Enter did nothing; walk s36: nor on a
        toolbar's 'Nieuwe observatie'. Here and not per button, so a button a tab makes
        later answers too (review s35 R11: auto-default was set once, in __init__)."""
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == \
            Qt.KeyboardModifier.NoModifier
        if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            button = self.focusWidget()
            if (isinstance(button, QPushButton | QToolButton) and button.isVisible()
                    and button.isEnabled()):
                press(button)
                return
        super().keyPressEvent(event)

    # -- construction --------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menu(self) -> None:
        """Bestand, Beheer, Leerling and Help. The actions on the vault's data wait for
        unlocking (``_data_actions``): a locked ZorgDesk on an unattended laptop offers
        nobody a way in."""
        bar = self.menuBar()
        self._data_actions = [*self._build_file_menu(bar), *self._build_manage_menu(bar),
                              *self._build_pupil_menu(bar)]
        help_menu = bar.addMenu("&Help")
        self.handbook_action = self._action(help_menu, "&Handleiding", self.open_handbook,
                                            QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, "&Over ZorgDesk", self._about)

    def _build_file_menu(self, bar) -> list[QAction]:
        """Bestand: Vandaag, the vault's lock, passphrase and handover, Afsluiten."""
        file_menu = bar.addMenu("&Bestand")
        self.today_action = self._action(file_menu, "Van&daag: termijnen…", self.open_today,
                                         "Ctrl+T")
        file_menu.addSeparator()
        # Also while locked: another vault asks for its own passphrase.
        self.open_vault_action = self._action(file_menu, "&Kluis openen…",
                                              self.open_vault_requested.emit, "Ctrl+Shift+D")
        self.lock_action = self._action(file_menu, "&Vergrendelen", self.lock_requested.emit,
                                        "Ctrl+L")
        self.passphrase_action = self._action(file_menu, "&Wachtwoord wijzigen…",
                                              self.change_passphrase_requested.emit)
        self.handover_action = self._action(file_menu, "Kluis &overdragen aan opvolger…",
                                            self.handover_requested.emit)
        file_menu.addSeparator()
        self._action(file_menu, "&Afsluiten", self.close, QKeySequence.StandardKey.Quit)
        return [self.today_action, self.lock_action, self.passphrase_action,
                self.handover_action]

    def _build_manage_menu(self, bar) -> list[QAction]:
        """Beheer: the school's base data and settings, then the vault's care."""
        manage_menu = bar.addMenu("B&eheer")
        self.manage_action = self._action(manage_menu, "&Leerlingen beheren…",
                                          self.manage_pupils_requested.emit, "Ctrl+Shift+B")
        self.import_action = self._action(manage_menu, "Leerlingen i&mporteren…",
                                          self.import_pupils_requested.emit)
        self.retention_action = self._action(manage_menu, "Be&waartermijn…",
                                             self.retention_requested.emit)
        self.settings_action = self._action(manage_menu, "&Instellingen…",
                                            self.settings_requested.emit, "Ctrl+,")
        self.social_map_action = self._action(manage_menu, "&Sociale kaart…",
                                              self.social_map_requested.emit)
        self.yearly_account_action = self._action(manage_menu, "&Jaarverantwoording meldcode…",
                                                  self.yearly_account_requested.emit)
        self._build_text_size_menu(manage_menu)
        manage_menu.addSeparator()
        self.verify_action = self._action(manage_menu, "&Kluis controleren",
                                          self.verify_requested.emit)
        self.backup_action = self._action(manage_menu, "&Back-up maken…",
                                          self.backup_requested.emit)
        # Like every other action on the vault it waits for unlocking.
        self.restore_action = self._action(manage_menu, "Back-up &terugzetten…",
                                           self.restore_requested.emit)
        return [self.manage_action, self.import_action, self.retention_action,
                self.settings_action, self.social_map_action, self.yearly_account_action,
                self.verify_action, self.backup_action, self.restore_action]

    def _build_text_size_menu(self, manage_menu) -> None:
        """Tekstgrootte: Normaal, Groot, Extra groot, one checked. Not a data action: it
        works while the vault is locked (the passphrase window is text to read too)."""
        menu = manage_menu.addMenu("Tekst&grootte")
        group = QActionGroup(menu)
        self.text_size_actions: dict[str, QAction] = {}
        for name, label in LABELS.items():
            action = menu.addAction(label)
            action.setCheckable(True)
            action.setData(name)
            group.addAction(action)
            self.text_size_actions[name] = action
        self.text_size_actions[NORMAL].setChecked(True)
        group.triggered.connect(self._text_size_triggered)

    def _text_size_triggered(self, action: QAction) -> None:
        self.text_size_chosen.emit(action.data())

    def show_text_size(self, name: str) -> None:
        """Check the size in use (the one remembered at the start)."""
        action = self.text_size_actions.get(name)
        if action is not None:
            action.setChecked(True)

    def _build_pupil_menu(self, bar) -> list[QAction]:
        """Leerling: what goes out of the chosen pupil's dossier, then the incidents (the
        tabs' own menus follow in ``_build_tab_menus``)."""
        pupil_menu = self.pupil_menu = bar.addMenu("Leer&ling")
        self.anonymise_action = self._action(pupil_menu, "Anonieme casus voor &Veilig Thuis…",
                                             self.open_anonymise_dialog)
        self.inzage_action = self._action(pupil_menu, "&Inzage-export…", self.open_inzage_dialog)
        self.transfer_action = self._action(pupil_menu, "&Overdrachtsdossier…",
                                            self.open_transfer_dialog)
        pupil_menu.addSeparator()
        self.incidents_action = self._action(pupil_menu, "Incidenten &tussen leerlingen…",
                                             self._request_incidents)
        self.pupil_incidents_action = self._action(pupil_menu,
                                                   "I&ncidenten van deze leerling…",
                                                   self.open_pupil_incidents)
        self.staff_abuse_action = self._action(pupil_menu,
                                               "Vermoeden misbruik door een &medewerker…",
                                               self.staff_abuse_requested.emit)
        return [self.anonymise_action, self.inzage_action, self.transfer_action,
                self.incidents_action, self.pupil_incidents_action, self.staff_abuse_action]

    def _request_incidents(self) -> None:
        self.incidents_requested.emit(-1)

    def _build_tab_menus(self) -> None:
        """Leerling > Logboek, Signalenlijst, ...: every action of each tab's toolbar, also
        those a narrow window moves into the toolbar's overflow. Choosing one shows its
        tab (with the chosen pupil) and acts there; the shortcut shown works on that tab."""
        self.pupil_menu.addSeparator()
        self.tab_menus: list[QMenu] = []
        for index, page in enumerate(self.tab_pages):
            menu = self.pupil_menu.addMenu(TAB_MENU_TITLES.get(page.title, page.title))
            for action in page.menu_actions():
                shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                # Only the text shows the shortcut: the tab's own action has it, and a
                # second action with the same keys would make both dead (ambiguous).
                proxy = QAction(action.icon(), f"{action.text()}\t{shown}", menu)
                proxy.triggered.connect(partial(self.run_tab_action, index, action))
                proxy.setData(action)
                menu.addAction(proxy)
            menu.aboutToShow.connect(partial(self._sync_tab_menu, index, menu))
            self.tab_menus.append(menu)
            self._data_actions.append(menu.menuAction())

    def _sync_tab_menu(self, index: int, menu: QMenu) -> None:
        known = index == self.tabs.currentIndex() or index not in self._stale_tabs
        for proxy in menu.actions():
            action = proxy.data()
            proxy.setEnabled(self.current_pupil is not None and (
                not known or (action.isEnabled() and action.isVisible())))

    def run_tab_action(self, index: int, action: QAction) -> bool:
        """Show tab ``index`` for the chosen pupil, then trigger its ``action``."""
        if self.current_pupil is None:
            self.statusBar().showMessage("Kies eerst een leerling.", 8000)
            return False
        self.show_tab(index)
        if not (action.isEnabled() and action.isVisible()):
            name = action.text().replace("&", "").rstrip("…")
            self.statusBar().showMessage(
                f"‘{name}’ kan nu niet: kies eerst in de lijst waar het om gaat.", 8000)
            return False
        action.trigger()
        return True

    def _build_locked_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        label = QLabel("<h2>ZorgDesk is vergrendeld</h2>"
                       "<p>Er worden geen gegevens getoond. Ontgrendel om verder te werken.</p>")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.unlock_button = QPushButton("&Ontgrendelen…")
        self.unlock_button.setAccessibleName("Ontgrendelen")
        self.unlock_button.clicked.connect(self.unlock_requested.emit)
        # Enter presses it (keyPressEvent): what the IB presses in front of this screen
        # (walk s28: only Space or Alt+O worked).
        layout.addWidget(self.unlock_button, alignment=Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        return page

    def _build_workspace(self) -> QWidget:
        """The pupil list at the left, the chosen pupil's dossier in tabs at the right;
        Ctrl+F searches, Ctrl+1..4 show a tab."""
        splitter = QSplitter()
        splitter.addWidget(self._pupil_column())
        splitter.addWidget(self._dossier_column())
        splitter.setStretchFactor(1, 3)
        # The pupil list at its readable minimum: the dossier needs the width (a long
        # pupil header wraps into lines the tabs then lack at 125 %).
        splitter.setSizes([260, 840])
        # On the workspace, not the window: Qt leaves a hidden widget's shortcuts alone,
        # so while locked they do not put the cursor in the hidden search or dossier
        # (walk s38: a name typed blind after Ctrl+F filtered the list after unlocking).
        QShortcut(QKeySequence.StandardKey.Find, splitter, self._focus_search)
        for index in range(len(self.tab_pages)):
            QShortcut(QKeySequence(f"Ctrl+{index + 1}"), splitter,
                      lambda i=index: self.show_tab(i))
        self.setTabOrder(self.search, self.group_filter)
        self.setTabOrder(self.group_filter, self.pupil_list)
        self.setTabOrder(self.pupil_list, self.tabs)
        DossierTabKeys(self.tabs, self.search, self.group_filter, self.pupil_list)
        return splitter

    def _pupil_column(self) -> QWidget:
        """Search, the group filter, the pupils and how many are shown."""
        left = QWidget()
        left.setMinimumWidth(250)  # names plus group stay readable next to wide tabs
        left_layout = QVBoxLayout(left)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Zoek leerling (Ctrl+F)")
        self.search.setAccessibleName("Zoek leerling")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        self.search.returnPressed.connect(self._focus_first_pupil)
        self.group_filter = QComboBox()
        self.group_filter.setAccessibleName("Filter op groep")
        self.group_filter.currentIndexChanged.connect(self._filter_changed)
        self.pupil_list = PupilList()
        self.pupil_list.setAccessibleName("Leerlingen")
        self.pupil_list.pupil_changed.connect(self._pupil_changed)
        SearchArrows(self.search, self.pupil_list)  # Down into the list, Up back
        group_label = QLabel("&Groep:")
        group_label.setBuddy(self.group_filter)
        # No mnemonic: Alt+B/E/L/H belong to the menu bar; Tab from Groep reaches the list.
        list_label = QLabel("Leerlingen:")
        left_layout.addWidget(self.search)
        row = QHBoxLayout()
        row.addWidget(group_label)
        row.addWidget(self.group_filter, 1)
        left_layout.addLayout(row)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.pupil_list, 1)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)  # the hint of an empty vault is long
        left_layout.addWidget(self.count_label)
        return left

    def _dossier_column(self) -> QWidget:
        """The chosen pupil's name and the four work tabs."""
        right = QWidget()
        right_layout = QVBoxLayout(right)
        # Long names and many siblings wrap, at most two lines: then they end in '…'.
        self.pupil_header = ElidedHeading("Gekozen leerling")
        right_layout.addWidget(self.pupil_header)
        self.tabs = named_tabs("Dossier")
        self.tabs.setDocumentMode(True)  # no frame: every pixel of height counts on a laptop
        self.tab_pages = build_tabs()
        self._stale_tabs: set[int] = set()  # hidden tabs still showing an earlier pupil
        for page in self.tab_pages:
            self.tabs.addTab(page, page.title)
        self.tabs.currentChanged.connect(self._tab_shown)
        right_layout.addWidget(self.tabs, 1)
        return right

    # -- state ---------------------------------------------------------------------

    def apply_settings(self, values: dict[str, int]) -> None:
        """New settings reach the open tabs at once (e.g. 'niet retour na N dagen')."""
        for page in self.tab_pages:
            if hasattr(page, "apply_settings"):
                page.apply_settings(values)

    def set_session(self, session: Session | None) -> None:
        """None means locked: every trace of pupil data leaves the widgets."""
        self.session = session
        self._pupil_cache = None
        for action in self._data_actions:
            action.setEnabled(session is not None)
        if session is None:
            # The preview holds case text and the clipboard may hold a copy: both go.
            clear_clipboard_if_ours()
            if self.anonymise_dialog is not None:
                self.anonymise_dialog.reject()
                self.anonymise_dialog = None
            if self.inzage_dialog is not None:
                self.inzage_dialog.reject()
                self.inzage_dialog = None
            if self.transfer_dialog is not None:  # the preview holds the dossier
                self.transfer_dialog.reject()
                self.transfer_dialog = None
            if self.today_dialog is not None:  # names pupils
                self.today_dialog.reject()
                self.today_dialog = None
            self.statusBar().clearMessage()  # may name an export file
            self.setWindowTitle("Vergrendeld — ZorgDesk")
            self.pupil_list.clear()
            self.group_filter.blockSignals(True)
            self.group_filter.clear()
            self.group_filter.blockSignals(False)
            self.search.clear()
            self._show_pupil(None)
            self.stack.setCurrentIndex(0)
            return
        suffix = " — alleen-lezen (wijzigen kan niet)" if session.vault.read_only else ""
        # Ends in the app name, so Qt does not add it a second time.
        self.setWindowTitle(f"{session.basedata.school().name}{suffix} — ZorgDesk")
        self.reload_groups()
        self.stack.setCurrentIndex(1)
        self.search.setFocus()

    def reload_groups(self) -> None:
        if self.session is None:
            return
        selected = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem("Alle groepen", None)
        for group in self.session.basedata.groups():
            self.group_filter.addItem(group.name, group.id)
        index = self.group_filter.findData(selected)
        self.group_filter.setCurrentIndex(max(index, 0))
        self.group_filter.blockSignals(False)
        self.refresh_pupils()

    def _filter_changed(self, *_args) -> None:
        """Typing in the search or picking a group narrows the list; the pupil on the
        right stays as it is (no reload of the tabs per keystroke)."""
        self.refresh_pupils(reshow=False)

    def _pupils_of_group(self, group_id: int | None, reload: bool) -> list[tuple[Pupil, str]]:
        """The group's pupils with their folded names, read once and kept while the IB
        types (a keystroke filters in memory instead of re-reading and re-folding 1,500
        names); reloaded after edits (``reload``) and for another group."""
        if reload or self._pupil_cache is None or self._pupil_cache[0] != group_id:
            pupils = self.session.basedata.pupils("", group_id)
            self._pupil_cache = (group_id, [(p, fold_name(p.display_name)) for p in pupils])
        return self._pupil_cache[1]

    def refresh_pupils(self, reshow: bool = True) -> None:
        """Rebuild the list; ``reshow`` reloads the selected pupil too (after edits)."""
        if self.session is None:
            return
        keep = self.current_pupil.id if self.current_pupil else None
        words = fold_name(self.search.text().strip()).split()
        # Same rule as BaseDataService.pupils: every typed word in the folded name.
        pupils = [p for p, folded in self._pupils_of_group(self.group_filter.currentData(),
                                                           reload=reshow)
                  if all(word in folded for word in words)]
        self.pupil_list.fill(pupils, current=keep)
        self.count_label.setText(counted(len(pupils), "leerling", "leerlingen"))
        if not pupils and not words and self.group_filter.currentData() is None:
            # A new vault (walk s36): the empty list says where the pupils come from.
            self.count_label.setText("Nog geen leerlingen. Voeg ze toe met Beheer › "
                                     "Leerlingen beheren (Ctrl+Shift+B) of Leerlingen "
                                     "importeren.")
        if keep is not None and not any(p.id == keep for p in pupils):
            self._show_pupil(None)
        elif keep is not None and reshow:
            self._show_pupil(self.session.basedata.pupil(keep))

    def select_pupil(self, pupil_id: int) -> bool:
        return self.pupil_list.select_pupil(pupil_id)

    def show_tab(self, index: int) -> None:
        """Ctrl+1..4: show a tab with the cursor in its main list, never on a selector
        whose value the arrow keys would change (e.g. the Signalenlijst choice)."""
        self.tabs.setCurrentIndex(index)
        focus_main_list(self.tab_pages[index])

    def show_pupil_anywhere(self, pupil_id: int) -> bool:
        """Choose a pupil even when the search or group filter hides it now."""
        if self.select_pupil(pupil_id):
            return True
        self.search.clear()
        self.group_filter.setCurrentIndex(0)
        return self.select_pupil(pupil_id)

    def _pupil_changed(self, pupil_id: int) -> None:
        if pupil_id < 0 or self.session is None:
            self._show_pupil(None)
            return
        self._show_pupil(self.session.basedata.pupil(pupil_id))

    def _show_pupil(self, pupil: Pupil | None) -> None:
        self.current_pupil = pupil
        if pupil is None:
            self.pupil_header.setText("<b style='font-size:large'>Geen leerling gekozen</b>")
        else:
            today = date.today()
            siblings = self.session.basedata.siblings(pupil.id) if self.session else []
            sibling_text = (", ".join(s.display_name for s in siblings) if siblings
                            else "geen bekend op school")
            self.pupil_header.set_heading(
                "<b style='font-size:large'>{}</b> · "
                f"{literal(pupil.group_name or 'geen groep')} · "
                f"{pupil.age_on(today)} jaar · geboren {pupil.date_of_birth:%d-%m-%Y}"
                " · broers/zussen: {}", pupil.display_name, sibling_text,
                # The name may take both lines; the siblings get what is left of them.
                lines=(2, 2))
        if pupil is None:  # locked or nothing chosen: every tab lets go of its data now
            self._stale_tabs.clear()
            for page in self.tab_pages:
                page.set_context(None, None)
            return
        # Only the tab in view loads the pupil; the others do when they are shown.
        current = self.tabs.currentIndex()
        self._stale_tabs = set(range(len(self.tab_pages))) - {current}
        self.tab_pages[current].set_context(self.session, pupil)

    def _tab_shown(self, index: int) -> None:
        if index in self._stale_tabs:
            self._stale_tabs.discard(index)
            self.tab_pages[index].set_context(self.session, self.current_pupil)
        elif self.current_pupil is not None:
            self.tab_pages[index].shown_again()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_first_pupil(self) -> None:
        if self.pupil_list.count():
            self.pupil_list.setCurrentRow(0)
            self.pupil_list.setFocus()

    def open_today(self, only_when_due: bool = False):
        """The Vandaag overview of every deadline (menu Bestand, Ctrl+T; after unlock
        ``only_when_due``: not when nothing is due)."""
        from zorgdesk.ui.today.opener import show_today

        return show_today(self, only_when_due)

    def open_anonymise_dialog(self) -> AnonymiseDialog | None:
        if self.session is None:
            return None
        if self.current_pupil is None:
            QMessageBox.information(self, "Anonieme casus", "Kies eerst een leerling.")
            return None
        self.anonymise_dialog = AnonymiseDialog(self.session, self.current_pupil.id, self)
        self.anonymise_dialog.finished.connect(lambda _=None: setattr(self, "anonymise_dialog",
                                                                      None))
        open_dialog(self.anonymise_dialog)
        return self.anonymise_dialog

    def open_inzage_dialog(self):
        if self.session is None:
            return None
        if self.current_pupil is None:
            QMessageBox.information(self, "Inzage-export", "Kies eerst een leerling.")
            return None
        from zorgdesk.ui.inzage_dialog import InzageDialog

        self.inzage_dialog = InzageDialog(self.session, self.current_pupil.id, self)
        self.inzage_dialog.finished.connect(lambda _=None: setattr(self, "inzage_dialog", None))
        self.inzage_dialog.exported.connect(self.statusBar().showMessage)
        open_dialog(self.inzage_dialog)
        return self.inzage_dialog

    def open_pupil_incidents(self):
        """Leerling > Incidenten van deze leerling: the incidents with this pupil's role."""
        if self.session is None:
            return None
        if self.current_pupil is None:
            QMessageBox.information(self, "Incidenten van deze leerling",
                                    "Kies eerst een leerling.")
            return None
        from zorgdesk.ui.peer_incident.pupil_incidents import PupilIncidentsDialog

        return run_modal(PupilIncidentsDialog(self.session, self.current_pupil, self))

    def open_transfer_dialog(self):
        """Leerling › Overdrachtsdossier: records for the school the pupil moves to."""
        if self.session is None:
            return None
        if self.current_pupil is None:
            QMessageBox.information(self, "Overdrachtsdossier", "Kies eerst een leerling.")
            return None
        from zorgdesk.ui.transfer.dialog import TransferDialog

        self.transfer_dialog = TransferDialog(self.session, self.current_pupil.id, self)
        self.transfer_dialog.finished.connect(
            lambda _=None: setattr(self, "transfer_dialog", None))
        self.transfer_dialog.exported.connect(self.statusBar().showMessage)
        return open_dialog(self.transfer_dialog)

    def open_handbook(self) -> bool:
        """Help > Handleiding (F1): the handbook PDF in the system's PDF viewer, else in
        ZorgDesk's own preview (walk s30: a laptop without a PDF reader got only a
        message with the file's place)."""
        from zorgdesk import paths
        from zorgdesk.ui.messages import show_message
        from zorgdesk.ui.pdf_preview import PdfPreviewDialog

        path = paths.handbook_path()
        if path is not None and open_outside(path):
            self.statusBar().showMessage("De handleiding wordt geopend in uw PDF-lezer.", 8000)
            return True
        try:
            data = path.read_bytes() if path is not None else b""
        except OSError:
            data = b""
        if data.startswith(b"%PDF"):
            run_modal(PdfPreviewDialog("Handleiding", data, "handleiding.pdf", self))
            return True
        show_message(self, "Handleiding", "De handleiding kon niet worden geopend. Het "
                     "bestand handleiding.pdf ontbreekt in de programmamap.", warning=True)
        return False

    def _about(self) -> None:
        from zorgdesk import __version__

        QMessageBox.about(self, "Over ZorgDesk",
                          f"<h3>ZorgDesk {__version__}</h3><p>Offline, versleuteld zorgdossier "
                          "voor de intern begeleider en aandachtsfunctionaris.</p>")
