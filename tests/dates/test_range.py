"""Dates: ranges (～, 〜, から…まで, inherited years, open ranges). Cases are in `cases.py` (RANGE)."""

from __future__ import annotations

import pytest

from .cases import RANGE, assert_case


@pytest.mark.parametrize("case", RANGE, ids=str)
def test_range(case) -> None:
    assert_case(case)
