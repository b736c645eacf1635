"""The one set of record types used by every stage.

Every extracted thing carries a half-open character interval ``[start, end)``.
Mentions produced by the rule stages hold offsets into the text they were run
on; the pipeline maps them back to the *original decoded text* before they
become :class:`Evidence`, so evidence offsets always index the original.

The dict shapes produced by ``to_dict`` are exactly those of
``../shared/spec/document.schema.json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Literal


class AgreementType(str, Enum):
    SISTER_CITY = "sister_city"
    FRIENDSHIP_CITY = "friendship_city"
    MOU = "mou"
    PARTNERSHIP_AGREEMENT = "partnership_agreement"
    JOINT_DECLARATION = "joint_declaration"
    LETTER_OF_INTENT = "letter_of_intent"
    BASIC_AGREEMENT = "basic_agreement"
    OTHER = "other"


class PartyKind(str, Enum):
    MUNICIPALITY = "municipality"
    REGION = "region"
    COUNTRY = "country"
    ORGANIZATION = "organization"


class EventType(str, Enum):
    SIGNED = "signed"
    RENEWED = "renewed"


class Sector(str, Enum):
    ECONOMY = "economy"
    MEDICAL = "medical"
    LIFE_SCIENCE = "life_science"
    ENVIRONMENT = "environment"
    ENERGY = "energy"
    DIGITAL = "digital"
    MANUFACTURING = "manufacturing"
    FOOD = "food"
    AGRICULTURE = "agriculture"
    TOURISM = "tourism"
    CULTURE = "culture"
    EDUCATION = "education"
    RESEARCH = "research"
    PEOPLE_EXCHANGE = "people_exchange"
    DISASTER = "disaster"
    SPORTS = "sports"
    PORT_LOGISTICS = "port_logistics"
    AVIATION = "aviation"
    STARTUP_INNOVATION = "startup_innovation"
    URBAN_DEVELOPMENT = "urban_development"
    WELFARE = "welfare"


PeriodKind = Literal["range", "duration", "renewal", "fiscal_year"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open interval ``[start, end)`` of some text, with that text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class DateMention:
    """A calendar date written in the text.

    ``value`` is ISO 8601 at the precision written (``YYYY``, ``YYYY-MM`` or
    ``YYYY-MM-DD``) or ``None`` when the date is impossible; ``problem`` then
    says why. A date that is valid but odd (平成32年 used after the era ended)
    keeps its value *and* a problem note. ``inferred`` is true when part of the
    value (the year, or the whole date for 本日/同日) came from ``ref``.
    """

    start: int
    end: int
    text: str
    value: str | None
    era: str | None = None
    problem: str | None = None
    inferred: bool = False

    @property
    def precision(self) -> int:
        """1 for a year, 2 for a month, 3 for a day, 0 for no value."""
        return 0 if self.value is None else self.value.count("-") + 1


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A range, a duration, a renewal clause or a fiscal year.

    ``kind`` says which; the fields that apply are set:
    range → ``start_value``/``end_value`` (either may be None for open ranges),
    duration → ``duration`` (ISO 8601, ``P3Y``), renewal → ``renewal``
    (``P1Y`` or ``auto``), fiscal_year → ``start_value``/``end_value`` for the
    first and last day of the 年度 (April to March).
    """

    start: int
    end: int
    text: str
    kind: PeriodKind
    start_value: str | None = None
    end_value: str | None = None
    duration: str | None = None
    renewal: str | None = None
    problem: str | None = None


@dataclass(frozen=True, slots=True)
class PartyMention:
    """A candidate party found in the text (not yet known to be a signatory).

    ``name`` is the canonical surface form (NFKC, the locating prefix removed);
    ``source`` says which stage found it (``gazetteer``, ``pattern``, ``ner``).
    """

    start: int
    end: int
    text: str
    name: str
    kind: PartyKind
    country: str | None
    source: str = "pattern"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where in the original document a value was found."""

    field: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class Party:
    name: str
    kind: PartyKind
    country: str | None
    aliases: list[str] = field(default_factory=list)

    def to_dict(self, *, with_aliases: bool = False) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "kind": self.kind.value, "country": self.country}
        if with_aliases and self.aliases:
            d["aliases"] = list(self.aliases)
        return d


@dataclass(slots=True)
class Event:
    type: EventType
    date: str

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type.value, "date": self.date}


@dataclass(slots=True)
class Term:
    start: str | None = None
    end: str | None = None
    duration: str | None = None
    renewal: str | None = None

    def is_empty(self) -> bool:
        return not any((self.start, self.end, self.duration, self.renewal))

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "duration": self.duration, "renewal": self.renewal}


@dataclass(slots=True)
class Record:
    agreement_type: AgreementType
    title: str | None = None
    parties: list[Party] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    term: Term | None = None
    sectors: list[Sector] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)

    def to_dict(self, *, with_evidence: bool = True) -> dict[str, Any]:
        d: dict[str, Any] = {
            "agreement_type": self.agreement_type.value,
            "title": self.title,
            "parties": [p.to_dict() for p in self.parties],
            "events": [e.to_dict() for e in self.events],
        }
        if self.term is not None and not self.term.is_empty():
            d["term"] = self.term.to_dict()
        d["sectors"] = [s.value for s in self.sectors]
        if with_evidence:
            d["evidence"] = [e.to_dict() for e in self.evidence]
        return d


@dataclass(slots=True)
class DocumentResult:
    """One document's result: one line of ``documents.jsonl``."""

    doc_id: str
    doc_date: str | None = None
    records: list[Record] = field(default_factory=list)
    doc_date_evidence: Evidence | None = None

    def to_dict(self, *, with_evidence: bool = True) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "doc_date": self.doc_date,
            "records": [r.to_dict(with_evidence=with_evidence) for r in self.records],
        }


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """One input that could not be processed: one line of ``errors.jsonl``."""

    path: str
    reason: str
    code: str

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "code": self.code, "reason": self.reason}
