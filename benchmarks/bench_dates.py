"""Date engine benchmark: mou-extract vs ja-timex, accuracy by category and throughput.

Run (ja-timex pins a beta pendulum, so it lives in its own venv, never in the
project's)::

    python3 -m venv /work/venv-timex
    /work/venv-timex/bin/pip install ja-timex
    /work/venv-timex/bin/pip install --no-deps -e .
    /work/venv-timex/bin/python benchmarks/bench_dates.py

Without ja-timex the script still prints mou-extract's figures.

Accuracy: the cases of ``tests/dates/cases.py`` (the project's date test table).
Each case's expected *facts* are its periods (range start/end, duration,
renewal, fiscal year) plus its dated values that are not the ends of a range;
a system is right on a case when it produces exactly that set of facts. On the
trap categories (place_name, must_not_match) a system is right only if it
produces no mention at all.

How ja-timex's output is read (generously: it is scored on what it can express):

- DATE: its value with trailing ``-XX`` dropped (``2020-04-XX`` → ``2020-04``);
  ``XXXX-MM-DD`` takes the year of the case's ``ref`` (as ours does); a value
  with other unknown parts (``XXXX-XX-10``) is a mention with no value;
  ``FY2021`` is fiscal year 2021 (2021-04-01..2022-03-31).
- ``range_start``/``range_end`` flags pair two DATEs into a range; a lone flag
  makes an open range.
- DURATION: its value is a duration, except ``mod=NOW`` (本日) which is the
  ``ref`` date and ``mod=BEFORE/AFTER`` (6か月前) which is a mention with no value.
- SET (毎年) is a renewal with its value. TIME is ignored (times are out of scope).

Throughput: the table's inputs concatenated and repeated to ~1 MB, cut into
~2,000-character chunks (both systems get the same chunks, one call each).
"""

from __future__ import annotations

import importlib.util
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
ISSUE_CATEGORIES = ["era", "kanji", "fullwidth", "abbreviation", "range", "duration", "fiscal_year",
                    "yearless", "invalid", "place_name"]
EXTRA_CATEGORIES = ["gregorian", "renewal", "must_not_match"]
TRAPS = {"place_name", "must_not_match"}

Facts = frozenset


def load_cases() -> list[Any]:
    spec = importlib.util.spec_from_file_location("date_cases", ROOT / "tests" / "dates" / "cases.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules["date_cases"] = mod
    spec.loader.exec_module(mod)
    return list(mod.ALL)


def expected_facts(case: Any) -> Facts:
    periods = set(case.periods)
    ends = {v for p in case.periods if p[0] == "range" for v in p[1:]}
    dates = {("date", v) for v in case.dates if v is not None and v not in ends}
    return frozenset(periods | dates)


# --- mou-extract -----------------------------------------------------------

def mou_run(text: str, ref: str | None) -> tuple[Facts, int]:
    from mou_extract.dates import analyse
    from mou_extract.dates.periods import NO_YEAR  # noqa: F401  (documents the "no value" case)

    dates, periods = analyse(text, ref)
    facts: set[tuple[Any, ...]] = set()
    ranges = [p for p in periods if p.kind == "range"]
    for p in periods:
        if p.kind == "duration":
            facts.add(("duration", p.duration))
        elif p.kind == "renewal":
            facts.add(("renewal", p.renewal))
        else:
            facts.add((p.kind, p.start_value, p.end_value))
    for d in dates:
        if d.value is None or any(r.start <= d.start and d.end <= r.end for r in ranges):
            continue
        facts.add(("date", d.value))
    return frozenset(facts), len(dates) + len(periods)


# --- ja-timex --------------------------------------------------------------

def timex_parse() -> Callable[[str], Any] | None:
    """ja-timex's own call, for throughput."""
    try:
        from ja_timex import TimexParser
    except ImportError:
        return None
    return TimexParser().parse


def timex_runner() -> Callable[[str, str | None], tuple[Facts, int]] | None:
    try:
        import pendulum
        from ja_timex import TimexParser
    except ImportError:
        return None
    parsers: dict[str | None, Any] = {}

    def parser_for(ref: str | None) -> Any:
        if ref not in parsers:
            if ref:
                y, m, d = (ref.split("-") + ["1", "1"])[:3]
                parsers[ref] = TimexParser(reference=pendulum.datetime(int(y), int(m), int(d)))
            else:
                parsers[ref] = TimexParser()
        return parsers[ref]

    def date_value(v: str, ref: str | None) -> str | None:
        while v.endswith("-XX"):
            v = v[:-3]
        if v.startswith("XXXX-") and ref and "X" not in v[5:]:
            v = ref[:4] + v[4:]
        return None if "X" in v else v

    def run(text: str, ref: str | None) -> tuple[Facts, int]:
        out = [t for t in parser_for(ref).parse(text) if t.type != "TIME"]
        facts: set[tuple[Any, ...]] = set()
        pending: str | None = None
        has_pending = False
        for t in out:
            if t.type == "DATE":
                if t.value.startswith("FY"):
                    yv = int(t.value[2:])
                    facts.add(("fiscal_year", f"{yv}-04-01", f"{yv + 1}-03-31"))
                    continue
                v = date_value(t.value, ref)
                if t.range_start:
                    if has_pending:
                        facts.add(("range", pending, None))
                    pending, has_pending = v, True
                elif t.range_end:
                    facts.add(("range", pending if has_pending else None, v))
                    pending, has_pending = None, False
                elif v is not None:
                    facts.add(("date", v))
            elif t.type == "DURATION":
                if t.mod == "NOW":
                    if ref:
                        facts.add(("date", ref))
                elif t.mod in ("BEFORE", "AFTER"):
                    pass
                else:
                    facts.add(("duration", t.value))
            elif t.type == "SET":
                facts.add(("renewal", t.value))
        if has_pending:
            facts.add(("range", pending, None))
        return frozenset(facts), len(out)

    return run


# --- report ----------------------------------------------------------------

def score(cases: list[Any], run: Callable[[str, str | None], tuple[Facts, int]]) -> dict[str, list[int]]:
    by_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for c in cases:
        facts, n_mentions = run(c.text, c.ref)
        ok = n_mentions == 0 if c.category in TRAPS else facts == expected_facts(c)
        by_cat[c.category][0] += int(ok)
        by_cat[c.category][1] += 1
    return by_cat


def throughput(unit: str, run: Callable[[str], Any], target: int = 1_000_000) -> tuple[float, int]:
    """chars/s of ``run`` over ``unit`` repeated to ``target`` chars (only the call is timed)."""
    text = unit * (target // len(unit) + 1)
    chunks = [text[i:i + 2000] for i in range(0, len(text), 2000)]
    t0 = time.perf_counter()
    for ch in chunks:
        run(ch)
    dt = time.perf_counter() - t0
    return len(text) / dt, len(text)


def main() -> int:
    cases = load_cases()
    mou = score(cases, mou_run)
    tx_run = timex_runner()
    if tx_run is None:
        print("ja-timex is not installed in this interpreter: showing mou-extract only.\n"
              "Install it in a separate venv (see this file's docstring) and run that venv's python.\n")
    tx = score(cases, tx_run) if tx_run else None

    print(f"Accuracy on tests/dates/cases.py ({len(cases)} cases; a case is right when its facts match exactly)\n")
    print(f"| category | cases | mou-extract | ja-timex | mou better |")
    print(f"|---|---:|---:|---:|:---:|")
    all_better = True
    tot_m = tot_t = tot_n = 0
    for cat in ISSUE_CATEGORIES + EXTRA_CATEGORIES:
        ok_m, n = mou[cat]
        tot_m += ok_m
        tot_n += n
        cell_t, better = "-", ""
        if tx is not None:
            ok_t = tx[cat][0]
            tot_t += ok_t
            cell_t = f"{ok_t}/{n} ({100 * ok_t / n:.0f}%)"
            better = "yes" if ok_m > ok_t else "NO"
            if cat in ISSUE_CATEGORIES and ok_m <= ok_t:
                all_better = False
        extra = "" if cat in ISSUE_CATEGORIES else " (extra)"
        print(f"| {cat}{extra} | {n} | {ok_m}/{n} ({100 * ok_m / n:.0f}%) | {cell_t} | {better} |")
    cell_t = f"{tot_t}/{tot_n} ({100 * tot_t / tot_n:.0f}%)" if tx is not None else "-"
    print(f"| **all** | {tot_n} | {tot_m}/{tot_n} ({100 * tot_m / tot_n:.0f}%) | {cell_t} | |")

    from mou_extract.dates import analyse

    texts = {"date test table (dense: every line is a date case)": "。".join(c.text for c in cases) + "。\n"}
    seeds = sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))
    if seeds:
        texts["../shared/seeds (real documents)"] = "\n".join(p.read_text(encoding="utf-8") for p in seeds)
    tx_parse = timex_parse()
    ratios = []
    for label, unit in texts.items():
        print(f"\nThroughput on {label}: ~1 MB, 2,000-char chunks, one run each\n")
        mou_cps, size = throughput(unit, analyse)
        print(f"mou-extract: {mou_cps:>12,.0f} chars/s ({mou_cps * 3 / 1e6:.1f} MB/s as UTF-8) on {size:,} chars")
        if tx_parse is not None:
            tx_cps, _ = throughput(unit, tx_parse)
            ratios.append(mou_cps / tx_cps)
            print(f"ja-timex:    {tx_cps:>12,.0f} chars/s")
            print(f"ratio:       {mou_cps / tx_cps:.1f}x")
    if tx_parse is not None:
        print(f"\nmou-extract more accurate in every issue category: {'yes' if all_better else 'NO'}; "
              f"at least 3x faster: {'yes' if min(ratios) >= 3 else 'NO'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
