"""Crimes, Rome Statute articles and legal terms: what a word or a provision means."""

from __future__ import annotations

from actions.common import Answer, sources_button
from actions.formatting import fit
from actions.kinds.base import MAX_WORDS, Kind
from bot.knowledge import Article, Crime, GlossaryTerm
from bot.knowledge.schema import RecordKind, RecordQuestion


def meaning(record: Crime | Article | GlossaryTerm) -> tuple[str, str]:
    """The heading and the plain-words explanation of a crime, an article or a term."""
    if isinstance(record, Crime):
        return f"{record.name} (Article {', '.join(record.articles)}):", record.definition
    if isinstance(record, Article):
        return f"{record.name}:", record.summary
    return f"{record.name}:", record.definition


class DefinitionKind(Kind):
    records = (Crime, Article, GlossaryTerm)
    about = RecordKind.definition
    intents = ("define_term", "crimes")

    def overview(self, record: Crime | Article | GlossaryTerm) -> Answer:
        heading, explanation = meaning(record)
        body, _ = fit(heading, explanation, limit=MAX_WORDS)
        return Answer.about(
            [record],
            body,
            subject=record.id,
            question="definition_overview",
            buttons=[sources_button()],
        )

    def more(self, record: Crime | Article | GlossaryTerm) -> str | None:
        heading, explanation = meaning(record)
        body, has_more = fit(heading, explanation, limit=MAX_WORDS)
        if has_more:
            return explanation[len(body) - len(heading) - 1 :].strip() or None
        examples = getattr(record, "examples", [])
        return "\n".join(f"- {e}" for e in examples) or None

    def definition_overview(self, record, question: RecordQuestion) -> Answer:
        return self.overview(record)
