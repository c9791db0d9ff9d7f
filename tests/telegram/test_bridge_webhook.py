"""Webhook mode: the bridge registers its URL and secret with `setWebhook`, answers updates
that carry the secret, and refuses (403) those that do not."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from typing import Any

import pytest
import requests

from bot.telegram import texts
from tests.servers import free_port, port_is_open
from tests.telegram.bridge_process import running_bridge
from tests.telegram.telegram_user import TelegramUser

WEBHOOK_URL = "https://icc.example.org/telegram/updates"
SECRET = "webhook-secret_for-tests"
_update_ids = itertools.count(1)


@pytest.fixture(scope="module")
def webhook(bot_api, fake_rasa, tmp_path_factory) -> str:
    """Where the bridge listens for updates (what a reverse proxy would forward to)."""
    port = free_port()
    env = {
        "TELEGRAM_WEBHOOK_URL": WEBHOOK_URL,
        "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "TELEGRAM_WEBHOOK_PORT": str(port),
        "BIND_HOST": "127.0.0.1",
        "RETENTION_DAYS": "14",
    }
    log_dir = tmp_path_factory.mktemp("bridge-webhook")
    with running_bridge(bot_api, fake_rasa.url, log_dir, **env):
        deadline = time.monotonic() + 30
        while not port_is_open(port) and time.monotonic() < deadline:
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}/telegram/updates"


def posting(url: str, secret: str | None) -> Callable[[dict[str, Any]], int]:
    """Deliver updates as Telegram does: a JSON POST with the secret in a header."""

    def deliver(update: dict[str, Any]) -> int:
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
        body = {"update_id": next(_update_ids), **update}
        return requests.post(url, json=body, headers=headers, timeout=10).status_code

    return deliver


def test_the_webhook_is_registered_with_its_secret(webhook, bot_api):
    [call] = bot_api.wait_for("setWebhook")
    assert call.params["url"] == WEBHOOK_URL
    assert call.params["secret_token"] == SECRET
    assert not bot_api.calls("getUpdates")  # no polling in webhook mode


def test_an_update_with_the_secret_is_answered(webhook, bot_api, fake_rasa):
    user = TelegramUser(bot_api, deliver=posting(webhook, SECRET))
    assert user.send("/privacy") == 200
    assert user.reply_texts() == [texts.privacy(14)]  # the retention in force, not a fixed one
    assert user.send("Through the webhook") == 200
    assert user.reply_texts() == ["OK."]
    assert fake_rasa.received("Through the webhook")


@pytest.mark.parametrize("secret", ["a-wrong-secret", None])
def test_an_update_without_the_secret_is_refused(webhook, bot_api, fake_rasa, secret):
    user = TelegramUser(bot_api, deliver=posting(webhook, secret))
    assert user.send("Forged update") == 403
    time.sleep(0.5)  # had it been accepted, the assistant would have been asked by now
    assert not fake_rasa.received("Forged update")
    assert user.calls_since_last("sendMessage") == []
