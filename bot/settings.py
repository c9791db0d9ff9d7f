"""Runtime configuration, read from environment variables with local defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass


def _env_int(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError as error:
        raise SystemExit(f"{name} must be a whole number, got {raw!r}") from error


def _env_list(name: str) -> tuple[str, ...]:
    """Items separated by commas or spaces; a trailing slash is dropped (origins have none)."""
    raw = os.environ.get(name, "").replace(",", " ")
    return tuple(item.rstrip("/") for item in raw.split())


@dataclass(frozen=True)
class Settings:
    """Where each local service listens. Every field has an environment variable."""

    host: str = "127.0.0.1"
    rasa_port: int = 5005
    action_port: int = 5055
    web_port: int = 8080
    web_origins: tuple[str, ...] = ()  # empty: the demo page's own origins

    @classmethod
    def from_env(cls) -> Settings:
        defaults = cls()
        return cls(
            host=os.environ.get("BIND_HOST", defaults.host),
            rasa_port=_env_int("RASA_PORT", defaults.rasa_port),
            action_port=_env_int("ACTION_PORT", defaults.action_port),
            web_port=_env_int("WEB_PORT", defaults.web_port),
            web_origins=_env_list("WEB_ORIGINS"),
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
