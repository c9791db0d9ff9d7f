"""Answers about the previous answer itself: "tell me more", "where does this come from?"."""

from __future__ import annotations

import re

from actions.common import Answer, kb, sources_button
from actions.formatting import human_date
from actions.kinds import kind_of
from actions.texts import text
from actions.turn import DECIDING, Turn
from bot.knowledge import Record, State

# "Has anyone actually done it?", "has that ever happened?", "any examples?"
ASKS_INSTANCES = re.compile(
    r"\b(has|have|did) (any ?(one|body)|any (country|state|countries|states|government)s?|"
    r"(that|this|it)) (ever |actually |really |already )*(done|do|happen(ed)?|been (done|used)|"
    r"used|tried)\b|\bever (happened|been used|been done|used)\b|"
    r"\b(any|some|give me an?|real) (examples?|instances?)\b|\bfor example\b|"
    r"\bwho (has|have) (done|used) (it|that|this)\b|"
    r"\bhow often (has|does|did) (that|this|it) happen",
    re.I,
)
# "Has any country ever actually quit?", "did a head of State ever appear?": asked at once.
ASKS_EVER = re.compile(
    r"\b(has|have|did) (any|anyone|anybody|a|an)\b ?(\w+ ){0,3}(ever|actually|already)\b|"
    r"\bever (been|happened|done|used)\b|\bany (real )?examples?\b",
    re.I,
)


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


def instances_of(answer_id: str | None) -> str | None:
    """What the facet or record `answer_id` names as the place its rule really happened."""
    found = kb().facet(answer_id or "")
    if found is not None:
        return found[1].instances
    record = kb().get(answer_id or "")
    return record.instances if record is not None else None


def instances_asked(turn: Turn) -> str | None:
    """ "Has anyone actually done it?" after how a State withdraws: the facet or record the
    last answer's `instances` names (the States that withdrew), or None."""
    if not turn.is_follow_up() or not ASKS_INSTANCES.search(turn.text):
        return None
    if any(isinstance(r, (*DECIDING, State)) for r in turn.named):
        return None  # "has Kenya done it?" asks of Kenya
    return instances_of(turn.previous_question) or (
        turn.previous.instances if turn.previous is not None else None
    )
