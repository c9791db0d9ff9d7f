"""Talk to the assistant through Rasa's REST channel, failing clearly when it cannot answer."""

from __future__ import annotations

from typing import Any

import httpx

INPUT_CHANNEL = "telegram"


class RasaUnavailable(Exception):
    """The assistant is down, too slow or answered with an error; the reason never holds text."""


class RasaClient:
    """POSTs a message to `/webhooks/rest/webhook` and returns the assistant's replies."""

    def __init__(self, base_url: str, timeout_seconds: float) -> None:
        self.url = f"{base_url.rstrip('/')}/webhooks/rest/webhook"
        self.timeout_seconds = timeout_seconds
        self._http = httpx.AsyncClient(timeout=timeout_seconds)

    async def send(
        self, sender: str, message: str, metadata: dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """The replies to `message` from `sender`: dicts with `text` and maybe `buttons`."""
        body = {
            "sender": sender,
            "message": message,
            "input_channel": INPUT_CHANNEL,
            "metadata": metadata or {},
        }
        try:
            response = await self._http.post(self.url, json=body)
            response.raise_for_status()
            replies = response.json()
        except httpx.TimeoutException as error:
            raise RasaUnavailable(f"no answer within {self.timeout_seconds:g}s") from error
        except httpx.HTTPStatusError as error:
            raise RasaUnavailable(f"HTTP {error.response.status_code}") from error
        except httpx.HTTPError as error:
            raise RasaUnavailable(f"{type(error).__name__} at {self.url}") from error
        except ValueError as error:
            raise RasaUnavailable("the answer was not JSON") from error
        if not isinstance(replies, list):
            raise RasaUnavailable("the answer was not a list of messages")
        return replies

    async def close(self) -> None:
        await self._http.aclose()
