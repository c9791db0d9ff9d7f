"""Responses and custom actions that are used somewhere must exist, or the bot stops mid-turn."""

from __future__ import annotations

from collections.abc import Iterator

from rasa.shared.core.constants import DEFAULT_ACTION_NAMES

from bot.checks.problem import Problem
from bot.checks.project import DOMAIN, Project

RESPONSE_PREFIX = "utter_"


def check_responses(project: Project) -> Iterator[Problem]:
    """A response (`utter_...`) named by a rule, a story, the domain or an action."""
    defined = set(project.domain.responses)
    used = [*project.steps("action"), *project.domain.actions, *project.code.responses]
    for name in used:
        if name.startswith(RESPONSE_PREFIX) and name not in defined:
            yield Problem.at(
                name,
                f'the response "{name}" is not in {DOMAIN}; add it under "responses:" there, '
                "or correct the spelling.",
            )


def check_actions(project: Project) -> Iterator[Problem]:
    """A custom action must be listed in the domain and implemented in actions/."""
    known = set(project.code.actions) | set(DEFAULT_ACTION_NAMES)
    for name in project.domain.actions:
        if not name.startswith(RESPONSE_PREFIX) and name not in known:
            yield Problem.at(
                name,
                f'no class in actions/ answers to the action "{name}" (its name() must return '
                "it); add the action, or remove this line.",
            )
    listed = set(project.domain.actions) | set(DEFAULT_ACTION_NAMES)
    for name in project.steps("action"):
        if not name.startswith(RESPONSE_PREFIX) and name not in listed:
            yield Problem.at(
                name,
                f'the action "{name}" is not listed in {DOMAIN}; add it under "actions:" there, '
                "or correct the spelling.",
            )
