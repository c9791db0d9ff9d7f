"""Typed records of the knowledge base.

Every record carries an id, a display name, the URLs that back it and the date it was
last checked (`as_of`), so an answer can always say where a fact comes from and how fresh it is.
Dates of things that happened must not lie in the future: what is only scheduled belongs
in the text, worded as scheduled.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum

from pydantic import BaseModel, Extra, HttpUrl, validator

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")


def _not_in_the_future(value: dt.date | None) -> dt.date | None:
    if value is not None and value > dt.date.today():
        raise ValueError(f"{value.isoformat()} is in the future")
    return value


class Strict(BaseModel):
    class Config:
        extra = Extra.forbid
        anystr_strip_whitespace = True


class Source(Strict):
    """A public page or document that backs a record."""

    url: HttpUrl
    title: str


class KeyDate(Strict):
    """Something that happened on a known day, e.g. an arrest or a verdict."""

    date: dt.date
    event: str

    _past = validator("date", allow_reuse=True)(_not_in_the_future)


def _has_a_source(value: list[Source]) -> list[Source]:
    if not value:
        raise ValueError("needs at least one source URL")
    return value


def _snake_case(value: str) -> str:
    if not ID_PATTERN.match(value):
        raise ValueError("must be lower-case words joined by underscores, e.g. 'about_icc'")
    return value


class Facet(Strict):
    """One specific question about a record, answered in a sentence or two.

    A facet has its own sources and `as_of`, because it is often checked against a different
    page than the record's summary. `question` is how a person would ask it (it is also the
    label of a button that asks it); `asked_as` lists other ways people ask the same thing.
    `instances` names the facet or record that lists where it really happened (after how a
    State withdraws, "has anyone done it?" gets the States that did). `items` names, in the
    order the answer gives them, the records it lists in its own words ("the Presidency, the
    Chambers, the Office of the Prosecutor and the Registry"), so that "the last one" is one.
    """

    id: str
    question: str
    asked_as: list[str] = []
    answer: str
    sources: list[Source]
    as_of: dt.date
    time_sensitive: bool = False  # it can change (who holds a post, a status): re-check it
    instances: str | None = None  # the facet or record that says where it really happened
    items: list[str] = []  # the records the answer lists, in its order ("the last one")

    _id = validator("id", allow_reuse=True)(_snake_case)
    _as_of_past = validator("as_of", allow_reuse=True)(_not_in_the_future)
    _sourced = validator("sources", allow_reuse=True)(_has_a_source)

    def phrasings(self) -> list[str]:
        return [self.question, *self.asked_as]


class RecordKind(str, Enum):
    """The kinds of record a question in `record_questions.yml` can be about."""

    person = "person"
    case = "case"
    situation = "situation"
    state = "state"
    definition = "definition"  # a crime, an article or a glossary term
    any = "any"


class RecordQuestion(Strict):
    """A question every record of one kind answers from its fields ("how long did he get?").

    Written once for the kind, without a name in it; the record comes from the message or the
    conversation. `events` picks the record's `key_dates` whose text mentions one of its words.
    `asked_with`: when given, only a message with one of these words asks this question.
    """

    id: str
    about: RecordKind
    question: str
    asked_as: list[str] = []
    events: list[str] = []
    asked_with: list[str] = []

    _id = validator("id", allow_reuse=True)(_snake_case)

    def phrasings(self) -> list[str]:
        return [self.question, *self.asked_as]

    def may_be_asked_by(self, message: str) -> bool:
        """ "Who else was charged with him?" needs "else", "other" or the like (a word, or
        words that must come together: "with him")."""
        if not self.asked_with:
            return True
        words = re.findall(r"[\w-]+", message.lower())
        said = f" {' '.join(words)} "
        return any(f" {w.lower()} " in said for w in self.asked_with)


class Record(Strict):
    """Fields shared by every kind of record."""

    id: str
    name: str
    aliases: list[str] = []
    sources: list[Source]
    as_of: dt.date
    facets: list[Facet] = []
    # Its facts can change (a case's stage, a State's membership, an office holder): the
    # knowledge report lists it for re-checking once `as_of` is older than RECHECK_AFTER_DAYS.
    # Situations, cases, people and States always are; a topic says so here.
    time_sensitive: bool = False
    # "Has anyone done it?" after it: the facet or record that says where it really happened.
    instances: str | None = None

    _id = validator("id", allow_reuse=True)(_snake_case)
    _sourced = validator("sources", allow_reuse=True)(_has_a_source)
    _as_of_past = validator("as_of", allow_reuse=True)(_not_in_the_future)

    def names(self) -> list[str]:
        """The display name and every alias: what people may call this record."""
        return [self.name, *self.aliases]

    def references(self) -> dict[str, list[str]]:
        """Ids of other records this one points to, by the section they must be in."""
        return {}


class Topic(Record):
    """An explanation of one subject: a short answer, optional detail and key points.

    `label` is the text of a button that asks about the topic, `next` the topics or facets to
    suggest after it, `items` the records its answer lists, in order, so that "the first
    one" can point at them, and `intents` the question kinds it answers (default: its id).
    """

    answer: str
    details: str | None = None
    points: list[str] = []
    label: str | None = None
    next: list[str] = []
    items: list[str] = []
    intents: list[str] = []

    def asked_under(self) -> list[str]:
        """The question kinds (intents) under which people ask about this topic."""
        return self.intents or [self.id]


class Crime(Record):
    """One of the crimes the Court can try, defined in plain words."""

    articles: list[str]
    definition: str
    examples: list[str] = []


class Article(Record):
    """A Rome Statute article summarised in our own words."""

    number: str
    part: str | None = None
    summary: str


class GlossaryTerm(Record):
    """A legal term explained for the public."""

    definition: str
    articles: list[str] = []


class Trigger(str, Enum):
    state_referral = "state_referral"
    security_council_referral = "security_council_referral"
    proprio_motu = "proprio_motu"


class SituationStatus(str, Enum):
    preliminary_examination = "preliminary_examination"
    investigation = "investigation"
    # The Prosecutor concluded the investigation phase; cases already brought go on.
    investigation_concluded = "investigation_concluded"
    closed = "closed"


class Situation(Record):
    """A country or territory the Prosecutor examines or investigates."""

    time_sensitive: bool = True

    states: list[str]
    status: SituationStatus
    trigger: Trigger | None = None
    summary: str
    key_dates: list[KeyDate] = []

    def references(self) -> dict[str, list[str]]:
        return {"states": self.states}


class CaseStage(str, Enum):
    pre_trial = "pre_trial"
    trial = "trial"
    appeal = "appeal"
    reparations = "reparations"
    closed = "closed"


class Case(Record):
    """A case before the Court against one or more named people."""

    time_sensitive: bool = True

    situation: str
    accused: list[str]
    stage: CaseStage
    summary: str
    charges: str
    article_70: bool = False  # offences against the administration of justice, not core crimes
    reparations: str | None = None
    key_dates: list[KeyDate] = []

    def references(self) -> dict[str, list[str]]:
        return {"situations": [self.situation], "people": self.accused}


class Role(str, Enum):
    accused = "accused"
    office_holder = "office_holder"


class PersonStatus(str, Enum):
    at_large = "at_large"
    in_custody = "in_custody"
    on_trial = "on_trial"
    convicted = "convicted"
    acquitted = "acquitted"
    proceedings_ended = "proceedings_ended"


class ReportedDeath(Strict):
    """A death reported by others (an army, a lawyer, news agencies), not yet a Court decision
    ending the case: the person is no longer counted among those at large."""

    date: dt.date
    reported_by: str  # "the Congolese army (AP)"

    _past = validator("date", allow_reuse=True)(_not_in_the_future)


class Person(Record):
    """A publicly named suspect or accused person, or a holder of an office at the Court."""

    time_sensitive: bool = True

    role: Role
    summary: str
    status: PersonStatus | None = None
    status_detail: str | None = None
    reported_dead: ReportedDeath | None = None
    sentence_years: float | None = None
    cases: list[str] = []
    position: str | None = None
    former: bool = False  # an office holder who no longer holds the position
    office: str | None = None  # the topic about an office holder's office
    key_dates: list[KeyDate] = []

    @validator("status", always=True)
    def _accused_have_a_status(
        cls, value: PersonStatus | None, values: dict
    ) -> PersonStatus | None:
        if values.get("role") == Role.accused and value is None:
            raise ValueError("an accused person needs a status (at_large, in_custody, ...)")
        return value

    @validator("position", always=True)
    def _office_holders_have_a_position(cls, value: str | None, values: dict) -> str | None:
        if values.get("role") == Role.office_holder and not value:
            raise ValueError("an office holder needs a position")
        return value

    def references(self) -> dict[str, list[str]]:
        return {"cases": self.cases, "topics": [self.office] if self.office else []}

    def title(self) -> str:
        """The position without its dates: "Prosecutor of the International Criminal Court"."""
        return (self.position or "").split(" (")[0]

    def post(self) -> str:
        """The post of the title, without the body it belongs to: "Prosecutor",
        "Vice-President"."""
        return self.title().split(" of the ")[0]


STATUTE_IN_FORCE = dt.date(2002, 7, 1)
SIXTIETH_INSTRUMENT = dt.date(2002, 4, 11)


def article_126_entry_into_force(deposit: dt.date) -> dt.date:
    """When the Statute enters into force for a State that deposited its instrument on `deposit`.

    Article 126: 1 July 2002 for the first instruments; afterwards the first day of the month
    after the 60th day following the deposit.
    """
    if deposit <= SIXTIETH_INSTRUMENT:
        return STATUTE_IN_FORCE
    sixtieth_day = deposit + dt.timedelta(days=60)
    if sixtieth_day.month == 12:
        return dt.date(sixtieth_day.year + 1, 1, 1)
    return dt.date(sixtieth_day.year, sixtieth_day.month + 1, 1)


class Joined(str, Enum):
    ratification = "ratification"
    accession = "accession"
    succession = "succession"  # a new State taking over its predecessor's treaty (Montenegro)


class WithdrawalOutcome(str, Enum):
    """What became of a notice of withdrawal: what the answers say, read from data."""

    pending = "pending"  # notified; due to take effect on `effective`
    took_effect = "took_effect"  # the State left on `effective`
    revoked = "revoked"  # withdrawn before it took effect; the State remains a party
    unconfirmed = (
        "unconfirmed"  # the day it was due has passed, and no source seen says what happened
    )


class Withdrawal(Strict):
    """A State's notice that it leaves the Rome Statute (Article 127): it takes effect one
    year after the UN Secretary-General receives it, or on a later date the notice gives."""

    notified: dt.date | None = None  # the day the UN received it; where no source gives it,
    outcome: WithdrawalOutcome  # ...`effective` (from the UN's list) must be given
    effective: dt.date | None = None  # when it took effect, or is (was) due to; default a year on
    revoked: dt.date | None = None  # the day the notice was revoked, where a source gives it
    note: str | None = None

    _notified_past = validator("notified", "revoked", allow_reuse=True)(_not_in_the_future)

    @validator("effective", always=True)
    def _a_year_after_notice(cls, value: dt.date | None, values: dict) -> dt.date | None:
        notified = values.get("notified")
        if notified is None and value is None:
            raise ValueError("a withdrawal needs `notified`, `effective` or both")
        earliest = _a_year_after(notified) if notified else value
        value = value or earliest
        if values.get("outcome") == WithdrawalOutcome.took_effect and value > dt.date.today():
            raise ValueError(f"a withdrawal due on {value} cannot have taken effect yet")
        if value < earliest:
            raise ValueError(
                f"a withdrawal takes effect a year after the notice at the earliest "
                f"(Article 127(1)): {earliest}, not {value}"
            )
        return value

    @validator("revoked", always=True)
    def _revoked_matches_outcome(cls, value: dt.date | None, values: dict) -> dt.date | None:
        outcome = values.get("outcome")
        if value is not None and outcome != WithdrawalOutcome.revoked:
            raise ValueError(f"a revocation date needs `outcome: revoked`, not {outcome}")
        return value

    def left_by(self, on: dt.date) -> bool:
        """Whether the State had left on `on`: only a withdrawal a source says took effect."""
        return (
            self.outcome == WithdrawalOutcome.took_effect
            and self.effective is not None
            and self.effective <= on
        )

    def settled_by(self, on: dt.date) -> bool:
        """The State had left on `on`, or revoked the notice: nothing is pending."""
        return self.left_by(on) or self.outcome == WithdrawalOutcome.revoked

    def in_doubt(self, on: dt.date) -> bool:
        """A notice whose outcome our sources do not settle on `on`: still counted a party."""
        return self.outcome == WithdrawalOutcome.unconfirmed or (
            self.outcome == WithdrawalOutcome.pending
            and self.effective is not None
            and self.effective <= on
        )


def _a_year_after(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


class Declaration(Strict):
    """An Article 12(3) declaration accepting the Court's jurisdiction."""

    date: dt.date
    summary: str

    _past = validator("date", allow_reuse=True)(_not_in_the_future)


class State(Record):
    """A State and its relationship with the Rome Statute; membership is derived, never typed."""

    time_sensitive: bool = True

    un_member: bool
    signed: dt.date | None = None
    joined: dt.date | None = None
    joined_by: Joined | None = None
    in_force: dt.date | None = None
    # Where no source gives the dates, the day a source confirms the State was a party.
    party_confirmed_on: dt.date | None = None
    signature_withdrawn: dt.date | None = None
    withdrawal: Withdrawal | None = None
    declarations: list[Declaration] = []
    note: str | None = None

    _dates_past = validator(
        "signed", "joined", "party_confirmed_on", "signature_withdrawn", allow_reuse=True
    )(_not_in_the_future)

    @validator("in_force", always=True)
    def _joined_states_have_dates(cls, value: dt.date | None, values: dict) -> dt.date | None:
        joined = values.get("joined")
        if joined and value is None:
            raise ValueError("a State that joined needs `in_force` too")
        if (
            joined
            and values.get("joined_by") != Joined.succession
            and (value != article_126_entry_into_force(joined))
        ):
            expected = article_126_entry_into_force(joined)
            raise ValueError(
                f"{value} does not follow Article 126 for a deposit on {joined}: "
                f"expected {expected}"
            )
        return value

    def is_party(self, on: dt.date) -> bool:
        """Whether the Statute is in force for this State on `on`, after any withdrawal."""
        became_party = self.in_force or self.party_confirmed_on
        if became_party is None or became_party > on:
            return False
        return self.withdrawal is None or not self.withdrawal.left_by(on)
