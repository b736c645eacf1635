"""Accuracy and speed of the pipeline, against two baselines, in one run.

Prints:

1. **Scores** of the pipeline (default settings: rules + GiNZA NER as a second
   opinion) per field, strict and lenient F1, on the dev part and the test part of
   the corpus (``gold/split.json``; the whole corpus when there is no split yet)
   and on the seeds (``../shared/seeds`` with ``gold/seeds``), plus record
   detection recall/precision.
2. **Baseline A, parties from GiNZA alone**: the pipeline's own records (so the
   segmentation is the same) with each record's parties replaced by the place and
   organisation entities GiNZA finds in the record's agreement sentences (the
   sentences around the evidence of agreement_type, title and events), kind from
   GiNZA's label (:data:`GINZA_KINDS`), country None. Fields party, party_kind,
   party_country side by side with the pipeline.
3. **Baseline B, dates from ja-timex alone**: each predicted event date and term
   start/end is replaced by the date ja-timex finds nearest to that value's
   evidence, in the sentence around it (with the document date as ja-timex's
   reference). ja-timex pins a beta pendulum, so it runs in a subprocess with
   another interpreter: ``--timex-python``, env ``MOU_TIMEX_PYTHON``, or
   ``/work/venv-timex/bin/python``; skipped with a message when none works.
4. **Throughput**: the whole pipeline vs ``spacy.load("ja_ginza")`` over the same
   texts (corpus + seeds; GiNZA with ``nlp.pipe(texts, batch_size=64)`` on chunks
   under 40,000 bytes), chars/s and the ratio (target ≥ 10x), and the peak RSS of
   each, every measurement in its own subprocess.

Usage::

    .venv/bin/python benchmarks/bench_pipeline.py [--no-throughput] [--json OUT.json]

The pipeline runs on each document's extracted text (``SourceDocument.text``), so
evidence offsets index that text and sentences can be cut around them; the
records are the same as ``extract_document`` gives.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO / ".." / "shared"
CORPUS = REPO / "corpus"
GOLD_CORPUS = REPO / "gold" / "corpus"
GOLD_SEEDS = REPO / "gold" / "seeds"
SPLIT = REPO / "gold" / "split.json"
DEFAULT_TIMEX_PYTHON = Path("/work/venv-timex/bin/python")

THROUGHPUT_TARGET = 10.0  # pipeline chars/s over GiNZA chars/s
GINZA_CHUNK_BYTES = 40_000

#: GiNZA (ENE) labels kept as parties in baseline A, with the party kind they map to.
GINZA_KINDS: dict[str, str] = {
    "City": "municipality",
    "County": "municipality",
    "Province": "region",
    "Country": "country",
    **{
        label: "organization"
        for label in (
            "GPE_Other", "GOE_Other", "Government", "Public_Institution", "International_Organization",
            "Organization_Other", "Political_Organization_Other", "Company", "Company_Group",
            "Corporation_Other", "School", "Research_Institute", "Military", "Sports_Organization_Other",
            "Pro_Sports_Organization", "Show_Organization", "Port", "Airport", "Museum",
        )
    },
}

PARTY_FIELDS = ("party", "party_kind", "party_country")
DATE_FIELDS = ("event", "term_start", "term_end")


# ------------------------------------------------------------------ inputs ---

def load_sources() -> tuple[list[Any], list[Any]]:
    """Ingested corpus documents and seed documents (empty when ../shared/seeds is absent)."""
    from mou_extract.ingest import IngestError, iter_inputs, read_document

    def read_all(folder: Path) -> list[Any]:
        out = []
        if not folder.is_dir():
            return out
        for p in iter_inputs([folder]):
            try:
                out.append(read_document(p))
            except IngestError as exc:
                print(f"  (skipped {p.name}: {exc})")
        return out

    return read_all(CORPUS), read_all(SHARED / "seeds")


def load_gold() -> tuple[dict[str, dict], dict[str, dict]]:
    from mou_extract.score import load_documents

    corpus = load_documents(GOLD_CORPUS) if GOLD_CORPUS.is_dir() else {}
    seeds = load_documents(GOLD_SEEDS) if GOLD_SEEDS.is_dir() and (SHARED / "seeds").is_dir() else {}
    return corpus, seeds


def splits(gold_corpus: dict[str, dict]) -> dict[str, list[str]]:
    """dev/test doc ids (with gold), or all of the corpus when there is no split file."""
    if SPLIT.is_file():
        data = json.loads(SPLIT.read_text(encoding="utf-8"))
        return {name: [d for d in data.get(name, []) if d in gold_corpus] for name in ("dev", "test")}
    print("  (gold/split.json not found: scoring the whole corpus as one part)")
    return {"all": sorted(gold_corpus)}


# --------------------------------------------------------------- sentences ---

def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``[start, end)``: out to 。 or a newline on each side."""
    lo = max(text.rfind("。", 0, start), text.rfind("\n", 0, start)) + 1
    cands = [i for i in (text.find("。", end), text.find("\n", end)) if i != -1]
    hi = min(cands) + 1 if cands else len(text)
    if hi > 0 and text[hi - 1] == "\n":
        hi -= 1
    return lo, max(hi, end)


def merge_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def agreement_sentences(text: str, record: dict) -> list[tuple[int, int]]:
    """Sentences around the evidence of agreement_type, title and events."""
    spans = [
        sentence_around(text, ev["start"], ev["end"])
        for ev in record.get("evidence", [])
        if ev["field"] in ("agreement_type", "title") or ev["field"].startswith("events[")
    ]
    return merge_spans(spans)


# ------------------------------------------------------------ baseline A ---

def ginza_parties(nlp: Any, texts: dict[str, str], preds: dict[str, dict]) -> dict[str, dict]:
    """Baseline A: the pipeline's records with parties from GiNZA's entities."""
    from mou_extract.normalize import nfkc_key

    jobs: list[tuple[str, int, str]] = []  # (doc_id, record index, sentence)
    for doc_id, doc in preds.items():
        for r, rec in enumerate(doc["records"]):
            for s, e in agreement_sentences(texts[doc_id], rec):
                jobs.append((doc_id, r, texts[doc_id][s:e]))
    found: dict[tuple[str, int], list[dict]] = {}
    for (doc_id, r, _), sdoc in zip(jobs, nlp.pipe([j[2] for j in jobs], batch_size=64)):
        parties = found.setdefault((doc_id, r), [])
        for ent in sdoc.ents:
            kind = GINZA_KINDS.get(ent.label_)
            if kind is None:
                continue
            if any(nfkc_key(p["name"]) == nfkc_key(ent.text) for p in parties):
                continue
            parties.append({"name": ent.text, "kind": kind, "country": None})
    out = copy.deepcopy(preds)
    for doc_id, doc in out.items():
        for r, rec in enumerate(doc["records"]):
            rec["parties"] = found.get((doc_id, r), [])
    return out


# ------------------------------------------------------------ baseline B ---

def timex_jobs(texts: dict[str, str], preds: dict[str, dict]) -> list[dict]:
    """One job per predicted event date and term start/end: the sentence around its evidence."""
    jobs = []
    for doc_id, doc in preds.items():
        text = texts[doc_id]
        for r, rec in enumerate(doc["records"]):
            for ev in rec.get("evidence", []):
                f = ev["field"]
                if f.startswith("events["):
                    kind, idx = "event", int(f[7:-1])
                elif f in ("term.start", "term.end"):
                    kind, idx = f.replace(".", "_"), 0
                else:
                    continue
                s, e = sentence_around(text, ev["start"], ev["end"])
                jobs.append({
                    "doc_id": doc_id, "record": r, "kind": kind, "index": idx,
                    "sentence": text[s:e], "start": ev["start"] - s, "end": ev["end"] - s,
                    "reference": doc.get("doc_date"),
                })
    return jobs


def timex_worker() -> None:
    """Run inside the ja-timex interpreter: jobs on stdin, one value per job on stdout."""
    import pendulum
    from ja_timex import TimexParser

    jobs = json.load(sys.stdin)
    parsers: dict[str | None, Any] = {}
    values: list[str | None] = []
    for job in jobs:
        ref = job.get("reference")
        if ref not in parsers:
            kw = {}
            if ref:
                parts = [int(x) for x in ref.split("-")] + [1, 1]
                kw["reference"] = pendulum.datetime(parts[0], parts[1], parts[2], tz="Asia/Tokyo")
            parsers[ref] = TimexParser(**kw)
        try:
            timexes = [t for t in parsers[ref].parse(job["sentence"]) if t.type == "DATE" and t.value]
        except Exception:  # noqa: BLE001 - a ja-timex failure is a missing value
            timexes = []

        def dist(t: Any) -> int:
            s, e = t.span
            return max(0, job["start"] - e, s - job["end"])

        if job["kind"] == "term_end":
            timexes.sort(key=lambda t: (dist(t), -t.span[0]))
        else:
            timexes.sort(key=lambda t: (dist(t), t.span[0]))
        values.append(_timex_value(timexes[0], bool(ref)) if timexes else None)
    json.dump(values, sys.stdout)


def _timex_value(t: Any, has_reference: bool) -> str | None:
    """ja-timex's value as YYYY[-MM[-DD]]: the year from the reference when unwritten."""
    parts = str(t.value).split("-")[:3]
    if parts and "X" in parts[0]:
        if not has_reference:
            return None
        try:
            parts[0] = f"{t.to_datetime().year:04d}"
        except Exception:  # noqa: BLE001
            return None
    out = []
    for p in parts:
        if "X" in p or not p.isdigit():
            break
        out.append(p)
    if not out or len(out[0]) != 4:
        return None
    return "-".join(out)


def find_timex_python(arg: str | None) -> str | None:
    for cand in (arg, os.environ.get("MOU_TIMEX_PYTHON"), str(DEFAULT_TIMEX_PYTHON)):
        if not cand:
            continue
        ok = subprocess.run([cand, "-c", "import ja_timex, pendulum"], capture_output=True).returncode == 0 if Path(cand).exists() else False
        if ok:
            return cand
    return None


def timex_dates(python: str, texts: dict[str, str], preds: dict[str, dict]) -> dict[str, dict]:
    """Baseline B: the pipeline's records with event and term dates from ja-timex."""
    jobs = timex_jobs(texts, preds)
    res = subprocess.run(
        [python, str(Path(__file__).resolve()), "--timex-worker"],
        input=json.dumps(jobs, ensure_ascii=False), capture_output=True, text=True, check=True,
    )
    values = json.loads(res.stdout)
    out = copy.deepcopy(preds)
    drop: set[tuple[str, int, int]] = set()
    for job, value in zip(jobs, values):
        rec = out[job["doc_id"]]["records"][job["record"]]
        if job["kind"] == "event":
            if value is None:
                drop.add((job["doc_id"], job["record"], job["index"]))
            else:
                rec["events"][job["index"]]["date"] = value
        else:
            rec.setdefault("term", {})[job["kind"][5:]] = value
    for doc_id, r, i in drop:
        out[doc_id]["records"][r]["events"][i] = None
    for doc in out.values():
        for rec in doc["records"]:
            rec["events"] = [e for e in rec["events"] if e is not None]
    return out


# ------------------------------------------------------------- throughput ---

def chunk(text: str, max_bytes: int = GINZA_CHUNK_BYTES) -> list[str]:
    """Pieces of ``text`` under ``max_bytes`` UTF-8 bytes, cut at newlines when possible."""
    pieces: list[str] = []
    cur: list[str] = []
    size = 0
    for line in text.splitlines(keepends=True):
        b = len(line.encode("utf-8"))
        while b >= max_bytes:  # one line too long: cut it by characters
            k = max_bytes // 4
            if cur:
                pieces.append("".join(cur))
                cur, size = [], 0
            pieces.append(line[:k])
            line = line[k:]
            b = len(line.encode("utf-8"))
        if size + b >= max_bytes and cur:
            pieces.append("".join(cur))
            cur, size = [], 0
        cur.append(line)
        size += b
    if cur:
        pieces.append("".join(cur))
    return [p for p in pieces if p.strip()]


def measure(what: str, texts_file: Path, min_seconds: float) -> None:
    """Run in a subprocess: time ``what`` over the texts, print one JSON line."""
    texts: list[str] = json.loads(texts_file.read_text(encoding="utf-8"))
    chars = sum(len(t) for t in texts)
    t0 = time.perf_counter()
    if what == "pipeline":
        from mou_extract import Pipeline, Settings

        pipe = Pipeline(Settings())
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        for i, t in enumerate(texts):  # first pass: includes GiNZA's lazy load if NER is needed
            pipe.extract(t, doc_id=str(i))
        first = time.perf_counter() - t1

        def one_pass() -> None:
            for i, t in enumerate(texts):
                pipe.extract(t, doc_id=str(i))
    else:
        import spacy

        nlp = spacy.load("ja_ginza")
        chunks = [c for t in texts for c in chunk(t)]
        load = time.perf_counter() - t0
        t1 = time.perf_counter()
        list(nlp.pipe(chunks[:2], batch_size=64))  # warm-up
        first = time.perf_counter() - t1

        def one_pass() -> None:
            for _ in nlp.pipe(chunks, batch_size=64):
                pass

    passes = 0
    t2 = time.perf_counter()
    while True:
        one_pass()
        passes += 1
        elapsed = time.perf_counter() - t2
        if elapsed >= min_seconds:
            break
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({
        "what": what, "chars": chars, "passes": passes, "seconds": elapsed,
        "chars_per_s": chars * passes / elapsed, "load_s": load, "first_pass_s": first, "peak_rss_mb": rss_mb,
    }))


def run_measure(what: str, texts_file: Path, min_seconds: float) -> dict[str, Any]:
    res = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--measure", what, "--texts", str(texts_file),
         "--min-seconds", str(min_seconds)],
        capture_output=True, text=True,
    )
    if res.returncode != 0:
        raise RuntimeError(f"measurement {what} failed:\n{res.stderr[-3000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


# ----------------------------------------------------------------- output ---

def _f(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def field_table(reports: dict[str, Any], fields: Iterable[str]) -> str:
    """Rows: fields; columns: strict F1 and lenient F1 of each named report."""
    names = list(reports)
    head = "field".ljust(15) + "".join(f"{n[:17]:>20}" for n in names)
    sub = " " * 15 + "".join(f"{'strict  lenient':>20}" for _ in names)
    lines = [head, sub]
    for fld in fields:
        row = fld.ljust(15)
        for n in names:
            fs = reports[n].overall if fld == "overall" else reports[n].fields[fld]
            row += f"{_f(fs.strict.f1):>12}{_f(fs.lenient.f1):>8}"
        lines.append(row)
    return "\n".join(lines)


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--timex-python", help="interpreter with ja-timex installed (default: env MOU_TIMEX_PYTHON, /work/venv-timex/bin/python)")
    ap.add_argument("--no-throughput", action="store_true", help="skip the speed measurements")
    ap.add_argument("--min-seconds", type=float, default=5.0, help="time each throughput measurement for at least this long")
    ap.add_argument("--json", type=Path, help="also write every figure here")
    ap.add_argument("--measure", choices=("pipeline", "ginza"), help=argparse.SUPPRESS)
    ap.add_argument("--texts", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--timex-worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.timex_worker:
        return timex_worker()
    if args.measure:
        return measure(args.measure, args.texts, args.min_seconds)

    sys.path.insert(0, str(REPO / "src"))
    from mou_extract import Pipeline, Settings
    from mou_extract.score import FIELDS, format_table, score

    figures: dict[str, Any] = {}
    print("== mou-extract pipeline benchmark ==")
    corpus_src, seed_src = load_sources()
    gold_corpus, gold_seeds = load_gold()
    sources = {s.doc_id: s for s in corpus_src + seed_src}
    texts = {k: s.text for k, s in sources.items()}
    print(f"inputs: {len(corpus_src)} corpus documents, {len(seed_src)} seeds; gold: {len(gold_corpus)} corpus, {len(gold_seeds)} seeds")

    t0 = time.perf_counter()
    pipe = Pipeline(Settings())
    preds = {k: pipe.extract(t, doc_id=k).to_dict() for k, t in texts.items()}
    print(f"pipeline ran on {len(preds)} documents in {time.perf_counter() - t0:.1f}s (default settings, NER on)")

    parts: dict[str, tuple[dict[str, dict], list[str]]] = {
        name: (gold_corpus, ids) for name, ids in splits(gold_corpus).items()
    }
    if gold_seeds:
        parts["seeds"] = (gold_seeds, sorted(gold_seeds))
    else:
        print("  (seeds skipped: ../shared/seeds or gold/seeds not found)")

    # 1. scores
    reports = {}
    for name, (gold, ids) in parts.items():
        rep = score(gold, preds, docs=ids)
        reports[name] = rep
        print(f"\n-- pipeline on {name} ({len(ids)} documents) --")
        print(format_table(rep))
        figures[f"pipeline_{name}"] = {k: v for k, v in rep.to_dict().items() if k != "per_document"}
    print("\n-- pipeline, strict / lenient F1 per field --")
    print(field_table(reports, [*FIELDS, "overall"]))
    for name, rep in reports.items():
        rd = rep.records
        print(f"records {name:6}: recall {_f(rd.recall)}  precision {_f(rd.precision)}  (gold {rd.gold}, predicted {rd.pred}, paired {rd.paired})")

    # 2. baseline A
    print("\n-- baseline A: parties from GiNZA alone (same records, parties from entities in agreement sentences) --")
    import spacy

    nlp = spacy.load("ja_ginza")
    base_a = ginza_parties(nlp, texts, preds)
    for name, (gold, ids) in parts.items():
        rep_a = score(gold, base_a, docs=ids)
        print(f"[{name}]")
        print(field_table({"pipeline": reports[name], "GiNZA alone": rep_a}, PARTY_FIELDS))
        p_f1 = reports[name].fields["party"].strict.f1 or 0.0
        a_f1 = rep_a.fields["party"].strict.f1 or 0.0
        print(f"party strict F1 pipeline {p_f1:.3f} vs GiNZA {a_f1:.3f}: {verdict(p_f1 > a_f1)} (pipeline better)")
        figures[f"baseline_a_{name}"] = {f: rep_a.fields[f].to_dict() for f in PARTY_FIELDS}
    del nlp

    # 3. baseline B
    print("\n-- baseline B: dates from ja-timex alone (same records, each date from ja-timex near its evidence) --")
    timex_py = find_timex_python(args.timex_python)
    if timex_py is None:
        print("skipped: ja-timex not available (give --timex-python or MOU_TIMEX_PYTHON, or create /work/venv-timex)")
    else:
        try:
            base_b = timex_dates(timex_py, texts, preds)
        except (subprocess.CalledProcessError, json.JSONDecodeError) as exc:
            err = getattr(exc, "stderr", "") or ""
            print(f"skipped: ja-timex run failed: {exc}\n{err[-2000:]}")
        else:
            for name, (gold, ids) in parts.items():
                rep_b = score(gold, base_b, docs=ids)
                print(f"[{name}]")
                print(field_table({"pipeline": reports[name], "ja-timex alone": rep_b}, DATE_FIELDS))
                p = reports[name].fields["event"].strict.f1 or 0.0
                b = rep_b.fields["event"].strict.f1 or 0.0
                print(f"event strict F1 pipeline {p:.3f} vs ja-timex {b:.3f}: {verdict(p >= b)} (pipeline at least as good)")
                figures[f"baseline_b_{name}"] = {f: rep_b.fields[f].to_dict() for f in DATE_FIELDS}

    # 4. throughput
    if not args.no_throughput:
        all_texts = [texts[k] for k in sorted(texts)]
        print(f"\n-- throughput over {len(all_texts)} texts, {sum(map(len, all_texts)):,} chars "
              f"(each in its own process, timed ≥ {args.min_seconds:.0f}s after a warm-up) --")
        with tempfile.TemporaryDirectory() as tmp:
            tf = Path(tmp) / "texts.json"
            tf.write_text(json.dumps(all_texts, ensure_ascii=False), encoding="utf-8")
            m_pipe = run_measure("pipeline", tf, args.min_seconds)
            m_ginza = run_measure("ginza", tf, args.min_seconds)
        for m, label in ((m_pipe, "pipeline (NER on)"), (m_ginza, "spacy.load('ja_ginza')")):
            print(f"{label:24} {m['chars_per_s']:>12,.0f} chars/s  ({m['passes']} passes in {m['seconds']:.1f}s; "
                  f"load {m['load_s']:.1f}s, first pass {m['first_pass_s']:.1f}s)  peak RSS {m['peak_rss_mb']:,.0f} MB")
        ratio = m_pipe["chars_per_s"] / m_ginza["chars_per_s"]
        print(f"speed ratio pipeline/GiNZA: {ratio:.1f}x (target ≥ {THROUGHPUT_TARGET:.0f}x): {verdict(ratio >= THROUGHPUT_TARGET)}")
        figures["throughput"] = {"pipeline": m_pipe, "ginza": m_ginza, "ratio": ratio}

    if args.json:
        args.json.write_text(json.dumps(figures, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
        print(f"\nfigures → {args.json}")


if __name__ == "__main__":
    main()
