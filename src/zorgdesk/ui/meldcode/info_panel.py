"""Left side of the Meldcode tab: reminders, what is still needed, the seed's guidance for
the step or question, and the full history of the dossier.

It only shows; everything that records something lives in :mod:`zorgdesk.ui.meldcode.tab`.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from zorgdesk.domain.meldcode import MeldcodeState, Step, describe_event, reminders
from zorgdesk.domain.meldcode.concern import (
    CONCERN_STEPS,
    LEC_EGG,
    LEC_EGG_SOURCE,
    NO_OWN_STEP,
    Concern,
    concern_step,
)
from zorgdesk.domain.resource_files import ResourceFileError
from zorgdesk.services.citations import cite
from zorgdesk.services.meldcode.service import MeldcodeService, Trajectory
from zorgdesk.ui.meldcode.steps import question_to_ask
from zorgdesk.ui.widgets import WholeLabel, named_tabs


class MeldcodeInfoPanel(QWidget):
    # Enter in 'Nog nodig': open what it asks for (the tab knows which action that is).
    next_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.missing = QListWidget()
        self.missing.setAccessibleName("Nog nodig om verder te gaan")
        self.missing.setAccessibleDescription("Enter opent wat als eerste nodig is.")
        # A key filter, not 'activated': the list has no current row until it has one,
        # and Enter must work from the moment the cursor is there (walk s37).
        self.missing.installEventFilter(self)
        self.missing.setWordWrap(True)
        self.guidance = QTextBrowser()
        self.guidance.setAccessibleName("Uitleg bij deze stap uit de meldcode")
        self.history = QListWidget()
        self.history.setAccessibleName("Geschiedenis van het dossier meldcode")
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)
        self.reminders = WholeLabel()
        self.reminders.setAccessibleName("Herinneringen")
        self.reminders.setStyleSheet("color:#8a4b00; font-weight:bold;")
        self.info_tabs = named_tabs("Uitleg en geschiedenis")
        self.info_tabs.addTab(self.guidance, "Uitleg")  # no Alt+U: that is the form's
        # Alt+G is Groep; Alt+I is free since 'Hulp via' and 'Inhoud' took P and O.
        self.info_tabs.addTab(self.history, "Gesch&iedenis")
        # Qt's tab mnemonic only shows the page; the IB pressed it to read the history
        # (walk s32: the keyboard stayed in the form).
        self.info_tabs.tabBar().installEventFilter(self)
        left_layout = QVBoxLayout(self)
        left_layout.setContentsMargins(0, 0, 0, 0)
        # Alt+M: Alt+N is the afwegingskader's Nee (walk s37); the only letter of this
        # line no form of the meldcode tab uses (Met wie and Melden bij moved for it).
        missing_label = QLabel("Nog nodig o&m verder te gaan:")
        missing_label.setBuddy(self.missing)
        missing_label.setWordWrap(True)  # a larger font: two lines, not a wider window
        left_layout.addWidget(self.reminders)
        left_layout.addWidget(missing_label)
        left_layout.addWidget(self.missing, 1)
        left_layout.addWidget(self.info_tabs, 3)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.missing and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.next_requested.emit()
            return True
        if watched is self.info_tabs.tabBar() and event.type() == QEvent.Type.Shortcut:
            watched.event(event)  # the tab bar shows the page, then the keyboard goes there
            page = self.info_tabs.currentWidget()
            # The newest entry first: a list given the focus without a current row makes
            # its first row current (seen in X: the 'gestart' entry, weeks back).
            if page is self.history and self.history.currentRow() < 0 and self.history.count():
                self.history.setCurrentRow(self.history.count() - 1)
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(watched, event)

    def show_trajectory(self, service: MeldcodeService | None, pupil_id: int | None,
                        trajectory: Trajectory | None) -> None:
        """Fill the panel for ``trajectory``; empty it when there is none."""
        self.missing.clear()
        self.history.clear()
        self.reminders.clear()
        if trajectory is None:
            return
        state = trajectory.state
        self.missing.addItems(trajectory.meldcode.missing())
        if self.missing.count() == 0:
            if state.closed:
                self.missing.addItem("Het dossier is afgesloten.")
            elif state.current_step < Step.BESLISSEN:
                self.missing.addItem("Niets meer: rond deze stap af met 'Stap afronden'.")
            else:
                self.missing.addItem("Niets meer: u kunt verder.")
        for event in state.events:
            item = QListWidgetItem(f"{event.timestamp:%d-%m-%Y %H:%M} · {event.author}\n"
                                   f"{describe_event(event)}")
            details = service.event_lines(event, pupil_id)
            if details:
                # Full content on hover/focus; the list itself stays readable.
                item.setToolTip("\n".join(details))
                links = [line for line in details if line.startswith("Gekoppeld: ")]
                if links:
                    item.setText(item.text() + "\n" + "\n".join(links))
            self.history.addItem(item)
        # After layout, so the newest entry is really in view.
        QTimer.singleShot(0, self.history.scrollToBottom)
        texts = reminders(state, service.clock.today()) or service.deadlines(state)
        self.reminders.setText("\n".join(texts))
        self.reminders.setVisible(bool(texts))
        self._show_guidance(service, state)

    def _show_guidance(self, service: MeldcodeService, state: MeldcodeState) -> None:
        # The guidance file may be edited by a school: a broken one costs the explanation,
        # never the tab (and says which file to repair).
        try:
            self.guidance.setHtml(self._guidance_html(service, state))
        except ResourceFileError as error:
            self.guidance.setPlainText(f"De uitleg kan niet getoond worden. {error}")
        except (AttributeError, TypeError, IndexError, KeyError):
            error = ResourceFileError("meldcode_guidance.json",
                                      "een onderdeel binnen \"steps\" heeft niet de verwachte "
                                      "opbouw.")
            self.guidance.setPlainText(f"De uitleg kan niet getoond worden. {error}")

    def _guidance_html(self, service: MeldcodeService, state: MeldcodeState) -> str:
        guidance = service.guidance()["steps"]
        key = str(int(state.current_step))
        if state.melding_done or state.closed:
            key = "nazorg"
        entry = guidance.get(key, {})
        parts = [f"<h3>{escape(entry.get('title', ''))}</h3>"]
        excerpts = list(entry.get("excerpts", []))
        variant = (concern_step(state.concern, int(state.current_step))
                   if key in ("1", "2", "3") else None)
        if variant is not None:
            citation = cite(variant.seed, variant.lines[0])
            if LEC_EGG in variant.text:
                citation = f"{citation.rstrip('.')}; LEC EGG: {LEC_EGG_SOURCE}."
            parts += [f"<h4>Bij {escape(state.concern.label.lower())}</h4>",
                      f"<p>{escape(variant.text)}<br><small style='color:#666'>Bron: "
                      f"{escape(citation)}</small></p>"]
            if key != "1":  # the seed's own step replaces the generic text of steps 2-3
                return "".join(parts)
        if state.concern is not Concern.ALGEMEEN and key in ("1", "2", "3") and \
                state.concern not in CONCERN_STEPS:
            parts.append(f"<p><i>{escape(state.concern.label)}: {escape(NO_OWN_STEP)}</i></p>")
        question, _ = question_to_ask(state)
        if question is not None and state.current_step >= Step.AFWEGEN:
            q_entry = guidance.get("4", {}).get("questions", {}).get(str(int(question)), {})
            parts.append(f"<h4>Vraag {int(question)}: {escape(q_entry.get('title', ''))}</h4>")
            excerpts = list(q_entry.get("excerpts", [])) + excerpts
        for excerpt in excerpts:
            if excerpt.get("title"):
                parts.append(f"<p><b>{escape(excerpt['title'])}</b></p>")
            lines = excerpt.get("lines") or [None]
            first = lines[0] if isinstance(lines[0], int) else None
            citation = cite(str(excerpt.get("seed", "")), first)
            source = (f"<br><small style='color:#666'>Bron: {escape(citation)}</small>"
                      if citation else "")
            # A line break in the source (a step and its sub-steps 6a, 6b ...) stays one.
            text = "<br>".join(escape(line.strip()) for line in
                               excerpt.get("text", "").splitlines() if line.strip())
            parts.append(f"<p>{text}{source}</p>")
        return "".join(parts)
