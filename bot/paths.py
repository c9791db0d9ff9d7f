"""Where the project's files live, so every tool agrees on them whatever the working directory."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent

BUILD_DIR = PROJECT_ROOT / "build"
SPACY_MODEL_DIR = BUILD_DIR / "spacy" / "en_icc"
# Sentence vectors of the knowledge base's phrasings, so a restart encodes only new ones.
FACET_VECTORS_CACHE = BUILD_DIR / "facet_vectors.npz"
MODELS_DIR = PROJECT_ROOT / "models"
MODEL_NAME = "icc-explainer"
MODEL_PATH = MODELS_DIR / f"{MODEL_NAME}.tar.gz"
MODEL_FINGERPRINT_PATH = MODELS_DIR / f"{MODEL_NAME}.fingerprint"


def knowledge_dir() -> Path:
    """The knowledge folder; `KNOWLEDGE_DIR` lets tests and forks point elsewhere."""
    return Path(os.environ.get("KNOWLEDGE_DIR", PROJECT_ROOT / "knowledge"))
