"""Zorggesprekken: the conversation model and SMART agreements."""
