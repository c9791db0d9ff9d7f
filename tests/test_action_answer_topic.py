"""Unit tests of the topic action with rasa-sdk's own dispatcher and tracker."""

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.answer_topic import NO_TOPIC_TEXT, ActionAnswerTopic
from actions.formatting import human_date
from bot.knowledge import get_knowledge_base


def _tracker(intent: str, text: str = "") -> Tracker:
    return Tracker(
        sender_id="unit-test",
        slots={},
        latest_message={"text": text, "intent": {"name": intent, "confidence": 0.99}},
        events=[],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


def test_about_icc_answers_from_the_knowledge_base_with_source_and_date():
    dispatcher = CollectingDispatcher()
    events = ActionAnswerTopic().run(dispatcher, _tracker("about_icc", "What is the ICC?"), {})
    topic = get_knowledge_base().topic("about_icc")
    assert events == []
    (message,) = dispatcher.messages
    assert message["text"].startswith(topic.answer)
    for source in topic.sources:
        assert str(source.url) in message["text"]
    assert f"as of {human_date(topic.as_of)}" in message["text"]


def test_an_intent_without_a_topic_gets_an_honest_no_answer():
    dispatcher = CollectingDispatcher()
    ActionAnswerTopic().run(dispatcher, _tracker("greet"), {})
    assert [m["text"] for m in dispatcher.messages] == [NO_TOPIC_TEXT]
