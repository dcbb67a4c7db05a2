"""De jaarverantwoording meldcode for the bestuur (issue 22)."""

from zorgdesk.services.yearly_account.service import YearlyAccountService

__all__ = ["YearlyAccountService"]
