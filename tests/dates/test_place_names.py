"""Dates: place names with kanji numerals are never dates. Cases are in `cases.py` (PLACE_NAME)."""

from __future__ import annotations

import pytest

from .cases import PLACE_NAME, assert_case


@pytest.mark.parametrize("case", PLACE_NAME, ids=str)
def test_place_names(case) -> None:
    assert_case(case)
