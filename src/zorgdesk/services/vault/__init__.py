"""Vault care: encrypted backups."""
