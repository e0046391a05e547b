"""Natural language inference: the shipped cross-encoder scorer, its training and evaluation."""

from consistency.nli.scorer import NLI_LABELS, ModelLoadError, NLIScorer

__all__ = ["NLI_LABELS", "ModelLoadError", "NLIScorer"]
