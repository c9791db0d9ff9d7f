"""What the bridge does with each kind of Telegram update.

Every chat is one Rasa conversation, sender `tg-<chat id>`. Logs name update ids and
error kinds, never what people wrote.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import re
from collections.abc import AsyncIterator
from typing import Any

from telegram import Chat, MessageEntity, Update
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.telegram import texts
from bot.telegram.formatting import split_text, to_html
from bot.telegram.keyboard import ButtonPayloads
from bot.telegram.rasa_client import RasaClient, RasaUnavailable

logger = logging.getLogger(__name__)

# Telegram shows "typing…" for about 5 seconds; repeat it while the assistant works.
TYPING_REPEAT_SECONDS = 4.0

Context = ContextTypes.DEFAULT_TYPE


@contextlib.asynccontextmanager
async def typing(chat: Chat) -> AsyncIterator[None]:
    """Show "typing…" in `chat` for as long as the block runs."""

    async def keep_typing() -> None:
        while True:
            with contextlib.suppress(TelegramError):
                await chat.send_action(ChatAction.TYPING)
            await asyncio.sleep(TYPING_REPEAT_SECONDS)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


class Bridge:
    """Relays Telegram chats to the assistant and its answers back."""

    def __init__(
        self, rasa: RasaClient, retention_days: int, payloads: ButtonPayloads | None = None
    ) -> None:
        self.rasa = rasa
        self.retention_days = retention_days  # what the privacy texts promise
        self.payloads = payloads or ButtonPayloads()

    def register(self, application: Application) -> None:
        """Commands everywhere; in groups only messages that mention the bot; in private
        chats every text, and a friendly word for stickers, photos, voice and the like."""
        new = filters.UpdateType.MESSAGE  # edits of earlier messages are not answered again
        private = new & filters.ChatType.PRIVATE
        commands = {
            "start": self.start,
            "help": self.help,
            "privacy": self.privacy,
            "restart": self.restart,
        }
        for name, callback in commands.items():
            application.add_handler(CommandHandler(name, callback, filters=new))
        application.add_handler(MessageHandler(private & filters.COMMAND, self.unknown_command))
        application.add_handler(MessageHandler(private & filters.TEXT, self.text))
        application.add_handler(
            MessageHandler(
                new
                & filters.ChatType.GROUPS
                & filters.TEXT
                & ~filters.COMMAND
                & filters.Entity(MessageEntity.MENTION),
                self.mention,
            )
        )
        application.add_handler(
            MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, self.not_text)
        )
        application.add_handler(CallbackQueryHandler(self.button))
        application.add_error_handler(self.error)

    async def start(self, update: Update, _context: Context) -> None:
        await self._converse(update, "/greet")
        await self._say(update, texts.privacy_notice(self.retention_days))

    async def help(self, update: Update, _context: Context) -> None:
        await self._converse(update, "/help")

    async def privacy(self, update: Update, _context: Context) -> None:
        await self._say(update, texts.privacy(self.retention_days))

    async def restart(self, update: Update, _context: Context) -> None:
        """Rasa's default `/restart` intent resets the conversation; then greet again."""
        if await self._converse(update, "/restart"):
            await self._say(update, texts.RESTARTED)
            await self._converse(update, "/greet")

    async def unknown_command(self, update: Update, _context: Context) -> None:
        await self._say(update, texts.UNKNOWN_COMMAND)

    async def text(self, update: Update, _context: Context) -> None:
        await self._converse(update, update.effective_message.text)

    async def mention(self, update: Update, context: Context) -> None:
        """A group message naming the bot: answer it without the mention."""
        message = update.effective_message
        name = f"@{context.bot.username}"
        mentions = message.parse_entities([MessageEntity.MENTION]).values()
        if name.lower() not in (mention.lower() for mention in mentions):
            return
        question = re.sub(re.escape(name), " ", message.text, flags=re.IGNORECASE).strip()
        await self._converse(update, question or "/greet")  # a bare mention is a hello

    async def not_text(self, update: Update, _context: Context) -> None:
        await self._say(update, texts.ONLY_TEXT)

    async def button(self, update: Update, _context: Context) -> None:
        """A pressed button asks its payload. Telegram shows a spinner until it is answered."""
        query = update.callback_query
        payload = self.payloads.payload(query.data or "")
        await query.answer(texts.BUTTON_EXPIRED if payload is None else None)
        if payload is not None and update.effective_chat is not None:
            await self._converse(update, payload)

    async def error(self, update: object, context: Context) -> None:
        """Log a failed update by id only; the bridge goes on with the next one."""
        update_id = update.update_id if isinstance(update, Update) else None
        logger.error(
            "Update %s failed: %s", update_id, type(context.error).__name__, exc_info=context.error
        )

    async def _converse(self, update: Update, message: str) -> bool:
        """Send `message` to the assistant and relay its replies; apologise when it cannot
        answer. True when it answered."""
        chat = update.effective_chat
        try:
            async with typing(chat):
                replies = await self.rasa.send(f"tg-{chat.id}", message, _metadata(update))
        except RasaUnavailable as error:
            logger.warning("Update %s: the assistant did not answer (%s)", update.update_id, error)
            await self._say(update, texts.UNAVAILABLE)
            return False
        for reply in replies:
            await self._relay(chat, reply)
        return True

    async def _relay(self, chat: Chat, reply: dict[str, Any]) -> None:
        """One assistant reply as one or more messages; its buttons go under the last one."""
        pieces = split_text(reply.get("text") or "")
        if not pieces:
            logger.debug("Skipped a reply without text (keys %s)", sorted(reply))
            return
        keyboard = self.payloads.keyboard(reply.get("buttons") or [])
        for piece in pieces[:-1]:
            await chat.send_message(to_html(piece))
        await chat.send_message(to_html(pieces[-1]), reply_markup=keyboard)

    async def _say(self, update: Update, text: str) -> None:
        await update.effective_chat.send_message(to_html(text))


def _metadata(update: Update) -> dict[str, Any]:
    """What Rasa records with the message: the user's language, when Telegram tells it."""
    user = update.effective_user
    return {"language_code": user.language_code} if user and user.language_code else {}
