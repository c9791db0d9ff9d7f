"""Turn knowledge records into the text people read: short, sourced, dated."""

from __future__ import annotations

import datetime as dt

from bot.knowledge import Record


def human_date(day: dt.date) -> str:
    """'27 November 2026': unambiguous for readers on every continent."""
    return f"{day.day} {day:%B %Y}"


def source_line(record: Record) -> str:
    """One line naming where the fact comes from and when it was last checked."""
    links = " ; ".join(str(source.url) for source in record.sources)
    return f"Source: {links} (as of {human_date(record.as_of)})"


def sourced_text(body: str, record: Record) -> str:
    """The answer body followed by its source line, in one chat bubble.

    A blank line would make Rasa split the reply into two messages.
    """
    return f"{body}\n{source_line(record)}"
