"""The zorggesprek report PDF."""
