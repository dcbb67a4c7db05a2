"""Attachments on records: which files are allowed and how their content is recognised."""
