"""Train the Rasa model only when what it is built from has changed.

The fingerprint is a hash of file contents (not modification times, which a fresh
`git clone` resets), stored next to the model.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import os
import subprocess
import sys
import time
from collections.abc import Iterable
from pathlib import Path

from bot.paths import MODEL_FINGERPRINT_PATH, MODEL_NAME, MODEL_PATH, PROJECT_ROOT, SPACY_MODEL_DIR
from bot.spacy_pipeline import ensure_pipeline

logger = logging.getLogger(__name__)

TRAINING_INPUT_PATTERNS = (
    "config.yml",
    "domain.yml",
    "data/**/*.yml",
    "knowledge/**/*.yml",
    "bot/nlu/**/*.py",
)


def training_inputs(root: Path = PROJECT_ROOT) -> list[Path]:
    """Every file whose content changes the trained model, in a stable order."""
    files = {path for pattern in TRAINING_INPUT_PATTERNS for path in root.glob(pattern)}
    files.add(SPACY_MODEL_DIR / "meta.json")
    return sorted(path for path in files if path.is_file())


def fingerprint(files: Iterable[Path], root: Path = PROJECT_ROOT) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path.relative_to(root)).encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def is_model_fresh(current: str) -> bool:
    return (
        MODEL_PATH.is_file()
        and MODEL_FINGERPRINT_PATH.is_file()
        and MODEL_FINGERPRINT_PATH.read_text(encoding="utf-8").strip() == current
    )


def ensure_model(force: bool = False) -> Path:
    """Return the path of a model trained on the current inputs, training one if needed."""
    ensure_pipeline()
    current = fingerprint(training_inputs())
    if not force and is_model_fresh(current):
        logger.info("Model is up to date: %s", MODEL_PATH)
        return MODEL_PATH
    logger.info("Training the model (inputs changed or no model yet)...")
    started = time.monotonic()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "rasa",
            "train",
            "--fixed-model-name",
            MODEL_NAME,
            "--out",
            str(MODEL_PATH.parent),
            *(["--force"] if force else []),
        ],
        cwd=PROJECT_ROOT,
        env={**os.environ, "RASA_TELEMETRY_ENABLED": "false"},
        check=True,
    )
    MODEL_FINGERPRINT_PATH.write_text(current + "\n", encoding="utf-8")
    logger.info("Trained %s in %.0fs", MODEL_PATH, time.monotonic() - started)
    return MODEL_PATH


def main() -> None:
    parser = argparse.ArgumentParser(description="Train the model if its inputs changed.")
    parser.add_argument("--force", action="store_true", help="train even if up to date")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    try:
        ensure_model(force=args.force)
    except subprocess.CalledProcessError as error:
        message = f"Training failed (exit code {error.returncode}); see the output above."
        raise SystemExit(message) from error


if __name__ == "__main__":
    main()
