"""The pipeline: ingest → normalise → rule stages → NER (only where needed) →
assemble records with evidence.

``Pipeline`` holds what is expensive to build (compiled tables, the gazetteer,
GiNZA once it is first needed) and is reused across documents; it keeps no
per-document state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Protocol

from .dates import find_dates, find_periods
from .docdate import find_doc_date
from .model import DocumentResult, Event, Evidence, Party, PartyKind, PartyMention, Record, Sector
from .normalize import (NormalizedText, blank_page_furniture, close_word_spaces, join_phrase_lines, split_side_by_side, write_kana_date_units, blank_related_links, box_tables, close_spaced_dates, convert_foreign_years, strip_line_ends, unbracket_headline, undouble_spacing, drop_page_breaks, untab_indents, unify_bullets, unify_quotes, fill_ditto_cells, join_date_columns, mark_csv_columns, drop_inline_readings, drop_ruby, join_cell_lines, join_particle_lines, join_row_continuations, join_spaced_letters, join_split_dates, mark_aligned_columns, mark_leader_dots, mark_tab_columns,
                        mark_pipe_columns, mark_spaced_columns, normalize, join_centred_title, surface, unify_punctuation, unwrap_hanging, unwrap_latin, unwrap_lines, unwrap_paragraphs)
from .records import RecordAssembler, iter_evidence_fields, to_term
from .settings import Settings


class Source(Protocol):
    """What the pipeline needs of an ingested document (``ingest.SourceDocument``)."""

    doc_id: str
    source_text: str
    text: str

    def to_source(self, start: int, end: int) -> tuple[int, int]: ...


@dataclass(frozen=True, slots=True)
class PlainText:
    """A text given directly (the Python API): its own source, identity map."""

    doc_id: str
    text: str

    @property
    def source_text(self) -> str:
        return self.text

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        return start, end


class Pipeline:
    """Extract agreement records from documents.

    Example::

        from mou_extract import Pipeline
        result = Pipeline().extract("横浜市と渋谷区は、本日、連携協定を締結しました。", doc_id="x")
        result.to_dict()   # one line of documents.jsonl
    """

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()
        from . import parties as parties_mod

        self._parties = parties_mod
        self._ner_runner = None
        ner_fn: Callable[[str, int], list[PartyMention]] | None = self._ner if self.settings.use_ner else None
        self._assembler = RecordAssembler(same_party=parties_mod.same_party, ner=ner_fn)

    # NER is loaded the first time a sentence needs it, then kept.
    def _ner(self, sentence: str, offset: int) -> list[PartyMention]:
        if self._ner_runner is None:
            from .ner import NerRunner

            self._ner_runner = NerRunner(
                model=self.settings.ner_model,
                batch_size=self.settings.ner_batch_size,
                max_chars=self.settings.ner_max_chars,
            )
        try:
            found = self._ner_runner.ner_party_mentions(sentence, offset)
        except (OSError, ImportError):  # model not installed: rules only
            self._ner_runner = _NoNer()
            return []
        return [m for m in found if plausible_ner_party(m, sentence, offset)]

    def extract(self, text: str, doc_id: str = "doc") -> DocumentResult:
        """Extract the records of a text given as a string."""
        return self.extract_document(PlainText(doc_id, text))

    def extract_document(self, src: Source) -> DocumentResult:
        """Extract the records of an ingested document; evidence offsets index
        ``src.source_text``."""
        wrapped = _apply(normalize(src.text), _LAYOUT_STEPS)
        unwrapped = unwrap_lines(wrapped)
        if unwrapped is wrapped:
            unwrapped = unwrap_hanging(unwrap_paragraphs(wrapped))  # a page broken by hand, not at one width
        norm = _apply(unwrapped, _READING_STEPS)
        text = norm.text
        dates = find_dates(text)
        periods = find_periods(text)
        dd = find_doc_date(text, dates)
        doc_date = dd.value if dd else None
        mentions = self._parties.find_party_mentions(text)
        drafts = self._assembler.assemble(text, mentions, dates, periods, doc_date or self.settings.reference_date)
        records = []
        for d in drafts:
            evidence = [self._evidence(src, norm, name, f.start, f.end) for name, f in iter_evidence_fields(d)]
            rec = Record(
                agreement_type=d.agreement_type.value,  # type: ignore[arg-type]
                title=surface(norm, d.title.value, d.title.start, d.title.end) if d.title else None,  # type: ignore[arg-type]
                parties=[Party(surface(norm, p.name, p.start, p.end), p.kind, p.country, aliases) for p, aliases in d.parties],
                events=[f.value for f in d.events if isinstance(f.value, Event)],
                term=to_term(d),
                sectors=list(dict.fromkeys(f.value for f in d.sectors if isinstance(f.value, Sector))),  # a set in the schema
                evidence=evidence if self.settings.with_evidence else [],
            )
            records.append(rec)
        doc_ev = self._evidence(src, norm, "doc_date", dd.start, dd.end) if dd else None
        return DocumentResult(src.doc_id, doc_date, records, doc_ev)

    @staticmethod
    def _evidence(src: Source, norm: NormalizedText, name: str, start: int, end: int) -> Evidence:
        s, e = norm.to_original(start, end)
        s, e = src.to_source(s, e)
        return Evidence(name, s, e, src.source_text[s:e])


Step = Callable[[NormalizedText], NormalizedText]

# Normalisation in order: the page's own layout read first (a copy's trailing blanks, double spacing, page
# breaks and tab indents evened out, bullets, brackets and quotes read one way, furniture dropped, years of
# other calendars and spaced-out dates written plainly, tables given their cell borders, letter-spaced
# words and centred titles made whole), before its lines are joined ...
_LAYOUT_STEPS: tuple[Step, ...] = (
    strip_line_ends, undouble_spacing, split_side_by_side, drop_page_breaks, untab_indents, unify_bullets, unbracket_headline,
    blank_page_furniture, mark_csv_columns, unify_punctuation, unify_quotes, convert_foreign_years, write_kana_date_units, close_spaced_dates,
    join_spaced_letters, box_tables, mark_leader_dots, mark_tab_columns, mark_pipe_columns, join_cell_lines,
    join_centred_title, unwrap_latin,
)
# ... and after: rows and dates run on, columns found, table cells completed, readings and link lists dropped
_READING_STEPS: tuple[Step, ...] = (
    join_row_continuations, join_split_dates, join_particle_lines, mark_aligned_columns, mark_spaced_columns,
    fill_ditto_cells, join_date_columns, drop_inline_readings, drop_ruby, join_phrase_lines, close_word_spaces, blank_related_links,
)


def _apply(nt: NormalizedText, steps: tuple[Step, ...]) -> NormalizedText:
    for step in steps:
        nt = step(nt)
    return nt


# generic words, buildings, departments and delegations; a post (州産業大臣, 総領事) is a person,
# and a capital or seat named by its role (州都オースティン) describes a place, not a signatory
_NER_REJECT = re.compile(r"^(?:両|各|同|本|当|友好|姉妹|州都|首都|省都|県都)|取決|取り決め|役所|役場|庁舎|会議室|ホール|会館|センター$"
                         r"|(?:課|係|室|担当|部署|事務局)$|(?:訪問団|代表団|使節団|視察団|派遣団|一行|団員)$"
                         r"|(?:大臣|長官|知事|市長|町長|村長|区長|議長|総領事|領事|大使|社長|学長|理事長|会長|議員)$"
                         r"|^[^\u30a0-\u30ffA-Za-z\u4e00-\u9fff]")
_NER_SLOT = re.compile(r"^\s*(?:と(?:の)?|及び|および|並びに|、|は|が|との間)")


def plausible_ner_party(m: PartyMention, sentence: str, offset: int) -> bool:
    """GiNZA's entity is taken as a party only where a party stands: joined to
    another name by と/及び/、, or as the subject (は/が) — and never a generic
    word (両県, 友好県省), a building, or a bare prefecture stem (京都)."""
    name = m.name.strip()
    if len(name) < 2 or _NER_REJECT.search(name):
        return False
    if m.kind in (PartyKind.MUNICIPALITY, PartyKind.REGION) and m.country in (None, "JP") and not re.search(r"[市区町村県府都道州省郡]$", name):
        return False
    if m.country in (None, "JP") and re.fullmatch(r"[\u4e00-\u9fff]+郡", name):
        return False  # a Japanese district (氷上郡) has no government of its own to sign anything
    after = sentence[m.end - offset : m.end - offset + 4]
    before = sentence[max(0, m.start - offset - 3) : m.start - offset]
    return bool(_NER_SLOT.match(after) or re.search(r"(?:と|及び|、)\s*$", before))


class _NoNer:
    def ner_party_mentions(self, sentence: str, offset: int) -> list[PartyMention]:
        return []
