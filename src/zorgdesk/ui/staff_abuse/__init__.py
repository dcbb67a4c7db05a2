"""Leerling > Vermoeden misbruik door een medewerker (seed 003 l.5139-5212)."""
