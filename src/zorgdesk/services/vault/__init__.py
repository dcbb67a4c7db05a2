"""Vault care: encrypted backups, the printable recovery key sheet."""
