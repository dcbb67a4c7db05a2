"""Issue 23: every action of the table at the scale of a large school, as a ratio to its goal.

Run: PYTHONPATH=src python benchmarks/bench_scale.py [--scales 0.1,1/3,1] [--runs 7]
     [--slow-timeout 120] [--only ROW ...]

The vault (see scale_vault.py) is built through the services API once per scale and
cached outside the repository (ZORGDESK_BENCH_CACHE, default the user cache dir);
building the full scale takes a long while, so start with ``--scales 0.1``. Every
measurement runs on a private copy of the cached vault.

Each row is the median of --runs runs (fewer for a row whose first run takes seconds),
printed with its goal from the issue and the ratio measured/goal (<= 1.00 meets it).
With more than one scale a last column shows the growth exponent between the smallest
and the largest scale: log(t_large / t_small) / log(size ratio); 1.0 is linear, 2.0
quadratic. The slow rows (anonymised summary, retention) run in a child process that
is stopped after --slow-timeout seconds and then reported as '> timeout'.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from fractions import Fraction
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from scale_vault import ScaleVault, scale_vault, working_copy  # noqa: E402

from zorgdesk.services.clock import FixedClock
from zorgdesk.services.retention_plans import RETENTION_PLANS

# row key -> (Dutch description, goal in ms)
ROWS: dict[str, tuple[str, float]] = {
    "select": ("leerling kiezen (gewoon, ~45 notities)", 50),
    "select_big": ("grootste leerling kiezen", 100),
    "keystroke": ("toets in leerling-zoeken (leerling gekozen)", 16),
    "save": ("nieuwe observatie opslaan + lijst", 50),
    "open_entry": ("'Nieuwe observatie' openen", 50),
    "unlock": ("opnieuw ontgrendelen, laatste leerling terug", 300),
    "action_points": ("overzicht Actiepunten", 100),
    "meldcode_overview": ("overzicht meldcodetrajecten", 100),
    "verify": ("Kluis controleren", 3_000),
    "inzage": ("inzage-export grootste leerling", 5_000),
    "summary": ("anonieme casus, gewone leerling", 2_000),
    "summary_big": ("anonieme casus, grootste leerling", 5_000),
    "retention_common": ("bewaartermijn: verwijderen, veelvoorkomende naam", 10_000),
    "retention_rare": ("bewaartermijn: verwijderen, zeldzame naam", 10_000),
}
SLOW_ROWS = ("summary", "summary_big", "retention_common", "retention_rare")


def _median_ms(fn: Callable, runs: int, before: Callable | None = None,
               after: Callable | None = None) -> float:
    times: list[float] = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
        if after:
            after()
        if times[0] > 2.0 and len(times) >= (1 if times[0] > 10 else 3):
            break  # a slow row: a few runs say enough
    return statistics.median(times) * 1000


class UiBench:
    """The real main window and controller on a copy of the vault."""

    def __init__(self, info: ScaleVault, path: Path) -> None:
        from PySide6.QtWidgets import QApplication

        from zorgdesk.services.session import Session
        from zorgdesk.ui.app import AppController

        self.app = QApplication.instance() or QApplication([])
        self.info, self.path = info, path
        self.controller = AppController(path)
        self.controller.automatic_backups = False
        self.controller._attach(Session.open(path, info.passphrase))
        self.window = self.controller.window
        self.window.resize(1280, 800)
        self.window.show()
        self.settle()

    @property
    def session(self):
        return self.controller.session

    def settle(self) -> None:
        self.app.processEvents()

    def select(self, pupil_id: int) -> None:
        assert self.window.select_pupil(pupil_id), pupil_id
        self.settle()

    def other_than(self, pupil_id: int) -> int:
        return self.info.typical_pupil + 1 if pupil_id != self.info.typical_pupil + 1 \
            else self.info.typical_pupil + 2

    def close(self) -> None:
        self.controller.shutdown()
        self.window.close()
        self.window.deleteLater()
        self.settle()


def measure_ui(info: ScaleVault, folder: Path, runs: int, only: set[str]) -> dict[str, float]:
    from zorgdesk.domain.logbook import LogbookEntryDraft, SignalledBy
    from zorgdesk.services.action_points import ActionPointService
    from zorgdesk.ui.action_points_dialog import ActionPointsDialog
    from zorgdesk.ui.logbook.entry_form import EntryDialog
    from zorgdesk.ui.meldcode.overview import MeldcodeOverviewDialog

    ui = UiBench(info, working_copy(info, folder))
    out: dict[str, float] = {}
    typical, big = info.typical_pupil, info.biggest_pupil

    def want(key: str) -> bool:
        return not only or key in only

    try:
        ui.window.tabs.setCurrentIndex(0)
        if want("select"):
            out["select"] = _median_ms(lambda: ui.select(typical), runs,
                                       before=lambda: ui.select(ui.other_than(typical)))
        if want("select_big"):
            out["select_big"] = _median_ms(lambda: ui.select(big), runs,
                                           before=lambda: ui.select(typical))
        if want("keystroke"):
            first = ui.session.basedata.pupil(typical).first_name
            search = ui.window.search

            def reset_search():
                search.blockSignals(True)
                search.setText(first[:1])
                search.blockSignals(False)
                ui.window.refresh_pupils()
                ui.select(typical)

            def keystroke():
                search.setText(first[:2])  # textChanged, as when the IB types
                ui.settle()
            out["keystroke"] = _median_ms(keystroke, runs, before=reset_search)
            search.clear()
            ui.settle()
        ui.select(typical)
        tab = ui.window.tab_pages[0]
        if want("save"):
            staff = str(ui.session.basedata.staff()[0].id)
            counter = iter(range(10**6))

            def save():
                ui.session.logbook.add_entry(LogbookEntryDraft(
                    pupil_ids=(str(typical),), entry_date=date.today() - timedelta(days=1),
                    entry_time="10:15", location="Klaslokaal",
                    signalled_by=SignalledBy(staff_id=staff),
                    situation=f"Bench: las vijf minuten hardop voor ({next(counter)})."))
                tab.set_context(ui.session, tab.pupil)  # what the tab does after 'Opslaan'
                ui.settle()
            out["save"] = _median_ms(save, runs)
        if want("open_entry"):
            dialogs = []

            def open_entry():
                dialog = EntryDialog(ui.session, tab.pupil, tab)
                dialog.show()
                ui.settle()
                dialogs.append(dialog)

            def close_entry():
                dialog = dialogs.pop()
                dialog.drafts.discard()
                dialog.reject()
                dialog.deleteLater()
                ui.settle()
            out["open_entry"] = _median_ms(open_entry, runs, after=close_entry)
        if want("unlock"):
            from zorgdesk.services.session import Session

            ui.window.tabs.setCurrentIndex(2)
            ui.settle()

            def unlock():
                ui.controller._attach(Session.open(ui.path, info.passphrase))
                ui.settle()
            out["unlock"] = _median_ms(unlock, runs, before=ui.controller.lock)
            ui.window.tabs.setCurrentIndex(0)
        for key, make in (("action_points", lambda: ActionPointsDialog(
                              ActionPointService(ui.session.conversations), ui.window)),
                          ("meldcode_overview", lambda: MeldcodeOverviewDialog(
                              ui.session.meldcode, ui.window))):
            if not want(key):
                continue
            shown = []

            def open_dialog(make=make, shown=shown):
                dialog = make()
                dialog.show()
                ui.settle()
                shown.append(dialog)

            def close_dialog(shown=shown):
                dialog = shown.pop()
                dialog.reject()
                dialog.deleteLater()
                ui.settle()
            out[key] = _median_ms(open_dialog, runs, after=close_dialog)
        if want("verify"):
            problems = []
            out["verify"] = _median_ms(lambda: problems.extend(ui.session.verify()),
                                       min(runs, 3))
            assert not problems, problems[:3]
        if want("inzage"):
            from zorgdesk.services.inzage import InzageService

            target = folder / "inzage"
            target.mkdir()
            out["inzage"] = _median_ms(lambda: InzageService(ui.session).export(
                big, target, "Bench ouder"), min(runs, 3))
    finally:
        ui.close()
    return out


# -- slow rows: one child process each, stopped at the timeout ----------------------------

def _child(row: str, info: ScaleVault, folder: Path) -> float:
    from zorgdesk.services.retention import RetentionService, export_digest
    from zorgdesk.services.session import Session

    path = working_copy(info, folder)
    session = Session.open(path, info.passphrase)
    try:
        if row in ("summary", "summary_big"):
            pupil = info.typical_pupil if row == "summary" else info.biggest_pupil
            session.case_summary.build(pupil)  # warm: lexicon and caches loaded
            start = time.perf_counter()
            session.case_summary.build(pupil)
            return time.perf_counter() - start
        pupil_id = info.common_name_pupil if row == "retention_common" else _rare(session)
        pupil = session.basedata.pupil(pupil_id)
        session.basedata.deactivate_pupil(pupil_id, pupil.start_date)
        decades_on = FixedClock(date.today() + timedelta(days=366 * 30))
        later = RetentionService(session.vault, decades_on, plans=RETENTION_PLANS)
        start = time.perf_counter()
        later.delete_after_export(pupil_id, export_digest(later.export_json(pupil_id)))
        return time.perf_counter() - start
    finally:
        session.close()


def _rare(session) -> int:
    """A pupil with a first name no other pupil has; made for the run (on the copy)."""
    from zorgdesk.domain.people import PupilDraft

    born = date.today() - timedelta(days=8 * 365)
    return session.basedata.add_pupil(PupilDraft("Quirijn", "Zwanepoel", born,
                                                 born + timedelta(days=4 * 366)))


def measure_slow(info: ScaleVault, scale: str, timeout: float, only: set[str]) -> dict:
    out: dict[str, float | None] = {}
    for row in SLOW_ROWS:
        if only and row not in only:
            continue
        try:
            done = subprocess.run(
                [sys.executable, __file__, "--child", row, "--scales", scale],
                capture_output=True, text=True, timeout=timeout, check=True)
            out[row] = json.loads(done.stdout.strip().splitlines()[-1])["seconds"] * 1000
        except subprocess.TimeoutExpired:
            out[row] = None
        except subprocess.CalledProcessError as error:
            print(f"  {row}: mislukt\n{error.stderr[-2000:]}", file=sys.stderr)
    return out


# -- report ---------------------------------------------------------------------------------

def _cell(ms: float | None, timeout: float) -> str:
    if ms is None:
        return f"> {timeout:.0f} s"
    return f"{ms / 1000:.2f} s" if ms >= 1000 else f"{ms:.1f} ms"


def print_report(results: dict[str, dict], scales: list[str], timeout: float,
                 sizes: dict[str, float]) -> None:
    head = f"{'actie':<50}{'doel':>9}" + "".join(f"{'schaal ' + s:>14}{'ratio':>8}"
                                                 for s in scales)
    if len(scales) > 1:
        head += f"{'groei':>8}"
    print(head)
    for key, (label, goal) in ROWS.items():
        if not any(key in results[s] for s in scales):
            continue
        line = f"{label:<50}{_cell(goal, timeout):>9}"
        for s in scales:
            ms = results[s].get(key, "-")
            if ms == "-":
                line += f"{'-':>14}{'':>8}"
                continue
            ratio = f"{ms / goal:.2f}" if ms is not None else f">{timeout * 1000 / goal:.1f}"
            line += f"{_cell(ms, timeout):>14}{ratio:>8}"
        low, high = results[scales[0]].get(key), results[scales[-1]].get(key)
        if len(scales) > 1 and low and high:
            growth = math.log(high / low) / math.log(sizes[scales[-1]] / sizes[scales[0]])
            line += f"{growth:>8.2f}"
        print(line)
    print("ratio = gemeten / doel (<= 1.00 haalt het doel); groei = exponent tussen de "
          "kleinste en grootste schaal (1 = lineair, 2 = kwadratisch)")


def _scale(text: str) -> float:
    return float(Fraction(text))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", default="0.1,1/3,1")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--slow-timeout", type=float, default=120)
    parser.add_argument("--only", nargs="*", default=[], choices=list(ROWS))
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    scales = [s.strip() for s in args.scales.split(",") if s.strip()]
    if args.child:
        info = scale_vault(_scale(scales[0]), log=lambda *_: None)
        with tempfile.TemporaryDirectory() as folder:
            print(json.dumps({"seconds": _child(args.child, info, Path(folder))}))
        return
    only = set(args.only)
    results: dict[str, dict] = {}
    for scale in scales:
        info = scale_vault(_scale(scale))
        print(f"schaal {scale}: {info.sizes}", flush=True)
        with tempfile.TemporaryDirectory() as folder:
            results[scale] = measure_ui(info, Path(folder), args.runs, only)
        results[scale].update(measure_slow(info, scale, args.slow_timeout, only))
    print_report(results, scales, args.slow_timeout, {s: _scale(s) for s in scales})


if __name__ == "__main__":
    main()
