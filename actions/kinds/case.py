"""Cases: proceedings against named people within a situation."""

from __future__ import annotations

from actions.common import Answer, ask_button, sources_button
from actions.formatting import fit, human_date, numbered
from actions.kinds.base import MAX_WORDS, Kind
from actions.texts import text
from bot.knowledge import Case
from bot.knowledge.schema import RecordKind, RecordQuestion


def reparations_in(record: Case) -> Answer:
    if not record.reparations:
        return Answer.about(
            [record],
            text("no_reparations", name=record.name),
            subject=record.id,
            question="case_reparations",
        )
    body, _ = fit(f"{text('reparations_in', name=record.name)} {record.reparations}", limit=90)
    return Answer.about(
        [record], body, subject=record.id, question="case_reparations", buttons=[sources_button()]
    )


class CaseKind(Kind):
    records = (Case,)
    about = RecordKind.case
    intents = ("case_info", "cases_overview", "reparations")

    def overview(self, record: Case) -> Answer:
        body, _ = fit(f"{record.name}:", record.summary, limit=MAX_WORDS)
        return self.reply(record, body, "case_overview")

    def next_questions(self, record: Case) -> list[dict]:
        asks = [("case_charges", "What are the charges?"), ("case_stage", "Where does it stand?")]
        if record.reparations:
            asks.append(("case_reparations", "Reparations for victims?"))
        return [ask_button(title, id_, case=record.id) for id_, title in asks]

    def more(self, record: Case) -> str | None:
        events = [f"{human_date(k.date)}: {k.event}" for k in record.key_dates]
        return "\n".join(filter(None, [record.charges, numbered(events, limit=8)])) or None

    def case_overview(self, record: Case, question: RecordQuestion) -> Answer:
        return self.overview(record)

    def case_charges(self, record: Case, question: RecordQuestion) -> Answer:
        body, _ = fit(f"{record.name}: {record.charges}", limit=90)
        return self.reply(record, body, question.id)

    def case_stage(self, record: Case, question: RecordQuestion) -> Answer:
        stage = text(f"case_stages.{record.stage.value}")
        lead = text("case_stage", name=record.name, stage=stage)
        latest = record.key_dates[-1:] if record.key_dates else []
        tail = " ".join(f"Latest: {human_date(d.date)}, {d.event.rstrip('.')}." for d in latest)
        return self.reply(record, f"{lead} {tail}".strip(), question.id)

    def case_timeline(self, record: Case, question: RecordQuestion) -> Answer:
        return self.timeline(record, question, "such event")

    def case_reparations(self, record: Case, question: RecordQuestion) -> Answer:
        return reparations_in(record)
