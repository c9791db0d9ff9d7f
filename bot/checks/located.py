"""Strings that remember the file and line they were read from, so messages can say where."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml


class Text(str):
    """A string from a file, with the place it was read from (`data/nlu/court.yml:12`)."""

    file: str
    line: int

    def __new__(cls, value: str, file: str, line: int) -> Text:
        text = super().__new__(cls, value)
        text.file = file
        text.line = line
        return text

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


class _Loader(yaml.SafeLoader):
    """PyYAML's safe loader, making every string a `Text` placed in the file `label`."""

    def __init__(self, stream: str, label: str) -> None:
        super().__init__(stream)
        self.label = label

    def construct_text(self, node: yaml.ScalarNode) -> Text:
        return Text(self.construct_scalar(node), self.label, node.start_mark.line + 1)


_Loader.add_constructor("tag:yaml.org,2002:str", _Loader.construct_text)


class Unreadable(ValueError):
    """A file that cannot be read, with the place and the reason for the maintainer."""

    def __init__(self, file: str, line: int, reason: str) -> None:
        self.file, self.line, self.reason = file, line, reason
        super().__init__(f"{file}:{line}: {reason}")


def load_yaml(path: Path, label: str) -> Any:
    """The YAML file as Python data where every string, keys included, is a `Text`.

    A block scalar (`examples: |`) is placed on the line of its `|`; its text starts on the
    next line. Raises Unreadable for a file that is not valid YAML.
    """
    loader = _Loader(path.read_text(encoding="utf-8"), label)
    try:
        return loader.get_single_data()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise Unreadable(
            label,
            mark.line + 1 if mark else 0,
            f"this is not valid YAML ({error.problem}); check the indentation and the quotes "
            "on this line and the one before.",
        ) from error
    finally:
        loader.dispose()


def lines_of_block(block: Text) -> list[Text]:
    """Each line of a `|` block scalar, placed on its own line of the file."""
    return [
        Text(line, block.file, block.line + 1 + index)
        for index, line in enumerate(block.splitlines())
    ]
