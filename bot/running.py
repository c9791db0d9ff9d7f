"""Start the whole assistant (`python -m bot.run`, what `make run` starts) on free ports of
127.0.0.1 for a tool or a test, and stop it with Ctrl-C (SIGINT) afterwards."""

from __future__ import annotations

import contextlib
import signal
import socket
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from bot.services import Service
from bot.settings import Settings

STARTUP_TIMEOUT_SECONDS = 300  # Rasa needs 40-80 s on two cores; more when CPUs are shared
SHUTDOWN_TIMEOUT_SECONDS = 60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def assistant_service(settings: Settings, env: dict[str, str] | None = None) -> Service:
    """The launcher on the ports of `settings`, never reaching the real Telegram."""
    return Service(
        name="assistant (bot.run)",
        command=[sys.executable, "-m", "bot.run"],
        ready_url=f"{settings.rasa_url}/",
        env={
            "RASA_PORT": str(settings.rasa_port),
            "ACTION_PORT": str(settings.action_port),
            "WEB_PORT": str(settings.web_port),
            "TELEGRAM_BOT_TOKEN": "",
            **(env or {}),
        },
    )


@contextlib.contextmanager
def running_assistant(log_file: Path | None = None) -> Iterator[str]:
    """The Rasa URL of an assistant that keeps its conversations in a temporary file."""
    with tempfile.TemporaryDirectory(prefix="icc-assistant-") as folder:
        settings = Settings(rasa_port=free_port(), action_port=free_port(), web_port=free_port())
        env = {"TRACKER_DIALECT": "sqlite", "TRACKER_DB": str(Path(folder) / "conversations.db")}
        launcher = assistant_service(settings, env)
        launcher.start(log_file or Path(folder) / "bot-run.log")
        try:
            launcher.wait_ready(STARTUP_TIMEOUT_SECONDS)
            yield settings.rasa_url
        finally:
            launcher.stop(timeout=SHUTDOWN_TIMEOUT_SECONDS, sig=signal.SIGINT)
