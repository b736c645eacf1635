"""Run the pipeline over many files into an output folder.

- Every input ends as exactly one line: in ``documents.jsonl`` or in
  ``errors.jsonl``. Nothing an input does (bad bytes, a bug in a rule, a worker
  process that dies) stops the batch.
- Output order is the sorted input order, whatever the number of workers and
  whichever document finishes first.
- The pipeline is built once per process (a module-level cache), in the main
  process for ``workers=1`` and once in each worker otherwise.
- ``resume=True`` skips inputs already finished (same path, same sha256 in
  ``OUTDIR/.state.jsonl``). A state line is written only after its result line
  is on disk, and on resume the result files are cut back to what the state
  vouches for, so a run killed at any point and resumed loses nothing and
  duplicates nothing.

Engines: ``local`` (in process, or a ``ProcessPoolExecutor`` using the
forkserver/spawn start method) and ``dask`` (``dask.distributed``: a given
scheduler address, or a ``LocalCluster`` of ``workers`` processes; the input
paths must then be readable by the workers).
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import multiprocessing as mp
import os
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import __version__
from .ingest import IngestError, file_sha256, iter_inputs, read_document
from .model import ErrorRecord
from .output import (
    DOCUMENTS_FILE,
    ERRORS_FILE,
    MANIFEST_FILE,
    RECORDS_FILE,
    STATE_FILE,
    JsonlWriter,
    atomic_write_text,
    dumps_line,
    iter_jsonl_prefix,
    read_jsonl_prefix,
    write_manifest,
    write_records_csv,
)
from .settings import Settings

__all__ = ["PIPELINE_FACTORY", "BatchSummary", "get_pipeline", "process_path", "run_batch"]

#: The importable ``module:attribute`` that builds a pipeline from a Settings.
#: A string, so it travels to worker processes and Dask workers unchanged;
#: tests pass a fake one.
PIPELINE_FACTORY = "mou_extract.pipeline:Pipeline"

_PIPELINES: dict[tuple[str, str], Any] = {}

# One input's outcome: (document line, error line, sha256 of the file or None).
Outcome = tuple[dict[str, Any] | None, dict[str, Any] | None, str | None]


@dataclass(frozen=True, slots=True)
class BatchSummary:
    """What one run did. ``documents``/``errors``/``records`` count this run's
    lines; ``skipped`` counts inputs already done (``resume``)."""

    inputs: int
    documents: int
    records: int
    errors: int
    skipped: int
    seconds: float

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


# --------------------------------------------------------------- per document ---

def _load_factory(spec: str) -> Callable[[Settings], Any]:
    module, _, attr = spec.partition(":")
    if not attr:
        module, _, attr = spec.rpartition(".")
    obj: Any = importlib.import_module(module)
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj  # type: ignore[no-any-return]


def get_pipeline(settings: Settings, factory: str = PIPELINE_FACTORY) -> Any:
    """The pipeline for these settings, built once per process and then reused."""
    key = (factory, repr(settings))
    pipe = _PIPELINES.get(key)
    if pipe is None:
        pipe = _load_factory(factory)(settings)
        _PIPELINES[key] = pipe
    return pipe


def _error(path: str, code: str, reason: str) -> dict[str, Any]:
    return ErrorRecord(path=path, reason=reason, code=code).to_dict()


def _process(path: str, settings: Settings, factory: str = PIPELINE_FACTORY) -> Outcome:
    """Read and extract one file; every failure becomes an error line."""
    p = Path(path)
    try:
        src = read_document(p, max_bytes=settings.max_bytes)
    except IngestError as exc:
        return None, _error(path, exc.code, exc.reason), file_sha256(p)
    except Exception as exc:  # noqa: BLE001 - never let one input stop the batch
        return None, _error(path, "internal_error", f"while reading: {type(exc).__name__}: {exc}"), file_sha256(p)
    try:
        pipe = get_pipeline(settings, factory)
    except Exception as exc:  # noqa: BLE001
        return None, _error(path, "internal_error", f"pipeline could not be built: {type(exc).__name__}: {exc}"), src.sha256
    try:
        doc = pipe.extract_document(src).to_dict(with_evidence=settings.with_evidence)
        dumps_line(doc)  # fail here, as this input's error, if it cannot be written
    except Exception as exc:  # noqa: BLE001
        return None, _error(path, "internal_error", f"{type(exc).__name__}: {exc}"), src.sha256
    return doc, None, src.sha256


def process_path(
    path: Path, settings: Settings, factory: str = PIPELINE_FACTORY
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """One input → ``(document line, None)`` or ``(None, error line)``.

    A plain top-level function, so it can be sent to worker processes and Dask.
    """
    doc, err, _ = _process(str(path), settings, factory)
    return doc, err


def _init_worker(settings: Settings, factory: str) -> None:
    """Build the pipeline once when a worker process starts."""
    try:
        get_pipeline(settings, factory)
    except Exception:  # noqa: BLE001 - reported per document by _process
        pass


# ---------------------------------------------------------------- engines ---

def _crashed(path: str, detail: str) -> Outcome:
    return None, _error(path, "worker_crashed", f"the worker process died while processing this input ({detail})"), file_sha256(Path(path))


def _run_serial(paths: list[str], settings: Settings, factory: str) -> Iterator[Outcome]:
    for p in paths:
        yield _process(p, settings, factory)


def _mp_context() -> mp.context.BaseContext:
    methods = mp.get_all_start_methods()
    return mp.get_context("forkserver" if "forkserver" in methods else "spawn")


def _run_pool(paths: list[str], settings: Settings, factory: str, workers: int) -> Iterator[Outcome]:
    """Results in input order from a process pool, a bounded window ahead.

    When a worker dies (segfault, OOM kill) the pool breaks and every pending
    future fails; the pool is rebuilt and the inputs that were in flight are
    retried one at a time, so only the input that kills a worker again gets a
    ``worker_crashed`` line.
    """

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=_mp_context(), initializer=_init_worker, initargs=(settings, factory)
        )

    window = workers * 4
    pool = new_pool()
    futures: dict[int, Future[Outcome]] = {}
    nxt = 0
    i = 0
    try:
        while i < len(paths):
            try:
                while nxt < len(paths) and nxt < i + window:
                    futures[nxt] = pool.submit(_process, paths[nxt], settings, factory)
                    nxt += 1
                out = futures.pop(i).result()
            except BrokenProcessPool:  # from result() or from submit() on a pool already broken
                pool.shutdown(wait=True, cancel_futures=True)
                futures.clear()
                pool = new_pool()
                for j in range(i, nxt):  # one at a time: find the input that kills a worker
                    try:
                        yield pool.submit(_process, paths[j], settings, factory).result()
                    except BrokenProcessPool as exc:
                        yield _crashed(paths[j], str(exc) or "BrokenProcessPool")
                        pool.shutdown(wait=True, cancel_futures=True)
                        pool = new_pool()
                i = nxt
                continue
            except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be unpickled
                out = None, _error(paths[i], "internal_error", f"{type(exc).__name__}: {exc}"), file_sha256(Path(paths[i]))
            yield out
            i += 1
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _run_dask(
    paths: list[str], settings: Settings, factory: str, workers: int, scheduler: str | None
) -> Iterator[Outcome]:
    from dask.distributed import Client, LocalCluster

    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        )
        client = Client(cluster)
    try:
        futures = client.map(_process, paths, settings=settings, factory=factory, pure=False)
        for k, (p, fut) in enumerate(zip(paths, futures)):
            try:
                out = fut.result()
            except Exception as exc:  # noqa: BLE001 - KilledWorker and friends
                name = type(exc).__name__
                out = _crashed(p, name) if name == "KilledWorker" else (
                    None, _error(p, "internal_error", f"{name}: {exc}"), file_sha256(Path(p))
                )
            futures[k] = None  # type: ignore[call-overload] # release the result on the cluster
            fut.release()
            yield out
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ------------------------------------------------------------------ resume ---

def _reconcile(outdir: Path, inputs: dict[str, Path]) -> set[tuple[str, str | None]]:
    """Cut the result files back to what ``.state.jsonl`` vouches for.

    The i-th ``document`` state line belongs to the i-th line of
    documents.jsonl (likewise for errors). State lines whose result line is
    missing or torn are dropped (that input runs again); result lines with no
    state line (the run died between the two writes) are dropped too; entries
    for an input whose content has changed since are dropped with their line.
    Returns the finished ``(abspath, sha256)`` pairs.
    """
    docs = read_jsonl_prefix(outdir / DOCUMENTS_FILE)
    errs = read_jsonl_prefix(outdir / ERRORS_FILE)
    state = read_jsonl_prefix(outdir / STATE_FILE)
    kept_docs: list[str] = []
    kept_errs: list[str] = []
    kept_state: list[str] = []
    done: set[tuple[str, str | None]] = set()
    seen: set[str] = set()
    di = ei = 0
    for raw, s in state:
        status, path, sha = s.get("status"), s.get("path"), s.get("sha256")
        if status == "document":
            if di >= len(docs) or docs[di][1].get("doc_id") != s.get("doc_id"):
                break  # nothing after this point can be trusted
            line = docs[di][0]
            di += 1
        elif status == "error":
            if ei >= len(errs):
                break
            line = errs[ei][0]
            ei += 1
        else:
            break
        if not isinstance(path, str) or path in seen:
            continue
        if path in inputs and file_sha256(inputs[path]) != sha:
            continue  # changed since: drop the old line, process again
        seen.add(path)
        done.add((path, sha))
        (kept_docs if status == "document" else kept_errs).append(line)
        kept_state.append(raw)
    # result files first, then the state: a crash in between only loses work
    atomic_write_text(outdir / DOCUMENTS_FILE, "".join(x + "\n" for x in kept_docs))
    atomic_write_text(outdir / ERRORS_FILE, "".join(x + "\n" for x in kept_errs))
    atomic_write_text(outdir / STATE_FILE, "".join(x + "\n" for x in kept_state))
    return done


# -------------------------------------------------------------------- run ---

def _want_progress(progress: bool | None) -> bool:
    if progress is not None:
        return progress
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def run_batch(
    paths: list[Path],
    outdir: Path,
    *,
    settings: Settings,
    workers: int = 1,
    resume: bool = False,
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool | None = None,
    factory: str = PIPELINE_FACTORY,
) -> BatchSummary:
    """Process files and folders into ``outdir``.

    Args:
        paths: files and folders (folders are expanded by :func:`iter_inputs`).
        outdir: the output folder (created if missing). Without ``resume`` its
            result files are started afresh.
        settings: the pipeline settings (also ``max_bytes`` for reading).
        workers: processes; 1 runs in this process.
        resume: skip inputs already finished in ``outdir`` (same path and sha256).
        engine: ``"local"`` or ``"dask"``.
        scheduler: a Dask scheduler address (``engine="dask"``); default a
            LocalCluster of ``workers`` processes.
        progress: a rich progress bar on stderr; None means "when stderr is a terminal".
        factory: ``module:attribute`` of the pipeline class (tests pass a fake).

    Raises:
        UsageError: an input path does not exist.
        ValueError: an unknown engine or fewer than one worker.
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
    if workers < 1:
        raise ValueError("workers must be at least 1")
    t0 = time.perf_counter()
    files = iter_inputs(list(paths))
    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    by_abs = {os.path.abspath(p): p for p in files}
    if resume:
        done = _reconcile(outdir, by_abs)
        done_paths = {p for p, _ in done}
        todo = [p for p in files if not (
            os.path.abspath(p) in done_paths and (os.path.abspath(p), file_sha256(p)) in done
        )]
    else:
        for name in (DOCUMENTS_FILE, ERRORS_FILE, STATE_FILE):
            atomic_write_text(outdir / name, "")
        todo = list(files)
    skipped = len(files) - len(todo)

    todo_str = [str(p) for p in todo]
    if engine == "dask":
        outcomes = _run_dask(todo_str, settings, factory, workers, scheduler)
    elif workers > 1 and len(todo) > 1:
        outcomes = _run_pool(todo_str, settings, factory, workers)
    else:
        outcomes = _run_serial(todo_str, settings, factory)

    n_docs = n_errs = n_recs = 0
    bar = _Progress(len(todo)) if _want_progress(progress) else None
    with (
        JsonlWriter(outdir / DOCUMENTS_FILE) as dw,
        JsonlWriter(outdir / ERRORS_FILE) as ew,
        JsonlWriter(outdir / STATE_FILE) as sw,
    ):
        try:
            for p, (doc, err, sha) in zip(todo_str, outcomes):
                state = {"path": os.path.abspath(p), "sha256": sha}
                if doc is not None:
                    dw.write(doc)
                    sw.write({**state, "status": "document", "doc_id": doc.get("doc_id")})
                    n_docs += 1
                    n_recs += len(doc.get("records") or [])
                else:
                    ew.write(err or _error(p, "internal_error", "no result"))
                    sw.write({**state, "status": "error"})
                    n_errs += 1
                if bar:
                    bar.advance(Path(p).name)
        finally:
            if bar:
                bar.stop()

    n_all_docs = 0

    def all_docs() -> Iterator[dict[str, Any]]:
        nonlocal n_all_docs
        for _, obj in iter_jsonl_prefix(outdir / DOCUMENTS_FILE):
            n_all_docs += 1
            yield obj

    total_records = write_records_csv(all_docs(), outdir / RECORDS_FILE)
    summary = BatchSummary(len(files), n_docs, n_recs, n_errs, skipped, time.perf_counter() - t0)
    write_manifest(outdir / MANIFEST_FILE, {
        "tool": "mou-extract",
        "version": __version__,
        "finished": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "engine": engine,
        "workers": workers,
        "resume": resume,
        "run": summary.to_dict(),
        "totals": {
            "documents": n_all_docs,
            "records": total_records,
            "errors": sum(1 for _ in iter_jsonl_prefix(outdir / ERRORS_FILE)),
        },
        "settings": json.loads(json.dumps(dataclasses.asdict(settings), default=str)),
        "files": [DOCUMENTS_FILE, RECORDS_FILE, ERRORS_FILE],
    })
    return summary


class _Progress:
    """A rich progress bar on stderr."""

    def __init__(self, total: int) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._p = Progress(
            TextColumn("[bold]extract"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            TextColumn("{task.description}"), console=Console(stderr=True), transient=False,
        )
        self._task = self._p.add_task("", total=total)
        self._p.start()

    def advance(self, name: str) -> None:
        self._p.update(self._task, advance=1, description=name)

    def stop(self) -> None:
        self._p.stop()
