"""A granted correction or removal request really changes the dossier (issue 21).

Parents may have dossier data corrected or removed (seed 003 l.4613-4620). When the IB
grants that, the old content leaves the vault the way retention removes a pupil: the
same deletion path (``erase_rows``, append-only triggers dropped and recreated inside
one audited transaction, FTS index merged, file vacuumed afterwards), so no table, no
search index row, no draft and no later backup keeps it.

- *Removed*: the entry with all its versions, its aanvullingen, its attachments, its
  links from signal lists, its search index row and its drafts.
- *Corrected*: every stored version goes; the corrected text becomes the entry's only
  version. The entry keeps its number, pupils, aanvullingen and attachments.

What stays is the proof without the content (``logbook_request_change``: kind of
record, number, date, removed/corrected, when, by whom, on which ground) and audit rows
that name only tables and row numbers. Every removed row the audit log named gets a
"gegevens verwijderd (verzoek ouders)" row, so *Kluis controleren* knows the row went
lawfully (store/reconcile.py); the seal triggers keep the keyed head right.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from zorgdesk.domain.attachments.records import RecordKind
from zorgdesk.domain.logbook import (
    ChangeKind,
    CorrectionOutcome,
    CorrectionRequest,
    LogbookEntryDraft,
    RequestChange,
)
from zorgdesk.domain.logbook.request_answer import (
    MELDCODE_KEPT_GROUND,
    AnswerLetter,
    check_changes,
)
from zorgdesk.domain.people import IB_ROLE
from zorgdesk.domain.text import clean
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.attachments import retention as attachment_tables
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.services.conversations.service import ConversationService
from zorgdesk.services.logbook import record_removals as removals
from zorgdesk.services.logbook import request_supplements as supplements
from zorgdesk.services.logbook.codec import search_body
from zorgdesk.services.logbook.parents import ParentsService
from zorgdesk.services.logbook.retention import (
    ENTRY_REMOVAL,
    ENTRY_VERSIONS,
    purge_search_index,
)
from zorgdesk.services.logbook.service import LogbookService
from zorgdesk.services.record_titles import discussion_line
from zorgdesk.services.removal_copies import (
    REMOVED_LINE,
    fragments,
    replace_agenda_items,
    scrub_copies,
)
from zorgdesk.services.retention import RecordTable, erase_rows
from zorgdesk.services.signals.service import SignalService
from zorgdesk.store import reconcile
from zorgdesk.store.audit import REMOVAL_ACTION, now_utc
from zorgdesk.store.vault import Vault

RECORD_KIND = "logboeknotitie"
CORRECTION_ACTION = "logboek: notitie gecorrigeerd (verzoek ouders)"
MAX_GRONDSLAG = 1_000


@dataclass(frozen=True)
class EntryChoice:
    """A record the answer may remove (or, a logboek entry, correct) - for the dialog."""

    entry_id: int  # the record's number within its kind
    title: str
    named_in_request: bool
    other_pupils: int  # how many other pupils' dossiers hold this entry too
    meldcode_evidence: bool
    kind: str = RECORD_KIND  # 'logboeknotitie', 'signalenlijst' or 'zorggesprek'

    @property
    def key(self) -> int | tuple[str, int]:
        """Logboek entries by number (``remove``), other records by (kind, number)."""
        return self.entry_id if self.kind == RECORD_KIND else (self.kind, self.entry_id)


class RequestAnswerService:
    """Answer a correction request and carry out what was granted, in one transaction."""

    def __init__(self, vault: Vault, clock: Clock = SYSTEM_CLOCK, *,
                 parents: ParentsService, logbook: LogbookService,
                 basedata: BaseDataService, signals: SignalService,
                 conversations: ConversationService,
                 same_services_on: Callable[[Vault], RequestAnswerService]) -> None:
        # The pupil's signal lists and zorggesprekken: records a granted request removes.
        self.signals = signals
        self.conversations = conversations
        # This service with all its collaborators on another vault connection (the
        # session builds it; for the worker of ``answering_for_worker``).
        self.same_services_on = same_services_on
        self.vault = vault
        self.compacted = True  # False: the last compact left the -wal file (vault.compact)
        self.clock = clock
        self.parents = parents
        self.logbook = logbook
        self.basedata = basedata

    # -- what may change --------------------------------------------------------------

    def choices(self, request_id: int) -> list[EntryChoice]:
        """The pupil's entries, those the request names first."""
        req = self.parents.correction_request(request_id)
        named = {int(i) for i in req.entry_ids}
        pupil_id = int(req.pupil_id)
        cited = removals.cited_by_meldcode(self.vault.read(), pupil_id)
        rows = self.logbook.list_rows(pupil_id, newest_first=False)
        found = [EntryChoice(r.entry_id, self.logbook.title(r.entry_id), r.entry_id in named,
                             len(r.pupil_ids) - 1, r.entry_id in cited[RECORD_KIND])
                 for r in rows]
        entries = sorted(found, key=lambda c: not c.named_in_request)
        checks = sorted(self.signals.checks(pupil_id), key=lambda c: (c.checked_on, c.id))
        conversations = sorted(self.conversations.for_pupil(pupil_id),
                               key=lambda c: (c.gesprek.on, c.id))
        cur = self.vault.read()
        return [*entries,
                *(EntryChoice(c.id, self.signals.title(c.id), False, 0,
                              bool(removals.chain(cur, removals.SIGNALS, c.id)
                                   & cited[removals.SIGNALS]), removals.SIGNALS)
                  for c in checks if c.corrects_check_id is None),
                *(EntryChoice(c.id, self.conversations.title(c.id), False, 0,
                              c.id in cited[removals.CONVERSATION], removals.CONVERSATION)
                  for c in conversations)]

    def supplement_choices(self, request_id: int) -> list[supplements.SupplementChoice]:
        """What was added to the pupil's dossier on or after the day the request came in
        (zienswijzen, aanvullingen, new entries): what a grant may name as done."""
        req = self.parents.correction_request(request_id)
        pupil_id = int(req.pupil_id)
        entries = {r.entry_id: (r.entry_date, self.logbook.title(r.entry_id))
                   for r in self.logbook.list_rows(pupil_id, newest_first=False)}
        return supplements.choices(self.vault.read(), pupil_id, req.received, entries)

    def _meldcode_evidence(self, pupil_id: int) -> set[int]:
        """Entries a meldcode dossier of this pupil cites as evidence (Wet meldcode)."""
        return removals.cited_by_meldcode(self.vault.read(), pupil_id)[RECORD_KIND]

    def has_meldcode_dossier(self, request_id: int) -> bool:
        """Whether the answer may record that the meldcode dossier is kept."""
        pupil_id = int(self.parents.correction_request(request_id).pupil_id)
        return removals.has_meldcode_dossier(self.vault.read(), pupil_id)

    # -- answering --------------------------------------------------------------------

    def answer(self, request_id: int, outcome: CorrectionOutcome | str,
               answered_on: date | str, motivation: str = "", *,
               remove: Iterable[int] = (), correct: Mapping[int, LogbookEntryDraft] = {},
               grondslag: str = "", remove_records: Iterable[tuple[str, int]] = (),
               keep_meldcode: bool = False, supplemented: Iterable[tuple[str, int]] = ()
               ) -> CorrectionRequest:
        """Answer the request; on a grant, remove and correct the entries named.

        ``remove_records``: signalenlijsten and zorggesprekken to remove, as
        ("signalenlijst" | "zorggesprek", number). ``keep_meldcode``: record that the
        meldcode dossier stays (the letter tells the parents why). ``supplemented``: what
        was added to the dossier on the request, as ("zienswijze" | "aanvulling" |
        "logboeknotitie", number) from ``supplement_choices``. A grant names at least one
        removal, correction or addition: the letter says exactly what was done.

        Everything is checked first (Dutch ValidationError, nothing written),
        then the answer, the removals, the corrections, their proof and audit rows
        commit in one transaction; afterwards the file is rewritten without free pages.
        """
        answer, removed, corrected, grondslag, others, added = self._checked(
            request_id, outcome, answered_on, motivation, remove, correct, grondslag,
            remove_records, keep_meldcode, supplemented)
        with self.vault.transaction() as cur:
            cur.execute("PRAGMA defer_foreign_keys = ON")  # a correction chain goes at once
            self.parents.insert_answer(cur, answer)
            supplements.insert(self.vault, cur, request_id, int(answer.pupil_id), added)
            for entry_id in removed:
                self._remove_entry(cur, answer, entry_id, grondslag)
            for entry_id, (entry, who) in corrected.items():
                self._replace_versions(cur, answer, entry_id, entry, who, grondslag)
            for kind, record_id in others:
                self._remove_record(cur, answer, kind, record_id, grondslag)
            if keep_meldcode:
                self._proof(cur, answer, 0, None, ChangeKind.KEPT, 0,
                            MELDCODE_KEPT_GROUND, removals.MELDCODE_KIND)
            if removed or corrected:
                purge_search_index(self.vault, cur, None)
        if removed or corrected or others:
            self.compacted = self.vault.compact()
        return self.parents.correction_request(request_id)

    def answering_for_worker(self, request_id: int, outcome: CorrectionOutcome | str,
                             answered_on: date | str, motivation: str = "",
                             **changes) -> Callable[[], bool]:
        """``answer`` as work for a worker thread (removals rewrite the whole file); made
        on the UI thread, where the checks run first (Dutch ValidationError at once).

        The returned function opens the vault on a connection of its own thread, answers
        there in the same one transaction, compacts the file and closes it. Meanwhile the
        session's connection must not write (the UI shows a window-modal dialog that
        cannot be cancelled: the transaction cannot stop halfway). It returns whether
        the -wal file was emptied (else ``Session.settle_compact`` on the UI thread).
        """
        self.check(request_id, outcome, answered_on, motivation, **changes)
        open_writer, same_services = self.vault.writer_for_worker(), self.same_services_on

        def answer() -> bool:
            writer = open_writer()
            try:
                service = same_services(writer)
                service.answer(request_id, outcome, answered_on, motivation, **changes)
                return service.compacted
            finally:
                writer.close()

        return answer

    def check(self, request_id: int, outcome: CorrectionOutcome | str,
              answered_on: date | str, motivation: str = "", *,
              remove: Iterable[int] = (), correct: Mapping[int, LogbookEntryDraft] = {},
              grondslag: str = "", remove_records: Iterable[tuple[str, int]] = (),
              keep_meldcode: bool = False, supplemented: Iterable[tuple[str, int]] = ()
              ) -> None:
        """``answer``'s checks only (Dutch ValidationError); writes nothing. The
        dialog asks "definitief verwijderen?" only for an answer that would be saved."""
        self._checked(request_id, outcome, answered_on, motivation, remove, correct,
                      grondslag, remove_records, keep_meldcode, supplemented)

    def _checked(self, request_id, outcome, answered_on, motivation, remove, correct,
                 grondslag, remove_records=(), keep_meldcode=False, supplemented=()):
        answer = self.parents.checked_answer(request_id, outcome, answered_on, motivation)
        removed = sorted(set(int(i) for i in remove))
        others = sorted({(str(k), int(i)) for k, i in remove_records})
        grondslag = clean(grondslag)
        added, problems = self._supplements(request_id, supplemented)
        if any(c.kind.value == "logboeknotitie" and c.record_id in removed for c in added):
            problems.append(("supplements", "Een notitie die u verwijdert, kan niet ook als "
                                            "toegevoegd in de brief staan."))
        problems += check_changes(answer.outcome, len(removed) + len(others), len(correct),
                                  grondslag, len(added))
        if len(grondslag) > MAX_GRONDSLAG:
            problems.append(("grondslag", f"De grondslag is te lang; het maximum is "
                                          f"{MAX_GRONDSLAG} tekens."))
        pupil_id = int(answer.pupil_id)
        own = {r.entry_id for r in self.logbook.list_rows(pupil_id)}
        cur = self.vault.read()
        cited = removals.cited_by_meldcode(cur, pupil_id)
        evidence = cited[RECORD_KIND]
        problems += self._record_problems(cur, pupil_id, others, cited)
        if keep_meldcode and not removals.has_meldcode_dossier(cur, pupil_id):
            problems.append(("meldcode", "Deze leerling heeft geen meldcodedossier."))
        for entry_id in [*removed, *correct]:
            if int(entry_id) not in own:
                problems.append(("entries", "Kies notities uit het logboek van deze leerling."))
                break
        if set(removed) & {int(i) for i in correct}:
            problems.append(("entries", "Een notitie wordt verwijderd of verbeterd, niet "
                                        "allebei."))
        for entry_id in removed:
            if entry_id in evidence:
                problems.append(("entries", f"{self.logbook.title(entry_id)} is onderbouwing "
                                 "in het meldcodedossier (Wet meldcode) en kan niet worden "
                                 "verwijderd. Verbeter de notitie, of wijs dit deel van het "
                                 "verzoek gemotiveerd af."))
        corrected = self._validated_corrections(correct, problems) if not problems else {}
        if problems:
            raise ValidationError(problems)
        return answer, removed, corrected, grondslag, others, added

    def _supplements(self, request_id: int, supplemented: Iterable[tuple[str, int]]
                     ) -> tuple[list, list[tuple[str, str]]]:
        """The chosen additions, and a problem for one that is not the pupil's or dated
        before the request came in."""
        keys = list(dict.fromkeys((str(k), int(i)) for k, i in supplemented))
        if not keys:
            return [], []
        offered = {c.key: c for c in self.supplement_choices(request_id)}
        if any(key not in offered for key in keys):
            return [], [("supplements", "Kies wat na ontvangst van het verzoek aan het "
                                        "dossier van deze leerling is toegevoegd.")]
        return [offered[key] for key in keys], []

    @staticmethod
    def _record_problems(cur, pupil_id: int, others, cited) -> list[tuple[str, str]]:
        problems = []
        for kind, record_id in others:
            if kind not in (removals.SIGNALS, removals.CONVERSATION):
                problems.append(("entries", "Alleen logboeknotities, signalenlijsten en "
                                            "zorggesprekken kunnen worden verwijderd."))
            elif removals.owner(cur, kind, record_id) != pupil_id:
                problems.append(("entries", "Kies stukken uit het dossier van deze "
                                            "leerling."))
            elif removals.chain(cur, kind, record_id) & cited[kind]:
                # A signalenlijst goes with its correction chain: refused when any
                # check of that chain is evidence.
                label = "Deze signalenlijst" if kind == removals.SIGNALS else "Dit zorggesprek"
                problems.append(("entries", f"{label} is onderbouwing in het "
                                 "meldcodedossier (Wet meldcode) en kan niet worden "
                                 "verwijderd. Wijs dit deel van het verzoek gemotiveerd af."))
        return list(dict.fromkeys(problems))

    def _validated_corrections(self, correct: Mapping[int, LogbookEntryDraft],
                               problems: list[tuple[str, str]]) -> dict:
        result = {}
        for entry_id, draft in correct.items():
            try:
                entry, who = self.logbook.validated(draft)
            except ValidationError as exc:
                problems += exc.problems
                continue
            current = self.logbook.history(int(entry_id)).current.content
            if set(entry.pupil_ids) != set(current.pupil_ids):
                problems.append(("pupil_ids", "Bij een correctie blijven dezelfde leerlingen "
                                              "betrokken."))
                continue
            result[int(entry_id)] = (entry, who)
        return result

    def _remove_entry(self, cur, answer: CorrectionRequest, entry_id: int,
                      grondslag: str) -> None:
        entry_date, versions = self._entry_facts(cur, entry_id)
        pupils, texts = self._entry_pupils(cur, entry_id), self._entry_texts(cur, entry_id)
        tables = (*attachment_tables.record_tables(RecordKind.LOGBOEK), *ENTRY_REMOVAL)
        self._erase(cur, tables, entry_id)
        # The copies the app made of its text go too (agenda items, drafts, trail).
        replace_agenda_items(self.vault, cur, pupils, "logboek", entry_id, {
            "source": "tekst", "id": None,
            "text": REMOVED_LINE.format(kind="Logboeknotitie", day=entry_date)})
        scrub_copies(self.vault, cur, pupils, texts,
                     keep=removals.other_titles(cur, tuple(pupils), entry_id=entry_id))
        self._proof(cur, answer, entry_id, entry_date, ChangeKind.REMOVED, versions, grondslag)

    def _remove_record(self, cur, answer: CorrectionRequest, kind: str, record_id: int,
                       grondslag: str) -> None:
        """A signalenlijst (with its correction chain) or a zorggesprek, and its copies."""
        found = removals.facts(cur, kind, record_id)
        for row_id in found.row_ids:
            self._erase(cur, removals.removal_tables(kind), row_id)
        source, label = removals.agenda(kind)
        if source is not None:
            for row_id in found.row_ids:
                replace_agenda_items(self.vault, cur, found.pupil_ids, source, row_id, {
                    "source": "tekst", "id": None,
                    "text": REMOVED_LINE.format(kind=label, day=found.record_date)})
        scrub_copies(self.vault, cur, found.pupil_ids, found.texts, exact=found.titles,
                     keep=found.others)
        self._proof(cur, answer, record_id, found.record_date, ChangeKind.REMOVED,
                    found.versions, grondslag, kind)

    def _replace_versions(self, cur, answer: CorrectionRequest, entry_id: int, entry,
                          who: str, grondslag: str) -> None:
        _old_date, versions = self._entry_facts(cur, entry_id)
        pupils, old_texts = self._entry_pupils(cur, entry_id), self._entry_texts(cur, entry_id)
        self._erase(cur, ENTRY_VERSIONS, entry_id)
        now = now_utc()
        self.logbook.insert_version(cur, entry_id, 1, entry, who, now, None)
        # Agenda items now quote the corrected text; other copies lose the old one.
        replace_agenda_items(self.vault, cur, pupils, "logboek", entry_id, {
            "source": "logboek", "id": entry_id,
            "text": discussion_line(entry.entry_date, entry.situation)})
        kept = set(self._entry_texts(cur, entry_id))
        scrub_copies(self.vault, cur, pupils, [t for t in old_texts if t not in kept],
                     keep=(*fragments(kept), *removals.other_titles(
                         cur, tuple(pupils), entry_id=entry_id)))
        cur.execute("INSERT INTO logbook_fts (rowid, body) VALUES (?, ?)",
                    (entry_id, search_body(entry, who)))
        self.vault.audit(cur, CORRECTION_ACTION, "logbook_entry", entry_id,
                         {"request_id": int(answer.request_id), "versions_removed": versions})
        self._proof(cur, answer, entry_id, entry.entry_date, ChangeKind.CORRECTED, versions,
                    grondslag)

    @staticmethod
    def _entry_pupils(cur, entry_id: int) -> list[int]:
        return [r[0] for r in cur.execute(
            "SELECT pupil_id FROM logbook_entry_pupil WHERE entry_id = ?", (entry_id,))]

    @staticmethod
    def _entry_texts(cur, entry_id: int) -> list[str]:
        """The entry's situation in every version: the text the app copies elsewhere
        (its title in pickers and the sharing trail). Its other fields (location,
        involved, parent contacts) are not copied by the app; the same words elsewhere
        were typed there by the IB and stay (issue 21 review)."""
        texts: list[str] = []
        for (content,) in cur.execute(
                "SELECT content FROM logbook_version WHERE entry_id = ?", (entry_id,)):
            situation = json.loads(content).get("situation") if content else None
            if isinstance(situation, str):
                texts.append(situation)
        return texts

    @staticmethod
    def _entry_facts(cur, entry_id: int) -> tuple[date, int]:
        """The entry's date (of its current version) and how many versions it has."""
        row = cur.execute(
            "SELECT (SELECT entry_date FROM logbook_version WHERE entry_id = ?"
            " ORDER BY version_no DESC LIMIT 1), count(*) FROM logbook_version"
            " WHERE entry_id = ?", (entry_id, entry_id)).fetchone()
        return date.fromisoformat(row[0]), int(row[1])

    def _erase(self, cur, tables: Iterable[RecordTable], record_id: int) -> None:
        """``erase_rows``, with a removal row in the audit log for every removed row the
        log names (so the reconciliation knows it went lawfully)."""
        tables = tuple(tables)
        watched = set(reconcile.rowid_tables())
        gone = {t.name: [r[0] for r in cur.execute(
            f"SELECT rowid FROM {t.name} WHERE {t.where}",  # noqa: S608 - registered SQL
            {"record_id": record_id}).fetchall()] for t in tables if t.name in watched}
        erase_rows(cur, tables, {"record_id": record_id})
        for table, row_ids in gone.items():
            for row_id in row_ids:
                named = cur.execute("SELECT 1 FROM audit_log WHERE entity = ? AND entity_id = ?"
                                    " LIMIT 1", (table, str(row_id))).fetchone()
                if named:
                    self.vault.audit(cur, REMOVAL_ACTION, table, row_id, {})

    def _proof(self, cur, answer: CorrectionRequest, entry_id: int, entry_date: date | None,
               change: ChangeKind, versions: int, grondslag: str,
               kind: str = RECORD_KIND) -> None:
        """The proof without content; logboek entries in m0013's table, the other kinds
        (and the decision to keep the meldcode dossier) in m0017's twin."""
        table = "logbook_request_change" if kind == RECORD_KIND else "request_record_change"
        cur.execute(
            f"INSERT INTO {table} (request_id, pupil_id, record_kind, record_id,"  # noqa: S608
            " record_date, change, versions_removed, grondslag, recorded_by, recorded_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            (int(answer.request_id), int(answer.pupil_id), kind, entry_id,
             entry_date.isoformat() if entry_date else None, change.value, versions,
             grondslag, self.vault.user.name, now_utc()))
        self.vault.audit(cur, "logboek.wijziging_op_verzoek", table,
                         cur.lastrowid, {"request_id": int(answer.request_id),
                                         "record_kind": kind, "record_id": entry_id,
                                         "change": change.value, "grondslag": grondslag})

    # -- reading ----------------------------------------------------------------------

    def changes(self, request_id: int) -> list[RequestChange]:
        return self.parents.request_changes("request_id = ?", (request_id,))

    def changes_for_entry(self, entry_id: int) -> list[RequestChange]:
        return self.parents.request_changes(
            "record_kind = 'logboeknotitie' AND record_id = ?", (entry_id,))

    # -- the written answer -----------------------------------------------------------

    def letter(self, request_id: int) -> AnswerLetter:
        req = self.parents.correction_request(request_id)
        if req.is_open:
            raise ValidationError(
                [("outcome", "Beantwoord het verzoek eerst; daarna volgt de brief.")])
        school = self.basedata.school()
        return AnswerLetter(req, self.basedata.pupil(int(req.pupil_id)).display_name,
                            school.name, school.place, self.vault.user.name, IB_ROLE)

    def letter_pdf(self, request_id: int) -> bytes:
        """The answer to the parents as a PDF (Dutch), ready to print and sign."""
        from zorgdesk.reports.answer_letter_pdf import render_answer_letter

        letter = self.letter(request_id)
        pupil = self.basedata.printed_pupil(int(letter.request.pupil_id))
        return render_answer_letter(letter, pupil, self.clock.today())

