"""Meldcode use cases on the vault, with its retention plan."""
