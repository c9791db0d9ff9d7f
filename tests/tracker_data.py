"""Conversations written into an SQLite tracker store by Rasa's own `SQLTrackerStore`, so the
tests read exactly the schema and JSON that a running Rasa server writes."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, Event, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

DAY = 24 * 60 * 60
NOW = time.time()


def days_ago(days: float) -> float:
    return NOW - days * DAY


def said(
    text: str,
    intent: str,
    confidence: float,
    when: float,
    ranking: tuple[tuple[str, float], ...] = (),
    channel: str = "rest",
) -> UserUttered:
    """A message as the NLU parsed it; `ranking` defaults to the intent alone."""
    ranking = ranking or ((intent, confidence),)
    return UserUttered(
        text,
        intent={"name": intent, "confidence": confidence},
        parse_data={
            "intent_ranking": [{"name": name, "confidence": value} for name, value in ranking]
        },
        timestamp=when,
        input_channel=channel,
    )


def turn(message: UserUttered, answer: str = "An answer.") -> list[Event]:
    """The message, the assistant's answer, and the listening that follows, as Rasa logs it."""
    when = message.timestamp
    return [
        message,
        ActionExecuted("action_answer", timestamp=when + 0.1),
        BotUttered(answer, timestamp=when + 0.2),
        ActionExecuted("action_listen", timestamp=when + 0.3),
    ]


def seed(db: Path, conversations: dict[str, list[Event]]) -> None:
    """Save each conversation (sender id -> events) with Rasa's SQL tracker store."""
    store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(db))
    for sender_id, events in conversations.items():
        tracker = DialogueStateTracker.from_events(sender_id, events)
        asyncio.run(store.save(tracker))
    store.engine.dispose()
