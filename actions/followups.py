"""Answers about the previous answer itself: "tell me more", "where does this come from?"."""

from __future__ import annotations

from actions.common import Answer, kb, sources_button
from actions.formatting import human_date
from actions.kinds import kind_of
from actions.texts import text
from bot.knowledge import Record


def more_about(record: Record | None) -> Answer | None:
    """The rest of what the previous answer was about, or None when there is no more."""
    more = kind_of(record).more(record) if record else None
    if not more or record is None:
        return None
    return Answer.about([record], more, buttons=[sources_button()], subject=record.id)


def sources_of(record: Record | None, last_question: str | None) -> Answer:
    """Every source of the last answer (the answer itself links only the first)."""
    if record is None:
        return Answer(text("sources_in_general"))
    found = kb().facet(last_question or "")
    sources, as_of = record.sources, record.as_of
    if found is not None and found[0].id == record.id:
        sources, as_of = found[1].sources, found[1].as_of
    titles = "\n".join(f"- {s.title}: {s.url}" for s in sources)
    body = (
        f"{text('sources_of', name=record.name)}\n{titles}\n"
        f"{text('last_checked', date=human_date(as_of))}"
    )
    return Answer(body)
