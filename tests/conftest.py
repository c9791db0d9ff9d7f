"""Fixtures that start the real assistant: `python -m bot.run` (what `make run` starts)
on free ports on 127.0.0.1, trained once per session and stopped with Ctrl-C at the end.

Every Rasa server a test starts keeps its conversations in a temporary SQLite file, never in
the developer's var/conversations.db.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from bot.running import (
    SHUTDOWN_TIMEOUT_SECONDS,
    STARTUP_TIMEOUT_SECONDS,
    assistant_service,
    free_port,
)
from bot.settings import Settings
from bot.training import ensure_model
from tests.servers import port_is_open


class Assistant:
    """A running assistant and a small REST client for it."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def send(self, message: Any, sender: str = "test-user", **extra: Any) -> requests.Response:
        return requests.post(
            f"{self.settings.rasa_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": message, **extra},
            timeout=60,
        )

    def ask(self, message: str, sender: str = "test-user") -> list[dict[str, Any]]:
        response = self.send(message, sender)
        response.raise_for_status()
        return response.json()


@pytest.fixture(scope="session")
def trained_model() -> Path:
    return ensure_model()


@pytest.fixture(scope="session", autouse=True)
def session_conversations(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The SQLite file of this test run, in the environment that servers started by tests
    inherit (and that `Settings` reads)."""
    db = tmp_path_factory.mktemp("conversations") / "conversations.db"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TRACKER_DIALECT", "sqlite")
        patch.setenv("TRACKER_DB", str(db))
        yield db


@pytest.fixture
def tracker_db(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A conversation store of this test's own (the file does not exist yet)."""
    db = tmp_path / "var" / "conversations.db"
    monkeypatch.setenv("TRACKER_DIALECT", "sqlite")
    monkeypatch.setenv("TRACKER_DB", str(db))
    monkeypatch.delenv("RETENTION_DAYS", raising=False)
    db.parent.mkdir()
    return db


@pytest.fixture(scope="session")
def assistant(
    trained_model: Path, session_conversations: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Assistant]:
    settings = Settings(rasa_port=free_port(), action_port=free_port(), web_port=free_port())
    launcher = assistant_service(settings)
    log_file = tmp_path_factory.mktemp("assistant") / "bot-run.log"
    launcher.start(log_file)
    try:
        launcher.wait_ready(STARTUP_TIMEOUT_SECONDS)
        yield Assistant(settings)
    finally:
        exit_code = launcher.stop(timeout=SHUTDOWN_TIMEOUT_SECONDS, sig=signal.SIGINT)
    # Ctrl-C must stop everything cleanly: exit code 0 and no server left listening.
    assert exit_code == 0, f"bot.run exited with {exit_code}; log: {log_file}"
    assert not port_is_open(settings.rasa_port), "the Rasa server outlived Ctrl-C"
    assert not port_is_open(settings.action_port), "the action server outlived Ctrl-C"
    assert not port_is_open(settings.web_port), "the web server outlived Ctrl-C"
