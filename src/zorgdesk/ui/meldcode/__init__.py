"""Meldcode tab: steps, forms, info panel, overview."""
