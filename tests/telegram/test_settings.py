"""The bridge's configuration from the environment, and when `make run` starts it."""

from __future__ import annotations

import re

import pytest

from bot.run import local_services
from bot.settings import Settings, TelegramSettings

VARIABLES = (
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_BASE_URL",
    "TELEGRAM_WEBHOOK_URL",
    "TELEGRAM_WEBHOOK_PORT",
    "TELEGRAM_WEBHOOK_SECRET",
    "RASA_URL",
    "RASA_PORT",
    "RASA_TIMEOUT_SECONDS",
    "BIND_HOST",
)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch):
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)


def test_without_a_token_there_is_no_bridge():
    assert TelegramSettings.from_env() is None
    assert not Settings.from_env().telegram
    names = [service.name for service in local_services(Settings.from_env())]
    assert "Telegram bridge" not in names


def test_with_a_token_make_run_starts_the_bridge(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "42:abc")
    monkeypatch.setenv("RASA_PORT", "6005")
    services = local_services(Settings.from_env())
    names = [service.name for service in services]
    assert names == ["action server", "Rasa server", "web server", "Telegram bridge"]
    bridge = services[-1]
    assert bridge.env["RASA_URL"] == "http://127.0.0.1:6005"


def test_defaults_poll_telegram_and_follow_the_local_rasa(monkeypatch):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "42:abc")
    monkeypatch.setenv("RASA_PORT", "6005")
    settings = TelegramSettings.from_env()
    assert settings.base_url == "https://api.telegram.org/bot"
    assert settings.rasa_url == "http://127.0.0.1:6005"
    assert settings.webhook_url is None
    assert (settings.webhook_host, settings.webhook_port) == ("127.0.0.1", 8443)
    assert re.fullmatch(r"[A-Za-z0-9_-]{20,}", settings.webhook_secret)
    assert "42:abc" not in repr(settings)
    assert settings.webhook_secret not in repr(settings)


def test_everything_can_be_set(monkeypatch):
    values = {
        "TELEGRAM_BOT_TOKEN": "42:abc",
        "TELEGRAM_BASE_URL": "http://127.0.0.1:9000/bot",
        "TELEGRAM_WEBHOOK_URL": "https://example.org/tg",
        "TELEGRAM_WEBHOOK_PORT": "8888",
        "TELEGRAM_WEBHOOK_SECRET": "my_secret-1",
        "RASA_URL": "http://rasa:5005/",
        "RASA_TIMEOUT_SECONDS": "2.5",
        "BIND_HOST": "0.0.0.0",
        "RETENTION_DAYS": "14",
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    assert TelegramSettings.from_env() == TelegramSettings(
        token="42:abc",
        rasa_url="http://rasa:5005",
        base_url="http://127.0.0.1:9000/bot",
        rasa_timeout_seconds=2.5,
        webhook_url="https://example.org/tg",
        webhook_host="0.0.0.0",
        webhook_port=8888,
        webhook_secret="my_secret-1",
        retention_days=14,
    )


@pytest.mark.parametrize(
    ("name", "value", "message"),
    [
        ("TELEGRAM_WEBHOOK_SECRET", "no spaces!", "TELEGRAM_WEBHOOK_SECRET may hold"),
        ("RASA_TIMEOUT_SECONDS", "soon", "RASA_TIMEOUT_SECONDS must be a number"),
        ("RASA_TIMEOUT_SECONDS", "0", "RASA_TIMEOUT_SECONDS must be more than 0"),
        ("TELEGRAM_WEBHOOK_PORT", "https", "TELEGRAM_WEBHOOK_PORT must be a whole number"),
        ("RETENTION_DAYS", "0", "RETENTION_DAYS must be at least 1"),
    ],
)
def test_bad_values_are_explained(monkeypatch, name, value, message):
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "42:abc")
    monkeypatch.setenv(name, value)
    with pytest.raises(SystemExit, match=message):
        TelegramSettings.from_env()
