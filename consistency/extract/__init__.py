"""Claim extraction: who claimed what, with exact spans."""

from .extractor import ClaimExtractor, load_spacy

__all__ = ["ClaimExtractor", "load_spacy"]
