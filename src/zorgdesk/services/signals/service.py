"""Signalenlijst use cases: catalogues, checks over time, Vlaggensysteem assessments.

Everything saved is append-only (m0005); a correction is a new check that names
the check it corrects, and the over-time view then uses the correction.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from zorgdesk import paths
from zorgdesk.domain.printing import PrintedPupil, PrintedSchool
from zorgdesk.domain.signals.catalogue import (
    Catalogue,
    CatalogueError,
    builtin_catalogue_dir,
    load_catalogue,
    load_catalogues,
)
from zorgdesk.domain.signals.check import (
    CheckDraft,
    FlagAssessment,
    FlagDraft,
    SignalCheck,
    TickedSignal,
    check_name,
    foreign_logbook_links,
    logbook_link_text,
    validate_check,
    validate_flag,
)
from zorgdesk.domain.signals.flags import (
    FlagSuggestion,
    Vlaggensysteem,
    load_vlaggensysteem,
    suggest_flag,
)
from zorgdesk.domain.signals.history import Check, signal_history
from zorgdesk.domain.signals.over_time import OverTime
from zorgdesk.domain.text import short_name
from zorgdesk.domain.validation import FieldProblem, ValidationError
from zorgdesk.reports import signals_pdf
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.services.citations import cite
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.services.export_names import SIGNALENLIJST, export_scrubber
from zorgdesk.store.audit import now_utc
from zorgdesk.store.vault import Vault

if TYPE_CHECKING:  # services.logbook imports this package's retention plan
    from zorgdesk.services.logbook.service import LogbookService

__all__ = ["CatalogueList", "SignalService"]

@dataclass(frozen=True)
class CatalogueList:
    catalogues: tuple[Catalogue, ...]
    problems: tuple[str, ...]  # Dutch CatalogueError messages for broken user files

    def get(self, catalogue_id: str) -> Catalogue | None:
        return next((c for c in self.catalogues if c.id == catalogue_id), None)


class SignalService:
    def __init__(self, vault: Vault, clock: Clock = SYSTEM_CLOCK, *,
                 basedata: BaseDataService, logbook: LogbookService) -> None:
        self.vault = vault
        self.clock = clock
        self.basedata = basedata
        self.logbook = logbook  # the notes a ticked signal links (titles, days, checks)
        self._vlaggen: Vlaggensysteem | None = None
        self._catalogues: tuple[tuple, CatalogueList] | None = None

    @property
    def today(self) -> date:
        return self.clock.today()

    # -- catalogues ------------------------------------------------------------------

    def catalogues(self) -> CatalogueList:
        """Built-in lists plus the school's own; a broken school file is reported, not fatal.

        Parsed once and kept while no catalogue file changes (name, size, time): a
        selection or a save no longer re-reads and re-validates the JSON.
        """
        folder = paths.user_catalogue_dir()
        stamp = _files_stamp([builtin_catalogue_dir(), folder])
        if self._catalogues is None or self._catalogues[0] != stamp:
            self._catalogues = (stamp, self._load_catalogues(folder))
        return self._catalogues[1]

    def _load_catalogues(self, folder: Path) -> CatalogueList:
        found = list(load_catalogues([builtin_catalogue_dir()]))
        problems: list[str] = []
        if folder.is_dir():
            for path in sorted(folder.glob("*.json")):
                try:
                    cat = load_catalogue(path)
                except CatalogueError as exc:
                    problems.append(str(exc))
                    continue
                owner = next((c for c in found if c.id == cat.id), None)
                if owner is not None:
                    problems.append(str(CatalogueError(
                        path, _id_line(path),
                        f"de id '{cat.id}' wordt al gebruikt door {owner.path}")))
                    continue
                found.append(cat)
        return CatalogueList(tuple(found), tuple(problems))

    def citation(self, catalogue_id: str) -> str:
        """The publication a list comes from, for screen and paper; never a file name."""
        cat = self.catalogues().get(catalogue_id)
        if cat is None:
            return ""
        first_line = cat.source.lines[0] if cat.source.lines else None
        return cite(cat.source.file, first_line, fallback=cat.source.citation or "")

    def vlaggensysteem(self) -> Vlaggensysteem:
        if self._vlaggen is None:
            self._vlaggen = load_vlaggensysteem()
        return self._vlaggen

    # -- checks ----------------------------------------------------------------------

    def save_check(self, pupil_id: int, draft: CheckDraft, allow_empty: bool = False) -> int:
        catalogue = self.catalogues().get(draft.catalogue_id)
        if catalogue is None:
            raise ValidationError([FieldProblem("catalogue", "Kies een signalenlijst.")])
        checked_on, checked_by, ticks = validate_check(draft, catalogue, self.today,
                                                       allow_empty)
        # A link names a logboek note of this pupil that still exists; never a made-up,
        # removed or another child's number (it would be stored and printed).
        foreign = foreign_logbook_links(ticks, self.logbook.titles(pupil_id).keys())
        if foreign:
            raise ValidationError(foreign)
        if draft.corrects_check_id is not None:
            try:
                earlier = self.check(draft.corrects_check_id)
            except KeyError:  # a stale or mistyped number: refuse, do not crash
                earlier = None
            if earlier is None or earlier.pupil_id != pupil_id \
                    or earlier.catalogue_id != catalogue.id:
                raise ValidationError([FieldProblem(
                    "items", "Een correctie hoort bij dezelfde leerling en signalenlijst.")])
        with self.vault.transaction() as cur:
            check_id = self._insert_check(cur, pupil_id, catalogue, draft.corrects_check_id,
                                          checked_on, checked_by, ticks)
        return check_id

    def _insert_check(self, cur, pupil_id: int, catalogue, corrects: int | None,
                      checked_on: date, checked_by: str, ticks) -> int:
        """The check, its ticks and links, its number for good, and the audit row."""
        number = self._next_number(cur, pupil_id)
        cur.execute(
            "INSERT INTO signal_check (pupil_id, catalogue_id, catalogue_version,"
            " catalogue_title, checked_on, checked_by, corrects_check_id, recorded_by,"
            " created_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (pupil_id, catalogue.id, catalogue.version, catalogue.title,
             checked_on.isoformat(), checked_by, corrects, self.vault.user.name, now_utc()))
        check_id = cur.lastrowid
        cur.execute("INSERT INTO signal_check_number (check_id, pupil_id, number)"
                    " VALUES (?,?,?)", (check_id, pupil_id, number))
        for position, tick in enumerate(ticks):
            cur.execute(
                "INSERT INTO signal_check_item (check_id, position, item_id, item_text,"
                " group_title, note, contra) VALUES (?,?,?,?,?,?,?)",
                (check_id, position, tick.item_id, tick.text, tick.group_title, tick.note,
                 int(tick.contra)))
            item_row = cur.lastrowid
            cur.executemany(
                "INSERT INTO signal_check_item_logbook (check_item_id, logbook_entry_id)"
                " VALUES (?,?)", [(item_row, n) for n in tick.logbook_entry_ids])
        self.vault.audit(cur, "signalenlijst.vastgelegd", "signal_check", check_id, {
            "pupil_id": pupil_id, "number": number, "catalogue_id": catalogue.id,
            "catalogue_version": catalogue.version, "checked_on": checked_on.isoformat(),
            "checked_by": checked_by, "corrects_check_id": corrects,
            "ticks": [[t.item_id, t.note, t.contra, list(t.logbook_entry_ids)]
                      for t in ticks]})
        return check_id

    def _next_number(self, cur, pupil_id: int) -> int:
        """One more than every list the pupil ever had: the kept ones and the versions
        removed on the parents' request (counted by their proof), so a number once
        printed is never given to another list."""
        kept, highest = cur.execute(
            "SELECT count(*), coalesce(max(number), 0) FROM signal_check_number"
            " WHERE pupil_id = ?", (pupil_id,)).fetchone()
        removed = self.logbook.parents.removed_versions(pupil_id, "signalenlijst", cur)
        return max(kept + removed, highest) + 1

    def checks(self, pupil_id: int, catalogue_id: str | None = None) -> list[SignalCheck]:
        """All checks of a pupil, oldest first (corrected ones included)."""
        sql = ("SELECT id FROM signal_check WHERE pupil_id = ?"
               + (" AND catalogue_id = ?" if catalogue_id else "")
               + " ORDER BY checked_on, id")
        args = (pupil_id, catalogue_id) if catalogue_id else (pupil_id,)
        return [self.check(row[0]) for row in self.vault.read().execute(sql, args).fetchall()]

    def corrected_ids(self, pupil_id: int) -> set[int]:
        rows = self.vault.read().execute(
            "SELECT corrects_check_id FROM signal_check WHERE pupil_id = ?"
            " AND corrects_check_id IS NOT NULL", (pupil_id,))
        return {r[0] for r in rows}

    def check(self, check_id: int) -> SignalCheck:
        cur = self.vault.read()
        row = cur.execute(
            "SELECT id, pupil_id, catalogue_id, catalogue_version, catalogue_title, checked_on,"
            " checked_by, recorded_by, created_at, corrects_check_id FROM signal_check"
            " WHERE id = ?", (check_id,)).fetchone()
        if row is None:
            raise KeyError(check_id)
        items = cur.execute(
            "SELECT id, item_id, item_text, group_title, note, contra FROM signal_check_item"
            " WHERE check_id = ? ORDER BY position", (check_id,)).fetchall()
        linked = []
        for item_row, item_id, text, group, note, contra in items:
            links = tuple(r[0] for r in cur.execute(
                "SELECT logbook_entry_id FROM signal_check_item_logbook WHERE check_item_id = ?"
                " ORDER BY logbook_entry_id", (item_row,)).fetchall())
            linked.append((item_id, text, group, note, bool(contra), links))
        days = self.logbook.entry_days(row[1], (n for *_rest, links in linked for n in links))
        # One day per link, in the links' order (None: no note of this pupil by that
        # number), so a missing one never shifts the next day onto its number.
        ticks = tuple(TickedSignal(*fields, tuple(days.get(n) for n in fields[-1]))
                      for fields in linked)
        numbers = self._numbers(row[1])
        corrects = row[9]
        corrects_name = ""
        if corrects is not None:
            earlier = cur.execute("SELECT checked_on FROM signal_check WHERE id = ?",
                                  (corrects,)).fetchone()
            corrects_name = check_name(numbers.get(corrects, 0),
                                       date.fromisoformat(earlier[0])) if earlier else ""
        return SignalCheck(row[0], row[1], row[2], row[3], row[4], date.fromisoformat(row[5]),
                           row[6], row[7], datetime.fromisoformat(row[8]), ticks, corrects,
                           numbers.get(row[0], 0), corrects_name)

    def _numbers(self, pupil_id: int) -> dict[int, int]:
        """Check id -> the pupil's own count of lists (1, 2, 3 ... in the order saved),
        stored with each list when it was saved (m0020): a list removed on the parents'
        request (issue 21) keeps its place in the count, so printed numbers never move."""
        return dict(self.vault.read().execute(
            "SELECT check_id, number FROM signal_check_number WHERE pupil_id = ?",
            (pupil_id,)).fetchall())

    def title(self, check_id: int) -> str:
        """'Signalenlijst 3 van 12-10-2026 (M. Hoekstra)' for pickers, meldcode links and the
        sharing trail: the pupil's own count and the day, never the vault's id."""
        check = self.check(check_id)
        return f"{check.heading} ({short_name(check.checked_by)})"

    def logbook_titles(self, pupil_id: int) -> dict[int, str]:
        """The pupil's logboek notes a ticked signal can link, newest first, by number."""
        return self.logbook.titles(pupil_id)

    def ticked_for_summary(self, pupil_id: int) -> tuple[list[str], list[str]]:
        """Case summary hook: signals and contra-signals of the latest valid check."""
        corrected = self.corrected_ids(pupil_id)
        checks = [c for c in self.checks(pupil_id) if c.id not in corrected]
        if not checks:
            return [], []
        latest = max(checks, key=lambda c: (c.checked_on, c.id))
        # A contra-signal is what the teacher wrote ("moeder komt op elke afspraak"), not
        # the catalogue item it was ticked at ("zegt regelmatig afspraken af"): printing
        # the item would state the opposite of what was recorded.
        # A ticked signal's note is a fact as well ("moe in de kring: valt twee keer in
        # slaap"); it prints after the item, as in the check's own summary.
        return ([f"{t.text}: {t.note.strip()}" if t.note.strip() else t.text
                 for t in latest.ticks if not t.contra],
                [t.note.strip() or f"contra-signaal zonder toelichting (bij: {t.text})"
                 for t in latest.ticks if t.contra])

    def check_summary(self, check_id: int) -> str:
        """Plain Dutch text of one check, to quote in meldcode step 1 or a zorggesprek."""
        check = self.check(check_id)
        lines = [f"{check.heading}: '{check.catalogue_title}' (versie "
                 f"{check.catalogue_version}), ingevuld door {check.checked_by}."]
        signals = [t for t in check.ticks if not t.contra]
        if not check.ticks:
            lines.append("Geen signalen aangekruist.")
        if signals:
            lines.append(f"Aangekruiste signalen ({len(signals)}):")
            lines += [_tick_line(t) for t in signals]
        if check.contra_signals:
            lines.append(f"Contra-signalen ({len(check.contra_signals)}):")
            lines += [_contra_line(t) for t in check.contra_signals]
        if check.corrects_check_id is not None:
            lines.append(f"Deze lijst corrigeert {check.corrects_name or 'een eerdere lijst'}.")
        return "\n".join(lines)

    def over_time(self, pupil_id: int, catalogue_id: str) -> OverTime:
        """Matrix of the pupil's checks on one list; a corrected check is replaced."""
        corrected = self.corrected_ids(pupil_id)
        checks = tuple(c for c in self.checks(pupil_id, catalogue_id) if c.id not in corrected)
        catalogue = self.catalogues().get(catalogue_id)
        order = [i.id for i in catalogue.items] if catalogue else []
        labels: dict[str, str] = {}
        groups: dict[str, str] = {}
        for check in checks:  # later checks win: their text is the most recent version
            for tick in check.ticks:
                labels[tick.item_id] = tick.text
                groups[tick.item_id] = tick.group_title
        contra = frozenset((t.item_id, n) for n, c in enumerate(checks) for t in c.contra_signals)
        history = signal_history([Check.of(c.checked_on, c.ticked_ids) for c in checks], order)
        title = catalogue.title if catalogue else (checks[-1].catalogue_title if checks else "")
        return OverTime(catalogue_id, title, checks, history, labels, groups, contra)

    # -- printing --------------------------------------------------------------------

    def _print_context(self, pupil_id: int) -> tuple[PrintedPupil, PrintedSchool]:
        basedata = self.basedata
        return basedata.printed_pupil(pupil_id), basedata.printed_school()

    def check_pdf(self, check_id: int, with_over_time: bool = True) -> bytes:
        """The filled-in list as PDF bytes, by default followed by the matrix."""
        check = self._without_other_families(self.check(check_id))
        pupil, school = self._print_context(check.pupil_id)
        view = self.over_time(check.pupil_id, check.catalogue_id) if with_over_time else None
        return signals_pdf.render_check(check, pupil, school, self.today, view,
                                        source=self.citation(check.catalogue_id))

    def _without_other_families(self, check: SignalCheck) -> SignalCheck:
        """The notes as printed for the parents: other pupils and their parents by initials,
        with the same name removal as the inzage export (issue 16)."""
        scrub = export_scrubber(self.basedata, check.pupil_id, SIGNALENLIJST)
        return dataclasses.replace(check, ticks=tuple(
            dataclasses.replace(tick, note=scrub(tick.note)) if tick.note else tick
            for tick in check.ticks))

    def over_time_pdf(self, pupil_id: int, catalogue_id: str) -> bytes:
        pupil, school = self._print_context(pupil_id)
        return signals_pdf.render_over_time(self.over_time(pupil_id, catalogue_id), pupil,
                                            school, self.today)

    # -- Vlaggensysteem --------------------------------------------------------------

    def suggest(self, scores: dict[str, str]) -> FlagSuggestion:
        return suggest_flag(scores, self.vlaggensysteem())

    def save_flag_assessment(self, pupil_id: int, draft: FlagDraft) -> int:
        valid = validate_flag(draft, self.vlaggensysteem(), self.today)
        with self.vault.transaction() as cur:
            cur.execute(
                "INSERT INTO flag_assessment (pupil_id, assessed_on, behaviour, suggested_flag,"
                " suggestion_reasoning, confirmed_flag, override_reason, assessed_by, created_at)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (pupil_id, valid.assessed_on.isoformat(), valid.behaviour,
                 valid.suggestion.flag.id, valid.suggestion.reasoning, valid.confirmed_flag,
                 valid.override_reason, valid.assessed_by, now_utc()))
            assessment_id = cur.lastrowid
            cur.executemany(
                "INSERT INTO flag_assessment_score (assessment_id, criterion_id, score)"
                " VALUES (?,?,?)", [(assessment_id, k, s.value) for k, s in valid.scores.items()])
            self.vault.audit(cur, "vlaggensysteem.beoordeeld", "flag_assessment", assessment_id, {
                "pupil_id": pupil_id, "assessed_on": valid.assessed_on.isoformat(),
                "behaviour": valid.behaviour, "assessed_by": valid.assessed_by,
                "scores": {k: s.value for k, s in valid.scores.items()},
                "suggested_flag": valid.suggestion.flag.id,
                "confirmed_flag": valid.confirmed_flag,
                "override_reason": valid.override_reason})
        return assessment_id

    def flag_assessments(self, pupil_id: int) -> list[FlagAssessment]:
        cur = self.vault.read()
        rows = cur.execute(
            "SELECT id, pupil_id, assessed_on, assessed_by, behaviour, suggested_flag,"
            " suggestion_reasoning, confirmed_flag, override_reason, created_at"
            " FROM flag_assessment WHERE pupil_id = ? ORDER BY assessed_on, id",
            (pupil_id,)).fetchall()
        result = []
        for r in rows:
            scores = dict(cur.execute(
                "SELECT criterion_id, score FROM flag_assessment_score WHERE assessment_id = ?",
                (r[0],)).fetchall())
            result.append(FlagAssessment(r[0], r[1], date.fromisoformat(r[2]), r[3], r[4],
                                         scores, r[5], r[6], r[7], r[8],
                                         datetime.fromisoformat(r[9])))
        return result


def _files_stamp(folders: list[Path]) -> tuple:
    """What identifies the current catalogue files: path, size and change time of each."""
    stamp = []
    for folder in folders:
        if folder.is_dir():
            for path in sorted(folder.glob("*.json")):
                info = path.stat()
                stamp.append((str(path), info.st_size, info.st_mtime_ns))
    return tuple(stamp)


def _id_line(path: Path) -> int | None:
    """Line of the catalogue's own id (the first "id" key in the file)."""
    raw = path.read_text(encoding="utf-8-sig")
    match = re.search(r'"id"\s*:', raw)
    return raw.count("\n", 0, match.start()) + 1 if match else None


def _tick_line(tick: TickedSignal) -> str:
    line = f"- {tick.text}"
    if tick.note:
        line += f": {tick.note}"
    if tick.logbook_entry_ids:
        line += f" (logboek {logbook_link_text(tick)})"
    return line


def _contra_line(tick: TickedSignal) -> str:
    """A contra-signal names its item as where it was ticked, never as the line's subject:
    'item: note' would read as if the signal were present (the note says the opposite)."""
    if tick.note:
        line = f"- Contra-signaal bij '{tick.text}': {tick.note}"
    else:
        line = f"- Contra-signaal zonder toelichting (bij: {tick.text})"
    if tick.logbook_entry_ids:
        line += f" (logboek {logbook_link_text(tick)})"
    return line
