"""Questions about who holds an office: "who is the Registrar?", "who was the first
Prosecutor?", "who runs it?" after the Assembly, and "it" after the person who holds one."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from actions.common import Answer, kb, numbered_answer
from actions.context_ranking import facet_index, question_text
from actions.kinds import kind_of
from actions.scoring import stems
from actions.texts import text
from actions.turn import (
    DECIDING,
    PERSON_PRONOUN,
    PRONOUN,
    SHORT_QUESTION_WORDS,
    SINGULAR_PRONOUN,
    Turn,
    nth,
)
from bot.knowledge import GlossaryTerm, Person, State, Topic

# "Who is the Registrar?": the office holder, not what the office does.
ASKS_WHO = re.compile(
    r"^\W*((and|so|but|ok|okay|then|hi|hello|hey)\W+)?"
    r"(who('?s| is| are| was| were| became| has been| has| holds| heads| leads| runs| chairs|"
    r" presides)|"
    r"(which|what) (diplomat|official|person|woman|man|lawyer|judge) (is|was|heads|leads|runs|"
    r"chairs|presides)|"
    r"who (did|do|does) (the )?\w+ (elect|appoint|choose|pick)|names? of|tell me who)\b",
    re.I,
)
ASKS_WHO_RUNS = re.compile(
    r"\bwho('?s| is)? (runs|heads|leads|chairs|presides|in charge)\b|"
    r"\bwho('?s| is) the (head|boss)\b",
    re.I,
)
# "Is she the same person as the ICC President?", "is he also the Registrar?"
ASKS_SAME_PERSON = re.compile(
    r"\bsame (person|one|woman|man)\b|^\W*((and|so|but) )?(is|was) (s?he|they) (also|too) ", re.I
)
# "And who came after him?": the next holder of the same post.
ASKS_AFTER = re.compile(
    r"\b(after (him|her)|succeeded (him|her)|(his|her) successor|next one)\b", re.I
)
# "The president of the court": a body named in words our stems leave out as too common.
NAMES_THE_COURT = re.compile(r"\b(court|icc|cpi)\b", re.I)
# "Who was the first Prosecutor?", "who was Registrar before him?": a former holder.
ORDINALS = frozenset({"first", "second"})
# "Registrar of the ICC?", "icc president": a message that is only an office's title asks who
# holds it. These words may stand beside the title.
BESIDE_A_TITLE = frozenset(
    ("the", "of", "icc", "court", "cpi", "international", "criminal", "current", "now", "today")
)
ASKS_FORMER = re.compile(r"\b(first|former|previous|before|earlier|original|past)\b", re.I)
OF_THE_BODY = re.compile(
    r"( of the (icc|court|international criminal court|asp|assembly( of states parties)?))", re.I
)
# "When was the Registrar elected?", "where is the President of the Court from?": a question
# about the person holding an office, asked by the title.
ASKS_OF_HOLDER = re.compile(
    r"^\W*((and|so|but|ok)\W+)?(when (was|were|did)\b.*\b(elected|appointed|sworn|chosen|"
    r"start|begin|take office)|where (is|are|was|were|does|do)\b.*\bfrom\W*$|"
    r"how many votes\b|what nationality\b)",
    re.I,
)


def office_holders_asked(turn: Turn) -> list[Person]:
    """The holders of the office a "who is the ...?" question names: every word of the
    office's title in the message (ordinals aside: "the vice presidents" are both), and the
    most words of its full title ("President" of the Court unless "the Assembly" is named
    too). "The first Prosecutor", "the Registrar before him": the former holder. Right after
    an answer about an office holder, "who ..." and "the first one?" are about the same
    office."""
    previous = turn.previous
    after_holder = (
        isinstance(previous, Person) and previous.position is not None and turn.is_follow_up()
    )
    office_title = _title_after(turn)
    asks_former_briefly = bool(
        ASKS_FORMER.search(turn.text) and len(turn.text.split()) <= SHORT_QUESTION_WORDS
    )
    asks_of_holder = (
        after_holder
        and (
            re.search(r"\bwho\b", turn.text, re.I)
            or turn.asks_same()  # "and the vice presidents?"
            or asks_former_briefly
            or turn.ordinal is not None  # "and the second one?" after the first Prosecutor
        )
    ) or asks_former_briefly  # "and the first?" after the Office, "first ever icc prosecutor?"
    if after_holder and ASKS_AFTER.search(turn.text):
        return _successor_of(previous)  # "and who came after him?"
    named_someone = any(isinstance(r, (*DECIDING, State)) for r in turn.named)
    asks_who = (
        ASKS_WHO.search(turn.text)
        or _only_a_title(turn.text)
        or (ASKS_OF_HOLDER.search(turn.text) and not isinstance(previous, Person))
    )  # "when was the Registrar elected?", not "where does the money come from?" after her
    if named_someone or not (asks_who or asks_of_holder):
        return []  # a term named ("the Assembly of States Parties") is part of the title
    body = _body_asked_who_runs(turn)
    running = _holders_of(body) if body is not None else []
    if running:
        return running  # "who runs it?" after the Assembly: its President
    words = stems(" ".join([turn.text, *(r.name for r in turn.named)]))  # "asp": the Assembly
    if office_title is not None:  # "and who had the job before him?": the same office
        words |= stems(office_title)
    elif (
        isinstance(previous, Person)
        and previous.position
        and not words & _body_words()
        and not NAMES_THE_COURT.search(turn.text)
    ):
        words |= stems(previous.title())  # "who are the two vice-presidents?" after the
        # Assembly's President: the Assembly's
    elif isinstance(previous, Topic) and turn.is_follow_up() and PRONOUN.search(turn.text):
        # "who chairs it?" after the Assembly of States Parties, "who holds the job now?"
        # after what the Registrar does
        words |= stems(f"{previous.name} {question_text(turn.previous_question) or ''}")
    scored = _titled(words, turn.named)
    if not scored:
        return []
    closest = max(fit for fit, _ in scored)  # "the first President of the ICC": not the
    scored = [(fit, h) for fit, h in scored if fit == closest]  # Assembly's first President
    title_words = set().union(*(stems(h.position or "") for _, h in scored))
    beside_title = " ".join(w for w in turn.text.split() if stems(w) - title_words)
    if turn.ordinal is not None and turn.ordinal != 1:  # "the second Prosecutor", "the last"
        holder = nth(_holders_in_order(scored[0][1]), turn.ordinal)
        return [holder] if holder is not None else []
    asks_former = bool(ASKS_FORMER.search(beside_title))
    chosen = [(fit, h) for fit, h in scored if h.former == asks_former]
    if not chosen and not asks_former:  # "who's the Prosecutor now?": the last to hold it
        posts = dict.fromkeys(h.post() for _, h in scored)
        return [last for post, last in kb().vacant_posts().items() if post in posts]
    if not chosen:
        return []
    if asks_former:  # kept in the order they held the office
        if re.search(r"\bfirst\b", turn.text, re.I):
            return [chosen[0][1]]
        earlier = [h for _, h in chosen]
        if after_holder and previous in earlier:  # "and before him?" after a former holder
            earlier = earlier[: earlier.index(previous)] or earlier[:1]
        return [earlier[-1]]
    best = max(fit for fit, _ in chosen)
    return [h for fit, h in chosen if fit == best]


def asks_of_holders(turn: Turn, holders: list[Person]) -> bool:
    """A question about the holders of an office named by its title in the message, not who
    they are (nor about "him", the person of the last answer)."""
    if not ASKS_OF_HOLDER.search(turn.text) or PERSON_PRONOUN.search(turn.text):
        return False
    return any(_title_in_words(holder.post()).search(turn.text) for holder in holders)


def asked_of_holder(turn: Turn, holder: Person) -> Turn:
    """The question asked of one holder as of a person ("when was this person elected?"),
    ranked again: the office's own facets ("how long is the term?") answer the title, not
    the person holding it."""
    asked = _title_in_words(holder.post()).sub("this person", turn.text, count=1)
    return replace(
        turn, text=asked, named=[holder], previous=holder, ranking=facet_index().rank_text(asked)
    )


@lru_cache(maxsize=64)
def _title_in_words(post: str) -> re.Pattern[str]:
    """A post as a message words it: "the deputy prosecutors of the court"."""
    words = r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", post.lower()))
    return re.compile(rf"\b(the |its |their )?{words}s?\b{OF_THE_BODY.pattern}?", re.I)


def _only_a_title(message: str) -> bool:
    """ "Registrar of the ICC?": every word but the court's name is in an office's title, and
    one of them is more than an ordinal ("the first?" alone asks nothing of an office)."""
    words = {w.rstrip("s") for w in re.findall(r"[\w-]+", message.lower())}
    words -= BESIDE_A_TITLE | {""}
    return bool(words - ORDINALS) and any(
        words <= {w.lower().rstrip("s") for w in holder.post().split()}
        for holder in kb().office_holders()
    )


def _titled(words: set[str], named: list) -> list[tuple[tuple[int, int], Person]]:
    """Every holder, current or former, whose short title is all in `words`, scored by how
    much of the full title is. A body named is part of the title: "who chairs the TFV
    board?" asks of no President of the Court."""
    bodies = [[stems(n) for n in r.names()] for r in named if isinstance(r, GlossaryTerm)]
    scored = []
    for holder in kb().office_holders(include_former=True):
        title = stems(holder.title())
        in_title = all(any(name <= title for name in body) for body in bodies)
        if _short_title(holder) - ORDINALS <= words and in_title:
            scored.append(((len(title & words), -len(title - words)), holder))
    return scored


# "Who leads the Trust Fund for Victims?": a facet saying who runs a body that no office
# holder in the knowledge base heads.
LEADS = re.compile(r"^who (leads|heads|runs|governs|chairs|manages)\b", re.I)


def leading_facet(turn: Turn) -> str | None:
    """ "Who runs it?" after a body no office holder heads: its facet on who leads it."""
    body = _body_asked_who_runs(turn)
    if body is None or _holders_of(body):
        return None
    return next((f.id for f in body.facets if LEADS.search(f.question)), None)


def _body_asked_who_runs(turn: Turn) -> Topic | None:
    """The topic just explained, when the follow-up asks who runs it."""
    previous = turn.previous
    asks = isinstance(previous, Topic) and turn.is_follow_up() and ASKS_WHO_RUNS.search(turn.text)
    return previous if asks else None


def same_person_answer(turn: Turn) -> Answer | None:
    """ "Is she the same person as the ICC President?" after the Assembly's President: whether
    the person just described holds the office named, and who does."""
    previous = turn.previous
    if (
        not isinstance(previous, Person)
        or not turn.is_follow_up()
        or not ASKS_SAME_PERSON.search(turn.text)
    ):
        return None
    scored = [(fit, h) for fit, h in _titled(stems(turn.text), turn.named) if not h.former]
    if not scored:
        return None
    best = max(fit for fit, _ in scored)
    holder = next(h for fit, h in scored if fit == best)
    if holder.id == previous.id:
        return Answer.about([holder], text("same_person", name=holder.name, title=holder.title()))
    body = text(
        "not_same_person",
        name=previous.name,
        title=previous.title(),
        other=holder.name,
        other_title=holder.title(),
    )
    return Answer.about([holder, previous], body, subject=holder.id)


def _holders_in_order(holder: Person) -> list[Person]:
    """Everyone who held the holder's post, in order: the former holders as the knowledge
    base lists them (by their years), then whoever holds it now."""
    same = [
        h
        for h in kb().office_holders(include_former=True)
        if h.office == holder.office and h.post() == holder.post()
    ]
    return [h for h in same if h.former] + [h for h in same if not h.former]


def _successor_of(holder: Person) -> list[Person]:
    """Who held the post next: the next former holder, else whoever holds it now."""
    in_order = _holders_in_order(holder)
    if holder not in in_order:
        return []
    return in_order[in_order.index(holder) + 1 :][:1]


def is_vacant(holder: Person) -> bool:
    """The last holder of a post nobody holds now (the Prosecutor's, since July 2026)."""
    return kb().vacant_posts().get(holder.post()) is holder


def _title_after(turn: Turn) -> str | None:
    """The title of the office the last answer was about, in a follow-up: the office of the
    person it described, or the office topic ("and the first?" after who leads the Office
    of the Prosecutor, a post now vacant)."""
    previous = turn.previous
    if not turn.is_follow_up() or previous is None:
        return None
    if isinstance(previous, Person):
        return previous.title() or None
    holders = [h for h in kb().office_holders(include_former=True) if h.office == previous.id]
    return holders[0].title() if holders else None


def _holders_of(topic: Topic) -> list[Person]:
    """Who heads the topic: the current holders of an office "of" it (its whole name after
    "of the" in their title), the plainest title first ("President of the Assembly of States
    Parties" for the Assembly, not its Vice-Presidents)."""
    holders = [h for h in kb().office_holders() if _holds_office_of(h, topic)]
    plainest = min((len(_short_title(h)) for h in holders), default=0)
    return [h for h in holders if len(_short_title(h)) == plainest]


@lru_cache(maxsize=1)
def _body_words() -> frozenset[str]:
    """The words of office titles that name a body, not a post: "Assembly", "Court"."""
    holders = kb().office_holders(include_former=True)
    return frozenset().union(*(stems(h.title()) - _short_title(h) for h in holders))


def _short_title(holder: Person) -> set[str]:
    return stems(holder.post())


def _holds_office_of(holder: Person, topic: Topic) -> bool:
    name = stems(topic.name)
    return bool(name) and name <= stems(holder.title().partition(" of the ")[2])


def office_meant(turn: Turn) -> Topic | None:
    """ "How often does it meet?" after the President of the Assembly: "it" is no person, so
    it means the body whose office the last answer's person holds."""
    previous = turn.previous
    if (
        turn.named
        or not isinstance(previous, Person)
        or previous.position is None
        or not SINGULAR_PRONOUN.search(turn.text)
        or PERSON_PRONOUN.search(turn.text)
    ):
        return None
    return next(
        (t for t in kb().all("topics") if isinstance(t, Topic) and _holds_office_of(previous, t)),
        None,
    )


def holders_answer(holders: list[Person], turn: Turn) -> Answer:
    """ "Who is the Prosecutor?" of a vacant post says first that it is vacant."""
    if len(holders) == 1:
        answer = kind_of(holders[0]).overview(holders[0])  # "who is the Registrar?"
        asks_now = not (ASKS_FORMER.search(turn.text) or ASKS_AFTER.search(turn.text))
        if asks_now and is_vacant(holders[0]):
            lead = text("vacant_post_now", post=holders[0].post(), name=holders[0].name)
            answer.body = f"{lead} {answer.body}"
        return answer
    lines = [f"{h.name}, {h.position}" for h in holders]
    return numbered_answer(text("holders_intro"), holders, lines, holders, subject=holders[0].id)
