"""Anonymised Veilig Thuis summary: case facts, name lexicon, optional deduce check."""
