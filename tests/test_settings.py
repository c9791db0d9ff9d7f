import pytest

from bot.settings import Settings


def test_defaults_are_local(monkeypatch):
    for name in ("BIND_HOST", "RASA_PORT", "ACTION_PORT", "ACTION_ENDPOINT_URL", "WEB_PORT"):
        monkeypatch.delenv(name, raising=False)
    settings = Settings.from_env()
    assert settings.rasa_url == "http://127.0.0.1:5005"
    assert settings.action_endpoint_url == "http://127.0.0.1:5055/webhook"
    assert settings.web_url == "http://127.0.0.1:8080"


def test_ports_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("RASA_PORT", "6000")
    monkeypatch.setenv("ACTION_PORT", "6001")
    monkeypatch.delenv("ACTION_ENDPOINT_URL", raising=False)
    settings = Settings.from_env()
    assert settings.rasa_url.endswith(":6000")
    assert settings.action_endpoint_url == "http://127.0.0.1:6001/webhook"


def test_a_bad_port_is_explained(monkeypatch):
    monkeypatch.setenv("RASA_PORT", "fifty")
    with pytest.raises(SystemExit, match="RASA_PORT must be a whole number"):
        Settings.from_env()


def test_the_rasa_server_accepts_the_demo_page_by_default(monkeypatch):
    monkeypatch.setenv("WEB_PORT", "8181")
    monkeypatch.delenv("WEB_ORIGINS", raising=False)
    monkeypatch.delenv("BIND_HOST", raising=False)
    settings = Settings.from_env()
    assert settings.web_url == "http://127.0.0.1:8181"
    assert settings.cors_origins == ("http://127.0.0.1:8181", "http://localhost:8181")


def test_allowed_origins_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("WEB_ORIGINS", "https://example.org/, https://www.example.org")
    assert Settings.from_env().cors_origins == ("https://example.org", "https://www.example.org")
