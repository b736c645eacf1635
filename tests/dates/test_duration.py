"""Dates: durations in years and months. Cases are in `cases.py` (DURATION)."""

from __future__ import annotations

import pytest

from .cases import DURATION, assert_case


@pytest.mark.parametrize("case", DURATION, ids=str)
def test_duration(case) -> None:
    assert_case(case)
