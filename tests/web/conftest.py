"""Debian's Chromium driven by Playwright (no browser download), showing the demo page of the
assistant that tests/conftest.py starts for this run."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect, sync_playwright

from tests.web.widget import Widget

CHROMIUM = "/usr/bin/chromium"
# Chromium's own traffic (updates, sync, field trials) cannot leave this machine: turn it off.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# The first answers of a freshly started Rasa server can take a few seconds.
expect.set_options(timeout=30_000)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    """A page in a new browser context: its own storage, so every test starts a new chat."""
    context = browser.new_context()
    yield context.new_page()
    context.close()


@pytest.fixture
def widget(page: Page, assistant) -> Widget:
    page.goto(f"{assistant.settings.web_url}/")
    return Widget(page)
