"""Attachments on records: storing, listing, removing from the dossier, opening."""
