"""Dates: era abbreviations (R2.11.18, H30.4.4, R3/3/31). Cases are in `cases.py` (ABBREVIATION)."""

from __future__ import annotations

import pytest

from .cases import ABBREVIATION, assert_case


@pytest.mark.parametrize("case", ABBREVIATION, ids=str)
def test_abbreviation(case) -> None:
    assert_case(case)
