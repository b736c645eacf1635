"""Dates: dates without a year, 本日 and 同日. Cases are in `cases.py` (YEARLESS)."""

from __future__ import annotations

import pytest

from .cases import YEARLESS, assert_case


@pytest.mark.parametrize("case", YEARLESS, ids=str)
def test_yearless(case) -> None:
    assert_case(case)
