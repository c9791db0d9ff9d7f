"""Every intent needs examples to be recognised, a rule or story to be answered, and a line
in domain.yml for Rasa to know it at all."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from rasa.shared.core.constants import DEFAULT_INTENTS

from bot.checks.located import Text
from bot.checks.problem import Problem
from bot.checks.project import DOMAIN, Project


def _not_in_domain(names: Iterable[Text], known: set[str]) -> Iterator[Problem]:
    for name in names:
        if name not in known:
            yield Problem.at(
                name,
                f'the intent "{name}" is not listed in {DOMAIN}; add it under "intents:" '
                "there, or correct the spelling.",
            )


def check_intents(project: Project) -> Iterator[Problem]:
    with_examples = {example.intent for example in project.examples}
    in_dialogues = set(project.steps("intent"))
    for intent in project.domain.intents:
        if intent not in with_examples:
            yield Problem.at(
                intent,
                f'the intent "{intent}" has no training examples; add some under '
                f'"- intent: {intent}" in a file in data/nlu/.',
            )
        if intent not in in_dialogues:
            yield Problem.at(
                intent,
                f'no rule or story uses the intent "{intent}", so the assistant would not know '
                "how to answer it; add a rule to data/stories/rules.yml.",
            )
    known = set(project.domain.intents) | set(DEFAULT_INTENTS)
    yield from _not_in_domain(project.nlu_intents, known)
    yield from _not_in_domain(project.steps("intent"), known)
