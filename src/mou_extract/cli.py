"""The ``mou-extract`` command line.

Exit status: 0 when every input went through, 1 when some inputs failed (they
are listed in ``errors.jsonl``), 2 for usage errors (a missing path, a bad
option).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Extract agreement records from Japanese municipal documents.")
registry_app = typer.Typer(no_args_is_help=True, help="Load records into a DuckDB registry and export it.")
app.add_typer(registry_app, name="registry")


def bundled_corpus() -> Path:
    """The project's corpus: ./corpus when run from a checkout, else beside the package."""
    here = Path.cwd() / "corpus"
    if here.is_dir():
        return here
    return Path(__file__).resolve().parents[2] / "corpus"


def _usage(msg: str) -> None:
    typer.echo(f"Usage error: {msg}", err=True)
    raise typer.Exit(2)


@app.command()
def run(
    paths: Annotated[Optional[list[Path]], typer.Argument(help="Files or folders (.txt, .html, .htm). Default: the bundled corpus.")] = None,
    out: Annotated[Path, typer.Option("-o", "--out", help="Output folder.")] = Path("out"),
    workers: Annotated[int, typer.Option(help="Worker processes (models load once per process).")] = 1,
    resume: Annotated[bool, typer.Option(help="Skip inputs whose content hash is already in OUTDIR.")] = False,
    engine: Annotated[str, typer.Option(help="local or dask.")] = "local",
    scheduler: Annotated[Optional[str], typer.Option(help="Dask scheduler address (engine dask); default a local cluster.")] = None,
    ner: Annotated[bool, typer.Option(help="Use GiNZA NER as a second opinion on unsettled parties.")] = True,
    max_bytes: Annotated[int, typer.Option(help="Refuse inputs larger than this many bytes.")] = Settings().max_bytes,
    progress: Annotated[Optional[bool], typer.Option(help="Progress bar on stderr (default: when stderr is a terminal).")] = None,
) -> None:
    """Extract records from files and folders into OUTDIR (documents.jsonl, records.csv, errors.jsonl)."""
    from .batch import run_batch
    from .ingest import iter_inputs

    if workers < 1:
        _usage("--workers must be at least 1")
    if engine not in ("local", "dask"):
        _usage("--engine must be local or dask")
    targets = list(paths) if paths else [bundled_corpus()]
    missing = [str(p) for p in targets if not p.exists()]
    if missing:
        _usage("no such file or folder: " + ", ".join(missing))
    try:
        files = iter_inputs(targets)
    except (FileNotFoundError, ValueError) as exc:
        _usage(str(exc))
    settings = Settings(use_ner=ner, max_bytes=max_bytes)
    summary = run_batch(files, out, settings=settings, workers=workers, resume=resume, engine=engine, scheduler=scheduler, progress=progress)
    typer.echo(
        f"{summary.documents} documents, {summary.records} records, {summary.errors} errors"
        + (f", {summary.skipped} skipped (resume)" if getattr(summary, "skipped", 0) else "")
        + f" in {summary.seconds:.1f}s → {out}",
        err=True,
    )
    raise typer.Exit(1 if summary.errors else 0)


@app.command("eval")
def eval_(
    gold: Annotated[Path, typer.Option(help="Gold folder (one JSON per document) or a documents.jsonl.")] = Path("gold/corpus"),
    pred: Annotated[Path, typer.Option(help="Predicted documents.jsonl.")] = Path("out/documents.jsonl"),
    format: Annotated[str, typer.Option("--format", help="table or json.")] = "table",
    html: Annotated[Optional[Path], typer.Option(help="Also write a self-contained HTML report here.")] = None,
    split: Annotated[str, typer.Option(help="all, dev or test (see gold/split.json).")] = "all",
    split_file: Annotated[Path, typer.Option(help="The split file.")] = Path("gold/split.json"),
    source: Annotated[Optional[list[Path]], typer.Option(help="Folders holding the source documents (for the HTML report).")] = None,
) -> None:
    """Score predictions against gold, per field, strict and lenient."""
    from .score import run_eval

    docs: list[str] | None = None
    if split != "all":
        if split not in ("dev", "test"):
            _usage("--split must be all, dev or test")
        if not split_file.is_file():
            _usage(f"split file not found: {split_file}")
        docs = list(json.loads(split_file.read_text("utf-8"))[split])
    for p in (gold, pred):
        if not p.exists():
            _usage(f"no such file or folder: {p}")
    raise typer.Exit(run_eval(gold, pred, fmt=format, html=html, sources=source, docs=docs))


def _registry_call(fn, *args) -> None:  # type: ignore[no-untyped-def]
    from .registry import RegistryError

    try:
        fn(*args)
    except RegistryError as exc:
        typer.echo(f"Error: {exc}", err=True)
        raise typer.Exit(1) from exc
    raise typer.Exit(0)


@registry_app.command("load")
def registry_load(
    jsonl: Annotated[Path, typer.Argument(help="documents.jsonl to load.")],
    db: Annotated[Path, typer.Option(help="DuckDB database file.")] = Path("registry.duckdb"),
) -> None:
    """Load records into the registry (one transaction; loading twice changes nothing)."""
    from .registry import cmd_load

    if not jsonl.is_file():
        _usage(f"no such file: {jsonl}")
    _registry_call(cmd_load, jsonl, db)


@registry_app.command("export")
def registry_export(
    db: Annotated[Path, typer.Option(help="DuckDB database file.")] = Path("registry.duckdb"),
    out: Annotated[Path, typer.Option("-o", "--out", help="Output folder.")] = Path("registry_export"),
    format: Annotated[str, typer.Option("--format", help="parquet or csv.")] = "parquet",
) -> None:
    """Export every registry table as Parquet or CSV."""
    from .registry import cmd_export

    if format not in ("parquet", "csv"):
        _usage("--format must be parquet or csv")
    if not db.is_file():
        _usage(f"no such database: {db}")
    _registry_call(cmd_export, db, out, format)


@registry_app.command("sql")
def registry_sql(
    query: Annotated[str, typer.Argument(help="A SQL query.")],
    db: Annotated[Path, typer.Option(help="DuckDB database file.")] = Path("registry.duckdb"),
) -> None:
    """Run a SQL query against the registry and print the result."""
    from .registry import cmd_sql

    if not db.is_file():
        _usage(f"no such database: {db}")
    _registry_call(cmd_sql, db, query)


@app.command()
def version() -> None:
    """Print the version."""
    typer.echo(__version__)


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except KeyboardInterrupt:  # pragma: no cover
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
