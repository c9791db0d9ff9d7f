"""Rasa buttons -> a Telegram inline keyboard, and button presses back to Rasa payloads.

Telegram carries at most 64 bytes of `callback_data` per button, while a Rasa payload with
entities (`/situation_info{"country":"..."}`) can be longer. Such payloads travel as a short
key and are looked up when the button is pressed.
"""

from __future__ import annotations

import base64
import hashlib
from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

MAX_CALLBACK_BYTES = 64
# Keys start with this; payloads that do too are always stored, so a key is never ambiguous.
KEY_PREFIX = "#"


class ButtonPayloads:
    """Payloads too long for `callback_data`, by key; the oldest are forgotten beyond `capacity`.

    Keys are digests, so the same payload always gets the same key. After a restart of the
    bridge older keys are unknown: the press is answered with "this button has expired".
    """

    def __init__(self, capacity: int = 10_000) -> None:
        self.capacity = capacity
        self._payloads: OrderedDict[str, str] = OrderedDict()

    def callback_data(self, payload: str) -> str:
        """What to put in the button for `payload`: itself when it fits, else a stored key."""
        if len(payload.encode()) <= MAX_CALLBACK_BYTES and not payload.startswith(KEY_PREFIX):
            return payload
        digest = hashlib.sha256(payload.encode()).digest()[:18]
        key = KEY_PREFIX + base64.urlsafe_b64encode(digest).decode()
        self._payloads[key] = payload
        self._payloads.move_to_end(key)
        while len(self._payloads) > self.capacity:
            self._payloads.popitem(last=False)
        return key

    def payload(self, callback_data: str) -> str | None:
        """The Rasa payload of a pressed button, or None when its key is no longer known."""
        if not callback_data.startswith(KEY_PREFIX):
            return callback_data
        return self._payloads.get(callback_data)

    def keyboard(self, buttons: Iterable[dict[str, Any]]) -> InlineKeyboardMarkup | None:
        """One button per row (the titles are whole questions); None when there are none."""
        rows = [
            [self._button(button.get("title") or payload, payload)]
            for button in buttons
            if (payload := button.get("payload"))
        ]
        return InlineKeyboardMarkup(rows) if rows else None

    def _button(self, title: str, payload: str) -> InlineKeyboardButton:
        return InlineKeyboardButton(title, callback_data=self.callback_data(payload))
