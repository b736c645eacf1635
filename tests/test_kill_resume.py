"""A batch killed with SIGKILL and resumed ends exactly like a clean run.

``mou-extract run`` is started in a subprocess on a folder of small generated
documents (plus two inputs that become error lines), killed with SIGKILL once
``documents.jsonl`` has some lines, then run again with ``--resume``. Afterwards
every input is in ``documents.jsonl`` or ``errors.jsonl`` exactly once, and both
files hold the same lines as a run that was never interrupted.

To make "midway" deterministic the subprocess wraps
``Pipeline.extract_document`` with a sleep (``MOU_TEST_DELAY`` seconds) before
calling the CLI's ``main``; batch.py itself is untouched. ``--workers 1`` runs
the pipeline in the CLI process, so the wrapper applies.
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

N_DOCS = 40
KILL_AFTER = 5  # documents.jsonl lines seen before SIGKILL
DELAY = "0.15"  # seconds per document in the killable runs

_CITIES = ["札幌市", "仙台市", "新潟市", "金沢市", "静岡市", "浜松市", "岡山市", "広島市", "松山市", "熊本市"]
_PARTNERS = ["オウル市", "ハンブルク市", "仁川広域市", "ダナン市", "ポートランド市", "アルバータ州", "国立大学法人信州大学"]
_KINDS = ["連携協定", "覚書", "姉妹都市提携", "基本合意書", "共同宣言"]

_RUNNER = """
import os, time
from mou_extract.pipeline import Pipeline
_orig = Pipeline.extract_document
def _slow(self, src):
    time.sleep(float(os.environ.get("MOU_TEST_DELAY", "0")))
    return _orig(self, src)
Pipeline.extract_document = _slow
from mou_extract.cli import main
main()
"""


def _make_inputs(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for i in range(N_DOCS):
        city, partner, kind = _CITIES[i % 10], _PARTNERS[i % 7], _KINDS[i % 5]
        text = (
            f"令和{1 + i % 6}年{1 + i % 12}月{1 + i % 28}日\n報道発表資料\n\n"
            f"{city}と{partner}は、令和{1 + i % 6}年{1 + i % 12}月{1 + i % 28}日、{kind}を締結しました。\n"
            f"期間は締結の日から{1 + i % 5}年間とします。\n(整理番号 {i})\n"
        )
        p = folder / f"doc{i:02d}.txt"
        p.write_text(text, encoding="utf-8" if i % 3 else "cp932")
        paths.append(p)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    return paths + [folder / "empty.txt", folder / "image.txt"]


def _cmd(inputs: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-c", _RUNNER, "run", str(inputs), "-o", str(out), "--no-ner", "--workers", "1", "--no-progress", *extra]


def _env(delay: str) -> dict[str, str]:
    return {**os.environ, "MOU_TEST_DELAY": delay}


def _lines(path: Path) -> list[str]:
    if not path.exists():
        return []
    return [x for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _run_and_kill(inputs: Path, out: Path, *extra: str) -> int:
    """Start a slowed run, SIGKILL it once KILL_AFTER more documents are written; return the lines seen."""
    before = len(_lines(out / "documents.jsonl"))
    proc = subprocess.Popen(_cmd(inputs, out, *extra), env=_env(DELAY), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                pytest.fail(f"the run finished before it could be killed: {proc.stderr.read().decode(errors='replace')}")  # type: ignore[union-attr]
            seen = len(_lines(out / "documents.jsonl")) if (out / "documents.jsonl").exists() else 0
            if seen >= before + KILL_AFTER:
                break
            time.sleep(0.02)
        else:
            pytest.fail("no progress within 120 s")
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait()
        proc.stderr.close()  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL
    return seen


def _run(inputs: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    res = subprocess.run(_cmd(inputs, out, *extra), env=_env("0"), capture_output=True, text=True, timeout=300)
    assert res.returncode in (0, 1), res.stderr  # 1: some inputs are error lines (they are, on purpose)
    return res


def _accounted(out: Path) -> list[str]:
    """Input names from both result files (doc_id for documents, file stem for errors)."""
    names = [json.loads(x)["doc_id"] for x in _lines(out / "documents.jsonl")]
    names += [Path(json.loads(x)["path"]).stem for x in _lines(out / "errors.jsonl")]
    return sorted(names)


@pytest.fixture(scope="module")
def inputs_and_clean(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Path], Path]:
    root = tmp_path_factory.mktemp("kill_resume")
    inputs = root / "in"
    paths = _make_inputs(inputs)
    clean = root / "clean"
    _run(inputs, clean)
    return inputs, paths, clean


def test_clean_run_accounts_for_every_input(inputs_and_clean: tuple[Path, list[Path], Path]) -> None:
    _, paths, clean = inputs_and_clean
    assert _accounted(clean) == sorted(p.stem for p in paths)
    assert len(_lines(clean / "errors.jsonl")) == 2  # empty.txt and the PNG


def test_killed_then_resumed_equals_clean_run(inputs_and_clean: tuple[Path, list[Path], Path], tmp_path: Path) -> None:
    inputs, paths, clean = inputs_and_clean
    out = tmp_path / "out"
    seen = _run_and_kill(inputs, out)
    assert KILL_AFTER <= seen < N_DOCS, "killed midway"

    res = _run(inputs, out, "--resume")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["run"]["skipped"] >= 1, res.stderr  # the work done before the kill was kept
    assert _accounted(out) == sorted(p.stem for p in paths)  # each input exactly once
    for name in ("documents.jsonl", "errors.jsonl"):
        assert sorted(_lines(out / name)) == sorted(_lines(clean / name)), name


def test_resume_survives_a_second_kill(inputs_and_clean: tuple[Path, list[Path], Path], tmp_path: Path) -> None:
    inputs, paths, clean = inputs_and_clean
    out = tmp_path / "out"
    _run_and_kill(inputs, out)
    _run_and_kill(inputs, out, "--resume")  # the resumed run is killed too

    _run(inputs, out, "--resume")
    assert _accounted(out) == sorted(p.stem for p in paths)
    for name in ("documents.jsonl", "errors.jsonl"):
        assert sorted(_lines(out / name)) == sorted(_lines(clean / name)), name


def test_resume_of_a_finished_run_changes_nothing(inputs_and_clean: tuple[Path, list[Path], Path]) -> None:
    inputs, paths, clean = inputs_and_clean
    before = {n: _lines(clean / n) for n in ("documents.jsonl", "errors.jsonl")}
    _run(inputs, clean, "--resume")
    manifest = json.loads((clean / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["run"]["skipped"] == len(paths)
    assert {n: _lines(clean / n) for n in before} == before
