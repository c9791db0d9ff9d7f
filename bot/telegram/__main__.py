"""`python -m bot.telegram` (`make telegram`): run the Telegram bridge until Ctrl-C."""

from __future__ import annotations

import logging
import sys

from bot.settings import TelegramSettings
from bot.telegram.app import build_application, run

logger = logging.getLogger("bot.telegram")


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s: %(message)s")
    # httpx logs each request's URL at INFO, and Bot API URLs contain the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    settings = TelegramSettings.from_env()
    if settings is None:
        logger.error("TELEGRAM_BOT_TOKEN is not set; see 'The assistant in Telegram' in README.md")
        return 2
    run(build_application(settings), settings)
    return 0


if __name__ == "__main__":
    sys.exit(main())
