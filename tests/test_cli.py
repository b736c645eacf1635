"""The command line as a user meets it: outputs, exit status, bad input, eval."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from mou_extract.cli import main; main()", *args],
        capture_output=True, text=True, cwd=cwd or ROOT, timeout=300,
    )


@pytest.fixture()
def inputs(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "good.txt").write_text("令和5年6月1日\n記者発表資料\n\n 長岡市は、5月30日、アメリカ合衆国フォートワース市と姉妹都市提携を結びました。\n", "utf-8")
    (d / "sjis.txt").write_bytes("盛岡市は、2020年3月1日、カナダのビクトリア市と姉妹都市提携を締結した。".encode("cp932"))
    (d / "page.html").write_text(
        "<html><head><meta charset='utf-8'><title>t</title></head><body><nav>ホーム | 市政</nav>"
        "<main><h1>覚書を締結</h1><p>金沢市は、2019年4月1日、フランスのナンシー市と覚書を締結しました。</p></main>"
        "<footer>© 金沢市</footer></body></html>", "utf-8")
    (d / "nothing.txt").write_text("市民まつりを開催します。", "utf-8")
    (d / "empty.txt").write_bytes(b"")
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    return d


def test_run_writes_the_three_outputs_and_accounts_for_every_input(inputs: Path, tmp_path: Path, schema_validator) -> None:
    out = tmp_path / "out"
    res = cli("run", str(inputs), "-o", str(out), "--no-ner")
    assert res.returncode == 1, res.stderr  # two inputs failed
    docs = [json.loads(x) for x in (out / "documents.jsonl").read_text("utf-8").splitlines()]
    errs = [json.loads(x) for x in (out / "errors.jsonl").read_text("utf-8").splitlines()]
    assert len(docs) + len(errs) == 6
    assert {e["code"] for e in errs} == {"empty", "binary"}
    assert all(e["path"] and e["reason"] for e in errs)
    for d in docs:
        schema_validator.validate(d)
    by_id = {d["doc_id"]: d for d in docs}
    assert by_id["nothing"]["records"] == []
    assert by_id["good"]["records"][0]["agreement_type"] == "sister_city"
    assert by_id["sjis"]["records"][0]["events"] == [{"type": "signed", "date": "2020-03-01"}]
    assert by_id["page"]["records"][0]["agreement_type"] == "mou"
    # evidence indexes the decoded original file (the HTML source for a page)
    for doc_id, src in (("good", "good.txt"), ("page", "page.html")):
        source = (inputs / src).read_text("utf-8")
        for rec in by_id[doc_id]["records"]:
            for ev in rec["evidence"]:
                assert source[ev["start"] : ev["end"]] == ev["text"]
    raw = (out / "records.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM for spreadsheet users
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert len(rows) == sum(len(d["records"]) for d in docs)
    assert "documents" in res.stderr and "errors" in res.stderr  # the one-line summary


def test_run_exit_zero_when_all_inputs_go_through(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("市民まつりを開催します。", "utf-8")
    res = cli("run", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o"), "--no-ner")
    assert res.returncode == 0, res.stderr


@pytest.mark.parametrize("args", [["run", "/no/such/path", "-o", "x"], ["run", ".", "--workers", "0"], ["eval", "--gold", "/no/such"]])
def test_usage_errors_exit_2(args: list[str], tmp_path: Path) -> None:
    res = cli(*args, cwd=tmp_path)
    assert res.returncode == 2
    assert "Usage" in res.stderr or "usage" in res.stderr.lower() or "Error" in res.stderr


def test_eval_scores_a_prediction_against_gold(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    doc = {"doc_id": "d", "doc_date": None, "records": [{"agreement_type": "mou", "title": None,
           "parties": [{"name": "長岡市", "kind": "municipality", "country": "JP"}, {"name": "ナンシー市", "kind": "municipality", "country": "FR"}],
           "events": [{"type": "signed", "date": "2019-04-01"}], "sectors": []}]}
    (gold / "d.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    pred = tmp_path / "pred.jsonl"
    pred.write_text(json.dumps(doc, ensure_ascii=False) + "\n", "utf-8")
    res = cli("eval", "--gold", str(gold), "--pred", str(pred), "--format", "json", "--html", str(tmp_path / "r.html"))
    assert res.returncode == 0, res.stderr
    report = json.loads(res.stdout)
    assert report["overall"]["strict"]["f1"] == 1.0
    assert (tmp_path / "r.html").read_text("utf-8").startswith("<!DOCTYPE html>")


def test_registry_round_trip_through_the_cli(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cli("run", str(inputs), "-o", str(out), "--no-ner")
    db = tmp_path / "r.duckdb"
    assert cli("registry", "load", str(out / "documents.jsonl"), "--db", str(db)).returncode == 0
    res = cli("registry", "sql", "SELECT count(*) AS n FROM agreements", "--db", str(db))
    assert res.returncode == 0 and "3" in res.stdout
    exp = cli("registry", "export", "--db", str(db), "-o", str(tmp_path / "exp"), "--format", "csv")
    assert exp.returncode == 0, exp.stderr
    assert (tmp_path / "exp").is_dir() and any((tmp_path / "exp").iterdir())
