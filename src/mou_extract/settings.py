"""One settings object for every knob of the pipeline (dateparser style)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything a user may want to change, in one place.

    Attributes:
        use_ner: run GiNZA's NER on agreement sentences whose parties the rules
            could not settle (the model loads lazily, once per Pipeline).
        ner_model: the spaCy package name of the NER model.
        max_bytes: inputs larger than this are refused with an error line.
        reference_date: a fallback reference date (``YYYY[-MM[-DD]]``) for
            yearless dates when a document states no date of its own.
        strict_dates: when true, dates with a ``problem`` note (平成32年) are
            dropped instead of kept with their arithmetic value.
        with_evidence: write ``evidence`` arrays into documents.jsonl.
        ner_batch_size: batch size for GiNZA (memory grows with it).
        ner_max_chars: chunk length handed to GiNZA (Sudachi refuses >49,149 bytes).
    """

    use_ner: bool = True
    ner_model: str = "ja_ginza"
    max_bytes: int = 5_000_000
    reference_date: str | None = None
    strict_dates: bool = False
    with_evidence: bool = True
    ner_batch_size: int = 64
    ner_max_chars: int = 10_000
    extra: dict[str, Any] = field(default_factory=dict)

    def with_(self, **changes: Any) -> "Settings":
        """A copy with some fields changed."""
        return replace(self, **changes)
