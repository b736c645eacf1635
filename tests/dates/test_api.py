"""The public API: signatures, offsets, ref handling, no spaCy."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest

from mou_extract.dates import find_dates, find_periods, resolve_relative, to_iso
from mou_extract.model import DateMention, PeriodMention


def test_types() -> None:
    d = find_dates("令和2年11月18日")
    assert d == [DateMention(0, 10, "令和2年11月18日", "2020-11-18", "令和", None, False)]
    p = find_periods("有効期間は3年")
    assert p == [PeriodMention(0, 7, "有効期間は3年", "duration", duration="P3Y")]


def test_offsets_after_kanji_numerals_and_full_width() -> None:
    text = "第十一回　三十一の市町村と、令和二年十一月十八日（水）に協定を締結（Ｈ３０．４．４の覚書を更新）"
    ds = find_dates(text)
    assert [(d.text, d.value) for d in ds] == [
        ("令和二年十一月十八日（水）", "2020-11-18"), ("Ｈ３０．４．４", "2018-04-04")]
    for d in ds:
        assert text[d.start:d.end] == d.text
    # NFKC-normalised input gives the same values; the fold keeps lengths so offsets stay exact
    nfkc = unicodedata.normalize("NFKC", text)
    assert [d.value for d in find_dates(nfkc)] == ["2020-11-18", "2018-04-04"]


def test_offsets_agree_with_normalize_module() -> None:
    from mou_extract.normalize import normalize

    raw = "期間：令和２年１１月１８日～令和３年３月３１日"
    nt = normalize(raw)
    (p_norm,) = find_periods(nt.text)
    (p_raw,) = find_periods(raw)
    assert nt.to_original(p_norm.start, p_norm.end) == (p_raw.start, p_raw.end)
    assert (p_raw.start_value, p_raw.end_value) == ("2020-11-18", "2021-03-31")


def test_yearless_without_ref_is_kept_with_no_value() -> None:
    (d,) = find_dates("2月11日に更新")
    assert (d.value, d.problem, d.inferred) == (None, "no year", False)
    (d,) = find_dates("2月11日に更新", ref="2020-10-28")
    assert (d.value, d.problem, d.inferred) == ("2020-02-11", None, True)


def test_relative() -> None:
    assert find_dates("本日締結") == []
    (d,) = find_dates("本日締結", ref="2020-11-18")
    assert (d.value, d.inferred) == ("2020-11-18", True)
    assert resolve_relative("本日", "2020-11-18") == "2020-11-18"
    assert resolve_relative("同日", "2020-11-18", previous="2019-01-01") == "2019-01-01"
    assert resolve_relative("本日", None) is None
    with pytest.raises(ValueError):
        find_dates("本日", ref="昨日")


def test_to_iso() -> None:
    assert to_iso(2020) == "2020"
    assert to_iso(2020, 2) == "2020-02"
    assert to_iso(2020, 2, 1) == "2020-02-01"


def test_precision() -> None:
    assert [d.precision for d in find_dates("2016年、2017年11月、2020年2月11日、2019年2月29日")] == [1, 2, 3, 0]


def test_no_spacy_import() -> None:
    code = "import sys, mou_extract.dates as d; d.find_dates('令和2年'); print(any(m.split('.')[0] in ('spacy','ginza','fugashi') for m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
