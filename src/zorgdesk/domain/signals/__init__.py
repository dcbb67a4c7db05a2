"""Signalenlijst: catalogues, checks over time, Vlaggensysteem."""
