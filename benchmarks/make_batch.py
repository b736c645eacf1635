"""Generate a large, varied batch of input files from the corpus (for bench_batch.py).

Each generated document starts from one corpus document (sometimes two, joined)
and is changed, deterministically from ``--seed``:

- paragraphs shuffled (the first one, the headline, stays first);
- dates and numbers swapped (years moved by a few years, months/days redrawn
  within valid ranges, era years redrawn, other numbers redrawn at the same
  length);
- municipality names replaced by others from ``src/mou_extract/data/municipalities.tsv``
  (consistently within a document);
- written as UTF-8 text (most), CP932 text, UTF-8 with a BOM, or HTML (UTF-8 or
  Shift_JIS declared in ``<meta charset>``).

Usage::

    python benchmarks/make_batch.py OUTDIR [--n 5000] [--seed 7]

The generated files stay outside the repository (they are derived from the corpus
and would only bloat it).
"""

from __future__ import annotations

import argparse
import html
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
MUNICIPALITIES = REPO / "src" / "mou_extract" / "data" / "municipalities.tsv"

# Shares of each output form (the rest is UTF-8 .txt).
SHARE_CP932 = 0.20
SHARE_BOM = 0.05
SHARE_HTML_UTF8 = 0.12
SHARE_HTML_SJIS = 0.05
SHARE_JOINED = 0.20  # documents made of two corpus documents

_DATE_OR_NUMBER = re.compile(
    r"(?P<era>令和|平成|昭和)(?P<ey>\d{1,2}|元)年"
    r"|(?P<year>(?:19|20)\d{2})年"
    r"|(?P<month>\d{1,2})月(?P<day>\d{1,2})日"
    r"|(?P<hour>\d{1,2})時(?P<minute>\d{1,2})分"
    r"|(?P<num>\d+)"
)
_ERA_YEARS = {"令和": 7, "平成": 31, "昭和": 64}


@dataclass(frozen=True, slots=True)
class SourceText:
    """One corpus document, decoded (the main text for HTML)."""

    stem: str
    text: str


def load_corpus(folder: Path = CORPUS) -> list[SourceText]:
    """Every corpus document's extractable text, in name order."""
    sys.path.insert(0, str(REPO / "src"))
    from mou_extract.ingest import IngestError, iter_inputs, read_document

    out: list[SourceText] = []
    for p in iter_inputs([folder]):
        try:
            out.append(SourceText(p.stem, read_document(p).text))
        except IngestError:
            continue
    if not out:
        raise SystemExit(f"no readable documents in {folder}")
    return out


def load_municipalities(path: Path = MUNICIPALITIES) -> list[str]:
    """Names of municipalities (kind ``municipality``) of three or more characters."""
    names: list[str] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        cols = line.split("\t")
        if n == 0 or len(cols) < 2:
            continue
        if cols[1] == "municipality" and len(cols[0]) >= 3:
            names.append(cols[0])
    return names


def shuffle_paragraphs(text: str, rng: random.Random) -> str:
    """Shuffle the paragraphs (blank-line separated, else lines) after the first."""
    sep = "\n\n" if "\n\n" in text else "\n"
    parts = [p for p in text.split(sep) if p.strip()]
    if len(parts) < 3:
        return text
    head, rest = parts[0], parts[1:]
    rng.shuffle(rest)
    return sep.join([head, *rest]) + "\n"


def swap_numbers(text: str, rng: random.Random) -> str:
    """Redraw dates and numbers (valid calendar values, same digit counts)."""
    shift = rng.randint(-6, 3)

    def repl(m: re.Match[str]) -> str:
        if m.group("era"):
            era = m.group("era")
            return f"{era}{rng.randint(1, _ERA_YEARS[era])}年"
        if m.group("year"):
            return f"{int(m.group('year')) + shift}年"
        if m.group("month"):
            return f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日"
        if m.group("hour"):
            return f"{rng.randint(8, 18)}時{rng.choice((0, 15, 30, 45)):02d}分"
        digits = m.group("num")
        if len(digits) == 1:
            return str(rng.randint(1, 9))
        return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))

    return _DATE_OR_NUMBER.sub(repl, text)


def swap_cities(text: str, rng: random.Random, names: list[str], pattern: re.Pattern[str]) -> str:
    """Replace each municipality named in the text by a random other one (consistently)."""
    mapping: dict[str, str] = {}

    def repl(m: re.Match[str]) -> str:
        old = m.group(0)
        if old not in mapping:
            mapping[old] = rng.choice(names)
        return mapping[old]

    return pattern.sub(repl, text)


def to_html(text: str, charset: str) -> str:
    """A small web page holding the text (headline as <h1>, paragraphs as <p>)."""
    paras = [p for p in re.split(r"\n+", text) if p.strip()]
    head = html.escape(paras[0]) if paras else ""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras[1:])
    return (
        f'<!DOCTYPE html>\n<html lang="ja"><head><meta charset="{charset}"><title>{head}</title></head>\n'
        f'<body><nav><a href="/">ホーム</a> &gt; <a href="/news/">お知らせ</a></nav>\n'
        f"<main><h1>{head}</h1>\n{body}\n</main>\n<footer>Copyright</footer></body></html>\n"
    )


def render(text: str, form: str) -> tuple[str, bytes]:
    """File suffix and bytes for one of the output forms."""
    if form == "cp932":
        return ".txt", text.encode("cp932", errors="replace")
    if form == "bom":
        return ".txt", b"\xef\xbb\xbf" + text.encode("utf-8")
    if form == "html-utf8":
        return ".html", to_html(text, "utf-8").encode("utf-8")
    if form == "html-sjis":
        return ".html", to_html(text, "Shift_JIS").encode("cp932", errors="xmlcharrefreplace")
    return ".txt", text.encode("utf-8")


def pick_form(rng: random.Random) -> str:
    x = rng.random()
    for form, share in (("cp932", SHARE_CP932), ("bom", SHARE_BOM), ("html-utf8", SHARE_HTML_UTF8), ("html-sjis", SHARE_HTML_SJIS)):
        if x < share:
            return form
        x -= share
    return "utf8"


def make_batch(outdir: Path, n: int = 5000, seed: int = 7, corpus: Path = CORPUS) -> dict[str, int]:
    """Write ``n`` generated documents into ``outdir``; return counts per form and
    the total number of characters (``chars``) of the texts before encoding."""
    rng = random.Random(seed)
    sources = load_corpus(corpus)
    names = load_municipalities()
    pattern = re.compile("|".join(re.escape(x) for x in sorted(set(names), key=len, reverse=True)))
    outdir.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {"chars": 0}
    for i in range(n):
        base = rng.choice(sources)
        text = base.text
        if rng.random() < SHARE_JOINED:
            text = text.rstrip() + "\n\n" + rng.choice(sources).text
        if rng.random() < 0.7:
            text = shuffle_paragraphs(text, rng)
        if rng.random() < 0.8:
            text = swap_numbers(text, rng)
        if rng.random() < 0.8:
            text = swap_cities(text, rng, names, pattern)
        text = text.rstrip() + f"\n\n(整理番号 第{i + 1}号)\n"  # every file's bytes differ
        form = pick_form(rng)
        suffix, data = render(text, form)
        (outdir / f"g{i:05d}_{base.stem}{suffix}").write_bytes(data)
        counts[form] = counts.get(form, 0) + 1
        counts["chars"] += len(text)
    return counts


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", type=Path)
    ap.add_argument("--n", type=int, default=5000, help="number of documents (default 5000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args(argv)
    counts = make_batch(args.outdir, args.n, args.seed, args.corpus)
    forms = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()) if k != "chars")
    print(f"{args.n} documents ({counts['chars']:,} chars) → {args.outdir}: {forms}")


if __name__ == "__main__":
    main()
