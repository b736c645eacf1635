"""The scorer, against hand-computed expectations (ANNOTATION.md, "How results are scored").

Every expected figure is worked out in a comment next to it. Counts are written
``(tp, fp, fn)``; strict first, lenient second where they differ.
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import pytest

from mou_extract import score as score_mod
from mou_extract.score import (
    FIELDS,
    DocumentError,
    date_lenient_equal,
    format_table,
    hungarian_max,
    load_documents,
    match_parties,
    pair_records,
    run_eval,
    score,
    title_key,
)

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"


# --------------------------------------------------------------------------- builders


def party(name: str, kind: str = "municipality", country: str | None = "JP", aliases: tuple[str, ...] = ()) -> dict:
    p = {"name": name, "kind": kind, "country": country}
    if aliases:
        p["aliases"] = list(aliases)
    return p


KOBE = party("神戸市", aliases=("神戸", "本市"))
HAMBURG = party("ハンブルク市", country="DE", aliases=("自由ハンザ都市ハンブルク", "ハンブルク"))
PORTLAND = party("ポートランド市", country="US")
SEATTLE = party("シアトル市", country="US")


def rec(
    parties: list[dict],
    agreement_type: str = "mou",
    *,
    title: str | None = None,
    events: list[tuple[str, str]] = (),
    term: dict | None = None,
    sectors: list[str] = (),
) -> dict:
    r = {
        "agreement_type": agreement_type,
        "title": title,
        "parties": parties,
        "events": [{"type": t, "date": d} for t, d in events],
        "sectors": list(sectors),
    }
    if term is not None:
        r["term"] = term
    return r


def doc(doc_id: str, records: list[dict], doc_date: str | None = None) -> dict:
    return {"doc_id": doc_id, "doc_date": doc_date, "records": records}


def one(gold_records: list[dict], pred_records: list[dict], **kw: str | None):
    """Score a single document ``d`` with the given gold and predicted records."""
    g = doc("d", gold_records, kw.get("gold_date"))
    p = doc("d", pred_records, kw.get("pred_date"))
    return score({"d": g}, {"d": p})


def strict(report, fld: str) -> tuple[int, int, int]:
    c = report.fields[fld].strict if fld != "overall" else report.overall.strict
    return (c.tp, c.fp, c.fn)


def lenient(report, fld: str) -> tuple[int, int, int]:
    c = report.fields[fld].lenient if fld != "overall" else report.overall.lenient
    return (c.tp, c.fp, c.fn)


# --------------------------------------------------------------------------- the worked example


WORKED_GOLD = doc(
    "kawasaki-biom",
    [
        rec(
            [
                party("川崎市"),
                party("BioM", "organization", "DE", aliases=("BioM Biotech Cluster Development GmbH",)),
            ],
            title="ライフサイエンス分野を中心とした経済交流に関する覚書",
            events=[("signed", "2017-11"), ("renewed", "2020-02-11")],
            term={"start": "2020-02", "end": None, "duration": "P3Y", "renewal": None},
            sectors=["economy", "life_science"],
        )
    ],
)


def test_worked_example_scored_against_itself_is_perfect() -> None:
    report = score({"kawasaki-biom": WORKED_GOLD}, {"kawasaki-biom": WORKED_GOLD})
    # facts: type 1 + title 1 + party 2 + kind 2 + country 2 + events 2 + term start 1
    #        + duration 1 + sectors 2 = 14 (end and renewal are null, doc_date is null)
    assert strict(report, "overall") == (14, 0, 0)
    assert report.overall.strict.f1 == 1.0
    assert (report.records.gold, report.records.pred, report.records.paired) == (1, 1, 1)


# --------------------------------------------------------------------------- pairing


def test_pairing_follows_parties_not_order() -> None:
    gold = [rec([KOBE, HAMBURG]), rec([KOBE, PORTLAND], "sister_city")]
    pred = [rec([KOBE, PORTLAND], "sister_city"), rec([KOBE, HAMBURG])]  # crossed
    assert pair_records(gold, pred) == [(0, 1, 2), (1, 0, 2)]
    report = one(gold, pred)
    # per record: type 1 + party 2 + kind 2 + country 2 = 7 facts, all matched; 2 records -> 14
    assert strict(report, "overall") == (14, 0, 0)


def test_pairing_prefers_the_larger_overlap() -> None:
    gold = [rec([KOBE, HAMBURG]), rec([KOBE, SEATTLE])]
    pred = [rec([KOBE, SEATTLE])]
    # overlaps: g0-p0 = 1 (神戸市), g1-p0 = 2 -> g1 pairs, g0 is left alone
    assert pair_records(gold, pred) == [(1, 0, 2)]
    report = one(gold, pred)
    assert report.per_document["d"].unpaired_gold == [0]
    # unpaired g0: 7 facts missed; g1-p0: 7 facts matched
    assert strict(report, "overall") == (7, 0, 7)
    # record detection: paired 1 / gold 2 = 0.5 recall, 1 / pred 1 = 1.0 precision, F1 = 2*1/(2+1)
    assert (report.records.recall, report.records.precision) == (0.5, 1.0)
    assert report.records.f1 == pytest.approx(2 / 3)


def test_pairing_is_optimal_not_greedy() -> None:
    a, b, c, d = party("A市"), party("B市"), party("C市"), party("D市")
    gold = [rec([a, b, c]), rec([a, b])]
    pred = [rec([a, b]), rec([c, d])]
    # overlaps g0p0 = 2, g0p1 = 1, g1p0 = 2, g1p1 = 0.
    # greedy would take g0-p0 (2) and leave g1 unpaired: total 2, one pair.
    # optimal: g0-p1 (1) + g1-p0 (2) = 3, two pairs.
    assert pair_records(gold, pred) == [(0, 1, 1), (1, 0, 2)]


def test_ties_broken_by_agreement_type_then_order() -> None:
    gold = [rec([KOBE, HAMBURG], "mou"), rec([KOBE, HAMBURG], "sister_city")]
    pred = [rec([KOBE, HAMBURG], "sister_city"), rec([KOBE, HAMBURG], "mou")]
    # same overlap (2) everywhere; crossing pairs the same types
    assert pair_records(gold, pred) == [(0, 1, 2), (1, 0, 2)]
    same = [rec([KOBE, HAMBURG]), rec([KOBE, HAMBURG])]
    # everything equal: list order decides (diagonal)
    assert pair_records(same, same) == [(0, 0, 2), (1, 1, 2)]


def test_records_with_no_party_in_common_are_not_paired() -> None:
    gold = [rec([KOBE, HAMBURG])]
    pred = [rec([party("大阪市"), party("上海市", country="CN")])]
    assert pair_records(gold, pred) == []
    report = one(gold, pred)
    # each side: type 1 + party 2 + kind 2 + country 2 = 7; all missed / all spurious
    assert strict(report, "overall") == (0, 7, 7)
    assert (report.records.paired, report.records.precision, report.records.recall) == (0, 0.0, 0.0)


def test_hungarian_matches_brute_force_on_small_matrices() -> None:
    rng = random.Random(20240611)
    for _ in range(300):
        n, m = rng.randint(1, 5), rng.randint(1, 5)
        w = [[rng.choice([0, 0, 1, 2, 5, 9]) for _ in range(m)] for _ in range(n)]
        pairs = hungarian_max(w)
        assert len({i for i, _ in pairs}) == len({j for _, j in pairs}) == len(pairs) == min(n, m)
        got = sum(w[i][j] for i, j in pairs)
        if n <= m:
            best = max(sum(w[i][perm[i]] for i in range(n)) for perm in itertools.permutations(range(m), n))
        else:
            best = max(sum(w[perm[j]][j] for j in range(m)) for perm in itertools.permutations(range(n), m))
        assert got == best, w


def test_hungarian_empty() -> None:
    assert hungarian_max([]) == []
    assert hungarian_max([[]]) == []


# --------------------------------------------------------------------------- party names


@pytest.mark.parametrize(
    ("pred_name", "gold_party", "matches"),
    [
        ("ハンブルク市", HAMBURG, True),  # the gold name
        ("ハンブルク", HAMBURG, True),  # an alias
        ("自由ハンザ都市　ハンブルク", HAMBURG, True),  # alias with a full-width space
        ("自由ハンザ都市 ハンブルク", HAMBURG, True),  # alias with a half-width space
        ("ﾊﾝﾌﾞﾙｸ市", HAMBURG, True),  # half-width katakana, NFKC folds it
        ("ＢｉｏＭ", party("BioM", "organization", "DE"), True),  # full-width latin
        ("Bio M", party("BioM", "organization", "DE"), True),  # spaces removed
        ("BioM Biotech Cluster Development GmbH", party("BioM", "organization", "DE", ("BioM Biotech Cluster Development GmbH",)), True),
    ],
)
def test_party_name_matches(pred_name: str, gold_party: dict, matches: bool) -> None:
    assert bool(match_parties([gold_party], [party(pred_name)])) is matches


@pytest.mark.parametrize(
    ("pred_name", "gold_party"),
    [
        ("ハンブルク州", HAMBURG),  # not a listed form
        ("biom", party("BioM", "organization", "DE")),  # NFKC does not fold case
        ("神戸市役所", KOBE),  # no prefix / substring matching
        ("", KOBE),
    ],
)
def test_party_name_must_not_match(pred_name: str, gold_party: dict) -> None:
    assert match_parties([gold_party], [party(pred_name)]) == []


def test_predicted_aliases_are_ignored() -> None:
    pred = {"name": "Hamburg", "aliases": ["ハンブルク市"], "kind": "municipality", "country": "DE"}
    assert match_parties([HAMBURG], [pred]) == []


def test_two_predicted_forms_of_one_party_match_once() -> None:
    # both pred names are forms of 神戸市: one is matched, the other is spurious
    report = one([rec([KOBE, HAMBURG])], [rec([party("神戸市"), party("神戸"), HAMBURG])])
    assert strict(report, "party") == (2, 1, 0)
    # the gold name is preferred over an alias when both could match
    assert match_parties([KOBE], [party("神戸"), party("神戸市")]) == [(0, 1)]


def test_kind_and_country_are_their_own_facts() -> None:
    gold = [rec([KOBE, party("BioM", "organization", "DE"), party("X財団", "organization", None)])]
    pred = [rec([KOBE, party("BioM", "municipality", None), party("X財団", "organization", "JP")])]
    report = one(gold, pred)
    assert strict(report, "party") == (3, 0, 0)
    # kind: 神戸市 ok, BioM organization vs municipality (fp 1, fn 1), X財団 ok
    assert strict(report, "party_kind") == (2, 1, 1)
    # country: 神戸市 JP ok; BioM gold DE, pred null -> fn 1; X財団 gold null (no fact), pred JP -> fp 1
    assert strict(report, "party_country") == (1, 1, 1)


def test_three_party_agreement() -> None:
    gold = [
        rec(
            [
                party("川崎市"),
                party("BioM", "organization", "DE", ("BioM Biotech Cluster Development GmbH",)),
                party("バイエルン州", "region", "DE"),
            ]
        )
    ]
    pred = [
        rec(
            [
                party("川崎市"),
                party("BioM Biotech Cluster Development GmbH", "organization", "DE"),
                party("ミュンヘン市", "municipality", "DE"),
            ]
        )
    ]
    report = one(gold, pred)
    assert report.per_document["d"].pairs == [(0, 0, 2)]  # 川崎市 and BioM (via alias)
    assert strict(report, "agreement_type") == (1, 0, 0)
    # バイエルン州 missed, ミュンヘン市 spurious; their kind and country follow them
    assert strict(report, "party") == (2, 1, 1)
    assert strict(report, "party_kind") == (2, 1, 1)
    assert strict(report, "party_country") == (2, 1, 1)
    # overall: tp 1+2+2+2 = 7, fp 3, fn 3 -> P = R = 7/10, F1 = 14/20
    assert strict(report, "overall") == (7, 3, 3)
    assert report.overall.strict.f1 == pytest.approx(0.7)


# --------------------------------------------------------------------------- events and dates


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("2020-02-11", "2020-02", True),
        ("2020", "2020-02-11", True),
        ("2020-02-11", "2020-02-11", True),
        ("2020-02-11", "2020-03", False),
        ("2020-02-11", "2020-02-12", False),
        ("2019", "2020-02", False),
    ],
)
def test_date_lenient_equal(a: str, b: str, expected: bool) -> None:
    assert date_lenient_equal(a, b) is expected
    assert date_lenient_equal(b, a) is expected


EVENT_CASES = [
    # gold events, pred events, strict (tp, fp, fn), lenient (tp, fp, fn)
    ([("signed", "2020-02-11")], [("signed", "2020-02-11")], (1, 0, 0), (1, 0, 0)),
    # coarser prediction: strict miss, lenient hit
    ([("signed", "2020-02-11")], [("signed", "2020-02")], (0, 1, 1), (1, 0, 0)),
    ([("signed", "2020")], [("signed", "2020-02-11")], (0, 1, 1), (1, 0, 0)),
    # type and date go together
    ([("signed", "2020-02-11")], [("renewed", "2020-02-11")], (0, 1, 1), (0, 1, 1)),
    ([("signed", "2020-02-11")], [("signed", "2020-03")], (0, 1, 1), (0, 1, 1)),
    # one exact, one coarser: strict 1 of 2, lenient 2 of 2
    ([("signed", "2017-11"), ("renewed", "2020-02-11")], [("signed", "2017"), ("renewed", "2020-02-11")], (1, 1, 1), (2, 0, 0)),
    # duplicate predicted event: matched once, the copy is spurious
    ([("renewed", "2021-04-04")], [("renewed", "2021-04-04"), ("renewed", "2021-04-04")], (1, 1, 0), (1, 1, 0)),
    # duplicate gold event: one matched, one missed
    ([("signed", "2018"), ("signed", "2018")], [("signed", "2018")], (1, 0, 1), (1, 0, 1)),
    # lenient needs a maximum matching: greedy g0-p0 would leave g1 alone;
    # edges g0-p0, g0-p1, g1-p0 -> g0-p1 + g1-p0 = 2
    ([("signed", "2020-02-11"), ("signed", "2020-03-05")], [("signed", "2020"), ("signed", "2020-02")], (0, 2, 2), (2, 0, 0)),
    ([], [("signed", "2020")], (0, 1, 0), (0, 1, 0)),
    ([("signed", "2020")], [], (0, 0, 1), (0, 0, 1)),
]


@pytest.mark.parametrize(("gold_ev", "pred_ev", "exp_strict", "exp_lenient"), EVENT_CASES)
def test_events(gold_ev, pred_ev, exp_strict, exp_lenient) -> None:
    report = one([rec([KOBE, HAMBURG], events=gold_ev)], [rec([KOBE, HAMBURG], events=pred_ev)])
    assert strict(report, "event") == exp_strict
    assert lenient(report, "event") == exp_lenient


def test_strict_event_matches_stay_matched_in_the_lenient_figure() -> None:
    # gold 2020-02 matches pred 2020-02 exactly; pred 2020 could also take it leniently.
    report = one(
        [rec([KOBE], events=[("signed", "2020-02"), ("signed", "2020-05")])],
        [rec([KOBE], events=[("signed", "2020-02"), ("signed", "2020")])],
    )
    marks = report.per_document["d"].gold_marks[0]
    assert marks["events[0]"] == "match"
    assert marks["events[1]"] == "lenient"  # 2020-05 vs 2020
    assert lenient(report, "event") == (2, 0, 0)


# --------------------------------------------------------------------------- term, title, sectors


TERM_CASES = [
    # gold term, pred term, {field: (strict, lenient)}
    (
        {"start": "2020-02", "duration": "P3Y"},
        {"start": "2020-02-11", "duration": "P3Y"},
        {"term_start": ((0, 1, 1), (1, 0, 0)), "term_duration": ((1, 0, 0), (1, 0, 0))},
    ),
    (
        {"start": "2020-11-18", "end": "2021-03-31"},
        None,
        {"term_start": ((0, 0, 1), (0, 0, 1)), "term_end": ((0, 0, 1), (0, 0, 1))},
    ),
    (None, {"renewal": "auto"}, {"term_renewal": ((0, 1, 0), (0, 1, 0))}),
    ({"renewal": "P1Y"}, {"renewal": "auto"}, {"term_renewal": ((0, 1, 1), (0, 1, 1))}),
    # durations are compared as written: P3Y is not P36M
    ({"duration": "P3Y"}, {"duration": "P36M"}, {"term_duration": ((0, 1, 1), (0, 1, 1))}),
    # null fields are no facts
    ({"start": None, "end": None}, {"start": None, "end": None, "duration": None, "renewal": None}, {}),
    # end dates are lenient too
    ({"end": "2023-03-31"}, {"end": "2023-03"}, {"term_end": ((0, 1, 1), (1, 0, 0))}),
]


@pytest.mark.parametrize(("gold_term", "pred_term", "expected"), TERM_CASES)
def test_term_fields(gold_term, pred_term, expected) -> None:
    report = one([rec([KOBE], term=gold_term)], [rec([KOBE], term=pred_term)])
    for fld in ("term_start", "term_end", "term_duration", "term_renewal"):
        exp_s, exp_l = expected.get(fld, ((0, 0, 0), (0, 0, 0)))
        assert strict(report, fld) == exp_s, fld
        assert lenient(report, fld) == exp_l, fld


TITLE_CASES = [
    # gold title, pred title, (tp, fp, fn)
    ("経済交流に関する覚書", "経済交流に関する覚書", (1, 0, 0)),
    ("経済交流に関する覚書", "「経済交流に関する覚書」", (1, 0, 0)),  # brackets stripped
    ("経済交流に関する覚書", "『経済交流に関する 覚書』", (1, 0, 0)),  # and spaces
    ("ＩＴ分野の覚書", "IT分野の覚書", (1, 0, 0)),  # NFKC
    ("経済交流に関する覚書", "観光交流に関する覚書", (0, 1, 1)),
    (None, "経済交流に関する覚書", (0, 1, 0)),
    ("経済交流に関する覚書", None, (0, 0, 1)),
    (None, None, (0, 0, 0)),
]


@pytest.mark.parametrize(("gold_title", "pred_title", "expected"), TITLE_CASES)
def test_title(gold_title, pred_title, expected) -> None:
    report = one([rec([KOBE], title=gold_title)], [rec([KOBE], title=pred_title)])
    assert strict(report, "title") == expected


def test_title_key() -> None:
    assert title_key("「 ＡＢＣ　覚書 」") == "ABC覚書"


def test_sectors_are_a_set() -> None:
    report = one(
        [rec([KOBE], sectors=["economy", "life_science"])],
        [rec([KOBE], sectors=["economy", "medical", "economy"])],
    )
    # economy matched once (the duplicate is folded), life_science missed, medical spurious
    assert strict(report, "sector") == (1, 1, 1)


def test_agreement_type_mismatch_counts_both_ways() -> None:
    report = one([rec([KOBE], "mou")], [rec([KOBE], "partnership_agreement")])
    assert strict(report, "agreement_type") == (0, 1, 1)


# --------------------------------------------------------------------------- documents


def test_empty_documents_have_no_facts_but_doc_date() -> None:
    report = one([], [])
    assert strict(report, "overall") == (0, 0, 0)
    assert report.overall.strict.f1 is None  # nothing to score
    assert report.per_document["d"].f1 == 1.0  # ...and nothing wrong
    report = one([], [], gold_date="2020-10-28", pred_date="2020-10-28")
    assert strict(report, "doc_date") == (1, 0, 0)
    assert strict(report, "overall") == (1, 0, 0)


def test_doc_date_strict_and_lenient() -> None:
    report = one([], [], gold_date="2020-10-28", pred_date="2020-10")
    assert strict(report, "doc_date") == (0, 1, 1)
    assert lenient(report, "doc_date") == (1, 0, 0)
    report = one([], [], gold_date=None, pred_date="2020")
    assert strict(report, "doc_date") == (0, 1, 0)


def test_spurious_record_on_an_empty_gold_document() -> None:
    pred = [
        rec(
            [KOBE, HAMBURG],
            title="T",
            events=[("signed", "2018-04-04")],
            term={"duration": "P3Y"},
            sectors=["economy", "environment"],
        )
    ]
    report = one([], pred)
    # type 1 + title 1 + party 2 + kind 2 + country 2 + event 1 + duration 1 + sectors 2 = 12
    assert strict(report, "overall") == (0, 12, 0)
    assert lenient(report, "overall") == (0, 12, 0)
    assert (report.records.gold, report.records.pred, report.records.paired) == (0, 1, 0)
    assert report.records.precision == 0.0
    assert report.records.recall is None
    ds = report.per_document["d"]
    assert ds.unpaired_pred == [0] and len(ds.spurious) == 12 and ds.missed == []


def test_missing_and_extra_documents() -> None:
    gold = {"a": doc("a", [rec([KOBE, HAMBURG])], "2021-04-04"), "b": doc("b", [rec([KOBE, PORTLAND])], "2020-01-01")}
    pred = {"a": doc("a", [rec([KOBE, HAMBURG])], "2021-04-04"), "c": doc("c", [rec([KOBE, SEATTLE])])}
    report = score(gold, pred)
    assert report.missing_docs == ["b"]
    assert report.extra_docs == ["c"]
    assert report.per_document["b"].status == "missing"
    assert report.per_document["c"].status == "extra"
    # a: 7 record facts + doc_date = 8 tp; b (missing): 7 + doc_date = 8 fn; c (extra): 7 fp
    assert strict(report, "overall") == (8, 7, 8)
    assert (report.records.gold, report.records.pred, report.records.paired) == (2, 2, 1)
    # restricted to a split, the others are out of the picture
    only_a = score(gold, pred, docs=["a"])
    assert strict(only_a, "overall") == (8, 0, 0)
    assert only_a.missing_docs == [] and only_a.extra_docs == []


def test_worst_documents_first() -> None:
    gold = {"good": doc("good", [rec([KOBE])]), "bad": doc("bad", [rec([KOBE])])}
    pred = {"good": doc("good", [rec([KOBE])]), "bad": doc("bad", [rec([party("大阪市")])])}
    assert [d.doc_id for d in score(gold, pred).worst_documents()] == ["bad", "good"]


# --------------------------------------------------------------------------- output


def test_to_dict_is_json_and_format_table_lists_every_field() -> None:
    report = score({"kawasaki-biom": WORKED_GOLD}, {"kawasaki-biom": WORKED_GOLD})
    data = json.loads(json.dumps(report.to_dict(), ensure_ascii=False))
    assert set(data["fields"]) == set(FIELDS)
    assert data["overall"]["strict"]["f1"] == 1.0
    assert data["per_document"]["kawasaki-biom"]["pairs"] == [{"gold": 0, "pred": 0, "overlap": 2}]
    table = format_table(report)
    lines = table.splitlines()
    for fld in (*FIELDS, "overall"):
        assert any(line.split()[0] == fld for line in lines if line.strip()), fld
    assert "records: gold 1, predicted 1, paired 1" in table
    assert "\x1b" not in table  # plain text, no colour codes


# --------------------------------------------------------------------------- loading and run_eval


def _write(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_load_documents_from_folder_and_jsonl(tmp_path: Path) -> None:
    _write(tmp_path / "gold" / "a.json", doc("a", []))
    _write(tmp_path / "gold" / "sub" / "b.json", doc("b", [rec([KOBE])]))
    _write(tmp_path / "gold" / "split.json", {"dev": ["a"], "test": ["b"]})  # not a document: skipped
    assert sorted(load_documents(tmp_path / "gold")) == ["a", "b"]
    jl = tmp_path / "documents.jsonl"
    jl.write_text(json.dumps(doc("a", [])) + "\n\n" + json.dumps(doc("b", [])) + "\n", encoding="utf-8")
    assert sorted(load_documents(jl)) == ["a", "b"]


def test_load_documents_rejects_duplicates(tmp_path: Path) -> None:
    jl = tmp_path / "documents.jsonl"
    jl.write_text(json.dumps(doc("a", [])) + "\n" + json.dumps(doc("a", [])) + "\n", encoding="utf-8")
    with pytest.raises(DocumentError, match="duplicate doc_id"):
        load_documents(jl)


def test_load_documents_basic_checks_without_schema(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(score_mod, "DEFAULT_SCHEMA", tmp_path / "absent.json")
    _write(tmp_path / "g" / "a.json", {"doc_id": "a", "records": [{"parties": []}]})
    with pytest.raises(DocumentError, match="agreement_type"):
        load_documents(tmp_path / "g")


def test_load_documents_validates_with_the_schema(tmp_path: Path) -> None:
    schema = SHARED / "spec" / "document.schema.json"
    if not schema.is_file():
        pytest.skip("../shared/spec/document.schema.json is absent")
    bad = doc("a", [rec([KOBE], "treaty")], "2020-13")
    _write(tmp_path / "g" / "a.json", bad)
    with pytest.raises(DocumentError) as err:
        load_documents(tmp_path / "g", schema_path=schema)
    assert "treaty" in str(err.value) and "2020-13" in str(err.value)


def test_seed_gold_loads_and_scores_perfectly_against_itself() -> None:
    gold_dir = Path(__file__).resolve().parents[1] / "gold" / "seeds"
    if not gold_dir.is_dir() or not (SHARED / "spec" / "document.schema.json").is_file():
        pytest.skip("gold/seeds or ../shared/spec is absent")
    gold = load_documents(gold_dir)
    report = score(gold, gold)
    assert report.overall.strict.fp == report.overall.strict.fn == 0
    assert report.records.paired == report.records.gold


def test_run_eval_prints_table_and_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _write(tmp_path / "gold" / "kawasaki-biom.json", WORKED_GOLD)
    pred = tmp_path / "documents.jsonl"
    pred.write_text(json.dumps(WORKED_GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run_eval(tmp_path / "gold", pred) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:4] == ["field", "tp", "fp", "fn"]
    assert run_eval(tmp_path / "gold", pred, fmt="json") == 0
    assert json.loads(capsys.readouterr().out)["overall"]["strict"]["tp"] == 14
    assert run_eval(tmp_path / "gold", pred, docs=["nothing"], fmt="json") == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 0
    assert run_eval(tmp_path / "nope", pred) == 2
    assert run_eval(tmp_path / "gold", pred, fmt="xml") == 2
