"""Serve the demo page and `widget.js` for `make run`.

Only these two files are served. The page's script tag is filled in with the Rasa server's URL
when it is requested, so the demo follows `RASA_PORT`. Sites that embed the widget host
`widget.js` themselves; this server is for trying it out and for the browser tests.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import logging
import signal
import sys
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

logger = logging.getLogger("bot.web")

STATIC_DIR = Path(__file__).with_name("static")
RASA_URL_PLACEHOLDER = "{{RASA_URL}}"
FILES = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/widget.js": ("widget.js", "text/javascript; charset=utf-8"),
}


def render(path: str, rasa_url: str) -> tuple[bytes, str] | None:
    """The body and content type served at `path`, or None when nothing is there."""
    name, content_type = FILES.get(path.split("?", 1)[0], (None, ""))
    if name is None:
        return None
    text = (STATIC_DIR / name).read_text(encoding="utf-8")
    text = text.replace(RASA_URL_PLACEHOLDER, html.escape(rasa_url, quote=True))
    return text.encode("utf-8"), content_type


class DemoHandler(BaseHTTPRequestHandler):
    """GET and HEAD of the demo files; files are read on each request, so edits show at once."""

    server: DemoServer

    def do_GET(self) -> None:
        self._respond(with_body=True)

    def do_HEAD(self) -> None:
        self._respond(with_body=False)

    def _respond(self, with_body: bool) -> None:
        found = render(self.path, self.server.rasa_url)
        if found is None:
            self.send_error(HTTPStatus.NOT_FOUND)
            return
        body, content_type = found
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-cache")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if with_body:
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        logger.info("%s %s", self.address_string(), format % args)


class DemoServer(ThreadingHTTPServer):
    def __init__(self, address: tuple[str, int], rasa_url: str) -> None:
        super().__init__(address, DemoHandler)
        self.rasa_url = rasa_url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080)
    parser.add_argument("--rasa-url", default="http://127.0.0.1:5005")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # `make run` stops services with SIGTERM
    with DemoServer((args.host, args.port), args.rasa_url) as server:
        logger.info("Serving the widget demo on http://%s:%s/", args.host, args.port)
        with contextlib.suppress(KeyboardInterrupt):
            server.serve_forever()


if __name__ == "__main__":
    main()
