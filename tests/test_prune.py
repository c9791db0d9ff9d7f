"""Retention: `make prune DAYS=N` and the daily pruning of `make run` delete what is older
than N days from a tracker store written by Rasa, and keep the rest usable by Rasa."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from pathlib import Path

import pytest
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain

import bot.prune
from bot.conversations import Deleted
from bot.prune import DailyPrune, prune
from bot.settings import ConversationStore
from tests.commands import run_make
from tests.servers import free_port
from tests.tracker_data import NOW, days_ago, said, seed, turn


@pytest.fixture
def conversations(tracker_db: Path) -> Path:
    seed(
        tracker_db,
        {
            "old": [*turn(said("hello", "greet", 0.9, days_ago(45)))],
            "returning": [
                *turn(said("what is the icc", "about_icc", 0.9, days_ago(40))),
                *turn(said("and the icj?", "icc_vs_icj", 0.8, days_ago(2))),
            ],
            "recent": [*turn(said("thanks", "thanks", 0.9, days_ago(29)))],
        },
    )
    return tracker_db


def texts_by_sender(db: Path) -> dict[str, list[str]]:
    with sqlite3.connect(db) as connection:
        rows = connection.execute(
            "SELECT sender_id, json_extract(data, '$.text') FROM events "
            "WHERE type_name = 'user' ORDER BY id"
        ).fetchall()
    found: dict[str, list[str]] = {}
    for sender, text in rows:
        found.setdefault(sender, []).append(text)
    return found


def test_old_events_are_deleted_and_recent_ones_kept(conversations):
    deleted = prune(ConversationStore.from_env(), days=30, now=NOW)

    # 4 events per turn: the message, the action, the answer, listening again.
    assert deleted == Deleted(events=8, conversations=1, shortened=1)
    assert texts_by_sender(conversations) == {"returning": ["and the icj?"], "recent": ["thanks"]}
    # Rasa still reads what is left.
    store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(conversations))
    tracker = asyncio.run(store.retrieve("returning"))
    store.engine.dispose()
    assert tracker.latest_message.text == "and the icj?"


def test_make_prune_prints_what_it_deleted(conversations):
    result = run_make("prune", "DAYS=10")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == (
        f"{conversations}: events older than 10 days deleted: 12; "
        "conversations removed: 2, shortened: 1."
    )
    assert texts_by_sender(conversations) == {"returning": ["and the icj?"]}


def test_pruning_before_anything_is_stored_creates_nothing(tracker_db, capsys):
    assert bot.prune.main([]) == 0
    assert "events older than 30 days deleted: 0;" in capsys.readouterr().out
    assert not tracker_db.exists()


def test_retention_days_come_from_the_environment(conversations, monkeypatch, capsys):
    monkeypatch.setenv("RETENTION_DAYS", "42")
    assert bot.prune.main([]) == 0
    assert "events older than 42 days deleted: 4;" in capsys.readouterr().out


def test_days_must_be_at_least_one(tracker_db):
    with pytest.raises(SystemExit):
        bot.prune.main(["--days", "0"])


def test_make_run_prunes_at_start_then_once_a_day(monkeypatch):
    calls: list[int] = []
    monkeypatch.setattr(bot.prune, "prune", lambda store, days: calls.append(days) or Deleted())
    schedule = DailyPrune(ConversationStore(retention_days=7))

    schedule.run_if_due(1000.0)
    schedule.run_if_due(1000.0 + 23 * 60 * 60)
    assert calls == [7]
    schedule.run_if_due(1000.0 + 24 * 60 * 60)
    assert calls == [7, 7]


def test_an_unreachable_store_is_reported_and_does_not_stop_the_launcher(caplog):
    down = ConversationStore(dialect="postgresql", host="127.0.0.1", port=free_port(), db="rasa")
    with caplog.at_level(logging.WARNING, logger="bot.prune"):
        DailyPrune(down).run_if_due(0.0)
    assert "could not prune the conversations" in caplog.text
