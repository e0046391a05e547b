"""Numeric precision of the CPU models.

``auto`` runs bf16 where the CPU computes it natively (AVX512-BF16 or AMX) and fp32 elsewhere:
both give a pair the same scores whatever else is in its batch. Dynamic int8 is faster still but
quantizes activations per batch, so a pair's NLI probabilities moved by up to 0.38 with its batch
mates (mean 0.04 on our news dev pairs) and the argmax agreed with fp32 on only 87% of CAD-SNLI dev
pairs; it is kept only on request.
"""

from __future__ import annotations

import logging
import warnings
from enum import StrEnum
from typing import Any

logger = logging.getLogger(__name__)


class Precision(StrEnum):
    """How the models compute: ``auto`` is bf16 where the CPU has it in hardware, else fp32."""

    auto = "auto"
    fp32 = "fp32"
    bf16 = "bf16"
    int8 = "int8"


def native_bf16() -> bool:
    """Whether this CPU has bf16 arithmetic in hardware (emulated bf16 is slower than fp32)."""
    import torch

    checks = ("_is_avx512_bf16_supported", "_is_amx_tile_supported")
    return any(bool(getattr(torch.cpu, name, lambda: False)()) for name in checks)


def resolve(precision: str) -> str:
    """The precision ``auto`` stands for on this machine; others as given."""
    if precision not in set(Precision):
        raise ValueError(f"precision must be one of {', '.join(Precision)}, not {precision!r}")
    if precision == "auto":
        return "bf16" if native_bf16() else "fp32"
    return precision


def with_precision(model: Any, precision: str) -> tuple[Any, str]:
    """The model in the requested precision, and the precision it actually runs in."""
    import torch

    chosen = resolve(precision)
    if chosen == "bf16":
        return model.to(torch.bfloat16), "bf16"
    if chosen == "int8" and (quantized := dynamic_int8(model)) is not None:
        return quantized, "int8"
    return model, "fp32"


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
