"""The running assistant keeps conversations in the SQL tracker store (SQLite here: the
temporary file of this test run, see conftest.py)."""

from __future__ import annotations

import json
import sqlite3
import uuid

from bot.paths import PROJECT_ROOT


def test_a_rest_conversation_is_stored_in_the_sqlite_file(assistant, session_conversations):
    assert session_conversations != PROJECT_ROOT / "var" / "conversations.db"
    sender = f"store-{uuid.uuid4().hex[:8]}"
    assert assistant.ask("What is the ICC?", sender=sender)

    with sqlite3.connect(session_conversations) as db:
        rows = db.execute(
            "SELECT type_name, data FROM events WHERE sender_id = ? ORDER BY id", (sender,)
        ).fetchall()
    said = [json.loads(data) for kind, data in rows if kind == "user"]
    assert [event["text"] for event in said] == ["What is the ICC?"]
    assert said[0]["parse_data"]["intent"]["name"] == "about_icc"
    assert "bot" in {kind for kind, _ in rows}  # the answer is kept too
