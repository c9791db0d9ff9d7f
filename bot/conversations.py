"""The conversations Rasa keeps in its SQL tracker store, read and deleted with SQLAlchemy.

Rasa writes one row per event in the table `events` (Rasa 3.6's `SQLTrackerStore.SQLEvent`:
id, sender_id, type_name, timestamp, intent_name, action_name, data as JSON). Rasa itself is
not imported: loading it takes seconds, and plain SQL on these columns is all that is needed.
tests/test_review.py and tests/test_prune.py write their data with Rasa's own store, so a
change of schema shows there.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from bot.settings import ConversationStore

EVENTS = sa.Table(
    "events",
    sa.MetaData(),
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sender_id", sa.String(255), nullable=False),
    sa.Column("type_name", sa.String(255), nullable=False),
    sa.Column("timestamp", sa.Float),
    sa.Column("data", sa.Text),
)


@dataclass(frozen=True)
class UserMessage:
    """One message a person sent, with what the NLU made of it."""

    text: str
    timestamp: float
    intent: str | None
    confidence: float
    ranking: tuple[tuple[str, float], ...]  # likeliest intent first
    channel: str | None


@dataclass(frozen=True)
class Deleted:
    events: int = 0
    conversations: int = 0  # conversations with nothing left
    shortened: int = 0  # conversations that keep their more recent events


def prepare(store: ConversationStore) -> None:
    """Make the SQLite file's folder: without it Rasa retries the connection forever."""
    if store.sqlite_file:
        store.sqlite_file.parent.mkdir(parents=True, exist_ok=True)


@contextlib.contextmanager
def _connect(store: ConversationStore) -> Iterator[Connection | None]:
    """A transaction on the store, or None while nothing is stored yet (no SQLite file, or
    no `events` table: Rasa creates it when it starts). An absent file is not created."""
    if store.sqlite_file and not store.sqlite_file.is_file():
        yield None
        return
    engine = sa.create_engine(store.url)
    try:
        with engine.begin() as connection:
            yield connection if sa.inspect(connection).has_table(EVENTS.name) else None
    finally:
        engine.dispose()


def user_messages(store: ConversationStore) -> list[UserMessage]:
    """Every message people sent, oldest first."""
    query = (
        sa.select(EVENTS.c.timestamp, EVENTS.c.data)
        .where(EVENTS.c.type_name == "user")
        .order_by(EVENTS.c.id)
    )
    with _connect(store) as connection:
        if connection is None:
            return []
        return [
            _user_message(json.loads(data), timestamp)
            for timestamp, data in connection.execute(query)
        ]


def _user_message(event: dict[str, Any], timestamp: float) -> UserMessage:
    parse_data = event.get("parse_data") or {}
    intent = parse_data.get("intent") or {}
    ranking = tuple(
        (entry["name"], float(entry.get("confidence") or 0.0))
        for entry in parse_data.get("intent_ranking") or ()
        if entry.get("name")
    )
    return UserMessage(
        text=event.get("text") or "",
        timestamp=timestamp,
        intent=intent.get("name"),
        confidence=float(intent.get("confidence") or 0.0),
        ranking=ranking,
        channel=event.get("input_channel"),
    )


def delete_before(store: ConversationStore, cutoff: float) -> Deleted:
    """Delete every event older than `cutoff` (a Unix time), whatever its conversation.

    Events, not whole conversations: a Telegram chat is one conversation for as long as the
    chat exists, and its old messages must go too. Rasa starts a new session after an hour
    of silence (domain.yml), so what is deleted is never part of a conversation in progress.
    """
    old = EVENTS.c.timestamp < cutoff
    recent_senders = sa.select(EVENTS.c.sender_id).where(EVENTS.c.timestamp >= cutoff)
    senders = sa.func.count(sa.distinct(EVENTS.c.sender_id))
    with _connect(store) as connection:
        if connection is None:
            return Deleted()
        if connection.dialect.name == "sqlite":
            # Overwrite deleted rows in the file instead of leaving them in free pages.
            connection.exec_driver_sql("PRAGMA secure_delete = ON")
        touched = connection.execute(sa.select(senders).where(old)).scalar_one()
        emptied = connection.execute(
            sa.select(senders).where(old, EVENTS.c.sender_id.not_in(recent_senders))
        ).scalar_one()
        events = connection.execute(sa.delete(EVENTS).where(old)).rowcount
    return Deleted(events=events, conversations=emptied, shortened=touched - emptied)
