"""Does the answer chosen hold what was asked, or only something near it?

The closest answerable question is often close in topic but not in the detail asked: "how
many cells are there in the detention centre" finds the detention centre, "how much is a
judge paid" finds the judges' term. Three plain signs tell that the detail is missing: the
sentence of the answer closest to the message says the fact could not be confirmed, the
message asks for a number or a date and the answer has none, or most of the message's
weighted words appear neither in the answer, nor in the question it answers, nor in the
record it is about. The reply then says so before giving the closest answer.
"""

from __future__ import annotations

import re

from actions.common import Answer, kb
from actions.evidence import record_text
from actions.formatting import SENTENCE_END
from actions.scoring import Message, profiles, stems
from bot.knowledge import Record, State
from bot.knowledge.text import edit_distance, normalize

# Of the message's weighted words, the share found nowhere in the answer that makes it doubtful.
UNCOVERED_SHARE = 0.5
MIN_UNCOVERED = 1
# Words of the conversation, not of the thing asked: "who is president right now, pls".
CONVERSATIONAL = stems(
    "now right actually exactly really today currently moment pls name names people person "
    "country countries thing things guy say said think true correct wasnt isnt didnt cant "
    "dont doesnt happen happened become became ever still yet already even anyone someone "
    "somebody one ok okay hi hello thanks thank mean means exact teacher essay student "
    "homework friend wondering question curious context up out off down over back"
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
    r"worth|spen[dt]|give|get|receive|award|order)|\b(salary|salaries|wages?)\b",
    re.I,
)
MONEY = re.compile(r"[€$£]|\b(EUR|USD|GBP|euros?|dollars?|pounds?|francs?)\b", re.I)
# "Which country is Judge Aitala from?": a country by name.
ASKS_COUNTRY = re.compile(
    r"\b(which|what) (country|countries|state|states|nation|nationality)\b|\bnationality\b|"
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
    r"thousand|million|billion|dozen|no|none|half|third)\b",
    re.I,
)
DATE = re.compile(
    r"\b(1[89]|20)\d\d\b|\b(January|February|March|April|May|June|July|August|September|"
    r"October|November|December|since|until|never|not yet)\b",
    re.I,
)


def answers_the_question(message: Message, answer: Answer, subject: Record | None) -> bool:
    """False when the answer plainly lacks what the message asks for, or when what it says
    about the message is that the knowledge base does not know."""
    if _admits_a_gap(message, answer.body):
        return False
    counted = REFERENCE.sub(" ", answer.body)  # "Article 36(1)" and "2016" count nothing
    if ("count" in message.kinds or "duration" in message.kinds) and not NUMBER.search(counted):
        return False
    if ASKS_DATE.search(message.text) and not DATE.search(answer.body):
        return False
    if ASKS_MONEY.search(message.text) and not MONEY.search(answer.body):
        return False
    if ASKS_COUNTRY.search(message.text) and not _names_a_country(answer.body):
        return False
    if _another_year(message.text, answer.body):
        return False
    covered = stems(answer.body)
    profile = profiles().get(answer.question or "")
    if profile is not None:
        covered |= profile.words
    if subject is not None:
        covered |= stems(" ".join([*record_text(subject), *subject.names()]))
    asked = {
        w: weight
        for w, weight in message.words.items()
        if w not in CONVERSATIONAL and not w.isdigit()  # "in 2024": when, not what, is asked
    }
    total = sum(asked.values())
    if not total:
        return True
    uncovered = [weight for w, weight in asked.items() if not _covered(w, covered)]
    return len(uncovered) < MIN_UNCOVERED or sum(uncovered) / total < UNCOVERED_SHARE


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


def _names_a_country(body: str) -> bool:
    said = f" {normalize(body)} "
    return any(f" {key} " in said for key, r in kb().names().items() if isinstance(r, State))


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
