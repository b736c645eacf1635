"""Write ``src/mou_extract/data/cities_cn.tsv``: every city (市) of mainland China, in the
Japanese (shinjitai) spelling Japanese pages use (大连市 → 大連市, 苏州市 → 蘇州市).

Source: the administrative-division table that the ``cpca`` package ships (GB/T 2260
codes, simplified Chinese), converted with OpenCC (simplified → traditional → Japanese
shinjitai). General reference data, not taken from any document. The table is only
used to give a country to a kanji city the page already names as a party, never to
find mentions (中山市長 is often Mayor Nakayama). Names that are also Japanese
municipalities (松原市) are left out.

Run: ``pip install .[data]`` then ``python scripts/gen_cities_cn.py [out.tsv]``.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path

import opencc

root = Path(__file__).resolve().parents[1]
spec = importlib.util.find_spec("cpca")  # read the data file without importing cpca (it loads jieba)
if spec is None or not spec.submodule_search_locations:
    raise SystemExit("cpca is not installed: pip install .[data]")
table = Path(list(spec.submodule_search_locations)[0]) / "resources" / "adcodes.csv"
s2t, t2jp = opencc.OpenCC("s2t"), opencc.OpenCC("t2jp")
japanese = {row["name"] for row in csv.DictReader((root / "src/mou_extract/data/municipalities.tsv").open(encoding="utf-8"), delimiter="\t")}

rows: dict[str, str] = {}
with table.open(encoding="utf-8") as f:
    for row in csv.DictReader(f):
        name = row["name"].strip()
        if not name.endswith("市") or len(name) < 2:
            continue
        ja = t2jp.convert(s2t.convert(name))
        if ja in japanese:
            continue
        rows.setdefault(ja, row["adcode"][:6])
out = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "src/mou_extract/data/cities_cn.tsv"
with out.open("w", encoding="utf-8", newline="") as f:
    f.write("# Cities (市) of mainland China in Japanese spelling, from cpca's GB/T 2260 table via OpenCC;\n")
    f.write("# written by scripts/gen_cities_cn.py. Used only to place a city a page already names.\n")
    f.write("name\tcountry\tadcode\n")
    for name in sorted(rows):
        f.write(f"{name}\tCN\t{rows[name]}\n")
print(f"{len(rows)} cities → {out}")
