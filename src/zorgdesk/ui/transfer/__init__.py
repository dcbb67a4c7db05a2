"""Overdrachtsdossier dialog (services/transfer)."""
