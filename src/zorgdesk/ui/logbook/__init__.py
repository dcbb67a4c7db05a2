"""Logboek tab, entry form and its dialogs."""
