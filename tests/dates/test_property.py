"""Property: any day from 1873 to 2100, rendered in any supported style, parses back to itself."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from mou_extract.dates import find_dates
from mou_extract.dates.eras import era_of
from mou_extract.dates.numerals import to_kanji

WEEKDAYS = "月火水木金土日"
FW = str.maketrans("0123456789./", "０１２３４５６７８９．／")


def _era_parts(day: date, gan: bool) -> tuple[str, str, int]:
    era = era_of(day)
    assert era is not None
    n = day.year - era.first_year + 1
    return era.name, era.abbrev, n


def render(day: date, style: str, gan: bool) -> str:
    """``day`` as a Japanese document would write it in ``style``."""
    y, m, d = day.year, day.month, day.day
    name, letter, n = _era_parts(day, gan)
    ny = "元" if (n == 1 and gan) else str(n)
    kny = "元" if (n == 1 and gan) else to_kanji(n)
    return {
        "greg": f"{y}年{m}月{d}日",
        "greg_kanji": f"{to_kanji(y, positional=True)}年{to_kanji(m)}月{to_kanji(d)}日",
        "greg_fullwidth": f"{y}年{m}月{d}日".translate(FW),
        "slash": f"{y}/{m}/{d}",
        "dot": f"{y}.{m:02d}.{d:02d}",
        "hyphen": f"{y}-{m:02d}-{d:02d}",
        "era": f"{name}{ny}年{m}月{d}日",
        "era_kanji": f"{name}{kny}年{to_kanji(m)}月{to_kanji(d)}日",
        "era_fullwidth": f"{name}{ny}年{m}月{d}日".translate(FW),
        "abbrev_dot": f"{letter}{ny}.{m}.{d}",
        "abbrev_slash": f"{letter}{ny}/{m}/{d}",
        "abbrev_fullwidth": (f"{letter}{ny}.{m}.{d}".translate(FW)).replace(letter, chr(ord(letter) + 0xFEE0)),
        "dual": f"{y}年（{name}{ny}年）{m}月{d}日",
    }[style]


STYLES = ["greg", "greg_kanji", "greg_fullwidth", "slash", "dot", "hyphen", "era", "era_kanji",
          "era_fullwidth", "abbrev_dot", "abbrev_slash", "abbrev_fullwidth", "dual"]
PREFIXES = ["", "第十一回会合を", "三十一市町村が", "十日町市と", "（仮称）", "URL無し、", "電話03-5213-1722 "]
SUFFIXES = ["", "に締結", "付で更新", "。", "（予定）"]


@settings(max_examples=600, deadline=None)
@given(
    day=st.dates(min_value=date(1873, 1, 1), max_value=date(2100, 12, 31)),
    style=st.sampled_from(STYLES),
    gan=st.booleans(),
    weekday=st.booleans(),
    prefix=st.sampled_from(PREFIXES),
    suffix=st.sampled_from(SUFFIXES),
)
def test_round_trip(day: date, style: str, gan: bool, weekday: bool, prefix: str, suffix: str) -> None:
    written = render(day, style, gan)
    if weekday:
        written += f"（{WEEKDAYS[day.weekday()]}）"
    text = prefix + written + suffix
    found = find_dates(text)
    assert [(d.text, d.value, d.problem) for d in found] == [(written, day.isoformat(), None)]
    assert found[0].start == len(prefix)


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=date(1873, 1, 1), max_value=date(2100, 12, 31)))
def test_era_boundaries_never_overlap(day: date) -> None:
    """Exactly one era accepts each day (written with that era's year)."""
    from mou_extract.dates.eras import ERAS, convert_era

    ok = [e.name for e in ERAS
          if day.year >= e.first_year and convert_era(e, day.year - e.first_year + 1, day.month, day.day) == (day.isoformat(), None)]
    assert ok == [era_of(day).name]
