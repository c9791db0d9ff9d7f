"""The demo page server and the Rasa server's CORS rules, as `make run` starts them."""

from __future__ import annotations

import requests

from bot.web.server import render


def test_the_demo_page_points_the_widget_at_the_rasa_server(assistant):
    response = requests.get(f"{assistant.settings.web_url}/", timeout=10)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    assert f'<script src="/widget.js" data-server="{assistant.settings.rasa_url}"' in response.text


def test_only_the_demo_files_are_served(assistant):
    widget = requests.get(f"{assistant.settings.web_url}/widget.js", timeout=10)
    assert widget.status_code == 200
    assert widget.headers["Content-Type"].startswith("text/javascript")
    for path in ("/../pyproject.toml", "/server.py", "/index.html.bak"):
        assert requests.get(f"{assistant.settings.web_url}{path}", timeout=10).status_code == 404


def test_the_rasa_url_is_escaped_in_the_page():
    body, _ = render("/", 'http://x"><script>alert(1)</script>')
    assert b"<script>alert(1)" not in body
    assert b"&quot;&gt;&lt;script&gt;" in body


def _preflight(assistant, origin: str) -> requests.Response:
    return requests.options(
        f"{assistant.settings.rasa_url}/webhooks/rest/webhook",
        headers={
            "Origin": origin,
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "content-type",
        },
        timeout=10,
    )


def test_browsers_may_call_rasa_from_the_demo_page_only(assistant):
    for origin in assistant.settings.cors_origins:
        allowed = _preflight(assistant, origin).headers.get("Access-Control-Allow-Origin")
        assert allowed == origin
    refused = _preflight(assistant, "https://elsewhere.example")
    assert "Access-Control-Allow-Origin" not in refused.headers
