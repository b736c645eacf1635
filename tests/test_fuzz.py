"""Fuzzing: whatever text or file comes in, the pipeline never raises, its result
fits ``document.schema.json``, its evidence points at the text it quotes, and a
batch accounts for every input.

Inputs (hypothesis, bounded so the file runs in well under a minute):

- random unicode text;
- Japanese-looking text built from the fragments press releases are made of
  (era dates, agreement words, municipality names, 「」, numbers, ～, |, newlines);
- corpus documents mutated at the byte level (cut, bytes inserted, a range
  deleted, lines duplicated), read back through ``ingest.read_document``;
- a fixed set of awkward files (random bytes, a PNG header, NUL bytes, broken
  UTF-8, broken CP932, a huge single line, mutated corpus files) through
  ``run_batch``: ``lines(documents.jsonl) + lines(errors.jsonl) == files``.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mou_extract import Pipeline, Settings
from mou_extract.batch import run_batch
from mou_extract.ingest import IngestError, read_document

REPO = Path(__file__).resolve().parents[1]
SCHEMA = REPO / ".." / "shared" / "spec" / "document.schema.json"
CORPUS = REPO / "corpus"

_PIPELINE: Pipeline | None = None
_VALIDATOR: Any = None


def pipeline() -> Pipeline:
    """One rules-only pipeline for the whole module (built on first use)."""
    global _PIPELINE
    if _PIPELINE is None:
        _PIPELINE = Pipeline(Settings(use_ner=False))
    return _PIPELINE


def schema_problems(doc: dict[str, Any]) -> list[str]:
    """Schema violations of one result (empty when ../shared/spec is absent: checked separately)."""
    global _VALIDATOR
    if not SCHEMA.is_file():
        return []
    if _VALIDATOR is None:
        import jsonschema

        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        cls = jsonschema.validators.validator_for(schema)
        _VALIDATOR = cls(schema, format_checker=cls.FORMAT_CHECKER)
    return [f"{list(e.absolute_path)}: {e.message}" for e in _VALIDATOR.iter_errors(doc)]


def check_result(doc: dict[str, Any], source_text: str) -> None:
    """Schema-valid, JSON round-trippable, evidence offsets quote the source."""
    assert schema_problems(doc) == []
    assert json.loads(json.dumps(doc, ensure_ascii=False)) == doc
    for rec in doc["records"]:
        for ev in rec.get("evidence", []):
            assert 0 <= ev["start"] <= ev["end"] <= len(source_text), ev
            assert source_text[ev["start"] : ev["end"]] == ev["text"], ev


def test_schema_is_available() -> None:
    if not SCHEMA.is_file():
        pytest.skip(f"{SCHEMA} not found: results are only checked for not raising")


# ------------------------------------------------------------------ texts ---

_FRAGMENTS = [
    "令和5年4月1日", "令和元年", "平成31年4月30日", "平成32年", "昭和63年", "大正15年", "明治45年",
    "2023年", "2024年3月31日", "4月1日", "同日", "本日", "今年度", "令和6年度", "2月30日", "13月",
    "覚書", "連携協定", "包括連携協定", "姉妹都市提携", "友好都市", "共同宣言", "基本合意書", "意思確認書",
    "締結", "締結しました", "調印", "更新", "再締結", "署名", "を締結する", "について",
    "横浜市", "札幌市", "大阪府", "北海道", "渋谷区", "東川町", "オウル市", "ハンブルク市", "仁川広域市",
    "フィンランド共和国", "ドイツ", "株式会社", "国立大学法人", "大学", "と", "及び", "との間で", "は、",
    "「", "」", "『", "』", "（", "）", "(", ")", "、", "。", "～", "~", "-", "|", "｜", "\n", "\n\n", " ", "　",
    "期間", "有効期間", "から", "まで", "年間", "3年", "1年間ごとに", "自動更新", "第", "条",
    "０", "１２", "３１", "〇", "二〇二三年", "元", "※", "・", "■", "http://example.jp/", "<p>", "&amp;",
]

japaneseish = st.lists(
    st.one_of(
        st.sampled_from(_FRAGMENTS),
        st.integers(min_value=0, max_value=100_000).map(str),
        st.text(alphabet="年月日度市町村区県州国と覚書協定締結期間から", max_size=4),
    ),
    max_size=80,
).map("".join)

FUZZ = settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(st.text(max_size=400))
def test_random_unicode_never_raises(text: str) -> None:
    doc = pipeline().extract(text, doc_id="fuzz").to_dict()
    check_result(doc, text)


@FUZZ
@given(japaneseish)
def test_japaneseish_text_never_raises(text: str) -> None:
    doc = pipeline().extract(text, doc_id="fuzz").to_dict()
    check_result(doc, text)


# ------------------------------------------------------------ mutations ---

def corpus_files() -> list[Path]:
    return sorted(p for p in CORPUS.glob("*") if p.suffix in (".txt", ".html", ".htm"))


def truncate(raw: bytes, a: int, b: int, junk: bytes) -> bytes:
    return raw[:a]


def insert(raw: bytes, a: int, b: int, junk: bytes) -> bytes:
    return raw[:a] + junk + raw[a:]


def delete(raw: bytes, a: int, b: int, junk: bytes) -> bytes:
    lo, hi = sorted((a, b))
    return raw[:lo] + raw[hi:]


def duplicate_lines(raw: bytes, a: int, b: int, junk: bytes) -> bytes:
    lines = raw.split(b"\n")
    k = a % max(1, len(lines))
    return b"\n".join(lines[: k + 1] + lines[k : k + 1 + b % 5] * 3 + lines[k + 1 :])


MUTATIONS: list[Callable[[bytes, int, int, bytes], bytes]] = [truncate, insert, delete, duplicate_lines]


def mutate(raw: bytes, ops: list[tuple[int, float, float, bytes]]) -> bytes:
    for op, fa, fb, junk in ops:
        n = len(raw)
        raw = MUTATIONS[op](raw, int(fa * n), int(fb * n), junk)
    return raw


mutation_ops = st.lists(
    st.tuples(
        st.integers(0, len(MUTATIONS) - 1),
        st.floats(0, 1),
        st.floats(0, 1),
        st.binary(max_size=12) | st.sampled_from(["令和".encode(), "覚書".encode("cp932"), b"\xe3\x81", b"\x00", b"<div", b"\n\n"]),
    ),
    min_size=1,
    max_size=4,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(st.data(), mutation_ops)
def test_mutated_corpus_documents_never_raise(tmp_path: Path, data: st.DataObject, ops: list[tuple[int, float, float, bytes]]) -> None:
    files = corpus_files()
    if not files:
        pytest.skip("no corpus documents")
    src_path = data.draw(st.sampled_from(files))
    target = tmp_path / f"m{src_path.suffix}"
    target.write_bytes(mutate(src_path.read_bytes(), ops))
    try:
        src = read_document(target)
    except IngestError:
        return  # refused with a coded error: fine
    doc = pipeline().extract_document(src).to_dict()
    check_result(doc, src.source_text)


# ---------------------------------------------------------------- batch ---

def awkward_files(folder: Path, seed: int = 11) -> list[Path]:
    """A fixed set of inputs a batch must survive, one line each."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    corpus = corpus_files()
    sample = corpus[0].read_bytes() if corpus else "横浜市と渋谷区は連携協定を締結しました。\n".encode()
    utf8 = "令和5年4月1日、札幌市とオウル市は覚書を締結しました。\n".encode()
    blobs: dict[str, bytes] = {
        "empty.txt": b"",
        "png.txt": b"\x89PNG\r\n\x1a\n" + bytes(rng.randrange(256) for _ in range(200)),
        "png_named.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        "nul.txt": b"\x00" * 64,
        "nul_inside.txt": utf8 + b"\x00" + utf8,
        "broken_utf8.txt": utf8[:-5] + b"\xe3\x81" + utf8 + b"\xff\xfe\xfd",
        "broken_cp932.txt": utf8.decode().encode("cp932")[:-3] + b"\x82" + b"\x81\x7f\xa0\xfd",
        "cut_mid_char.txt": utf8[:10],
        "huge_line.txt": ("締結" * 20_000 + "令和5年4月1日" + "あ" * 100_000).encode(),
        "only_spaces.txt": " \n\t\u3000".encode() * 50,
        "broken.html": b"<html><body><p>\xe6\xa8\xaa\xe6\xb5\x9c\xe5\xb8\x82<div><<<>>>&&&;</p" + utf8,
        "script_only.html": b"<html><script>var x = '\xe8\xa6\x9a\xe6\x9b\xb8';</script></html>",
        "utf16.txt": "札幌市とオウル市は覚書を締結。".encode("utf-16"),
        "iso2022.txt": "札幌市とオウル市は覚書を締結。".encode("iso2022_jp"),
    }
    for i in range(8):
        blobs[f"random{i}.txt"] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 2000)))
    for i, p in enumerate(corpus[:12]):
        raw = p.read_bytes()
        ops = [(rng.randrange(len(MUTATIONS)), rng.random(), rng.random(), bytes(rng.randrange(256) for _ in range(rng.randrange(8))))]
        blobs[f"mut{i}_{p.stem}{p.suffix}"] = mutate(raw, ops)
    blobs["sample.txt"] = sample
    paths = []
    for name, raw in blobs.items():
        (folder / name).write_bytes(raw)
        paths.append(folder / name)
    return paths


def test_batch_accounts_for_every_awkward_file(tmp_path: Path) -> None:
    paths = awkward_files(tmp_path / "in")
    out = tmp_path / "out"
    summary = run_batch(paths, out, settings=Settings(use_ner=False), workers=1, progress=False)
    docs = [json.loads(x) for x in (out / "documents.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    errs = [json.loads(x) for x in (out / "errors.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    assert len(docs) + len(errs) == len(paths)
    assert summary.documents == len(docs) and summary.errors == len(errs)
    named = sorted([d["doc_id"] for d in docs] + [Path(e["path"]).stem for e in errs])
    assert named == sorted(p.stem for p in paths)  # each input once, none twice
    for d in docs:
        assert schema_problems(d) == []
    for e in errs:
        assert e["code"] != "internal_error", e  # refusals are coded, not crashes
    codes = {Path(e["path"]).name: e["code"] for e in errs}
    assert codes["empty.txt"] == "empty"
    assert codes["png.txt"] == codes["png_named.png"] == "binary"
    assert codes["nul.txt"] == "binary"
