"""What the custom actions in `actions/*.py` name: found by reading the code, not running it."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from bot.checks.located import Text, Unreadable

BUTTON_TITLE = "title"


@dataclass
class ButtonCall:
    """A `button(...)` or `buttons(...)` call with an intent written out in the code."""

    intent: Text
    entities: list[Text]
    needs_label: bool  # its title comes from QUESTIONS in actions/suggestions.py


@dataclass
class ActionCode:
    """Action names the classes answer to, responses they send, buttons they build."""

    actions: list[Text] = field(default_factory=list)
    responses: list[Text] = field(default_factory=list)
    buttons: list[ButtonCall] = field(default_factory=list)
    labels: list[Text] = field(default_factory=list)  # the keys of QUESTIONS


def _string(node: ast.AST | None, label: str) -> Text | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return Text(node.value, label, node.lineno)
    return None


def _called(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    return node.func.attr if isinstance(node.func, ast.Attribute) else None


def _action_name(node: ast.ClassDef, label: str) -> Text | None:
    """The string `def name(self)` returns, as rasa-sdk asks of every Action."""
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "name":
            for statement in ast.walk(item):
                if isinstance(statement, ast.Return):
                    return _string(statement.value, label)
    return None


def _button_calls(node: ast.Call, label: str) -> list[ButtonCall]:
    called = _called(node)
    if called == "buttons":
        intents = (_string(arg, label) for arg in node.args)
        return [ButtonCall(intent, [], needs_label=True) for intent in intents if intent]
    if called == "button" and (intent := _string(node.args[0] if node.args else None, label)):
        entities = [
            Text(keyword.arg, label, keyword.value.lineno)
            for keyword in node.keywords
            if keyword.arg and keyword.arg != BUTTON_TITLE
        ]
        has_title = len(node.args) > 1 or any(k.arg == BUTTON_TITLE for k in node.keywords)
        return [ButtonCall(intent, entities, needs_label=not has_title)]
    return []


def _labels(node: ast.Assign, label: str) -> list[Text]:
    """The keys of `QUESTIONS = {...}`: the intents that have a button text."""
    named = any(isinstance(t, ast.Name) and t.id == "QUESTIONS" for t in node.targets)
    if not named or not isinstance(node.value, ast.Dict):
        return []
    return [key for key in (_string(k, label) for k in node.value.keys) if key]


def _parse(path: Path, label: str) -> ast.Module:
    try:
        return ast.parse(path.read_text(encoding="utf-8"), filename=label)
    except SyntaxError as error:
        raise Unreadable(
            label,
            error.lineno or 0,
            f"Python cannot read this ({error.msg}); check the quotes, commas and brackets "
            "on this line and the one before.",
        ) from error


def read_action_code(code: ActionCode, path: Path, label: str) -> None:
    """Add what the module at `path` names to `code`; raises Unreadable for a syntax error."""
    for node in ast.walk(_parse(path, label)):
        if isinstance(node, ast.ClassDef) and (name := _action_name(node, label)):
            code.actions.append(name)
        elif isinstance(node, ast.Call):
            response = next((k.value for k in node.keywords if k.arg == "response"), None)
            if text := _string(response, label):
                code.responses.append(text)
            code.buttons.extend(_button_calls(node, label))
        elif isinstance(node, ast.Assign):
            code.labels.extend(_labels(node, label))
