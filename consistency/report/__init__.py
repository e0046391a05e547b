"""Render results as terminal tables, Markdown, JSON and HTML."""

from .check import check_html, check_json, check_markdown
from .claims import claims_json, claims_markdown, claims_table

__all__ = ["check_html", "check_json", "check_markdown", "claims_json", "claims_markdown", "claims_table"]
