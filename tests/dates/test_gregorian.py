"""Dates: Gregorian forms (2020年11月18日, 2020/11/18, 西暦2020年). Cases are in `cases.py` (GREGORIAN)."""

from __future__ import annotations

import pytest

from .cases import GREGORIAN, assert_case


@pytest.mark.parametrize("case", GREGORIAN, ids=str)
def test_gregorian(case) -> None:
    assert_case(case)
