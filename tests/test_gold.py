"""The gold set is well-formed: schema-valid, grounded in its documents, split cleanly."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from mou_extract.ingest import read_document

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold"


def _key(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


def _corpus_files() -> dict[str, Path]:
    return {p.stem: p for p in (ROOT / "corpus").iterdir() if p.suffix in (".txt", ".html", ".htm")}


def test_every_corpus_document_has_gold_and_vice_versa() -> None:
    docs = set(_corpus_files())
    gold = {p.stem for p in (GOLD / "corpus").glob("*.json")}
    assert docs == gold
    assert len(docs) >= 60


def test_gold_files_are_schema_valid(schema_validator) -> None:
    for p in sorted((GOLD / "corpus").glob("*.json")) + sorted((GOLD / "seeds").glob("*.json")):
        doc = json.loads(p.read_text("utf-8"))
        schema_validator.validate(doc)
        assert doc["doc_id"] == p.stem


@pytest.mark.parametrize("folder", ["corpus", "seeds"])
def test_names_and_titles_occur_in_the_text(folder: str, request) -> None:
    if folder == "seeds":
        sources = {p.stem: p for p in request.getfixturevalue("seeds_dir").glob("*.txt")}
    else:
        sources = _corpus_files()
    for p in sorted((GOLD / folder).glob("*.json")):
        doc = json.loads(p.read_text("utf-8"))
        text = _key(read_document(sources[doc["doc_id"]], max_bytes=10_000_000).text)
        for rec in doc["records"]:
            if rec.get("title"):
                assert _key(rec["title"]) in text, (p.stem, rec["title"])
            for party in rec["parties"]:
                forms = [party["name"], *party.get("aliases", [])]
                assert any(_key(f) in text for f in forms), (p.stem, party["name"])


def test_split_is_disjoint_and_complete() -> None:
    split = json.loads((GOLD / "split.json").read_text("utf-8"))
    dev, test = set(split["dev"]), set(split["test"])
    assert not dev & test
    assert dev | test == set(_corpus_files())
    assert 0.2 <= len(test) / len(dev | test) <= 0.35


def test_corpus_covers_the_required_styles() -> None:
    files = _corpus_files()
    html = [p for p in files.values() if p.suffix in (".html", ".htm")]
    legacy = [p for p in files.values() if read_document(p, max_bytes=10_000_000).encoding.lower().replace("_", "").startswith(("cp932", "shiftjis", "sjis", "eucjp"))]
    empty = [k for k in files if not json.loads((GOLD / "corpus" / f"{k}.json").read_text("utf-8"))["records"]]
    countries = {
        party["country"]
        for p in (GOLD / "corpus").glob("*.json")
        for rec in json.loads(p.read_text("utf-8"))["records"]
        for party in rec["parties"]
        if party["country"] not in (None, "JP")
    }
    assert len(html) >= 10 and len(legacy) >= 3 and len(empty) >= 8 and len(countries) >= 12
