"""Every per-vault setting in one place: key, Dutch label, range, default, read and write.

Values live in the m0002 ``setting`` table, except the leerlingdossier retention term,
which has lived in ``school.retention_years`` (with a CHECK) since m0001 and stays there.

The meldcode dossier term has no stored row until the school chooses one: it then
follows the leerlingdossier term, so adding this setting changed nothing for existing
vaults. It can never be shorter than the leerlingdossier term, because a pupil's
dossier is deleted as a whole (a meldcode trajectory points to logboek entries,
signalenlijsten and zorggesprekken as its evidence).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass

from zorgdesk.domain.validation import FieldProblem, ValidationError
from zorgdesk.store.vault import Vault


@dataclass(frozen=True)
class IntSetting:
    key: str
    label: str      # Dutch, as in the dialog and in messages
    unit: str       # Dutch plural unit
    low: int
    high: int
    default: int


AUTOLOCK = IntSetting("autolock_minutes", "Automatische vergrendeling", "minuten", 1, 60, 5)
BACKUP_KEEP = IntSetting("backup_keep", "Aantal automatische back-ups", "back-ups", 1, 100, 10)
RETENTION = IntSetting("retention_years", "Bewaartermijn leerlingdossier", "jaar", 1, 30, 2)
MELDCODE_RETENTION = IntSetting("meldcode_retention_years", "Bewaartermijn meldcodedossier",
                                "jaar", 1, 30, 2)
NOT_RETURNED = IntSetting("signature_not_returned_days",
                          "Handtekeningformulier niet retour na", "dagen", 1, 365, 14)
ALL = (AUTOLOCK, BACKUP_KEEP, RETENTION, MELDCODE_RETENTION, NOT_RETURNED)
DEFAULT_AUTOLOCK_MINUTES = AUTOLOCK.default


def _stored(vault: Vault, key: str) -> str | None:
    row = vault.read().execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def _int_setting(vault: Vault, setting: IntSetting) -> int:
    with contextlib.suppress(TypeError, ValueError):
        return max(setting.low, min(setting.high, int(_stored(vault, setting.key))))
    return setting.default


def autolock_minutes(vault: Vault) -> int:
    """Idle minutes before the window locks (1..60; an odd stored value falls back)."""
    return _int_setting(vault, AUTOLOCK)


def backup_keep(vault: Vault) -> int:
    """How many automatic backups of this vault stay in the user data dir."""
    return _int_setting(vault, BACKUP_KEEP)


def retention_years(vault: Vault) -> int:
    """Years after leaving that the leerlingdossier is kept (school policy)."""
    row = vault.read().execute("SELECT retention_years FROM school WHERE id = 1").fetchone()
    with contextlib.suppress(TypeError, ValueError):
        return max(RETENTION.low, min(RETENTION.high, int(row[0])))
    return RETENTION.default


def meldcode_retention_years(vault: Vault) -> int:
    """Years after leaving that a dossier with a meldcode trajectory is kept (>= pupil term)."""
    pupil_years = retention_years(vault)
    if _stored(vault, MELDCODE_RETENTION.key) is None:
        return pupil_years
    return max(pupil_years, _int_setting(vault, MELDCODE_RETENTION))


def not_returned_days(vault: Vault) -> int:
    """After how many days a handed-out signature form counts as 'niet retour'."""
    return _int_setting(vault, NOT_RETURNED)


def current(vault: Vault) -> dict[str, int]:
    return {AUTOLOCK.key: autolock_minutes(vault), BACKUP_KEEP.key: backup_keep(vault),
            RETENTION.key: retention_years(vault),
            MELDCODE_RETENTION.key: meldcode_retention_years(vault),
            NOT_RETURNED.key: not_returned_days(vault)}


def validate(raw: dict[str, object]) -> dict[str, int]:
    """Typed text per key -> whole numbers in range, or ValidationError with Dutch messages."""
    values: dict[str, int] = {}
    problems: list[FieldProblem] = []
    for setting in ALL:
        text = str(raw.get(setting.key, "")).strip()
        between = f"tussen {setting.low} en {setting.high} {setting.unit}"
        if not text:
            problems.append(FieldProblem(setting.key, f"Vul een getal in ({between})."))
            continue
        try:
            number = int(text)
        except ValueError:
            problems.append(FieldProblem(setting.key,
                                         f"Vul een heel getal in, zonder letters ({between})."))
            continue
        if not setting.low <= number <= setting.high:
            problems.append(FieldProblem(setting.key, f"Kies een waarde {between}."))
            continue
        values[setting.key] = number
    pupil, meldcode = values.get(RETENTION.key), values.get(MELDCODE_RETENTION.key)
    if pupil is not None and meldcode is not None and meldcode < pupil:
        problems.append(FieldProblem(
            MELDCODE_RETENTION.key,
            f"Het meldcodedossier wordt niet korter bewaard dan het leerlingdossier "
            f"(minimaal {pupil} jaar)."))
    if problems:
        raise ValidationError(problems)
    return values


def save(vault: Vault, raw: dict[str, object]) -> dict[str, int]:
    """Validate and store all settings in one transaction (audited without values)."""
    values = validate(raw)
    with vault.transaction() as cur:
        for setting in (AUTOLOCK, BACKUP_KEEP, NOT_RETURNED):
            _put(cur, setting.key, values[setting.key])
        cur.execute("UPDATE school SET retention_years = ? WHERE id = 1",
                    (values[RETENTION.key],))
        if values[MELDCODE_RETENTION.key] == values[RETENTION.key]:
            # Equal terms: keep following the leerlingdossier, also after a later change.
            cur.execute("DELETE FROM setting WHERE key = ?", (MELDCODE_RETENTION.key,))
        else:
            _put(cur, MELDCODE_RETENTION.key, values[MELDCODE_RETENTION.key])
        vault.audit(cur, "instellingen.gewijzigd", "setting", "instellingen", values)
    return values


def set_int_setting(vault: Vault, key: str, value: int) -> None:
    """One setting-table value (used by tests and older callers); audited."""
    with vault.transaction() as cur:
        _put(cur, key, int(value))
        vault.audit(cur, "instelling.gewijzigd", "setting", key, {"value": int(value)})


def _put(cur, key: str, value: int) -> None:
    cur.execute("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT(key)"
                " DO UPDATE SET value = excluded.value", (key, str(int(value))))
