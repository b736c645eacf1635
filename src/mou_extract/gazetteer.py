"""Place and country names: every Japanese prefecture and municipality, Japanese
names of foreign first-level subdivisions, and Japanese country names.

All three tables are general reference data generated or validated by scripts
(``scripts/gen_municipalities.py``, ``scripts/gen_countries.py``); nothing here
comes from a document. :meth:`Gazetteer.load` reads them once and compiles one
trie-shaped regex per table so that a scan over a text is a single pass.

Bare forms (横浜 for 横浜市, 兵庫 for 兵庫県) are indexed only when exactly one
prefecture or city has that stem; stems shared by several (大阪: 大阪府 and 大阪市;
府中: two 府中市) are kept in :attr:`Gazetteer.ambiguous_bare` and never resolved.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Literal

PlaceKind = Literal["municipality", "region", "ward", "country"]

# Suffixes whose stem may be written alone (横浜 → 横浜市). 町/村/区 stems are too
# often ordinary words or district names to be taken alone.
_BARE_SUFFIXES = ("市", "都", "府", "県")


@dataclass(frozen=True, slots=True)
class PlaceEntry:
    """One gazetteer entry. ``kind`` ward is a ward of a designated city (``parent``)."""

    name: str
    kind: PlaceKind
    country: str
    prefecture: str | None = None
    code: str | None = None
    parent: str | None = None


def _read_tsv(name: str) -> list[dict[str, str]]:
    text = resources.files("mou_extract.data").joinpath(name).read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if ln and not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def trie_regex(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, shaped as a trie so that matching is one
    pass over the text and always prefers the longest word at a position."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        end = "" in node
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if end:
            body = ("(?:" + body + ")?") if len(alts) > 1 or len(body) > 1 else body + "?"
        return body

    return build(trie)


def nfkc(s: str) -> str:
    return "".join(unicodedata.normalize("NFKC", s).split())


_KATA_KEY = re.compile(r"[\u30a1-\u30fa\u30fc]+")
_V_ROW = str.maketrans({"\u30f7": "バ", "\u30f8": "ヰ", "\u30f9": "ヱ", "\u30fa": "ヲ"})
_V_SOUNDS = (("ヴァ", "バ"), ("ヴィ", "ビ"), ("ヴェ", "ベ"), ("ヴォ", "ボ"), ("ヴ", "ブ"))
# kanji a name is often written with instead of the form in the official list (JIS level-1 stand-ins)
_KANJI_VARIANTS = str.maketrans({"檮": "梼", "梼": "檮", "檜": "桧", "桧": "檜", "龍": "竜", "竜": "龍", "條": "条", "嶋": "島",
                                 "﨑": "崎", "澤": "沢", "邊": "辺", "邉": "辺", "髙": "高", "濵": "浜", "鰺": "鯵", "鯵": "鰺"})
_E_ROW_I = re.compile(r"(?<=[エケセテネヘメレゲゼデベペェ])イ")
_CITY_SUFFIX = re.compile(r"(?:特別市|広域市|市|町|村|郡)$")
_LATIN_AFFIX = re.compile(r"^(?:the\s+)?(?:city|town|village|municipality|county|district)\s+of\s+|\s+(?:metropolitan city|special city|(?:city|district|town|borough|shire) council|city|town|village|municipality)$",
                          re.IGNORECASE)


def foreign_city_key(name: str) -> tuple[str, str] | None:
    """The lookup key of a foreign city's name, with its script: ``("kata", …)`` for a
    katakana name (separators dropped, ヴァ written バ, a 市/町/村 suffix cut: ツェル・アム・ゼー町 →
    ツェルアムゼー), ``("latin", …)`` for a Latin one (case, spaces, hyphens and accents dropped,
    City of … cut: City of Hai Phong → haiphong), ``("kanji", …)`` for a kanji name with its
    suffix; None for anything else. The generator of ``cities_world.tsv`` and the lookup share it."""
    s = unicodedata.normalize("NFKC", name).strip()
    if re.fullmatch(r"[\u30a1-\u30fa\u30fc・=\s\-‐]+(?:特別市|広域市|市|町|村|郡)?", s):
        core = re.sub(r"[・=\s\-‐]", "", _CITY_SUFFIX.sub("", s))
        for a, b in _V_SOUNDS:
            core = core.replace(a, b)
        core = _E_ROW_I.sub("ー", core.translate(_V_ROW))  # ソルトレイク and ソルトレーク alike
        return ("kata", core) if len(core) >= 2 and _KATA_KEY.fullmatch(core) else None
    if re.fullmatch(r"[A-Za-z\u00c0-\u024f' .\-]+", s):
        core = _LATIN_AFFIX.sub("", s)
        core = "".join(c for c in unicodedata.normalize("NFKD", core) if not unicodedata.combining(c))
        core = re.sub(r"[\s'.\-]", "", core).casefold()
        return ("latin", core) if len(core) >= 3 else None
    if re.fullmatch(r"[\u4e00-\u9fff]{1,6}(?:特別市|広域市|市|郡|県)", s):
        return ("kanji", s)
    return None


class Gazetteer:
    """Lookup tables and compiled scanners; build it with :meth:`load` (cached)."""

    def __init__(self, jp_rows: list[dict[str, str]], foreign_rows: list[dict[str, str]],
                 country_rows: list[dict[str, str]]) -> None:
        self.municipalities: dict[str, list[PlaceEntry]] = {}
        self._cities: dict[str, str] | None = None  # cities_cn.tsv, read on first use
        self._world: dict[tuple[str, str], str] | None = None  # cities_world.tsv, read on first use
        self.foreign: dict[str, PlaceEntry] = {}
        self.countries: dict[str, str] = {}
        self.country_prefixes: dict[str, str] = {}
        # surface form → entries it may denote (full names, 郡+町, city+ward, bare stems)
        self._surface: dict[str, list[PlaceEntry]] = {}
        for r in jp_rows:
            e = PlaceEntry(r["name"], r["kind"], "JP", r["prefecture"] or None, r["code"] or None,  # type: ignore[arg-type]
                           r["parent"] or None)
            self.municipalities.setdefault(e.name, []).append(e)
            if e.kind == "ward":
                self._surface.setdefault(f"{e.parent}{e.name}", []).append(e)
            else:
                self._surface.setdefault(e.name, []).append(e)
            if r["district"]:
                self._surface.setdefault(r["district"] + e.name, []).append(e)
        # the same names in their other common kanji (梼原町 for 檮原町, 桧原村 for 檜原村): read as the text writes them
        self.variants: set[str] = set()
        for name, entries in list(self.municipalities.items()):
            alt = name.translate(_KANJI_VARIANTS)
            towns = [e for e in entries if e.kind != "ward"]
            if alt != name and alt not in self._surface and towns:
                self._surface[alt] = towns
                self.variants.add(alt)
        # English pages write Japanese places in Hepburn without long vowels (Matsue, Kobe)
        self.romaji: dict[str, list[PlaceEntry]] = {}
        for r in jp_rows:
            if r.get("romaji"):
                self.romaji.setdefault(r["romaji"], []).extend(
                    e for e in self.municipalities[r["name"]] if e.prefecture == (r["prefecture"] or None) and e.kind == r["kind"])
        # the kana spelling of prefectures and cities, as bodies write them in their names
        # (とちぎコープ, ひろしま産業振興機構): the reading without its 県/市 suffix, in hiragana
        self.kana_places: set[str] = set()
        # the same stems, each with the names it reads (広報よねざわ → 米沢市)
        self.kana_names: dict[str, set[str]] = {}
        for r in jp_rows:
            reading = r.get("reading") or ""
            if r["kind"] in ("region", "municipality") and reading:
                stem = re.sub(r"(?:ケン|フ|ト|ドウ|シ|マチ|チョウ|ムラ|ソン)$", "", reading)
                if len(stem) >= 2:
                    kana = "".join(chr(ord(c) - 0x60) if "ァ" <= c <= "ヶ" else c for c in stem)
                    self.kana_places.add(kana)
                    self.kana_names.setdefault(kana, set()).add(r["name"])
        stems: dict[str, set[str]] = {}
        for name, entries in self.municipalities.items():
            if entries[0].kind != "ward" and name.endswith(_BARE_SUFFIXES) and len(name) >= 3:
                stems.setdefault(name[:-1], set()).add(name)
        self.ambiguous_bare: set[str] = {s for s, names in stems.items() if len(names) > 1}
        self.bare: dict[str, str] = {}
        for stem, names in stems.items():
            (name,) = names if len(names) == 1 else (None,)
            if name is None or stem in self._surface:
                continue
            if len(self.municipalities[name]) > 1:  # two cities of one name (伊達市, 府中市)
                self.ambiguous_bare.add(stem)
                continue
            self.bare[stem] = name
            self._surface[stem] = self.municipalities[name]
        for r in foreign_rows:
            e = PlaceEntry(nfkc(r["name"]), r["kind"], r["country"], None, r["iso"])  # type: ignore[arg-type]
            self.foreign[e.name] = e
        for r in country_rows:
            name = nfkc(r["name"])
            if r["use"] == "prefix":
                self.country_prefixes[name] = r["alpha2"]
            else:
                self.countries[name] = r["alpha2"]
        self._jp_re = re.compile(trie_regex(self._surface))
        self._foreign_re = re.compile(trie_regex(self.foreign))
        self._country_re = re.compile(trie_regex(self.countries))

    @classmethod
    def load(cls) -> "Gazetteer":
        """The shared gazetteer, read and compiled on first use."""
        return _load()

    def lookup_municipality(self, name: str) -> list[PlaceEntry]:
        """Japanese entries for a full name or a unique bare form (横浜 → 横浜市)."""
        key = nfkc(name)
        if key in self.municipalities:
            return list(self.municipalities[key])
        return list(self._surface.get(key, []))

    def lookup_romaji(self, name: str) -> list[PlaceEntry]:
        """Japanese municipalities and prefectures an English page may mean by ``name``
        (``Matsue``, ``Kita-Kyushu`` and ``Kitakyushu`` alike)."""
        return self.romaji.get(re.sub(r"[\s\-]", "", name).capitalize(), [])

    def lookup_foreign(self, name: str) -> PlaceEntry | None:
        """A foreign first-level subdivision by its Japanese name with suffix (遼寧省)."""
        return self.foreign.get(nfkc(name))

    def country_of(self, text: str) -> str | None:
        """ISO alpha-2 of a Japanese country name or abbreviation (ドイツ, 米国, 独), else None."""
        key = nfkc(text)
        return self.countries.get(key) or self.country_prefixes.get(key)

    def scan(self, text: str) -> list[tuple[int, int, PlaceEntry]]:
        """Japanese places in ``text``, leftmost-longest, as (start, end, entry).

        A surface that names several entries (伊達市 in two prefectures) yields
        its first; ``text[start:end] != entry.name`` marks a bare or prefixed form.
        """
        out = []
        for m in self._jp_re.finditer(text):
            out.append((m.start(), m.end(), self._surface[m.group()][0]))
        return out

    def surface_entries(self, surface: str) -> list[PlaceEntry]:
        return list(self._surface.get(surface, []))

    def scan_foreign(self, text: str) -> list[tuple[int, int, PlaceEntry]]:
        """Listed foreign subdivisions (遼寧省, ソウル特別市, オレゴン州)."""
        return [(m.start(), m.end(), self.foreign[m.group()]) for m in self._foreign_re.finditer(text)]

    def city_country(self, name: str) -> str | None:
        """The country of a foreign city by its kanji name (大連市 → CN), from the list of
        Chinese cities. Only for a name already read as a party: never a scanner, since such
        names are also surnames before 市長 (中山市長)."""
        if self._cities is None:
            self._cities = {r["name"]: r["country"] for r in _read_tsv("cities_cn.tsv")}
        return self._cities.get(nfkc(name))

    def world_city_country(self, name: str) -> str | None:
        """The country of a foreign city by its katakana, Latin or (Korea, Taiwan) kanji name
        (ホノルル市 → US, City of Trier → DE, 水原市 → KR), from GeoNames' cities of 1,000 people or
        more; None when the name is unknown or several countries have a city of that name of
        comparable size (ポーツマス). Like :meth:`city_country`, only for a name already read as
        a party, never a scanner."""
        if self._world is None:
            self._world = {(r["script"], r["key"]): r["country"] for f in ("cities_world.tsv", "cities_kr_hand.tsv") for r in _read_tsv(f)}
        key = foreign_city_key(name)
        return None if key is None else self._world.get(key)

    def scan_countries(self, text: str) -> list[tuple[int, int, str]]:
        """Full country names (not one-character abbreviations) as (start, end, alpha2)."""
        return [(m.start(), m.end(), self.countries[m.group()]) for m in self._country_re.finditer(text)]


@lru_cache(maxsize=1)
def _load() -> Gazetteer:
    return Gazetteer(_read_tsv("municipalities.tsv"), _read_tsv("foreign_places.tsv"), _read_tsv("countries_ja.tsv"))
