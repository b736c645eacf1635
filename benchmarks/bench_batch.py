"""Batch throughput and memory: ``mou-extract run`` on a generated batch with 1 and 2 workers.

Generates ``--n`` documents (default 5,000) with ``make_batch.py`` into a temporary
folder, then runs the CLI on it once per worker count, each in its own process,
sampling the RSS of the CLI process and of every process under it (psutil, every
0.2 s). Prints documents/s, chars/s, the peak RSS of each worker process, the
2-vs-1 speed-up (target ≥ 1.7) and the per-worker peak (target < 1.5 GB).

Usage::

    .venv/bin/python benchmarks/bench_batch.py [--n 5000] [--workers 1,2] [--both]

Default settings (GiNZA NER on as a second opinion); ``--no-ner`` measures the
rules alone, ``--both`` measures the two. With one worker the pipeline runs in
the CLI process, so that process is the worker; with more, the workers are the
pool's processes (the CLI process only writes results).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_batch import make_batch  # noqa: E402

SPEEDUP_TARGET = 1.7
WORKER_PEAK_TARGET_MB = 1.5 * 1024


class RssSampler:
    """Peak RSS per process of a process tree, sampled in a thread."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.root = psutil.Process(pid)
        self.every = every
        self.peak: dict[int, float] = {}
        self.roles: dict[int, str] = {}
        self.cpu: dict[int, float] = {}  # user+system seconds at the last sample
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                break
            for p in procs:
                try:
                    mb = p.memory_info().rss / 2**20
                    t = p.cpu_times()
                    self.cpu[p.pid] = t.user + t.system
                except psutil.Error:
                    continue
                if mb > self.peak.get(p.pid, 0.0):
                    self.peak[p.pid] = mb
                if p.pid not in self.roles:
                    self.roles[p.pid] = self._role(p)
            self._stop.wait(self.every)

    def _role(self, p: psutil.Process) -> str:
        """main, worker, or helper (the forkserver itself, the resource tracker)."""
        if p.pid == self.root.pid:
            return "main"
        try:
            cmd = " ".join(p.cmdline())
            parent = p.ppid()
        except psutil.Error:
            return "helper"
        if "resource_tracker" in cmd or ("forkserver" in cmd and parent == self.root.pid):
            return "helper"
        return "worker"

    def __enter__(self) -> "RssSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def run_cli(inputs: Path, out: Path, workers: int, ner: bool) -> dict[str, Any]:
    cmd = [sys.executable, "-c", "from mou_extract.cli import main; main()", "run", str(inputs), "-o", str(out),
           "--workers", str(workers), "--no-progress", "--ner" if ner else "--no-ner"]
    load_before = os.getloadavg()[0]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    with RssSampler(proc.pid) as sampler:
        _, err = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"mou-extract run failed ({proc.returncode}):\n{err[-3000:]}")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    main_pid = proc.pid
    role = sampler.roles
    workers_peak = [mb for pid, mb in sampler.peak.items() if role.get(pid) == "worker"]
    if workers == 1:  # the pipeline runs in the CLI process
        workers_peak = [sampler.peak.get(main_pid, 0.0), *workers_peak]
    return {
        "workers": workers,
        "ner": ner,
        "wall_s": wall,
        "batch_s": manifest["run"]["seconds"],
        "documents": manifest["run"]["documents"],
        "errors": manifest["run"]["errors"],
        "records": manifest["run"]["records"],
        "load_before": load_before,
        "cpu_s": sum(sampler.cpu.values()),
        "main_peak_mb": sampler.peak.get(main_pid, 0.0),
        "worker_peaks_mb": sorted(workers_peak, reverse=True),
        "helper_peaks_mb": sorted((mb for pid, mb in sampler.peak.items() if role.get(pid) == "helper"), reverse=True),
    }


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000, help="documents to generate (default 5000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts (default 1,2)")
    g = ap.add_mutually_exclusive_group()
    g.add_argument("--no-ner", action="store_true", help="rules only")
    g.add_argument("--both", action="store_true", help="default settings, then rules only")
    ap.add_argument("--keep", type=Path, help="generate into this folder and keep it (and the outputs)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    worker_counts = [int(x) for x in args.workers.split(",")]
    ner_modes = [True, False] if args.both else [not args.no_ner]

    tmp = None
    root = args.keep
    if root is None:
        tmp = tempfile.mkdtemp(prefix="mou_bench_batch_")
        root = Path(tmp)
    try:
        inputs = root / "inputs"
        if inputs.exists():
            shutil.rmtree(inputs)
        t0 = time.perf_counter()
        counts = make_batch(inputs, args.n, args.seed)
        chars = counts["chars"]
        size = sum(p.stat().st_size for p in inputs.iterdir())
        forms = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k != "chars")
        print(f"== batch benchmark: {args.n} documents, {chars:,} chars, {size / 2**20:.1f} MiB ({forms}); "
              f"generated in {time.perf_counter() - t0:.1f}s; {psutil.cpu_count()} CPUs ==")
        results = []
        for ner in ner_modes:
            label = "NER on (default)" if ner else "rules only (--no-ner)"
            by_w: dict[int, dict[str, Any]] = {}
            for w in worker_counts:
                out = root / f"out_w{w}_{'ner' if ner else 'rules'}"
                r = run_cli(inputs, out, w, ner)
                r["docs_per_s"] = args.n / r["wall_s"]
                r["chars_per_s"] = chars / r["wall_s"]
                by_w[w] = r
                results.append(r)
                peaks = ", ".join(f"{mb:,.0f}" for mb in r["worker_peaks_mb"]) or "-"
                print(f"[{label}] workers {w}: {r['wall_s']:6.1f}s wall ({r['batch_s']:.1f}s in run_batch)  "
                      f"{r['docs_per_s']:7.1f} docs/s  {r['chars_per_s']:>10,.0f} chars/s  "
                      f"{r['documents']} documents, {r['errors']} errors, {r['records']} records; "
                      f"peak RSS per worker [{peaks}] MB, CLI process {r['main_peak_mb']:,.0f} MB; "
                      f"CPU {r['cpu_s']:.0f}s = {r['cpu_s'] / r['wall_s']:.2f} cores busy (load avg before {r['load_before']:.2f})")
            if 1 in by_w and 2 in by_w:
                speedup = by_w[2]["docs_per_s"] / by_w[1]["docs_per_s"]
                print(f"[{label}] speed-up 2 vs 1 workers: {speedup:.2f}x (target ≥ {SPEEDUP_TARGET}): {verdict(speedup >= SPEEDUP_TARGET)}")
            worst = max((mb for r in by_w.values() for mb in r["worker_peaks_mb"]), default=0.0)
            print(f"[{label}] largest per-worker peak: {worst:,.0f} MB (target < {WORKER_PEAK_TARGET_MB:,.0f} MB): "
                  f"{verdict(worst < WORKER_PEAK_TARGET_MB)}")
        if args.json:
            args.json.write_text(json.dumps({"n": args.n, "chars": chars, "runs": results}, indent=1), encoding="utf-8")
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
