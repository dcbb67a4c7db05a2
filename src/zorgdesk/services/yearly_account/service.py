"""Build the jaarverantwoording over a period from every trajectory, and render it.

The knelpunten are what the IB types for this account. Before they go into the report they
are checked with the name-removal engine of the exports (every pupil and every parent or
guardian in the vault, in every form): a name refuses the account with a Dutch message
that says which words to take out. Nothing else typed in a dossier reaches the report.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from zorgdesk.domain.anonymise.export_names import NameScrubber
from zorgdesk.domain.anonymise.name_index import is_placeholder
from zorgdesk.domain.validation import FieldProblem, ValidationError, require_text
from zorgdesk.domain.yearly_account import YearlyAccount, build_account
from zorgdesk.reports.yearly_account_pdf import (
    render_yearly_account,
    render_yearly_account_csv,
)
from zorgdesk.services.basedata import BaseDataService
from zorgdesk.services.clock import SYSTEM_CLOCK, Clock
from zorgdesk.services.export_names import person_name, pupil_name
from zorgdesk.services.meldcode.service import MeldcodeService
from zorgdesk.services.private_files import replace_private

MAX_KNELPUNTEN = 4000


def school_year_before(today: date) -> tuple[date, date]:
    """The last completed school year (1 August - 31 July) before ``today``."""
    end_year = today.year if today.month >= 8 else today.year - 1
    return date(end_year - 1, 8, 1), date(end_year, 7, 31)


class YearlyAccountService:
    def __init__(self, meldcode: MeldcodeService, basedata: BaseDataService,
                 clock: Clock = SYSTEM_CLOCK) -> None:
        self.meldcode = meldcode
        self.basedata = basedata
        self.clock = clock

    def build(self, start: date | None, end: date | None, knelpunten: str = "") -> YearlyAccount:
        problems: list[FieldProblem] = []
        if start is None:
            problems.append(FieldProblem("start", "Vul de begindatum van de periode in."))
        if end is None:
            problems.append(FieldProblem("end", "Vul de einddatum van de periode in."))
        if start is not None and end is not None and end < start:
            problems.append(FieldProblem("end", "De einddatum ligt vóór de begindatum."))
        knelpunten = require_text(knelpunten, "knelpunten", "de knelpunten", problems,
                                  MAX_KNELPUNTEN, required=False)
        names = self.names_in(knelpunten or "")
        if names:
            problems.append(FieldProblem("knelpunten", (
                "De knelpunten noemen een leerling of ouder: "
                + ", ".join(f"'{n}'" for n in names) + ". Het verslag voor het bestuur "
                "bevat geen namen: haal ze weg of schrijf bijvoorbeeld 'een leerling'.")))
        if problems:
            raise ValidationError(problems)
        states = self.meldcode.all_states(self.clock.today())
        return build_account(states, start, end, knelpunten)

    def names_in(self, text: str) -> list[str]:
        """The words of ``text`` that name a pupil or a parent/guardian (any form the
        export name removal knows: inflected, lowercased, initials of a full name)."""
        if not text.strip():
            return []
        people = []
        for pupil in self.basedata.pupils(include_inactive=True):
            people.append(pupil_name(pupil))
            people += [person_name(g) for g in self.basedata.guardians(pupil.id, True)]
        scrubber = NameScrubber([p for p in people if not is_placeholder(p.name)])
        # The hits themselves, not a diff of the scrubbed text: initials ("Z.v.d.B.") are
        # replaced by the same initials, so a diff would not see them.
        return scrubber.names_in(text)

    def pdf(self, account: YearlyAccount) -> bytes:
        return render_yearly_account(account, self.basedata.printed_school(), self.clock.today())

    @staticmethod
    def csv(account: YearlyAccount) -> str:
        return render_yearly_account_csv(account)

    def save(self, account: YearlyAccount, path: Path) -> None:
        """PDF or CSV by the file's suffix; owner-only, never half written (private_files).

        The CSV starts with a byte-order mark so a Dutch spreadsheet reads the accents."""
        data = (self.csv(account).encode("utf-8-sig") if path.suffix.lower() == ".csv"
                else self.pdf(account))
        replace_private(path, data)
