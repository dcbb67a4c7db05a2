"""Vault care: encrypted backups, the printable recovery key sheet, opening another
vault file."""
