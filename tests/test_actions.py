"""Every answering action, on the real knowledge base, with rasa-sdk's dispatcher and tracker."""

import datetime as dt
import re

import yaml
from rasa_sdk.executor import ActionExecutor

from actions import prompts
from actions.answer_topic import NO_TOPIC_TEXT, ActionAnswerTopic
from actions.cases import ActionCaseInfo, ActionCasesOverview, ActionFugitives, ActionSituationInfo
from actions.describe import MAX_WORDS, fit
from actions.fallback import ActionFallback
from actions.followups import ActionInform, ActionMore, ActionSelectItem, ActionSources
from actions.formatting import human_date
from actions.lookups import ActionDefineTerm, ActionOfficeHolders
from actions.membership import ActionMembershipCheck, ActionStatesParties
from bot.knowledge import PersonStatus, get_knowledge_base
from bot.paths import PROJECT_ROOT
from tests.action_helpers import run, tracker

KB = get_knowledge_base()


def _body(text: str) -> str:
    return text.split("\nSource:")[0]


def _assert_sourced(message, record):
    assert str(record.sources[0].url) in message["text"]
    assert f"as of {human_date(record.as_of)}" in message["text"]


def test_a_topic_answer_is_short_sourced_and_offers_next_questions():
    (message,), slots = run(ActionAnswerTopic(), tracker("about_icc", "What is the ICC?"))
    topic = KB.topic("about_icc")
    assert message["text"].startswith(topic.answer)
    _assert_sourced(message, topic)
    assert 2 <= len(message["buttons"]) <= 4
    assert slots["subject"] == "about_icc"


def test_every_topic_answer_stays_within_the_word_limit():
    for intent in ("about_icc", "jurisdiction", "victim_help", "case_stages", "trust_fund"):
        (message,), _ = run(ActionAnswerTopic(), tracker(intent))
        assert len(_body(message["text"]).split()) <= MAX_WORDS + 10, intent


def test_an_intent_without_a_topic_gets_an_honest_no_answer():
    (message,), _ = run(ActionAnswerTopic(), tracker("greet"))
    assert message["text"] == NO_TOPIC_TEXT


def test_a_named_crime_gets_its_definition():
    (message,), _ = run(ActionAnswerTopic(), tracker("crimes", entities={"crime": "genocide"}))
    assert KB.get("genocide").definition[:40] in message["text"]


def test_situation_by_state_name_and_follow_up_for_suspects():
    (message,), slots = run(
        ActionSituationInfo(), tracker("situation_info", entities={"country": "Sudan"})
    )
    situation = KB.get("darfur_situation")
    assert situation.summary[:40] in message["text"]
    assert slots == {"subject": "darfur_situation", "last_question": "situation_info"}
    (listing,), slots = run(ActionCaseInfo(), tracker("case_info", slots=slots))
    accused = KB.people(situation="darfur_situation")
    assert all(p.name in listing["text"] for p in accused[:6])
    assert slots["listed"] == [p.id for p in accused]
    (chosen,), _ = run(
        ActionSelectItem(), tracker("select_item", entities={"ordinal": "1"}, slots=slots)
    )
    assert chosen["text"].startswith(accused[0].name)


def test_a_state_without_a_situation_says_so_and_gives_membership():
    (message,), _ = run(
        ActionSituationInfo(), tracker("situation_info", entities={"country": "canada"})
    )
    assert "no investigation or preliminary examination concerning Canada" in message["text"]
    assert "Yes. Canada is a State Party" in message["text"]


def test_a_person_follow_up_uses_the_subject():
    (message,), slots = run(ActionCaseInfo(), tracker("case_info", entities={"person": "Lubanga"}))
    lubanga = KB.get("lubanga")
    assert message["text"].startswith(
        "Thomas Lubanga Dyilo was convicted and sentenced to 14 years."
    )
    _assert_sourced(message, lubanga)
    (again,), _ = run(ActionCaseInfo(), tracker("case_info", "was he convicted?", slots=slots))
    assert again["text"] == message["text"]


def test_membership_and_what_about_another_country():
    (message,), slots = run(
        ActionMembershipCheck(), tracker("membership_check", entities={"country": "kenya"})
    )
    assert message["text"].startswith("Yes. Kenya is a State Party")
    (other,), _ = run(
        ActionInform(), tracker("inform", "what about Sudan?", {"country": "sudan"}, slots)
    )
    assert other["text"].startswith("No. Sudan")
    (us,), _ = run(
        ActionMembershipCheck(), tracker("membership_check", entities={"country": "USA"})
    )
    assert us["text"].startswith("No. United States of America signed the Rome Statute")


def test_membership_without_a_country_asks_which():
    (message,), _ = run(ActionMembershipCheck(), tracker("membership_check"))
    assert message["text"] == prompts.ASK_COUNTRY


def test_states_parties_count_is_derived_and_dated():
    (message,), _ = run(ActionStatesParties(), tracker("states_parties"))
    figure = KB.states_parties_count(dt.date.today())
    assert message["text"].startswith(f"{figure.value} States are parties")
    assert f"as of {human_date(figure.as_of)}" in message["text"]


def test_cases_overview_counts_come_from_the_records():
    (message,), slots = run(ActionCasesOverview(), tracker("cases_overview"))
    assert f"The Court has {len(KB.cases())} cases" in message["text"]
    assert f"{len(KB.convicted())} people have been convicted" in message["text"]
    assert slots["listed"] == [p.id for p in KB.convicted()]


def test_fugitives_lists_people_at_large_and_the_first_can_be_chosen():
    (message,), slots = run(ActionFugitives(), tracker("fugitives"))
    at_large = KB.people(PersonStatus.at_large)
    assert message["text"].startswith(f"{len(at_large)} people")
    assert re.search(r"^1\. " + re.escape(at_large[0].name), message["text"], re.M)
    (last,), _ = run(
        ActionSelectItem(), tracker("select_item", entities={"ordinal": "-1"}, slots=slots)
    )
    assert last["text"].startswith(at_large[-1].name)


def test_select_without_a_list_explains():
    (message,), _ = run(ActionSelectItem(), tracker("select_item", entities={"ordinal": "2"}))
    assert message["text"] == prompts.NOTHING_TO_CHOOSE


def test_more_gives_the_details_of_the_previous_topic():
    (message,), _ = run(ActionMore(), tracker("ask_more", slots={"subject": "why_icc_matters"}))
    topic = KB.topic("why_icc_matters")
    assert topic.points[0] in message["text"]


def test_more_without_anything_more():
    (message,), _ = run(ActionMore(), tracker("ask_more"))
    assert message["text"] == prompts.NO_MORE


def test_define_a_term_and_an_article():
    (term,), _ = run(ActionDefineTerm(), tracker("define_term", entities={"term": "proprio motu"}))
    assert KB.get("proprio_motu").definition[:40] in term["text"]
    (article,), _ = run(
        ActionDefineTerm(), tracker("define_term", entities={"article": "article_17"})
    )
    assert article["text"].startswith(KB.get("article_17").name)


def test_office_holders_are_listed_without_former_ones():
    (message,), _ = run(ActionOfficeHolders(), tracker("office_holders"))
    assert KB.get("akane").name in message["text"]
    assert KB.get("bensouda").name not in message["text"]


def test_sources_of_the_previous_answer():
    (message,), _ = run(ActionSources(), tracker("sources", slots={"subject": "lubanga"}))
    assert all(str(s.url) in message["text"] for s in KB.get("lubanga").sources)


def test_fallback_offers_likely_intents_and_matching_facts():
    ranking = [("nlu_fallback", 0.4), ("jurisdiction", 0.3), ("crimes", 0.2)]
    (message,), _ = run(
        ActionFallback(), tracker("nlu_fallback", "proprio motu investigations", ranking=ranking)
    )
    payloads = [b["payload"] for b in message["buttons"]]
    assert payloads[:2] == ["/jurisdiction", "/crimes"]
    assert any("proprio_motu" in p for p in payloads)


def test_fit_keeps_whole_sentences_within_the_limit():
    text, more = fit("Title:", "One two three. Four five six. Seven eight.", limit=5)
    assert (text, more) == ("Title: One two three.", True)
    assert fit("A b.", "C d.", limit=10) == ("A b. C d.", False)
    assert fit("A very long single sentence here.", limit=2) == (
        "A very long single sentence here.",
        False,
    )


def test_the_action_server_registers_exactly_the_domain_actions():
    executor = ActionExecutor()
    executor.register_package("actions")
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    assert set(executor.actions) == set(domain["actions"])
