"""Generate ``src/mou_extract/data/countries_ja.tsv``: Japanese country names → ISO alpha-2.

Two sources, merged:

* CLDR's Japanese territory names (``babel.Locale('ja').territories``), keeping
  only codes that pycountry knows as ISO 3166-1 alpha-2 countries (drops 世界,
  ヨーロッパ, 欧州連合 …);
* ``src/mou_extract/data/countries_hand.tsv``: conventional short and official
  forms CLDR lacks (米国, 英国, 中華人民共和国, 大韓民国 …) and one-character
  abbreviations used only inside compounds (日米, 日独: ``use = prefix``).

Output columns: name, alpha2, source (babel|hand), use (name|prefix).
Usage: python scripts/gen_countries.py [OUT.tsv]
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from pathlib import Path

import babel
import pycountry

DATA = Path(__file__).resolve().parents[1] / "src" / "mou_extract" / "data"
DEFAULT_OUT = DATA / "countries_ja.tsv"
HAND = DATA / "countries_hand.tsv"


def _hand_rows() -> list[dict[str, str]]:
    lines = [ln for ln in HAND.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def build_rows() -> list[dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for code, name in babel.Locale("ja").territories.items():
        if len(code) == 2 and code.isalpha() and pycountry.countries.get(alpha_2=code):
            name = unicodedata.normalize("NFKC", name)
            rows[name] = {"name": name, "alpha2": code, "source": "babel", "use": "name"}
    for r in _hand_rows():
        if pycountry.countries.get(alpha_2=r["alpha2"]) is None:
            raise ValueError(f"unknown alpha-2 {r['alpha2']!r} in {HAND.name}")
        name = unicodedata.normalize("NFKC", r["name"])
        rows.setdefault(name, {"name": name, "alpha2": r["alpha2"], "source": "hand", "use": r["use"]})
    return sorted(rows.values(), key=lambda r: (r["alpha2"], r["source"], r["name"]))


def write(out: Path) -> int:
    rows = build_rows()
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["name", "alpha2", "source", "use"], delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    print(f"{write(target)} rows -> {target}")
