"""The answering action on the real knowledge base, with rasa-sdk's dispatcher and tracker.

Each message is parsed as the Rasa server would parse it (tests/understanding.py: the
knowledge entity matcher and the facet ranker with the real sentence encoder); only the
intent is given. Expected texts come from the knowledge base and actions/texts.yml.
"""

from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest
import yaml
from rasa_sdk.executor import ActionExecutor

from actions.answer import ActionAnswer
from actions.formatting import fit, human_date, short_title
from actions.kinds import kind_of
from actions.kinds.person import status_of
from actions.scoring import question_kinds, stems
from actions.texts import text
from bot.knowledge import PersonStatus, get_knowledge_base
from bot.paths import PROJECT_ROOT
from tests.action_helpers import run
from tests.understanding import understood

KB = get_knowledge_base()


class Conversation:
    """One person talking to the action, the slots carried from turn to turn."""

    def __init__(self) -> None:
        self.slots: dict = {}
        self.buttons: list[dict] = []

    def say(self, message: str, intent: str | None = None, **entities: str) -> str:
        messages, slots = run(ActionAnswer(), understood(message, intent, self.slots, entities))
        self.slots.update(slots)
        self.buttons = [b for m in messages for b in m.get("buttons") or []]
        return "\n".join(m.get("text") or m.get("response") or "" for m in messages)


def assembly_president():
    return next(h for h in KB.office_holders() if h.position.startswith("President of the A"))


def body(reply: str) -> str:
    return reply.split("\nSource:")[0]


def facet(facet_id: str):
    found = KB.facet(facet_id)
    assert found is not None, facet_id
    return found[1]


def test_a_general_question_gets_the_topic_overview_with_a_readable_source():
    chat = Conversation()
    reply = chat.say("What is the ICC?", "about_icc")
    topic = KB.topic("about_icc")
    assert reply.startswith(topic.answer)
    source = topic.sources[0]
    dated = human_date(topic.as_of)
    assert f"Source: [{short_title(source)}]({source.url}) (as of {dated})" in reply
    assert 2 <= len(chat.buttons) <= 4
    assert chat.slots["subject"] == "about_icc"


def test_a_specific_question_gets_its_facet_not_the_overview():
    chat = Conversation()
    reply = chat.say("how many articles are in the rome statute", "rome_statute")
    assert body(reply) == facet("rome_statute_articles").answer
    assert chat.slots == {"subject": "rome_statute", "last_question": "rome_statute_articles"}


def test_a_named_person_decides_the_subject_whatever_the_intent():
    ongwen = KB.get("ongwen")
    reply = Conversation().say("ongwen sentence length", "penalties")
    assert reply.startswith(f"{ongwen.name} was sentenced to {ongwen.sentence_years:g} years")
    assert str(ongwen.sources[0].url) in reply


def test_a_misspelt_name_is_still_the_subject():
    reply = Conversation().say("how long did ongwin get", "case_info")
    assert reply.startswith(KB.get("ongwen").name)


def test_a_false_premise_is_corrected():
    putin = KB.get("putin")
    assert putin.status == PersonStatus.at_large
    reply = Conversation().say("when was putin convicted?", "case_info")
    assert reply.startswith(f"No. {putin.name} has not been tried or convicted")


def test_follow_ups_about_a_topic_keep_the_thread():
    chat = Conversation()
    chat.say("what is the trust fund for victims", "trust_fund")
    assert chat.slots["subject"] == "trust_fund"
    reply = chat.say("how is it funded?", "trust_fund")
    assert body(reply) == facet("trust_fund_funding").answer


def test_the_first_one_after_a_topic_that_lists_records():
    chat = Conversation()
    reply = chat.say("which crimes does the court deal with?", "crimes")
    items = KB.topic("crimes").items
    assert chat.slots["listed"] == items
    assert re.search(rf"^1\. {re.escape(KB.get(items[0]).name)}$", reply, re.M)
    meaning = chat.say("what does the first one mean", "select_item", ordinal="1")
    assert KB.get(items[0]).definition[:40] in meaning


def test_suspects_of_a_situation_then_the_first_one():
    chat = Conversation()
    accused = KB.people(situation="darfur_situation")
    listing = chat.say("who is wanted in darfur", "fugitives")
    assert f"1. {accused[0].name}" in listing
    assert chat.slots["listed"] == [p.id for p in accused]
    assert chat.say("tell me about the first one", "select_item", ordinal="1").startswith(
        accused[0].name
    )


def test_a_comparison_answers_both_sides():
    reply = Conversation().say(
        "what's the difference between war crimes and crimes against humanity", "crimes"
    )
    assert KB.get("war_crimes").definition[:30] in reply
    assert KB.get("crimes_against_humanity").definition[:30] in reply


def test_the_second_side_of_a_comparison_can_be_asked_about_as_the_second_kind():
    chat = Conversation()
    chat.say("what's the difference between war crimes and crimes against humanity", "crimes")
    assert chat.slots["listed"] == ["war_crimes", "crimes_against_humanity"]
    reply = chat.say("so can the second kind happen when there is no war", "crimes", ordinal="2")
    assert body(reply) == facet("crimes_against_humanity_peacetime").answer


def test_an_ordinal_before_the_listed_items_title_picks_the_item_not_others_of_that_title():
    chat = Conversation()
    chat.say("who are the vice presidents of the icc", "office_holders")
    second = KB.get(chat.slots["listed"][1])
    assert second.position.startswith("Second Vice-President")
    reply = chat.say("where is the second vice-president from", "office_holders", ordinal="2")
    assert reply.startswith(second.name)
    assert chat.slots["subject"] == second.id


def test_membership_then_what_about_another_country():
    chat = Conversation()
    kenya = KB.get("kenya")
    assert chat.say("is kenya a member", "membership_check").startswith(
        f"Yes. Kenya is a State Party: it ratified the Rome Statute on {human_date(kenya.joined)}"
    )
    assert chat.say("what about Sudan?", "inform").startswith("No. Sudan")


def test_a_question_about_a_record_without_one_asks_which():
    assert Conversation().say("was he convicted?", "case_info") == text("ask_which.person")


def test_nothing_sourced_says_so_and_offers_the_closest():
    chat = Conversation()
    reply = chat.say("zxqv blorp wug")
    assert reply.startswith(text("no_sourced_answer"))
    assert chat.buttons


def test_a_detail_the_answer_lacks_is_said_and_the_closest_given():
    chat = Conversation()
    reply = chat.say("what colour are the walls of the detention centre?", "court_structure")
    assert reply.startswith(text("closest_answer"))
    assert chat.slots["subject"] == "detention_centre"  # the closest: about the centre
    answered = KB.facet(chat.slots["last_question"])
    assert answered is not None and answered[1].answer in reply


def test_a_question_about_the_court_taken_for_out_of_scope_is_not_turned_away():
    reply = Conversation().say("what is a judge's yearly salary at the court", "out_of_scope")
    assert reply.startswith(text("no_sourced_answer").split(" to ")[0])
    assert Conversation().say("will it rain in Paris tomorrow?", "out_of_scope") == text(
        "out_of_scope"
    )


def test_a_question_taken_for_a_no_is_answered_and_a_plain_no_is_not():
    chat = Conversation()
    reply = chat.say(
        "could the prosecutor ask again after judges refuse to authorise an investigation?",
        "deny",
    )
    assert body(reply) == facet("case_triggers_review_refusal").answer
    assert chat.say("no thanks", "deny") == text("deny")


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("how much money does the deputy registrar earn", "court_structure"),  # no amount
        ("which country pays the most into the trust fund for victims", "trust_fund"),  # none
        ("who were the judges elected by the assembly in 2029", "asp"),  # another year's
        ("who chairs the committee on budget and finance", "asp"),  # nobody named
        ("who is the current deputy registrar of the court", "office_holders"),  # nobody named
        ("how much does germany pay into the icc each year", "asp"),  # not Germany's share
        ("how old is judge tomoko akane", "office_holders"),  # no age
        ("who is duterte's defence lawyer at the icc", "case_info"),  # no lawyer named
        ("what did the court's new building in the hague cost?", "court_structure"),  # no sum
        ("which prison is bosco ntaganda kept in?", "case_info"),  # the country only
        ("has the security council ever used article 16", "case_triggers"),  # the rule only
    ],
)
def test_an_answer_without_the_amount_country_year_or_name_asked_says_so(message, intent):
    assert Conversation().say(message, intent).startswith(text("closest_answer"))


def test_an_answer_that_holds_the_detail_is_not_hedged():
    reply = Conversation().say("how many judges sit at the court", "court_structure")
    assert text("closest_answer") not in reply
    assert body(reply).startswith(facet("judges_number").answer.split()[0])


def test_a_person_never_arrested_is_said_so():
    kony = KB.get("kony")
    assert kony.status == PersonStatus.at_large
    reply = Conversation().say("was kony ever caught", "case_info")
    assert reply.startswith(f"No. {kony.name} has not been arrested or surrendered")


def test_the_sentence_of_a_record_that_answers_leads():
    reply = Conversation().say(
        "in which village did the attack in the katanga case happen", "case_info"
    )
    assert "Bogoro" in body(reply).split(". ")[0]


def test_a_former_office_holder_and_both_holders_of_a_shared_office():
    first = next(h for h in KB.office_holders(include_former=True) if h.former)
    reply = Conversation().say("who was the first prosecutor of the court", "office_holders")
    assert reply.startswith(first.name)
    chat = Conversation()
    deputies = [h for h in KB.office_holders() if h.position.startswith("Deputy Prosecutor")]
    reply = chat.say("who are the deputy prosecutors", "office_holders")
    assert len(deputies) == 2 and all(f". {d.name}," in reply for d in deputies)
    assert chat.slots["listed"] == [d.id for d in deputies]


def test_he_after_a_case_is_its_accused():
    case = next(
        c for c in KB.cases() if len(c.accused) == 1 and KB.get(c.accused[0]).sentence_years
    )
    person = KB.get(case.accused[0])
    chat = Conversation()
    chat.say(f"tell me about {case.name}", "case_info")
    assert chat.slots["subject"] == case.id
    reply = chat.say("and how long was he sentenced to", "penalties")
    assert reply.startswith(f"{person.name} was sentenced to {person.sentence_years:g} years")


def test_who_before_him_after_an_office_holder_is_the_former_holder():
    holders = KB.office_holders(include_former=True)
    former = [h for h in holders if h.former and h.position.startswith("Prosecutor")]
    current = [h for h in holders if not h.former and h.position.startswith("Prosecutor")]
    chat = Conversation()
    if current:
        assert chat.say("who is the prosecutor", "office_holders").startswith(current[0].name)
    else:  # the post is vacant: the latest holder's record says so
        assert chat.say(f"who is {former[-1].name}", "office_holders").startswith(former[-1].name)
        former = former[:-1]
    assert chat.say("and who held that post before him?", "office_holders").startswith(
        former[-1].name
    )
    assert Conversation().say("who was the first prosecutor?").startswith(former[0].name)


def test_states_parties_count_is_derived_and_dated():
    reply = Conversation().say("how many countries are members of the icc", "states_parties")
    figure = KB.states_parties_count(dt.date.today())
    assert reply.startswith(f"{figure.value} States are parties")
    assert f"as of {human_date(figure.as_of)}" in reply


def test_a_withdrawal_is_answered_from_its_outcome_not_from_its_note():
    today = dt.date.today()
    revoked = [s for s in KB.states() if s.withdrawal and s.withdrawal.outcome.value == "revoked"]
    left = [s for s in KB.states() if s.withdrawal and s.withdrawal.left_by(today)]
    assert revoked and left
    for state in revoked:
        reply = Conversation().say(f"did {state.name} leave the icc?", "membership_check")
        assert "revoked the notice" in reply and "remains a State Party" in reply
        assert state.is_party(today)
    for state in left:
        reply = Conversation().say(f"is {state.name} a member?", "membership_check")
        effective = human_date(state.withdrawal.effective)
        assert reply.startswith(text("withdrawal.left", name=state.name, effective=effective))
    pending = [s for s in KB.states() if s.withdrawal and s.withdrawal.outcome.value == "pending"]
    for state in pending:
        reply = Conversation().say(f"is {state.name} a member?", "membership_check")
        assert reply.startswith(f"Yes. {state.name} is a State Party")
        assert human_date(state.withdrawal.effective) in reply


def test_which_countries_left_is_answered_from_the_state_records():
    today = dt.date.today()
    reply = body(Conversation().say("which countries have left the icc?", "challenges"))
    for state in (s for s in KB.states() if s.withdrawal is not None):
        effective = human_date(state.withdrawal.effective)
        said = f"{state.name} notified its withdrawal on" in reply and effective in reply
        assert said == state.withdrawal.left_by(today), state.name


def test_the_count_of_states_parties_names_those_whose_withdrawal_is_in_doubt():
    today = dt.date.today()
    reply = Conversation().say("how many countries are members of the icc", "states_parties")
    for state in KB.states_parties(today):
        in_doubt = state.withdrawal is not None and state.withdrawal.in_doubt(today)
        assert (f"This count includes {state.name}," in reply) == in_doubt
        if in_doubt:
            question = f"is {state.name} still a member"
            assert "No source I have confirms" in Conversation().say(question, "membership_check")


def test_fugitives_are_counted_from_the_records_and_the_last_can_be_chosen():
    chat = Conversation()
    at_large = KB.at_large()
    reply = chat.say("who is wanted by the icc?", "fugitives")
    assert reply.startswith(f"{len(at_large)} people charged by the Court are recorded as at large")
    dead = KB.reported_dead()
    assert dead and all(f"{p.name} ({human_date(p.reported_dead.date)})" in reply for p in dead)
    assert not any(p.reported_dead for p in at_large)
    assert chat.say("the last one", "select_item", ordinal="-1").startswith(at_large[-1].name)


def test_a_person_reported_dead_is_said_to_be_so_not_at_large():
    for person in KB.reported_dead():
        reply = Conversation().say(f"is {person.name} still at large?", "fugitives")
        assert human_date(person.reported_dead.date) in reply
        assert person.reported_dead.reported_by in reply
        assert text("status.at_large") not in reply


def test_the_list_of_office_holders_dates_each_and_names_a_vacant_post():
    reply = Conversation().say("who are the office holders of the icc", "office_holders")
    for holder in KB.office_holders():
        assert f"{holder.name} (as of {human_date(holder.as_of)})" in reply
    current = {h.post() for h in KB.office_holders()}
    former = [h for h in KB.office_holders(include_former=True) if h.former]
    vacant = {h.post(): h for h in former}
    for post, last in vacant.items():
        said = text("vacant_post", post=post, name=last.name) in reply
        assert said == (post not in current), post


@pytest.mark.parametrize(
    ("message", "intent", "facet_id"),
    [
        ("who leads the office of the prosecutor now", "office_holders", "prosecutor_during_leave"),
        ("who is on the trust fund board", "trust_fund", "trust_fund_board_members"),
        ("who has the us sanctioned at the icc", "challenges", "us_sanctions_designations"),
        ("who are the judges of the icc", "court_structure", "judges_current"),
    ],
)
def test_time_sensitive_questions_get_their_dated_facet(message, intent, facet_id):
    """Facts that change (who leads an office, sanctions, a board, the bench) are answered by
    their own facet, with the day they were last checked."""
    reply = Conversation().say(message, intent)
    assert body(reply) == facet(facet_id).answer
    assert facet(facet_id).time_sensitive
    assert f"as of {human_date(facet(facet_id).as_of)}" in reply


def test_choosing_without_a_list_explains():
    assert Conversation().say("the second one", "select_item", ordinal="2") == text(
        "nothing_to_choose"
    )


def test_tell_me_more_and_where_it_comes_from():
    chat = Conversation()
    chat.say("why does the icc matter", "why_icc_matters")
    assert KB.topic("why_icc_matters").points[0] in chat.say("tell me more", "ask_more")
    sources = chat.say("where does this come from?", "sources")
    assert all(str(s.url) in sources for s in KB.topic("why_icc_matters").sources)


def test_which_article_says_that_after_a_facet():
    chat = Conversation()
    first = chat.say("is there a statute of limitations for genocide", "jurisdiction")
    assert "Article 29" in first
    reply = chat.say("which article says that", "sources")
    assert reply.startswith(text("in_articles", articles="Article 29"))


def test_a_button_asks_a_facet_by_id():
    reply = Conversation().say('/inform{"facet":"judges_number"}', "inform", facet="judges_number")
    assert body(reply) == facet("judges_number").answer


def test_out_of_scope_gets_its_fixed_reply():
    assert Conversation().say("will it rain in Paris tomorrow?", "out_of_scope") == text(
        "out_of_scope"
    )


def test_fit_keeps_whole_sentences_within_the_limit():
    assert fit("Title:", "One two three. Four five six. Seven eight.", limit=5) == (
        "Title: One two three.",
        True,
    )
    assert fit("A b.", "C d.", limit=10) == ("A b. C d.", False)


def test_the_action_server_registers_exactly_the_domain_actions():
    executor = ActionExecutor()
    executor.register_package("actions")
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    assert set(executor.actions) == set(domain["actions"])


def test_a_facet_added_in_yaml_is_answered_after_a_restart(tmp_path, monkeypatch):
    """A maintainer adds a facet; a new process (here: fresh caches) answers it, no Python."""
    from actions import context_ranking, scoring
    from bot.knowledge import store
    from tests import understanding

    caches = (
        store.get_knowledge_base,
        scoring.profiles,
        scoring._weights,
        understanding.facet_index,
        understanding.name_matcher,
        context_ranking.facet_index,
    )
    knowledge = tmp_path / "knowledge"
    shutil.copytree(PROJECT_ROOT / "knowledge", knowledge)
    court = knowledge / "court.yml"
    content = yaml.safe_load(court.read_text(encoding="utf-8"))
    content["topics"][0]["facets"].append(
        {
            "id": "about_icc_test_mascot",
            "question": "Does the Court have a mascot animal?",
            "asked_as": ["what animal is the court's mascot", "icc mascot"],
            "answer": "A test answer that only this test's knowledge base holds.",
            "sources": [{"url": "https://example.org/test", "title": "Test source"}],
            "as_of": "2026-01-01",
        }
    )
    court.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    monkeypatch.setenv("KNOWLEDGE_DIR", str(knowledge))
    for cache in caches:
        cache.cache_clear()
    try:
        reply = Conversation().say("what's the icc's mascot animal?", "about_icc")
    finally:
        monkeypatch.undo()
        for cache in caches:
            cache.cache_clear()
    assert reply.startswith("A test answer that only this test's knowledge base holds.")
    assert "[Test source](https://example.org/test)" in reply


def test_a_follow_up_is_read_with_the_question_before_it():
    chat = Conversation()
    chat.say("what is the crime of aggression", "crimes")
    reply = chat.say("when could the court start trying it?", "crimes")
    assert body(reply) == facet("crime_of_aggression_since_when").answer


def test_the_first_holder_of_an_office_after_its_holder():
    first = next(
        h
        for h in KB.office_holders(include_former=True)
        if h.former and h.position.startswith("Prosecutor")
    )
    chat = Conversation()
    chat.say("who is the prosecutor", "office_holders")
    assert chat.say("and the first?", "office_holders").startswith(first.name)


def test_a_synonym_counts_as_the_word_the_knowledge_base_uses():
    libya = KB.get("libya_situation")
    reply = Conversation().say("who sent the libya situation to the icc?", "situation_info")
    assert reply.startswith(f"The {libya.name} was referred to the Court by")
    assert text("closest_answer") not in reply


def test_a_milestone_is_answered_by_its_facet():
    reply = Conversation().say("who was the first person acquitted by the court?", "cases_overview")
    assert body(reply) == facet("court_firsts_acquittal").answer


def test_a_specific_follow_up_after_an_overview_gets_a_facet_not_the_overview_again():
    chat = Conversation()
    assert chat.say("tell me about the assembly of states parties", "asp").startswith(
        KB.topic("asp").answer
    )
    reply = chat.say("how frequently does it gather?", "asp")
    assert body(reply) == facet("asp_sessions_frequency").answer


def test_a_warrant_answer_says_what_the_warrant_is_for():
    duterte = KB.get("duterte")
    (case,) = KB.cases_of(duterte.id)[:1]
    reply = Conversation().say("when did judges issue the warrant against duterte", "case_info")
    assert reply.startswith(f"{duterte.name}. ")
    assert text("charges", charges=case.charges.split(".")[0]) in reply


def test_an_answer_that_nearly_fits_is_given_as_only_the_closest():
    chat = Conversation()
    reply = chat.say("most recent country to sign?", "inform")
    assert reply.startswith(text("closest_answer"))
    assert body(reply).endswith(facet(chat.slots["last_question"]).answer)


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("on what date will the judges read out the verdict for mahamat said", "case_info"),
        ("so did the court ever hold a trial in the dominican republic", "out_of_scope"),
        ("which judge presided over the lubanga trial", "case_info"),  # not Lubanga himself
    ],
)
def test_a_question_the_record_cannot_answer_says_so(message, intent):
    reply = Conversation().say(message, intent)
    assert reply.startswith(text("no_sourced_answer").split(" to ")[0])


def test_a_pick_from_a_list_with_a_question_answers_it_about_the_item():
    chat = Conversation()
    listing = chat.say("who has the court charged over mali", "situation_info")
    first = KB.get(chat.slots["listed"][0])
    assert listing and first.sentence_years
    reply = chat.say("the first one, how many years did he get", "select_item", ordinal="1")
    assert reply.startswith(f"{first.name} was sentenced to {first.sentence_years:g} years")


def test_the_people_a_situation_overview_names_can_be_picked():
    chat = Conversation()
    overview = chat.say("what is the icc doing about mali", "situation_info")
    named = [KB.get(person_id) for person_id in chat.slots["listed"]]
    assert len(named) >= 2
    places = [min(overview.find(n) for n in person.names() if n in overview) for person in named]
    assert places == sorted(places)
    second = chat.say("tell me about the second one", "select_item", ordinal="2")
    assert second.startswith(named[1].name)


def test_a_follow_up_naming_only_a_term_is_about_the_person_before():
    chat = Conversation()
    chat.say("how long did al mahdi get", "penalties")
    assert chat.slots["subject"] == "al_mahdi"
    reply = chat.say("and how much in reparations", "reparations")
    assert "Al Mahdi" in body(reply).split(":")[0] and "2.7 million" in reply


@pytest.mark.parametrize(
    ("first", "intent", "follow_up", "position"),
    [
        (
            "what is the assembly of states parties",
            "asp",
            "who chairs it",
            "President of the Assembly",
        ),
        (None, None, "who did the judges elect as registrar", "Registrar"),
    ],
)
def test_who_runs_an_office_names_its_holder(first, intent, follow_up, position):
    holder = next(h for h in KB.office_holders() if h.position.startswith(position))
    chat = Conversation()
    if first:
        chat.say(first, intent)
    assert chat.say(follow_up, "office_holders").startswith(holder.name)


def test_a_count_is_answered_by_the_sentence_holding_the_number():
    reply = Conversation().say("how many charges against kony were confirmed", "case_info")
    assert re.search(r"\b39\b", body(reply).split(". ")[0] + body(reply).split(". ")[1])


def test_a_bare_question_word_asks_the_last_question_again_that_way():
    chat = Conversation()
    chat.say("how frequently do the states parties hold their assembly", "asp")
    assert chat.slots["last_question"] == "asp_sessions_frequency"
    reply = chat.say("and where?", "inform")
    assert body(reply) == facet("asp_sessions_location").answer


def test_a_follow_up_about_a_topic_of_the_same_family():
    chat = Conversation()
    chat.say("what is the role of the assembly of states parties", "asp")
    assert chat.slots["subject"] == "asp"
    reply = chat.say("is it meeting every week or so", "nlu_fallback")
    assert body(reply).endswith(facet("asp_sessions_frequency").answer)  # "week": hedged


def test_a_question_only_a_record_answers_is_about_the_last_record():
    bashir = KB.get("al_bashir")
    chat = Conversation()
    chat.say("what are the charges against omar al bashir", "case_info")
    reply = chat.say("when did the judges issue the first warrant", "nlu_fallback")
    first_warrant = next(d for d in KB.cases_of(bashir.id)[0].key_dates if "arrant" in d.event)
    assert human_date(first_warrant.date) in body(reply)


def test_a_general_answer_about_a_state_keeps_the_thread_on_that_state():
    situation = KB.situations_in("palestine")[0]
    opened = next(d for d in situation.key_dates if "nvestigation" in d.event)
    chat = Conversation()
    chat.say("has palestine joined the icc", "membership_check")
    chat.say("how can it join when it is not in the united nations?", "membership_check")
    assert chat.slots["subject"] == "palestine"
    reply = chat.say("when did the investigation there begin", "situation_info")
    assert human_date(opened.date) in reply


@pytest.mark.parametrize(
    ("first", "follow_up", "positions"),
    [
        (
            "who is the president of the court",
            "and the vice presidents?",
            ("First Vice", "Second Vice"),
        ),
        ("what does the registrar do", "who has the job at the moment", ("Registrar",)),
    ],
)
def test_an_office_follow_up_names_its_holders(first, follow_up, positions):
    holders = [h for h in KB.office_holders() if h.position.startswith(positions)]
    chat = Conversation()
    chat.say(first, "office_holders")
    reply = chat.say(follow_up, "office_holders")
    assert holders and all(h.name in reply for h in holders)


def test_a_question_about_two_people_is_answered_for_each():
    ruto, sang = KB.get("ruto"), KB.get("sang")
    reply = Conversation().say("were ruto and sang ever convicted", "case_info")
    first, second = body(reply).split("\n")[:2]
    assert ruto.name in first and sang.name in second


@pytest.mark.parametrize(
    ("message", "situation"),
    [
        ("what is the icc doing about the rohingya", "bangladesh_myanmar_situation"),
        ("has the icc looked at the mavi marmara raid", "comoros_situation"),
    ],
)
def test_an_event_or_people_named_by_a_situation_alias(message, situation):
    chat = Conversation()
    chat.say(message, "situation_info")
    assert chat.slots["subject"] == situation


@pytest.mark.parametrize(
    ("message", "intent"),
    [
        ("who is the executive director of the office of public counsel for victims", None),
        ("which appeals judges signed the bemba judgment", None),
        ("when will the judges rule on the afghanistan appeal next", None),
        (
            "how many investigators does the court have working on the ukraine situation",
            "about_icc",
        ),
        ("how many interpreters are employed at the court", "about_icc"),
    ],
)
def test_a_name_a_date_to_come_a_count_or_an_article_the_answer_lacks_is_said(message, intent):
    reply = Conversation().say(message, intent or "nlu_fallback")
    assert reply.startswith(text("no_sourced_answer").split(" to ")[0])


def test_a_name_written_in_one_situation_only_points_at_it():
    uganda = KB.get("uganda_situation")
    assert not KB.find("Lwala")  # no record of its own, only words of the Uganda cases
    chat = Conversation()
    chat.say("did anyone answer for the attack on the lwala girls school", "case_info")
    subject = KB.get(chat.slots["subject"])
    related = {
        uganda.id,
        *(c.id for c in KB.cases(uganda.id)),
        *(p.id for p in KB.people(situation=uganda.id)),
    }
    assert subject.id in related


def test_that_after_a_case_points_at_the_case():
    chat = Conversation()
    chat.say("what happened with the lubanga case", "case_info")
    case = KB.get(chat.slots["subject"])
    appeal = next(d for d in case.key_dates if "Appeals Chamber" in d.event)
    reply = chat.say("was that appealed", "case_info")
    assert human_date(appeal.date) in reply and chat.slots["subject"] == case.id


def test_two_crimes_asked_of_a_person_are_about_the_person_not_a_comparison():
    chat = Conversation()
    reply = chat.say(
        "did the icc charge al bashir with genocide or only crimes against humanity", "case_info"
    )
    assert not reply.startswith(
        text("compare_intro", first="Genocide", second="Crimes against humanity")[:20]
    )
    assert chat.slots["subject"] == "al_bashir" and "genocide" in reply


def test_that_crime_is_the_crime_the_last_answer_named():
    aggression = KB.get("crime_of_aggression")
    chat = Conversation()
    chat.say("what did states decide at the 2010 review conference in uganda", "rome_statute")
    assert chat.slots["last_question"] == "rome_statute_kampala"
    reply = chat.say("what does that crime mean", "define_term")
    assert reply.startswith(f"{aggression.name} (Article 8 bis)")


def test_he_after_a_facet_naming_one_person_is_that_person():
    chat = Conversation()
    chat.say("who was the first person the icc convicted", "cases_overview")
    assert chat.slots["last_question"] == "court_firsts_conviction"
    chat.say("what was his sentence", "case_info")
    assert chat.slots["subject"] == "lubanga"


@pytest.mark.parametrize(
    ("message", "intent", "position"),
    [
        ("who chairs the assembly of states parties", "asp", "President of the Assembly"),
        ("who's the asp president", "office_holders", "President of the Assembly"),
    ],
)
def test_an_office_named_with_a_term_of_its_title_names_its_holder(message, intent, position):
    holder = next(h for h in KB.office_holders() if h.position.startswith(position))
    assert Conversation().say(message, intent).startswith(holder.name)


def test_and_who_has_that_job_now_after_an_office_facet_names_its_holder():
    registrar = next(h for h in KB.office_holders() if h.position.startswith("Registrar"))
    chat = Conversation()
    chat.say("what does the registrar of the icc do", "office_holders")
    chat.say("for how long is the registrar elected", "office_holders")
    assert chat.say("and who has that job now?", "office_holders").startswith(registrar.name)


def test_a_long_message_is_never_taken_for_a_social_reply():
    reply = Conversation().say(
        "someone online says he can get me money from the court for my family if i pay him "
        "a fee first, is this legit",
        "bot_challenge",
    )
    assert text("bot_challenge")[:40] not in reply


def test_a_general_facet_needs_to_fit_better_when_the_message_names_a_situation():
    created = facet("about_icc_founded_by")
    reply = Conversation().say("which un resolution referred darfur", "nlu_fallback")
    assert created.answer[:40] not in reply and re.search(r"\b1593\b", reply)


def test_he_with_a_state_named_in_passing_is_still_the_person_before():
    chat = Conversation()
    chat.say("is there an icc arrest warrant for putin", "case_info")
    assert chat.slots["subject"] == "putin"
    reply = chat.say("he went to mongolia, why wasnt he arrested there", "case_info")
    assert chat.slots["subject"] == "putin" and "Mongolia" in reply


def test_he_after_a_list_of_people_is_the_one_whose_record_answers():
    chat = Conversation()
    chat.say("who has the court charged over darfur", "situation_info")
    assert len(chat.slots["listed"]) > 1
    sentenced = [
        p
        for p in KB.people(situation="darfur_situation")
        if re.search(r"\b\d+ years\b", p.status_detail or "")
    ]
    assert len(sentenced) == 1
    chat.say("how long is his prison term", "case_info")
    assert chat.slots["subject"] == sentenced[0].id


def test_two_people_joined_by_or_are_asked_about_not_compared():
    reply = Conversation().say(
        "nazhat shameem khan and karim khan, are they family or what", "case_info"
    )
    intro = text("compare_intro", first="Nazhat Shameem Khan", second="Karim A.A. Khan")
    assert not reply.startswith(intro[:30]) and "not related" in reply


def test_it_after_a_facet_naming_a_crime_is_that_crime():
    activation = facet("crime_of_aggression_since_when")
    chat = Conversation()
    chat.say("what did states decide at the 2010 review conference in uganda", "rome_statute")
    assert chat.slots["last_question"] == "rome_statute_kampala"
    reply = chat.say("and from when could the court start using it", "rome_statute")
    assert chat.slots["last_question"] == activation.id, reply
    reply = chat.say("what does that crime mean", "define_term")
    assert reply.startswith(KB.get("crime_of_aggression").name)


def test_who_runs_it_after_the_trust_fund_is_its_board():
    chat = Conversation()
    chat.say("what is the trust fund for victims", "trust_fund")
    chat.say("who runs it?", "trust_fund")
    assert chat.slots["last_question"] == "trust_fund_board"


def test_who_runs_it_after_the_assembly_names_its_president():
    president = assembly_president()
    chat = Conversation()
    chat.say("what is the assembly of states parties", "asp")
    assert president.name in chat.say("who runs it?", "inform")


def test_a_state_the_question_asks_about_decides_the_subject():
    chat = Conversation()
    chat.say("did kenya ratify the rome statute", "rome_statute")
    assert chat.slots["subject"] == "kenya"


def test_it_after_an_office_holder_means_the_body_of_the_office():
    president = assembly_president()
    chat = Conversation()
    chat.say("who is the president of the assembly of states parties", "office_holders")
    assert chat.slots["subject"] == president.id
    chat.say("how many times a year does it convene?", "asp")
    assert chat.slots["subject"] != president.id
    assert chat.slots["last_question"].startswith("asp"), chat.slots


def test_a_follow_up_about_an_office_holder_is_answered_from_the_topic_of_the_office():
    holders = KB.office_holders(include_former=True)
    prosecutor = [h for h in holders if h.position.startswith("Prosecutor of")][-1]
    deputies = [h for h in KB.office_holders() if h.position.startswith("Deputy Prosecutor")]
    chat = Conversation()
    chat.say(f"who is {prosecutor.name}", "office_holders")
    reply = chat.say("then who stands in for him at the moment?", "office_holders")
    assert all(deputy.name in reply for deputy in deputies), reply
    assert chat.slots["subject"] == prosecutor.id  # "he" is still the Prosecutor


def test_a_nearly_as_close_answer_that_holds_the_kind_asked_is_chosen():
    chat = Conversation()  # "which country": the facet naming one, not how a State joins
    chat.say(
        "which state ratified the rome statute before any other, do you know which country",
        "rome_statute",
    )
    assert chat.slots["last_question"] == "court_firsts_ratification"


def test_a_long_question_with_it_is_not_asked_which_country():
    chat = Conversation()
    reply = chat.say(
        "a friend told me it is possible to sign up to the treaty but skip the bits you do "
        "not like, true?",
        "rome_statute",
    )
    assert reply != text("ask_which.state")


def test_who_else_was_charged_lists_the_co_accused_to_pick_from():
    putin = KB.get("putin")
    others = [p for c in KB.cases_of("putin") for p in c.accused if p != "putin"]
    chat = Conversation()
    chat.say("is there an icc warrant for putin", "case_info")
    chat.say("was anybody else named in the same warrants as him?", "case_info")
    assert chat.slots["last_question"] == "person_co_accused"
    assert chat.slots["listed"] == others and chat.slots["subject"] == putin.id
    assert chat.say("the first one", "select_item").startswith(KB.get(others[0]).name)


def test_someone_charged_alone_has_no_co_accused():
    case = KB.cases_of("ongwen")[0]
    chat = Conversation()
    chat.say("who is dominic ongwen", "case_info")
    reply = chat.say("was anyone else charged together with him?", "case_info")
    assert body(reply) == text("no_co_accused", case=case.name)


def test_a_question_about_a_case_is_not_taken_for_one_about_its_other_accused():
    chat = Conversation()
    chat.say("what happened in the case against maxime mokom", "case_info")
    assert chat.slots["last_question"] != "person_co_accused"


def test_that_one_is_the_case_the_last_answer_named():
    chat = Conversation()
    chat.say("which reparations order has been the largest so far?", "reparations")
    assert chat.slots["subject"] == "reparations"
    chat.say("and what is each victim due in that one?", "reparations")
    assert chat.slots["subject"] in ("ongwen", "ongwen_case"), chat.slots


def test_which_official_chairs_an_office_names_its_holder():
    president = assembly_president()
    chat = Conversation()
    chat.say("which official chairs the assembly of states parties these days", "asp")
    assert chat.slots["subject"] == president.id


@pytest.mark.parametrize(
    ("message", "subject", "question"),
    [
        (
            "so what is the icc's libya investigation about?",
            "libya_situation",
            "situation_overview",
        ),
        ("what's the case against ahmad harun about", "harun", "person_overview"),
    ],
)
def test_what_a_named_record_is_about_is_its_overview(message, subject, question):
    chat = Conversation()
    chat.say(message, "situation_info")
    assert (chat.slots["subject"], chat.slots["last_question"]) == (subject, question)


def test_who_was_convicted_in_a_situation_lists_the_convicted_to_pick_from():
    convicted = [
        p.id for p in KB.people(situation="mali_situation") if p.status.value == "convicted"
    ]
    chat = Conversation()
    chat.say("did anyone get a guilty verdict in the situation in mali?", "situation_info")
    assert chat.slots["last_question"] == "situation_convictions"
    assert chat.slots["listed"] == convicted and convicted
    reply = chat.say("and the second one, how long was his sentence?", "penalties")
    assert reply.startswith(KB.get(convicted[1]).name), reply


def test_no_conviction_in_a_situation_is_said_before_those_charged():
    situation = KB.get("ukraine_situation")
    chat = Conversation()
    reply = chat.say("has anybody been convicted over ukraine yet", "situation_info")
    assert reply.startswith(text("none_convicted", name=situation.name))


def test_the_it_of_how_long_does_it_take_points_at_no_one():
    chat = Conversation()
    chat.say("who is bosco ntaganda", "case_info")
    chat.say("how long does it take for a withdrawal from the statute to start", "states_parties")
    assert chat.slots["subject"] != "ntaganda", chat.slots


def test_in_which_cities_asks_for_a_place():
    chat = Conversation()
    chat.say("in which cities do the states parties hold their yearly meetings", "asp")
    assert chat.slots["last_question"] == "asp_sessions_location"


def test_it_after_a_crime_stays_the_crime_when_only_a_state_is_named():
    chat = Conversation()
    chat.say("what is the crime of aggression", "define_term")
    chat.say("does it apply to russia's war?", "jurisdiction")
    assert chat.slots["subject"] == "crime_of_aggression", chat.slots


def test_who_holds_a_post_now_says_when_it_is_vacant():
    holders = KB.office_holders(include_former=True)
    for post in dict.fromkeys(h.post() for h in holders if h.former):
        current = [h for h in KB.office_holders() if h.post() == post]
        reply = Conversation().say(
            f"whos the {post.lower()} at the icc these days", "office_holders"
        )
        if current:
            assert reply.startswith(current[0].name), post
        else:
            last = [h for h in holders if h.post() == post][-1]
            assert reply.startswith(text("vacant_post_now", post=post, name=last.name)), post
            assert last.name in reply


def test_is_she_the_same_person_as_another_office_holder():
    court_president = next(
        h
        for h in KB.office_holders()
        if h.title() == "President of the International Criminal Court"
    )
    assembly = assembly_president()
    chat = Conversation()
    chat.say("who is the president of the asp", "office_holders")
    reply = chat.say("is she the same person as the icc president?", "office_holders")
    assert body(reply) == text(
        "not_same_person",
        name=assembly.name,
        title=assembly.title(),
        other=court_president.name,
        other_title=court_president.title(),
    )


def test_has_anyone_done_it_gets_the_instances_the_facet_names():
    withdrawal = facet("rome_statute_withdrawal")
    assert withdrawal.instances == "challenges_withdrawals_past"
    chat = Conversation()
    chat.say("how can a country leave the rome statute", "states_parties")
    assert chat.slots["last_question"] == withdrawal.id
    reply = chat.say("has anyone actually done it?", "states_parties")
    left = [
        s for s in KB.all("states") if s.withdrawal and s.withdrawal.outcome.value == "took_effect"
    ]
    assert left and all(s.name in reply for s in left)


def test_an_office_holders_election_and_votes_come_from_the_records_dates():
    voted = next(
        h
        for h in KB.office_holders(include_former=True)
        if any("votes" in k.event for k in h.key_dates)
    )
    chat = Conversation()
    chat.say(f"who is {voted.name}", "office_holders")
    reply = chat.say("how many votes did he get?", "office_holders")
    assert next(k.event for k in voted.key_dates if "votes" in k.event) in reply
    unvoted = next(
        h for h in KB.office_holders() if not any("vote" in k.event.lower() for k in h.key_dates)
    )
    chat = Conversation()
    chat.say(f"who is {unvoted.name}", "office_holders")
    reply = chat.say("how many votes did they get?", "office_holders")
    assert reply.startswith(text("no_events", name=unvoted.name, what="vote count"))


def test_the_last_one_with_a_question_is_that_question_about_the_item():
    chat = Conversation()
    chat.say("what crimes can the icc prosecute", "crimes")
    last = KB.get(chat.slots["listed"][-1])
    reply = chat.say("and the last one, since when can the court use it?", "select_item")
    assert last.id == "crime_of_aggression"
    assert body(reply) == facet("crime_of_aggression_since_when").answer


def test_they_after_a_situation_in_one_state_can_ask_of_that_state():
    philippines = KB.get("philippines")
    chat = Conversation()
    chat.say("is the icc investigating the philippines", "situation_info")
    reply = chat.say("but didn't they pull out of the court?", "states_parties")
    assert chat.slots["subject"] == philippines.id
    assert human_date(philippines.withdrawal.effective) in reply


@pytest.mark.parametrize(
    "message", ["where do you get your information from", "how up to date are you"]
)
def test_asked_about_its_sources_first_it_describes_them(message):
    assert Conversation().say(message, "sources") == text("sources_in_general")


def test_a_victim_saying_where_they_are_from_is_answered_about_taking_part():
    chat = Conversation()
    chat.say(
        "i am a survivor from northern uganda, the LRA took my brother. can i take part in the "
        "icc case",
        "victim_participation",
    )
    assert chat.slots["subject"] == "victim_participation"


def test_a_state_that_never_signed_is_said_so_with_its_history():
    malaysia = KB.get("malaysia")
    assert malaysia.signed is None and malaysia.note
    reply = Conversation().say("did malaysia ever sign the rome statute", "membership_check")
    assert text("not_signed", name=malaysia.name) in reply
    assert "29 April 2019" in malaysia.note and "29 April 2019" in reply


def test_every_answer_about_a_person_reported_dead_says_so_first():
    dead = KB.reported_dead()
    assert dead
    for person in dead:
        chat = Conversation()
        reply = chat.say(f"what is {person.name} charged with", "case_info")
        assert f"{person.name} {status_of(person)}." in reply, person.id
        assert human_date(person.reported_dead.date) in reply


def test_former_holders_of_a_post_in_order_first_and_after_him():
    presidents = [
        h
        for h in KB.office_holders(include_former=True)
        if h.office == "asp_bureau" and h.post() == "President"
    ]
    in_order = [h for h in presidents if h.former] + [h for h in presidents if not h.former]
    chat = Conversation()
    assert chat.say("who was the first president of the asp", "office_holders").startswith(
        in_order[0].name
    )
    reply = chat.say("and who came after him", "office_holders")
    assert reply.startswith(in_order[1].name)
    court_presidents = [
        h for h in KB.office_holders(include_former=True) if h.office == "presidency"
    ]
    reply = Conversation().say("who was the first president of the icc", "office_holders")
    assert not any(reply.startswith(h.name) for h in presidents if h not in court_presidents)


def test_the_afghanistan_warrants_name_the_two_and_the_reported_four():
    case = KB.get("akhundzada_haqqani_case")
    reported = next(s for s in case.sources if "4 Taliban leaders" in s.title)
    assert "headline only" in reported.title
    reply = Conversation().say("are there icc arrest warrants for taliban leaders", "case_info")
    assert all(KB.get(p).name in reply for p in case.accused)
    assert "AP reported" in reply


def test_a_question_asked_of_a_state_is_answered_from_the_state_not_its_situation():
    libya = KB.get("libya")
    declaration = libya.declarations[-1]
    chat = Conversation()
    reply = chat.say("did libya lodge a declaration accepting the icc recently", "jurisdiction")
    assert chat.slots["subject"] == libya.id
    assert human_date(declaration.date) in reply


def test_the_case_after_a_person_is_that_persons_case():
    chat = Conversation()
    chat.say("was uhuru kenyatta charged at the icc", "case_info")
    person = KB.get(chat.slots["subject"])
    reply = chat.say("what happened to the case", "case_info")
    assert chat.slots["subject"] in (person.id, *person.cases)
    assert KB.get(person.cases[0]).name in reply or person.name in reply


def test_for_what_after_a_situation_with_one_case_gives_its_charges():
    case = KB.get("akhundzada_haqqani_case")
    chat = Conversation()
    chat.say("are there icc warrants for the taliban", "case_info")
    reply = chat.say("for what", "help")
    assert case.charges.split(";")[0].strip() in " ".join(reply.split())


@pytest.mark.parametrize(
    "asked", ["what was bosco ntaganda convited of", "which crimes was Ntaganda found guilty of"]
)
def test_what_a_named_person_was_convicted_of_is_the_charges_not_the_verdict(asked):
    case = KB.get("ntaganda_case")
    reply = Conversation().say(asked, "case_info")
    assert " ".join(case.charges.split())[:60] in " ".join(reply.split())


def test_what_someone_was_wanted_for_after_a_topic_is_no_charges():
    chat = Conversation()
    chat.say("tell me about the trust fund for victims", "trust_fund")
    reply = chat.say("what is it used for", "trust_fund")
    assert "Convicted of" not in reply and "charges" not in reply.lower()


def test_the_term_after_an_office_holder_is_the_term_of_that_office():
    registrar = next(h for h in KB.office_holders() if h.office == "registrar")
    chat = Conversation()
    chat.say("who is the registrar", "office_holders")
    assert chat.slots["subject"] == registrar.id
    reply = chat.say("how long is the term", "court_structure")
    assert "five" in reply.lower() and "nine years" not in reply.lower()


def test_has_any_country_ever_done_it_asked_at_once_gets_the_instances():
    chat = Conversation()
    reply = chat.say("has any country ever actually quit the icc", "states_parties")
    left = [
        s for s in KB.all("states") if s.withdrawal and s.withdrawal.outcome.value == "took_effect"
    ]
    assert all(s.name in reply for s in left)


def test_the_us_is_the_united_states():
    usa = KB.get("united_states")
    chat = Conversation()
    chat.say("is the us part of the icc", "membership_check")
    assert chat.slots["subject"] == usa.id


def test_a_former_office_holder_leads_with_what_became_of_them():
    khan = KB.get("karim_khan")
    assert khan.former and khan.status_detail
    reply = Conversation().say("karim khan is still the chief prosecutor, right?", "office_holders")
    assert khan.status_detail.split(".")[0] in reply


def test_first_ever_holder_asked_without_who():
    first = next(
        h for h in KB.office_holders(include_former=True) if h.former and h.post() == "Prosecutor"
    )
    assert Conversation().say("first ever icc prosecutor?", "office_holders").startswith(first.name)


def test_a_victim_naming_a_country_in_passing_gets_the_closest_answer_about_victims():
    chat = Conversation()
    tracker = understood(
        "if they accept me as a victim in the case do i have to fly to the netherlands?? i dont "
        "have a passport",
        "victim_help",
        chat.slots,
        {},
    )
    tracker.latest_message["intent"]["confidence"] = 0.6  # a guess, not a sure intent
    messages, slots = run(ActionAnswer(), tracker)
    assert slots.get("subject") != "netherlands"


def test_an_article_the_knowledge_base_lacks_is_said_so(monkeypatch):
    base = get_knowledge_base()  # the one the action reads
    get = base.get
    monkeypatch.setattr(base, "get", lambda id_: None if id_ == "article_108" else get(id_))
    reply = Conversation().say("explain article 108 of the rome statute please", "rome_statute")
    assert reply == text("article_not_held", number="108")
    reply = Conversation().say("what does article 12 say", "rome_statute")
    assert reply.startswith(KB.get("article_12").name)


def test_what_an_article_named_by_its_number_says_is_that_article():
    article = KB.get("article_90")
    reply = Conversation().say(
        "if a country gets a surrender request and an extradition request, what does article 90 "
        "say they should do",
        "jurisdiction",
    )
    assert reply.startswith(article.name)


def test_the_last_one_after_a_facet_that_lists_records_in_its_own_words():
    organs = facet("court_structure_organs")
    chat = Conversation()
    chat.say("what are the four organs of the icc?", "court_structure")
    assert chat.slots["last_question"] == organs.id
    assert chat.slots["listed"] == organs.items
    last = KB.get(organs.items[-1])
    assert chat.say("tell me about the last one", "select_item", ordinal="-1").startswith(
        kind_of(last).overview(last).body[:40]
    )


def test_they_after_a_list_of_people_asks_of_each():
    chat = Conversation()
    listing = chat.say("who are the deputy prosecutors", "office_holders")
    deputies = [KB.get(i) for i in chat.slots["listed"]]
    assert len(deputies) == 2 and all(d.name in listing for d in deputies)
    reply = chat.say("and where are they from?", "office_holders")
    for deputy in deputies:
        origin = re.search(rf"{re.escape(deputy.name)} of ([A-Z]\w+)", deputy.summary)
        assert origin is not None and f"{deputy.name} of {origin[1]}" in reply


def test_a_follow_up_is_answered_by_the_sentence_of_the_subject_that_holds_it():
    darfur = KB.get("darfur_situation")
    voted = next(s for s in re.split(r"(?<=\.) ", darfur.summary) if "votes" in s)
    chat = Conversation()
    chat.say("how did darfur get to the icc", "situation_info", country="darfur_situation")
    assert chat.slots["subject"] == darfur.id
    reply = chat.say("what was the vote?", "rome_statute")
    assert voted[:60] in reply
    assert f"as of {human_date(darfur.as_of)}" in reply


def test_a_follow_up_about_a_topic_is_answered_by_the_sentence_of_its_text_that_holds_it():
    reporting = KB.get("report_crime")
    languages = next(s for s in re.split(r"(?<=\.) ", reporting.details) if "write" in s)
    chat = Conversation()
    chat.say("how do i send evidence of war crimes to the icc", "report_crime")
    assert chat.slots["subject"] == reporting.id
    reply = chat.say("what language should i write it in", "out_of_scope")  # as classified
    assert body(reply) == languages.strip()
    assert "Coalition for the ICC" in reply  # the topic's sources, that one among them
    alone = Conversation().say("what language should i write it in", "out_of_scope")
    assert languages not in alone


@pytest.mark.parametrize(
    "forms",
    [
        ("vote", "votes", "voted", "voting"),
        ("crime", "crimes"),
        ("judge", "judges"),
        ("party", "parties"),
        ("refer", "referring", "referred"),
    ],
)
def test_word_forms_share_one_stem(forms):
    assert len({frozenset(stems(form)) for form in forms}) == 1, forms


def test_why_after_a_case_that_ended_gives_the_reason_the_record_states():
    kenyatta = KB.get("kenyatta")
    assert kenyatta.status is PersonStatus.proceedings_ended
    chat = Conversation()
    chat.say("what happened to kenyatta's case?", "case_info")
    assert chat.slots["subject"] == kenyatta.id
    stated = next(s for s in re.split(r"(?<=\.) ", kenyatta.summary) if "for lack of" in s)
    assert chat.say("why?", "nlu_fallback").startswith(stated)
    wanted = Conversation()
    wanted.say("is joseph kony still wanted", "case_info")
    assert "for lack of evidence" not in wanted.say("why?", "nlu_fallback")


def test_a_crime_named_in_a_short_follow_up_keeps_the_person_as_subject():
    chat = Conversation()
    chat.say("what is al bashir charged with?", "case_info")
    assert chat.slots["subject"] == "al_bashir"
    chat.say("genocide against who?", "crimes")
    assert chat.slots["subject"] == "al_bashir"


def test_who_was_tried_with_him_names_the_co_accused():
    chat = Conversation()
    chat.say("who was mathieu ngudjolo chui?", "case_info")
    assert chat.slots["subject"] == "ngudjolo"
    assert "Katanga" in chat.say("who was tried with him", "case_info")


def test_a_post_asked_after_an_office_holder_is_that_body_s_unless_another_is_named():
    assembly = [h for h in KB.office_holders() if h.title().endswith("Assembly of States Parties")]
    vice = [h for h in assembly if h.post().startswith("Vice")]
    chat = Conversation()
    chat.say("who presides over the assembly of states parties?", "office_holders")
    reply = chat.say("who are the two vice-presidents?", "office_holders")
    assert vice and all(h.name in reply for h in vice)
    court = Conversation()
    court.say("who presides over the assembly of states parties?", "office_holders")
    president = next(
        h
        for h in KB.office_holders()
        if h.title() == "President of the International Criminal Court"
    )
    assert court.say("who is the president of the court?", "office_holders").startswith(
        president.name
    )


def test_a_new_follow_up_is_not_answered_with_the_facet_just_given():
    chat = Conversation()
    chat.say("what's the maximum sentence at the icc?", "penalties")
    chat.say("do they serve it in the hague?", "penalties")
    assert chat.slots["last_question"] == "detention_centre_sentences"
    shortened = chat.say("can it be shortened?", "penalties")
    assert body(shortened).endswith(facet("penalties_early_release").answer), shortened


def test_a_situation_opened_by_the_prosecutor_says_when_the_judges_authorised_it():
    georgia = KB.get("georgia_situation")
    authorised = next(d for d in georgia.key_dates if "authorised the" in d.event)
    reply = Conversation().say("who referred the georgia situation to the court?", "situation_info")
    assert f"{human_date(authorised.date)}: {authorised.event}" in reply


def test_a_follow_up_after_a_general_answer_that_opens_with_a_record_asks_of_it():
    chat = Conversation()
    chat.say("what was the icc's first investigation outside africa?", "court_info")
    assert chat.slots["subject"] == "georgia_situation"
    wanted = chat.say("is anyone wanted", "fugitives")
    assert all(p.name in wanted for p in KB.people(situation="georgia_situation"))


def test_a_hello_gets_the_greeting_and_a_bare_when_after_an_answer_is_a_follow_up():
    chat = Conversation()
    assert chat.say("hi there", "greet") == "utter_greet"
    chat.say("who ratified the rome statute first?", "rome_statute")
    assert chat.say("when", "greet") != "utter_greet"
    assert (
        Conversation()
        .say("hi, who is the registrar?", "greet")
        .startswith(next(h.name for h in KB.office_holders() if h.post() == "Registrar"))
    )


@pytest.mark.parametrize(
    ("message", "post"), [("registrar of the icc?", "Registrar"), ("icc president?", "President")]
)
def test_a_message_that_is_only_an_office_title_gets_its_holder(message, post):
    holder = next(h for h in KB.office_holders() if h.post() == post and "Court" in h.title())
    assert Conversation().say(message, "court_structure").startswith(holder.name)


def test_an_organ_named_alone_is_not_taken_for_its_head():
    reply = Conversation().say("registry", "court_structure")
    assert KB.get("registry_term").definition[:60] in reply


def test_two_questions_in_one_message_get_both_answers_each_under_its_question():
    reply = Conversation().say(
        "how many judges does the icc have, and how long is their term?", "court_structure"
    )
    for facet_id in ("judges_number", "judges_term"):
        assert f"{facet(facet_id).question} {facet(facet_id).answer}" in reply


def test_he_after_an_answer_about_a_crime_is_the_person_that_answer_named():
    chat = Conversation()
    about_crime = chat.say("is using child soldiers a war crime", "crimes")
    lubanga = KB.get("lubanga")
    assert lubanga.name.split()[-1] in about_crime
    reply = chat.say("how long did he get", "case_info")
    assert reply.startswith(lubanga.name) and f"{lubanga.sentence_years:g} years" in reply


def test_the_third_way_after_a_topic_with_key_points_is_asked_about_its_third_point():
    chat = Conversation()
    chat.say("what are the ways a situation can reach the icc", "case_triggers")
    assert chat.slots["last_question"] == "case_triggers" and not chat.slots.get("listed")
    reply = chat.say("what does the third way need", "case_triggers", ordinal="3")
    assert body(reply) == facet("case_triggers_proprio_motu").answer


def test_the_second_part_points_back_at_what_the_first_asked_about_not_at_the_answer():
    reply = Conversation().say(
        "how many ratifications did the statute need, and when did it come into force?",
        "rome_statute",
    )
    assert facet("rome_statute_entry_into_force").answer in reply


def test_a_person_named_as_the_example_of_a_rule_gets_the_rule():
    chat = Conversation()
    chat.say("can the icc try joseph kony without him being in the room", "case_info")
    assert chat.slots["last_question"].startswith("no_trial_in_absentia")


def test_and_the_second_after_the_first_state_to_ratify_is_the_next_by_date():
    chat = Conversation()
    first = chat.say("which was the first country to ratify the rome statute", "rome_statute")
    in_order = sorted((s for s in KB.states() if s.joined), key=lambda s: s.joined)
    assert in_order[0].name in first
    second = chat.say("and the second one?", "select_item", ordinal="2")
    assert second.startswith(f"{in_order[1].name} was the 2nd State to join")
    assert human_date(in_order[1].joined) in second


def test_who_was_second_after_a_question_about_the_first_state_is_the_next_by_date():
    chat = Conversation()
    chat.say("which was the first country to ratify the rome statute", "rome_statute")
    in_order = sorted((s for s in KB.states() if s.joined), key=lambda s: s.joined)
    chat.say("is it still a member", "membership_check")
    assert chat.slots["subject"] == in_order[0].id
    second = chat.say("who was second?", "select_item", ordinal="2")
    assert second.startswith(f"{in_order[1].name} was the 2nd State to join")


def test_states_that_joined_on_the_same_day_are_named_together():
    in_order = sorted((s for s in KB.states() if s.joined), key=lambda s: s.joined)
    sixtieth = in_order[59]
    same_day = [s for s in in_order if s.joined == sixtieth.joined]
    reply = Conversation().say(
        "which country was the sixtieth to ratify", "rome_statute", ordinal="60"
    )
    assert len(same_day) > 1 and all(s.name in reply for s in same_day)


def test_the_first_to_ratify_after_a_topic_with_key_points_is_not_its_first_point():
    chat = Conversation()
    chat.say("how many countries are members of the icc", "membership_check")
    first = min((s for s in KB.states() if s.joined), key=lambda s: s.joined)
    assert first.name in chat.say("which was the first to ratify", "rome_statute", ordinal="1")


def test_an_ordinal_step_of_joining_is_not_taken_for_the_order_states_joined_in():
    in_order = sorted((s for s in KB.states() if s.joined), key=lambda s: s.joined)
    reply = Conversation().say(
        "what is the second step to join the icc", "membership_check", ordinal="2"
    )
    assert not reply.startswith(in_order[1].name)


def test_each_part_of_a_message_keeps_its_own_ordinal_and_heading():
    in_order = sorted((s for s in KB.states() if s.joined), key=lambda s: s.joined)
    reply = Conversation().say(
        "which was the third country to ratify, and how many judges does the icc have?",
        "rome_statute",
        ordinal="3",
    )
    third, judges = reply.split("\n")[:2]
    assert third.startswith(f"{in_order[2].name} was the 3rd State to join")
    assert judges == f"{facet('judges_number').question} {facet('judges_number').answer}"


def test_a_misspelt_question_gets_the_answer_of_the_question_as_meant():
    chat = Conversation()
    reply = chat.say("can an icc verdict be apealed", "case_stages")
    assert body(reply) == facet("case_stages_appeal").answer


def test_a_bare_number_after_an_article_asks_that_article():
    chat = Conversation()
    chat.say("what does article 27 say", "rome_statute")
    reply = chat.say("and 26?", "inform")
    assert reply.startswith("Article 26:") and "under 18" in reply
    assert chat.slots["subject"] == "article_26"


def test_who_referred_a_situation_names_the_referrals_not_an_earlier_declaration():
    chat = Conversation()
    chat.say("tell me about the ukraine situation", "situation_info")
    reply = chat.say("who referred it", "situation_info")
    assert "Lithuania" in reply and "Article 12(3)" not in reply


def test_the_place_after_the_detention_centre_is_the_detention_centre():
    chat = Conversation()
    chat.say("where does the icc keep the people it arrests", "court_structure")
    reply = chat.say("who is in charge of the place", "court_structure")
    assert "Registrar" in reply and chat.slots["subject"] == "detention_centre"


def test_was_he_convicted_says_yes_when_and_of_what_in_one_sentence():
    ongwen = KB.get("ongwen")
    verdict = next(d for d in ongwen.key_dates if d.event == "Convicted")
    reply = Conversation().say("was ongwen convicted", "case_info")
    assert body(reply).startswith(
        f"Yes. {ongwen.name} was convicted on {human_date(verdict.date)} of 61 crimes "
        "(crimes against humanity and war crimes)."
    )


def test_a_follow_up_about_the_subject_itself_is_not_answered_with_the_last_answer_again():
    chat = Conversation()
    first = body(chat.say("where are icc suspects kept", "court_structure"))
    again = body(chat.say("what's it like inside", "court_structure"))
    assert chat.slots["subject"] == "detention_centre" and again != first


def test_a_time_limit_for_prosecuting_them_after_when_the_court_starts_is_article_29():
    chat = Conversation()
    chat.say("from what date can the icc judge crimes", "jurisdiction")
    chat.say("what if the country joined later", "jurisdiction")
    reply = chat.say("is there a time limit for prosecuting them", "jurisdiction")
    assert "statute of limitations" in reply and "Article 29" in reply


def test_when_the_holders_of_an_office_were_elected_is_answered_for_each_of_them():
    deputies = [h for h in KB.office_holders() if h.post() == "Deputy Prosecutor"]
    reply = Conversation().say("when were the deputy prosecutors elected", "office_holders")
    assert len(deputies) == 2
    for deputy in deputies:
        elected = next(d for d in deputy.key_dates if "Elected" in d.event)
        assert f"{deputy.name}. {human_date(elected.date)}: {elected.event}" in reply


def test_a_question_after_an_office_holder_that_names_no_title_is_not_about_the_holder():
    chat = Conversation()
    chat.say("who is the president of the court", "office_holders")
    reply = chat.say("where does the money come from", "asp")
    assert "Akane" not in reply


def test_and_a_new_subject_then_a_question_with_a_pronoun_asks_it_of_the_new_subject():
    chat = Conversation()
    chat.say("who chooses the judges of the icc", "court_structure")
    reply = chat.say("and the president of the court, who picks them?", "court_structure")
    assert body(reply) == facet("presidency_election").answer


def test_has_it_ever_happened_after_the_rule_gives_the_instances_of_a_reversed_conviction():
    reply = Conversation().say("has a conviction ever been overturned on appeal", "case_stages")
    assert body(reply) == facet("court_firsts_conviction_reversed").answer


def holders_of(post: str):
    """Everyone who held the post, in the order the knowledge base lists them."""
    everyone = [h for h in KB.office_holders(include_former=True) if h.post() == post]
    return [h for h in everyone if h.former] + [h for h in everyone if not h.former]


def test_and_the_second_one_after_the_first_holder_of_a_post_is_the_next_holder():
    first, second, *_ = holders_of("Prosecutor")
    chat = Conversation()
    assert first.name in chat.say("who was the first icc prosecutor", "office_holders")
    reply = chat.say("and the second one?", "select_item", ordinal="2")
    assert reply.startswith(f"{second.name}, {second.position}")
    assert chat.slots["subject"] == second.id


def test_where_an_office_holder_is_from_is_the_sentence_naming_the_country():
    chat = Conversation()
    chat.say("who is the president of the icc", "office_holders")
    reply = body(chat.say("which country is she from", "inform"))
    assert "Japan" in reply and len(reply.split()) < 60
    assert [b["title"] for b in chat.buttons] == [text("labels.sources")]


def test_the_state_an_office_holder_is_from_may_be_named_by_the_word_for_its_people():
    chat = Conversation()
    chat.say("who was the first icc prosecutor", "office_holders")
    assert "an Argentine lawyer" in body(chat.say("where is he from", "inform"))


def test_who_is_not_a_question_word_inside_a_relative_clause():
    assert "person" in question_kinds("so who runs it now?")
    assert "person" in question_kinds("a symbolic euro, to whom?")
    assert "person" not in question_kinds("does the icc execute people who are found guilty")


def test_the_newest_member_and_the_one_before_it_follow_the_joining_order():
    in_order = sorted((s for s in KB.states() if s.joined), key=lambda s: s.joined)
    chat = Conversation()
    newest = chat.say("which is the newest icc member", "states_parties")
    assert newest.startswith(f"{in_order[-1].name} was the {len(in_order)}th State to join")
    before = chat.say("and the one before that?", "select_item")
    assert before.startswith(f"{in_order[-2].name} was the")


def test_a_long_story_taken_for_are_you_a_bot_still_gets_the_answer_that_fits():
    story = (
        "a man says he works for the icc and that my family can get compensation for my "
        "father, he only needs a processing fee first. my mother wants to pay. is this real??"
    )
    reply = Conversation().say(story, "bot_challenge")
    assert body(reply) == facet("victim_help_scams").answer


def test_and_the_first_of_another_kind_after_a_person_is_the_courts_first_not_the_persons():
    chat = Conversation()
    chat.say("who was the first person the icc acquitted", "case_info")
    chat.say("when", "inform")
    reply = chat.say("and the first guilty plea?", "case_info")
    assert body(reply) == facet("court_firsts_guilty_plea").answer


def test_out_of_scope_says_it_has_no_sourced_answer():
    reply = Conversation().say("will it rain in Paris tomorrow?", "out_of_scope")
    assert reply.startswith("I don't have a sourced answer to that")


def test_whether_the_court_can_try_crimes_of_a_year_before_2002_is_its_reach_in_time():
    reply = Conversation().say("could the court deal with killings from 1999?", "jurisdiction")
    assert body(reply) == facet("jurisdiction_temporal").answer
    adopted = Conversation().say("was the rome statute adopted in 1998", "rome_statute")
    assert body(adopted) != facet("jurisdiction_temporal").answer


def test_a_general_question_is_not_given_the_overview_of_an_unrelated_topic():
    reply = Conversation().say("does the court cover apartheid at all", "crimes")
    assert body(reply) == facet("crimes_against_humanity_acts").answer


def test_a_dispute_between_states_is_sent_to_the_icj_and_milosevic_to_the_icty():
    reply = Conversation().say("can a country take its neighbour to the icc over a border")
    assert body(reply) == facet("icc_vs_icj_disputes_between_states").answer
    assert "ICTY" in Conversation().say("was milosevic convicted by the icc", "case_info")


def test_the_points_of_a_topic_can_be_picked_one_after_another_without_a_list():
    chat = Conversation()
    chat.say("how can a situation get to the icc", "case_triggers")
    second = chat.say("the second one, examples?", "select_item", ordinal="2")
    assert "Darfur" in second
    third = chat.say("and the third?", "select_item", ordinal="3")
    assert "Pre-Trial Chamber" in third and "Darfur" not in body(third)


def test_a_question_of_its_own_with_an_ordinal_is_not_taken_for_a_point():
    chat = Conversation()
    chat.say("how can a situation get to the icc", "case_triggers")
    reply = chat.say("who was the first to refer one", "case_triggers", ordinal="1")
    assert not reply.startswith(text("nothing_to_choose"))
    assert body(reply) != KB.topic("case_triggers").points[0]


def test_the_longest_sentence_given_is_told_with_the_maximum_the_statute_allows():
    reply = body(Conversation().say("who got the heaviest sentence so far", "penalties"))
    assert reply == facet("penalties_longest_given").answer
    assert "Ntaganda" in reply and "Article 77" in reply
