"""Choose the answer to a message: its subject (what it is about) and the facet asked.

The subject is a record the message names, else, for a follow-up, the previous answer's
subject (a topic as well as a person or a State). The facet is the answerable question closest
in meaning to the message (the NLU's ranking), favouring those about the subject and about the
topic of the intent. Nothing close enough: the subject's overview, or an honest "I don't have a
sourced answer" with the closest topics.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from actions.common import Answer, among, ask_button, kb
from actions.context_ranking import closer_of, facet_index, ranking_in_context
from actions.coverage import KINDS_ASKED, answers_the_question, holds_the_kinds_asked, kinds_held
from actions.evidence import best_sentence, sentences_of, with_evidence
from actions.followups import ASKS_EVER, instances_asked, instances_of, more_about, sources_of
from actions.formatting import fit
from actions.join_order import nth_to_join
from actions.kinds import kind_of
from actions.mentions import situation_mentioned
from actions.offices import (
    asked_of_holder,
    asks_of_holders,
    holders_answer,
    leading_facet,
    office_holders_asked,
    same_person_answer,
)
from actions.scoring import Message, stems
from actions.texts import entries, text, words_list
from actions.thread import (
    answer_text,
    article_number_meant,
    charges_meant,
    leans_on_previous_record,
    mentioned_before,
    message_of,
    people_meant,
    person_meant,
    reason_meant,
    record_meant,
    subjects_of,
)
from actions.turn import (
    DECIDING,
    DEFINED,
    PERSON_PRONOUN,
    PRONOUN,
    SHORT_QUESTION_WORDS,
    Turn,
    nth,
)
from bot.knowledge import (
    Article,
    Case,
    Crime,
    Person,
    Record,
    State,
    Topic,
)
from bot.knowledge.schema import Facet, RecordKind
from bot.knowledge.text import normalize

# Added to a candidate's closeness (a cosine) when it is about the subject or the intent.
NAMED_BONUS = 0.25  # about a person, case or situation the message names...
NAMED_STATE_BONUS = 0.15  # ...or a State (often named in passing: "Armenia joined late, so...")
FOLLOW_UP_BONUS = 0.2  # about the previous answer's subject, in a follow-up
INTENT_BONUS = 0.1  # about the topic of the intent the classifier chose
NAMED_TERM_BONUS = 0.1  # a crime, an article or a term the message names
FAMILY_BONUS = 0.1  # a topic asked under the same intent as the subject's, in a follow-up
NOT_ABOUT_NAMED = 0.3  # taken from what is not about the person, case or situation named...
NOT_ABOUT_NAMED_STATE = 0.15  # ...or the State (often named in passing: "the Rwandan genocide")
# ...unless nothing about what is named fits even this well while a general answer fits this
# well: the record is the example of a rule ("can they try Kony without him in the room?").
NOTHING_ABOUT_NAMED = 0.55
RULE_FITS = 0.85
KIND_WEIGHT = (
    0.08  # per point of Message.kind_fit: the kind of answer asked for ("how many", "who")
)
WORD_WEIGHT = 0.15  # times the share of the message's rarer words the question uses
UNRANKED = 0.3  # closeness assumed for the subject's questions that the ranking left out...
UNRANKED_GAP = 0.05  # ...just below the last ranked one
ACCEPT = 0.7  # below this, no candidate answers the question...
ELSEWHERE_AT_ACCEPT = (
    0.5  # ...plus this share of what is taken from a candidate not about what is named
)
ACCEPT_ABOUT_SUBJECT = 0.4  # ...except one about the subject, which the context already supports
NEARLY = 0.6  # a candidate this close is still given, said to be only the closest
# Taken from the facet just given, in a follow-up: a new question wants something new ("can it
# be shortened?" after where a sentence is served).
REPEATED = 0.1
# "And the president of the court, who picks them?": the pronoun is what was just named.
NAMED_THEN_ASKED = re.compile(
    r"^\W*(and|what about|how about)\s+(?P<what>[^,?]{3,60}?)\s*,\s*(?P<asked>[^,]+)$", re.I
)
RESTATED_SHARE = 0.8  # of a sentence's words already in the last answer: it says nothing new
# A specific question gets a topic's overview only when the overview fits this well.
OVERVIEW_FOR_SPECIFIC = 0.8
OVERVIEW_MARGIN = 0.05  # how much closer a facet must be than the overview, for a general question
WHOLE_PICTURE_MARGIN = 0.2  # the same for "how does it work?", which asks for the whole picture
COVERING_MARGIN = 0.05  # how much less close an answer holding the kind asked may be
# A follow-up is also ranked with the last question before it ("why that date?" after the
# entry into force); that ranking counts this much less than the message's own.
CONTEXT_DISCOUNT = 0.05
ASK_WHICH_FROM = 0.6  # so close to a question about a record that we ask which record
ASK_WHICH_WORDS = 10  # ...in a message this short: a longer one says more than "is it in?"
COMPARED_WORDS = 45
MAX_PEOPLE_ASKED = 3  # "were Ruto and Sang convicted?": each answered, up to this many
# "The first one, what was his sentence?": words beside those of the pick make a question.
PICK = re.compile(
    r"\b((the|that|this) )?(first|second|third|fourth|fifth|last|number \d+|no\.? ?\d+|#\d+)"
    r"( one)?\b\W*",
    re.I,
)
PICK_AND_QUESTION = 3
# Intents with a fixed reply in texts.yml; a follow-up the classifier took for one of them
# ("can it sit anywhere else?" as out_of_scope) still gets its answer when one fits well.
# So does a question taken for a "no", a "bye" or "are you a bot?" ("what if they say no?",
# "is this real??"); anything else under those intents gets the fixed reply at once.
SOCIAL_REPLIES = ("greet", "deny", "goodbye", "bot_challenge")
# Fixed replies kept in domain.yml (the greeting, which Telegram's /start also sends).
DOMAIN_REPLIES = {"greet": "utter_greet"}
SOCIAL_WORDS = 8  # a longer message is never only "no", "bye" or "are you a bot?"
FIXED_REPLIES = ("out_of_scope", "help", *SOCIAL_REPLIES)
ACCEPT_INSTEAD_OF_FIXED = 0.75
UNSURE_FIXED = 0.5  # a follow-up the classifier gives a fixed reply less surely is a question
# "What is genocide?", "what does proprio motu mean": the definition, not a facet of it.
ASKS_MEANING = re.compile(
    r"^\W*(what('s| is| are| does)|define|meaning of|explain|tell me about)\b", re.I
)
# "What was the Kenya case about?": what the record is, in general.
ASKS_WHAT_ABOUT = re.compile(
    r"^\W*((and|so|ok)\W+)?what('?s| is| was| are| were)\b.*\babout\W*$", re.I
)
# A question, not a plea ("they burned my village, I don't know what to do"): only a question
# can be answered with less than it asked.
ASKS_QUESTION = re.compile(
    r"\?|^\W*((so|and|but|ok|okay|hey|hi|hello|well|also|then|on|in|at|for|from|by|to|with|"
    r"until|since)\W+){0,2}(is|are|was|were|do|does|did|can|could|has|have|will|would|should|"
    r"name|names)\b|^\W*(\w+\W+){0,3}(who|whom|whose|whos|what|whats|when|where|which|how|why)\b",
    re.I,
)
AUXILIARY_FIRST = re.compile(
    r"^((when|why|how|so|and|but) )?(did|does|do|is|was|has|have|will|would|could|can) "
    r"(the )?(?P<rest>.*)"
)
TRUSTED_INTENT = 0.8  # an intent this sure answers with its topic when nothing else fits
ASKS_SOURCE = re.compile(
    r"\bsources?\b|\bcome from\b|\breferences?\b|\bcite|\blinks?\b|\bproof\b|"
    r"\bwhere (do|did) you (get|find|read|take)\b|\bhow do you know\b|\bbased on\b|"
    r"\byour (information|info|data|facts|knowledge)\b|\bup to date\b|\bhow (current|recent)\b",
    re.I,
)
ASKS_ARTICLE = re.compile(
    r"\barticles?\b|\bwhere in the (statute|treaty|rome statute)\b|\bwhich part\b", re.I
)
CLOSEST_OFFERED = 3
# A sentence of the subject's own text holding the message's words ("what was the vote?" after
# Darfur: "by resolution 1593 (11 votes in favour, 4 abstentions)") is itself a candidate, as
# close as this plus the share of the message's weighted words it holds times the weight.
EVIDENCE_CLOSENESS = 0.2
EVIDENCE_SHARE_WEIGHT = 0.35
EVIDENCE_UNLESS_ASKED = 0.5  # ...unless a question about the subject is this close
# A sentence of the subject's text this close (most of the message's words) answers a
# follow-up the classifier took for one outside the Court or for a call for help.
EVIDENCE_INSTEAD_OF_FIXED = 0.55
# "Article 108", "art. 90 rome statute": a provision of the Statute asked by its number.
ARTICLE_NUMBER_ASKED = re.compile(
    r"\bart(icle|\.)\s*(?P<number>\d+)\b(?!\s*(bis|ter))(?!.*\b(ecc|convention|charter|geneva)\b)",
    re.I,
)
STATUTE_ARTICLES = 128
# "Art. 90, competing requests - can u explain it", "what does article 90 say they should do"
ASKS_WHAT_IT_SAYS = re.compile(
    r"\b(explain|say|says|said|mean|means|cover|covers|about)\b|\bwhat'?s in\b", re.I
)
# "Can the ICC prosecute people for the 1994 genocide?": a year before 1 July 2002, when the
# Statute entered into force, asked of what the Court can try.
YEAR_BEFORE_THE_COURT = re.compile(r"\b19\d\d(s|'s)?\b")
ASKS_IF_TRIABLE = re.compile(
    r"^\W*((and|but|so|ok)\W+)?(can|could|will|would|does|did|is|are|may)\b.*"
    r"\b(try|tried|prosecute\w*|judge|punish\w*|investigat\w*|charge|jurisdiction|deal with|"
    r"look into|cover)\b",
    re.I,
)
TEMPORAL_JURISDICTION = "jurisdiction_temporal"
VICTIM_INTENTS = ("victim_participation", "victim_help", "reparations", "trust_fund")
FIRST_PERSON = re.compile(r"\b(i|i'?m|my|me|we|our|us)\b", re.I)
DEFINITION_INTENTS = ("define_term", "crimes")


@dataclass
class Candidate:
    context: float  # what the subject, the follow-up and the intent add (or take away)
    closeness: float  # the ranker's cosine alone
    is_overview: bool
    build: Callable[[], Answer | None]
    label: str | None = None
    answerable_id: str | None = None
    signals: float = 0.0  # the kind of answer asked for and the rarer words shared
    is_evidence: bool = False  # a sentence of the subject's own text

    @property
    def score(self) -> float:
        """How well it fits the message, with what the context adds: what ranks it."""
        return self.closeness + self.context + self.signals

    @property
    def fit(self) -> float:
        """Closeness and plain signals, without the context: what ACCEPT judges."""
        return self.closeness + self.signals

    @property
    def about_subject(self) -> bool:
        """About what the message names, or what the follow-up means."""
        return self.context >= NAMED_STATE_BONUS


def choose(turn: Turn) -> Answer:
    named_first = NAMED_THEN_ASKED.match(turn.text)
    if named_first and turn.ordinal is None and PRONOUN.search(named_first["asked"]):
        # "and the President, who picks them?"; not "and the last one, ...", a pick
        turn.text = PRONOUN.sub(named_first["what"], named_first["asked"], count=1)
        turn.ranking = facet_index().rank_text(turn.text)
    number = article_number_meant(turn)
    if number is not None:  # "and 26?" after Article 27: asked as if in full
        turn.text = f"What does Article {number} say?"
        article = kb().get(f"article_{number}")
        turn.named = [article] if article is not None else []
        turn.ranking = facet_index().rank_text(turn.text)
    missing = _article_not_held(turn.text)
    if missing is not None:
        return missing  # "explain article 108": not one the knowledge base holds
    if _asks_of_crimes_before_the_court(turn):
        before = answer_by_id(TEMPORAL_JURISDICTION, [])
        if before is not None:
            return before  # "can the icc prosecute the 1994 genocide?"
    reason = reason_meant(turn)
    if reason is not None:
        return reason  # "why?" after "the charges against Kenyatta were withdrawn"
    charged = charges_meant(turn)
    charges = answer_by_id(charged[1], [charged[0]]) if charged is not None else None
    if charges is not None:
        return charges  # "for what?" after the warrants for two Taliban leaders
    if (
        turn.intent in SOCIAL_REPLIES
        and not ASKS_QUESTION.search(turn.text)
        and len(turn.text.split()) <= SOCIAL_WORDS
    ):
        return fixed_reply(turn.intent)  # "no thanks", "bye"; not a story ending "is this legit"
    if turn.asked_id:
        subjects = subjects_of(turn) or ([turn.previous] if turn.previous else [])
        answer = answer_by_id(turn.asked_id, subjects)
        if answer is not None:
            return answer
    in_order = nth_to_join(turn)
    if in_order is not None:
        return in_order  # "and the second?" after the first State to ratify
    point = _point_meant(turn)
    if point is not None:  # "what does the third way need?", "and the third?" after the ways
        turn.text = turn.without_pick(point) or point
        turn.ranking = facet_index().rank_text(turn.text)
    picks = turn.picks_from_list()
    picked = listed_item(turn) if picks else None
    if picks:
        stand_in = "this person" if isinstance(picked, Person) else "it"
        question = turn.without_pick(stand_in) or PICK.sub(" ", turn.text).strip()
        if picked is None or not _asks_of_the_item(question):
            return select_item(turn)
        turn.named = [picked]  # "the first one, what was his sentence?": as if named
        turn.text = question
        turn.ranking = ranking_in_context(question, picked) or facet_index().rank_text(question)
    group = people_meant(turn, MAX_PEOPLE_ASKED)
    if group:
        # "where are they from?" after the two Deputy Prosecutors
        return each_of([_put_to(turn, person) for person in group])
    same_person = same_person_answer(turn)
    if same_person is not None:
        return same_person  # "is she the same person as the ICC President?"
    holders = office_holders_asked(turn) if picked is None else []  # the item, not its title
    again = turn.previous is not None and [h.id for h in holders] == [turn.previous.id]
    if holders and asks_of_holders(turn, holders):  # "when were the Deputy Prosecutors elected?"
        return each_of([asked_of_holder(turn, holder) for holder in holders])
    if holders and not (turn.is_follow_up() and again):
        return _hedged(turn, holders_answer(holders, turn))  # not the one just described, again
    leading = leading_facet(turn)
    board = answer_by_id(leading, []) if leading is not None else None
    if board is not None:
        return board  # "who runs it?" after the Trust Fund: its Board of Directors
    topic = kb().topic(turn.intent or "")
    if turn.is_payload() and topic is not None:
        return kind_of(topic).overview(topic)  # a button such as /crimes
    pointed = mentioned_before(turn)
    if pointed is not None:
        turn.named = [pointed]  # "what does that crime mean?": the crime the last answer named
    article = next((r for r in turn.named if isinstance(r, Article)), None)
    if article is not None and ASKS_WHAT_IT_SAYS.search(turn.text):
        return kind_of(article).overview(article)  # "what does article 90 say they should do"
    definition = next((r for r in turn.named if isinstance(r, DEFINED)), None)
    if (
        definition is not None
        and not any(isinstance(r, (*DECIDING, State)) for r in turn.named)
        and (topic is None or turn.intent in DEFINITION_INTENTS)
        and not turn.is_comparison()
        and ASKS_MEANING.search(turn.text)
    ):
        return _hedged(turn, kind_of(definition).overview(definition))  # "what is genocide?"
    asks_article_of_it = turn.intent == "sources" or (
        PRONOUN.search(turn.text)
        and not turn.named
        and len(turn.text.split()) <= SHORT_QUESTION_WORDS
    )
    if asks_article_of_it and ASKS_ARTICLE.search(turn.text) and turn.previous is not None:
        return articles_answer(turn)
    if turn.intent == "sources" and ASKS_SOURCE.search(turn.text):
        return sources_of(turn.previous, turn.previous_question)
    instances = instances_asked(turn)
    if instances is not None:  # "has anyone actually done it?" after how a State withdraws
        answer = answer_by_id(instances, subjects_of(turn))
        if answer is not None:
            return answer
    if turn.intent in ("ask_more", "affirm") and not turn.is_specific():
        more = more_about(turn.previous)
        if more is not None:
            return more
        return Answer(text("no_more")) if turn.intent == "ask_more" else fixed_reply("deny")
    meant = person_meant(turn) or record_meant(turn)
    if meant is not None:  # "he", "that" name the record as surely as its name would
        turn.named = [meant, *(r for r in turn.named if not among(r, [meant]))]
    elif leans_on_previous_record(turn):
        turn.named = [turn.previous, *turn.named]  # "and the reparations?" after Al Mahdi
    elif not turn.is_follow_up() and not any(isinstance(r, (*DECIDING, State)) for r in turn.named):
        mentioned = situation_mentioned(message_of(turn))  # "a warrant for Min Aung Hlaing?"
        turn.named = [mentioned, *turn.named] if mentioned is not None else turn.named
    deciding = next((r for r in turn.named if isinstance(r, DECIDING)), None)
    if ASKS_WHAT_ABOUT.search(turn.text):  # "what was the Kenya case about?"
        situations = [
            s for r in turn.named if isinstance(r, State) for s in kb().situations_in(r.id)
        ]
        about = deciding or (situations[0] if len(situations) == 1 else None)
        if about is not None:
            return kind_of(about).overview(about)
    comparable = _comparable(turn.named)
    about_someone = deciding is not None
    if (
        turn.is_comparison()
        and comparable
        and not (about_someone and _defined(comparable))  # "was Bashir charged with A or B?"
        and (turn.asks_difference() or not _named_by_record(comparable))
    ):  # "is Nazhat Shameem Khan Karim Khan's wife or sister?" compares nobody
        return compare(*comparable)
    people = [r for r in turn.named if isinstance(r, Person)]
    if len(people) > 1 and ASKS_QUESTION.search(turn.text):
        asked = people[:MAX_PEOPLE_ASKED]  # "what did Yekatom and Ngaïssona get?"
        return each_of([_put_to(turn, person) for person in asked])
    if (
        turn.named
        and kb().record_question(turn.previous_question or "")
        and (turn.intent == "inform" or turn.asks_same())
    ):
        repeated = answer_by_id(turn.previous_question or "", subjects_of(turn))
        if (
            repeated is not None
            and repeated.question == turn.previous_question
            and repeated.subject != (turn.previous.id if turn.previous else None)
        ):
            return repeated
    subjects = subjects_of(turn)
    if (
        not subjects
        and turn.previous is None
        and PERSON_PRONOUN.search(turn.text)
        and len(turn.text.split()) <= SHORT_QUESTION_WORDS
    ):
        return Answer(text("ask_which.person"))  # "was he convicted?", out of the blue
    previous = turn.previous if point is None else None  # a point picked is asked anew
    if previous is not None and among(previous, subjects) and not turn.named:
        crimes = [s for s in subjects[1:] if isinstance(s, Crime)]
        if crimes:  # "when did it become active?": the crime the last answer named
            in_context = ranking_in_context(turn.text, crimes[0])
        else:
            in_context = ranking_in_context(turn.text, previous, turn.previous_question)
        if in_context:
            discounted = [(i, c - CONTEXT_DISCOUNT) for i, c in in_context]
            turn.ranking = closer_of(turn.ranking, discounted)
    found = _as_an_example(turn, subjects, list(_candidates(turn, subjects)))
    candidates = _prefer_overview(turn, sorted(found, key=lambda c: -c.score))
    fixed = turn.intent if turn.intent in FIXED_REPLIES else None
    if fixed and turn.is_follow_up() and turn.confidence < UNSURE_FIXED:
        fixed = None  # "up to what age?" after child soldiers is no call for help
    if fixed == "out_of_scope" and asks_about_the_court(turn):
        fixed = None  # "how much does a judge earn?" is ours to answer, or to say we can't
    if fixed == "greet" and ASKS_QUESTION.search(turn.text):
        fixed = None  # "when", taken for a hello, is a question
    if fixed in SOCIAL_REPLIES and len(turn.text.split()) > SOCIAL_WORDS:
        fixed = None  # a story ending "is this real??" is more than "are you a bot?"
    for place, candidate in enumerate(candidates):
        if candidate.fit < _threshold(candidate, fixed is not None):
            continue
        if (
            candidate.is_overview
            and turn.is_specific()
            and candidate.fit < OVERVIEW_FOR_SPECIFIC
            and not subjects
        ):
            break
        answer = candidate.build()
        if answer is not None:
            rivals = candidates[place + 1 :]
            candidate, answer = _covering(turn, candidate, answer, rivals, fixed is not None)
            instances = instances_of(answer.question) if ASKS_EVER.search(turn.text) else None
            happened = answer_by_id(instances, subjects) if instances else None
            if happened is not None:
                return happened  # "has any country ever actually quit?": those that did
            return _hedged(turn, in_thread(turn, subjects, candidate, answer))
    if fixed is not None:
        return fixed_reply(fixed)
    short = len(turn.text.split()) <= ASK_WHICH_WORDS
    if short and not subjects and turn.previous is None and PRONOUN.search(turn.text):
        asked = ask_which(turn, within=5, at_least=0.4)  # "is it a member?", out of the blue
        if asked is not None:
            return asked
    if turn.intent == "select_item" and not turn.listed:
        return Answer(text("nothing_to_choose"))
    if topic is not None and turn.confidence >= TRUSTED_INTENT:
        return _hedged(turn, kind_of(topic).overview(topic))  # "soldiers burned my village"
    in_passing = _own_story(turn) and not any(isinstance(s, (Person, Case)) for s in subjects)
    if subjects and in_passing:
        close = nearly(turn, candidates)
        if close is not None:
            return close  # the closest answer about taking part, not the country's record
    if subjects:
        overview = kind_of(subjects[0]).overview(subjects[0])
        if ASKS_QUESTION.search(turn.text) and (
            turn.is_specific()
            or not answers_the_question(message_of(turn), overview, subjects[0], turn.named)
        ):  # nothing about the subject fitted: the overview is only what we know of it
            lead = text("no_record_detail", name=subjects[0].name)
            overview.body = f"{lead} {overview.body}"
        return overview
    asked = ask_which(turn) if short else None
    return asked or nearly(turn, candidates) or honest_edge(turn, candidates)


def _article_not_held(message: str) -> Answer | None:
    """ "Explain article 108 of the Rome Statute": an honest answer when the knowledge base
    holds no record of the article asked by its number (the Statute has 128)."""
    asked = ARTICLE_NUMBER_ASKED.search(message)
    if asked is None or not 1 <= int(asked["number"]) <= STATUTE_ARTICLES:
        return None
    if kb().get(f"article_{asked['number']}") is not None:
        return None
    return Answer(text("article_not_held", number=asked["number"]))


def _asks_of_crimes_before_the_court(turn: Turn) -> bool:
    """ "Could the ICC try crimes from the 1990s?", naming nobody the Court has charged."""
    return bool(
        YEAR_BEFORE_THE_COURT.search(turn.text) and ASKS_IF_TRIABLE.search(turn.text)
    ) and not any(isinstance(r, DECIDING) for r in turn.named)


def _covering(
    turn: Turn, chosen: Candidate, answer: Answer, rivals: list[Candidate], instead_of_fixed: bool
) -> tuple[Candidate, Answer]:
    """The chosen answer, unless it lacks the kind of thing asked and a nearly as close one
    holds it ("who was the first to ratify, which country?": the facet naming a country,
    not how a State joins)."""
    if not ASKS_QUESTION.search(turn.text):
        return chosen, answer
    message = message_of(turn)
    if holds_the_kinds_asked(message, answer, turn.named):
        return chosen, answer
    for rival in rivals:
        if rival.score < chosen.score - COVERING_MARGIN:
            break
        if rival.fit < _threshold(rival, instead_of_fixed) or rival.is_overview:
            continue
        covering = rival.build()
        if covering is not None and answers_the_question(
            message, covering, kb().get(covering.subject or ""), turn.named
        ):
            return rival, covering
    return chosen, answer


def nearly(turn: Turn, candidates: list[Candidate]) -> Answer | None:
    """The closest answer, said to be only the closest, when it fits almost well enough."""
    if not candidates or candidates[0].fit < NEARLY or not ASKS_QUESTION.search(turn.text):
        return None
    answer = candidates[0].build()
    return _as_only_the_closest(answer) if answer is not None and answer.body else None


def in_thread(turn: Turn, subjects: list[Record], candidate: Candidate, answer: Answer) -> Answer:
    """A follow-up about a person, a case, a situation or a State, answered by a general
    facet that speaks of it ("but it's not even a UN member, is it?" after Palestine): the
    conversation stays about that record."""
    previous = turn.previous
    if (
        isinstance(previous, (*DECIDING, State))
        and not candidate.about_subject
        and among(previous, subjects)
        and any(name in answer.body for name in previous.names())
    ):
        answer.subject = previous.id
    found = kb().facet(candidate.answerable_id or "")
    if isinstance(previous, Person) and found and found[0].id == previous.office:
        answer.subject = previous.id  # "when was he elected?" after Khan: still about him
    led_by = _record_leading(answer.body) if found and isinstance(found[0], Topic) else None
    if led_by is not None:
        answer.subject = led_by.id  # "is anyone wanted?" after the first investigation outside
    return answer  # Africa ("Georgia. On 27 January 2016..."): asks of Georgia


def _record_leading(body: str) -> Record | None:
    """The person, case, situation or State a general answer opens with ("Georgia. On...",
    "Mathieu Ngudjolo Chui, tried for..."): what it is about. A State with one situation
    stands for that situation."""
    opening = re.split(r"[.,:;(]", body, maxsplit=1)[0]
    record = kb().find(opening)
    if isinstance(record, State):
        situations = kb().situations_in(record.id)
        return situations[0] if len(situations) == 1 else record
    return record if isinstance(record, DECIDING) else None


def asks_about_the_court(turn: Turn) -> bool:
    """A question that names a record or uses a word of the Court's own (words.yml,
    `court_words`), however unsure the classifier was that it is ours."""
    if not ASKS_QUESTION.search(turn.text):
        return False
    words = set(normalize(turn.text).split())
    return bool(turn.named) or any(set(w.split()) <= words for w in court_words())


@lru_cache(maxsize=1)
def court_words() -> list[str]:
    return [normalize(str(w)) for w in words_list("court_words")]


def _hedged(turn: Turn, answer: Answer) -> Answer:
    """The answer, said to be only the closest when it plainly lacks what was asked."""
    subject = kb().get(answer.subject or "")
    if (
        answer.body
        and ASKS_QUESTION.search(turn.text)
        and not says_it_has_no_answer(answer)  # it says so already
        and not answers_the_question(message_of(turn), answer, subject, turn.named)
    ):
        return _as_only_the_closest(answer)
    return answer


def says_it_has_no_answer(answer: Answer) -> bool:
    """The reply says it has no sourced answer, or gives only the closest one."""
    return text("no_sourced_answer").split(" to ")[0] in answer.body


def _as_only_the_closest(answer: Answer) -> Answer:
    answer.body = f"{text('closest_answer')} {answer.body}"
    return answer


def ask_which(turn: Turn, within: int = 1, at_least: float = ASK_WHICH_FROM) -> Answer | None:
    """ "Is it a member?" with nothing to point at: ask which country (or person, or word),
    when a question about a record is among the `within` closest."""
    for answerable_id, closeness in turn.ranking[:within]:
        question = kb().record_question(answerable_id)
        if question is not None and closeness >= at_least:
            return Answer(text(f"ask_which.{question.about.value}"))
    return None


def _threshold(candidate: Candidate, instead_of_fixed: bool) -> float:
    if instead_of_fixed and candidate.is_evidence and candidate.about_subject:
        return EVIDENCE_INSTEAD_OF_FIXED  # "what language should I write it in?", in a thread
    if instead_of_fixed:
        return ACCEPT_INSTEAD_OF_FIXED
    if candidate.about_subject:
        return ACCEPT_ABOUT_SUBJECT
    return ACCEPT - ELSEWHERE_AT_ACCEPT * min(candidate.context, 0.0)


def fixed_reply(key: str) -> Answer:
    """The reply of texts.yml called `key`, with the buttons listed under `<key>_buttons`
    (or the response of domain.yml it stands for)."""
    if key in DOMAIN_REPLIES:
        return Answer("", response=DOMAIN_REPLIES[key])
    return Answer(text(key), buttons=entries(f"{key}_buttons"))


def articles_answer(turn: Turn) -> Answer:
    """ "Which article says that?" about the previous answer."""
    question = kb().record_question("definition_articles")
    record = turn.previous
    assert question is not None and record is not None
    answer = kind_of(record).answer(record, question, turn.previous_question)
    return answer or Answer(text("no_articles", name=record.name))


def _prefer_overview(turn: Turn, candidates: list[Candidate]) -> list[Candidate]:
    """ "What is the Trust Fund?" is a general question: its overview beats a facet that is
    only a little closer, unless the overview was the last answer ("how is it funded?")."""
    if not candidates or candidates[0].is_overview or turn.is_specific():
        return candidates
    if any(isinstance(r, (*DECIDING, State)) for r in turn.named):
        return candidates  # "Armenia joined?" is about Armenia, not about membership
    margin = WHOLE_PICTURE_MARGIN if turn.asks_how_it_works() else OVERVIEW_MARGIN
    found = kb().facet(candidates[0].answerable_id or "")
    for candidate in candidates[1:]:
        if candidate.score < candidates[0].score - margin:
            break
        overview_of = kb().get(candidate.answerable_id or "")
        if found and overview_of and not _of_one_family(overview_of, [found[0]]):
            continue  # "is apartheid covered at all?": not the challenges the Court faces
        if candidate.is_overview and candidate.answerable_id != turn.previous_question:
            return [candidate, *(c for c in candidates if c is not candidate)]
    return candidates


def _bonus(turn: Turn, owner: Record | None, subjects: list[Record]) -> float:
    if owner is None:
        return 0.0
    if among(owner, turn.named):
        if isinstance(owner, State):  # "did Libya lodge a declaration?" asks of Libya itself
            if _asked_of(turn, owner):
                return NAMED_BONUS
            return 0.0 if _own_story(turn) else NAMED_STATE_BONUS
        return NAMED_BONUS if isinstance(owner, DECIDING) else NAMED_TERM_BONUS
    if among(owner, subjects):  # the previous subject, or the situation of a State named
        return FOLLOW_UP_BONUS
    if _of_one_family(owner, subjects):
        return FAMILY_BONUS
    if turn.intent in kind_of(owner).asked_under(owner):
        return INTENT_BONUS * turn.confidence  # a guess of the classifier counts as little
    return 0.0


def _of_one_family(owner: Record, subjects: list[Record]) -> bool:
    """Topics asked under one intent ("does it meet every month?" after the Assembly of
    States Parties asks of its sessions, a topic of its own)."""
    if not isinstance(owner, Topic):
        return False
    family = set(kind_of(owner).asked_under(owner))
    return any(isinstance(s, Topic) and family & set(kind_of(s).asked_under(s)) for s in subjects)


def _candidates(turn: Turn, subjects: list[Record]) -> Iterator[Candidate]:
    elsewhere = _elsewhere(turn, subjects)
    message = message_of(turn)
    closeness = dict(turn.ranking)
    unranked = min(closeness.values(), default=UNRANKED) - UNRANKED_GAP
    ids = list(closeness)
    for subject in subjects:  # what the subject answers, even if the ranking left it out
        ids += [f.id for f in subject.facets]
        ids += [q.id for q in kb().record_questions() if kind_of(subject).answers(q)]
    asked_of_subject = 0.0  # how close the closest question about the subject is
    for answerable_id in dict.fromkeys(ids):
        close = closeness.get(answerable_id, unranked)
        candidate = _candidate(turn, subjects, answerable_id, close, elsewhere, message)
        if candidate is not None:
            candidate.signals = KIND_WEIGHT * message.kind_fit(answerable_id)
            candidate.signals += WORD_WEIGHT * message.word_overlap(answerable_id)
            if kb().record_question(answerable_id) is not None:
                asked_of_subject = max(asked_of_subject, close)
            yield candidate
    if asked_of_subject >= EVIDENCE_UNLESS_ASKED:
        return  # "how many charges?": the question about him answers, led by its own evidence
    for subject in subjects:
        evidence = _evidence_candidate(turn, subject, subjects, message)
        if evidence is not None:
            yield evidence


def _evidence_candidate(
    turn: Turn, subject: Record, subjects: list[Record], message: Message
) -> Candidate | None:
    """The sentence of a person's, case's, situation's, State's or topic's own text that holds
    the words of the message and each kind of thing it asks for (a number, a date...): "what
    language should I write it in?" after how to report a crime."""
    if not isinstance(subject, (*DECIDING, State, Topic)):
        return None
    if turn.previous is None or not among(turn.previous, [subject]):
        return None  # only in a follow-up: a message naming the record is ranked by its questions
    asked = sum(1 for asks, _ in KINDS_ASKED if asks(message.text))
    held = lambda body: kinds_held(message.text, body, turn.named)  # noqa: E731
    if message.words:
        found = best_sentence(message, subject, held)
        sentence = found[0] if found is not None and held(found[0]) >= asked else None
    elif asked:  # "where are they from?": the first sentence holding what is asked (a country)
        sentence = next((s for s in sentences_of(subject) if held(s) >= asked), None)
    else:
        sentence = None
    if sentence is None or _restates_the_last_answer(turn, sentence):
        return None
    share = message.share(stems(sentence)) if message.words else 1.0

    def build() -> Answer:
        if isinstance(subject, Topic):  # the sentence alone: the overview was the last answer
            return Answer(sentence, list(subject.sources), subject.as_of, subject=subject.id)
        return _led_by(sentence, subject, kind_of(subject).overview(subject))

    return Candidate(
        _bonus(turn, subject, subjects),
        EVIDENCE_CLOSENESS + EVIDENCE_SHARE_WEIGHT * share,
        False,
        build,
        label=sentence,
        signals=WORD_WEIGHT * share,
        is_evidence=True,
    )


def _restates_the_last_answer(turn: Turn, sentence: str) -> bool:
    """A follow-up asks for something new: not the sentence just said in other words ("what's
    it like inside?" after where the detention centre is)."""
    words = stems(sentence)
    said = stems(answer_text(turn.previous_question or ""))
    return bool(words) and len(words & said) / len(words) >= RESTATED_SHARE


def _as_an_example(
    turn: Turn, subjects: list[Record], candidates: list[Candidate]
) -> list[Candidate]:
    """ "Can the ICC try Kony without him in the room?": a person or case named as the example
    of a rule. When nothing about the record fits and a general answer fits very well, the
    general answers lose nothing for not being about the record."""
    elsewhere = _elsewhere(turn, subjects)
    about = [c.fit for c in candidates if c.about_subject]
    general = [c.fit for c in candidates if not c.about_subject]
    if not elsewhere or not about or not general:
        return candidates
    if max(about) < NOTHING_ABOUT_NAMED and max(general) >= RULE_FITS:
        for candidate in candidates:
            if not candidate.about_subject:
                candidate.context += elsewhere
    return candidates


def _elsewhere(turn: Turn, subjects: list[Record]) -> float:
    """What is taken from candidates that are not about the record the message names. A
    victim telling where they come from ("I'm from northern Uganda, can I take part?") asks
    about taking part, not about the country."""
    named = [s for s in subjects if among(s, turn.named) and isinstance(s, (*DECIDING, State))]
    if not named:
        return 0.0
    own_story = _own_story(turn)
    return max(
        (0.0 if own_story else NOT_ABOUT_NAMED_STATE)
        if isinstance(s, State) and not _asked_of(turn, s)
        else NOT_ABOUT_NAMED
        for s in named
    )


def _own_story(turn: Turn) -> bool:
    """A victim telling their own story ("they accept me as a victim, do I fly to the
    Netherlands?"): a country named is where they are, not what they ask about."""
    return _tells_own_story(turn.intent, turn.text)


@lru_cache(maxsize=256)
def _tells_own_story(intent: str | None, message: str) -> bool:
    """Worked out once a message: every candidate's bonus asks it again."""
    return intent in VICTIM_INTENTS and bool(FIRST_PERSON.search(message))


def _asked_of(turn: Turn, state: Record) -> bool:
    """The State is what the question asks about, not a place named in passing: "when did
    the USA ratify?", "has Armenia joined?"."""
    return _asks_of_state(turn.text, state.id)


@lru_cache(maxsize=256)
def _asks_of_state(message: str, state_id: str) -> bool:
    """Worked out once a message: every candidate's bonus asks it again."""
    asked = AUXILIARY_FIRST.match(normalize(message))
    state = kb().get(state_id)
    rest = f"{asked['rest']} " if asked else ""
    return state is not None and any(
        rest.startswith(f"{normalize(name)} ") for name in state.names()
    )


def _context(turn: Turn, owner: Record, subjects: list[Record], elsewhere: float) -> float:
    """What the context adds to a facet or topic: its bonus, less `elsewhere` unless it is
    about the subject."""
    bonus = _bonus(turn, owner, subjects)
    return bonus - (0.0 if bonus >= FOLLOW_UP_BONUS else elsewhere)


def _candidate(
    turn: Turn,
    subjects: list[Record],
    answerable_id: str,
    close: float,
    elsewhere: float,
    message: Message,
) -> Candidate | None:
    """The answer `answerable_id` would give here, scored by closeness and context;
    `elsewhere` is taken from what is not about the record the message names. A record's
    answer is led by the sentence of its text that answers the message, if there is one."""
    question = kb().record_question(answerable_id)
    if question is not None:
        if not question.may_be_asked_by(turn.text):
            return None
        for subject in subjects:
            kind = kind_of(subject)
            if question.about == RecordKind.any and among(subject, turn.named):
                continue  # "which article says that?" is about the previous answer only
            if kind.answers(question):
                return Candidate(
                    _bonus(turn, subject, subjects),
                    close,
                    question.id.endswith("_overview"),
                    lambda s=subject, q=question, k=kind: _evidenced(
                        k.answer(s, q, turn.previous_question), message, s, turn.named
                    ),
                )
        return None
    found = kb().facet(answerable_id)
    if found is not None:
        owner, facet = found
        again = REPEATED if _repeats_without_answering(turn, owner, facet, message) else 0.0
        return Candidate(
            _context(turn, owner, subjects, elsewhere) - again,
            close,
            False,
            lambda o=owner, f=facet: kind_of(o).facet(o, f),
            label=facet.question,
            answerable_id=facet.id,
        )
    record = kb().get(answerable_id)
    if record is not None and not isinstance(record, Topic):  # an article, a term, a person
        return Candidate(
            -elsewhere,
            close,
            False,
            lambda r=record: kind_of(r).overview(r),
            label=record.name,
            answerable_id=record.id,
        )
    if isinstance(record, Topic):
        context = _context(turn, record, subjects, elsewhere)
        if turn.previous is not None and record.id == turn.previous.id and turn.is_specific():
            context = min(context, FAMILY_BONUS)  # "how often does it meet?" after the overview
        return Candidate(
            context,
            close,
            True,
            lambda t=record: kind_of(t).overview(t),
            label=record.label or record.name,
            answerable_id=record.id,
        )
    return None


def _repeats_without_answering(turn: Turn, owner: Record, facet: Facet, message: Message) -> bool:
    """The facet just given, asked after in a follow-up it does not answer ("can it be
    shortened?" after where a sentence is served; not "when was that?" after Kampala)."""
    if facet.id != turn.previous_question or not turn.is_follow_up():
        return False
    given = Answer(facet.answer, question=facet.id)
    return not answers_the_question(message, given, owner, turn.named)


def _evidenced(
    answer: Answer | None, message: Message, subject: Record, named: list[Record]
) -> Answer | None:
    if answer is None or not isinstance(subject, (*DECIDING, State)):
        return answer
    return with_evidence(
        answer, message, subject, lambda body: kinds_held(message.text, body, named)
    )


def _led_by(sentence: str, record: Record, overview: Answer) -> Answer:
    """The overview of a record, led by the sentence of it that answers the message (the
    sentence alone can lean on the rest: "The Appeals Chamber upheld both"), unless the
    overview says it already (maybe with "He" for the name)."""
    said = sentence.removeprefix(record.name)
    if said not in overview.body:
        overview.body = f"{sentence} {overview.body}"
    return overview


def answer_by_id(answerable_id: str, subjects: list[Record]) -> Answer | None:
    """The answer to one facet, record question or topic, as a button asks it."""
    found = kb().facet(answerable_id)
    if found is not None:
        return kind_of(found[0]).facet(*found)
    record = kb().get(answerable_id)
    if record is not None:
        return kind_of(record).overview(record)
    question = kb().record_question(answerable_id)
    if question is None:
        return None
    for subject in subjects:  # a named State comes with its situation (`subjects_of`)
        kind = kind_of(subject)
        if kind.answers(question):
            return kind.answer(subject, question)
    return None


def select_item(turn: Turn) -> Answer:
    if not turn.listed:
        return Answer(text("nothing_to_choose"))
    record = listed_item(turn)
    if record is None:
        return Answer(text("list_had_items", count=len(turn.listed)))
    return kind_of(record).overview(record)


def listed_item(turn: Turn) -> Record | None:
    """The item of the last list that the ordinal points at."""
    picked = turn.picked_id()
    return kb().get(picked) if picked is not None else None


def _point_meant(turn: Turn) -> str | None:
    """The key point of the topic just explained (or of the topic of the point just
    explained) that an ordinal points at, when no list was shown: its points come in the
    order its answer explains them."""
    previous = turn.previous
    if turn.listed or not isinstance(previous, Topic):
        return None
    if not previous.points:
        return None
    only_a_pick = _only_a_pick(turn.text)
    if turn.without_pick("it") is None and not only_a_pick:
        return None  # "who was the first to leave?" asks its own question
    found = kb().facet(turn.previous_question or "")
    after_a_point = found is not None and found[0].id == previous.id and only_a_pick
    if turn.previous_question != previous.id and not after_a_point:
        return None  # "and the third?" after the second point
    return nth(previous.points, turn.ordinal)


def _only_a_pick(message: str) -> bool:
    """ "And the third?", "the second one, any examples?": the ordinal and a word or two."""
    rest = re.findall(r"[a-z']+", PICK.sub(" ", message).lower())
    return len(rest) < PICK_AND_QUESTION and not ASKS_QUESTION.search(" ".join(rest))


def _asks_of_the_item(question: str) -> bool:
    """ "The first one, what was his sentence?" asks more than "the first one" or "tell me
    about number 3": beside the pick, a question of some words."""
    return bool(ASKS_QUESTION.search(question)) and len(question.split()) >= PICK_AND_QUESTION


def _comparable(named: list[Record]) -> tuple[Record, Record] | None:
    """Two named records of one kind ("war crimes or crimes against humanity?")."""
    for index, first in enumerate(named):
        for second in named[index + 1 :]:
            if kind_of(first) is kind_of(second):
                return first, second
    return None


def _put_to(turn: Turn, person: Person) -> Turn:
    """The question as if it named only `person`."""
    return replace(turn, named=[person], previous=person)


def each_of(turns: list[Turn]) -> Answer:
    """The same question answered for each person, one paragraph each."""
    answers = [choose(turn) for turn in turns]
    records = [r for a in answers if (r := kb().get(a.subject or "")) is not None]
    body = "\n".join(a.body for a in answers)
    first = answers[0]
    return Answer.about(records, body, subject=first.subject, question=first.question)


def _named_by_record(records: tuple[Record, Record]) -> bool:
    """Two people, cases, situations or States: what is asked of them, not how they differ."""
    return all(isinstance(r, (*DECIDING, State)) for r in records)


def _defined(records: tuple[Record, Record]) -> bool:
    return all(isinstance(r, DEFINED) for r in records)


def compare(first: Record, second: Record) -> Answer:
    """Both sides of "the difference between X and Y", each in a sentence or two."""
    lines = [text("compare_intro", first=first.name, second=second.name)]
    for record in (first, second):
        overview = kind_of(record).overview(record).body
        lines.append(f"- {fit(overview, limit=COMPARED_WORDS)[0]}")
    listed = [first.id, second.id]  # "can the second kind happen in peacetime?"
    return Answer.about([first, second], "\n".join(lines), subject=first.id, listed=listed)


def honest_edge(turn: Turn, candidates: list[Candidate]) -> Answer:
    """No sourced answer: say so, and offer the closest things that can be answered."""
    offers = []
    for candidate in candidates:
        if candidate.label and candidate.answerable_id:
            offers.append(ask_button(candidate.label, candidate.answerable_id))
        if len(offers) == CLOSEST_OFFERED:
            break
    unclear = turn.intent == "nlu_fallback" and not ASKS_QUESTION.search(turn.text)
    key = "did_you_mean" if unclear and offers else "no_sourced_answer"
    body = text(key) if key == "did_you_mean" else f"{text(key)} {text('closest_topics')}"
    return Answer(body, buttons=offers)
