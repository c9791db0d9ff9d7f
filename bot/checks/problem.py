"""A mistake a check found: where to fix it and what to do, in one plain sentence."""

from __future__ import annotations

from dataclasses import dataclass

from bot.checks.located import Text


@dataclass(frozen=True, order=True)
class Problem:
    file: str  # or the file and the record, for the knowledge validator's messages
    line: int  # 0 when the message names no line
    message: str

    @classmethod
    def at(cls, text: Text, message: str) -> Problem:
        """A problem at the place `text` was read from."""
        return cls(text.file, text.line, message)

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"
