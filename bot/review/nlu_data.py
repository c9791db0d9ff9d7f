"""The intent examples of data/nlu/*.yml, found and extended as text.

A new example becomes a `- text` line at the end of its intent's `examples: |` block, so the
files keep their comments, order and layout (loading and dumping the YAML would lose them).
Blocks are written as in this project: `- intent: name`, then `examples: |`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from bot.checks.examples import comparable
from bot.paths import PROJECT_ROOT

NLU_DIR = PROJECT_ROOT / "data" / "nlu"

_ITEM = re.compile(r"^\s*-\s+(?P<key>\w+):\s*(?P<value>\S*)")
_EXAMPLES = re.compile(r"^(?P<indent>\s*)examples:\s*\|[-+]?\s*(#.*)?$")


@dataclass(frozen=True)
class IntentBlock:
    intent: str
    path: Path
    indent: str  # of its `- example` lines
    end: int  # index of the line after its last example
    examples: tuple[str, ...]


def _indent_width(line: str) -> int:
    return len(line) - len(line.lstrip())


def read_blocks(path: Path) -> list[IntentBlock]:
    """The `examples` blocks of the intents in one file (not those of synonyms, lookups...)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    blocks: list[IntentBlock] = []
    intent: str | None = None
    number = 0
    while number < len(lines):
        item, examples = _ITEM.match(lines[number]), _EXAMPLES.match(lines[number])
        number += 1
        if item:
            intent = item["value"] if item["key"] == "intent" else None
        if not (examples and intent):
            continue
        # A block scalar runs until a non-blank line indented no more than its key.
        key_width, indent, found, end = len(examples["indent"]), "", [], number
        while number < len(lines):
            line = lines[number]
            if line.strip():
                if _indent_width(line) <= key_width:
                    break
                indent = indent or line[: _indent_width(line)]
                found.append(line.strip().removeprefix("- ").strip())
                end = number + 1
            number += 1
        blocks.append(IntentBlock(intent, path, indent or " " * (key_width + 2), end, tuple(found)))
        intent = None
    return blocks


class NluData:
    """Every intent's examples in `folder`; `add` writes a new one into its file."""

    def __init__(self, folder: Path = NLU_DIR) -> None:
        self.folder = folder
        self._load()

    def _load(self) -> None:
        self._blocks: dict[str, IntentBlock] = {}
        self._intent_of: dict[str, str] = {}
        for path in sorted(self.folder.rglob("*.yml")):
            for block in read_blocks(path):
                self._blocks.setdefault(block.intent, block)
                for example in block.examples:
                    self._intent_of.setdefault(comparable(example), block.intent)

    def has_intent(self, intent: str) -> bool:
        return intent in self._blocks

    def intent_of(self, text: str) -> str | None:
        """The intent that already has this example, if any."""
        return self._intent_of.get(comparable(text))

    def add(self, intent: str, text: str) -> Path:
        """Append `text` to the examples of `intent`; returns the file it went into."""
        block = self._blocks[intent]
        lines = block.path.read_text(encoding="utf-8").splitlines(keepends=True)
        if lines and not lines[block.end - 1].endswith("\n"):
            lines[block.end - 1] += "\n"
        lines.insert(block.end, f"{block.indent}- {' '.join(text.split())}\n")
        block.path.write_text("".join(lines), encoding="utf-8")
        self._load()  # line numbers after the insert have moved
        return block.path
