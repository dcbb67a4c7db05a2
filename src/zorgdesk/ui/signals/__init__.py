"""Signalenlijst tab: filling a list, the over-time matrix, Vlaggensysteem."""
