"""Preview of the anonymous case summary: exactly what leaves the laptop, then export.

Known names are highlighted orange and can never be put back; detector hits are yellow
and can be put back (false positives); what the IB removes by hand is grey.
"Uitgebreide controle" (optional deduce, only when installed with its cache) runs in a
child process via ``DeduceRunner`` and adds its hits as yellow, undoable replacements.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.anonymise.anonymiser import AnonymisedText
from zorgdesk.domain.anonymise.extra_detections import add_detections
from zorgdesk.domain.anonymise.name_flags import NAME_KIND, name_flags
from zorgdesk.domain.anonymise.preview_decisions import (
    PHRASE_REMOVED,
    REMOVED,
    Decision,
    kept_keys,
    put_back,
    put_name_back_at,
    reapply,
    remove,
    remove_every,
    removed_flags,
    toggle_keep,
    without_keep,
)
from zorgdesk.domain.anonymise.quasi_identifiers import quasi_identifiers
from zorgdesk.domain.resource_files import ResourceFileError
from zorgdesk.domain.text import counted
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.anonymise.case_summary import nickname_labels, nicknames_to_flag
from zorgdesk.services.anonymise.deidentify import NOT_INSTALLED, deduce_available
from zorgdesk.services.name_lexicon import default_lexicon, is_lexicon_file
from zorgdesk.ui import messages
from zorgdesk.ui.anonymise.deduce_runner import DeduceRunner
from zorgdesk.ui.anonymise.drafts import case_state, keep_case_draft
from zorgdesk.ui.anonymise.flags import QuasiFlagPanel
from zorgdesk.ui.anonymise.preview_edit import PreviewEdit
from zorgdesk.ui.background import BackgroundJob, read_in_background
from zorgdesk.ui.form_drafts import drop_form_typing
from zorgdesk.ui.pdf_preview import write_pdf
from zorgdesk.ui.unsaved import CancelGuard
from zorgdesk.ui.widgets import error_label, show_error
from zorgdesk.ui.window_size import fit_to_screen

KNOWN_COLOUR = QColor("#F6C28B")
DETECTED_COLOUR = QColor("#FFF2A8")
MANUAL_COLOUR = QColor("#D0D0D0")
COPY_NOTE = ("De tekst komt op het klembord. Andere programma's kunnen het klembord "
             "lezen. Plak de tekst alleen in het bericht aan Veilig Thuis. Bij vergrendelen "
             "wordt het klembord gewist.")
COPY_WARNING = f"{COPY_NOTE}\n\nDoorgaan?"
NAMES_NOT_CHECKED = ("Namen die niet in de kluis staan zijn daardoor NIET gecontroleerd; "
                     "daarom kan de casus niet worden opgeslagen of gekopieerd. Herstel het "
                     "bestand en kies daarna Voorbeeld bijwerken.")
NOT_BUILT = ("Daardoor kan de casus nu niet worden gemaakt; wat u typte blijft staan. "
             "Herstel het bestand en kies daarna Voorbeeld bijwerken.")
# The questions changed after the preview was built: what would leave is not what she typed.
STALE_PREVIEW = ("Uw wijzigingen in de vraag, in 'Wat de school al deed' of in de bijnamen "
                 "staan nog niet in het voorbeeld. Kies Voorbeeld bijwerken (Alt+B).")
# Issue 16: the rules miss nicknames they cannot know; the IB knows them. Asked once per
# dialog before the first export while she typed none. The safe answer (Esc, Enter) is
# the one that exports nothing.
NICKNAME_TITLE = "Bijnamen"
NICKNAME_QUESTION = ("Heeft de leerling of iemand in de familie een bijnaam, of staat er een "
                     "andere naam in de tekst die niet in ZorgDesk staat? Vul die dan in bij "
                     "'Bijnamen die niet in ZorgDesk staan'; ZorgDesk haalt ze weg voordat "
                     "de tekst verstuurd wordt.")
NICKNAMES_HELP = ("Bijnamen en andere namen die niet in ZorgDesk staan, één per regel of "
                  "gescheiden door komma's. ZorgDesk haalt ze weg als [naam], ook met "
                  "hoofdletters, met -s of -tje. Voor altijd vastleggen: Leerlingen beheren, "
                  "'Ook genoemd'.")
# Stop 38: flags she has not decided (Weghalen or Laten staan) are asked about before an
# export, in the same one question as the nicknames when both apply. The safe answer (Esc,
# Enter) exports nothing and puts the cursor on the first undecided row.
UNDECIDED_TITLE = "Nog niet beoordeeld"
REVIEW_FIRST = ("Beoordeel eerst de lijst onder het voorbeeld (Weghalen of Laten staan){}; "
                "kies daarna opnieuw Opslaan of Kopiëren.")
REFRESHED_FIRST = ("Het voorbeeld is eerst bijgewerkt met uw laatste wijzigingen; er is nog "
                   "niets opgeslagen of gekopieerd. Controleer het voorbeeld en kies daarna "
                   "opnieuw.")
# After a manual edit the flags are looked for again, off the UI thread (0.6 s for the
# biggest dossier) and once typing and clicking pause for this long.
FLAG_DELAY_MS = 250
_copied_text: str | None = None


# The flagged words a question names at most; the rest are counted (the list under the
# preview has them all).
DOUBT_WORDS = 6


def doubt_line(words: list[str]) -> str:
    """The words the preview flags as possible names, for the nickname question: the IB
    reads them where she answers and can type them ("ZorgDesk twijfelt over: 'spijker',
    'lange'.")."""
    if not words:
        return ""
    shown = ", ".join(f"'{word}'" for word in words[:DOUBT_WORDS])
    rest = len(words) - DOUBT_WORDS
    if rest > 0:
        return (f"ZorgDesk twijfelt over: {shown} en {rest} andere "
                "(zie de lijst onder het voorbeeld).")
    return f"ZorgDesk twijfelt over: {shown}."


def undecided_text(undecided: list[str], total: int) -> str:
    """How many flags are not decided yet and which ("2 van de 3 ... nog niet
    beoordeeld ... ZorgDesk twijfelt over: 'lange', ..."); a long phrase is shortened."""
    shown = [w if len(w) <= 40 else w[:39] + "…" for w in undecided]
    verb = "is" if len(undecided) == 1 else "zijn"
    return (f"Van de mogelijk herkenbare woorden en omschrijvingen onder het voorbeeld "
            f"{verb} er {len(undecided)} van de {total} nog niet beoordeeld. Kies bij elk "
            f"Weghalen of Laten staan.\n\n{doubt_line(shown)}")


def review_text(decided: int, total: int) -> str:
    """The status line's count of the flags: 'Lijst: 3 van 5 beoordeeld'."""
    return f"Lijst: {decided} van {total} beoordeeld" if total else ""


def replacements_text(count: int) -> str:
    """The preview's status: '1 vervanging', '5 vervangingen'."""
    return counted(count, "vervanging", "vervangingen")


def clear_clipboard_if_ours() -> None:
    """Called on lock: wipe the clipboard if it still holds a summary we put there."""
    global _copied_text
    clipboard = QGuiApplication.clipboard()
    if _copied_text is not None and clipboard.text() == _copied_text:
        clipboard.clear()
    _copied_text = None


def _qt_pos(text: str, offset: int) -> int:
    """Python offset (code points) -> Qt position (UTF-16 units; emoji count twice)."""
    return len(text[:offset].encode("utf-16-le")) // 2


def _py_pos(text: str, qt_pos: int) -> int:
    units = 0
    for index, ch in enumerate(text):
        if units >= qt_pos:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


class _CloseGuard(CancelGuard):
    """Asks before the typed question, school actions or preview edits go. Esc while
    the extended check runs stops the check instead (the dialog's keyPressEvent)."""

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt)
        dialog = self.parent()  # a plain QDialog while Qt tears it down
        if (event.type() == QEvent.Type.KeyPress and isinstance(dialog, AnonymiseDialog)
                and dialog.check_running()):
            return False
        return super().eventFilter(watched, event)


class AnonymiseDialog(QDialog):
    # (text, its flags) as the worker found them; a big text takes a second on this thread
    _known_flags: tuple[str, list] | None = None
    _flagged_nicknames: Sequence[str] = ()  # recorded and typed: flagged where kept
    _actions_prefilled = False  # "Wat de school al deed" holds the recorded steps
    _built_from: tuple[str, str] | None = None  # (question, actions) of the shown preview

    def __init__(self, session, pupil_id: int, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pupil_id = pupil_id
        self._today = today
        self.result: AnonymisedText | None = None
        self.decisions: list[Decision] = []  # the IB's removals and put-backs
        self.nicknames_answered = False  # she said "no nicknames" in this dialog
        self.setWindowTitle("Anonieme casus voor Veilig Thuis")
        fit_to_screen(self, 900, 820)
        form = self._build_questions()
        self._build_preview()
        self._build_buttons()
        self._build_extended_check()
        self._lay_out(form)
        QShortcut(QKeySequence.StandardKey.Delete, self.preview, self.remove_selection)
        self._set_busy(False)
        self.rebuild()
        self.drafts = keep_case_draft(self)  # a stored draft comes back now
        self.opened_state = case_state(self)  # what a 'Weggooien' goes back to
        # What counts as typed: the questions, the nicknames, the preview (the IB's
        # removals) and the flags she leaves as written.
        self.guard = _CloseGuard(self, state=functools.partial(
            _typed_state, self.question, self.actions, self.nicknames, self.preview,
            self.flags),
            discarded=drop_form_typing)
        self.drafts.discard_button.clicked.connect(self.guard.reset)
        self.close_button.clicked.connect(self.guard.cancel)
        for edit in (self.question, self.actions, self.nicknames):
            edit.textChanged.connect(self._say_if_stale)

    def _build_questions(self) -> QGridLayout:
        """The IB's free texts (the two that open the summary, the nicknames to remove)
        side by side with their labels above them: one under the other they took the
        height the preview needs on a laptop at 125 % (walk finding: the preview showed
        about 8 lines)."""
        grid = QGridLayout()
        grid.setVerticalSpacing(2)
        self.question = QPlainTextEdit()
        self.actions = QPlainTextEdit()
        self.actions.setPlaceholderText("Eén actie per regel")
        self.nicknames = QPlainTextEdit()
        self.nicknames.setPlaceholderText("Eén per regel, bijv. Tijger")
        self._show_recorded_nicknames([])
        for column, (edit, label, name) in enumerate((
                (self.question, "&Vraag aan Veilig Thuis:", "Vraag aan Veilig Thuis"),
                (self.actions, "Wat de school al &deed:", "Wat de school al heeft gedaan"),
                (self.nicknames, "Bij&namen die niet in ZorgDesk staan:",
                 "Bijnamen en andere namen die niet in ZorgDesk staan"))):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
            edit.setAccessibleName(name)
            caption = QLabel(label)
            caption.setBuddy(edit)
            grid.addWidget(caption, 0, column)
            grid.addWidget(edit, 1, column)
        return grid

    def _show_recorded_nicknames(self, recorded: list[str]) -> None:
        """Which nicknames ZorgDesk already removes (so she does not type them again),
        as the field's tooltip and description."""
        if recorded:
            more = len(recorded) - 12
            listed = ", ".join(recorded[:12]) + (f" en {more} meer" if more > 0 else "")
            known = f"Al vastgelegd en weggehaald: {listed}."
        else:
            known = "Er zijn nog geen bijnamen vastgelegd in ZorgDesk."
        self.nicknames.setToolTip(f"{NICKNAMES_HELP}\n\n{known}")
        self.nicknames.setAccessibleDescription(f"{NICKNAMES_HELP} {known}")

    def _build_preview(self) -> None:
        """The text that leaves, its colour legend, the flags and the messages."""
        self.intro = QLabel("Dit is precies de tekst die verstuurd wordt. <b>Oranje</b>: naam "
                            "uit de kluis (altijd weg). <b>Geel</b>: automatisch herkend (terug "
                            "te zetten als het ten onrechte is). <b>Grijs</b>: door u "
                            "verwijderd. Bijwerken houdt uw eigen verwijderingen, "
                            "teruggezette woorden en besluiten in de lijst aan.")
        self.intro.setWordWrap(True)
        self.preview = PreviewEdit()  # Ctrl+C asks what Kopiëren asks (review s35)
        self.preview.copy_requested.connect(self._copy_key)
        self.preview.setTabChangesFocus(True)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName("Tekst die verstuurd wordt")
        self.preview_label = QLabel("V&oorbeeld:")
        self.preview_label.setBuddy(self.preview)
        self.flags = QuasiFlagPanel()
        self.flags.remove_requested.connect(self.remove_flagged_phrase)
        self.flags.remove_name_requested.connect(self.remove_flagged_name)
        self.flags.keep_requested.connect(self.keep_flag)
        self._flag_job = BackgroundJob(self)
        self._flag_job.done.connect(self._flags_found)
        self._flag_timer = QTimer(self)
        self._flag_timer.setSingleShot(True)
        self._flag_timer.setInterval(FLAG_DELAY_MS)
        self._flag_timer.timeout.connect(self._look_for_flags)
        self.error = error_label("Melding")
        self.status = QLabel()
        self.status.setWordWrap(True)  # the stale-preview hint must not widen the window
        self.status.setAccessibleName("Status")

    def _build_buttons(self) -> None:
        """Editing the preview and exporting it."""
        self.refresh_button = QPushButton("Voorbeeld &bijwerken")
        self.refresh_button.setAccessibleName("Voorbeeld bijwerken")
        self.refresh_button.clicked.connect(self.rebuild)
        self.remove_button = QPushButton("Verwijder s&electie")
        self.remove_button.setAccessibleName("Verwijder selectie")
        self.remove_button.clicked.connect(self.remove_selection)
        self.undo_button = QPushButton("&Terugzetten")
        self.undo_button.setAccessibleName("Vervanging onder de cursor terugzetten")
        self.undo_button.clicked.connect(self.undo_at_cursor)
        self.pdf_button = QPushButton("Opslaan als &PDF…")
        self.pdf_button.setAccessibleName("Opslaan als PDF")
        self.pdf_button.clicked.connect(self.save_as)
        self.copy_button = QPushButton("&Kopiëren")
        self.copy_button.setAccessibleName("Kopiëren naar klembord")
        self.copy_button.clicked.connect(lambda: self.copy_to_clipboard())
        self.close_button = QPushButton("&Sluiten")
        self.close_button.setAccessibleName("Sluiten")  # connected to the guard

    def _build_extended_check(self) -> None:
        """The optional deduce pass: its button, explanation and busy row."""
        self.deep_button = QPushButton("&Uitgebreide controle")
        self.deep_button.setAccessibleName("Uitgebreide controle")
        self.deep_button.clicked.connect(self.start_extended_check)
        self.deep_note = QLabel()
        self.deep_note.setWordWrap(True)
        self.deep_note.setAccessibleName("Uitleg uitgebreide controle")
        if deduce_available():
            self.deep_button.setToolTip("Zoekt ook naar namen en plaatsen die niet in de kluis "
                                        "staan. Duurt enkele seconden; u kunt doorwerken.")
        else:
            self.deep_button.setEnabled(False)
            self.deep_button.setToolTip(NOT_INSTALLED)
            self.deep_note.setText(NOT_INSTALLED)
        self.deep_note.setVisible(not deduce_available())
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # no known length: a moving busy indicator
        self.busy.setAccessibleName("Uitgebreide controle bezig")
        self.busy_label = QLabel()
        self.busy_label.setAccessibleName("Voortgang uitgebreide controle")
        self.cancel_button = QPushButton("&Annuleren")
        self.cancel_button.setAccessibleName("Uitgebreide controle annuleren")
        self.cancel_button.clicked.connect(self.cancel_extended_check)
        self.deduce_command: list[str] | None = None  # tests point this at a fake child
        self.runner: DeduceRunner | None = None
        self._checked_text = ""
        self._busy_widgets = (self.busy_label, self.busy, self.cancel_button)

    def _lay_out(self, form: QGridLayout) -> None:
        edit_row = QHBoxLayout()
        for button in (self.refresh_button, self.remove_button, self.undo_button,
                       self.deep_button):
            edit_row.addWidget(button)
        edit_row.addStretch(1)
        busy_row = QHBoxLayout()
        for widget, stretch in zip(self._busy_widgets, (0, 1, 0), strict=True):
            busy_row.addWidget(widget, stretch)
        export_row = QHBoxLayout()
        export_row.addWidget(self.status, 1)
        for button in (self.pdf_button, self.copy_button, self.close_button):
            export_row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.intro)
        layout.addLayout(edit_row)
        layout.addWidget(self.deep_note)
        layout.addLayout(busy_row)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.flags)
        layout.addWidget(self.error)
        layout.addLayout(export_row)

    @property
    def today(self) -> date:
        return self._today or date.today()

    # -- building and editing ------------------------------------------------------

    def rebuild(self) -> bool:
        """Build the preview from what is typed now; False (and a Dutch message, the
        typing kept) when it could not be built."""
        # The first build prefills "Wat de school al deed" from the recorded meldcode
        # steps (None); from then on the field is the IB's: her edits are decisions.
        # Text in the field before any prefill (the first build failed, she typed) is
        # hers as well: a later build never puts the prefill over it.
        if self.actions.toPlainText().strip():
            self._actions_prefilled = True
        actions = ([line for line in self.actions.toPlainText().splitlines() if line.strip()]
                   if self._actions_prefilled else None)
        typed = self._typed_questions()
        try:
            # A nickname that cannot be used is said before the slow build starts; the
            # preview shown stays as it was and counts as not current, so nothing
            # leaves until she corrects it (export rebuilds first).
            self.session.case_summary.check_nicknames(typed[2])
            # Reading and anonymising a big dossier and looking for identifying phrases
            # take seconds: a worker thread does all three (reading on a read-only
            # connection of its own), the window stays responsive behind a progress dialog.
            result, flags, school_actions, recorded, flagged = read_in_background(
                self, "Anonieme casus", "De samenvatting wordt geanonimiseerd…", self.session,
                functools.partial(_build_summary, self.pupil_id, typed[0], actions,
                                  typed[2]), cancellable=False)
        except ValidationError as refused:
            show_error(self.error, f"{refused.message} Het voorbeeld is niet bijgewerkt; "
                                   "wat u typte blijft staan.")
            self._say_if_stale()
            return False
        except ResourceFileError as error:
            self._not_built(error)
            return False
        self.result = result
        self._flagged_nicknames = flagged
        self._show_recorded_nicknames(recorded)
        if not self._actions_prefilled:
            self.actions.setPlainText("\n".join(school_actions))
            self._actions_prefilled = True
        self._built_from = self._typed_questions()
        self._known_flags = (self.result.text, flags)
        self.result, self.decisions, lost = reapply(self.result, self.decisions)
        show_error(self.error, "" if not lost else (
            f"{counted(len(lost), 'eigen wijziging paste', 'eigen wijzigingen pasten')} "
            "niet meer op de nieuwe tekst: "
            + ", ".join(f"'{d.text}'" for d in lost[:3]) + ". Controleer het voorbeeld."))
        self._enable_buttons(busy=False)
        self._show()
        return True

    def _not_built(self, error: ResourceFileError) -> None:
        """Without the word lists unknown names are not checked. Sending a summary that
        may hold a name is worse than sending none, so export is refused (not merely
        warned about) until the file is repaired; what the IB typed stays in the fields."""
        self.result = None
        self.preview.clear()
        self.preview.setExtraSelections([])
        self.flags.show_flags(None)
        why = NAMES_NOT_CHECKED if is_lexicon_file(error.path) else NOT_BUILT
        show_error(self.error, f"{error} {why}")
        self.status.setText("Exporteren is niet mogelijk.")
        self._enable_buttons(busy=False)

    def _typed_questions(self) -> tuple[str, str, str]:
        return (self.question.toPlainText(), self.actions.toPlainText(),
                self.nicknames.toPlainText())

    def preview_is_current(self) -> bool:
        """The preview was built from the questions as they are typed now."""
        return self._built_from == self._typed_questions()

    def _say_if_stale(self) -> None:
        if self.result is not None and not self.preview_is_current():
            self.status.setText(STALE_PREVIEW)
        elif self.result is not None:
            self.status.setText(self._counts())

    def _counts(self) -> str:
        """'3 vervangingen. Lijst: 2 van 5 beoordeeld'."""
        return ". ".join(filter(None, (replacements_text(len(self.result.replacements)),
                                       self._review_count())))

    def _review_count(self) -> str:
        """'Lijst: 3 van 5 beoordeeld': rows kept and flags removed from the list, of all
        (nothing while the flags of an edit are on their way)."""
        if self.flags.pending:
            return ""
        removed = removed_flags(self.decisions)
        rows = len(self.flags.words)
        return review_text(rows - len(self.flags.undecided()) + removed, rows + removed)

    def _current_before_export(self) -> bool:
        """Nothing leaves that the IB has not seen: with questions typed after the last
        build, the preview is rebuilt and shown first, and nothing is exported yet."""
        if self.preview_is_current():
            return True
        if self.rebuild():  # keep what the rebuild said about lost edits
            show_error(self.error, " ".join(filter(None, (REFRESHED_FIRST, self.error.text()))))
        return False

    def remove_flagged_phrase(self, start: int, end: int) -> bool:
        """'Weghalen' on a flagged description: removed (also after a keep), and
        counted as a decided flag."""
        if self.result is not None:
            self.decisions = without_keep(self.decisions, self.result.text[start:end])
        return self.remove_output_span(start, end, PHRASE_REMOVED)

    def keep_flag(self, words: str, start: int) -> None:
        """'Laten staan' on a flag, or its undo: a decision (kept on rebuild and in the
        draft) that changes no text."""
        if self.result is None:
            return
        self.decisions = toggle_keep(self.decisions, words, self.result.to_original(start),
                                     self.result.text)
        self.flags.set_kept(self._kept())
        self._say_if_stale()

    def _kept(self) -> frozenset[str]:
        """The flags left as written, while the preview has no mention she has not seen."""
        return kept_keys(self.decisions, self.result.text)

    def remove_output_span(self, start: int, end: int, action: str = REMOVED) -> bool:
        """Remove [start, end) of the preview text (a selection or a flagged phrase);
        kept on rebuild."""
        if self.result is None:
            return False
        self.result, decision = remove(self.result, start, end, action)
        if decision is not None:
            self.decisions.append(decision)
        show_error(self.error, "")
        self._show()
        return True

    def remove_flagged_name(self, word: str) -> bool:
        """Every occurrence of a word flagged as a possible name becomes "[naam]": one
        decision, kept on rebuild and in the draft; Terugzetten on one puts all back."""
        if self.result is None:
            return False
        self.decisions = without_keep(self.decisions, word)
        self.result, decision = remove_every(self.result, word)
        if decision is not None:
            self.decisions.append(decision)
        show_error(self.error, "")
        self._show()
        return decision is not None

    def _show(self) -> None:
        text = self.result.text
        self.preview.setPlainText(text)
        selections = []
        for r, (start, end) in zip(self.result.replacements, self.result.output_spans(),
                                   strict=True):
            colour = (KNOWN_COLOUR if r.known else
                      MANUAL_COLOUR if r.kind in ("verwijderd", NAME_KIND) else DETECTED_COLOUR)
            cursor = QTextCursor(self.preview.document())
            cursor.setPosition(_qt_pos(text, start))
            cursor.setPosition(_qt_pos(text, end), QTextCursor.MoveMode.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(colour)
            selection.format = fmt
            selections.append(selection)
        self.preview.setExtraSelections(selections)
        known = self._known_flags
        if known and known[0] == text:
            self.flags.show_flags(self.result, known[1], self._kept())
        else:  # an edit: the old spans no longer fit; look again off the UI thread
            self.flags.show_pending()
            self._flag_timer.start()
        self.status.setText(self._counts())

    def _look_for_flags(self) -> None:
        if self.result is not None:
            self._flag_job.start(functools.partial(_flags_of, self.result,
                                                   self._flagged_nicknames))

    def _flags_found(self, ok: bool, found) -> None:
        if not ok:
            self.flags.show_flags(None)
            show_error(self.error, "Het zoeken naar herkenbare omschrijvingen is mislukt; "
                                   "kies Voorbeeld bijwerken om het opnieuw te proberen.")
            return
        if not self.flags.pending and self._known_flags is not None \
                and self._known_flags[0] == found[0]:
            return  # looked for at an export already (``_flags_now``): the rows stay
        self._known_flags = found
        if self.result is not None and self.result.text == found[0]:
            self.flags.show_flags(self.result, found[1], self._kept())
            self._say_if_stale()

    def _flags_now(self) -> None:
        """An export never goes past flags still on their way (an edit a moment ago):
        they are looked for now, on this thread (0.6 s for the biggest dossier)."""
        if self.flags.pending and self.result is not None:
            self._flag_timer.stop()
            self._flags_found(True, _flags_of(self.result, self._flagged_nicknames))

    def select_output(self, start: int, end: int) -> None:
        """Select [start, end) of the preview text (Python offsets); used by tests too."""
        text = self.result.text
        cursor = self.preview.textCursor()
        cursor.setPosition(_qt_pos(text, start))
        cursor.setPosition(_qt_pos(text, end), QTextCursor.MoveMode.KeepAnchor)
        self.preview.setTextCursor(cursor)

    def remove_selection(self) -> bool:
        if self.result is None:
            return False
        cursor = self.preview.textCursor()
        if not cursor.hasSelection():
            show_error(self.error, "Selecteer eerst de tekst die weg moet.")
            return False
        text = self.result.text
        start, end = _py_pos(text, cursor.selectionStart()), _py_pos(text, cursor.selectionEnd())
        return self.remove_output_span(start, end)

    def undo_at_cursor(self) -> bool:
        """Put back the detector hit under the cursor; refuse for a name the vault knows."""
        if self.result is None:
            return False
        position = _py_pos(self.result.text, self.preview.textCursor().position())
        for index, (start, end) in enumerate(self.result.output_spans()):
            if start <= position <= end:
                named = put_name_back_at(self.result, self.decisions, index)
                if named is not None:  # a flagged word: all its occurrences come back
                    self.result, self.decisions = named
                    show_error(self.error, "")
                    self._show()
                    return True
                try:
                    self.result, decision = put_back(self.result, index)
                    self.decisions.append(decision)
                except PermissionError as refused:
                    show_error(self.error, str(refused))
                    return False
                show_error(self.error, "")
                self._show()
                return True
        show_error(self.error, "Zet de cursor in een gemarkeerde vervanging.")
        return False

    # -- extended check (deduce in a child process) --------------------------------

    def start_extended_check(self) -> bool:
        if self.result is None or (self.runner is not None and self.runner.is_running()):
            return False
        if not deduce_available() and self.deduce_command is None:
            show_error(self.error, NOT_INSTALLED)
            return False
        self.runner = DeduceRunner(self, self.deduce_command)
        self.runner.found.connect(self._extended_found)
        self.runner.failed.connect(self._extended_failed)
        self.runner.cancelled.connect(self._extended_cancelled)
        self.runner.tick.connect(self._extended_tick)
        # The child sees the summary before anonymisation (it needs real sentences to
        # find names); offsets come back in that text. Over stdin only.
        self._checked_text = self.result.original
        show_error(self.error, "")
        self._set_busy(True)
        self._extended_tick(0.0)
        self.runner.start(self._checked_text)
        return True

    def cancel_extended_check(self) -> None:
        if self.runner is not None and self.runner.is_running():
            self.runner.cancel()

    def _extended_tick(self, seconds: float) -> None:
        self.busy_label.setText(f"Uitgebreide controle loopt… {seconds:.0f} s")

    def _extended_found(self, detections: list) -> None:
        self._set_busy(False)
        if self.result.original != self._checked_text:
            show_error(self.error, "Het voorbeeld is intussen gewijzigd; start de "
                                   "uitgebreide controle opnieuw.")
            return
        seconds = self.runner.elapsed_seconds() if self.runner else 0.0
        self.result, added = add_detections(self.result, detections)
        self._show()
        self.status.setText(f"Uitgebreide controle klaar in {seconds:.1f} s: "
                            f"{counted(added, 'extra vervanging', 'extra vervangingen')}. "
                            f"{len(self.result.replacements)} in totaal.")

    def _extended_failed(self, message: str) -> None:
        self._set_busy(False)
        show_error(self.error, message)

    def _extended_cancelled(self) -> None:
        self._set_busy(False)
        self.status.setText("Uitgebreide controle geannuleerd; er is niets gewijzigd.")

    def _set_busy(self, busy: bool) -> None:
        for widget in self._busy_widgets:
            widget.setVisible(busy)
        # Refreshing would change the text the child is reading; exporting before the
        # check is done would send what the IB has not seen checked.
        self._enable_buttons(busy)
        if busy:
            self.cancel_button.setFocus()
        elif self.isVisible():
            self.preview.setFocus()  # the hidden Annuleren had it; back to the text

    def _enable_buttons(self, busy: bool) -> None:
        """Export and edits need a checked preview (``result``) and no check running."""
        self.refresh_button.setEnabled(not busy)
        for button in (self.pdf_button, self.copy_button):
            button.setEnabled(not busy and self.result is not None)
        for button in (self.remove_button, self.undo_button):
            button.setEnabled(self.result is not None)  # editing goes on during the check
        self.deep_button.setEnabled(not busy and self.result is not None and (
            deduce_available() or self.deduce_command is not None))

    def check_running(self) -> bool:
        return self.runner is not None and self.runner.is_running()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        """Esc while the check runs cancels the check, not the whole dialog."""
        if (event.key() == Qt.Key.Key_Escape and self.runner is not None
                and self.runner.is_running()):
            self.runner.cancel()
            event.accept()
            return
        super().keyPressEvent(event)

    def done(self, code: int) -> None:
        if self.runner is not None and self.runner.is_running():
            self.runner.cancel()  # never leave a 1 GB child behind
        self._flag_timer.stop()
        self._flag_job.wait()  # a running thread must not outlive its owner
        super().done(code)

    # -- export --------------------------------------------------------------------

    def pdf_bytes(self) -> bytes:
        return self.session.case_summary.pdf(self.result.text, self.today)

    def save_to(self, path: Path) -> Path | None:
        if self.result is None:
            return None  # the names were not checked: nothing leaves (see rebuild)
        if not self._current_before_export():
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        write_pdf(path, self.pdf_bytes())
        self._record_export("als PDF opgeslagen")
        self.status.setText("Opgeslagen en vastgelegd in de verstrekkingen.")
        self.guard.reset()  # what was typed left in the PDF: closing now loses nothing
        self.drafts.settled()
        return path

    def _record_export(self, how: str) -> None:
        """The line in the verstrekkingen, with how many flags were left undecided."""
        self._flags_now()
        self.session.case_summary.record_export(self.pupil_id, how,
                                                undecided=len(self.flags.undecided()))

    def asked_before_export(self, copying: bool = False) -> bool:
        """Before an export, at most ONE question. With flags undecided: how many and
        which, merged with the nickname question when that is due; 'Eerst beoordelen'
        (also Esc and Enter) exports nothing and puts the cursor on the first undecided
        row. With every flag decided: the nickname question alone, as before. True: go
        on exporting. ``copying``: the clipboard's warning is part of the undecided
        question ('Toch kopiëren'), so Kopiëren asks one question there too (review s38)."""
        self._flags_now()
        undecided = self.flags.undecided()
        nicknames_due = not (self.nicknames_answered or self.nicknames.toPlainText().strip())
        if not undecided:
            return self.nicknames_asked() if nicknames_due else True
        removed = removed_flags(self.decisions)
        question = undecided_text(undecided, len(self.flags.words) + removed)
        if nicknames_due:
            question = f"{NICKNAME_QUESTION}\n\n{question}"
        if copying:
            question = f"{question}\n\n{COPY_NOTE}"
        if messages.ask_choice(self, UNDECIDED_TITLE, question,
                               "Toch &kopiëren" if copying else "&Toch exporteren",
                               "&Eerst beoordelen"):
            self.nicknames_answered = True  # she read the nickname question too
            return True
        self.flags.list.setCurrentRow(self.flags.first_undecided())
        self.flags.list.setFocus()
        self.status.setText(REVIEW_FIRST.format(
            " en vul eventuele bijnamen in" if nicknames_due else ""))
        return False

    def nicknames_asked(self) -> bool:
        """Before the first export of this dialog with no nickname typed: one question.
        True: go on exporting. 'Bijnamen invullen' (also Esc) exports nothing and puts
        the cursor in the field; asked again only while the field stays empty."""
        if messages.ask_choice(self, NICKNAME_TITLE, NICKNAME_QUESTION,
                               "&Geen bijnamen, doorgaan", "Bijnamen &invullen",
                               warning=False):
            self.nicknames_answered = True
            return True
        self.nicknames.setFocus()
        self.status.setText("Vul de bijnamen in en kies daarna opnieuw Opslaan of Kopiëren.")
        return False

    def save_as(self) -> Path | None:
        if self.result is None or not self._current_before_export():
            return None
        if not self.asked_before_export():
            return None
        filename, _ = QFileDialog.getSaveFileName(
            self, "Opslaan als PDF", str(Path.home() / "anonieme-casus.pdf"),
            "PDF-bestanden (*.pdf)")
        return self.save_to(Path(filename)) if filename else None

    def _copy_key(self) -> None:
        """Ctrl+C in the preview: the Kopiëren button's path, and only while it is on (not
        during the extended check, not without a checked text)."""
        if self.copy_button.isEnabled():
            self.copy_to_clipboard()

    def copy_to_clipboard(self, confirmed: bool | None = None) -> bool:
        global _copied_text
        if self.result is None:
            return False  # the names were not checked: nothing leaves (see rebuild)
        if not self._current_before_export():
            return False
        if confirmed is None:  # the button (a test may answer for it)
            self._flags_now()
            if self.flags.undecided():  # one question, the clipboard's warning in it
                confirmed = self.asked_before_export(copying=True)
            elif not self.asked_before_export():
                return False
            else:
                confirmed = messages.ask_choice(self, "Kopiëren naar klembord",
                                                COPY_WARNING, "&Kopiëren", "&Niet kopiëren")
        if not confirmed:
            return False
        QGuiApplication.clipboard().setText(self.result.text)
        _copied_text = self.result.text
        self._record_export("naar klembord gekopieerd")
        self.status.setText("Gekopieerd en vastgelegd in de verstrekkingen.")
        self.guard.reset()
        self.drafts.settled()
        return True


def _typed_state(question: QPlainTextEdit, actions: QPlainTextEdit,
                 nicknames: QPlainTextEdit, preview: QTextEdit,
                 flags: QuasiFlagPanel) -> tuple:
    return (question.toPlainText(), actions.toPlainText(), nicknames.toPlainText(),
            preview.toPlainText(), tuple(sorted(flags.kept)))


def _flags_of(result: AnonymisedText, nicknames: Sequence[str]) -> tuple[str, list]:
    """In the worker: the flags of an edited preview, with the text they belong to."""
    return result.text, [*_names_of(result, nicknames), *quasi_identifiers(result)]


def _names_of(result: AnonymisedText, nicknames: Sequence[str]) -> list:
    """Words that may be a (nick)name the rules left, and every kept mention of a
    nickname of this summary (``nicknames``: recorded and typed); never a reason to
    fail the build."""
    try:
        return name_flags(result, default_lexicon(), recorded=nicknames)
    except ResourceFileError:
        return []  # the build itself reports the broken word list


def _build_summary(pupil_id: int, question: str, actions: list[str] | None,
                   nicknames: str, reader, _progress
                   ) -> tuple[AnonymisedText, list, list[str], list[str], list[str]]:
    """In the worker: read the facts and known names, anonymise (with the nicknames the
    IB typed), then look for phrases that may identify the child (the flags under the
    preview). Also the school's actions as used (with ``actions`` None: prefilled from
    the recorded meldcode steps), the nicknames the vault already removes (labels) and
    those the preview flags where the rules kept one as an ordinary word."""
    service = reader.case_summary
    facts = service.facts(pupil_id, question, actions)
    known = service.known_names(pupil_id)  # read once: the build and the tooltip's list
    result = service.anonymiser(pupil_id, facts, nicknames=nicknames, known=known)()
    flagged = nicknames_to_flag(known, nicknames)
    return (result, [*_names_of(result, flagged), *quasi_identifiers(result)],
            list(facts.school_actions), nickname_labels(known), flagged)
