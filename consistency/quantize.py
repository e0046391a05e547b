"""Dynamic int8 quantization of a model's linear layers, for CPU inference about twice as fast."""

from __future__ import annotations

import logging
import warnings
from typing import Any

logger = logging.getLogger(__name__)


def dynamic_int8(model: Any) -> Any | None:
    """The model with int8 linear layers, or None where this torch lacks the (deprecated) API;
    callers then keep fp32 and a warning is logged instead of failing."""
    import torch

    try:
        with warnings.catch_warnings():  # torch marks its quantization API deprecated
            warnings.simplefilter("ignore", UserWarning)
            warnings.simplefilter("ignore", DeprecationWarning)
            return torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
    except (AttributeError, ImportError, RuntimeError) as error:
        logger.warning("int8 quantization unavailable (%s); using fp32", error)
        return None
