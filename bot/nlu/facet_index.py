"""Which answerable questions of the knowledge base a message is closest to in meaning.

An answerable question is a facet of a record ("how many judges are there?"), a question
every record of a kind answers ("how long did he get?"), or a topic's overview (asked by its
name). The action server combines this ranking with what the message names and with the
conversation so far; this module only measures closeness.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.knowledge import KnowledgeBase
from bot.nlu.sentence_encoder import SentenceEncoder
from bot.nlu.spelling import Speller

RANKED = 30
# Names that decide what a question is about are replaced by a word of the same role before
# ranking, so "who is al mahdi" is as close to "who is he" as "who is ongwen" is.
STAND_INS = {"person": "him", "case": "the case", "country": "this country"}


@dataclass(frozen=True)
class Answerable:
    """A facet id, a record question id, a topic id or the id of a record that explains
    something (an article, a term, an office holder), with the ways people ask it and the
    text of its answer (a question is often closest to its answer, in other words)."""

    id: str
    phrasings: tuple[str, ...]
    passages: tuple[str, ...] = ()
    always_ranked: bool = False  # a record question: scored even outside the closest


def answerables(kb: KnowledgeBase) -> list[Answerable]:
    items = []
    for topic in kb.all("topics"):
        label = [topic.label] if topic.label else []  # type: ignore[attr-defined]
        names = [topic.name, *topic.aliases, *label, f"tell me about {topic.name}"]
        items.append(Answerable(topic.id, tuple(dict.fromkeys(names)), (topic.answer,)))  # type: ignore[attr-defined]
    for kind in ("articles", "glossary", "crimes"):
        for record in kb.all(kind):
            text = getattr(record, "summary", None) or getattr(record, "definition", "")
            items.append(Answerable(record.id, tuple(record.names()), (f"{record.name}: {text}",)))
    for holder in kb.office_holders(include_former=True):
        office, short = holder.title(), holder.post()
        phrasings = (
            f"who is the {short}",
            f"who is the {office}",
            f"name of the {short}",
            f"who was elected {short}",
        )
        if holder.former:
            phrasings = (f"who was {short}", f"former {short}")
        items.append(Answerable(holder.id, tuple(dict.fromkeys(phrasings)), (holder.summary,)))
    items += [
        Answerable(facet.id, tuple(facet.phrasings()), (facet.answer,)) for _, facet in kb.facets()
    ]
    items += [
        Answerable(q.id, tuple(q.phrasings()), always_ranked=True) for q in kb.record_questions()
    ]
    return items


class FacetIndex:
    """Sentence vectors of every phrasing, computed once when the server starts."""

    def __init__(
        self, items: Iterable[Answerable], encoder: SentenceEncoder, cache: Path | None = None
    ) -> None:
        self._encoder = encoder
        self._ids: list[str] = []
        always_ranked: dict[str, list[int]] = {}
        texts: list[str] = []
        for item in items:
            for phrasing in (*item.phrasings, *item.passages):
                if item.always_ranked:
                    always_ranked.setdefault(item.id, []).append(len(texts))
                self._ids.append(item.id)
                texts.append(phrasing)
        self._always_ranked = {id_: np.array(rows) for id_, rows in always_ranked.items()}
        self._vectors = _vectors(texts, encoder, cache)

    @classmethod
    def from_knowledge(
        cls, kb: KnowledgeBase, encoder: SentenceEncoder, cache: Path | None = None
    ) -> FacetIndex:
        return cls(answerables(kb), encoder, cache)

    def rank(self, sentence: np.ndarray, limit: int = RANKED) -> list[tuple[str, float]]:
        """The closest answerable ids, best first, each with its best phrasing's cosine; then
        the record questions left out, so that the question asked about a named person is
        scored whatever else comes closer ("what reparations did Ongwen's victims get")."""
        scores = self._vectors @ sentence
        best: dict[str, float] = {}
        for row in np.argsort(-scores):
            best.setdefault(self._ids[row], float(scores[row]))
            if len(best) >= limit:
                break
        rest = {
            id_: float(scores[rows].max())
            for id_, rows in self._always_ranked.items()
            if id_ not in best
        }
        return [*best.items(), *sorted(rest.items(), key=lambda item: -item[1])]

    def rank_text(self, text: str, limit: int = RANKED) -> list[tuple[str, float]]:
        return self.rank(self._encoder.encode([text])[0].sentence, limit)


def rank_message(
    index: FacetIndex,
    speller: Speller,
    text: str,
    entities: Iterable[dict],
    sentence: np.ndarray | None = None,
) -> list[tuple[str, float]]:
    """The ranking of a message with its names masked and its misspellings read as meant;
    the featurizer's `sentence` vector is reused when neither changed the text."""
    as_meant = speller.as_known(masked(text, entities))  # "reperations": "reparations"
    if sentence is not None and as_meant == text.lower():
        return index.rank(sentence)
    return index.rank_text(as_meant)


def masked(text: str, entities: Iterable[dict]) -> str:
    """`text` with each named person, case and country replaced by its stand-in word."""
    spans = sorted(
        (e["start"], e["end"], STAND_INS[e["entity"]])
        for e in entities
        if e.get("entity") in STAND_INS and isinstance(e.get("start"), int) and "end" in e
    )
    pieces, position = [], 0
    for start, end, stand_in in spans:
        if start < position:
            continue
        pieces += [text[position:start], stand_in]
        position = end
    return "".join(pieces) + text[position:]


def _vectors(texts: Sequence[str], encoder: SentenceEncoder, cache: Path | None) -> np.ndarray:
    """Sentence vectors of `texts`; those of unchanged phrasings come from `cache` (a server
    start then encodes only what maintainers added since)."""
    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
    known: dict[str, np.ndarray] = {}
    if cache is not None and cache.exists():
        with np.load(cache) as stored:
            known = {key: stored[key] for key in stored.files}
    missing = [i for i, key in enumerate(keys) if key not in known]
    for i, encoding in zip(missing, encoder.encode([texts[i] for i in missing]), strict=True):
        known[keys[i]] = encoding.sentence
    if cache is not None and missing:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_name(f"{cache.stem}.{os.getpid()}.partial.npz")
        np.savez(partial, **{key: known[key] for key in dict.fromkeys(keys)})
        os.replace(partial, cache)  # another process never reads a half-written file
    if not keys:
        return np.zeros((0, encoder.dimension), dtype=np.float32)
    return np.stack([known[key] for key in keys])
