"""Beheer > Jaarverantwoording meldcode."""
