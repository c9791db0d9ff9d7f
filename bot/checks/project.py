"""The parts of the assistant the checks compare, each string placed at its file and line."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from bot.checks.action_code import ActionCode, read_action_code
from bot.checks.located import Text, Unreadable, lines_of_block, load_yaml
from bot.checks.problem import Problem

DOMAIN = "domain.yml"
DATA = "data"
ACTIONS = "actions"


@dataclass
class Example:
    """One training example, as written after its `- `."""

    intent: Text
    text: Text


@dataclass
class Domain:
    """What domain.yml declares, each name at its line."""

    intents: list[Text] = field(default_factory=list)
    entities: list[Text] = field(default_factory=list)
    responses: list[Text] = field(default_factory=list)
    actions: list[Text] = field(default_factory=list)
    payloads: list[Text] = field(default_factory=list)  # of the buttons in responses


@dataclass
class Project:
    """Training data (data/**), domain.yml and the action code of one assistant."""

    domain: Domain = field(default_factory=Domain)
    code: ActionCode = field(default_factory=ActionCode)
    unreadable: list[Problem] = field(default_factory=list)  # files that could not be read
    examples: list[Example] = field(default_factory=list)
    nlu_intents: list[Text] = field(default_factory=list)  # each `- intent:` of data/nlu
    # Each rule and story as its steps in order: ("intent", name) or ("action", name).
    dialogues: list[list[tuple[str, Text]]] = field(default_factory=list)

    def steps(self, kind: str) -> Iterator[Text]:
        """Every intent (kind "intent") or action (kind "action") of the rules and stories."""
        for dialogue in self.dialogues:
            yield from (name for step_kind, name in dialogue if step_kind == kind)

    def answers(self) -> Iterator[tuple[Text, Text]]:
        """(intent, the action that follows it) throughout the rules and stories."""
        for dialogue in self.dialogues:
            for index, (kind, intent) in enumerate(dialogue):
                if kind == "intent":
                    following = (name for k, name in dialogue[index + 1 :] if k == "action")
                    if (action := next(following, None)) is not None:
                        yield intent, action


def _names(items: Any) -> list[Text]:
    """Names of a domain list whose items are a name or `name: {options}`."""
    names = []
    for item in items or []:
        names.extend([item] if isinstance(item, str) else list(item or {}))
    return names


def read_domain(project: Project, path: Path, label: str) -> None:
    content = load_yaml(path, label) or {}
    responses = content.get("responses") or {}
    project.domain = Domain(
        intents=_names(content.get("intents")),
        entities=_names(content.get("entities")),
        responses=list(responses),
        actions=_names(content.get("actions")),
        payloads=list(_payloads(responses)),
    )


def _payloads(responses: dict[str, Any]) -> Iterator[Text]:
    """The payload of every button of every response (a response is a list of variations)."""
    for variations in responses.values():
        for variation in variations if isinstance(variations, list) else []:
            buttons = variation.get("buttons") if isinstance(variation, dict) else None
            for button in buttons or []:
                if isinstance(button, dict) and isinstance(button.get("payload"), str):
                    yield button["payload"]


def _examples(intent: Text, examples: Any) -> Iterator[Example]:
    """Rasa's `examples: |` block of `- ` lines (or the list form with `text:`)."""
    if isinstance(examples, str):
        for line in lines_of_block(examples):
            stripped = line.strip()
            if stripped.startswith("- "):
                yield Example(intent, Text(stripped[2:].strip(), line.file, line.line))
    elif isinstance(examples, list):
        for item in examples:
            if isinstance(item, dict) and isinstance(item.get("text"), str):
                yield Example(intent, item["text"])


def _steps(steps: Any) -> Iterator[tuple[str, Text]]:
    for step in steps or []:
        if not isinstance(step, dict):
            continue
        if "or" in step:
            yield from _steps(step["or"])
        for kind in ("intent", "action"):
            if isinstance(step.get(kind), str):
                yield kind, step[kind]


def read_data(project: Project, path: Path, label: str) -> None:
    """Add the NLU examples, rules and stories of one data file to `project`."""
    content = load_yaml(path, label) or {}
    for item in content.get("nlu") or []:
        if isinstance(item, dict) and isinstance(item.get("intent"), str):
            project.nlu_intents.append(item["intent"])
            project.examples.extend(_examples(item["intent"], item.get("examples")))
    for section in ("rules", "stories"):
        for dialogue in content.get(section) or []:
            if isinstance(dialogue, dict):
                project.dialogues.append(list(_steps(dialogue.get("steps"))))


def read_project(root: Path) -> Project:
    """Everything the checks compare; a file that cannot be read becomes a problem."""
    project = Project()
    readers = [
        (root / DOMAIN, partial(read_domain, project)),
        *((path, partial(read_data, project)) for path in sorted((root / DATA).rglob("*.yml"))),
        *(
            (path, partial(read_action_code, project.code))
            for path in sorted((root / ACTIONS).rglob("*.py"))
        ),
    ]
    for path, read in readers:
        try:
            read(path, path.relative_to(root).as_posix())
        except Unreadable as error:
            project.unreadable.append(Problem(error.file, error.line, error.reason))
    return project
