"""Dates: impossible dates: never a value. Cases are in `cases.py` (INVALID)."""

from __future__ import annotations

import pytest

from .cases import INVALID, assert_case


@pytest.mark.parametrize("case", INVALID, ids=str)
def test_invalid(case) -> None:
    assert_case(case)
