"""Does the answer chosen hold what was asked, or only something near it?

The closest answerable question is often close in topic but not in the detail asked: "how
many cells are there in the detention centre" finds the detention centre, "how much is a
judge paid" finds the judges' term. Plain signs tell that the detail is missing: the sentence
of the answer closest to the message says the fact could not be confirmed; the message asks
for a kind of thing (a number, a date, an amount of money, a country, a person's name, one
year, whether something ever happened) and the answer holds none; or most of the message's
weighted words appear neither in the answer, nor in the question it answers, nor in the record
it is about. The reply then says so before giving the closest answer.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from actions.common import Answer, kb
from actions.evidence import record_text
from actions.formatting import SENTENCE_END
from actions.scoring import Message, profiles, question_kinds, stems
from bot.knowledge import Case, Person, Record, State
from bot.knowledge.text import edit_distance, normalize

# Of the message's weighted words, the share found nowhere in the answer that makes it doubtful.
UNCOVERED_SHARE = 0.5
# Words of the conversation, not of the thing asked: "who is president right now, pls".
CONVERSATIONAL = stems(
    "now right actually exactly really today currently moment pls name names people person "
    "country countries thing things guy say said think true correct wasnt isnt didnt cant "
    "dont doesnt happen happened become became ever still yet already even anyone someone "
    "somebody one ok okay hi hello thanks thank mean means exact teacher essay student "
    "homework friend wondering question curious context up out off down over back "
    "himself herself itself themselves yr yrs look whether anyway anyways btw basically like "
    "stuff simple simply word words legally finally wasn heard given too don kind sort "
    "literally honestly seriously guess told explain chief isn aren doesn didn hasn haven "
    "weren couldn shouldn wouldn suppose supposed job jobs role position came come after days "
    "nowadays lately before meantime meanwhile"
)
ASKS_DATE = re.compile(r"^\W*(when|since when|(in |on )?what (year|date|day))\b", re.I)
PREFIX = 5  # "define" is covered by "definition"...
TYPO_FROM = 4  # ...and "statue" by "statute", "koni" by "Kony", "madhi" by "Mahdi"
# How the knowledge base says it lacks a fact.
GAP = re.compile(
    r"could not (be )?confirm|not confirmed|not named here|my records (give|mention) no|"
    r"is not recorded|no [a-z ]+ is recorded|not known|not covered here",
    re.I,
)
# "How much is a judge paid?", "how much did Al Hassan have to pay?": an amount of money.
ASKS_MONEY = re.compile(
    r"\bhow much\b.*\b(money|pay|paid|earn|cost|salary|budget|reparation|donat|contribut|fine|"
    r"worth|spen[dt]|give|get|receive|award|order)|\b(salary|salaries|wages?)\b|"
    r"\bwhat (did|does|do|will|would) .*\bcost\b|\bin (euros?|dollars?)\b",
    re.I,
)
MONEY = re.compile(r"[€$£]|\b(EUR|USD|GBP|euros?|dollars?|pounds?|francs?)\b", re.I)
# "Which country is Judge Aitala from?": a country by name.
ASKS_COUNTRY = re.compile(
    r"\b(which|what) (country|countries|state|states|nation|nationality|governments?)\b|"
    r"\bnationality\b|"
    r"\bwhere (is|was|are|were) [a-z .'-]+ from\b",
    re.I,
)
# Numbers that name a provision, a document or a year, not a quantity.
REFERENCE = re.compile(
    r"\b(Articles?|Rules?|Regulations?|resolutions?|Res\.|ICC-ASP/)\s*[\w./()-]*\d[\w./()-]*|"
    r"\b(1[89]|20)\d\d\b",
    re.I,
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
NUMBER = re.compile(
    r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|"
    r"thousand|million|billion|dozen|none|half|third)\b",
    re.I,
)
DATE = re.compile(
    r"\b(1[89]|20)\d\d\b|\b(January|February|March|April|May|June|July|August|September|"
    r"October|November|December|since|until|never|not yet)\b",
    re.I,
)
DURATION = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|"
    r"(twenty|thirty|forty|fifty)(-\w+)?)[ -](years?|months?|weeks?|days?|hours?)\b|"
    r"\blife (imprisonment|sentence|term)|\bfor life\b|\bno (time )?limit\b|\bindefinitely\b",
    re.I,
)
# "Article 72", "art. 90", "article 12(3)": a provision asked by its number.
ARTICLE_ASKED = re.compile(r"\bart(icle|\.)?\s*(?P<number>\d+)", re.I)
ARTICLES_GIVEN = re.compile(r"\bArticles?\s+\d+[\w()]*(\s*(,|and|or|to|-)\s*\d+[\w()]*)*", re.I)
# "Names of the two Vice-Presidents", "who chaired the Rome conference": someone by name.
ASKS_NAME = re.compile(
    r"\bnames?\b(?! (of|for) (the |this )?(court|treaty|statute|crime|fund|office))|"
    r"\bwho (chair|chairs|chaired|presided|presides|heads|headed|won)\b|"
    r"\b(which|what) (\w+ )?judges?\b|\bpresiding judge\b|"
    r"\bwho('?s| is| was) (the|its|their) (current |present |new |first |last )?(head|chief|"
    r"director|executive director|principal counsel|spokesperson|secretary|leader|chair)\b|"
    r"\bwho('?s| is| was| were) (the )?(very )?(first|next)\b(?! (to|country|state|nation))|"
    r"\bwho('?s| is| will)?( going to)? (take|takes|took) over\b|\bwho (will )?(succeed|replace)|"
    r"\bwho('?s| is| are| was| were) (\w+'?s? )?(defen[cs]e )?(lawyers?|counsel|attorneys?)\b",
    re.I,
)
# "When will the judges rule?": a date to come, or word that none is set.
ASKS_FUTURE = re.compile(
    r"\bwhen (will|is .* (going to|expected|due|scheduled))\b|\bwhat date will\b", re.I
)
NOT_YET_SET = re.compile(r"\b(not yet|no date|scheduled|expected|planned|due|pending)\b", re.I)
# "How old is Judge Akane?", "when was he born?": a person's age, not the Court's.
ASKS_AGE = re.compile(
    r"\bhow old (is|was|are|were) (?!(the|a|an|this|that|its) )|\b(his|her|their) age\b|"
    r"\bwhen was (s?he|[a-z]+( [a-z]+)?) born\b|\bdate of birth\b|\bbirthday\b",
    re.I,
)
AGE = re.compile(r"\bborn\b|\byears old\b|\baged? \d|\bage of\b", re.I)
# "Has the Security Council ever used Article 16?": whether something happened, which a dated
# instance answers, or word that it never has; not the rule that would allow it.
ASKS_IF_IT_HAPPENED = re.compile(r"\b(has|have|had|did|was|were)\b[^?.!]*\bever\b", re.I)
NEVER = re.compile(
    r"^\W*no\b|\b(never|none|no one|nobody|has not|have not|hasn'?t|haven'?t|twice|\d+ times)\b",
    re.I,
)
# Roles a "who is the ...?" question may ask for by name.
ROLES = frozenset(
    stems("director chair head spokesperson secretary leader registrar lawyer counsel")
)
# "Judge Akane", "Ambassador Kaukoranta": a title before a name.
TITLED_NAME = re.compile(r"\b(Judge|Ambassador|Mr|Ms|Mrs|Dr|Professor)\.? [A-Z]")


def answers_the_question(
    message: Message, answer: Answer, subject: Record | None, named: Sequence[Record] = ()
) -> bool:
    """False when the answer plainly lacks what the message asks for, or when what it says
    about the message is that the knowledge base does not know. `named`: the records the
    message names."""
    if _admits_a_gap(message, answer.body) or not holds_the_kinds_asked(message, answer, named):
        return False
    if _another_year(message.text, answer.body):
        return False
    if not _counts_what_was_asked(message.text, answer):
        return False
    if not _names_what_was_asked(message.text, answer):
        return False
    if _leaves_out_a_state(answer, subject, named):
        return False
    covered = stems(answer.body)
    profile = profiles().get(answer.question or "")
    if profile is not None:
        covered |= profile.words
    if subject is not None:
        covered |= stems(" ".join([*record_text(subject), *subject.names()]))
    said = f" {normalize(answer.body)} "
    for record in named:  # "asp" is answered by "the Assembly of States Parties"
        if any(f" {normalize(name)} " in said for name in record.names()):
            covered |= stems(" ".join(record.names()))
    asked = {
        w: weight
        for w, weight in message.words.items()
        if w not in CONVERSATIONAL and not w.isdigit()  # "in 2024": when, not what, is asked
    }
    total = sum(asked.values())
    if not total:
        return True
    uncovered = sum(weight for w, weight in asked.items() if not _covered(w, covered))
    return uncovered / total < UNCOVERED_SHARE


def _leaves_out_a_state(answer: Answer, subject: Record | None, named: Sequence[Record]) -> bool:
    """The message names a State that the answer neither is about nor mentions ("how much does
    Germany pay?" answered with the whole budget)."""
    said = f" {normalize(answer.body)} "
    return any(
        isinstance(record, State)
        and (subject is None or subject.id not in _about(record))
        and not any(f" {normalize(name)} " in said for name in record.names())
        for record in named
    )


def _about(state: Record) -> set[str]:
    """The ids an answer about the State may have: its own and its situations'."""
    return {state.id, *(s.id for s in kb().situations_in(state.id))}


COUNTED = re.compile(
    r"\bhow many ((of )?(the |its |their )?\d* ?)((people|persons|members|seats|individuals) "
    r"((are|were|is|sit|sat) )?((on|in|at|of) )?(the |its |their )?)?(?P<what>[a-z]+)",
    re.I,
)


# "Which prison is he held in?": the thing asked for by its kind must be named in the answer.
WHICH = re.compile(
    r"\b(which|what) (?P<what>[a-z]+) (is|was|are|were|did|does|do|has|have)\b", re.I
)


def _names_what_was_asked(asked: str, answer: Answer) -> bool:
    """ "Which prison is Ntaganda held in?" is not answered by the country he is held in: the
    kind of thing asked for is named in the answer or in the question it answers."""
    which = WHICH.search(asked)
    return which is None or _names_the_thing(stems(which["what"]) - CONVERSATIONAL, answer)


def _counts_what_was_asked(asked: str, answer: Answer) -> bool:
    """ "How many investigators work on Ukraine?" is not answered by the number of judges:
    the thing counted is named in the answer or in the question it answers."""
    counted = COUNTED.search(asked)
    return counted is None or _names_the_thing(stems(counted["what"]), answer)


def _names_the_thing(wanted: set[str], answer: Answer) -> bool:
    """Every word of the thing asked for is in the answer or in the facet question it answers."""
    if not wanted:
        return True
    question = kb().facet(answer.question or "")
    said = stems(answer.body) | (stems(question[1].question) if question else set())
    return all(_covered(w, said) for w in wanted)


def _asks_count(text: str) -> bool:
    return "count" in question_kinds(text)


def _asks_duration(text: str) -> bool:
    return "duration" in question_kinds(text)


def _holds_duration(answer: Answer, named: Sequence[Record], asked: str = "") -> bool:
    """ "Nine years", "20 years", "12 months", "life imprisonment": a length of time."""
    return bool(DURATION.search(answer.body))


def _holds_number(answer: Answer, named: Sequence[Record], asked: str = "") -> bool:
    """A number, not one the message gave ("how many of the 18 judges are women?" is not
    answered by "18"), nor one naming an article or a year."""
    body = REFERENCE.sub(" ", answer.body)  # "Article 36(1)" counts nothing
    for given in set(re.findall(r"\b\d+\b", asked)):
        body = re.sub(rf"\b{given}\b", " ", body)
    return bool(NUMBER.search(body))


def _holds_a_date_to_come(answer: Answer, named: Sequence[Record], asked: str = "") -> bool:
    years = [int(y) for y in YEAR.findall(answer.body)]
    return bool(NOT_YET_SET.search(answer.body)) or any(y >= dt.date.today().year for y in years)


def _holds_date(answer: Answer, named: Sequence[Record], asked: str = "") -> bool:
    return bool(DATE.search(answer.body))


def _holds_an_instance(answer: Answer, named: Sequence[Record], asked: str = "") -> bool:
    return bool(DATE.search(answer.body) or NEVER.search(answer.body))


def _holds_money(answer: Answer, named: Sequence[Record], asked: str = "") -> bool:
    return bool(MONEY.search(answer.body))


def _names_a_country(answer: Answer, named: Sequence[Record], asked: str = "") -> bool:
    """A State other than one the message names ("which States referred Venezuela?")."""
    excluded = {n.id for n in named}
    return _names_one_of(answer.body, lambda key, r: isinstance(r, State) and r.id not in excluded)


def _names_a_person(answer: Answer, named: Sequence[Record], asked: str = "") -> bool:
    """A title and a name, or a person of the knowledge base other than one the message
    names, or is accused in a case it names ("who presided over Ongwen's trial?" is not
    answered by Ongwen's own record). A role asked must be in the answer: "who is the
    executive director?" is not answered by a list of Board members."""
    if not (stems(asked) & ROLES) <= stems(answer.body):
        return False
    excluded = {n.id for n in named} | {p for n in named if isinstance(n, Case) for p in n.accused}
    return bool(TITLED_NAME.search(answer.body)) or _names_one_of(
        answer.body,
        lambda key, r: isinstance(r, Person) and " " in key and r.id not in excluded,
    )


def _names_one_of(body: str, wanted: Callable[[str, Record], bool]) -> bool:
    """`body` holds a name (or alias) of the knowledge base for which `wanted` is true."""
    said = f" {normalize(body)} "
    return any(f" {key} " in said for key, r in kb().names().items() if wanted(key, r))


# What a message asks for, and how to tell that an answer holds it (given the records the
# message names).
Asks = Callable[[str], bool]
Holds = Callable[[Answer, Sequence[Record], str], bool]


def _asks_article(text: str) -> bool:
    return bool(ARTICLE_ASKED.search(text))


def _holds_the_article(answer: Answer, named: Sequence[Record], asked: str = "") -> bool:
    """ "What's in Article 72?" is not answered by Article 77: the number asked, as an
    article of the answer."""
    wanted = {m["number"] for m in ARTICLE_ASKED.finditer(asked)}
    given = {n for m in ARTICLES_GIVEN.finditer(answer.body) for n in re.findall(r"\d+", m[0])}
    return bool(wanted & given)


KINDS_ASKED: tuple[tuple[Asks, Holds], ...] = (
    (_asks_article, _holds_the_article),
    (_asks_count, _holds_number),
    (_asks_duration, _holds_duration),
    (lambda text: bool(ASKS_FUTURE.search(text)), _holds_a_date_to_come),
    (lambda text: bool(ASKS_DATE.search(text)), _holds_date),
    (lambda text: bool(ASKS_IF_IT_HAPPENED.search(text)), _holds_an_instance),
    (lambda text: bool(ASKS_MONEY.search(text)), _holds_money),
    (lambda text: bool(ASKS_COUNTRY.search(text)), _names_a_country),
    (lambda text: bool(ASKS_NAME.search(text)), _names_a_person),
    (lambda text: bool(ASKS_AGE.search(text)), lambda answer, *_: bool(AGE.search(answer.body))),
)


def holds_the_kinds_asked(message: Message, answer: Answer, named: Sequence[Record] = ()) -> bool:
    """The answer holds each kind of thing the message asks for: a number for "how many",
    a country for "which country", a name for "who chaired"."""
    return all(
        holds(answer, named, message.text) for asks, holds in KINDS_ASKED if asks(message.text)
    )


def kinds_held(text: str, body: str, named: Sequence[Record] = ()) -> int:
    """How many of the kinds of thing `text` asks for (a number, a date...) `body` holds."""
    answer = Answer(body)
    return sum(1 for asks, holds in KINDS_ASKED if asks(text) and holds(answer, named, text))


def _admits_a_gap(message: Message, body: str) -> bool:
    """The sentence of `body` closest to the message says the fact could not be confirmed:
    "The current Executive Director is not named here because it could not be confirmed."."""
    shares = [(message.share(stems(s)), s) for s in SENTENCE_END.split(body)]
    best, sentence = max(shares, default=(0.0, ""))
    return best > 0 and bool(GAP.search(sentence))


def _another_year(asked: str, body: str) -> bool:
    """The message names a year and the answer gives others, not that one ("who won the
    judicial elections in 2026?" answered with the 2023 election)."""
    years = set(YEAR.findall(asked))
    given = set(YEAR.findall(body))
    return bool(years and given and not years & given)


def _covered(word: str, covered: set[str]) -> bool:
    """The word, a word of the same beginning, or the word with one letter wrong or missing;
    a number ("25th") only as itself."""
    if word in covered:
        return True
    if len(word) < TYPO_FROM or any(c.isdigit() for c in word):
        return False
    return any(
        (len(word) >= PREFIX and other[:PREFIX] == word[:PREFIX])
        or edit_distance(word, other, 1) <= 1
        for other in covered
    )
