"""Assistant text -> Telegram HTML messages: escaped, links made clickable, split to fit.

Answers are plain text with sources as Markdown links, `[ICC: About the Court](https://...)`,
and sometimes bare URLs (see actions/formatting.py). Telegram's HTML mode needs `<`, `>` and
`&` escaped, and refuses a message longer than 4096 characters.
"""

from __future__ import annotations

import html
import re

# Telegram's limit for one message, counted after entity parsing, in UTF-16 code units.
MAX_MESSAGE_LENGTH = 4096

# Cut long answers at paragraph breaks first, then at line breaks, then between words.
_SEPARATORS = ("\n\n", "\n", " ")

# A URL ends before whitespace, quotes, angle brackets and trailing sentence punctuation.
_URL = re.compile(r"""https?://[^\s<>"']*[^\s<>"'.,;:!?)\]]""")
# A Markdown link with an http(s) address: the title is shown, the address is the link.
_TITLED = re.compile(r"""\[([^\[\]\n]+)\]\((https?://[^\s<>"'()]+)\)""")
_LINK = re.compile(f"{_TITLED.pattern}|{_URL.pattern}")


def to_html(text: str) -> str:
    """`text` with everything escaped, each Markdown link and each bare URL as a link."""
    parts: list[str] = []
    position = 0
    for match in _LINK.finditer(text):
        title, url = (match.group(1), match.group(2)) if match.group(2) else (None, match.group())
        parts.append(html.escape(text[position : match.start()], quote=False))
        shown = html.escape(title or url, quote=False)
        parts.append(f'<a href="{html.escape(url)}">{shown}</a>')
        position = match.end()
    parts.append(html.escape(text[position:], quote=False))
    return "".join(parts)


def telegram_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji can count 2)."""
    return len(text.encode("utf-16-le")) // 2


def split_text(text: str, limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """Pieces of at most `limit` characters, cut where the text breaks most naturally.

    Splits plain text (before `to_html`), so no tag or escape is ever cut in two.
    """
    pieces = _split(text.strip(), limit, _SEPARATORS)
    return [piece.strip() for piece in pieces if piece.strip()]


def _split(text: str, limit: int, separators: tuple[str, ...]) -> list[str]:
    if telegram_length(text) <= limit:
        return [text]
    if not separators:
        return _cut(text, limit)
    separator, finer = separators[0], separators[1:]
    pieces: list[str] = []
    current = ""
    for part in text.split(separator):
        joined = f"{current}{separator}{part}" if current else part
        if telegram_length(joined) <= limit:
            current = joined
            continue
        if current:
            pieces.append(current)
        *full, current = _split(part, limit, finer)
        pieces.extend(full)
    if current:
        pieces.append(current)
    return pieces


def _cut(text: str, limit: int) -> list[str]:
    """Hard cuts for a single word longer than a message (never inside a character)."""
    pieces: list[str] = []
    start = length = 0
    for index, character in enumerate(text):
        width = telegram_length(character)
        if length + width > limit:
            pieces.append(text[start:index])
            start, length = index, 0
        length += width
    return [*pieces, text[start:]]
