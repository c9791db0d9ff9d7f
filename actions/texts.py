"""The fixed sentences of `actions/texts.yml`, read once, filled in by name, and the word lists
of `actions/words.yml`."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

TEXTS_FILE = Path(__file__).with_name("texts.yml")
WORDS_FILE = Path(__file__).with_name("words.yml")


@lru_cache(maxsize=2)
def _read(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _texts() -> dict[str, Any]:
    return _read(TEXTS_FILE)


def text(key: str, **fields: Any) -> str:
    """The sentence called `key` ("verdict.at_large" for a nested one), with fields filled."""
    value: Any = _texts()
    for part in key.split("."):
        value = value[part]
    return str(value).strip().format(**fields)


def table(key: str) -> dict[str, str]:
    """A mapping of the texts file, e.g. `publishers`."""
    return dict(_texts()[key])


def entries(key: str) -> list[dict[str, Any]]:
    """A list of texts.yml (such as the buttons under `help_buttons`); empty if there is none."""
    return [dict(item) for item in _texts().get(key) or []]


def words_list(key: str) -> list[Any]:
    """A list of `actions/words.yml`, e.g. `court_words` (phrases) or `synonyms` (groups)."""
    return list(_read(WORDS_FILE).get(key) or [])
