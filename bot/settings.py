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


@dataclass(frozen=True)
class Settings:
    """Where each local service listens. Every field has an environment variable."""

    host: str = "127.0.0.1"
    rasa_port: int = 5005
    action_port: int = 5055

    @classmethod
    def from_env(cls) -> Settings:
        defaults = cls()
        return cls(
            host=os.environ.get("BIND_HOST", defaults.host),
            rasa_port=_env_int("RASA_PORT", defaults.rasa_port),
            action_port=_env_int("ACTION_PORT", defaults.action_port),
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
