"""Run the extended check (deduce) in a child process without blocking the event loop.

QProcess, not a thread: the child loads about 1 GB of lookup tables and gives all of it
back to the operating system when it exits. The text goes in over stdin only; stderr is
sent to the null device because it could quote the text.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QProcess, QTimer, Signal

from zorgdesk.services.anonymise import deidentify


class DeduceRunner(QObject):
    """One run at a time. Emits exactly one of ``found``, ``failed`` or ``cancelled``."""

    found = Signal(list)        # list[Detection], offsets into the text given to start()
    failed = Signal(str)        # Dutch message for the IB
    cancelled = Signal()
    tick = Signal(float)        # seconds since start, a few times a second

    def __init__(self, parent: QObject | None = None, command: list[str] | None = None,
                 timeout_seconds: float = deidentify.TIMEOUT_SECONDS) -> None:
        super().__init__(parent)
        self.command = command or deidentify.child_command()
        self.timeout_seconds = timeout_seconds
        self._process: QProcess | None = None
        self._text = ""
        self._outcome: str | None = None   # why we stopped the child ourselves
        self._clock = QElapsedTimer()
        self._ticker = QTimer(self)
        self._ticker.setInterval(200)
        self._ticker.timeout.connect(self._on_tick)

    def is_running(self) -> bool:
        return self._process is not None

    def elapsed_seconds(self) -> float:
        return self._clock.elapsed() / 1000 if self._clock.isValid() else 0.0

    def pid(self) -> int:
        return int(self._process.processId()) if self._process is not None else 0

    def start(self, text: str) -> None:
        if self._process is not None:
            return
        self._text, self._outcome = text, None
        process = QProcess(self)
        process.setProgram(self.command[0])
        process.setArguments(self.command[1:])
        process.setStandardErrorFile(QProcess.nullDevice())
        process.started.connect(self._write_input)
        process.finished.connect(self._on_finished)
        process.errorOccurred.connect(self._on_error)
        self._process = process
        self._clock.start()
        self._ticker.start()
        process.start()

    def cancel(self) -> None:
        """Kill the child (Esc / Annuleren / closing the dialog)."""
        self._stop("cancelled")

    # -- internals -------------------------------------------------------------------

    def _stop(self, outcome: str) -> None:
        if self._process is None or self._outcome is not None:
            return
        self._outcome = outcome
        self._process.kill()

    def _write_input(self) -> None:
        self._process.write(deidentify.encode_input(self._text))
        self._process.closeWriteChannel()

    def _on_tick(self) -> None:
        seconds = self.elapsed_seconds()
        if seconds > self.timeout_seconds:
            self._stop("timeout")
        self.tick.emit(seconds)

    def _on_error(self, error: QProcess.ProcessError) -> None:
        # FailedToStart never reaches finished(); the other errors do.
        if error == QProcess.ProcessError.FailedToStart and self._process is not None:
            self._finish()
            self.failed.emit(deidentify.CHILD_NOT_STARTED)

    def _on_finished(self, exit_code: int, exit_status: QProcess.ExitStatus) -> None:
        if self._process is None:
            return
        raw = bytes(self._process.readAllStandardOutput().data())
        outcome, text = self._outcome, self._text
        self._finish()
        if outcome == "cancelled":
            self.cancelled.emit()
            return
        if outcome == "timeout":
            self.failed.emit(deidentify.CHILD_TIMEOUT)
            return
        if exit_status != QProcess.ExitStatus.NormalExit or exit_code != 0:
            self.failed.emit(deidentify.CHILD_FAILED)
            return
        try:
            detections = deidentify.parse_output(raw, text)
        except ValueError:
            self.failed.emit(deidentify.CHILD_FAILED)
            return
        self.found.emit(detections)

    def _finish(self) -> None:
        self._ticker.stop()
        process, self._process, self._text = self._process, None, ""
        if process is not None:
            process.deleteLater()
