"""Turn knowledge records into the text people read: short, sourced, dated."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from bot.knowledge import Record, Source

MAX_LISTED = 6


def human_date(day: dt.date) -> str:
    """'27 November 2026': unambiguous for readers on every continent."""
    return f"{day.day} {day:%B %Y}"


def source_line(sources: Sequence[Source], as_of: dt.date, limit: int = 2) -> str:
    """One line naming where the facts come from and when they were last checked."""
    links = " ; ".join(str(source.url) for source in sources[:limit])
    return f"Source: {links} (as of {human_date(as_of)})"


def sourced_text(body: str, record: Record) -> str:
    """The answer body followed by its source line, in one chat bubble.

    A blank line would make Rasa split the reply into two messages.
    """
    return f"{body}\n{source_line(record.sources, record.as_of)}"


def sourced_text_for(body: str, records: Iterable[Record]) -> str:
    """Like `sourced_text` for an answer drawn from several records: the oldest date counts."""
    records = list(records)
    sources = list({str(s.url): s for r in records for s in r.sources[:1]}.values())
    return f"{body}\n{source_line(sources, min(r.as_of for r in records))}"


def name_list(names: Sequence[str], limit: int = MAX_LISTED) -> str:
    """'A, B and C', or 'A, B, C and 4 more' when the list is long."""
    shown = list(names[:limit])
    hidden = len(names) - len(shown)
    if hidden:
        return ", ".join(shown) + f" and {hidden} more"
    if len(shown) <= 1:
        return "".join(shown)
    return ", ".join(shown[:-1]) + f" and {shown[-1]}"


def numbered(lines: Sequence[str], limit: int = MAX_LISTED) -> str:
    """A numbered list people can pick from ("tell me about the second one")."""
    text = "\n".join(f"{index}. {line}" for index, line in enumerate(lines[:limit], start=1))
    if len(lines) > limit:
        text += f"\n(and {len(lines) - limit} more)"
    return text
