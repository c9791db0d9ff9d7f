"""Read the YAML files in `knowledge/` into typed records.

Each file holds one or more sections (`topics:`, ...); each section is a list of records
of one kind. Errors name the file and the record so a maintainer can fix them without Python.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from bot.knowledge.schema import Record, Topic

RECORD_KINDS: dict[str, type[Record]] = {
    "topics": Topic,
}


class KnowledgeError(ValueError):
    """The knowledge files cannot be used as they are; the message says where and why."""


def _record_label(raw: Any, index: int) -> str:
    if isinstance(raw, dict) and raw.get("id"):
        return f"record '{raw['id']}'"
    return f"record #{index + 1}"


def _explain(error: ValidationError) -> str:
    return "; ".join(
        f"{'.'.join(str(part) for part in item['loc'])}: {item['msg']}" for item in error.errors()
    )


def _read_file(path: Path) -> Iterator[tuple[str, Record]]:
    try:
        content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as error:
        raise KnowledgeError(f"{path.name}: not valid YAML ({error})") from error
    if not isinstance(content, dict):
        raise KnowledgeError(f"{path.name}: expected sections such as 'topics:' at the top level")
    for kind, records in content.items():
        model = RECORD_KINDS.get(kind)
        if model is None:
            known = ", ".join(sorted(RECORD_KINDS))
            raise KnowledgeError(f"{path.name}: unknown section '{kind}' (known: {known})")
        if not isinstance(records, list):
            raise KnowledgeError(f"{path.name}: section '{kind}' must be a list of records")
        for index, raw in enumerate(records):
            try:
                yield kind, model.parse_obj(raw)
            except ValidationError as error:
                raise KnowledgeError(
                    f"{path.name}, {_record_label(raw, index)}: {_explain(error)}"
                ) from error


def load_knowledge(directory: Path) -> dict[str, list[Record]]:
    """All records under `directory`, grouped by section name, files read in name order."""
    if not directory.is_dir():
        raise KnowledgeError(f"knowledge folder not found: {directory}")
    grouped: dict[str, list[Record]] = {kind: [] for kind in RECORD_KINDS}
    seen_ids: dict[str, str] = {}
    for path in sorted(directory.glob("*.yml")):
        for kind, record in _read_file(path):
            if record.id in seen_ids:
                raise KnowledgeError(
                    f"{path.name}, record '{record.id}': id already used in {seen_ids[record.id]}"
                )
            seen_ids[record.id] = path.name
            grouped[kind].append(record)
    return grouped
