"""Generate ``src/mou_extract/data/eras.json`` from the facts below.

The facts are the first day of each modern era (Gregorian). Each era's last
day is the day before the next era's first day; the era year N is
``first_year + N - 1``. Run ``python scripts/gen_eras.py`` to rewrite the data
file, ``--check`` to fail when the file is out of date (a test does this too).

``overflow_in_use``: whether era years past the era's end were written in
practice. 平成's end was announced two years ahead and forms, budgets and
contracts kept writing 平成31年5月, 平成32年 for a while, so those convert
arithmetically (with a problem note). 明治, 大正 and 昭和 ended on an
emperor's death without notice: 昭和64年1月8日 was never a date.

``lunar_until``: Japan used the lunisolar calendar until 明治5年12月2日
(1872-12-31); era dates before then are converted as if Gregorian and noted.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "mou_extract" / "data" / "eras.json"

# name, romaji, abbreviation letter, compatibility symbol(s), first day, overflow_in_use
ERAS: list[tuple[str, str, str, str, str, bool]] = [
    # 明治元年 was decreed to run from 慶応4年1月1日 (lunar) = 1868-01-25.
    ("明治", "Meiji", "M", "\u337e", "1868-01-25", False),
    ("大正", "Taisho", "T", "\u337d", "1912-07-30", False),
    ("昭和", "Showa", "S", "\u337c", "1926-12-25", False),
    ("平成", "Heisei", "H", "\u337b", "1989-01-08", True),
    ("令和", "Reiwa", "R", "\u32ff", "2019-05-01", False),
]
LUNAR_UNTIL = "1872-12-31"


def build() -> dict:
    """The JSON document written to eras.json."""
    eras = []
    for i, (name, romaji, abbrev, symbols, first, overflow) in enumerate(ERAS):
        first_day = date.fromisoformat(first)
        last_day = None
        if i + 1 < len(ERAS):
            last_day = (date.fromisoformat(ERAS[i + 1][4]) - timedelta(days=1)).isoformat()
        eras.append({
            "name": name,
            "romaji": romaji,
            "abbrev": abbrev,
            "symbols": list(symbols),
            "first_day": first_day.isoformat(),
            "last_day": last_day,
            "first_year": first_day.year,
            "overflow_in_use": overflow,
        })
    return {"generated_by": "scripts/gen_eras.py", "lunar_until": LUNAR_UNTIL, "eras": eras}


def render() -> str:
    return json.dumps(build(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if eras.json is out of date")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        ok = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("eras.json is up to date" if ok else "eras.json is OUT OF DATE: run scripts/gen_eras.py")
        return 0 if ok else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
