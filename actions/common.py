"""What every answering action shares: the records a message is about, and the reply."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.formatting import numbered, source_line
from actions.texts import text
from bot.knowledge import KnowledgeBase, Record, Source, get_knowledge_base

R = TypeVar("R", bound=Record)
MAX_BUTTONS = 4


def kb() -> KnowledgeBase:
    return get_knowledge_base()


def resolve(value: Any, kind: type[R] = Record) -> R | None:
    """A record from an entity value: the matcher gives ids, DIET gives the words typed."""
    if not isinstance(value, str) or not value.strip():
        return None
    record = kb().get(value) or kb().find(value)
    return record if isinstance(record, kind) else None


def mentioned(tracker: Tracker, entity: str, kind: type[R] = Record) -> list[R]:
    """Records named in the latest message as `entity`, in order, without repeats."""
    found: dict[str, R] = {}
    for value in tracker.get_latest_entity_values(entity):
        record = resolve(value, kind)
        if record is not None:
            found.setdefault(record.id, record)
    return list(found.values())


def payload(intent: str, **entities: str) -> str:
    """'/inform{"facet":"judges_number"}': what Rasa reads as that intent with entities."""
    if not entities:
        return f"/{intent}"
    return f"/{intent}{json.dumps(entities, separators=(',', ':'))}"


def ask_button(title: str, answerable_id: str, **entities: str) -> dict[str, Any]:
    """A button that asks one facet, record question or topic (by id), about a record."""
    return {"title": title, "payload": payload("inform", facet=answerable_id, **entities)}


def intent_button(intent: str, title: str) -> dict[str, Any]:
    return {"title": title, "payload": payload(intent)}


def more_button() -> dict[str, Any]:
    return intent_button("ask_more", text("labels.ask_more"))


def sources_button() -> dict[str, Any]:
    return intent_button("sources", text("labels.sources"))


@dataclass
class Answer:
    """One reply: text with its source and date, next questions, and the context it leaves."""

    body: str
    sources: Sequence[Source] = ()
    as_of: date | None = None
    buttons: list[dict[str, Any]] = field(default_factory=list)
    subject: str | None = None
    question: str | None = None  # the facet, record question or topic it answered
    listed: list[str] | None = None
    response: str | None = None  # a response of domain.yml sent instead (the greeting)

    @classmethod
    def about(cls, records: Iterable[Record], body: str, **context: Any) -> Answer:
        """An answer drawn from records: the first source of each, dated by the oldest."""
        records = list(records)
        sources = list({str(s.url): s for r in records for s in r.sources[:1]}.values())
        as_of = min((r.as_of for r in records), default=None)
        return cls(body, sources, as_of, **context)

    @property
    def text(self) -> str:
        """The body and its source line in one chat bubble (a blank line would split it)."""
        if not self.sources or self.as_of is None:
            return self.body
        return f"{self.body}\n{source_line(self.sources, self.as_of)}"

    def send(self, dispatcher: CollectingDispatcher) -> list[dict[str, Any]]:
        unique = list({b["payload"]: b for b in self.buttons}.values())[:MAX_BUTTONS]
        if self.response is not None:
            dispatcher.utter_message(response=self.response)
        else:
            dispatcher.utter_message(text=self.text, buttons=unique)
        events = []
        if self.subject is not None:
            events.append(SlotSet("subject", self.subject))
        if self.question is not None:
            events.append(SlotSet("last_question", self.question))
        if self.listed is not None:
            events.append(SlotSet("listed", self.listed))
        return events


def first_item_button() -> dict[str, Any]:
    return {"title": text("labels.first_item"), "payload": payload("select_item", ordinal="1")}


def numbered_answer(
    intro: str,
    items: Sequence[Record],
    lines: Sequence[str],
    sources: Iterable[Record],
    more_buttons: Sequence[dict[str, Any]] = (),
    limit: int = 10,
    **context: Any,
) -> Answer:
    """Every answer that shows a numbered list: people can then pick "the first one" or
    "number 3", which the `listed` slot points at."""
    return Answer.about(
        sources,
        f"{intro}\n{numbered(lines, limit=limit)}",
        buttons=[first_item_button(), *more_buttons],
        listed=[item.id for item in items],
        **context,
    )


def among(record: Record, records: list[Record]) -> bool:
    """`record in records` by id: comparing two records field by field is slow."""
    return any(record.id == other.id for other in records)
