"""What a follow-up refers to: the subject it keeps ("how is it funded?" after the Trust
Fund), the person "he" means, the record "that one" or "that crime" points at."""

from __future__ import annotations

import re
from functools import lru_cache

from actions.common import Answer, among, kb
from actions.coverage import kinds_held
from actions.evidence import answering_score, sentences_of
from actions.kinds import kind_of
from actions.offices import office_meant
from actions.scoring import Message, stems
from actions.turn import (
    DECIDING,
    DEFINED,
    EXPLETIVE_IT,
    PERSON_PRONOUN,
    SHORT_FOLLOW_UP_WORDS,
    SINGULAR_PRONOUN,
    Turn,
)
from bot.knowledge import (
    Article,
    Case,
    Crime,
    Person,
    PersonStatus,
    Record,
    Situation,
    State,
    Topic,
)
from bot.knowledge.text import normalize

# "That crime", "this country", "that one": a record of that kind the last answer named.
POINTED_KINDS: dict[str, tuple[type[Record], ...]] = {
    "crime": (Crime,),
    "article": (Article,),
    "country": (State,),
    "state": (State,),
    "situation": (Situation,),
    "case": (Case,),
    "person": (Person,),
    "man": (Person,),
    "woman": (Person,),
    "one": (Person, Case, Situation),  # "how much did each victim get in that one?"
}
PLURAL_PRONOUN = re.compile(r"\b(they|them|their|each|both)\b", re.I)
# "And the first guilty plea?" after an acquittal: the Court's record, not the person's.
ACROSS_RECORDS = re.compile(r"\b(first|ever)\b", re.I)
POINTED_KIND = re.compile(rf"\b(that|this|the same) (?P<kind>{'|'.join(POINTED_KINDS)})\b", re.I)


def subjects_of(turn: Turn) -> list[Record]:
    """What the message is about: what it names, else the previous subject for a follow-up."""
    named = list(turn.named)
    previous = turn.previous
    if (
        not named
        and previous is not None
        and (turn.is_follow_up() or _asks_a_question_of(turn, previous))
    ):
        named = [office_meant(turn) or previous]
        explained = isinstance(previous, (*DEFINED, Topic))
        points_at_someone = explained and PERSON_PRONOUN.search(turn.text)
        people = _named_in_last_answer(turn, (Person,)) if points_at_someone else []
        if people:
            named = people[:1]  # "how long did he get?" after the first verdict for a crime
        elif isinstance(previous, Topic) and SINGULAR_PRONOUN.search(turn.text):
            named += _named_in_last_answer(turn, (Crime,))[:1]  # "when did it become active?"
    if isinstance(previous, Person) and among(previous, named):
        office = kb().topic(previous.office or "")
        named += [office] if office is not None else []  # "who stands in for him?"
    if (
        named
        and isinstance(previous, (*DEFINED, Topic))
        and not among(previous, named)
        and (
            all(isinstance(r, State) for r in named)
            and SINGULAR_PRONOUN.search(EXPLETIVE_IT.sub(" ", turn.text))
            or all(isinstance(r, DEFINED) for r in named)
            and turn.points_back()
        )
    ):  # "could it be used against Russia?" after aggression, "once they've done that, is
        # an investigation opened?" after declarations
        named = [previous, *named]
    expanded: list[Record] = []
    for record in named:
        expanded.append(record)
        if isinstance(record, State):
            expanded += kb().situations_in(record.id)[:1]
        elif isinstance(record, Situation) and len(record.states) == 1 and record is previous:
            expanded += filter(None, [kb().get(record.states[0])])  # "didn't they pull out?"
    return expanded


def leans_on_previous_record(turn: Turn) -> bool:
    """A follow-up that names only a crime, an article or a term, after an answer about a
    person, a case, a situation or a State: it asks about that record ("and how much in
    reparations?", "when did the investigation there start?")."""
    short = len(turn.text.split()) <= SHORT_FOLLOW_UP_WORDS  # "genocide against who?"
    return (
        bool(turn.named)
        and isinstance(turn.previous, (*DECIDING, State))
        and (turn.is_follow_up() or short)
        and all(isinstance(r, DEFINED) for r in turn.named)
        and not ACROSS_RECORDS.search(turn.text)
    )


def _asks_a_question_of(turn: Turn, record: Record) -> bool:
    """The closest answerable question is one every record of `record`'s kind answers ("when
    was the first warrant?" after Al Bashir): it can only be about him."""
    question = kb().record_question(turn.ranking[0][0]) if turn.ranking else None
    return (
        question is not None
        and question.may_be_asked_by(turn.text)
        and kind_of(record).answers(question)
    )


def mentioned_before(turn: Turn) -> Record | None:
    """ "That crime", "this country": the first record of that kind the last answer named
    ("what does that crime mean?" after the Kampala conference is aggression)."""
    pointed = POINTED_KIND.search(turn.text)
    if turn.named or pointed is None:
        return None
    kinds = POINTED_KINDS[pointed["kind"].lower()]
    named = _named_in_last_answer(turn, kinds)
    if not named and isinstance(turn.previous, kinds):
        return turn.previous  # the answer was about that crime without naming it
    return named[0] if named else None


def _named_in_last_answer(turn: Turn, kinds: tuple[type[Record], ...]) -> list[Record]:
    """The records of `kinds` the last facet or topic answer named, in the order it named
    them."""
    return [r for r in _named_in_answer(turn.previous_question or "") if isinstance(r, kinds)]


@lru_cache(maxsize=256)
def _named_in_answer(answerable_id: str) -> tuple[Record, ...]:
    """Every record the answer of a facet or topic names, in the order it names them: one
    pass over the names for each answer, however often a turn asks."""
    said = f" {normalize(answer_text(answerable_id))} "
    first_place: dict[str, tuple[int, Record]] = {}
    for key, record in kb().names().items():
        place = said.find(f" {key} ")
        if place >= 0:
            earlier = first_place.get(record.id, (place, record))[0]
            first_place[record.id] = (min(place, earlier), record)
    return tuple(record for _, record in sorted(first_place.values(), key=lambda p: p[0]))


def answer_text(answerable_id: str) -> str:
    """The text of a facet or a topic."""
    found = kb().facet(answerable_id)
    if found is not None:
        return found[1].answer
    topic = kb().topic(answerable_id)
    return topic.answer if topic is not None else ""


def record_meant(turn: Turn) -> Record | None:
    """The person, case or situation of the last answer, for a follow-up that points at it
    ("what was the punishment for that?" after Bemba)."""
    previous = turn.previous
    if turn.named or not isinstance(previous, DECIDING) or not turn.points_back():
        return None
    if office_meant(turn) is not None:
        return None  # "how often does it meet?" after the Assembly's President
    return previous if turn.is_follow_up() else None


def person_meant(turn: Turn) -> Person | None:
    """Whom "he" or "she" means in a follow-up: the person of the last answer, or the one
    accused person of the case or situation it was about ("what sentence did he get?")."""
    previous = turn.previous
    named_someone = any(isinstance(r, DECIDING) for r in turn.named)
    if named_someone or not turn.is_follow_up() or not PERSON_PRONOUN.search(turn.text):
        return None  # "he went to Mongolia, why wasn't he arrested?" is still about him
    if isinstance(previous, Person):
        return previous
    if isinstance(previous, Topic):  # "what was his sentence?" after the first conviction
        people = _named_in_last_answer(turn, (Person,))
        return people[0] if len(people) == 1 and isinstance(people[0], Person) else None
    if isinstance(previous, Case):
        accused = [kb().get(person_id) for person_id in previous.accused]
    elif isinstance(previous, Situation):
        accused = list(kb().people(situation=previous.id))
    else:
        return None
    if len(accused) > 1 and turn.listed:
        return _likeliest_listed(turn)  # "how long did he get?" after who was charged
    return accused[0] if len(accused) == 1 and isinstance(accused[0], Person) else None


def people_meant(turn: Turn, most: int) -> list[Person]:
    """Whom "they" or "each of them" means right after a list of two or more people (up to
    `most`): "where are they from?" after the two Deputy Prosecutors asks of both."""
    if turn.named or not turn.is_follow_up() or not PLURAL_PRONOUN.search(turn.text):
        return []
    listed = [kb().get(record_id) for record_id in turn.listed]
    people = [r for r in listed if isinstance(r, Person)]
    return people if 2 <= len(people) <= most and len(people) == len(listed) else []


def _likeliest_listed(turn: Turn) -> Person | None:
    """The person of the last list whose record best answers the message (the one sentenced,
    for "how long did he get?"), the first listed when none answers it better."""
    message = message_of(turn)
    best: tuple[float, Person] | None = None
    for record in (kb().get(record_id) for record_id in turn.listed):
        if not isinstance(record, Person):
            continue
        score = answering_score(message, record, lambda body: kinds_held(message.text, body))
        if best is None or score > best[0]:
            best = (score, record)
    return best[1] if best is not None else None


def message_of(turn: Turn) -> Message:
    """The message's kinds and weighted words, names of what it is about left out."""
    deciding = [r for r in turn.named if isinstance(r, DECIDING)] or [
        r for r in turn.named if isinstance(r, State)
    ]  # a State named beside a person is a word of the question ("why wasn't he arrested there")
    return Message.of(turn.text, frozenset(stems(" ".join(n for r in deciding for n in r.names()))))


# "For what?", "why?", "on what charges?" right after an answer about a person or a case.
ASKS_WHAT_FOR = re.compile(
    r"^\W*((and|but|so|ok) )?(for what|what for|why|on what (charges?|grounds)|"
    r"what (charges?|crimes?)|charged with what|accused of what|wanted for what)\W*$",
    re.I,
)
# "What was he convicted of?", "what is she wanted for?", "what was ntaganda convited of".
ASKS_WHAT_OF = re.compile(
    r"^\W*(what|which crimes?)\b[\s\w'-]* (convi\w*|found guilty|guilty|accused|charged|wanted|"
    r"arrested|indicted|tried|prosecuted|sentenced|jailed|imprisoned) (of|for|with)\W*$",
    re.I,
)


# "Why?" after a case that ended without a verdict asks why it ended: the sentence giving a
# reason ("withdrew the charges for lack of evidence, blaming witness intimidation").
ASKS_WHY = re.compile(r"^\W*((and|but|so|ok) )?(why|how come)( (so|not))?\W*$", re.I)
REASON = re.compile(r"\b(because|for lack of|blaming|citing|due to|on the grounds)\b", re.I)
ENDED = (PersonStatus.acquitted, PersonStatus.proceedings_ended)


def reason_meant(turn: Turn) -> Answer | None:
    """A bare "why?" after a person whose proceedings ended: the reason the record gives."""
    previous = turn.previous
    if not isinstance(previous, Person) or turn.named or not ASKS_WHY.search(turn.text):
        return None
    if previous.status not in ENDED:
        return None  # "why?" after a person who is wanted asks for the charges
    reason = next((s for s in sentences_of(previous) if REASON.search(s)), None)
    if reason is None:
        return None
    return Answer.about([previous], reason, subject=previous.id, question=turn.previous_question)


# "And 26?", "what about no. 29": another article after an article, by its number alone.
BARE_NUMBER = re.compile(
    r"^\W*((and|what about|how about|and what about)\s+)?(no\.?\s*|number\s+)?(?P<n>\d{1,3})\W*$",
    re.I,
)


def article_number_meant(turn: Turn) -> str | None:
    """The number of the article a bare number asks after an article ("and 26?")."""
    found = BARE_NUMBER.search(turn.text)
    if found is None or turn.named or not isinstance(turn.previous, Article):
        return None
    return found["n"]


def charges_meant(turn: Turn) -> tuple[Record, str] | None:
    """The record and the record question a bare "for what?" asks after a person, a case or a
    situation with a single case, or "what was Ntaganda convicted of?": its charges."""
    if ASKS_WHAT_FOR.search(turn.text) and not turn.named:
        previous = turn.previous
    elif ASKS_WHAT_OF.search(turn.text) and len(turn.named) <= 1:
        previous = turn.named[0] if turn.named else turn.previous
    else:
        return None
    if isinstance(previous, Situation):
        cases = kb().cases(situation=previous.id)
        previous = cases[0] if len(cases) == 1 else None
    if isinstance(previous, Person):
        return previous, "person_charges"
    if isinstance(previous, Case):
        return previous, "case_charges"
    return None
