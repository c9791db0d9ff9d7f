"""What every answering action shares: finding the records a message is about, and replying."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import Any, TypeVar

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from bot.knowledge import KnowledgeBase, Record, get_knowledge_base

R = TypeVar("R", bound=Record)


def kb() -> KnowledgeBase:
    return get_knowledge_base()


def intent_of(tracker: Tracker) -> str | None:
    return (tracker.latest_message.get("intent") or {}).get("name")


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


def subject(tracker: Tracker, kind: type[R] = Record) -> R | None:
    """The record the previous answer was about, for follow-ups such as "was he convicted?"."""
    return resolve(tracker.get_slot("subject"), kind)


@dataclass
class Answer:
    """One reply: text, suggested next questions, and the context it leaves for follow-ups."""

    text: str
    buttons: list[dict[str, Any]] = field(default_factory=list)
    subject: str | None = None
    question: str | None = None
    listed: list[str] | None = None

    def send(self, dispatcher: CollectingDispatcher) -> list[dict[str, Any]]:
        dispatcher.utter_message(text=self.text, buttons=self.buttons[:4])
        events = []
        if self.subject is not None:
            events.append(SlotSet("subject", self.subject))
        if self.question is not None:
            events.append(SlotSet("last_question", self.question))
        if self.listed is not None:
            events.append(SlotSet("listed", self.listed))
        return events


class AnswerAboutAction(Action, ABC):
    """Answers about the first record the message names, or else the previous subject;
    asks which one is meant when there is neither."""

    entities: tuple[str, ...] = ()
    ask: str = ""

    @abstractmethod
    def answer_for(self, record: Record) -> Answer | None:
        """The answer about `record`, or None when this action has nothing to say about it."""

    def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        named = [record for entity in self.entities for record in mentioned(tracker, entity)]
        previous = subject(tracker)
        for record in named or ([previous] if previous else []):
            answer = self.answer_for(record)
            if answer is not None:
                return answer.send(dispatcher)
        dispatcher.utter_message(text=self.ask)
        return []
