"""Build the English spaCy pipeline the NLU and the actions use.

No pretrained spaCy model can be downloaded here, so we build a small one ourselves:
a blank English tokenizer plus the lookup lemmatizer from `spacy-lookups-data`
("convicted" -> "convict"). The tables are saved with the pipeline, so loading it
later needs nothing from the network.
"""

from __future__ import annotations

import argparse
import json
import logging
from pathlib import Path

import spacy

from bot.paths import SPACY_MODEL_DIR

logger = logging.getLogger(__name__)

PIPELINE_NAME = "en_icc"
PIPELINE_VERSION = "1.0.0"


def build_pipeline() -> spacy.language.Language:
    """A blank English pipeline with lookup lemmas, initialised from spacy-lookups-data."""
    nlp = spacy.blank("en")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    nlp.meta["name"] = PIPELINE_NAME
    nlp.meta["version"] = PIPELINE_VERSION
    nlp.meta["description"] = "Blank English tokenizer with lookup lemmatizer (spacy-lookups-data)."
    return nlp


def is_built(path: Path = SPACY_MODEL_DIR) -> bool:
    """True when a pipeline of the current version is already on disk."""
    meta_file = path / "meta.json"
    if not meta_file.is_file():
        return False
    meta = json.loads(meta_file.read_text(encoding="utf-8"))
    return meta.get("name") == PIPELINE_NAME and meta.get("version") == PIPELINE_VERSION


def ensure_pipeline(path: Path = SPACY_MODEL_DIR, force: bool = False) -> Path:
    """Build the pipeline into `path` unless an up-to-date one is there."""
    if force or not is_built(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        build_pipeline().to_disk(path)
        logger.info("Built spaCy pipeline at %s", path)
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    print(ensure_pipeline(force=args.force))


if __name__ == "__main__":
    main()
