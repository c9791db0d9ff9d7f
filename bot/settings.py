"""Runtime configuration, read from environment variables with local defaults."""

from __future__ import annotations

import os
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import URL

from bot.paths import PROJECT_ROOT

# How long conversations are kept; the privacy notices say this number.
DEFAULT_RETENTION_DAYS = 30
DEFAULT_RECHECK_AFTER_DAYS = 180  # time-sensitive facts older than this are due a re-check
# The database of the conversations on a database server (PostgreSQL), unless TRACKER_DB.
SERVER_DB = "rasa"


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError as error:
        raise SystemExit(f"{name} must be a whole number, got {raw!r}") from error


def _env_float(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError as error:
        raise SystemExit(f"{name} must be a number, got {raw!r}") from error
    if value <= 0:
        raise SystemExit(f"{name} must be more than 0, got {raw!r}")
    return value


def _env_positive_int(name: str, default: int) -> int:
    value = _env_int(name, default)
    if value < 1:
        raise SystemExit(f"{name} must be at least 1, got {value}")
    return value


def retention_days_from_env() -> int:
    """`RETENTION_DAYS`: Rasa's store, the pruning and the Telegram privacy text agree on it."""
    return _env_positive_int("RETENTION_DAYS", DEFAULT_RETENTION_DAYS)


def recheck_after_days_from_env() -> int:
    """`RECHECK_AFTER_DAYS`: how old a time-sensitive fact's `as_of` may be before
    `make knowledge-report` lists it for re-checking."""
    return _env_positive_int("RECHECK_AFTER_DAYS", DEFAULT_RECHECK_AFTER_DAYS)


def _env_list(name: str) -> tuple[str, ...]:
    """Items separated by commas or spaces; a trailing slash is dropped (origins have none)."""
    raw = os.environ.get(name, "").replace(",", " ")
    return tuple(item.rstrip("/") for item in raw.split())


@dataclass(frozen=True)
class ConversationStore:
    """Where Rasa keeps conversations (its SQL tracker store) and for how long.

    SQLite needs no server, so a fresh clone works; PostgreSQL suits several Rasa servers.
    The password is kept out of `repr`, so logging the settings never leaks it.
    """

    dialect: str = "sqlite"
    db: str = str(PROJECT_ROOT / "var" / "conversations.db")  # SQLite: the file
    host: str = ""
    port: int | None = None
    username: str = ""
    password: str = field(default="", repr=False)
    retention_days: int = DEFAULT_RETENTION_DAYS

    @classmethod
    def from_env(cls) -> ConversationStore:
        defaults = cls()
        dialect = os.environ.get("TRACKER_DIALECT", "").strip() or defaults.dialect
        db = os.environ.get("TRACKER_DB", "").strip()
        if dialect == "sqlite":
            # Rasa, `make review` and `make prune` may run from other folders: one file for all.
            db = str(PROJECT_ROOT / (db or defaults.db))
        port = _env_int("TRACKER_PORT", 0)
        return cls(
            dialect=dialect,
            db=db or SERVER_DB,
            host=os.environ.get("TRACKER_HOST", "").strip(),
            port=port or None,
            username=os.environ.get("TRACKER_USERNAME", "").strip(),
            password=os.environ.get("TRACKER_PASSWORD", ""),
            retention_days=retention_days_from_env(),
        )

    @property
    def sqlite_file(self) -> Path | None:
        return Path(self.db) if self.dialect == "sqlite" else None

    @property
    def url(self) -> URL:
        """The SQLAlchemy URL; SQLite refuses a host, port or user, so they are left out."""
        if self.sqlite_file:
            return URL.create("sqlite", database=self.db)
        return URL.create(
            self.dialect,
            username=self.username or None,
            password=self.password or None,
            host=self.host or None,
            port=self.port,
            database=self.db,
        )

    @property
    def described(self) -> str:
        """Where the conversations are, for messages: the URL without the password."""
        return str(self.sqlite_file) if self.sqlite_file else repr(self.url)


@dataclass(frozen=True)
class Settings:
    """Where each local service listens. Every field has an environment variable."""

    host: str = "127.0.0.1"
    rasa_port: int = 5005
    action_port: int = 5055
    web_port: int = 8080
    web_origins: tuple[str, ...] = ()  # empty: the demo page's own origins
    telegram: bool = False
    # Read from the environment even when the ports are given, like `action_endpoint_url`:
    # a Rasa server started by a test then writes where that test run says, not into var/.
    conversations: ConversationStore = field(default_factory=ConversationStore.from_env)

    @classmethod
    def from_env(cls) -> Settings:
        defaults = cls()
        return cls(
            host=os.environ.get("BIND_HOST", defaults.host),
            rasa_port=_env_int("RASA_PORT", defaults.rasa_port),
            action_port=_env_int("ACTION_PORT", defaults.action_port),
            web_port=_env_int("WEB_PORT", defaults.web_port),
            web_origins=_env_list("WEB_ORIGINS"),
            telegram=bool(os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()),
        )

    @property
    def rasa_url(self) -> str:
        return f"http://{self.host}:{self.rasa_port}"

    @property
    def action_url(self) -> str:
        return f"http://{self.host}:{self.action_port}"

    @property
    def action_endpoint_url(self) -> str:
        """What Rasa calls to run custom actions (`ACTION_ENDPOINT_URL` in endpoints.yml)."""
        return os.environ.get("ACTION_ENDPOINT_URL", f"{self.action_url}/webhook")

    @property
    def web_url(self) -> str:
        """The demo page with the chat widget."""
        return f"http://{self.host}:{self.web_port}"

    @property
    def cors_origins(self) -> tuple[str, ...]:
        """Web pages whose scripts may call the Rasa server: `WEB_ORIGINS`, else the demo page.

        A browser may name the demo page by its address or as localhost, so both are allowed.
        """
        if self.web_origins:
            return self.web_origins
        local = (f"http://127.0.0.1:{self.web_port}", f"http://localhost:{self.web_port}")
        return tuple(dict.fromkeys((self.web_url, *local)))


# What Telegram allows in a webhook secret token.
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


@dataclass(frozen=True)
class TelegramSettings:
    """How the Telegram bridge reaches Telegram and the assistant.

    Secrets are kept out of `repr`, so logging the settings never leaks them.
    """

    token: str = field(repr=False)
    rasa_url: str
    base_url: str = "https://api.telegram.org/bot"
    rasa_timeout_seconds: float = 20.0
    webhook_url: str | None = None
    webhook_host: str = "127.0.0.1"
    webhook_port: int = 8443
    webhook_secret: str = field(default="", repr=False)
    retention_days: int = DEFAULT_RETENTION_DAYS  # what /privacy tells people

    @classmethod
    def from_env(cls) -> TelegramSettings | None:
        """None when `TELEGRAM_BOT_TOKEN` is unset: the bridge is optional."""
        token = os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()
        if not token:
            return None
        local = Settings.from_env()
        defaults = cls(token=token, rasa_url=local.rasa_url)
        # Telegram echoes the secret on every webhook request; a fresh random one per start
        # is enough because the bridge itself registers it with `setWebhook`.
        secret = os.environ.get("TELEGRAM_WEBHOOK_SECRET", "").strip() or secrets.token_urlsafe(32)
        if not _WEBHOOK_SECRET.fullmatch(secret):
            raise SystemExit(
                "TELEGRAM_WEBHOOK_SECRET may hold 1 to 256 letters, digits, '_' and '-' only"
            )
        return cls(
            token=token,
            rasa_url=os.environ.get("RASA_URL", "").strip().rstrip("/") or defaults.rasa_url,
            base_url=os.environ.get("TELEGRAM_BASE_URL", "").strip() or defaults.base_url,
            rasa_timeout_seconds=_env_float("RASA_TIMEOUT_SECONDS", defaults.rasa_timeout_seconds),
            webhook_url=os.environ.get("TELEGRAM_WEBHOOK_URL", "").strip() or None,
            webhook_host=local.host,
            webhook_port=_env_int("TELEGRAM_WEBHOOK_PORT", defaults.webhook_port),
            webhook_secret=secret,
            retention_days=retention_days_from_env(),
        )
