"""The query API the actions use; one instance per process, loaded on first use."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from bot.knowledge.loader import load_knowledge
from bot.knowledge.schema import Record, Topic
from bot.paths import knowledge_dir


class KnowledgeBase:
    """Records by kind and id, with look-ups that do not expose how files are laid out."""

    def __init__(self, records: dict[str, list[Record]]) -> None:
        self._records = records
        self._by_id = {record.id: record for group in records.values() for record in group}

    @classmethod
    def from_directory(cls, directory: Path) -> KnowledgeBase:
        return cls(load_knowledge(directory))

    def get(self, record_id: str) -> Record | None:
        return self._by_id.get(record_id)

    def topic(self, topic_id: str) -> Topic | None:
        record = self._by_id.get(topic_id)
        return record if isinstance(record, Topic) else None

    def all(self, kind: str) -> list[Record]:
        return list(self._records.get(kind, []))


@lru_cache(maxsize=1)
def get_knowledge_base() -> KnowledgeBase:
    """The process-wide knowledge base, read once from `KNOWLEDGE_DIR` (default `knowledge/`)."""
    return KnowledgeBase.from_directory(knowledge_dir())
