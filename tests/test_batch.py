"""batch: many files into OUTDIR, one line per input, deterministic, resumable.

The real pipeline is replaced by FakePipeline (passed by its import path, so it
reaches worker processes too): these tests are about batching, not extraction.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mou_extract import batch
from mou_extract.batch import process_path, run_batch
from mou_extract.ingest import UsageError
from mou_extract.model import AgreementType, DocumentResult, Party, PartyKind, Record
from mou_extract.settings import Settings

BUILT: list[int] = []  # pids of FakePipeline constructions in this process


class FakePipeline:
    """One mou record per document mentioning 覚書; raises on BOOM; kills its process on CRASH;
    sleeps on SLOW (and on NAP when FAKE_NAP is set)."""

    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings
        BUILT.append(os.getpid())

    def extract_document(self, src) -> DocumentResult:  # type: ignore[no-untyped-def]
        if "BOOM" in src.text:
            raise RuntimeError(f"boom in {src.doc_id}")
        if "CRASH" in src.text:
            os._exit(3)
        if "SLOW" in src.text or ("NAP" in src.text and os.environ.get("FAKE_NAP")):
            time.sleep(0.2)
        records = []
        if "覚書" in src.text:
            records.append(Record(AgreementType.MOU, parties=[Party("横浜市", PartyKind.MUNICIPALITY, "JP")]))
        return DocumentResult(src.doc_id, None, records)


FAKE = f"{__name__}:FakePipeline"
SETTINGS = Settings(use_ner=False, max_bytes=10_000)


def make_corpus(root: Path, n_good: int = 8) -> int:
    """A folder of good and bad inputs; returns the number of inputs."""
    root.mkdir(parents=True, exist_ok=True)
    for i in range(n_good):
        body = f"第{i}号 横浜市は覚書を締結しました。" if i % 2 == 0 else f"第{i}号 お知らせです。"
        enc = "cp932" if i % 3 == 0 else "utf-8"
        (root / f"doc{i:02d}.txt").write_bytes(body.encode(enc))
    (root / "sub").mkdir(exist_ok=True)
    (root / "sub" / "page.html").write_text("<nav>menu</nav><main><p>覚書のページ</p></main>", "utf-8")
    (root / "empty.txt").write_bytes(b"")
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (root / "huge.txt").write_bytes("大".encode() * 5000)
    (root / "boom.txt").write_text("BOOM 覚書", "utf-8")
    (root / "gone.txt").symlink_to(root / "nowhere.txt")
    return n_good + 6


def lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text("utf-8").splitlines()] if path.exists() else []


def outputs(outdir: Path) -> tuple[str, str, bytes]:
    return (
        (outdir / "documents.jsonl").read_text("utf-8"),
        (outdir / "errors.jsonl").read_text("utf-8"),
        (outdir / "records.csv").read_bytes(),
    )


# ----------------------------------------------------------- per document ---

def test_process_path_gives_a_document_or_an_error(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    doc, err = process_path(tmp_path / "doc00.txt", SETTINGS, FAKE)
    assert err is None and doc == {"doc_id": "doc00", "doc_date": None, "records": [
        {"agreement_type": "mou", "title": None, "parties": [{"name": "横浜市", "kind": "municipality", "country": "JP"}],
         "events": [], "sectors": [], "evidence": []}]}
    doc, err = process_path(tmp_path / "image.txt", SETTINGS, FAKE)
    assert doc is None and err is not None
    assert (err["code"], err["path"]) == ("binary", str(tmp_path / "image.txt"))
    assert "PNG" in err["reason"]


def test_a_bug_in_extraction_is_an_internal_error_line(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    doc, err = process_path(tmp_path / "boom.txt", SETTINGS, FAKE)
    assert doc is None
    assert err == {"path": str(tmp_path / "boom.txt"), "code": "internal_error", "reason": "RuntimeError: boom in boom"}


def test_a_pipeline_that_cannot_be_built_is_an_error_line(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    doc, err = process_path(tmp_path / "doc00.txt", SETTINGS, "mou_extract.no_such_module:Nothing")
    assert doc is None and err is not None and err["code"] == "internal_error"
    assert "pipeline could not be built" in err["reason"]


def test_pipeline_is_built_once_per_process(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    batch._PIPELINES.clear()
    before = len(BUILT)
    for name in ("doc00.txt", "doc01.txt", "boom.txt"):
        process_path(tmp_path / name, SETTINGS, FAKE)
    assert len(BUILT) - before == 1
    process_path(tmp_path / "doc00.txt", SETTINGS.with_(max_bytes=20_000), FAKE)  # other settings: another one
    assert len(BUILT) - before == 2


# ------------------------------------------------------------------- runs ---

EXPECTED_ERRORS = {
    "boom.txt": "internal_error",
    "empty.txt": "empty",
    "gone.txt": "unreadable",
    "huge.txt": "too_large",
    "image.txt": "binary",
}


def test_every_input_gives_exactly_one_line(tmp_path: Path) -> None:
    n = make_corpus(tmp_path / "in")
    summary = run_batch([tmp_path / "in"], tmp_path / "out", settings=SETTINGS, factory=FAKE, progress=False)
    docs, errs = lines(tmp_path / "out" / "documents.jsonl"), lines(tmp_path / "out" / "errors.jsonl")
    assert len(docs) + len(errs) == n == summary.inputs
    assert (summary.documents, summary.errors, summary.skipped) == (len(docs), len(errs), 0)
    assert {Path(e["path"]).name: e["code"] for e in errs} == EXPECTED_ERRORS
    assert [d["doc_id"] for d in docs] == [f"doc{i:02d}" for i in range(8)] + ["page"]  # sorted input order
    assert summary.records == sum(len(d["records"]) for d in docs) == 5
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text("utf-8"))
    assert manifest["totals"] == {"documents": 9, "records": 5, "errors": 5}


def test_rerun_without_resume_starts_afresh(tmp_path: Path) -> None:
    n = make_corpus(tmp_path / "in")
    for _ in range(2):
        run_batch([tmp_path / "in"], tmp_path / "out", settings=SETTINGS, factory=FAKE, progress=False)
    out = tmp_path / "out"
    assert len(lines(out / "documents.jsonl")) + len(lines(out / "errors.jsonl")) == n


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        run_batch([tmp_path / "nope"], tmp_path / "out", settings=SETTINGS, factory=FAKE, progress=False)


def test_two_workers_give_the_same_output_as_one(tmp_path: Path) -> None:
    make_corpus(tmp_path / "in")
    (tmp_path / "in" / "doc00.txt").write_text("SLOW 覚書 (finishes last)", "utf-8")
    run_batch([tmp_path / "in"], tmp_path / "one", settings=SETTINGS, factory=FAKE, progress=False)
    summary = run_batch([tmp_path / "in"], tmp_path / "two", settings=SETTINGS, factory=FAKE, workers=2, progress=False)
    assert outputs(tmp_path / "one") == outputs(tmp_path / "two")
    assert summary.documents == 9 and summary.errors == 5


def test_a_worker_that_dies_costs_only_its_own_input(tmp_path: Path) -> None:
    n = make_corpus(tmp_path / "in")
    (tmp_path / "in" / "doc03.txt").write_text("CRASH", "utf-8")
    summary = run_batch([tmp_path / "in"], tmp_path / "out", settings=SETTINGS, factory=FAKE, workers=2, progress=False)
    errs = lines(tmp_path / "out" / "errors.jsonl")
    crashed = [e for e in errs if e["code"] == "worker_crashed"]
    assert [Path(e["path"]).name for e in crashed] == ["doc03.txt"]
    assert summary.documents + summary.errors == n
    assert summary.documents == 8  # every other good document survived


# ----------------------------------------------------------------- resume ---

def test_resume_after_a_torn_write_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    n = make_corpus(tmp_path / "in")
    out = tmp_path / "out"
    run_batch([tmp_path / "in"], tmp_path / "full", settings=SETTINGS, factory=FAKE, progress=False)
    run_batch([tmp_path / "in"], out, settings=SETTINGS, factory=FAKE, progress=False)
    # simulate a kill: documents.jsonl cut in the middle of its 4th line, the state still claims everything
    docs = (out / "documents.jsonl").read_bytes()
    cut = docs.index(b"\n", docs.index(b"\n", docs.index(b"\n") + 1) + 1) + 10
    (out / "documents.jsonl").write_bytes(docs[:cut])
    summary = run_batch([tmp_path / "in"], out, settings=SETTINGS, factory=FAKE, resume=True, progress=False)
    assert summary.skipped == 1 + 3  # boom.txt (an error, sorts first) and doc00..doc02
    assert summary.documents + summary.errors + summary.skipped == n
    assert outputs(out) == outputs(tmp_path / "full")


def test_resume_drops_a_result_line_whose_state_line_was_never_written(tmp_path: Path) -> None:
    make_corpus(tmp_path / "in")
    out = tmp_path / "out"
    run_batch([tmp_path / "in"], out, settings=SETTINGS, factory=FAKE, progress=False)
    full = outputs(out)
    state = (out / ".state.jsonl").read_text("utf-8").splitlines(keepends=True)
    (out / ".state.jsonl").write_text("".join(state[:-1]), "utf-8")  # killed between the two writes
    summary = run_batch([tmp_path / "in"], out, settings=SETTINGS, factory=FAKE, resume=True, progress=False)
    assert summary.documents + summary.errors == 1
    assert outputs(out) == full


def test_resume_of_a_finished_run_does_nothing(tmp_path: Path) -> None:
    n = make_corpus(tmp_path / "in")
    out = tmp_path / "out"
    run_batch([tmp_path / "in"], out, settings=SETTINGS, factory=FAKE, progress=False)
    full = outputs(out)
    summary = run_batch([tmp_path / "in"], out, settings=SETTINGS, factory=FAKE, resume=True, progress=False)
    assert (summary.skipped, summary.documents, summary.errors) == (n, 0, 0)
    assert outputs(out) == full


def test_resume_reprocesses_a_changed_file_without_duplicating_it(tmp_path: Path) -> None:
    n = make_corpus(tmp_path / "in")
    out = tmp_path / "out"
    run_batch([tmp_path / "in"], out, settings=SETTINGS, factory=FAKE, progress=False)
    (tmp_path / "in" / "empty.txt").write_text("今は覚書の本文があります", "utf-8")
    summary = run_batch([tmp_path / "in"], out, settings=SETTINGS, factory=FAKE, resume=True, progress=False)
    assert (summary.documents, summary.errors, summary.skipped) == (1, 0, n - 1)
    docs, errs = lines(out / "documents.jsonl"), lines(out / "errors.jsonl")
    assert len(docs) + len(errs) == n
    assert "empty" in [d["doc_id"] for d in docs]
    assert "empty.txt" not in [Path(e["path"]).name for e in errs]


KILL_SCRIPT = """
import sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from mou_extract.batch import run_batch
from mou_extract.settings import Settings
run_batch([Path({src!r})], Path({out!r}), settings=Settings(use_ner=False), factory="test_batch:FakePipeline",
          resume=True, progress=False)
"""


def test_resume_after_a_real_sigkill(tmp_path: Path) -> None:
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    n = 30
    for i in range(n):
        (src / f"d{i:02d}.txt").write_text(f"NAP 覚書 {i}", "utf-8")
    script = KILL_SCRIPT.format(tests=str(Path(__file__).parent), src=str(src), out=str(out))
    proc = subprocess.Popen([sys.executable, "-c", script], env={**os.environ, "FAKE_NAP": "1"})
    try:
        for _ in range(600):  # wait until a few documents are on disk, then kill -9
            state = out / ".state.jsonl"
            if state.exists() and state.read_text("utf-8").count("\n") >= 3:
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
    done_before = len(lines(out / "documents.jsonl"))
    assert 0 < done_before < n
    summary = run_batch([src], out, settings=Settings(use_ner=False), factory=FAKE, resume=True, progress=False)
    ids = [d["doc_id"] for d in lines(out / "documents.jsonl")]
    assert ids == [f"d{i:02d}" for i in range(n)]
    assert summary.skipped >= 3 and summary.skipped + summary.documents == n


# ------------------------------------------------------------------- dask ---

@pytest.mark.slow
def test_dask_engine_matches_local(tmp_path: Path) -> None:
    pytest.importorskip("dask.distributed")
    make_corpus(tmp_path / "in")
    run_batch([tmp_path / "in"], tmp_path / "local", settings=SETTINGS, factory=FAKE, progress=False)
    summary = run_batch([tmp_path / "in"], tmp_path / "dask", settings=SETTINGS, factory=FAKE, engine="dask",
                        workers=2, progress=False)
    assert outputs(tmp_path / "dask") == outputs(tmp_path / "local")
    assert summary.documents == 9 and summary.errors == 5


def test_progress_bar_goes_to_stderr_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make_corpus(tmp_path / "in")
    run_batch([tmp_path / "in"], tmp_path / "out", settings=SETTINGS, factory=FAKE, progress=True)
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "14/14" in captured.err
