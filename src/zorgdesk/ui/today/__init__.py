"""The "Vandaag" overview window."""
