"""People: the accused, and the holders of the Court's offices."""

from __future__ import annotations

import re
from functools import lru_cache

from actions.common import Answer, ask_button, kb, numbered_answer, sources_button
from actions.formatting import SENTENCE_END, fit, human_date, numbered
from actions.kinds.base import MAX_WORDS, Kind, dated
from actions.kinds.case import reparations_in
from actions.texts import text
from bot.knowledge import Case, Person, PersonStatus
from bot.knowledge.schema import RecordKind, RecordQuestion

# Where the head of a case's charges ends: "Convicted of 18 counts, including murder...".
CHARGES_HEAD = re.compile(r", including\b|[:;]|\. ")
# The record questions an office holder answers from the record (its dates, where the person
# is from); any other is about charges, trials or sentences, which an office holder has none of.
OFFICE_HOLDER_QUESTIONS = ("person_election", "person_votes", "person_origin")
# What follows a State's name cut before its last vowel in the word for its people.
DEMONYM_ENDINGS = frozenset(
    ["", "a", "e", "o", "i", "n", "an", "ian", "ean", "ese", "ine", "ish", "olese"]
)


def status_of(person: Person) -> str:
    if person.reported_dead is not None and person.status == PersonStatus.at_large:
        death = person.reported_dead
        return text("status.reported_dead", date=human_date(death.date), by=death.reported_by)
    return text(f"status.{person.status.value}") if person.status else ""


def _convicted_of(case: Case) -> str | None:
    """What the case's charges say the person was convicted of, in a few words ("61 crimes
    (crimes against humanity and war crimes)"), or None when they read as no such phrase."""
    clause = CHARGES_HEAD.split(case.charges, maxsplit=1)[0].strip().rstrip(".")
    if clause.lower().startswith("convicted of "):
        return clause[len("convicted of ") :]
    if "convicted" in clause.lower():
        return None  # "Yekatom was convicted of 20 counts and Ngaissona of 28"
    return clause[:1].lower() + clause[1:]


class PersonKind(Kind):
    records = (Person,)
    about = RecordKind.person
    intents = ("case_info", "fugitives", "penalties", "reparations")

    def overview(self, record: Person) -> Answer:
        if record.status is None:  # an office holder
            now = record.status_detail if record.former else None  # "removed on 24 July 2026"
            body, has_more = fit(
                f"{record.name}, {record.position}.", now, record.summary, limit=MAX_WORDS
            )
            return Answer.about(
                [record],
                body,
                subject=record.id,
                question="person_overview",
                buttons=[sources_button()],
            )
        lead = f"{record.name} {status_of(record)}."
        if record.sentence_years:
            lead = (
                f"{record.name} {status_of(record)} and sentenced to "
                f"{record.sentence_years:g} years."
            )
        body, _ = fit(lead, record.summary, record.status_detail, limit=MAX_WORDS)
        return self.reply(record, body, "person_overview")

    def answer(
        self, record: Person, question: RecordQuestion, previous: str | None = None
    ) -> Answer | None:
        if (
            record.status is None
            and question.about == RecordKind.person
            and question.id not in OFFICE_HOLDER_QUESTIONS
        ):
            return self.overview(record)  # an office holder: no charges, trial or sentence
        answer = super().answer(record, question, previous)
        if answer is not None and record.reported_dead is not None:
            death = f"{record.name} {status_of(record)}."
            if status_of(record) not in answer.body:  # "is he still wanted?" of a dead man
                answer.body = f"{death} {answer.body}"
        return answer

    def next_questions(self, record: Person) -> list[dict]:
        if record.status is None:
            return [sources_button()]  # an office holder: no charges, nor a prison
        asks = [
            ("person_charges", "What is the charge?"),
            ("person_whereabouts", "Where is this person now?"),
        ]
        if record.status == PersonStatus.convicted:
            asks.insert(0, ("person_sentence", "What was the sentence?"))
        if any(c.reparations for c in kb().cases_of(record.id)):
            asks.append(("person_reparations", "Reparations for victims?"))
        return [ask_button(title, id_, person=record.id) for id_, title in asks[:3]]

    def more(self, record: Person) -> str | None:
        events = [f"{human_date(k.date)}: {k.event}" for k in record.key_dates]
        parts = [record.status_detail, numbered(events, limit=8) if events else ""]
        return "\n".join(filter(None, parts)) or None

    def person_overview(self, record: Person, question: RecordQuestion) -> Answer:
        return self.overview(record)

    def person_verdict(self, record: Person, question: RecordQuestion) -> Answer:
        acquitted = record.status == PersonStatus.acquitted
        words = ("acquitted",) if acquitted else ("convicted", "acquitted", "guilty")
        verdicts = [d for d in record.key_dates if any(w in d.event.lower() for w in words)]
        final = verdicts[-1:] if acquitted else verdicts[:1]  # an acquittal on appeal is final
        when = f" on {human_date(final[0].date)}" if final else ""
        cases = kb().cases_of(record.id)[:1]
        of = _convicted_of(cases[0]) if cases and record.status == PersonStatus.convicted else None
        key = "verdict.convicted_of" if of else f"verdict.{record.status.value}"
        lead = text(key, name=record.name, when=when, status=status_of(record), of=of)
        body, _ = fit(lead, record.status_detail, limit=70)
        return self.reply(record, body, question.id, tuple(cases) if of else ())

    def person_sentence(self, record: Person, question: RecordQuestion) -> Answer:
        if not record.sentence_years:
            if record.status == PersonStatus.convicted and record.status_detail:
                return self.reply(record, f"{record.name}: {record.status_detail}", question.id)
            lead = text("no_sentence", name=record.name, status=status_of(record))
            return self.reply(record, fit(lead, record.status_detail, limit=60)[0], question.id)
        found = self.events(record, question)
        when = f" on {human_date(found[0].date)}" if found else ""
        lead = text("sentenced", name=record.name, years=f"{record.sentence_years:g}", when=when)
        return self.reply(record, fit(lead, record.status_detail, limit=70)[0], question.id)

    def person_charges(self, record: Person, question: RecordQuestion) -> Answer:
        cases = kb().cases_of(record.id)
        if not cases:
            return self.overview(record)
        body, _ = fit(f"{record.name} ({cases[0].name}): {cases[0].charges}", limit=90)
        return self.reply(record, body, question.id, tuple(cases[:1]))

    def person_whereabouts(self, record: Person, question: RecordQuestion) -> Answer:
        lead = f"{record.name} {status_of(record)}."
        return self.reply(record, fit(lead, record.status_detail, limit=70)[0], question.id)

    def person_co_accused(self, record: Person, question: RecordQuestion) -> Answer:
        """The others accused in the person's cases, as a list "the first one" can pick from."""
        cases = kb().cases_of(record.id)
        if not cases:
            return self.overview(record)
        people: dict[str, Person] = {}
        shared = [case for case in cases if len(case.accused) > 1]
        for case in shared:
            for person in (kb().get(person_id) for person_id in case.accused):
                if isinstance(person, Person) and person.id != record.id:
                    people.setdefault(person.id, person)
        if not people:  # tried with someone in another case? the case's own words say so
            together = [s for c in cases for s in _sentences_naming_others(c.summary, record)]
            body = " ".join([text("no_co_accused", case=cases[0].name), *together[:1]])
            return self.reply(record, body, question.id, tuple(cases[:1]))
        lines = [
            fit(f"{p.name}: {status_of(p)}.", p.status_detail, limit=30)[0] for p in people.values()
        ]
        return numbered_answer(
            text("co_accused", case=" and ".join(case.name for case in shared)),
            list(people.values()),
            lines,
            [*shared, *people.values()],
            subject=record.id,
            question=question.id,
        )

    def _dated(
        self, record: Person, question: RecordQuestion, what: str, also: str | None = None
    ) -> Answer:
        """The matching key dates, then `also` (the words it takes are added to the limit),
        then where things stand now."""
        cases = kb().cases_of(record.id)
        found = self.events(record, question) or [
            d for case in cases for d in self.events(case, question)
        ]
        now = f"{record.name} {status_of(record)}." if record.status else ""
        if not found:
            lead = text("no_events", name=record.name, what=what)
            body = fit(f"{lead} {now}", record.status_detail, limit=70)[0]
            return self.reply(record, body, question.id)
        lead = f"{record.name}. {dated(found[-3:])}"
        body = fit(lead, also, now, record.status_detail, limit=70 + len((also or "").split()))[0]
        return self.reply(record, body, question.id, tuple(cases[:1]))

    def person_warrant(self, record: Person, question: RecordQuestion) -> Answer:
        """When the warrant was issued, and what for: "is there a warrant for him?" wants both."""
        cases = kb().cases_of(record.id)
        charges = text("charges", charges=cases[0].charges) if cases and cases[0].charges else None
        return self._dated(record, question, "arrest warrant or summons", charges)

    def person_arrest(self, record: Person, question: RecordQuestion) -> Answer:
        if record.status == PersonStatus.at_large:
            lead = text("not_arrested", name=record.name, status=status_of(record))
            return self.reply(record, fit(lead, record.status_detail, limit=70)[0], question.id)
        return self._dated(record, question, "arrest or surrender")

    def person_trial(self, record: Person, question: RecordQuestion) -> Answer:
        return self._dated(record, question, "trial")

    def person_appeal(self, record: Person, question: RecordQuestion) -> Answer:
        return self._dated(record, question, "appeal")

    def person_election(self, record: Person, question: RecordQuestion) -> Answer:
        """ "When was he elected?", "when did she take office?": the dates that say."""
        return self.timeline(record, question, "election")

    def person_votes(self, record: Person, question: RecordQuestion) -> Answer:
        """ "How many votes did he get?": only a date that gives the vote answers it."""
        return self.timeline(record, question, "vote count")

    def person_origin(self, record: Person, question: RecordQuestion) -> Answer:
        """ "Where is she from?": the summary's first sentence that names a State or its
        people ("Fatou Bensouda of The Gambia...", "an Argentine lawyer"), else its first."""
        sentences = SENTENCE_END.split(record.summary.strip())
        origin = next((s for s in sentences if _names_a_state(s)), sentences[0])
        return self.reply(record, origin, question.id)

    def person_reparations(self, record: Person, question: RecordQuestion) -> Answer:
        cases = kb().cases_of(record.id)
        if not cases:
            return self.overview(record)
        answer = reparations_in(cases[0])
        answer.subject, answer.question = record.id, question.id
        return answer


def _sentences_naming_others(summary: str, person: Person) -> list[str]:
    """The sentences of a case summary that name another accused person ("accused over the
    same attack as Germain Katanga, and the two were tried together")."""
    others = [p for p in kb().all("people") if p.id != person.id]
    return [
        sentence
        for sentence in SENTENCE_END.split(summary.strip())
        if any(p.name.split()[-1] in sentence for p in others)
    ]


def _names_a_state(sentence: str) -> bool:
    """A State's name or its people's ("Japan", "Japanese", "Argentine", "Congolese")."""
    capitalised = re.findall(r"\b[A-Z][\w']+", sentence)
    return any(
        w.startswith(stem) and w[len(stem) :] in DEMONYM_ENDINGS
        for w in capitalised
        for stem in _state_stems()
    )


@lru_cache(maxsize=1)
def _state_stems() -> tuple[str, ...]:
    """The last word of each State's name without a final vowel: "Argentin", "Japan"."""
    last_words = (state.name.split()[-1] for state in kb().all("states"))
    return tuple(re.sub(r"[aeiou]$", "", w) for w in last_words if len(w) >= 4)
