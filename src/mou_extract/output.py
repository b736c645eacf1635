"""The files of an output folder, and how each is written.

==================  =============================================================
``documents.jsonl`` one line per document: ``DocumentResult.to_dict()`` (the schema)
``errors.jsonl``    one line per input that could not be processed: path, code, reason
``records.csv``     one row per record, flattened for spreadsheets (UTF-8 with BOM,
                    so Excel shows the Japanese correctly)
``manifest.json``   what the last run did: counts, settings, engine, time
``.state.jsonl``    for ``--resume``: one line per finished input (path, sha256,
                    status, doc_id), written after its result line
==================  =============================================================

Lines are appended one document at a time and flushed to disk (fsync), so a
run killed midway leaves at most one torn last line; :func:`read_jsonl_prefix`
reads the intact lines before it.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

__all__ = [
    "DOCUMENTS_FILE",
    "ERRORS_FILE",
    "MANIFEST_FILE",
    "RECORDS_FILE",
    "RECORD_COLUMNS",
    "STATE_FILE",
    "JsonlWriter",
    "atomic_write_text",
    "dumps_line",
    "iter_jsonl_prefix",
    "read_jsonl_prefix",
    "record_rows",
    "write_errors_jsonl",
    "write_documents_jsonl",
    "write_manifest",
    "write_records_csv",
]

DOCUMENTS_FILE = "documents.jsonl"
ERRORS_FILE = "errors.jsonl"
RECORDS_FILE = "records.csv"
MANIFEST_FILE = "manifest.json"
STATE_FILE = ".state.jsonl"

RECORD_COLUMNS = [
    "doc_id",
    "doc_date",
    "record",
    "agreement_type",
    "title",
    "parties",
    "party_names",
    "party_countries",
    "signed",
    "renewed",
    "term_start",
    "term_end",
    "term_duration",
    "term_renewal",
    "sectors",
]


def dumps_line(obj: Any) -> str:
    """One JSONL line (no trailing newline), keeping Japanese readable."""
    return json.dumps(obj, ensure_ascii=False)


class JsonlWriter:
    """Append JSON lines to a file, each flushed and fsynced before the next.

    Args:
        path: the file (created if missing, appended to otherwise).
        durable: fsync after every line, so a killed run keeps every line it
            reported as written.
    """

    def __init__(self, path: Path, *, durable: bool = True) -> None:
        self.path = Path(path)
        self.durable = durable
        self._f: IO[str] = open(self.path, "a", encoding="utf-8", newline="\n")

    def write(self, obj: dict[str, Any]) -> None:
        self.write_line(dumps_line(obj))

    def write_line(self, line: str) -> None:
        self._f.write(line + "\n")
        self._f.flush()
        if self.durable:
            os.fsync(self._f.fileno())

    def close(self) -> None:
        self._f.close()

    def __enter__(self) -> "JsonlWriter":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def iter_jsonl_prefix(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """Stream the intact lines of a JSONL file as ``(raw line, parsed object)``.

    Reading stops at the first line that is torn (no newline at the end) or
    not a JSON object: everything after a crash point is discarded. A missing
    file gives nothing.
    """
    try:
        f = open(path, "rb")
    except FileNotFoundError:
        return
    with f:
        for raw in f:
            if not raw.endswith(b"\n"):
                return  # torn last line
            try:
                line = raw[:-1].decode("utf-8")
                obj = json.loads(line)
            except (UnicodeDecodeError, json.JSONDecodeError):
                return
            if not isinstance(obj, dict):
                return
            yield line, obj


def read_jsonl_prefix(path: Path) -> list[tuple[str, dict[str, Any]]]:
    """The intact lines of a JSONL file (see :func:`iter_jsonl_prefix`)."""
    return list(iter_jsonl_prefix(path))


def atomic_write_text(path: Path, text: str, *, encoding: str = "utf-8") -> None:
    """Write a whole file so that readers see the old or the new content, never half."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding=encoding, newline="") as f:
        f.write(text)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def write_documents_jsonl(documents: Iterable[dict[str, Any]], path: Path) -> int:
    """Write a whole ``documents.jsonl`` at once; returns the number of lines."""
    lines = [dumps_line(d) for d in documents]
    atomic_write_text(path, "".join(line + "\n" for line in lines))
    return len(lines)


def write_errors_jsonl(errors: Iterable[dict[str, Any]], path: Path) -> int:
    """Write a whole ``errors.jsonl`` at once; returns the number of lines."""
    return write_documents_jsonl(errors, path)


def _party(p: dict[str, Any]) -> str:
    inside = ", ".join(x for x in (p.get("kind"), p.get("country")) if x)
    return f"{p.get('name', '')} ({inside})" if inside else str(p.get("name", ""))


def record_rows(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Flatten one document dict into one CSV row per record (none for no records).

    ``parties`` reads "name (kind, country)" joined with " / "; ``party_names``
    and ``party_countries`` list the same parties in the same order (an empty
    slot for an unknown country); dates of several events and sectors are joined
    with ";".
    """
    rows = []
    for i, rec in enumerate(document.get("records") or []):
        parties = rec.get("parties") or []
        events = rec.get("events") or []
        term = rec.get("term") or {}
        rows.append({
            "doc_id": document.get("doc_id", ""),
            "doc_date": document.get("doc_date") or "",
            "record": i,
            "agreement_type": rec.get("agreement_type", ""),
            "title": rec.get("title") or "",
            "parties": " / ".join(_party(p) for p in parties),
            "party_names": " / ".join(str(p.get("name", "")) for p in parties),
            "party_countries": " / ".join(p.get("country") or "" for p in parties),
            "signed": ";".join(e["date"] for e in events if e.get("type") == "signed"),
            "renewed": ";".join(e["date"] for e in events if e.get("type") == "renewed"),
            "term_start": term.get("start") or "",
            "term_end": term.get("end") or "",
            "term_duration": term.get("duration") or "",
            "term_renewal": term.get("renewal") or "",
            "sectors": ";".join(rec.get("sectors") or []),
        })
    return rows


def write_records_csv(documents: Iterable[dict[str, Any]], path: Path) -> int:
    """Write ``records.csv`` (UTF-8 with BOM) from document dicts; returns the row count.

    Streams to a temporary file that replaces ``path`` at the end.
    """
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    n = 0
    with open(tmp, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.DictWriter(f, fieldnames=RECORD_COLUMNS, lineterminator="\r\n")
        w.writeheader()
        for doc in documents:
            for row in record_rows(doc):
                w.writerow(row)
                n += 1
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return n


def write_manifest(path: Path, manifest: dict[str, Any]) -> None:
    """Write ``manifest.json`` (values that JSON cannot hold are written as strings)."""
    atomic_write_text(path, json.dumps(manifest, ensure_ascii=False, indent=2, default=str) + "\n")
