"""Exporting the reviewed dataset: ACLED-compatible CSV and its companions."""

from reviewer.export.writer import ExportCancelled, ExportOptions, ExportResult, export_dataset

__all__ = ["ExportCancelled", "ExportOptions", "ExportResult", "export_dataset"]
