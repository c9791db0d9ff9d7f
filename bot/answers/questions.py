"""Read the held-out questions and judge a reply against what it must and must not say."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.knowledge.text import normalize

# What the assistant says when it has no sourced answer (actions/texts.yml, no_sourced_answer
# and no_record_detail), normalised.
NO_ANSWER = normalize("I don't have a sourced answer to that")


@dataclass(frozen=True)
class Turn:
    ask: str
    expect: tuple[str, ...] = ()
    avoid: tuple[str, ...] = ()
    unknown: bool = False

    def misses(self, reply: str) -> list[str]:
        """What is wrong with `reply` (nothing when it passes)."""
        said = f" {normalize(reply)} "
        wrong = [f"missing: {e}" for e in self.expect if not _says(said, e)]
        wrong += [f"said: {a}" for a in self.avoid if _says(said, a)]
        if self.unknown and NO_ANSWER not in said:
            wrong.append("did not say it has no sourced answer")
        return wrong


@dataclass(frozen=True)
class Item:
    """A single question (one turn) or a conversation (several), in a fresh conversation."""

    id: str
    area: str
    turns: tuple[Turn, ...]
    fast: bool = False
    source: str = ""


@dataclass
class Collection:
    questions: list[Item] = field(default_factory=list)
    conversations: list[Item] = field(default_factory=list)


def _says(said: str, expected: str) -> bool:
    return any(f" {normalize(alt)} " in said for alt in expected.split(" | ") if normalize(alt))


def _turn(raw: dict) -> Turn:
    return Turn(
        ask=str(raw["ask"]),
        expect=tuple(str(e) for e in raw.get("expect") or ()),
        avoid=tuple(str(a) for a in raw.get("avoid") or ()),
        unknown=bool(raw.get("unknown", False)),
    )


def load(directory: Path) -> Collection:
    collection = Collection()
    for path in sorted(directory.glob("*.yml")):
        content = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for raw in content.get("questions") or []:
            collection.questions.append(
                Item(
                    raw["id"],
                    raw.get("area", "other"),
                    (_turn(raw),),
                    bool(raw.get("fast")),
                    path.name,
                )
            )
        for raw in content.get("conversations") or []:
            turns = tuple(_turn(t) for t in raw["turns"])
            collection.conversations.append(
                Item(raw["id"], raw.get("area", "other"), turns, bool(raw.get("fast")), path.name)
            )
    return collection
