"""Throughput of the party rules vs GiNZA NER over the same text, and peak memory.

Text: the seed documents concatenated (../shared/seeds beside the repo) plus any
files given on the command line, repeated up to ~1 MB for the rule path.
Usage: python benchmarks/bench_parties.py [--no-ner] [FILES...]
"""

from __future__ import annotations

import sys
import time
import tracemalloc
from pathlib import Path

from mou_extract.gazetteer import Gazetteer
from mou_extract.normalize import normalize
from mou_extract.parties import find_party_mentions
from mou_extract.tokenize import tokens

SEEDS = Path(__file__).resolve().parents[1] / ".." / "shared" / "seeds"


def corpus(extra: list[str]) -> str:
    files = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    files += [Path(f) for f in extra]
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in files)
    return normalize(text or "川崎市はドイツ・バイエルン州の「BioM」と覚書を締結した。\n" * 100).text


def main(argv: list[str]) -> None:
    use_ner = "--no-ner" not in argv
    base = corpus([a for a in argv if not a.startswith("--")])
    big = (base * (1_000_000 // max(1, len(base)) + 1))[:1_000_000]
    tracemalloc.start()
    t0 = time.perf_counter()
    Gazetteer.load()
    find_party_mentions("横浜市")
    print(f"load gazetteer+rules: {time.perf_counter() - t0:.3f} s")
    t0 = time.perf_counter()
    n = sum(len(find_party_mentions(chunk)) for chunk in (big[i:i + 20_000] for i in range(0, len(big), 20_000)))
    dt = time.perf_counter() - t0
    print(f"rules (windows tagged on demand): {len(big) / dt:,.0f} chars/s over {len(big):,} chars, {n} mentions")
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak traced memory (rules, windowed): {peak / 2**20:.1f} MiB")
    t0 = time.perf_counter()
    toks = tokens(big)
    n = len(find_party_mentions(big, tokens=toks))
    dt = time.perf_counter() - t0
    print(f"rules (full tokenisation first):  {len(big) / dt:,.0f} chars/s, {n} mentions")
    if use_ner:
        from mou_extract.ner import NerRunner
        runner = NerRunner()
        t0 = time.perf_counter()
        runner.entities(["横浜市"])
        print(f"load GiNZA: {time.perf_counter() - t0:.1f} s")
        sample = base[:100_000]
        t0 = time.perf_counter()
        ents = runner.entities([sample])
        dt = time.perf_counter() - t0
        print(f"GiNZA NER: {len(sample) / dt:,.0f} chars/s over {len(sample):,} chars, {len(ents[0])} entities")
        try:
            import resource
            print(f"max RSS (process): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
        except ImportError:
            pass


if __name__ == "__main__":
    main(sys.argv[1:])
