"""Ports and time limits for the servers the tests start on 127.0.0.1."""

from __future__ import annotations

import socket

STARTUP_TIMEOUT_SECONDS = 300  # Rasa needs 40-80 s on two cores; more when CPUs are shared


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def port_is_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0
