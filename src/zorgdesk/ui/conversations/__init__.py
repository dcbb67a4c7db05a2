"""Zorggesprekken tab, conversation form, signature dialogs."""
