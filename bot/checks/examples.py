"""The same example in two intents teaches the model two answers to one question."""

from __future__ import annotations

from collections.abc import Iterator

from rasa.shared.nlu.training_data.entities_parser import replace_entities

from bot.checks.problem import Problem
from bot.checks.project import Example, Project
from bot.knowledge.text import normalize


def comparable(example: str) -> str:
    """What the example says, without entity brackets, case, accents, punctuation or extra
    spaces: "What's [Sudan](country)?" -> "whats sudan"."""
    return normalize(replace_entities(example))


def check_examples(project: Project) -> Iterator[Problem]:
    first: dict[str, Example] = {}
    for example in project.examples:
        key = comparable(example.text)
        seen = first.setdefault(key, example)
        if seen.intent != example.intent:
            yield Problem.at(
                example.text,
                f'the example "{example.text}" of intent {example.intent} is also an example '
                f"of intent {seen.intent} at {seen.text.where}; keep it in one intent.",
            )
