"""The real bridge, started as people start it (`python -m bot.telegram`, through the same
`Service` as `make run`), pointed at a fake Bot API and any Rasa."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.services import Service, telegram_bridge
from tests.telegram.fake_bot_api import TOKEN, FakeBotApi

STARTUP_TIMEOUT_SECONDS = 60


@dataclass
class RunningBridge:
    service: Service
    log_file: Path

    def is_running(self) -> bool:
        return self.service.is_running()

    def log(self) -> str:
        return self.log_file.read_text()


@contextlib.contextmanager
def running_bridge(
    api: FakeBotApi, rasa_url: str, log_dir: Path, **env: str
) -> Iterator[RunningBridge]:
    """The bridge, polling `api` (or in webhook mode, by `env`), until Ctrl-C at the end."""
    service = telegram_bridge(rasa_url)
    service.env.update(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_BASE_URL": api.base_url,
            "TELEGRAM_WEBHOOK_URL": "",
            "TELEGRAM_WEBHOOK_SECRET": "",
            "RETENTION_DAYS": "",  # the default, unless `env` says otherwise
            **env,
        }
    )
    log_file = log_dir / "telegram-bridge.log"
    service.start(log_file)
    try:
        service.wait_ready(STARTUP_TIMEOUT_SECONDS)  # as `make run` does
        first_call = "setWebhook" if service.env["TELEGRAM_WEBHOOK_URL"] else "getUpdates"
        api.wait_for(first_call, timeout=STARTUP_TIMEOUT_SECONDS)
        yield RunningBridge(service, log_file)
    finally:
        exit_code = service.stop(timeout=30, sig=signal.SIGINT)
    assert exit_code == 0, f"the bridge exited with {exit_code}; log: {log_file}"
