"""Dates: kanji numerals (十一, 二十三, 三十一, 二〇二〇). Cases are in `cases.py` (KANJI)."""

from __future__ import annotations

import pytest

from .cases import KANJI, assert_case


@pytest.mark.parametrize("case", KANJI, ids=str)
def test_kanji(case) -> None:
    assert_case(case)
