"""Overdrachtsdossier for the receiving school (domain/transfer, reports/transfer_pdf)."""

from zorgdesk.services.transfer.service import PreparedTransfer, TransferResult, TransferService

__all__ = ["PreparedTransfer", "TransferResult", "TransferService"]
