"""Attachments on records: the window that lists, adds, opens and removes them."""
