"""The widget in a real browser against the real Rasa and action servers."""

from __future__ import annotations

import json
import re

import pytest
import requests
from playwright.sync_api import Browser, Page, Route, expect

from actions.choose import answer_by_id
from actions.formatting import short_title
from actions.kinds import kind_of
from bot.knowledge import get_knowledge_base
from bot.paths import PROJECT_ROOT
from tests.web.widget import WEBHOOK, Widget, is_message_to_rasa

KB = get_knowledge_base()
ABOUT_ICC = KB.topic("about_icc")
XSS = "<img src=x onerror=alert(1)>"
PHONE = {"width": 390, "height": 844}
SCREENSHOT = PROJECT_ROOT / "reports" / "widget-phone.png"


def first_sentence(text: str) -> str:
    return text.split(". ")[0]


def test_asks_a_question_and_reads_the_answer(widget):
    held: list[Route] = []
    widget.page.route(f"**{WEBHOOK}", lambda route: held.append(route))
    widget.open()
    widget.send("What is the ICC?")
    expect(widget.status).to_have_text("The assistant is typing…")
    for _ in range(200):  # the request reaches the route a moment after the click
        if held:
            break
        widget.page.wait_for_timeout(50)
    assert held, "the widget sent nothing to Rasa"
    held[0].continue_()
    widget.wait_for_answer(answered=1)  # the greeting is the first bot message

    answer = widget.bot_messages.last
    expect(answer).to_contain_text(first_sentence(ABOUT_ICC.answer))
    source = ABOUT_ICC.sources[0]
    # The source shows as its short title, linked; the address itself is not shown.
    link = answer.get_by_role("link", name=short_title(source))
    expect(link).to_have_attribute("href", str(source.url))
    expect(answer).not_to_contain_text(str(source.url))
    expect(link).to_have_attribute("target", "_blank")
    expect(link).to_have_attribute("rel", "noopener")


def test_a_quick_reply_sends_its_payload_and_shows_its_title(widget):
    widget.open()
    widget.say("What is the ICC?")
    suggested = kind_of(ABOUT_ICC).overview(ABOUT_ICC).buttons[:4]
    expect(widget.quick_replies).to_have_text([button["title"] for button in suggested])

    with widget.page.expect_request(is_message_to_rasa) as sent:
        widget.quick_replies.first.click()
    assert sent.value.post_data_json["message"] == suggested[0]["payload"]
    expect(widget.user_messages.last).to_have_text(f"You: {suggested[0]['title']}")
    widget.wait_for_answer(answered=2)
    asked = json.loads(suggested[0]["payload"].removeprefix("/inform"))["facet"]
    expected = answer_by_id(asked, [])
    assert expected is not None
    expect(widget.bot_messages.last).to_contain_text(first_sentence(expected.body))
    expect(widget.input).to_be_focused()


def test_the_conversation_survives_a_reload_and_restart_clears_it(widget):
    widget.open()
    sender = widget.say("What is the ICC?")["sender"]
    transcript = widget.log.text_content()

    widget.page.reload()
    expect(widget.panel).to_be_visible()
    expect(widget.log).to_have_text(transcript)
    # Same Rasa conversation: the follow-up knows what the last answer was about.
    assert widget.say("Where does this come from?")["sender"] == sender
    expect(widget.bot_messages.last).to_contain_text(str(ABOUT_ICC.sources[0].url))

    widget.restart.click()
    expect(widget.log.locator(".message")).to_have_count(1)  # only the greeting
    expect(widget.input).to_be_focused()
    assert widget.say("What is the ICC?")["sender"] != sender


def test_a_message_with_html_is_shown_as_text(widget):
    dialogs: list[str] = []
    widget.page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    widget.open()
    widget.say(XSS)
    expect(widget.user_messages.last).to_have_text(f"You: {XSS}")
    expect(widget.page.locator("img")).to_have_count(0)  # CSS locators see inside the widget
    assert dialogs == []


def test_everything_works_by_keyboard(widget):
    keyboard = widget.page.keyboard
    for _ in range(5):  # past whatever the host page has before the widget
        keyboard.press("Tab")
        if widget.launcher.evaluate("e => e.getRootNode().activeElement === e"):
            break
    expect(widget.launcher).to_be_focused()
    assert widget.launcher.evaluate("e => getComputedStyle(e).outlineStyle") == "solid"
    keyboard.press("Enter")
    expect(widget.panel).to_be_visible()
    expect(widget.launcher).to_have_attribute("aria-expanded", "true")
    expect(widget.input).to_be_focused()

    keyboard.type("What is the ICC?")
    keyboard.press("Enter")
    widget.wait_for_answer(answered=1)
    keyboard.press("Shift+Tab")  # back from the message box to the last quick reply
    expect(widget.quick_replies.last).to_be_focused()
    keyboard.press("Enter")
    widget.wait_for_answer(answered=2)

    keyboard.press("Escape")
    expect(widget.panel).to_be_hidden()
    expect(widget.launcher).to_be_focused()
    expect(widget.launcher).to_have_attribute("aria-expanded", "false")


# Each pair: [text colour, the background behind it], as the browser computed them.
COLOUR_PAIR = """e => {
  let node = e, background;
  while ((background = getComputedStyle(node).backgroundColor) === "rgba(0, 0, 0, 0)") {
    node = node.parentElement || node.getRootNode().host;
  }
  return [getComputedStyle(e).color, background];
}"""


def contrast_ratio(first: str, second: str) -> float:
    def luminance(css: str) -> float:
        channels = [int(c) / 255 for c in re.findall(r"\d+", css)[:3]]
        r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def custom_demo_page(page: Page, web_url: str, attributes: str) -> None:
    """The demo page with extra data attributes on the widget's script tag.

    It is written into a page of the demo server (not served by route.fulfill), so Chromium
    still sees a local page calling a local Rasa server.
    """
    page.goto(f"{web_url}/")
    tag = '<script src="/widget.js"'
    html = requests.get(f"{web_url}/", timeout=10).text
    page.set_content(html.replace(tag, tag.replace("<script", f"<script {attributes}")))


def test_data_attributes_set_title_greeting_and_colours(page, assistant):
    custom_demo_page(
        page,
        assistant.settings.web_url,
        'data-title="Chat with us" data-greeting="Hi there!" data-privacy="Be careful."'
        ' data-color="#ffd400"',
    )
    widget = Widget(page, title="Chat with us")
    widget.open()
    expect(widget.bot_messages.first).to_have_text("Assistant: Hi there!")
    expect(widget.panel).to_contain_text("Be careful.")
    color, background = widget.launcher.evaluate(COLOUR_PAIR)
    assert background == "rgb(255, 212, 0)"
    assert color == "rgb(26, 26, 26)"  # dark text on a light colour: readable


@pytest.mark.parametrize("attributes", ["", 'data-color="#ffd400" data-bot-color="navy"'])
def test_text_has_enough_contrast(page, assistant, attributes):
    custom_demo_page(page, assistant.settings.web_url, attributes)
    widget = Widget(page, title="Ask about the ICC")
    widget.open()
    widget.say("What is the ICC?")
    shown = {
        "launcher": widget.launcher,
        "title": widget.panel.locator(".title"),
        "restart": widget.restart,
        "privacy notice": widget.panel.locator(".privacy"),
        "assistant's message": widget.bot_messages.last,
        "link": widget.bot_messages.last.get_by_role("link").first,
        "visitor's message": widget.user_messages.last,
        "quick reply": widget.quick_replies.first,
        "message box": widget.input,
        "send button": widget.panel.get_by_role("button", name="Send"),
    }
    for name, locator in shown.items():
        ratio = contrast_ratio(*locator.evaluate(COLOUR_PAIR))
        assert ratio >= 4.5, f"{name}: contrast {ratio:.2f} is below WCAG AA (4.5)"


def test_on_a_phone_the_panel_fills_the_screen(browser: Browser, assistant):
    """Also saves a screenshot for people to look at (a copy is in docs/ for the README)."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True)
    try:
        page = context.new_page()
        page.goto(f"{assistant.settings.web_url}/")
        widget = Widget(page)
        widget.open()
        widget.say("What is the ICC?")
        assert widget.panel.bounding_box() == {"x": 0, "y": 0, **PHONE}  # full screen
        SCREENSHOT.parent.mkdir(exist_ok=True)
        page.screenshot(path=SCREENSHOT)
    finally:
        context.close()
