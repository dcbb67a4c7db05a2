"""Managing pupils and other base data."""
