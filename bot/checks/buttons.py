"""A button sends its payload as if the person had typed it: `/intent{"entity": "value"}`.
A payload naming an unknown intent or entity is a button that answers nothing."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

from rasa.shared.core.constants import DEFAULT_INTENTS

from bot.checks.located import Text
from bot.checks.problem import Problem
from bot.checks.project import DOMAIN, Project

# "/intent", "/intent{...}" or "/intent@0.9{...}", as Rasa reads a message that starts with "/".
PAYLOAD = re.compile(r"/(?P<intent>[^{@]+)(?:@[0-9.]+)?(?P<entities>\{.*\})?", re.DOTALL)


def _unknown_intent(intent: Text, known: set[str], what: str) -> Iterator[Problem]:
    if intent not in known:
        yield Problem.at(
            intent,
            f'{what} names the intent "{intent}", which is not in {DOMAIN}; use one of the '
            "intents listed there, or correct the spelling.",
        )


def _unknown_entities(entities: list[Text], known: set[str], what: str) -> Iterator[Problem]:
    for entity in entities:
        if entity not in known:
            yield Problem.at(
                entity,
                f'{what} names the entity "{entity}", which is not in {DOMAIN}; use one of the '
                "entities listed there, or correct the spelling.",
            )


def _payload_problems(payload: Text, intents: set[str], entities: set[str]) -> Iterator[Problem]:
    if not payload.startswith("/"):
        return  # sent as text, like a typed message
    what = f'the button payload "{payload}"'
    parsed = PAYLOAD.fullmatch(payload)
    try:
        values = json.loads(parsed["entities"] or "{}") if parsed else None
    except json.JSONDecodeError:
        values = None
    if not isinstance(values, dict):
        yield Problem.at(
            payload,
            f'{what} is not written like /intent or /intent{{"entity": "value"}}; '
            'for example /situation_info{"country": "sudan"}.',
        )
        return
    yield from _unknown_intent(Text(parsed["intent"], payload.file, payload.line), intents, what)
    named = [Text(key, payload.file, payload.line) for key in values]
    yield from _unknown_entities(named, entities, what)


def check_buttons(project: Project) -> Iterator[Problem]:
    intents = set(project.domain.intents) | set(DEFAULT_INTENTS)
    entities = set(project.domain.entities)
    for payload in project.domain.payloads:
        yield from _payload_problems(payload, intents, entities)
