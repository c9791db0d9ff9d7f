"""Build the python-telegram-bot `Application` and run it by long polling or webhook."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.ext import AIORateLimiter, Application, Defaults

from bot.settings import TelegramSettings
from bot.telegram import texts
from bot.telegram.handlers import Bridge
from bot.telegram.rasa_client import RasaClient
from bot.telegram.updates import PerChatUpdateProcessor

logger = logging.getLogger(__name__)

ALLOWED_UPDATES = [Update.MESSAGE, Update.CALLBACK_QUERY]
# Retry a message that Telegram refused with "too many requests" this many times.
RATE_LIMIT_RETRIES = 3


def build_application(settings: TelegramSettings) -> Application:
    """The bot: HTML messages without link previews (answers end with source links),
    Telegram's rate limits respected, and chats answered concurrently."""
    rasa = RasaClient(settings.rasa_url, settings.rasa_timeout_seconds)

    async def register_commands(application: Application) -> None:
        await application.bot.set_my_commands(list(texts.COMMANDS.items()))

    async def close_rasa_client(_application: Application) -> None:
        await rasa.close()

    application = (
        Application.builder()
        .token(settings.token)
        .base_url(settings.base_url)
        .defaults(
            Defaults(
                parse_mode=ParseMode.HTML,
                link_preview_options=LinkPreviewOptions(is_disabled=True),
            )
        )
        .rate_limiter(AIORateLimiter(max_retries=RATE_LIMIT_RETRIES))
        .concurrent_updates(PerChatUpdateProcessor())
        .job_queue(None)  # no scheduled jobs; Rasa's older APScheduler is not PTB's
        .post_init(register_commands)
        .post_shutdown(close_rasa_client)
        .build()
    )
    Bridge(rasa, settings.retention_days).register(application)
    return application


def run(application: Application, settings: TelegramSettings) -> None:
    """Until SIGINT or SIGTERM. Start-up retries while Telegram cannot be reached."""
    if settings.webhook_url is None:
        logger.info("Telegram bridge: long polling; the assistant is at %s", settings.rasa_url)
        application.run_polling(allowed_updates=ALLOWED_UPDATES, bootstrap_retries=-1)
        return
    path = urlsplit(settings.webhook_url).path
    logger.info(
        "Telegram bridge: webhook %s, listening on %s:%s%s; the assistant is at %s",
        settings.webhook_url,
        settings.webhook_host,
        settings.webhook_port,
        path or "/",
        settings.rasa_url,
    )
    application.run_webhook(
        listen=settings.webhook_host,
        port=settings.webhook_port,
        url_path=path,
        webhook_url=settings.webhook_url,
        secret_token=settings.webhook_secret,
        allowed_updates=ALLOWED_UPDATES,
        bootstrap_retries=-1,
    )
