"""Services that serve no URL (the Telegram bridge) are ready once they run."""

from __future__ import annotations

import sys

import pytest

from bot.services import Service


def test_a_service_without_a_ready_url_is_ready_once_it_runs():
    service = Service("sleeper", [sys.executable, "-c", "import time; time.sleep(30)"], None)
    service.start()
    try:
        service.wait_ready(timeout=10)
        assert service.is_ready()
    finally:
        service.stop(timeout=5)
    assert not service.is_ready()


def test_a_service_that_has_exited_is_not_ready():
    service = Service("quitter", [sys.executable, "-c", "raise SystemExit(3)"], None)
    service.start()
    service.process.wait()
    with pytest.raises(RuntimeError, match="quitter exited with code 3"):
        service.wait_ready(timeout=10)
