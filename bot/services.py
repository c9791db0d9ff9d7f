"""Start, watch and stop the local processes (action server, Rasa server, channels).

`make run` and the test fixtures share this code, so what the tests start is what people run.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from bot.paths import MODEL_PATH, PROJECT_ROOT
from bot.settings import Settings

logger = logging.getLogger(__name__)

PROCESS_ENV = {"RASA_TELEMETRY_ENABLED": "false", "PYTHONUNBUFFERED": "1"}


@dataclass
class Service:
    """One child process with a URL that answers when it is ready.

    A process that serves no URL (`ready_url` None, e.g. the Telegram bridge, which only
    calls out) counts as ready as soon as it runs.
    """

    name: str
    command: list[str]
    ready_url: str | None
    env: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen[bytes] | None = None

    def start(self, log_file: Path | None = None) -> None:
        """Start the process in its own process group, so stopping it stops its children too."""
        output = open(log_file, "ab") if log_file else None  # noqa: SIM115 - lives with the child
        self.process = subprocess.Popen(
            self.command,
            cwd=PROJECT_ROOT,
            env={**os.environ, **PROCESS_ENV, **self.env},
            stdout=output,
            stderr=subprocess.STDOUT if output else None,
            start_new_session=True,
        )
        if output:
            output.close()
        logger.info("Started %s (pid %s)", self.name, self.process.pid)

    def is_running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def is_ready(self) -> bool:
        if self.ready_url is None:
            return self.is_running()
        try:
            with urllib.request.urlopen(self.ready_url, timeout=2) as response:
                return response.status == 200
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return False

    def wait_ready(self, timeout: float) -> None:
        """Block until the ready URL answers; fail early if the process dies."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.is_running():
                code = self.process.returncode if self.process else None
                raise RuntimeError(f"{self.name} exited with code {code} before it was ready")
            if self.is_ready():
                where = f" at {self.ready_url}" if self.ready_url else ""
                logger.info("%s is ready%s", self.name, where)
                return
            time.sleep(0.5)
        raise TimeoutError(f"{self.name} was not ready at {self.ready_url} within {timeout:.0f}s")

    def stop(self, timeout: float = 20, sig: signal.Signals = signal.SIGTERM) -> int | None:
        """Ask the process group to stop with `sig`, kill it if it has not after `timeout`."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            _signal_group(self.process.pid, sig)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                logger.warning("%s did not stop within %.0fs; killing it", self.name, timeout)
                _signal_group(self.process.pid, signal.SIGKILL)
                self.process.wait()
        else:
            # The leader may be gone while its group lives on; make sure nothing is left behind.
            _signal_group(self.process.pid, signal.SIGKILL)
        return self.process.returncode


def _signal_group(pid: int, sig: signal.Signals) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(pid, sig)


def _rasa_cli() -> list[str]:
    return [sys.executable, "-m", "rasa"]


def action_server(settings: Settings) -> Service:
    return Service(
        name="action server",
        command=[
            *_rasa_cli(),
            "run",
            "actions",
            "--actions",
            "actions",
            "--port",
            str(settings.action_port),
        ],
        ready_url=f"{settings.action_url}/health",
        env={"SANIC_HOST": settings.host},  # rasa-sdk reads its bind address from here
    )


def endpoints_env(settings: Settings) -> dict[str, str]:
    """The variables endpoints.yml refers to; Rasa refuses to start if one is missing."""
    return {
        "ACTION_ENDPOINT_URL": settings.action_endpoint_url,
        "TRACKER_STORE_URL": settings.conversations.url.render_as_string(hide_password=False),
    }


def rasa_server(settings: Settings, model: Path = MODEL_PATH) -> Service:
    return Service(
        name="Rasa server",
        command=[
            *_rasa_cli(),
            "run",
            "--model",
            str(model),
            "--interface",
            settings.host,
            "--port",
            str(settings.rasa_port),
            "--credentials",
            "credentials.yml",
            "--endpoints",
            "endpoints.yml",
            "--cors",  # browsers may call the REST channel only from these pages (the widget)
            *settings.cors_origins,
        ],
        ready_url=f"{settings.rasa_url}/",
        env=endpoints_env(settings),
    )


def web_server(settings: Settings) -> Service:
    """The demo page with the chat widget, pointed at this Rasa server."""
    return Service(
        name="web server",
        command=[
            sys.executable,
            "-m",
            "bot.web.server",
            "--host",
            settings.host,
            "--port",
            str(settings.web_port),
            "--rasa-url",
            settings.rasa_url,
        ],
        ready_url=f"{settings.web_url}/widget.js",
    )


def telegram_bridge(rasa_url: str) -> Service:
    """The Telegram bridge (`bot.telegram`), talking to the Rasa server at `rasa_url`."""
    return Service(
        name="Telegram bridge",
        command=[sys.executable, "-m", "bot.telegram"],
        ready_url=None,
        env={"RASA_URL": rasa_url},
    )
