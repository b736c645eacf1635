"""Dates: era dates (令和2年11月18日, 元年, dual dating, day-of-week notes). Cases are in `cases.py` (ERA)."""

from __future__ import annotations

import pytest

from .cases import ERA, assert_case


@pytest.mark.parametrize("case", ERA, ids=str)
def test_era(case) -> None:
    assert_case(case)
