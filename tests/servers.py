"""Ports and time limits for the servers the tests start on 127.0.0.1."""

from __future__ import annotations

import socket

from bot.running import STARTUP_TIMEOUT_SECONDS, free_port

__all__ = ["STARTUP_TIMEOUT_SECONDS", "free_port", "port_is_open"]


def port_is_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0
