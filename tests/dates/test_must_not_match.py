"""Things that look like dates but are not: no date and no period may come out."""

from __future__ import annotations

import pytest

from mou_extract.dates import find_dates, find_periods

from .cases import MUST_NOT_MATCH, PLACE_NAME


@pytest.mark.parametrize("case", MUST_NOT_MATCH + PLACE_NAME, ids=str)
def test_must_not_match(case) -> None:
    assert find_dates(case.text) == []
    assert find_periods(case.text) == []
    assert find_dates(case.text, ref="2020-01-01") == []


@pytest.mark.parametrize(
    "text, dates",
    [
        # a real date next to a trap: only the date
        ("十日町市と令和2年11月18日に締結", ["2020-11-18"]),
        ("四日市市は2021年度第3回の会議を開く", []),
        ("URL https://example.jp/r2/2020-11-18/ の記事（令和2年11月18日）", ["2020-11-18"]),
        ("電話 03-5213-1722（平日9時～17時）", []),
        ("10月10日町民運動会", ["2020-10-10"]),  # Arabic 10日 before 町 is still a day
    ],
)
def test_traps_beside_dates(text: str, dates: list[str]) -> None:
    assert [d.value for d in find_dates(text, ref="2020")] == dates


# dates_agree: the one definition of "the same date at the coarser precision"
from mou_extract.dates import dates_agree  # noqa: E402


@pytest.mark.parametrize(
    "a,b,agree",
    [
        ("2020-02-11", "2020-02", True),
        ("2020", "2020-12-31", True),
        ("2020-02-11", "2020-02-11", True),
        ("2020-02-11", "2020-02-12", False),
        ("2020-02", "2020-03", False),
        ("2020", "2021", False),
        ("2020-1", "2020-11", False),  # compared by field, not by characters
        ("", "2020", False),
    ],
)
def test_dates_agree(a: str, b: str, agree: bool) -> None:
    assert dates_agree(a, b) is agree


@pytest.mark.parametrize("text", ["signed on 3 May 2023 to promote tourism", "On May 3, 2023, the two cities agreed to work together",
                                  "in 2019 to support students", "the visit until May 3, 2023 was postponed"])
def test_an_english_word_after_a_date_makes_no_range_unless_it_joins_two_dates(text: str) -> None:
    assert [p for p in find_periods(text) if p.start_value is not None] == []
