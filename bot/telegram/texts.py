"""The bridge's own words: what Telegram needs beyond the assistant's answers.

Everything the assistant says about the ICC comes from Rasa; these cover commands and failures.
"""

from __future__ import annotations


def privacy_notice(retention_days: int) -> str:
    """The line under the welcome; `retention_days` is `RETENTION_DAYS`, what `make run` keeps."""
    return (
        "Privacy: your messages are processed to answer you and kept for "
        f"{retention_days} days, then deleted; please do not send personal details. "
        "More: /privacy"
    )


def privacy(retention_days: int) -> str:
    return (
        "How your messages are handled:\n"
        "- What you write is sent to this assistant to understand your question and answer it.\n"
        "- The conversation is stored by the assistant's operator, to improve the answers, for "
        f"{retention_days} days; then it is deleted.\n"
        "- Please do not send names, addresses, phone numbers or other personal details, yours "
        "or anyone else's.\n"
        "- /restart starts the conversation afresh; it does not delete what was already stored."
    )


RESTARTED = "Starting afresh: what we said before no longer counts."

ONLY_TEXT = "Sorry, I can only read text. Please type your question."

UNKNOWN_COMMAND = "I don't know that command. Try /help, or just type your question."

BUTTON_EXPIRED = "This button has expired. Please type your question."

UNAVAILABLE = (
    "Sorry, I can't answer right now: the assistant is busy or down. Please try again in a "
    "few minutes."
)

# Shown by Telegram in the command menu (`setMyCommands`).
COMMANDS = {
    "start": "Welcome and topics to explore",
    "help": "What you can ask",
    "privacy": "How your messages are handled",
    "restart": "Start the conversation afresh",
}
