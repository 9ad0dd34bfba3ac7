"""Exporting the reviewed dataset: ACLED-compatible CSV and its companions."""
