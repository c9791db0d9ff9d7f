"""What every kind of record answers alike: its facets, its key dates, the articles it cites."""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from typing import Any, ClassVar

from actions.common import Answer, ask_button, kb, sources_button
from actions.formatting import fit, human_date, name_list
from actions.texts import text
from bot.knowledge import Article, Record
from bot.knowledge.schema import Facet, KeyDate, RecordKind, RecordQuestion

ARTICLE_NUMBER = re.compile(r"\bArticles?\s+(\d+(?:\s*(?:bis|ter))?)", re.IGNORECASE)
MAX_WORDS = 120
FACET_BUTTONS = 2


class Kind(ABC):
    """How one kind of record is answered. Each question of `record_questions.yml` about this
    kind is answered by the method with the question's id."""

    records: ClassVar[tuple[type[Record], ...]]
    about: ClassVar[RecordKind]
    intents: ClassVar[tuple[str, ...]] = ()  # the question kinds asked about such records

    def asked_under(self, record: Any) -> tuple[str, ...]:
        return self.intents

    @abstractmethod
    def overview(self, record: Any) -> Answer:
        """The natural answer about the record when no specific question is asked."""

    def more(self, record: Any) -> str | None:
        """The rest, for "tell me more"."""
        return None

    def next_questions(self, record: Any) -> list[dict[str, Any]]:
        """Buttons for what people usually ask next about such a record."""
        return []

    def reply(self, record: Any, body: str, question_id: str, also: tuple = ()) -> Answer:
        """An answer about `record` (and the records `also` cites), with its next questions."""
        return Answer.about(
            [record, *also],
            body,
            subject=record.id,
            question=question_id,
            buttons=self.next_questions(record),
        )

    def answers(self, question: RecordQuestion) -> bool:
        return question.about in (self.about, RecordKind.any) and hasattr(self, question.id)

    def answer(
        self, record: Any, question: RecordQuestion, previous: str | None = None
    ) -> Answer | None:
        handler = getattr(self, question.id, None)
        if handler is None:
            return None
        if question.about == RecordKind.any:
            return handler(record, question, previous)
        return handler(record, question)

    def facet(self, record: Record, facet: Facet) -> Answer:
        """A facet's own answer, with its own sources, and its siblings as next questions."""
        siblings = [f for f in record.facets if f.id != facet.id][:FACET_BUTTONS]
        return Answer(
            facet.answer,
            facet.sources,
            facet.as_of,
            [*(ask_button(f.question, f.id) for f in siblings), sources_button()],
            subject=record.id,
            question=facet.id,
            listed=list(facet.items) or None,  # "the last one" after the organs it names
        )

    def events(self, record: Any, question: RecordQuestion) -> list[KeyDate]:
        """The record's key dates whose text mentions one of the question's words."""
        words = [w.lower() for w in question.events]
        dates = getattr(record, "key_dates", [])
        return [d for d in dates if any(re.search(rf"\b{w}", d.event.lower()) for w in words)]

    def timeline(self, record: Any, question: RecordQuestion, what: str) -> Answer:
        """The matching key dates as sentences, or an honest "no such event" with the overview."""
        found = self.events(record, question)
        if not found:
            overview = self.overview(record)
            overview.body = f"{text('no_events', name=record.name, what=what)} {overview.body}"
            overview.question = question.id
            return overview
        body = dated(found[-4:])
        return Answer.about(
            [record],
            f"{record.name}. {body}",
            subject=record.id,
            question=question.id,
            buttons=[sources_button()],
        )

    def definition_articles(
        self, record: Record, question: RecordQuestion, previous: str | None
    ) -> Answer:
        """ "Which article says that?": the articles the last answer rests on."""
        said = _said(record, previous)
        numbers = list(dict.fromkeys(m.strip() for m in ARTICLE_NUMBER.findall(said)))
        articles = [a for n in numbers if (a := _article(n)) is not None]
        if not articles:
            return Answer.about(
                [record],
                text("no_articles", name=record.name),
                subject=record.id,
                question=question.id,
            )
        names = name_list([f"Article {a.number}" for a in articles])  # type: ignore[attr-defined]
        first = articles[0]
        body = f"{text('in_articles', articles=names)} {first.name}: {first.summary}"  # type: ignore[attr-defined]
        return Answer.about(  # a side question: the conversation stays on the last subject
            articles[:2],
            _shorten(body),
            subject=record.id,
            question=previous or question.id,
            buttons=[sources_button()],
        )


def dated(events: list[KeyDate]) -> str:
    """ "6 May 2021: Sentenced to 25 years." for each event, in one paragraph."""
    return " ".join(f"{human_date(d.date)}: {d.event.rstrip('.')}." for d in events)


def _said(record: Record, previous: str | None) -> str:
    """What the last answer said: the facet's answer, or if it cites no article, the record's
    own text ("which article defines it?" after when aggression became triable)."""
    found = kb().facet(previous) if previous else None
    if found and ARTICLE_NUMBER.search(found[1].answer):
        return found[1].answer
    parts = [getattr(record, name, "") or "" for name in ("answer", "summary", "definition")]
    articles = getattr(record, "articles", [])
    return " ".join(parts) + "".join(f" Article {a}" for a in articles)


def _article(number: str) -> Article | None:
    for article in kb().all("articles"):
        if article.number.replace(" ", "") == number.replace(" ", ""):  # type: ignore[attr-defined]
            return article  # type: ignore[return-value]
    return None


def _shorten(body: str, limit: int = MAX_WORDS) -> str:
    return fit(body, limit=limit)[0]
