"""Whole conversations over REST with the real Rasa server and action server.

Expected texts come from the knowledge base and the domain, never typed in here, so
the tests follow the facts when maintainers update them.
"""

from __future__ import annotations

import itertools

import pytest
import yaml

from actions.texts import text
from bot.knowledge import get_knowledge_base
from bot.paths import PROJECT_ROOT

KB = get_knowledge_base()
DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
_senders = itertools.count()


def response(name: str) -> str:
    return DOMAIN["responses"][name][0]["text"].strip()


class Chat:
    """One user talking to the assistant; each `say` returns the texts of the reply."""

    def __init__(self, assistant) -> None:
        self.assistant = assistant
        self.sender = f"conversation-{next(_senders)}"
        self.buttons: list[dict] = []

    def say(self, text: str) -> str:
        replies = self.assistant.ask(text, sender=self.sender)
        self.buttons = [b for r in replies for b in r.get("buttons", [])]
        return "\n".join(r["text"] for r in replies if "text" in r)


@pytest.fixture
def chat(assistant) -> Chat:
    return Chat(assistant)


@pytest.mark.parametrize(
    ("question", "topic_id"),
    [
        ("What is the ICC?", "about_icc"),
        ("what is the rome statute", "rome_statute"),
        ("what's the difference between the icc and the icj", "icc_vs_icj"),
        ("why does the ICC matter", "why_icc_matters"),
        ("what is the assembly of states parties", "asp"),
        ("what is the trust fund for victims", "trust_fund"),
        ("how do reparations work", "reparations"),
        ("soldiers burned my village and my family is in danger, please help", "victim_help"),
    ],
)
def test_general_questions_get_their_sourced_topic(chat, question, topic_id):
    """The topic's overview, or one of its facets when that fits the wording better."""
    topic = KB.topic(topic_id)
    reply = chat.say(question)
    answers = [(topic.answer, topic.sources[0]), *((f.answer, f.sources[0]) for f in topic.facets)]
    answer, source = next(((a, s) for a, s in answers if reply.startswith(a)), (None, None))
    assert answer is not None, (question, reply[:120])
    assert f"]({source.url})" in reply
    assert 1 <= len(chat.buttons) <= 4


@pytest.mark.parametrize(
    ("question", "facet_id"),
    [
        ("how many judges does the icc have", "judges_number"),
        ("how many articles does the rome statute have", "rome_statute_articles"),
        ("is there a statute of limitations for genocide", "no_statute_of_limitations_expiry"),
        ("how is the trust fund for victims funded", "trust_fund_funding"),
    ],
)
def test_specific_questions_get_their_facet(chat, question, facet_id):
    _, facet = KB.facet(facet_id)
    assert chat.say(question).startswith(facet.answer)


def test_situation_then_suspects_then_the_first_one(chat):
    situation = KB.get("darfur_situation")
    assert situation.summary[:50] in chat.say("What is the ICC doing in Darfur?")
    listing = chat.say("who are the suspects there?")
    accused = KB.people(situation=situation.id)
    assert f"1. {accused[0].name}" in listing
    assert chat.say("tell me about the first one").startswith(accused[0].name)


def test_person_then_was_he_convicted_then_sources(chat):
    lubanga = KB.get("lubanga")
    assert lubanga.name in chat.say("what happened to Thomas Lubanga?")
    assert chat.say("was he convicted?").startswith(f"Yes. {lubanga.name} was convicted")
    assert f"{lubanga.sentence_years:g} years" in chat.say("how long did he get?")
    sources = chat.say("where does this information come from?")
    assert all(str(s.url) in sources for s in lubanga.sources)


def test_a_topic_follow_up_keeps_the_thread(chat):
    chat.say("what is the trust fund for victims?")
    _, funding = KB.facet("trust_fund_funding")
    assert chat.say("how is it funded?").startswith(funding.answer)


def test_kushayb_under_both_names(chat):
    person = KB.get("abd_al_rahman")
    assert person.name in chat.say("is Ali Kushayb convicted")
    assert person.name in chat.say("what about abd-al-rahman?")


def test_membership_then_what_about_another_country(chat):
    assert chat.say("is Kenya a member of the ICC?").startswith("Yes. Kenya is a State Party")
    assert chat.say("what about Sudan?").startswith("No. Sudan")
    assert chat.say("and ivory coast?").startswith("Yes. Côte d'Ivoire is a State Party")


def test_number_of_states_parties_is_derived(chat):
    figure = KB.states_parties_count()
    assert chat.say("how many countries are members of the icc?").startswith(
        f"{figure.value} States are parties"
    )


def test_fugitives_and_choosing_from_the_list(chat):
    at_large = KB.at_large()
    assert chat.say("who is wanted by the icc?").startswith(f"{len(at_large)} people")
    assert chat.say("the second one").startswith(at_large[1].name)


def test_a_crime_and_a_term_and_an_article(chat):
    assert KB.get("genocide").definition[:40] in chat.say("what is genocide?")
    assert KB.get("proprio_motu").definition[:40] in chat.say("what does proprio motu mean")
    assert chat.say("explain article 17").startswith(KB.get("article_17").name)


def test_tell_me_more_after_a_topic(chat):
    chat.say("why does the icc matter")
    assert KB.topic("why_icc_matters").points[0] in chat.say("tell me more")


def test_who_leads_the_court(chat):
    assert KB.get("akane").name in chat.say("who is the president of the icc?")


def test_a_button_payload_works_like_typing(chat):
    text = chat.say('/situation_info{"country":"ukraine_situation"}')
    assert KB.get("ukraine_situation").summary[:40] in text


def test_small_talk(chat):
    assert chat.say("hello") == response("utter_greet")
    assert chat.say("are you a real person?") == text("bot_challenge")
    assert chat.say("what can you do") == text("help")
    assert chat.say("thanks a lot") == response("utter_thanks")
    assert chat.say("bye") == text("goodbye")


def test_an_unrelated_question_is_declined_kindly(chat):
    assert chat.say("will it rain in Paris tomorrow?") == text("out_of_scope")


def test_gibberish_gets_a_friendly_reply(chat):
    reply = chat.say("qwzx plorf vrrb")
    assert reply in {text("out_of_scope"), text("help")} or reply.startswith(
        (text("no_sourced_answer"), text("did_you_mean"))
    )


def test_a_follow_up_without_context_asks_back(chat):
    assert chat.say("was she convicted?") == text("ask_which.person")


def test_bad_input_never_breaks_the_server(assistant, chat):
    for message in ["", "   ", "😀" * 50, "x" * 20_000, "<script>alert(1)</script>", "/", "/{}"]:
        reply = assistant.send(message, sender="bad-input")
        assert reply.status_code == 200, (message[:20], reply.text[:200])
    assert chat.say("What is the ICC?").startswith(KB.topic("about_icc").answer)
