"""Turn knowledge records into the text people read: short, sourced, dated."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from urllib.parse import urlparse

from actions.texts import table, text
from bot.knowledge import Source

MAX_LISTED = 6
MAX_TITLE_WORDS = 6
SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def human_date(day: dt.date) -> str:
    """'27 November 2026': unambiguous for readers on every continent."""
    return f"{day.day} {day:%B %Y}"


def publisher(source: Source) -> str | None:
    host = (urlparse(str(source.url)).hostname or "").removeprefix("www.")
    for address, name in table("publishers").items():
        if host == address or host.endswith("." + address):
            return name
    return None


def short_title(source: Source) -> str:
    """ "ICC: About the Court": who published it and the first words of its title."""
    title = re.split(r" \(|, |: | - ", source.title)[0].strip()
    by = publisher(source)
    if by and title.lower().startswith(("international criminal court", by.lower())):
        title = re.split(r", |: ", source.title, maxsplit=1)[-1]
        title = re.split(r" \(", title)[0].strip()
    words = title.split()
    if len(words) > MAX_TITLE_WORDS:
        title = " ".join(words[:MAX_TITLE_WORDS]) + "…"
    return f"{by}: {title}" if by and by.lower() not in title.lower() else title


def link(source: Source) -> str:
    """A Markdown link, which the widget and the Telegram bridge show as a short linked title."""
    return f"[{short_title(source)}]({source.url})"


def source_line(sources: Sequence[Source], as_of: dt.date, limit: int = 1) -> str:
    """One line naming where the facts come from and when they were last checked."""
    links = "; ".join(link(source) for source in sources[:limit])
    return text("source_line", links=links, date=human_date(as_of))


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
    text_ = "\n".join(f"{index}. {line}" for index, line in enumerate(lines[:limit], start=1))
    if len(lines) > limit:
        text_ += f"\n(and {len(lines) - limit} more)"
    return text_


def fit(*parts: str | None, limit: int) -> tuple[str, bool]:
    """Whole sentences of the parts, in order, up to `limit` words (always at least one);
    says whether something was left over for "tell me more"."""
    kept: list[str] = []
    words = 0
    for part in filter(None, parts):
        for sentence in SENTENCE_END.split(part.strip()):
            size = len(sentence.split())
            if kept and words + size > limit:
                return " ".join(kept), True
            kept.append(sentence)
            words += size
    return " ".join(kept), False
