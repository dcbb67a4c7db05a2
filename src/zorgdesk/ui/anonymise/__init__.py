"""Anonymised Veilig Thuis summary dialog."""
