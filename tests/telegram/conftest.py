"""Fixtures for the Telegram bridge tests: a fake Bot API and a scripted Rasa, one of each
per test module (each module starts its own bridge against them)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.telegram.fake_bot_api import FakeBotApi
from tests.telegram.fake_rasa import FakeRasa


@pytest.fixture(scope="module")
def bot_api() -> Iterator[FakeBotApi]:
    api = FakeBotApi()
    api.start()
    yield api
    api.stop()


@pytest.fixture(scope="module")
def fake_rasa() -> Iterator[FakeRasa]:
    rasa = FakeRasa()
    rasa.start()
    yield rasa
    rasa.stop()
