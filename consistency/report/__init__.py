"""Render results as terminal tables, Markdown, JSON and HTML."""

from .claims import claims_json, claims_markdown, claims_table

__all__ = ["claims_json", "claims_markdown", "claims_table"]
