"""The conversations Rasa keeps in its SQL tracker store."""

from __future__ import annotations

from bot.settings import ConversationStore


def prepare(store: ConversationStore) -> None:
    """Make the SQLite file's folder: without it Rasa retries the connection forever."""
    if store.sqlite_file:
        store.sqlite_file.parent.mkdir(parents=True, exist_ok=True)
