"""The fictitious demo school and its example records per feature."""
