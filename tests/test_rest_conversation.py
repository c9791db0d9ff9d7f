"""Conversations over Rasa's REST channel with the real Rasa server and action server."""

import yaml

from actions.formatting import human_date
from bot.knowledge import get_knowledge_base
from bot.paths import PROJECT_ROOT

DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())


def _response_texts(name: str) -> list[str]:
    return [variant["text"].strip() for variant in DOMAIN["responses"][name]]


def _texts(replies) -> list[str]:
    return [reply["text"] for reply in replies if "text" in reply]


def test_what_is_the_icc_gets_the_sourced_answer(assistant):
    topic = get_knowledge_base().topic("about_icc")
    (text,) = _texts(assistant.ask("What is the ICC?", sender="rest-about"))
    assert text.startswith(topic.answer)
    assert str(topic.sources[0].url) in text
    assert f"as of {human_date(topic.as_of)}" in text


def test_lowercase_question_without_punctuation_is_understood(assistant):
    topic = get_knowledge_base().topic("about_icc")
    (text,) = _texts(assistant.ask("what is the icc", sender="rest-lower"))
    assert text.startswith(topic.answer)


def test_greeting_and_goodbye(assistant):
    assert _texts(assistant.ask("hello", sender="rest-greet")) in [
        [t] for t in _response_texts("utter_greet")
    ]
    assert _texts(assistant.ask("bye", sender="rest-greet")) in [
        [t] for t in _response_texts("utter_goodbye")
    ]


def test_an_unrelated_question_is_declined_kindly(assistant):
    texts = _texts(assistant.ask("will it rain in Paris tomorrow?", sender="rest-oos"))
    assert texts == [texts[0]] and texts[0] in _response_texts("utter_out_of_scope")


def test_gibberish_gets_a_friendly_fallback(assistant):
    friendly = _response_texts("utter_default") + _response_texts("utter_out_of_scope")
    for message in ["qwzx plorf vrrb", "kjhgf"]:
        texts = _texts(assistant.ask(message, sender="rest-gibberish"))
        assert len(texts) == 1 and texts[0] in friendly, (message, texts)


def test_bad_input_never_breaks_the_server(assistant):
    for message in ["", "   ", "😀" * 50, "x" * 20_000, "<script>alert(1)</script>"]:
        response = assistant.send(message, sender="rest-bad-input")
        assert response.status_code == 200, (message[:20], response.text[:200])
    topic = get_knowledge_base().topic("about_icc")
    (text,) = _texts(assistant.ask("What is the ICC?", sender="rest-bad-input"))
    assert text.startswith(topic.answer)
