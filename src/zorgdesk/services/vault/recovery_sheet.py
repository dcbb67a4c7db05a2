"""The recovery key as a printable sheet, built in memory (never written by ZorgDesk)."""

from __future__ import annotations

from datetime import date

from zorgdesk.domain.printing import RecoverySheet
from zorgdesk.reports.recovery_key_pdf import render_recovery_key
from zorgdesk.services.basedata import BaseDataService


def recovery_key_pdf(basedata: BaseDataService, user_name: str, vault_name: str, key: str,
                     today: date | None = None) -> bytes:
    return render_recovery_key(RecoverySheet(
        key=key, school=basedata.printed_school(), user_name=user_name,
        vault_name=vault_name, created_on=today or date.today()))
