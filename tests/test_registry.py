"""The registry: documents.jsonl lines merged into DuckDB, one agreement per party set,
conflicts kept with their sources, one transaction per load."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import duckdb
import pytest

from mou_extract import registry
from mou_extract.registry import (
    LoadSummary,
    RegistryError,
    dates_compatible,
    export,
    load,
    names_match,
    party_keys,
)

REPO = Path(__file__).resolve().parents[1]
DOCS_MD = REPO / "docs" / "registry.md"


# --------------------------------------------------------------------------- helpers


def P(name: str, kind: str = "municipality", country: str | None = "JP") -> dict[str, Any]:
    return {"name": name, "kind": kind, "country": country}


def R(atype: str, parties: list[dict], events: list[tuple[str, str]] = (), *, title: str | None = None,
      term: dict | None = None, sectors: list[str] = ()) -> dict[str, Any]:
    rec: dict[str, Any] = {"agreement_type": atype, "title": title, "parties": parties,
                           "events": [{"type": t, "date": d} for t, d in events], "sectors": list(sectors)}
    if term:
        rec["term"] = term
    return rec


def D(doc_id: str, *records: dict, doc_date: str | None = None) -> dict[str, Any]:
    return {"doc_id": doc_id, "doc_date": doc_date, "records": list(records)}


def write(path: Path, *docs: dict) -> Path:
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in registry.TABLES}
    finally:
        con.close()


def dump(db: Path, *, skip: tuple[str, ...] = ("loaded_at", "path", "line_no")) -> dict[str, list]:
    """Every table's rows, sorted, without the columns that say when and from where."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        out = {}
        for t in registry.TABLES:
            cols = [r[0] for r in con.execute(f"DESCRIBE {t}").fetchall() if r[0] not in skip]
            rows = con.execute(f"SELECT {', '.join(cols)} FROM {t}").fetchall()
            out[t] = sorted(rows, key=repr)
        return out
    finally:
        con.close()


def sql(db: Path, q: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(q).fetchall()
    finally:
        con.close()


# Invented documents (no text from real ones): a city, its German partner reported twice,
# a prefecture and a city of the same name, an Australian state reported with two term ends.
CORPUS = [
    D("kawasaki-release",
      R("mou", [P("川崎市"), P("ハンブルク市", country="DE")], [("signed", "2020-11-18")],
        title="経済交流に関する覚書", term={"start": "2020-11-18", "end": "2025-03-31"}, sectors=["economy"]),
      doc_date="2020-11-18"),
    D("hamburg-news",
      R("partnership_agreement", [P("ドイツ・ハンブルク", country="DE"), P("川崎市")],
        [("signed", "2020-11"), ("renewed", "2023-11-20")], sectors=["economy", "medical"])),
    D("kyoto-list",
      R("sister_city", [P("京都市"), P("パリ市", country="FR")], [("signed", "1958")]),
      R("friendship_city", [P("京都府", "region"), P("四川省", "region", "CN")], [("signed", "1985")],
        term={"end": "2026-03"})),
    D("empty-page"),
    D("osaka-1",
      R("mou", [P("大阪府", "region"), P("ヴィクトリア州", "region", "AU")], [("signed", "2015-05")],
        term={"end": "2026-12-31", "duration": "P5Y"})),
    D("osaka-2",
      R("mou", [P("オーストラリア・ヴィクトリア州", "region", "AU"), P("大阪府", "region")], [("signed", "2015")],
        term={"end": "2027-12-31"})),
    D("bavaria",
      R("partnership_agreement", [P("大阪府", "region"), P("バイエルン州", "region", "DE")], [("signed", "2019-04")])),
]


@pytest.fixture()
def corpus_db(tmp_path: Path) -> Path:
    db = tmp_path / "registry.duckdb"
    load(write(tmp_path / "documents.jsonl", *CORPUS), db)
    return db


# --------------------------------------------------------------------------- keys and dates

PARTY_KEYS = [  # name -> (name_key, base_key)
    ("ハンブルク市", ("ハンブルク市", "ハンブルク")),
    ("ドイツ・ミュンヘン市", ("ミュンヘン市", "ミュンヘン")),
    ("ドイツのミュンヘン市", ("ミュンヘン市", "ミュンヘン")),
    ("広島県三次市", ("三次市", "三次")),
    ("長野県北佐久郡軽井沢町", ("軽井沢町", "軽井沢")),
    ("広島県", ("広島県", "広島")),
    ("バイエルン州のBioM", ("biom", "biom")),
    ("Bio M", ("biom", "biom")),
    ("ｶﾜｻｷ市", ("カワサキ市", "カワサキ")),
    ("東京都", ("東京都", "東京")),
]

NOT_STRIPPED = ["中国電力", "広島県立大学", "ノルトライン・ヴェストファーレン州", "ドイツ"]


@pytest.mark.parametrize("name,keys", PARTY_KEYS)
def test_party_keys(name: str, keys: tuple[str, str]) -> None:
    assert party_keys(name) == keys


@pytest.mark.parametrize("name", NOT_STRIPPED)
def test_party_keys_keep_names_that_only_look_prefixed(name: str) -> None:
    assert party_keys(name)[0] == re.sub(r"\s", "", name).casefold()


SAME = [("ハンブルク", "ハンブルク市"), ("ハンブルク市", "ドイツ・ハンブルク市"), ("大町", "大町市"),
        ("川崎市", "川崎市"), ("BioM", "biom")]
DIFFERENT = [("京都府", "京都市"), ("大阪府", "大阪市"), ("静岡県", "静岡市"), ("川崎市", "川崎区"),
             ("ハンブルク", "ブレーメン"), ("BioM", "BioMed")]


@pytest.mark.parametrize("a,b", SAME)
def test_names_match(a: str, b: str) -> None:
    assert names_match(a, b) and names_match(b, a)


@pytest.mark.parametrize("a,b", DIFFERENT)
def test_names_do_not_match(a: str, b: str) -> None:
    assert not names_match(a, b) and not names_match(b, a)


@pytest.mark.parametrize("a,b,ok", [
    ("2020", "2020-02-11", True), ("2020-02", "2020-02-11", True), ("2020-02-11", "2020-02-11", True),
    ("2020-02", "2020-03-01", False), ("2020", "2021", False), ("2020-1", "2020-11", False),
])
def test_dates_compatible(a: str, b: str, ok: bool) -> None:
    assert dates_compatible(a, b) is ok and dates_compatible(b, a) is ok


# --------------------------------------------------------------------------- merging


def test_same_agreement_from_two_documents_is_one_row(corpus_db: Path) -> None:
    rows = sql(corpus_db, """
        SELECT a.agreement_type, a.title, a.first_signed, a.last_event, a.term_end, a.sectors, a.n_sources
        FROM agreements a JOIN parties p USING (agreement_id) WHERE p.base_key = 'ハンブルク'""")
    # agreement_type: mou and partnership_agreement once each -> tie -> first loaded (mou)
    assert rows == [("mou", "経済交流に関する覚書", "2020-11-18", "2023-11-20", "2025-03-31",
                     ["economy", "medical"], 2)]


def test_events_merge_into_one_timeline_at_the_most_precise_date(corpus_db: Path) -> None:
    rows = sql(corpus_db, """
        SELECT e.type, e.date, e.doc_id, e.doc_ids FROM events e JOIN parties p USING (agreement_id)
        WHERE p.base_key = 'ハンブルク' ORDER BY e.date""")
    assert rows == [
        ("signed", "2020-11-18", "kawasaki-release", ["hamburg-news", "kawasaki-release"]),
        ("renewed", "2023-11-20", "hamburg-news", ["hamburg-news"]),
    ]


def test_party_keeps_the_fullest_name_and_every_alias(corpus_db: Path) -> None:
    rows = sql(corpus_db, "SELECT name, kind, country, aliases FROM parties WHERE base_key = 'ハンブルク'")
    assert rows == [("ハンブルク市", "municipality", "DE", ["ハンブルク市", "ドイツ・ハンブルク"])]


def test_prefecture_and_city_of_the_same_name_stay_apart(corpus_db: Path) -> None:
    rows = sql(corpus_db, "SELECT name, agreement_id FROM parties WHERE base_key = '京都' ORDER BY name")
    assert [r[0] for r in rows] == ["京都市", "京都府"]
    assert rows[0][1] != rows[1][1]


def test_conflicting_values_are_kept_with_their_sources(corpus_db: Path) -> None:
    rows = sql(corpus_db, "SELECT field, value, doc_id FROM conflicts ORDER BY field, value")
    assert rows == [
        ("agreement_type", "mou", "kawasaki-release"),
        ("agreement_type", "partnership_agreement", "hamburg-news"),
        ("term.end", "2026-12-31", "osaka-1"),
        ("term.end", "2027-12-31", "osaka-2"),
    ]


def test_a_value_stated_by_one_source_only_is_no_conflict(corpus_db: Path) -> None:
    # the title is null in hamburg-news: not stated, so not in conflict with kawasaki-release's
    assert sql(corpus_db, "SELECT count(*) FROM conflicts WHERE field = 'title'") == [(0,)]


def test_most_frequent_value_wins_over_first_seen(tmp_path: Path) -> None:
    parties = [P("川崎市"), P("ハンブルク市", country="DE")]
    db = tmp_path / "r.duckdb"
    load(write(tmp_path / "a.jsonl", D("a", R("mou", parties)), D("b", R("partnership_agreement", parties)),
               D("c", R("partnership_agreement", parties))), db)
    assert sql(db, "SELECT agreement_type, n_sources FROM agreements") == [("partnership_agreement", 3)]


def test_records_of_one_document_are_never_merged(tmp_path: Path) -> None:
    parties = [P("川崎市"), P("ハンブルク市", country="DE")]
    db = tmp_path / "r.duckdb"
    load(write(tmp_path / "a.jsonl", D("list", R("sister_city", parties), R("mou", parties)),
               D("later", R("mou", parties, [("renewed", "2024")]))), db)
    rows = sql(db, """SELECT a.agreement_type, list(s.doc_id ORDER BY s.doc_id) FROM agreements a
                      JOIN agreement_sources s USING (agreement_id) GROUP BY ALL ORDER BY 1""")
    # the later document's mou joins the mou, not the sister-city agreement
    assert rows == [("mou", ["later", "list"]), ("sister_city", ["list"])]


def test_different_party_sets_are_different_agreements(tmp_path: Path) -> None:
    db = tmp_path / "r.duckdb"
    s = load(write(tmp_path / "a.jsonl",
                   D("a", R("mou", [P("川崎市"), P("ハンブルク市", country="DE")])),
                   D("b", R("mou", [P("川崎市"), P("ハンブルク市", country="DE"), P("BioM", "organization", "DE")])),
                   D("c", R("mou", [P("川崎市")]))), db)
    assert (s.new_agreements, s.merged_records, s.agreements_total) == (3, 0, 3)


# --------------------------------------------------------------------------- idempotence


def test_loading_the_same_file_twice_changes_nothing(tmp_path: Path, corpus_db: Path) -> None:
    before = dump(corpus_db)
    s = load(tmp_path / "documents.jsonl", corpus_db)
    assert (s.new_sources, s.skipped_sources, s.records) == (0, len(CORPUS), 0)
    assert dump(corpus_db) == before


def test_loading_in_two_files_equals_loading_at_once(tmp_path: Path, corpus_db: Path) -> None:
    db = tmp_path / "split.duckdb"
    load(write(tmp_path / "part1.jsonl", *CORPUS[:3]), db)
    s = load(write(tmp_path / "part2.jsonl", *CORPUS), db)  # overlaps part1: those lines are skipped
    assert (s.new_sources, s.skipped_sources) == (len(CORPUS) - 3, 3)
    assert dump(db) == dump(corpus_db)


def test_summary(corpus_db: Path, tmp_path: Path) -> None:
    s = load(write(tmp_path / "more.jsonl", CORPUS[0], D("new", R("mou", [P("堺市"), P("バークレー市", country="US")]))),
             corpus_db)
    assert isinstance(s, LoadSummary)
    assert (s.lines, s.new_sources, s.skipped_sources, s.records, s.new_agreements, s.merged_records) == (2, 1, 1, 1, 1, 0)
    assert s.agreements_total == 6  # five in the corpus, one new


# --------------------------------------------------------------------------- transactions


def test_a_failure_midway_rolls_the_whole_load_back(tmp_path: Path, corpus_db: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    before, snapshot = counts(corpus_db), dump(corpus_db)
    more = write(tmp_path / "more.jsonl", *[D(f"doc-{i}", R("mou", [P("堺市"), P(f"都市{i}市", country="US")]))
                                            for i in range(6)])

    def boom(n_done: int) -> None:
        if n_done == 4:
            raise RuntimeError("injected failure")

    monkeypatch.setattr(registry, "_after_record", boom)
    with pytest.raises(RuntimeError, match="injected"):
        load(more, corpus_db)
    assert counts(corpus_db) == before and dump(corpus_db) == snapshot

    monkeypatch.undo()
    s = load(more, corpus_db)
    assert s.new_sources == 6 and counts(corpus_db)["agreements"] == before["agreements"] + 6


def test_a_failure_after_some_tables_are_written_rolls_them_back(tmp_path: Path, corpus_db: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    snapshot = dump(corpus_db)
    more = write(tmp_path / "more.jsonl", D("x", R("mou", [P("堺市"), P("バークレー市", country="US")])))
    real_insert, written = registry._insert, []

    def insert_then_fail(con, table, rows, cols):  # type: ignore[no-untyped-def]
        if table == "agreements":
            raise RuntimeError("disk full")
        real_insert(con, table, rows, cols)
        written.append(table)

    monkeypatch.setattr(registry, "_insert", insert_then_fail)
    with pytest.raises(RuntimeError, match="disk full"):
        load(more, corpus_db)
    assert written == ["sources", "field_values", "agreement_sources"]  # these were written, then undone
    assert dump(corpus_db) == snapshot


def test_a_malformed_line_late_in_the_file_loads_nothing(tmp_path: Path, corpus_db: Path) -> None:
    before = counts(corpus_db)
    bad = tmp_path / "bad.jsonl"
    good = "".join(json.dumps(D(f"d{i}", R("mou", [P("堺市"), P(f"X{i}市")])), ensure_ascii=False) + "\n"
                   for i in range(5))
    bad.write_text(good + '{"doc_id": "broken", "records": [\n', encoding="utf-8")
    with pytest.raises(RegistryError, match=r"bad\.jsonl:6"):
        load(bad, corpus_db)
    assert counts(corpus_db) == before


@pytest.mark.parametrize("line,message", [
    ('["not", "an", "object"]', "doc_id"),
    ('{"doc_id": "x", "records": {}}', "records"),
    ('{"doc_id": "x", "records": [{"parties": []}]}', "agreement_type"),
    ('{"doc_id": "x", "records": [{"agreement_type": "mou", "parties": [{"kind": "country"}]}]}', "name"),
    ('{"doc_id": "x", "records": [{"agreement_type": "mou", "events": [{"type": "signed"}]}]}', "date"),
])
def test_lines_that_are_not_document_results_are_refused(tmp_path: Path, line: str, message: str) -> None:
    p = tmp_path / "x.jsonl"
    p.write_text(line + "\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=message):
        load(p, tmp_path / "r.duckdb")
    assert counts(tmp_path / "r.duckdb")["sources"] == 0


def test_a_killed_load_leaves_the_database_unchanged_and_a_rerun_completes(tmp_path: Path, corpus_db: Path) -> None:
    more = write(tmp_path / "more.jsonl", *CORPUS, *[D(f"k{i}", R("mou", [P("堺市"), P(f"Y{i}市")])) for i in range(20)])
    before = dump(corpus_db)
    marker = tmp_path / "in-transaction"
    env = {**os.environ, registry.TEST_HOOK_ENV: f"pause:{marker}"}
    code = "import sys; from mou_extract.registry import load; load(sys.argv[1], sys.argv[2])"
    proc = subprocess.Popen([sys.executable, "-c", code, str(more), str(corpus_db)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60  # a guard against a hung child, not a timing assertion
        while not marker.exists():
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the load never reached its transaction"
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    assert dump(corpus_db) == before

    s = load(more, corpus_db)
    assert (s.new_sources, s.skipped_sources) == (20, len(CORPUS))
    after = counts(corpus_db)
    assert after["sources"] == len(CORPUS) + 20 and after["agreements"] == counts_of(before) + 20
    assert load(more, corpus_db).new_sources == 0 and counts(corpus_db) == after


def counts_of(snapshot: dict[str, list]) -> int:
    return len(snapshot["agreements"])


# --------------------------------------------------------------------------- export and CLI


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_writes_one_file_per_table(corpus_db: Path, tmp_path: Path, fmt: str) -> None:
    paths = export(corpus_db, tmp_path / "out", fmt)  # type: ignore[arg-type]
    assert [p.name for p in paths] == [f"{t}.{fmt}" for t in registry.TABLES]
    n = counts(corpus_db)
    reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
    con = duckdb.connect()
    for t, p in zip(registry.TABLES, paths):
        assert con.execute(f"SELECT count(*) FROM {reader}('{p}')").fetchone()[0] == n[t], t


def test_export_refuses_other_formats(corpus_db: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        export(corpus_db, tmp_path, "xlsx")  # type: ignore[arg-type]


def test_cmd_sql_prints_a_table(corpus_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    registry.cmd_sql(corpus_db, "SELECT name FROM parties WHERE base_key = 'パリ'")
    assert "パリ市" in capsys.readouterr().out


def test_cmd_functions_report_user_mistakes_as_registry_errors(tmp_path: Path, corpus_db: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    src = write(tmp_path / "more.jsonl", *CORPUS)
    s = registry.cmd_load(src, corpus_db)
    out = " ".join(capsys.readouterr().out.split())
    assert s.skipped_sources == len(CORPUS) and f"{len(CORPUS)} already loaded" in out
    assert [p.name for p in registry.cmd_export(corpus_db, tmp_path / "x", "csv")][1] == "agreements.csv"
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n", encoding="utf-8")
    for call in (lambda: registry.cmd_load(bad, corpus_db),
                 lambda: registry.cmd_sql(corpus_db, "SELECT nonsense FROM nowhere"),
                 lambda: registry.cmd_sql(tmp_path / "missing.duckdb", "SELECT 1"),
                 lambda: registry.cmd_export(tmp_path / "missing.duckdb", tmp_path / "y", "csv")):
        with pytest.raises(RegistryError):
            call()


# --------------------------------------------------------------------------- docs/registry.md examples

EXPECTED = {
    "per_country": [("DE", 2), ("AU", 1), ("CN", 1), ("FR", 1)],
    "expiring_next_year": [(3, "friendship_city", None, "2026-03"), (4, "mou", None, "2026-12-31")],
    "partner_timeline": [
        ("2020-11-18", "signed", "mou", ["hamburg-news", "kawasaki-release"]),
        ("2023-11-20", "renewed", "mou", ["hamburg-news"]),
    ],
    "conflicting_sources": [
        (1, "agreement_type", "mou (kawasaki-release) | partnership_agreement (hamburg-news)"),
        (4, "term.end", "2026-12-31 (osaka-1) | 2027-12-31 (osaka-2)"),
    ],
    "sources_per_agreement": [
        (1, "川崎市 / ハンブルク市", 2, "hamburg-news, kawasaki-release"),
        (4, "大阪府 / ヴィクトリア州", 2, "osaka-1, osaka-2"),
        (2, "京都市 / パリ市", 1, "kyoto-list"),
        (3, "京都府 / 四川省", 1, "kyoto-list"),
        (5, "大阪府 / バイエルン州", 1, "bavaria"),
    ],
    "signed_in_year": [(1, "2020-11-18", "hamburg-news"), (1, "2020-11-18", "kawasaki-release")],
}


def doc_examples() -> dict[str, str]:
    if not DOCS_MD.exists():
        pytest.skip("docs/registry.md is absent")
    blocks = re.findall(r"```sql\n(.*?)```", DOCS_MD.read_text(encoding="utf-8"), re.S)
    out = {}
    for b in blocks:
        m = re.match(r"-- example: (\w+)", b)
        if m:
            out[m.group(1)] = b
    return out


def test_docs_have_the_tested_examples() -> None:
    assert set(doc_examples()) == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_docs_example(corpus_db: Path, name: str) -> None:
    assert sql(corpus_db, doc_examples()[name]) == EXPECTED[name]


def test_same_parties_other_type_and_other_signing_date_is_another_agreement(tmp_path: Path) -> None:
    parties = [P("京都市"), P("パリ市", country="FR")]
    db = tmp_path / "r.duckdb"
    load(write(tmp_path / "a.jsonl",
               D("a", R("sister_city", parties, [("signed", "1958")])),
               D("b", R("mou", parties, [("signed", "2019-05")])),        # new agreement
               D("c", R("partnership_agreement", parties, [("signed", "1958-10")])),  # joins a: date agrees
               D("d", R("mou", parties))), db)                            # joins b: same type
    rows = sql(db, """SELECT a.agreement_id, a.agreement_type, a.first_signed, list(s.doc_id ORDER BY s.doc_id)
                      FROM agreements a JOIN agreement_sources s USING (agreement_id) GROUP BY ALL ORDER BY 1""")
    assert rows == [(1, "sister_city", "1958-10", ["a", "c"]), (2, "mou", "2019-05", ["b", "d"])]


def test_queries_and_exports_need_an_existing_registry(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        registry.query(tmp_path / "missing.duckdb", "SELECT 1")
    with pytest.raises(FileNotFoundError):
        export(tmp_path / "missing.duckdb", tmp_path / "out")
    assert not (tmp_path / "missing.duckdb").exists()


def test_queries_cannot_change_the_registry(corpus_db: Path) -> None:
    with pytest.raises(duckdb.Error):
        registry.query(corpus_db, "DELETE FROM agreements")
