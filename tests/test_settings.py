import pytest

from bot.paths import PROJECT_ROOT
from bot.services import endpoints_env
from bot.settings import ConversationStore, Settings


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


TRACKER_VARIABLES = (
    "TRACKER_DIALECT",
    "TRACKER_HOST",
    "TRACKER_PORT",
    "TRACKER_DB",
    "TRACKER_USERNAME",
    "TRACKER_PASSWORD",
    "RETENTION_DAYS",
)


@pytest.fixture
def no_tracker_variables(monkeypatch):
    for name in TRACKER_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def test_conversations_are_kept_in_sqlite_under_var_by_default(no_tracker_variables):
    settings = Settings.from_env()
    db = PROJECT_ROOT / "var" / "conversations.db"
    assert settings.conversations.sqlite_file == db
    assert settings.conversations.retention_days == 30
    # What endpoints.yml hands to Rasa's SQLTrackerStore.
    assert endpoints_env(settings)["TRACKER_STORE_URL"] == f"sqlite:///{db}"


def test_a_relative_sqlite_file_is_in_the_project_wherever_a_command_runs(
    no_tracker_variables, monkeypatch
):
    monkeypatch.setenv("TRACKER_DB", "var/other.db")
    assert ConversationStore.from_env().sqlite_file == PROJECT_ROOT / "var" / "other.db"


def test_postgresql_comes_from_the_environment_and_the_password_stays_out_of_logs(
    no_tracker_variables, monkeypatch
):
    values = {
        "TRACKER_DIALECT": "postgresql",
        "TRACKER_HOST": "db.internal",
        "TRACKER_PORT": "5433",
        "TRACKER_DB": "rasa",
        "TRACKER_USERNAME": "icc",
        "TRACKER_PASSWORD": "s3cret/@:",
        "RETENTION_DAYS": "14",
    }
    for name, value in values.items():
        monkeypatch.setenv(name, value)
    store = Settings.from_env().conversations
    assert store.sqlite_file is None
    assert store.retention_days == 14
    assert endpoints_env(Settings.from_env())["TRACKER_STORE_URL"] == (
        "postgresql://icc:s3cret%2F%40%3A@db.internal:5433/rasa"
    )
    assert "s3cret" not in repr(store) and "s3cret" not in store.described


def test_a_database_server_has_a_database_name_by_default(no_tracker_variables, monkeypatch):
    monkeypatch.setenv("TRACKER_DIALECT", "postgresql")
    assert ConversationStore.from_env().url.database == "rasa"
