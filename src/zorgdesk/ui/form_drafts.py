"""Drafts for every form: what is typed is kept in the vault until it is saved.

A ``DraftKeeper`` watches one form (a dialog or a form inside a tab). About every
1.5 s it compares what the form shows with what it showed when it was opened and
with what was stored last; only a real change is written (DraftService, encrypted
in the vault). On lock (``save_open_drafts``), on Cancel/closing and on leaving the
form it stores at once. When the same form is opened again for the same pupil or
record - also after unlocking or restarting - the input comes back with the note
"Concept hersteld (bewaard op ...)" and a "Concept weggooien" button. A successful
save removes the draft.

Cancel keeps the draft without asking, exactly like the logboek form: an IB who is
interrupted (a child at the door) must never lose text through a hasty click, and
the draft is plainly visible (note + button) the next time the form is opened.

By default the form's state is read generically from its input widgets (texts,
combo boxes, check boxes, radio buttons, check lists) in construction order; forms
whose state is not in widgets alone pass their own ``get_state(root)``/``set_state(root,
state)``. They get the form as an argument and must not capture it: the keeper is a child
of the form, and a keeper holding its form is the reference cycle ui/dialogs.py forbids.
"""

from __future__ import annotations

import contextlib
import re
import weakref
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from zorgdesk.domain.text import and_list, counted
from zorgdesk.services.drafts import DraftService
from zorgdesk.services.errors import VaultError
from zorgdesk.ui.pupil_checklist import PupilChecklist

DRAFT_INTERVAL_MS = 1500  # never more than about 1.5 s of typing at stake
_OPEN: weakref.WeakSet[DraftKeeper] = weakref.WeakSet()


def restored_note(saved_at: datetime) -> str:
    """The same wording in every form (the logboek uses it too)."""
    return (f"Concept hersteld (bewaard op {saved_at.astimezone():%d-%m-%Y %H:%M}): de niet "
            "opgeslagen tekst is teruggezet. Controleer en sla op, of gooi het concept weg.")


def save_open_drafts() -> None:
    """Called just before the vault locks: every watched form stores its input now."""
    keepers = []
    for keeper in list(_OPEN):
        with contextlib.suppress(RuntimeError):  # a widget Qt already deleted
            keepers.append((keeper.root.isVisible(), keeper))
    # The form on screen is stored last, so it counts as the most recent one (the
    # meldcode tab reopens the most recent step form).
    for _visible, keeper in sorted(keepers, key=lambda vk: vk[0]):
        with contextlib.suppress(RuntimeError):
            keeper.save_now()


# -- generic widget state -----------------------------------------------------------------

def _kind(widget: QWidget) -> str | None:
    """What kind of input a widget is, or None when it holds nothing the IB typed."""
    parent = widget.parentWidget()
    if isinstance(widget, QLineEdit) and isinstance(
            parent, QComboBox | QAbstractSpinBox | PupilChecklist):
        return None  # the edit inside an editable combo box (or a list's search field)
    if isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal:
        return None  # a passphrase is never kept, not even encrypted in the vault
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return None if widget.isReadOnly() else "text"  # read-only: guidance, not input
    if isinstance(widget, QComboBox):
        return "combo"
    if isinstance(widget, QAbstractButton) and not isinstance(widget, QPushButton):
        return "check" if widget.isCheckable() else None
    if isinstance(widget, QListWidget | PupilChecklist):
        return "list"
    return None


def _inputs(root: QWidget) -> list[tuple[str, QWidget]]:
    found, counts = [], {}
    for widget in root.findChildren(QWidget):
        kind = _kind(widget)
        if kind is not None:
            counts[kind] = counts.get(kind, 0) + 1
            found.append((f"{kind}{counts[kind]}", widget))
    return found


def _named_inputs(root: QWidget) -> list[tuple[str, QWidget]]:
    """The inputs keyed by their accessible name where it is unique (else by position):
    a field added to the form later shifts no other field's key, so a draft stored by
    an older version still comes back in the right fields."""
    found = _inputs(root)
    names = [w.accessibleName() for _key, w in found]
    return [(name if name and names.count(name) == 1 else key, w)
            for (key, w), name in zip(found, names, strict=True)]


def _checked_texts(widget: QListWidget) -> list[str]:
    return [widget.item(i).text() for i in range(widget.count())
            if widget.item(i).checkState() == Qt.CheckState.Checked]


def _value(w: QWidget) -> object:
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QPlainTextEdit | QTextEdit):
        return w.toPlainText()
    if isinstance(w, QComboBox):
        return w.currentText()
    if isinstance(w, QAbstractButton):
        return w.isChecked()
    if isinstance(w, QListWidget):
        return _checked_texts(w)
    return w.checked_ids()  # PupilChecklist


def _put(w: QWidget, value: object) -> None:
    if isinstance(w, QLineEdit) and isinstance(value, str):
        w.setText(value)
    elif isinstance(w, QPlainTextEdit | QTextEdit) and isinstance(value, str):
        w.setPlainText(value)
        w.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on after the text
    elif isinstance(w, QComboBox) and isinstance(value, str):
        index = w.findText(value)
        if index >= 0:
            w.setCurrentIndex(index)
        elif w.isEditable():
            w.setEditText(value)
    elif isinstance(w, QAbstractButton) and isinstance(value, bool):
        w.setChecked(value)
    elif isinstance(w, PupilChecklist) and isinstance(value, list):
        w.set_checked_ids(value)
    elif isinstance(w, QListWidget) and isinstance(value, list):
        wanted = set(value)
        for i in range(w.count()):
            item = w.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked if item.text() in wanted
                                   else Qt.CheckState.Unchecked)


def snapshot(root: QWidget) -> dict:
    return {key: _value(w) for key, w in _inputs(root)}


def named_snapshot(root: QWidget) -> dict:
    """``snapshot`` keyed by the fields' accessible names (see ``_named_inputs``)."""
    return {key: _value(w) for key, w in _named_inputs(root)}


def _put_all(inputs: list[tuple[str, QWidget]], state: dict) -> None:
    """Combo boxes first: a choice may rebuild lists (e.g. the kind of conversation)."""
    order = {"combo": 0, "list": 1, "check": 2, "text": 3}
    for key, w in sorted(inputs, key=lambda kw: order[_kind(kw[1])]):
        value = state.get(key)
        if value is not None:
            _put(w, value)


def restore(root: QWidget, state: dict) -> None:
    _put_all(_inputs(root), state)


def named_restore(root: QWidget, state: dict) -> None:
    """Puts back a ``named_snapshot``; a field the draft does not know keeps its value."""
    _put_all(_named_inputs(root), state)


# -- the Alt+letter of 'Concept weggooien' ------------------------------------------------

DISCARD_TEXT = "Concept weggooien"
_MNEMONIC = re.compile(r"&(\w)")


def _claimed_letters(window: QWidget, skip: QWidget) -> set[str]:
    """The Alt+letters other controls of ``window`` claim now (menu bar, captions,
    buttons, group boxes, tabs)."""
    texts = []
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        texts += [a.text() for a in window.menuBar().actions() if a.isVisible()]
    for widget in window.findChildren(QWidget):
        if widget is skip or widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
    return {m.lower() for t in texts for m in _MNEMONIC.findall(t.replace("&&", ""))}


def discard_text(window: QWidget, button: QWidget) -> str:
    """'Concept weggooien' with an Alt+letter no other control of the form claims: W
    where it is free (the logboek form), else the first free letter of the words
    (the incident forms have '&Wat is er gebeurd'). With every letter taken (Leerlingen
    beheren with a pupil chosen) none: the button is reached with Tab, and a letter
    claimed twice only moves the focus between the two (s34)."""
    taken = _claimed_letters(window, button)
    order = [8, *range(len(DISCARD_TEXT))]  # the W of 'weggooien' first
    for at in order:
        letter = DISCARD_TEXT[at]
        if letter != " " and letter.lower() not in taken:
            return f"{DISCARD_TEXT[:at]}&{DISCARD_TEXT[at:]}"
    return DISCARD_TEXT


# -- the keeper ------------------------------------------------------------------------

class DraftKeeper(QObject):
    """Keeps the draft of one form; ``bind`` starts it for one pupil/record."""

    def __init__(self, root: QWidget, form: str, banner: QBoxLayout, at: int = 0,
                 get_state: Callable[[QWidget], dict] = snapshot,
                 set_state: Callable[[QWidget, dict], None] = restore) -> None:
        super().__init__(root)  # the form is reached as parent(), never stored here
        self.form = form
        self._get_state, self._set_state = get_state, set_state
        self.drafts: DraftService | None = None
        self.key: str | None = None
        self.pupil_id: int | None = None
        self._pristine: dict | None = None
        self._stored: dict | None = None
        self.thrown_away = False  # 'Concept weggooien' was chosen since ``bind``
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setAccessibleName("Concept")
        self.note.setStyleSheet("background: #fff4ce; padding: 4px;")
        self.discard_button = QPushButton("Concept &weggooien")
        self.discard_button.setAccessibleName(DISCARD_TEXT)
        self.discard_button.clicked.connect(self.discard)
        self.banner = QWidget()
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.note, 1)
        row.addWidget(self.discard_button, 0, Qt.AlignmentFlag.AlignTop)
        banner.insertWidget(at, self.banner)
        self._hide_note()
        # The Alt+letter is chosen again each time the note comes into sight: on a tab
        # of a larger dialog (Leerlingen beheren) the controls around it are known only
        # then (chosen at restore time it clashed with 'Nieu&we ouder', s34).
        self.banner.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(DRAFT_INTERVAL_MS)
        self.timer.timeout.connect(self.save_now)
        rejected = getattr(root, "rejected", None)
        if rejected is not None:  # Cancel, Esc, closing the window, or the lock itself
            rejected.connect(self._closed)
        _OPEN.add(self)

    @property
    def root(self) -> QWidget:
        return self.parent()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        if watched is self.banner and event.type() == QEvent.Type.Show:
            self.discard_button.setText(discard_text(self.root.window(), self.discard_button))
        return False

    def get_state(self) -> dict:
        return self._get_state(self.root)

    def set_state(self, state: dict) -> None:
        self._set_state(self.root, state)

    @property
    def bound(self) -> bool:
        return self.drafts is not None and self.key is not None

    def bind(self, drafts: DraftService, key: str, pupil_id: int | None) -> bool:
        """Watch the form for this pupil/record; restore a stored draft (True if so)."""
        if self.bound and (self.key, self.pupil_id) == (key, pupil_id):
            return False
        self.unbind()
        self.drafts, self.key, self.pupil_id = drafts, key, pupil_id
        self.thrown_away = False
        self._pristine = self.get_state()
        found = drafts.load(self.form, key)
        self._stored = found.fields if found else None
        if found is not None:
            self.set_state(found.fields)
            self.note.setText(restored_note(found.saved_at))
            self.banner.show()
            self.discard_button.setText(discard_text(self.root.window(), self.discard_button))
        self.timer.start()
        return found is not None

    def unbind(self) -> None:
        """Leaving the form (other pupil, lock, closing): store first, then stop."""
        self.save_now()
        self.timer.stop()
        self.drafts = self.key = self.pupil_id = None
        self._pristine = self._stored = None
        self._hide_note()

    def save_now(self) -> None:
        if not self.bound or not self.drafts.vault.is_open or self.drafts.vault.read_only:
            return
        state = self.get_state()
        if state == self._stored:
            return
        if state == self._pristine:  # everything typed was removed again
            if self._stored is not None:
                self.drafts.discard(self.form, self.key)
            self._stored = None
            return
        try:
            self.drafts.save(self.form, self.key, self.pupil_id, state)
        except VaultError:
            return  # best effort (full disk): the text stays in the form; retried later
        self._stored = state

    def _closed(self) -> None:
        """A closed dialog stores its text once and stops watching (it may linger
        hidden as a child of its tab)."""
        self.save_now()
        self.stop()

    def discard(self) -> None:
        """'Concept weggooien': the stored draft goes and the form shows what it showed
        before the draft was put back."""
        if self.bound and self.drafts.vault.is_open:
            self.drafts.discard(self.form, self.key)
            self.thrown_away = True
        if self._pristine is not None and self._stored is not None:
            self.set_state(self._pristine)
        self._stored = None
        self._pristine = self.get_state()
        self._hide_note()

    def saved(self) -> None:
        """The form was saved for real: the draft has done its job."""
        if self.bound and self.drafts.vault.is_open:
            self.drafts.discard(self.form, self.key)
        self.stop()

    def part_saved(self) -> None:
        """Part of the typing was saved (a form of several small forms, Leerlingen
        beheren > Groepen): what is left is stored now; with nothing left the draft and
        its note go."""
        self.save_now()
        if self.bound and self.get_state() == self._pristine:
            self._hide_note()

    @property
    def showing_draft(self) -> bool:
        """A restored draft is on screen ('Concept hersteld')."""
        return not self.banner.isHidden()

    def settled(self) -> None:
        """What the form shows was used (an export): the stored draft goes, and the
        keeper goes on watching from what the form shows now."""
        if self.bound and self.drafts.vault.is_open:
            self.drafts.discard(self.form, self.key)
        self._stored = None
        self._pristine = self.get_state()
        self._hide_note()

    def moved_on(self, pupil_id: int | None) -> None:
        """A form of many records (Leerlingen beheren) now shows another record, or the
        one it showed was saved: nothing typed is left, so a stored draft goes, and what
        is typed from here belongs to ``pupil_id`` (None: a new record)."""
        if not self.bound:
            return
        if self._stored is not None and self.drafts.vault.is_open:
            self.drafts.discard(self.form, self.key)
        self._stored = None
        self._pristine = self.get_state()
        self.pupil_id = pupil_id
        self._hide_note()

    def stop(self, revert: bool = False) -> None:
        """Stop watching without storing (saved, or not editable after all: ``revert``
        then shows the form as it was before a draft was put back; the draft stays)."""
        if revert and self._pristine is not None and self._stored is not None:
            self.set_state(self._pristine)
        self.timer.stop()
        self.drafts = self.key = self.pupil_id = None
        self._pristine = self._stored = None
        self._hide_note()

    def _hide_note(self) -> None:
        self.note.clear()
        self.banner.hide()


def drop_typing(keeper: DraftKeeper, opened: dict) -> None:
    """'Weggooien' (Escape, Annuleren or the window's X) in a form that keeps drafts: the
    vault keeps what the form showed when it opened (a draft restored then stays; else
    no draft), not the typing the IB threw away, which the keeper stored meanwhile. A
    draft the IB threw away with 'Concept weggooien' stays away (review s31).
    ``opened`` is the form's state as the keeper reads it, taken when it opened."""
    if keeper.bound and keeper.thrown_away:
        keeper.discard()
    elif keeper.bound:
        keeper.set_state(opened)
        keeper.save_now()


def drop_form_typing(dialog: QWidget) -> None:
    """The ``discarded`` of a CancelGuard for a form that keeps drafts: 'Weggooien' goes
    back to what the form showed when it opened (``dialog.drafts`` is its keeper or None,
    ``dialog.opened_state`` what the keeper read then). A plain function: the guard must
    not hold the dialog."""
    if getattr(dialog, "drafts", None) is not None:
        drop_typing(dialog.drafts, dialog.opened_state)


# -- shown outside the forms --------------------------------------------------------------

FORM_TITLES = {"gesprek": "Zorggesprek", "signalenlijst": "Signalenlijst",
               "meldcode": "Meldcode", "logboek": "Logboek", "verslag": "Zorggesprek",
               "incident": "Incidenten tussen leerlingen",
               "anonieme_casus": "Anonieme casus voor Veilig Thuis",
               "leerlingen": "Leerlingen beheren", "inzage": "Inzage-export",
               "bijlage_weg": "Bijlage uit het dossier halen"}
# Forms in a window of their own (opened from a menu or a tab's toolbar), which the lock
# closes: the status bar names them after unlocking (the logboek's too, walk s38: nothing
# said her half-typed observation waited). Not the signalenlijst and meldcode forms: they
# stand in their tab and come back with it. Never the staff-abuse form: those dossiers
# are shown in their own window only.
_HINTED_FORMS = ("gesprek", "logboek", "incident", "anonieme_casus", "leerlingen", "inzage",
                 "bijlage_weg")
# Forms about no pupil (m0023) and the menu that opens them again; the staff-abuse form
# is left out here too.
_MENU_OF_FORM = {"incident": "Leerling > Incidenten tussen leerlingen",
                 "jaarverantwoording": "Beheer > Jaarverantwoording meldcode",
                 "sociale_kaart": "Beheer > Sociale kaart",
                 "leerlingen": "Beheer > Leerlingen beheren",
                 "groepen": "Beheer > Leerlingen beheren (tabblad Groepen)",
                 "medewerkers": "Beheer > Leerlingen beheren (tabblad Medewerkers)",
                 "nieuw_schooljaar": "Beheer > Leerlingen beheren (tabblad Groepen, Nieuw "
                                     "schooljaar)",
                 "instellingen": "Beheer > Instellingen",
                 "leerlingen_importeren": "Beheer > Leerlingen importeren",
                 "terugzetten": "Beheer > Back-up terugzetten",
                 "kluis_overdragen": "Bestand > Kluis overdragen aan opvolger"}
# Forms opened from a menu with one draft per vault that may be any pupil's (the IB chose
# her in the form itself): named after unlocking also when another dossier is open (s33).
_ANY_PUPILS_DRAFT = (("leerlingen", "formulier"),)


def draft_hint_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAccessibleName("Concept klaar")
    label.setStyleSheet("background: #fff4ce; padding: 4px;")
    label.hide()
    return label


def waiting_drafts_hint(session, pupil_id: int) -> str:
    """After unlocking: which forms of this pupil have input waiting (no content)."""
    forms = sorted({FORM_TITLES.get(d.form, d.form)
                    for d in session.drafts.for_pupil(pupil_id) if d.form in _HINTED_FORMS})
    if not forms:
        return ""
    # The name, because the hint stays while the IB moves on to another pupil; the
    # status bar is cleared on lock, so a locked window never shows it.
    name = session.basedata.pupil(pupil_id).display_name
    return (f"Er staat een concept klaar voor {name} ({', '.join(forms)}). Open het "
            "formulier opnieuw; de niet opgeslagen tekst staat er dan weer in.")


def _menu_drafts(session, open_pupil: int | None) -> tuple[list[str], bool]:
    """Where the waiting drafts not shown by the open dossier's hint are opened: those
    of no pupil, and a one-per-vault form's draft of another pupil (her name with it).
    Also whether each is a draft of no pupil."""
    menus = {_MENU_OF_FORM[d.form] for d in session.drafts.without_pupil()
             if d.form in _MENU_OF_FORM}
    without_pupil = bool(menus)
    for form, key in _ANY_PUPILS_DRAFT:
        found = session.drafts.load(form, key)
        if found is None or found.pupil_id in (None, open_pupil):
            continue  # of no pupil: named above; of the open one: in her hint
        with contextlib.suppress(LookupError):  # retention takes her drafts along
            name = session.basedata.pupil(found.pupil_id).display_name
            menus.add(f"{_MENU_OF_FORM[form]} ({name})")
            without_pupil = False
    return sorted(menus), without_pupil


def drafts_without_pupil_hint(session, open_pupil: int | None = None) -> str:
    """After unlocking: forms opened from a menu with input waiting that the open
    dossier's hint does not name, and where they are opened (no content; a pupil's name
    at most). Without it the IB had no way to know her jaarverantwoording or a new
    incident without dossier was kept (s32), nor Leerlingen beheren's typing for another
    pupil than the open one (s33)."""
    menus, without_pupil = _menu_drafts(session, open_pupil)
    if not menus:
        return ""
    one = len(menus) == 1
    return (f"{'Er staat' if one else 'Er staan'} {counted(len(menus), 'concept', 'concepten')}"
            f"{' zonder leerling' if without_pupil else ''} klaar: {and_list(menus)}. Open "
            f"{'dat formulier' if one else 'die formulieren'} opnieuw; de niet opgeslagen "
            "tekst staat er dan weer in.")


def waiting_drafts_message(session, pupil_id: int | None) -> str:
    """The status bar after unlocking: the drafts of the pupil open at the lock, then
    those of no pupil ("" when nothing waits)."""
    hints = (waiting_drafts_hint(session, pupil_id) if pupil_id is not None else "",
             drafts_without_pupil_hint(session, pupil_id))
    return " ".join(hint for hint in hints if hint)
