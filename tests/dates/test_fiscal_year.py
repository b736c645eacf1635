"""Dates: fiscal years (年度). Cases are in `cases.py` (FISCAL_YEAR)."""

from __future__ import annotations

import pytest

from .cases import FISCAL_YEAR, assert_case


@pytest.mark.parametrize("case", FISCAL_YEAR, ids=str)
def test_fiscal_year(case) -> None:
    assert_case(case)
