"""What the custom actions in `actions/*.py` name: found by reading the code, not running it."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

from bot.checks.located import Text, Unreadable


@dataclass
class ActionCode:
    """Action names the classes answer to, and the responses they send.

    Buttons are data (topic `label` and `next` in knowledge/), checked with the knowledge.
    """

    actions: list[Text] = field(default_factory=list)
    responses: list[Text] = field(default_factory=list)


def _string(node: ast.AST | None, label: str) -> Text | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return Text(node.value, label, node.lineno)
    return None


def _action_name(node: ast.ClassDef, label: str) -> Text | None:
    """The string `def name(self)` returns, as rasa-sdk asks of every Action."""
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "name":
            for statement in ast.walk(item):
                if isinstance(statement, ast.Return):
                    return _string(statement.value, label)
    return None


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
