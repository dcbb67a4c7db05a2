"""Row seals: a keyed MAC per row, so a record changed outside ZorgDesk is detected.

The audit chain proves the *log* was not edited; it cannot prove a pupil row still
holds what ZorgDesk wrote, because audit rows carry only field names and a digest
of what one service call passed (an update logs only the changed fields). Seals
close that gap with a mechanism that does not depend on every service passing the
right dictionary:

* Triggers on every sealed table call ``zd_seal(...)`` after each INSERT/UPDATE and
  store the MAC in ``row_seal``. The function exists only on connections ZorgDesk
  opened (it is registered with the vault's key), so the triggers see every write
  a service makes - without the services knowing about seals.
* Opened with any other SQLCipher client (even with the right key), the function
  is missing: INSERT, UPDATE and DELETE on a sealed table fail. To change a row
  anyway someone must drop the triggers - ``verify`` reports missing triggers and
  every row whose content no longer matches its seal.

Which tables are sealed is one registry (``SEALED``: base + feature tables). After
the migrations ran, ``install`` seals every registered table that exists and was
never sealed before, existing rows included - so a feature only adds its table to
the registry, and a vault from an older schema gets its old rows sealed on open.
``row_seal`` itself is created before any migration runs, so a migration may still
append ``seal_sql(...)`` (m0005 does) on a brand-new vault.

Limit (documented in docs/security.md): someone who holds the data key and reads
this source can recompute seals, exactly as for the audit chain.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json

from zorgdesk.domain.progress import Progress
from zorgdesk.store.row_mac import HmacSha256, compact_json

SEAL_FUNCTION = "zd_seal"
PROGRESS_EVERY = 5_000  # rows between two progress reports (and looks at Annuleren)
GUARD_FUNCTION = "zd_seal_guard"
COUNT_FUNCTION = "zd_seal_count"  # tells the keyed head (store/head.py) rows came or went

# The base tables and their columns; verify insists on these even if meta is edited.
BASE_SEALED = {
    "school": ("name", "place", "logo", "retention_years"),
    "app_user": ("name", "role"),
    "staff": ("name", "role", "active"),
    "school_group": ("name", "active"),
    "pupil": ("first_name", "tussenvoegsel", "last_name", "date_of_birth", "gender",
              "group_id", "start_date", "leave_date", "active"),
    "guardian": ("pupil_id", "name", "relation", "phone", "email", "parental_authority",
                 "active"),
    "sibling_link": ("pupil_a", "pupil_b"),
    "setting": ("key", "value"),
    "sharing_record": ("pupil_id", "shared_on", "shared_with", "what", "basis",
                       "recorded_by", "recorded_at"),
}

TABLE_LABELS = {
    "school": "de school", "app_user": "een gebruiker", "staff": "een medewerker",
    "school_group": "een groep", "pupil": "een leerling", "guardian": "een ouder/verzorger",
    "sibling_link": "een broer/zus-koppeling", "setting": "een instelling",
    "sharing_record": "een verstrekking",
    "logbook_entry": "logboeknotitie", "logbook_entry_pupil": "logboekkoppeling",
    "logbook_version": "logboekversie", "logbook_zienswijze": "zienswijze",
    "logbook_correction_request": "correctieverzoek",
    "logbook_correction_answer": "antwoord op correctieverzoek",
    "logbook_request_change": "wijziging op verzoek van ouders",
    "request_record_change": "wijziging op verzoek van ouders",
    "request_supplement": "aanvulling op verzoek van ouders",
    "logbook_agreement_evaluation": "evaluatie van een afspraak",
    "logbook_progress": "aanvulling over het verloop",
    "signal_check": "signalenlijst", "signal_check_item": "signaal in signalenlijst",
    "signal_check_item_logbook": "koppeling signaal-logboek",
    "signal_check_number": "nummer van een signalenlijst",
    "flag_assessment": "vlaggenbeoordeling", "flag_assessment_score": "vlaggenscore",
    "conversation": "zorggesprek", "conversation_status_event": "ondertekening",
    "conversation_addendum": "aanvulling op zorggesprek",
    "conversation_scan": "scan van zorggesprek",
    "conversation_action_event": "actiepunt-gebeurtenis",
    "meldcode_trajectory": "meldcodetraject", "meldcode_event": "meldcodestap",
    "peer_incident": "incident tussen leerlingen", "peer_incident_event": "incidentstap",
    "staff_abuse_case": "dossier medewerker", "staff_abuse_event": "stap dossier medewerker",
    "attachment": "bijlage", "attachment_removal": "verwijdering van een bijlage",
    "social_map_entry": "sociale-kaartregel",
    "group_former_name": "vorige groepsnaam",
    "person_nickname": "bijnamenregel",
}
# Feature labels are nouns ("logboekversie 12 is gewijzigd"); base labels read as
# "een leerling". Only the table kind and the row number appear, never content.
FEATURE_LABELS = frozenset(TABLE_LABELS) - frozenset(BASE_SEALED)

# Feature tables with pupil data. Not sealed, on purpose: form_draft (unsaved drafts
# the IB overwrites every few seconds; not part of the dossier) and logbook_fts* (a
# search index rebuilt from logbook_version; sealing the shadow tables of FTS5 would
# break its own internal writes).
FEATURE_SEALED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "logbook_entry": (("created_at", "created_by"), ("rowid",)),
    "logbook_entry_pupil": (("entry_id", "pupil_id"), ("entry_id", "pupil_id")),
    "logbook_version": (("entry_id", "version_no", "entry_date", "entry_time", "domain",
                         "signalled_by", "content", "author", "created_at", "reason"),
                        ("rowid",)),
    "logbook_zienswijze": (("pupil_id", "received", "given_by", "text", "entry_ids",
                            "recorded_by", "recorded_at"), ("rowid",)),
    "logbook_correction_request": (("pupil_id", "received", "requested_by", "request",
                                    "entry_ids", "recorded_by", "recorded_at"), ("rowid",)),
    "logbook_correction_answer": (("request_id", "outcome", "answered_on", "motivation",
                                   "recorded_by", "recorded_at"), ("rowid",)),
    "logbook_request_change": (("request_id", "pupil_id", "record_kind", "record_id",
                                "record_date", "change", "versions_removed", "grondslag",
                                "recorded_by", "recorded_at"), ("rowid",)),
    "request_record_change": (("request_id", "pupil_id", "record_kind", "record_id",
                               "record_date", "change", "versions_removed", "grondslag",
                               "recorded_by", "recorded_at"), ("rowid",)),
    "request_supplement": (("request_id", "pupil_id", "record_kind", "record_id",
                            "record_date", "about_date", "recorded_by", "recorded_at"),
                           ("rowid",)),
    "logbook_agreement_evaluation": (("entry_id", "agreement_text", "evaluation_date",
                                      "evaluated_on", "note", "recorded_by", "recorded_at"),
                                     ("rowid",)),
    "logbook_progress": (("entry_id", "note_date", "note_time", "text", "outcome", "author",
                          "created_at"), ("rowid",)),
    "signal_check": (("pupil_id", "catalogue_id", "catalogue_version", "catalogue_title",
                      "checked_on", "checked_by", "corrects_check_id", "recorded_by",
                      "created_at"), ("rowid",)),
    "signal_check_item": (("check_id", "position", "item_id", "item_text", "group_title",
                           "note", "contra"), ("rowid",)),
    "signal_check_item_logbook": (("check_item_id", "logbook_entry_id"),
                                  ("check_item_id", "logbook_entry_id")),
    "signal_check_number": (("check_id", "pupil_id", "number"), ("check_id",)),
    "flag_assessment": (("pupil_id", "assessed_on", "behaviour", "suggested_flag",
                         "suggestion_reasoning", "confirmed_flag", "override_reason",
                         "assessed_by", "created_at"), ("rowid",)),
    "flag_assessment_score": (("assessment_id", "criterion_id", "score"),
                              ("assessment_id", "criterion_id")),
    # Mutable while concept: the update trigger re-seals every ZorgDesk update.
    "conversation": (("pupil_id", "kind", "planned_on", "planned_at", "place", "subject",
                      "attendees_json", "signals_json", "preparation_json",
                      "phase_notes_json", "follow_up_on", "agreements_json", "frozen",
                      "created_by", "created_at", "updated_at"), ("rowid",)),
    "conversation_status_event": (("conversation_id", "signer", "status", "on_date", "place",
                                   "parents_view", "recorded_by", "recorded_at"), ("rowid",)),
    "conversation_addendum": (("conversation_id", "on_date", "author", "text",
                               "recorded_at"), ("rowid",)),
    "conversation_scan": (("conversation_id", "filename", "size", "data", "recorded_by",
                           "recorded_at"), ("rowid",)),
    "conversation_action_event": (("conversation_id", "agreement_no", "outcome", "on_date",
                                   "note", "recorded_by", "recorded_at"), ("rowid",)),
    "meldcode_trajectory": (("pupil_id", "started", "leader", "created_at"), ("rowid",)),
    "meldcode_event": (("trajectory_id", "seq", "event", "author", "created_at"), ("rowid",)),
    "peer_incident": (("occurred_on", "created_at"), ("rowid",)),
    "staff_abuse_case": (("pupil_id", "created_at"), ("rowid",)),
    "staff_abuse_event": (("case_id", "seq", "event", "author", "created_at"), ("rowid",)),
    "peer_incident_event": (("incident_id", "seq", "pupil_id", "event", "author", "created_at"),
                            ("rowid",)),
    "attachment": (("pupil_id", "record_kind", "record_id", "filename", "file_kind", "size",
                    "sha256", "recorded_by", "recorded_at", "data"), ("rowid",)),
    "attachment_removal": (("attachment_id", "reason", "recorded_by", "recorded_at"),
                           ("rowid",)),
    # Mutable (the school's own list): the update trigger re-seals every ZorgDesk update.
    "social_map_entry": (("category", "organisation", "contact_person", "phone", "email",
                          "website", "note", "active", "created_at", "updated_at"),
                         ("rowid",)),
    "group_former_name": (("group_id", "name", "until", "recorded_by", "recorded_at"),
                          ("rowid",)),
    # Mutable (the IB edits the list): the update trigger re-seals every ZorgDesk update.
    "person_nickname": (("pupil_id", "guardian_id", "staff_id", "nicknames", "recorded_by",
                         "recorded_at"), ("rowid",)),
}

ROW_SEAL_TABLE_SQL = """
CREATE TABLE IF NOT EXISTS row_seal (
    tbl TEXT NOT NULL,
    row_id NOT NULL,  -- rowid, or the primary key for tables whose rowid VACUUM may change
    mac TEXT NOT NULL,
    PRIMARY KEY (tbl, row_id)
);
"""


def seal_key(data_key: bytes) -> bytes:
    return hmac.new(bytes(data_key), b"zorgdesk-rowseal-v1", hashlib.sha256).digest()


def _plain(value: object) -> object:
    """How a value that JSON has no form for enters the MAC: a blob by its digest."""
    if isinstance(value, bytes | bytearray | memoryview):
        return "blob:" + hashlib.sha256(bytes(value)).hexdigest()
    return str(value)


# One C encoder for every row; blobs reach ``_plain`` through ``default``, so no
# per-value Python loop is needed. Same text as json.dumps([table, row_id, values], ...).
_ENCODE = compact_json(_plain)


class RowMac:
    """The seal of a row under one key; the keyed HMAC state is set up once."""

    def __init__(self, key: bytes) -> None:
        self._hexdigest = HmacSha256(key).hexdigest

    def __call__(self, table: str, row_id: object, values: tuple | list) -> str:
        if not isinstance(values, tuple | list):
            values = list(values)
        return self._hexdigest(_ENCODE((table, row_id, values)).encode("utf-8"))


def row_mac(key: bytes, table: str, row_id: object, values: tuple | list) -> str:
    return RowMac(key)(table, row_id, values)


def register(conn, key: bytes, on_count=None, on_write=None) -> None:
    """Make the seal triggers work on this connection (ZorgDesk's own only).

    ``on_count(table, delta)`` hears every sealed row that is added (+1) or removed
    (-1); without it the counts are dropped (migrations and sealing at open are
    carried over into the head by counting instead). ``on_write(table)`` hears every
    sealed row that is written (inserted or updated) on this connection.
    """
    mac = RowMac(key)
    if on_write is None:
        def seal_row(table, row_id, *values):
            return mac(table, row_id, values)
    else:
        def seal_row(table, row_id, *values):
            on_write(table)
            return mac(table, row_id, values)
    conn.create_function(SEAL_FUNCTION, -1, seal_row, deterministic=True)
    conn.create_function(GUARD_FUNCTION, 0, lambda: 1)
    conn.create_function(COUNT_FUNCTION, 2, on_count or (lambda table, delta: 0))


def _check(name: str) -> str:
    if not name.isidentifier():
        raise ValueError(f"not an identifier: {name!r}")
    return name


def _key_expr(key_columns: tuple[str, ...], prefix: str) -> str:
    return " || '-' || ".join(f"{prefix}{c}" for c in key_columns)


# Tables without an INTEGER PRIMARY KEY: VACUUM may renumber their rowids, so their
# seals are keyed by the real primary key instead.
KEY_COLUMNS = {"sibling_link": ("pupil_a", "pupil_b"), "setting": ("key",)}

# Every table ZorgDesk seals: name -> (sealed columns, key columns).
SEALED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    **{t: (cols, KEY_COLUMNS.get(t, ("rowid",))) for t, cols in BASE_SEALED.items()},
    **FEATURE_SEALED,
}


def seal_sql(table: str, columns: tuple[str, ...] | list[str],
             key_columns: tuple[str, ...] = ("rowid",)) -> str:
    """Triggers + initial seals + meta registration for one table (for a migration).

    ``key_columns``: keep the default for tables with an INTEGER PRIMARY KEY; pass
    the primary-key columns otherwise (VACUUM keeps only INTEGER PRIMARY KEY rowids).
    """
    table = _check(table)
    cols = [_check(c) for c in columns]
    keys = tuple(_check(c) for c in key_columns)
    new_values = ", ".join(f"NEW.{c}" for c in cols)
    row_values = ", ".join(cols)
    new_key, old_key = _key_expr(keys, "NEW."), _key_expr(keys, "OLD.")
    row_key = _key_expr(keys, "")
    meta_value = json.dumps({"columns": cols, "key": list(keys)}).replace("'", "''")
    return f"""
INSERT INTO meta (key, value) VALUES ('sealed:{table}', '{meta_value}');
INSERT INTO row_seal (tbl, row_id, mac)
    SELECT '{table}', {row_key}, {SEAL_FUNCTION}('{table}', {row_key}, {row_values})
    FROM {table};
{_insert_trigger(table, new_key, new_values)}
{_update_trigger(table, new_key, old_key, new_values)}
{_delete_trigger(table, old_key)}
"""


# ``row_id`` has no type; compared with ``OLD.rowid`` (INTEGER affinity) SQLite applies
# that affinity to it and can no longer use the primary-key index: every seal trigger
# then read all seals of its table (2.5 ms per row written at 60,000 rows, issue 23).
# A unary + takes the affinity away, so the index is used; the values compared are the
# same ones (row_id holds exactly the key expression's value).
INDEXED_MATCH = "row_id = +("


def _match(key: str) -> str:
    return f"{INDEXED_MATCH}{key})"


def _update_trigger(table: str, new_key: str, old_key: str, new_values: str) -> str:
    return f"""CREATE TRIGGER {table}_seal_update AFTER UPDATE ON {table}
BEGIN
    DELETE FROM row_seal WHERE tbl = '{table}' AND {_match(old_key)};
    INSERT OR REPLACE INTO row_seal (tbl, row_id, mac)
    VALUES ('{table}', {new_key}, {SEAL_FUNCTION}('{table}', {new_key}, {new_values}));
END;"""


def _count_sql(table: str, key: str, delta: int) -> str:
    """Report a seal that is about to appear (+1) or go (-1): exactly row_seal's count,
    also for INSERT OR REPLACE (whose implicit delete fires no trigger)."""
    exists = "NOT EXISTS" if delta > 0 else "EXISTS"
    return (f"\n    SELECT {COUNT_FUNCTION}('{table}', {delta}) WHERE {exists} "
            f"(SELECT 1 FROM row_seal WHERE tbl = '{table}' AND {_match(key)});")


def _insert_trigger(table: str, new_key: str, new_values: str) -> str:
    mac = f"{SEAL_FUNCTION}('{table}', {new_key}, {new_values})"
    return f"""CREATE TRIGGER {table}_seal_insert AFTER INSERT ON {table}
BEGIN{_count_sql(table, new_key, 1)}
    INSERT OR REPLACE INTO row_seal (tbl, row_id, mac)
    VALUES ('{table}', {new_key}, {mac});
END;"""


def _delete_trigger(table: str, old_key: str) -> str:
    return f"""CREATE TRIGGER {table}_seal_delete AFTER DELETE ON {table}
BEGIN
    SELECT {GUARD_FUNCTION}();{_count_sql(table, old_key, -1)}
    DELETE FROM row_seal WHERE tbl = '{table}' AND {_match(old_key)};
END;"""


def upgrade_triggers(conn) -> bool:
    """Rewrite the seal triggers of an older version (at open): insert/delete without
    their count call, or any of them comparing ``row_id`` without the index
    (``INDEXED_MATCH``).

    Only triggers that exist are rewritten, from the columns registered in meta: a
    trigger someone removed stays removed, so verify keeps reporting it.
    """
    triggers = dict(conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall())
    todo = []
    for table, (columns, keys) in sealed_tables(conn).items():
        if not columns or not table.isidentifier():
            continue
        key_cols = tuple(_check(k) for k in keys)
        new_values = ", ".join(f"NEW.{_check(c)}" for c in columns)
        new_key, old_key = _key_expr(key_cols, "NEW."), _key_expr(key_cols, "OLD.")
        for kind, sql, needs in (
                ("insert", _insert_trigger(table, new_key, new_values),
                 (COUNT_FUNCTION, INDEXED_MATCH)),
                ("update", _update_trigger(table, new_key, old_key, new_values),
                 (INDEXED_MATCH,)),
                ("delete", _delete_trigger(table, old_key), (COUNT_FUNCTION, INDEXED_MATCH))):
            name = f"{table}_seal_{kind}"
            if name in triggers and not all(n in (triggers[name] or "") for n in needs):
                todo += [f"DROP TRIGGER {name}", sql]
    if not todo:
        return False
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in todo:
            conn.execute(statement)
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(Exception):
            conn.execute("ROLLBACK")
        raise
    return True


def ensure_table(conn) -> None:
    """Create ``row_seal`` before migrations run, so a migration may use seal_sql."""
    conn.execute(ROW_SEAL_TABLE_SQL)


def _installed(conn, existing: set[str]) -> set[str]:
    """Tables ever sealed in this vault (kept in meta, so a removed seal stays removed)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'seal_installed'").fetchone()
    if row is not None:
        return set(json.loads(row[0]))
    done = {r[0].split(":", 1)[1] for r in conn.execute(
        "SELECT key FROM meta WHERE key LIKE 'sealed:%'").fetchall()}
    pending = conn.execute("SELECT value FROM meta WHERE key = 'seal_pending'").fetchone()
    if pending is not None:  # vault sealed by the previous version of this module
        done |= {t for t in BASE_SEALED if t not in json.loads(pending[0])}
    return done


def install(conn, split_sql) -> None:
    """Seal every registered table that exists and was never sealed (one transaction).

    Runs after the migrations on every open: a table a migration just created, or a
    feature table of a vault made before it was registered, gets its triggers and
    its existing rows sealed. A table whose seal someone removed is NOT sealed
    again: that would launder the change, so verify reports it instead.
    """
    existing = {r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    installed = _installed(conn, existing)
    todo = [t for t in SEALED if t in existing and t not in installed]
    marker = conn.execute("SELECT 1 FROM meta WHERE key = 'seal_installed'").fetchone()
    if not todo and marker is not None and "row_seal" in existing:
        return
    script = ROW_SEAL_TABLE_SQL + "".join(
        seal_sql(t, SEALED[t][0], SEALED[t][1]) for t in todo)
    conn.execute("BEGIN IMMEDIATE")
    try:
        for statement in split_sql(script):
            conn.execute(statement)
        conn.execute("INSERT INTO meta (key, value) VALUES ('seal_installed', ?)"
                     " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                     (json.dumps(sorted(installed | set(todo))),))
        conn.execute("DELETE FROM meta WHERE key = 'seal_pending'")
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(Exception):  # a full disk may have rolled back already
            conn.execute("ROLLBACK")
        raise


def sealed_tables(cursor) -> dict[str, tuple[list[str], list[str]]]:
    """table -> (sealed columns, key columns), as registered in meta."""
    rows = cursor.execute("SELECT key, value FROM meta WHERE key LIKE 'sealed:%'").fetchall()
    found = {}
    for key, value in rows:
        try:
            data = json.loads(value)
            found[key.split(":", 1)[1]] = ([str(c) for c in data["columns"]],
                                           [str(c) for c in data["key"]])
        except (ValueError, KeyError, TypeError):
            found[key.split(":", 1)[1]] = ([], ["rowid"])
    return found


def label_of(table: str) -> str:
    return TABLE_LABELS.get(table, f"tabel {table}")


class RowProblem(str):
    """A finding about one sealed row: the Dutch text (kind and number, no content) that
    is shown and may be logged, plus which row it is about (``table``, ``row_id``) and
    ``what`` happened ('toegevoegd', 'gewijzigd', 'verwijderd'), so the services can
    name the record the way the IB knows it (services/vault/problem_names.py)."""

    table: str
    row_id: object
    what: str

    def __new__(cls, text: str, table: str, row_id: object, what: str) -> RowProblem:
        problem = super().__new__(cls, text)
        problem.table, problem.row_id, problem.what = table, row_id, what
        return problem

    def __reduce__(self):
        return RowProblem, (str(self), self.table, self.row_id, self.what)


def row_problem(table: str, row_id: object, what: str) -> RowProblem:
    """'Logboekversie 12 is gewijzigd buiten ZorgDesk.' - kind and number, no content."""
    label = label_of(table)
    if table in FEATURE_LABELS:
        text = f"{label[0].upper()}{label[1:]} {row_id} is {what} buiten ZorgDesk."
    elif what == "gewijzigd":
        text = f"De gegevens van {label} (nr. {row_id}) zijn buiten ZorgDesk gewijzigd."
    else:
        text = f"Er is buiten ZorgDesk {label} {what} (nr. {row_id})."
    return RowProblem(text, table, row_id, what)


def verify_seals(cursor, key: bytes, progress: Progress | None = None) -> list[str]:
    """Dutch descriptions of rows changed, added or removed outside ZorgDesk."""
    problems: list[str] = []
    tables = sealed_tables(cursor)
    if not tables:
        return problems  # a vault from before seals existed and not yet migrated
    progress = progress or Progress()
    mac = RowMac(key)
    total = cursor.execute("SELECT COUNT(*) FROM row_seal").fetchone()[0] or 1
    done = 0
    triggers = {r[0] for r in cursor.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall()}
    existing = {r[0] for r in cursor.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}
    for table in SEALED:
        if table not in tables and table in existing:
            problems.append(f"De beveiliging van {label_of(table)}-gegevens is verwijderd.")
    for table, (columns, keys) in sorted(tables.items()):
        label = label_of(table)
        missing = [t for t in ("insert", "update", "delete")
                   if f"{table}_seal_{t}" not in triggers]
        if missing:
            problems.append(f"De beveiliging op {label}-gegevens is buiten ZorgDesk verwijderd.")
        try:
            _check(table)
            rows = cursor.execute(
                f"SELECT {_key_expr(tuple(_check(k) for k in keys), '')}, "
                f"{', '.join(_check(c) for c in columns)} FROM {table}").fetchall()
        except Exception:  # noqa: BLE001 - a damaged schema is itself the finding
            problems.append(f"De gegevens van {label} kunnen niet worden gecontroleerd.")
            continue
        seals = dict(cursor.execute("SELECT row_id, mac FROM row_seal WHERE tbl = ?",
                                    (table,)).fetchall())
        for number, row in enumerate(rows, start=1):
            stored = seals.pop(row[0], None)
            if stored is None:
                problems.append(row_problem(table, row[0], "toegevoegd"))
            elif not hmac.compare_digest(stored, mac(table, row[0], row[1:])):
                problems.append(row_problem(table, row[0], "gewijzigd"))
            if number % PROGRESS_EVERY == 0:
                progress.step(min(done + number, total), total)
        done += len(rows)
        progress.step(min(done, total), total)
        for row_id in sorted(seals, key=str):
            problems.append(row_problem(table, row_id, "verwijderd"))
    return problems
