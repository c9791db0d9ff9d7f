"""Assistant text -> Telegram HTML: escaping, links, and splitting to Telegram's limit."""

from __future__ import annotations

import pytest

from bot.telegram.formatting import MAX_MESSAGE_LENGTH, split_text, telegram_length, to_html


def test_html_is_escaped():
    assert to_html("a < b & c > d <b>bold</b>") == (
        "a &lt; b &amp; c &gt; d &lt;b&gt;bold&lt;/b&gt;"
    )


def test_urls_become_links_without_trailing_punctuation():
    text = "Source: https://www.icc-cpi.int/about?a=1&b=2 ; https://example.org/x. (as of today)"
    assert to_html(text) == (
        'Source: <a href="https://www.icc-cpi.int/about?a=1&amp;b=2">'
        "https://www.icc-cpi.int/about?a=1&amp;b=2</a> ; "
        '<a href="https://example.org/x">https://example.org/x</a>. (as of today)'
    )


def test_only_http_links_are_made():
    assert to_html("javascript:alert(1) and ftp://x") == "javascript:alert(1) and ftp://x"


def test_a_short_answer_stays_whole():
    assert split_text("  One answer.\nSource: x  ") == ["One answer.\nSource: x"]
    assert split_text("   ") == []


def test_a_long_answer_is_split_at_paragraph_boundaries():
    paragraphs = [f"Paragraph {i}. " + "word " * 300 for i in range(8)]
    pieces = split_text("\n\n".join(p.strip() for p in paragraphs))
    assert len(pieces) > 1
    assert all(telegram_length(piece) <= MAX_MESSAGE_LENGTH for piece in pieces)
    for piece in pieces:  # every piece is whole paragraphs
        assert all(part.startswith("Paragraph ") for part in piece.split("\n\n"))
    assert "\n\n".join(pieces).split() == " ".join(paragraphs).split()


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("line one\nline two\n\nthird", 17, ["line one\nline two", "third"]),
        ("alpha beta gamma delta", 11, ["alpha beta", "gamma delta"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
    ],
)
def test_an_overlong_paragraph_is_split_at_lines_then_words_then_characters(text, limit, expected):
    assert split_text(text, limit) == expected


def test_length_counts_as_telegram_does():
    assert telegram_length("🙂") == 2  # outside the Basic Multilingual Plane: 2 UTF-16 units
    assert split_text("🙂🙂🙂", limit=4) == ["🙂🙂", "🙂"]
