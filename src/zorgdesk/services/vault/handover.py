"""A successor IB takes the vault over (doorgaande lijn, seed 003 l.3686-3689).

Checks what was typed (Dutch, every problem at once), rekeys the vault for her
(``Vault.hand_over``: new data key, new recovery key, audited by the predecessor) and
makes her a staff member with the IB role, so she is "gesignaleerd door" in her own
observations. Earlier records keep their authors' names: they are stored as written.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from zorgdesk.domain.handover import check_handover, successor_name
from zorgdesk.domain.people import IB_ROLE
from zorgdesk.domain.validation import ValidationError
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.store.errors import PendingKeyFileError, VaultError
from zorgdesk.store.keyfile import KdfParams
from zorgdesk.store.vault import Vault


@dataclass(frozen=True)
class HandedOver:
    """The new recovery key (its only copy: always shown once the rekey happened) and a
    Dutch warning when a step after the rekey failed (empty when all went well)."""

    recovery_key: str
    warning: str = ""


def staff_warning(name: str, error: BaseException) -> str:
    """Dutch: the vault is hers, but she could not be made a staff member."""
    reason = f" ({error})" if isinstance(error, VaultError) else ""
    return (f"De kluis is wel overgedragen aan {name} en de nieuwe herstelsleutel is "
            f"getoond, maar {name} kon niet als medewerker worden toegevoegd{reason}. "
            f"Voeg haar zelf toe als medewerker met de rol '{IB_ROLE}'.")


def hand_over(vault: Vault, basedata: BaseDataService, *, current: str, new: str,
              repeated: str, successor: str, kdf: KdfParams | None = None) -> HandedOver:
    """Hand the vault to ``successor``; returns her new recovery key (shown once).

    Raises ValidationError (Dutch) for bad input before anything changes, and the vault's
    own errors (wrong current passphrase, full disk) from the rekey.
    """
    school = basedata.school()
    problems = check_handover(successor, current, new, repeated,
                              (school.name, school.place))
    if problems:
        raise ValidationError(problems)
    name = successor_name(successor)
    recovery, late = vault.hand_over(current, new, name, kdf)
    try:
        _make_staff(basedata, name)
    except Exception as error:  # noqa: BLE001 - the key must still reach her
        return _handed_over(recovery, late, name, error)
    return _handed_over(recovery, late, name, None)


def hand_over_in_worker(vault: Vault, basedata: BaseDataService,
                        run: Callable[[Callable[[], object]], object], *, current: str,
                        new: str, repeated: str, successor: str, kdf: KdfParams | None = None,
                        basedata_on: Callable[[Vault], BaseDataService]) -> HandedOver:
    """``hand_over`` with the rekey (every page re-encrypted, seconds in a big school)
    and the key derivation in a worker: ``run(work)`` runs ``work`` there and returns
    its result (the UI's progress dialog). The typed input is checked here first.
    ``basedata_on(vault)``: the session's base data on the worker's own connection."""
    school = basedata.school()
    problems = check_handover(successor, current, new, repeated,
                              (school.name, school.place))
    if problems:
        raise ValidationError(problems)
    name = successor_name(successor)
    recovery, late, later = vault.hand_over_in_worker(
        run, current, new, name, kdf, then=lambda writer: _make_staff(basedata_on(writer), name))
    return _handed_over(recovery, late, name, later)


def _handed_over(recovery: str, late: PendingKeyFileError | None, name: str,
                 staff_error: BaseException | None) -> HandedOver:
    """The rekey happened: her key first, what failed after it as a Dutch warning (the
    key file not in place, her staff membership)."""
    warnings = [str(late)] if late is not None else []
    if staff_error is not None:
        warnings.append(staff_warning(name, staff_error))
    return HandedOver(recovery, "\n\n".join(warnings))


def _make_staff(basedata: BaseDataService, name: str) -> None:
    """She is "gesignaleerd door" in her own observations: a staff member, IB role."""
    known = {s.name.casefold(): s for s in basedata.staff(include_inactive=True)}
    member = known.get(name.casefold())
    if member is None:
        basedata.add_staff(name, IB_ROLE)
    elif not member.active:
        basedata.set_staff_active(member.id, True)
