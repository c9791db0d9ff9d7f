"""`make run`: train if needed, start every local service, stop them all on Ctrl-C.

While it runs, conversations older than `RETENTION_DAYS` are deleted once a day.
`--shell` starts only the action server and chats in the terminal (`make shell`).
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import subprocess
import sys
import time
from types import FrameType

from bot import conversations
from bot.paths import MODEL_PATH, PROJECT_ROOT
from bot.prune import DailyPrune
from bot.services import (
    PROCESS_ENV,
    Service,
    action_server,
    endpoints_env,
    rasa_server,
    telegram_bridge,
    web_server,
)
from bot.settings import Settings
from bot.training import ensure_model

logger = logging.getLogger("bot.run")

READY_TIMEOUT_SECONDS = 300
LOG_DIR = PROJECT_ROOT / "var" / "log"


class _StopRequested(Exception):
    pass


def _raise_stop(signum: int, _frame: FrameType | None) -> None:
    raise _StopRequested(signal.Signals(signum).name)


def local_services(settings: Settings) -> list[Service]:
    """What `make run` starts, in dependency order; the Telegram bridge only with a bot token."""
    services = [action_server(settings), rasa_server(settings), web_server(settings)]
    if settings.telegram:
        services.append(telegram_bridge(settings.rasa_url))
    return services


def start_all(services: list[Service]) -> None:
    """Start every service, then wait until each answers; logs go to var/log/."""
    LOG_DIR.mkdir(parents=True, exist_ok=True)
    for service in services:
        log_file = LOG_DIR / f"{service.name.replace(' ', '-').lower()}.log"
        service.start(log_file)
        logger.info("%s is starting; its log is %s", service.name, log_file)
    for service in services:
        service.wait_ready(READY_TIMEOUT_SECONDS)


def stop_all(services: list[Service]) -> None:
    for service in reversed(services):
        if service.process is not None:
            service.stop()
            logger.info("Stopped %s", service.name)


def print_usage(settings: Settings) -> None:
    telegram = "  Telegram: send /start to your bot\n" if settings.telegram else ""
    print(
        f"\nThe ICC Explainer is running.\n"
        f"  Web chat demo: {settings.web_url}/\n"
        f"  REST channel: {settings.rasa_url}/webhooks/rest/webhook\n"
        f"  Try: curl -s {settings.rasa_url}/webhooks/rest/webhook "
        f"-H 'Content-Type: application/json' "
        f'-d \'{{"sender": "me", "message": "What is the ICC?"}}\'\n'
        f"{telegram}"
        f"Press Ctrl-C to stop.\n",
        flush=True,
    )


def run_shell(settings: Settings) -> int:
    """Chat in this terminal with `rasa shell`, backed by a real action server."""
    actions = action_server(settings)
    try:
        ensure_model()
        conversations.prepare(settings.conversations)
        start_all([actions])
        command = [
            sys.executable,
            "-m",
            "rasa",
            "shell",
            "--model",
            str(MODEL_PATH),
            "--endpoints",
            "endpoints.yml",
        ]
        env = {**os.environ, **PROCESS_ENV, **endpoints_env(settings)}
        return subprocess.run(command, cwd=PROJECT_ROOT, env=env).returncode
    except (RuntimeError, TimeoutError) as error:
        logger.error("%s", error)
        return 1
    finally:
        stop_all([actions])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shell", action="store_true", help="chat in the terminal instead")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    settings = Settings.from_env()
    if args.shell:
        return run_shell(settings)
    signal.signal(signal.SIGINT, _raise_stop)
    signal.signal(signal.SIGTERM, _raise_stop)
    services = local_services(settings)
    retention = DailyPrune(settings.conversations)
    try:
        ensure_model()
        conversations.prepare(settings.conversations)
        retention.run_if_due(time.monotonic())
        start_all(services)
        print_usage(settings)
        while all(service.is_running() for service in services):
            retention.run_if_due(time.monotonic())
            time.sleep(1)
        failed = [service.name for service in services if not service.is_running()]
        logger.error("%s stopped unexpectedly; see var/log/. Stopping the rest.", ", ".join(failed))
        return 1
    except _StopRequested as stop:
        logger.info("Received %s; stopping.", stop)
        return 0
    except (RuntimeError, TimeoutError) as error:
        logger.error("%s", error)
        return 1
    finally:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        stop_all(services)


if __name__ == "__main__":
    sys.exit(main())
