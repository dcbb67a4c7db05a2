"""Anonymising free text: known names, detectors, replacements, Veilig Thuis case summary."""
