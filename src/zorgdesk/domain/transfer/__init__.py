"""Overdrachtsdossier: records of a pupil for the school she or he moves to (issue 21)."""
