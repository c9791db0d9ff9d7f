"""States: membership of the Rome Statute, signature, withdrawal, declarations."""

from __future__ import annotations

import datetime as dt
import re

from actions.common import Answer, ask_button, kb, numbered_answer
from actions.formatting import fit, human_date, numbered
from actions.kinds.base import MAX_WORDS, Kind
from actions.kinds.situation import SituationKind
from actions.texts import text
from bot.knowledge import State
from bot.knowledge.schema import RecordKind, RecordQuestion, WithdrawalOutcome

VERDICT_WORD = re.compile(r"^(Yes|No|Not yet)\.\s+")


def membership_sentence(record: State, day: dt.date) -> str:
    """Whether `record` is a State Party on `day`, and what became of any notice to leave."""
    left = record.withdrawal
    if left is not None and left.left_by(day):
        return text("withdrawal.left", name=record.name, effective=human_date(left.effective))
    if left is not None and left.in_doubt(day):
        return withdrawal_sentence(record, day)  # it says why it is still counted a party
    sentence = _party_sentence(record, day)
    return f"{sentence} {withdrawal_sentence(record, day)}".strip()


def _party_sentence(record: State, day: dt.date) -> str:
    name = record.name
    if record.is_party(day):
        if record.in_force and record.joined and record.joined_by:
            how = {
                "ratification": "ratified",
                "accession": "acceded to",
                "succession": "succeeded to",
            }[record.joined_by.value]
            return (
                f"Yes. {name} is a State Party: it {how} the Rome Statute on "
                f"{human_date(record.joined)}, and the Statute has applied to it since "
                f"{human_date(record.in_force)}."
            )
        if record.in_force:
            return (
                f"Yes. {name} is a State Party: the Rome Statute has applied to it since "
                f"{human_date(record.in_force)}."
            )
        return f"Yes. {name} is a State Party."
    if record.signed:
        return (
            f"No. {name} signed the Rome Statute on {human_date(record.signed)} but is not "
            "a State Party."
        )
    return f"No. {name} is not a State Party to the Rome Statute."


def withdrawal_sentence(record: State, day: dt.date) -> str:
    """What the data says of a State's notice of withdrawal: nothing when there is none."""
    left = record.withdrawal
    if left is None:
        return ""
    fields = {
        "name": record.name,
        "notified": human_date(left.notified) if left.notified else "",
        "effective": human_date(left.effective),
        "revoked": human_date(left.revoked) if left.revoked else "",
    }
    if left.left_by(day):
        return text("withdrawal.took_effect", **fields)
    if left.outcome == WithdrawalOutcome.revoked:
        return text("withdrawal.revoked_on" if left.revoked else "withdrawal.revoked", **fields)
    if left.in_doubt(day):
        return text("withdrawal.unconfirmed", **fields)
    return text("withdrawal.pending" if left.notified else "withdrawal.pending_listed", **fields)


def withdrawals(day: dt.date, settled: bool) -> tuple[list[State], list[str]]:
    """The States with a notice of withdrawal and a sentence on each: those that left (oldest
    first), then those that revoked it (`settled`); or those whose notice is pending or in
    doubt."""

    def order(state: State) -> tuple[bool, dt.date | None]:
        left = state.withdrawal
        assert left is not None
        return not left.left_by(day), left.notified or left.effective

    chosen = sorted(
        (s for s in kb().states() if s.withdrawal and s.withdrawal.settled_by(day) == settled),
        key=order,
    )
    return chosen, [withdrawal_sentence(s, day) for s in chosen]


class StateKind(Kind):
    records = (State,)
    about = RecordKind.state
    intents = ("membership_check", "states_parties", "situation_info")

    def overview(self, record: State, today: dt.date | None = None) -> Answer:
        day = today or dt.date.today()
        extras = [record.withdrawal.note if record.withdrawal else None, record.note]
        extras += [
            f"On {human_date(d.date)} it made an Article 12(3) declaration: {d.summary}"
            for d in record.declarations
        ]
        body, _ = fit(membership_sentence(record, day), *extras, limit=MAX_WORDS)
        return self.reply(record, body, "state_membership")

    def next_questions(self, record: State) -> list[dict]:
        if kb().situations_in(record.id):
            return [
                ask_button(f"ICC work in {record.name}?", "state_situations", country=record.id)
            ]
        return []

    def more(self, record: State) -> str | None:
        return record.note or (record.withdrawal.note if record.withdrawal else None)

    def state_membership(self, record: State, question: RecordQuestion) -> Answer:
        return self.overview(record)

    def state_signature(self, record: State, question: RecordQuestion) -> Answer:
        if record.signed:
            body = f"Yes. {record.name} signed the Rome Statute on {human_date(record.signed)}."
            if record.signature_withdrawn:
                body += (
                    f" It later said it did not intend to become a party "
                    f"({human_date(record.signature_withdrawn)})."
                )
        else:  # every State was checked against the UN's table of signatures
            body = text("not_signed", name=record.name)
        membership = VERDICT_WORD.sub("", membership_sentence(record, dt.date.today()))
        body, _ = fit(body, membership, record.note, limit=MAX_WORDS)  # one "Yes." or "No."
        return Answer.about([record], body, subject=record.id, question=question.id)

    def state_withdrawal(self, record: State, question: RecordQuestion) -> Answer:
        day = dt.date.today()
        if record.withdrawal is None:
            body = f"{text('withdrawal.none', name=record.name)} {_party_sentence(record, day)}"
            return Answer.about([record], body, subject=record.id, question=question.id)
        body, _ = fit(withdrawal_sentence(record, day), record.withdrawal.note, limit=90)
        return Answer.about([record], body, subject=record.id, question=question.id)

    def state_declaration(self, record: State, question: RecordQuestion) -> Answer:
        if not record.declarations:
            body = (
                f"My records show no Article 12(3) declaration by {record.name}. "
                f"{membership_sentence(record, dt.date.today())}"
            )
            return Answer.about([record], body, subject=record.id, question=question.id)
        lines = [f"{human_date(d.date)}: {d.summary}" for d in record.declarations]
        body = f"{record.name} made an Article 12(3) declaration:\n{numbered(lines)}"
        return Answer.about([record], body, subject=record.id, question=question.id)

    def state_situations(self, record: State, question: RecordQuestion) -> Answer:
        situations = kb().situations_in(record.id)
        if len(situations) == 1:
            return SituationKind().overview(situations[0])
        if situations:
            lines = [f"{s.name} ({text(f'situation_status.{s.status.value}')})" for s in situations]
            return numbered_answer(
                text("situation_list", name=record.name),
                situations,
                lines,
                situations,
                subject=record.id,
                question=question.id,
            )
        answer = self.overview(record)
        answer.body = f"{text('no_situation', name=record.name)} {answer.body}"
        answer.question = question.id
        return answer
