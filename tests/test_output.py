"""output: the files of OUTDIR and their exact shapes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from mou_extract.model import (
    AgreementType,
    DocumentResult,
    ErrorRecord,
    Event,
    EventType,
    Party,
    PartyKind,
    Record,
    Sector,
    Term,
)
from mou_extract.output import (
    RECORD_COLUMNS,
    JsonlWriter,
    read_jsonl_prefix,
    record_rows,
    write_documents_jsonl,
    write_errors_jsonl,
    write_records_csv,
)

DOC = DocumentResult(
    doc_id="kawasaki-biom",
    doc_date="2020-02-12",
    records=[
        Record(
            agreement_type=AgreementType.MOU,
            title="経済交流に関する覚書",
            parties=[
                Party("川崎市", PartyKind.MUNICIPALITY, "JP"),
                Party("BioM", PartyKind.ORGANIZATION, "DE"),
                Party("某財団", PartyKind.ORGANIZATION, None),
            ],
            events=[Event(EventType.SIGNED, "2017-11"), Event(EventType.RENEWED, "2020-02-11"), Event(EventType.RENEWED, "2023-02")],
            term=Term(start="2020-02", duration="P3Y"),
            sectors=[Sector.ECONOMY, Sector.LIFE_SCIENCE],
        ),
        Record(agreement_type=AgreementType.SISTER_CITY),
    ],
).to_dict()


def test_record_rows_flatten_one_row_per_record() -> None:
    first, second = record_rows(DOC)
    assert first == {
        "doc_id": "kawasaki-biom",
        "doc_date": "2020-02-12",
        "record": 0,
        "agreement_type": "mou",
        "title": "経済交流に関する覚書",
        "parties": "川崎市 (municipality, JP) / BioM (organization, DE) / 某財団 (organization)",
        "party_names": "川崎市 / BioM / 某財団",
        "party_countries": "JP / DE / ",
        "signed": "2017-11",
        "renewed": "2020-02-11;2023-02",
        "term_start": "2020-02",
        "term_end": "",
        "term_duration": "P3Y",
        "term_renewal": "",
        "sectors": "economy;life_science",
    }
    assert second["record"] == 1 and second["agreement_type"] == "sister_city"
    assert second["parties"] == second["title"] == second["signed"] == ""
    assert list(first) == RECORD_COLUMNS


def test_no_records_no_rows() -> None:
    assert record_rows({"doc_id": "x", "doc_date": None, "records": []}) == []


def test_records_csv_is_utf8_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "records.csv"
    assert write_records_csv([DOC, {"doc_id": "empty", "records": []}], path) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["doc_id"] for r in rows] == ["kawasaki-biom", "kawasaki-biom"]
    assert rows[0]["party_names"] == "川崎市 / BioM / 某財団"
    assert list(rows[0]) == RECORD_COLUMNS


def test_documents_and_errors_jsonl_keep_japanese_readable(tmp_path: Path) -> None:
    write_documents_jsonl([DOC], tmp_path / "documents.jsonl")
    line = (tmp_path / "documents.jsonl").read_text("utf-8")
    assert "川崎市" in line and line.endswith("\n") and line.count("\n") == 1
    assert json.loads(line) == DOC
    err = ErrorRecord(path="in/画像.txt", reason="not a text file: looks like a PNG image", code="binary")
    write_errors_jsonl([err.to_dict()], tmp_path / "errors.jsonl")
    assert json.loads((tmp_path / "errors.jsonl").read_text("utf-8")) == {
        "path": "in/画像.txt", "code": "binary", "reason": "not a text file: looks like a PNG image"}


def test_jsonl_writer_appends(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    with JsonlWriter(path) as w:
        w.write({"a": 1})
    with JsonlWriter(path) as w:
        w.write({"b": "二"})
    assert [obj for _, obj in read_jsonl_prefix(path)] == [{"a": 1}, {"b": "二"}]


def test_read_jsonl_prefix_stops_at_a_torn_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"a": 1}\n{"b": 2}\n{"c": "\xe4\xba')  # killed mid-line, mid-character
    assert [obj for _, obj in read_jsonl_prefix(path)] == [{"a": 1}, {"b": 2}]
    path.write_bytes(b'{"a": 1}\n{"b": \n{"c": 3}\n')  # garbage in the middle: trust only before it
    assert [obj for _, obj in read_jsonl_prefix(path)] == [{"a": 1}]
    assert read_jsonl_prefix(tmp_path / "missing.jsonl") == []
