"""Run `make` targets as a maintainer types them, in the environment of the test."""

from __future__ import annotations

import os
import subprocess

from bot.paths import PROJECT_ROOT


def run_make(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", "-s", *args],
        cwd=PROJECT_ROOT,
        env=dict(os.environ),
        capture_output=True,
        text=True,
        timeout=300,
    )
